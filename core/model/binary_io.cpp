#include "model/binary_io.hpp"

#include <array>
#include <cstring>

namespace quelle::model {
namespace {

constexpr std::array<uint32_t, 256> crc_table() {
  std::array<uint32_t, 256> t{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t v = i;
    for (int k = 0; k < 8; ++k) v = (v & 1) != 0 ? 0xEDB88320u ^ (v >> 1) : v >> 1;
    t[i] = v;
  }
  return t;
}

Error invalid(const std::string& what, const std::string& why) {
  return Error{ErrorCode::InvalidModel, "invalid " + what + ": " + why};
}

}  // namespace

uint32_t crc32(const uint8_t* p, size_t n) {
  static constexpr std::array<uint32_t, 256> table = crc_table();
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < n; ++i) c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
  return ~c;
}

void ByteWriter::str(std::string_view s) {
  const size_t n = s.size() < 0xFFFF ? s.size() : 0xFFFF;
  u16(static_cast<uint16_t>(n));
  bytes(s.data(), n);
}

uint32_t ByteReader::varint() {
  uint32_t v = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    const uint8_t b = u8();
    if (!ok_) return 0;
    v |= static_cast<uint32_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) return v;
  }
  ok_ = false;  // more than five bytes: not a 32-bit varint
  return 0;
}

std::string ByteReader::str() {
  const uint16_t n = u16();
  const uint8_t* at = take(n);
  return at != nullptr ? std::string(reinterpret_cast<const char*>(at), n) : std::string();
}

std::vector<uint8_t> with_header(const Magic& magic, uint32_t version, const std::vector<uint8_t>& body) {
  ByteWriter out;
  out.bytes(magic.data(), magic.size());
  out.u32(version);
  out.u32(static_cast<uint32_t>(kHeaderSize + body.size()));
  out.u32(crc32(body.data(), body.size()));
  out.bytes(body.data(), body.size());
  return std::move(out.data());
}

Expected<ByteReader> open_checked(const uint8_t* data, size_t size, const Magic& magic, uint32_t version,
                                  const std::string& what) {
  if (data == nullptr || size < kHeaderSize) return invalid(what, "file too short");
  if (std::memcmp(data, magic.data(), magic.size()) != 0) return invalid(what, "bad magic (another kind of file)");
  ByteReader h(data, size, magic.size());
  const uint32_t v = h.u32();
  if (v != version) {
    return invalid(what,
                   "unsupported format version " + std::to_string(v) + " (expected " + std::to_string(version) + ")");
  }
  if (h.u32() != size) return invalid(what, "size mismatch (truncated?)");
  if (h.u32() != crc32(data + kHeaderSize, size - kHeaderSize)) return invalid(what, "checksum mismatch (corrupt)");
  return ByteReader(data, size, kHeaderSize);
}

}  // namespace quelle::model
