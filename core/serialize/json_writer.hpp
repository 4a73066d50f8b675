// A minimal streaming JSON writer: appends compact JSON to a string without
// building a document tree first. The analysis of a long text has tens of
// thousands of small objects; writing them directly costs a fraction of a
// DOM's allocations (see docs/performance.md). Output is byte-identical to
// nlohmann::json::dump() for the values Quelle writes, so both can be mixed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace quelle {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // Writes "name": ; the next value belongs to it.
  void key(std::string_view name);

  void value(uint32_t v);
  void value(uint64_t v);
  void value(bool v);
  void null();
  // A number with at most 4 decimals, printed as its shortest form ("0.5",
  // "1.0"), as nlohmann prints the double nearest to it.
  void value_4dp(double v);
  void value(std::string_view utf8);      // escaped; must be valid UTF-8
  void value(std::u16string_view utf16);  // converted and escaped; lone surrogates become U+FFFD

  // Members in one call: "name": value.
  template <class T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  // The most frequent members (offsets, ids), written with one append.
  void member(std::string_view name, uint32_t v) { member(name, static_cast<uint64_t>(v)); }
  void member(std::string_view name, uint64_t v);

 private:
  void separate() {
    if (comma_) out_.push_back(',');
    comma_ = true;
  }
  void open(char c) {
    separate();
    out_.push_back(c);
    comma_ = false;
  }
  void close(char c) {
    out_.push_back(c);
    comma_ = true;
  }

  std::string& out_;
  bool comma_ = false;  // a value was written at this level: the next needs a comma
};

}  // namespace quelle
