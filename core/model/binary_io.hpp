// Little-endian byte writing and bounds-checked reading for Quelle's model
// files, and the header they share: magic, format version, total size and a
// CRC-32 of the body. A reader never reads past its bytes: a short read sets
// ok() to false and returns zeros, so a parser checks ok() once per section
// instead of before every field.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quelle/status.hpp"

namespace quelle::model {

// CRC-32 (IEEE 802.3) of n bytes.
uint32_t crc32(const uint8_t* p, size_t n);

class ByteWriter {
 public:
  void u8(uint8_t v) { out_.push_back(v); }
  void u16(uint16_t v) {
    u8(static_cast<uint8_t>(v));
    u8(static_cast<uint8_t>(v >> 8));
  }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void varint(uint32_t v) {
    while (v >= 0x80) {
      u8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<uint8_t>(v));
  }
  void bytes(const void* p, size_t n) {
    const auto* b = static_cast<const uint8_t*>(p);
    out_.insert(out_.end(), b, b + n);
  }
  // A string of at most 65535 bytes, with its u16 length first.
  void str(std::string_view s);
  [[nodiscard]] const std::vector<uint8_t>& data() const { return out_; }
  std::vector<uint8_t>& data() { return out_; }

 private:
  std::vector<uint8_t> out_;
};

class ByteReader {
 public:
  ByteReader(const uint8_t* p, size_t n, size_t pos = 0) : p_(p), n_(n), pos_(pos) {}
  // Whether k more bytes are there; if not, the reader fails for good.
  bool need(size_t k) {
    if (!ok_ || k > n_ - pos_) ok_ = false;
    return ok_;
  }
  uint8_t u8() { return need(1) ? p_[pos_++] : 0; }
  uint16_t u16() {
    if (!need(2)) return 0;
    const auto v = static_cast<uint16_t>(p_[pos_] | (p_[pos_ + 1] << 8));
    pos_ += 2;
    return v;
  }
  uint32_t u32() {
    if (!need(4)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(p_[pos_ + i]) << (8 * i);
    pos_ += 4;
    return v;
  }
  uint32_t varint();
  std::string str();  // as ByteWriter::str wrote it
  // The next k bytes (nullptr, and failed, when there are fewer).
  const uint8_t* take(size_t k) {
    if (!need(k)) return nullptr;
    const uint8_t* at = p_ + pos_;
    pos_ += k;
    return at;
  }
  // Where the next byte is (for decoders that walk the bytes themselves),
  // and moving past k bytes they read (false, and failed, past the end).
  [[nodiscard]] const uint8_t* here() const { return p_ + pos_; }
  bool advance(size_t k) { return take(k) != nullptr; }
  [[nodiscard]] bool ok() const { return ok_; }
  [[nodiscard]] size_t pos() const { return pos_; }
  [[nodiscard]] size_t left() const { return ok_ ? n_ - pos_ : 0; }

 private:
  const uint8_t* p_;
  size_t n_;
  size_t pos_;
  bool ok_ = true;
};

// The 16-byte header of every model file: magic (4 bytes), u32 version, u32
// total size, u32 CRC-32 of the bytes after the header.
inline constexpr size_t kHeaderSize = 16;
using Magic = std::array<uint8_t, 4>;

// The whole file: header, then `body`.
std::vector<uint8_t> with_header(const Magic& magic, uint32_t version, const std::vector<uint8_t>& body);

// Checks a file's header against `magic` and `version`, its size and its
// checksum. On success, a reader positioned at the body. `what` names the
// kind of file in the error ("quote model").
Expected<ByteReader> open_checked(const uint8_t* data, size_t size, const Magic& magic, uint32_t version,
                                  const std::string& what);

}  // namespace quelle::model
