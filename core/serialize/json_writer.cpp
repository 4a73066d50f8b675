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

void JsonWriter::escape_ascii(char c) {
  switch (c) {
    case '"': out_.append("\\\""); return;
    case '\\': out_.append("\\\\"); return;
    case '\b': out_.append("\\b"); return;
    case '\f': out_.append("\\f"); return;
    case '\n': out_.append("\\n"); return;
    case '\r': out_.append("\\r"); return;
    case '\t': out_.append("\\t"); return;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        static constexpr char hex[] = "0123456789abcdef";
        const char esc[6] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
        out_.append(esc, 6);
      } else {
        out_.push_back(c);
      }
  }
}

void JsonWriter::value(std::string_view utf8) {
  separate();
  out_.push_back('"');
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\') {
      out_.push_back(c);
    } else {
      escape_ascii(c);
    }
  }
  out_.push_back('"');
}

void JsonWriter::value(std::u16string_view s) {
  separate();
  // Written through a pointer into space reserved for the worst case (6
  // bytes per unit: "\u001f"), then trimmed: appending byte by byte was a
  // tenth of the run time in wasm.
  const size_t at = out_.size();
  out_.resize(at + 2 + s.size() * 6);
  char* o = out_.data() + at;
  *o++ = '"';
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    uint32_t c = s[i++];
    if (c < 0x80) {
      if (c >= 0x20 && c != '"' && c != '\\') {
        *o++ = static_cast<char>(c);
        continue;
      }
      const char* esc = nullptr;
      switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
      }
      if (esc != nullptr) {
        *o++ = esc[0];
        *o++ = esc[1];
      } else {
        static constexpr char hex[] = "0123456789abcdef";
        *o++ = '\\';
        *o++ = 'u';
        *o++ = '0';
        *o++ = '0';
        *o++ = hex[(c >> 4) & 0xF];
        *o++ = hex[c & 0xF];
      }
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
