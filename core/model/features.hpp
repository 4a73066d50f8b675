// Hashed features: a feature is a name, optionally with a value ("w=sagte",
// "cue-dist=3"), hashed to a 32-bit key (FNV-1a over the name's bytes and
// the value's UTF-16 units). The same text gives the same key in every
// build; collisions are rare and merely share a weight.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace quelle::model {

inline constexpr uint32_t kFnvBasis = 2166136261u;
inline constexpr uint32_t kFnvPrime = 16777619u;

constexpr uint32_t hash_bytes(uint32_t h, std::string_view s) {
  for (const char c : s) h = (h ^ static_cast<uint8_t>(c)) * kFnvPrime;
  return h;
}
constexpr uint32_t hash_units(uint32_t h, std::u16string_view s) {
  for (const char16_t c : s) {
    h = (h ^ (c & 0xFFu)) * kFnvPrime;
    h = (h ^ (c >> 8)) * kFnvPrime;
  }
  return h;
}
// A name and a value are separated by a byte no name holds.
constexpr uint32_t feature_key(std::string_view name) { return hash_bytes(kFnvBasis, name); }
constexpr uint32_t feature_key(std::string_view name, std::u16string_view value) {
  return hash_units((hash_bytes(kFnvBasis, name) ^ 0xFFu) * kFnvPrime, value);
}
constexpr uint32_t feature_key(std::string_view name, int64_t value) {
  uint32_t h = (hash_bytes(kFnvBasis, name) ^ 0xFEu) * kFnvPrime;
  for (int i = 0; i < 8; ++i) h = (h ^ static_cast<uint8_t>(static_cast<uint64_t>(value) >> (8 * i))) * kFnvPrime;
  return h;
}
// A conjunction of two features.
constexpr uint32_t combine(uint32_t a, uint32_t b) { return ((a ^ 0x5Cu) * kFnvPrime) ^ (b * 0x9E3779B1u); }

// The features of one decision, as keys.
class Features {
 public:
  void add(std::string_view name) { keys_.push_back(feature_key(name)); }
  void add(std::string_view name, std::u16string_view value) { keys_.push_back(feature_key(name, value)); }
  void add(std::string_view name, int64_t value) { keys_.push_back(feature_key(name, value)); }
  void add_key(uint32_t key) { keys_.push_back(key); }
  void clear() { keys_.clear(); }
  [[nodiscard]] std::span<const uint32_t> keys() const { return keys_; }
  [[nodiscard]] std::vector<uint32_t> take() { return std::move(keys_); }

 private:
  std::vector<uint32_t> keys_;
};

// A small count in bins that grow with it: 0 1 2 3 4 5-7 8-15 16+.
constexpr int64_t bin(int64_t n) {
  if (n < 5) return n;
  if (n < 8) return 5;
  if (n < 16) return 8;
  return 16;
}

}  // namespace quelle::model
