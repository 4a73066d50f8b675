// UTF-8 <-> UTF-16 conversion with exact error positions. The UTF-16 form is
// what every public offset counts in (JavaScript string indices).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "quelle/status.hpp"

namespace quelle {

// Strict: overlong forms, encoded surrogates, truncated sequences and code
// points above U+10FFFF are rejected with the byte offset of the first one.
Expected<std::u16string> utf8_to_utf16(std::string_view utf8);
// Whether utf8_to_utf16 would accept `utf8`, without converting it.
bool utf8_valid(std::string_view utf8);

// Lone surrogates become U+FFFD (UTF-8 cannot carry them).
std::string utf16_to_utf8(std::u16string_view utf16);
void append_utf8(std::string& out, std::u16string_view utf16);

// The one UTF-8 encoder and the UTF-16 reading it goes with, inline because
// the JSON writer runs them for every non-ASCII character it writes.

// The code point at s[i] (i < s.size()), advancing i past it: a surrogate
// pair is one code point, a lone surrogate is U+FFFD.
inline char32_t next_code_point(std::u16string_view s, size_t& i) {
  const char32_t c = s[i++];
  if (c < 0xD800 || c > 0xDFFF) return c;
  if (c <= 0xDBFF && i < s.size() && s[i] >= 0xDC00 && s[i] <= 0xDFFF) {
    return 0x10000 + ((c - 0xD800) << 10) + (s[i++] - 0xDC00);
  }
  return 0xFFFD;
}

// Writes code point c (not a surrogate, at most U+10FFFF) as UTF-8 at o, one
// to four bytes; returns the end.
inline char* put_utf8(char* o, char32_t c) {
  if (c < 0x80) {
    *o++ = static_cast<char>(c);
    return o;
  }
  if (c < 0x800) {
    *o++ = static_cast<char>(0xC0 | (c >> 6));
  } else if (c < 0x10000) {
    *o++ = static_cast<char>(0xE0 | (c >> 12));
    *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  } else {
    *o++ = static_cast<char>(0xF0 | (c >> 18));
    *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  }
  *o++ = static_cast<char>(0x80 | (c & 0x3F));
  return o;
}

}  // namespace quelle
