#include "serialize/json_writer.hpp"

#include <charconv>
#include <cmath>

namespace quelle {

void JsonWriter::key(std::string_view name) {
  value(name);
  out_.push_back(':');
  comma_ = false;
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
    case '"': short_form = '"'; break;
    case '\\': short_form = '\\'; break;
    case '\b': short_form = 'b'; break;
    case '\f': short_form = 'f'; break;
    case '\n': short_form = 'n'; break;
    case '\r': short_form = 'r'; break;
    case '\t': short_form = 't'; break;
    default: break;
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

// Strings are written through a pointer into space reserved for the worst
// case (6 bytes per unit: a \u escape), then trimmed: appending byte by byte
// was a tenth of the run time in wasm.
void JsonWriter::value(std::string_view utf8) {
  separate();
  const size_t at = out_.size();
  out_.resize(at + 2 + utf8.size() * 6);
  char* o = out_.data() + at;
  *o++ = '"';
  for (char c : utf8) o = static_cast<unsigned char>(c) >= 0x80 ? (*o = c, o + 1) : put_ascii(o, c);
  *o++ = '"';
  out_.resize(static_cast<size_t>(o - out_.data()));
}

void JsonWriter::value(std::u16string_view s) {
  separate();
  const size_t at = out_.size();
  out_.resize(at + 2 + s.size() * 6);
  char* o = out_.data() + at;
  *o++ = '"';
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    uint32_t c = s[i++];
    if (c < 0x80) {
      o = put_ascii(o, static_cast<char>(c));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i < n && s[i] >= 0xDC00 && s[i] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
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
  }
  *o++ = '"';
  out_.resize(static_cast<size_t>(o - out_.data()));
}

}  // namespace quelle
