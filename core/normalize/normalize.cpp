#include "normalize/normalize.hpp"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <cstdint>
#include <cstring>

namespace quelle {

namespace {

// Four ASCII units at a time (64 bits, one 16-bit lane each), A-Z to a-z:
// a lane below 0x80 plus 0x3F reaches 0x80 exactly when it is at least 'A',
// plus 0x25 when it is past 'Z'; such a letter lacks 0x20, so or-ing it in
// adds 32. Returns false, changing nothing, unless all four are ASCII.
bool lower_four_ascii(const char16_t* in, char16_t* out) {
  uint64_t x;
  std::memcpy(&x, in, sizeof x);
  if ((x & 0xFF80FF80FF80FF80ULL) != 0) return false;
  const uint64_t upper = (x + 0x003F003F003F003FULL) & ~(x + 0x0025002500250025ULL) & 0x0080008000800080ULL;
  x |= upper >> 2;
  std::memcpy(out, &x, sizeof x);
  return true;
}

}  // namespace

std::u16string lower_shadow(std::u16string_view text) {
  std::u16string out(text);
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    // News text is mostly ASCII: four units per step while it lasts.
    if (i + 4 <= n && lower_four_ascii(text.data() + i, out.data() + i)) {
      i += 4;
      continue;
    }
    // ASCII the block test left (a text's last units, or beside a non-ASCII
    // one): A-Z become a-z, without a branch on case.
    if (const char16_t u = text[i]; u < 0x80) {
      out[i] = static_cast<char16_t>(u + (static_cast<uint32_t>(u - u'A') < 26u ? 32 : 0));
      ++i;
      continue;
    }
    const int32_t at = i;
    UChar32 c = 0;
    U16_NEXT(text.data(), i, n, c);
    if (U_IS_SURROGATE(c)) {
      out[at] = 0xFFFD;
      continue;
    }
    // Typographic quotes, dashes and spaces (General Punctuation) have no
    // case: news text is full of them, and u_tolower is a call into ICU's
    // tables each (tests/unit/test_language.cpp checks the block).
    if (c >= 0x2000 && c <= 0x206F) continue;
    const UChar32 l = u_tolower(c);
    if (l == c || U16_LENGTH(l) != i - at) continue;
    if (i - at == 1) {
      out[at] = static_cast<char16_t>(l);
    } else {
      out[at] = U16_LEAD(l);
      out[at + 1] = U16_TRAIL(l);
    }
  }
  return out;
}

namespace {

// LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. Letters, digits
// and most punctuation lie between CR and NEL: one comparison for them.
bool is_line_break(char16_t c) {
  if (c > 0x0D && c < 0x85) return false;
  return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool is_blank(char16_t c) {
  return c == u' ' || c == u'\t' || c == 0xA0 || c == 0xFEFF || c == 0x200B || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace

std::vector<Paragraph> find_paragraphs(std::u16string_view text) {
  std::vector<Paragraph> out;
  const auto n = static_cast<uint32_t>(text.size());
  uint32_t line_start = 0;
  while (line_start <= n) {
    uint32_t line_end = line_start;
    while (line_end < n && !is_line_break(text[line_end])) ++line_end;
    uint32_t b = line_start;
    uint32_t e = line_end;
    while (b < e && is_blank(text[b])) ++b;
    while (e > b && is_blank(text[e - 1])) --e;
    if (b < e) out.push_back(Paragraph{Span{b, e}});
    if (line_end >= n) break;
    // CRLF counts as one break.
    line_start = line_end + ((text[line_end] == u'\r' && line_end + 1 < n && text[line_end + 1] == u'\n') ? 2 : 1);
  }
  return out;
}

void normalize(Document& doc) {
  doc.lower = lower_shadow(doc.text);
  doc.paragraphs = find_paragraphs(doc.text);
}

}  // namespace quelle
