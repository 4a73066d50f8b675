#include "serialize/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include "normalize/utf.hpp"

namespace quelle {

namespace {

// Keys are Quelle's own member names: plain ASCII that JSON writes as it is.
constexpr size_t kMaxPlainKey = 48;
bool plain_key(std::string_view name) {
  if (name.size() > kMaxPlainKey) return false;
  for (const char c : name) {
    if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
  }
  return true;
}

// Writes [,]"name": to o (room for kMaxPlainKey + 4 bytes); returns the end.
char* put_key(char* o, bool comma, std::string_view name) {
  if (comma) *o++ = ',';
  *o++ = '"';
  std::memcpy(o, name.data(), name.size());
  o += name.size();
  *o++ = '"';
  *o++ = ':';
  return o;
}

}  // namespace

// A key and what goes before it in one append (a quarter of all appends
// otherwise), unless the name needs escaping.
void JsonWriter::key(std::string_view name) {
  if (plain_key(name)) {
    char buf[kMaxPlainKey + 4];
    out_.append(buf, put_key(buf, comma_, name));
  } else {
    value(name);
    out_.push_back(':');
  }
  comma_ = false;
}

void JsonWriter::member(std::string_view name, uint64_t v) {
  if (!plain_key(name)) {
    key(name);
    value(v);
    return;
  }
  char buf[kMaxPlainKey + 4 + 24];
  char* o = put_key(buf, comma_, name);
  o = std::to_chars(o, buf + sizeof buf, v).ptr;
  out_.append(buf, o);
  comma_ = true;
}

void JsonWriter::value(uint32_t v) { value(static_cast<uint64_t>(v)); }

void JsonWriter::value(uint64_t v) {
  separate();
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
}

void JsonWriter::value(bool v) {
  separate();
  out_.append(v ? "true" : "false");
}

void JsonWriter::null() {
  separate();
  out_.append("null");
}

void JsonWriter::value_4dp(double v) {
  if (!std::isfinite(v)) return null();  // as nlohmann does
  separate();
  // Integer arithmetic on ten-thousandths gives the digits nlohmann's
  // shortest round-trip form prints for such a value.
  const double scaled = std::round(std::fabs(v) * 10000.0);
  if (scaled >= 1e15) {  // never for Quelle's values (0..1), but stay exact
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(std::llround(v)));
    out_.append(buf, r.ptr);
    out_.append(".0");
    return;
  }
  auto n = static_cast<uint64_t>(scaled);
  if (v < 0 && n != 0) out_.push_back('-');
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, n / 10000);
  out_.append(buf, r.ptr);
  out_.push_back('.');
  uint64_t frac = n % 10000;
  if (frac == 0) {
    out_.push_back('0');
    return;
  }
  char digits[4];
  for (int i = 3; i >= 0; --i, frac /= 10) digits[i] = static_cast<char>('0' + frac % 10);
  int len = 4;
  while (digits[len - 1] == '0') --len;
  out_.append(digits, static_cast<size_t>(len));
}

namespace {

// Writes ASCII `c` as JSON string content (escaped as nlohmann escapes it);
// at most 6 bytes.
char* put_ascii(char* o, char c) {
  if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\') {
    *o++ = c;
    return o;
  }
  char short_form = 0;
  switch (c) {
    case '"':
      short_form = '"';
      break;
    case '\\':
      short_form = '\\';
      break;
    case '\b':
      short_form = 'b';
      break;
    case '\f':
      short_form = 'f';
      break;
    case '\n':
      short_form = 'n';
      break;
    case '\r':
      short_form = 'r';
      break;
    case '\t':
      short_form = 't';
      break;
    default:
      break;
  }
  *o++ = '\\';
  if (short_form != 0) {
    *o++ = short_form;
    return o;
  }
  static constexpr char hex[] = "0123456789abcdef";
  *o++ = 'u';
  *o++ = '0';
  *o++ = '0';
  *o++ = hex[(c >> 4) & 0xF];
  *o++ = hex[c & 0xF];
  return o;
}

}  // namespace

// Strings are converted into a buffer on the stack and appended to the
// output a kilobyte at a time: resizing the output for the worst case (six
// bytes per unit) and trimming it afterwards zero-filled six times the
// text's size, and the quotes' texts are most of the text written.
namespace {
constexpr size_t kChunk = 1024;
constexpr size_t kLongest = 8;  // the most one step below writes: a \u escape (6), a pair (4), four units

// Whether four UTF-16 units are all printable ASCII other than '"' and '\\'
// (written as they are). The units are packed into 16-bit lanes of one
// 64-bit word; each test sets the top bit of every lane that passes, without
// carries between lanes since an ASCII lane is below 0x80.
inline bool plain_ascii4(char16_t a, char16_t b, char16_t c, char16_t d) {
  const uint64_t x = a | (uint64_t{b} << 16) | (uint64_t{c} << 32) | (uint64_t{d} << 48);
  constexpr uint64_t kTop = 0x8000800080008000ULL;
  if ((x & 0xFF80FF80FF80FF80ULL) != 0) return false;    // not all ASCII
  const uint64_t printable = x + 0x7FE07FE07FE07FE0ULL;  // lane >= 0x20
  const uint64_t not_quote = (x ^ 0x0022002200220022ULL) + 0x7FFF7FFF7FFF7FFFULL;
  const uint64_t not_backslash = (x ^ 0x005C005C005C005CULL) + 0x7FFF7FFF7FFF7FFFULL;
  return (printable & not_quote & not_backslash & kTop) == kTop;
}
}  // namespace

void JsonWriter::value(std::string_view utf8) {
  separate();
  char buf[kChunk];
  char* const stop = buf + kChunk - kLongest;
  char* o = buf;
  *o++ = '"';
  for (char c : utf8) {
    if (o >= stop) {
      out_.append(buf, o);
      o = buf;
    }
    o = static_cast<unsigned char>(c) >= 0x80 ? (*o = c, o + 1) : put_ascii(o, c);
  }
  *o++ = '"';
  out_.append(buf, o);
}

void JsonWriter::value(std::u16string_view s) {
  separate();
  char buf[kChunk];
  char* const stop = buf + kChunk - kLongest;
  char* o = buf;
  *o++ = '"';
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    if (o >= stop) {
      out_.append(buf, o);
      o = buf;
    }
    // Four units at a time while they are ASCII that needs no escape (most
    // of a text): one test for the four instead of three per unit.
    if (i + 4 <= n && plain_ascii4(s[i], s[i + 1], s[i + 2], s[i + 3])) {
      o[0] = static_cast<char>(s[i]);
      o[1] = static_cast<char>(s[i + 1]);
      o[2] = static_cast<char>(s[i + 2]);
      o[3] = static_cast<char>(s[i + 3]);
      o += 4;
      i += 4;
      continue;
    }
    if (s[i] < 0x80) {
      o = put_ascii(o, static_cast<char>(s[i++]));
      continue;
    }
    o = put_utf8(o, next_code_point(s, i));
  }
  *o++ = '"';
  out_.append(buf, o);
}

}  // namespace quelle
