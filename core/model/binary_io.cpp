#include "model/binary_io.hpp"

#include <array>
#include <cstring>

namespace quelle::model {
namespace {

// CRC-32 (IEEE), eight bytes per step ("slicing-by-8"): the byte-at-a-time
// loop was 40% of loading an NER model. `c` is the running (inverted) value.
uint32_t crc32_block(uint32_t c, const uint8_t* p, size_t n) {
  static const auto table = [] {
    std::array<std::array<uint32_t, 256>, 8> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t v = i;
      for (int k = 0; k < 8; ++k) v = (v & 1) != 0 ? 0xEDB88320u ^ (v >> 1) : v >> 1;
      t[0][i] = v;
    }
    for (uint32_t i = 0; i < 256; ++i)
      for (size_t s = 1; s < 8; ++s) t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    return t;
  }();
  for (; n >= 8; p += 8, n -= 8) {
    const uint32_t lo = c ^ (p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24));
    const uint32_t hi = p[4] | (p[5] << 8) | (p[6] << 16) | (static_cast<uint32_t>(p[7]) << 24);
    c = table[7][lo & 0xFF] ^ table[6][(lo >> 8) & 0xFF] ^ table[5][(lo >> 16) & 0xFF] ^ table[4][lo >> 24] ^
        table[3][hi & 0xFF] ^ table[2][(hi >> 8) & 0xFF] ^ table[1][(hi >> 16) & 0xFF] ^ table[0][hi >> 24];
  }
  for (; n > 0; ++p, --n) c = table[0][(c ^ *p) & 0xFF] ^ (c >> 8);
  return c;
}

// Loading in WebAssembly: the first load in a browser starts on V8's
// baseline compiler, and a function that loops long enough is compiled
// again by the optimizing compiler in the background, while the call that
// made it hot goes on in baseline code to its end (no on-stack
// replacement). So the checksum loop is a small function of its own,
// reached through a pointer that no optimizer sees through (binaryen
// inlines a function with one caller), and runs in blocks, so that the
// later blocks can run the optimized code (the NER model's loader does the
// same with its other loops, ner_model.cpp).
constexpr size_t kCrcBlock = 64 * 1024;

Error invalid(const std::string& what, const std::string& why) {
  return Error{ErrorCode::InvalidModel, "invalid " + what + ": " + why};
}

}  // namespace

uint32_t crc32(const uint8_t* p, size_t n) {
  static auto* volatile step = crc32_block;
  uint32_t c = 0xFFFFFFFFu;
  while (n > 0) {
    const size_t k = n < kCrcBlock ? n : kCrcBlock;
    c = step(c, p, k);
    p += k;
    n -= k;
  }
  return c ^ 0xFFFFFFFFu;
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
