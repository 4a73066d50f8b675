#include "segment/word_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "segment/code_unit_table.hpp"

namespace quelle {
namespace {

// The word-break classes the fast path implements, as ICU 72's root rules
// (data/brkitr/rules/word.txt) define them. kComplex is everything else:
// Extend, Format, ZWJ (WB4 would let them attach across), ExtendNumLet,
// Hebrew_Letter, Katakana, Regional_Indicator, surrogates, code units
// outside the table (code_unit_table.hpp). Double_Quote is kOther: only
// Hebrew rules (WB7b/c) mention it. Single_Quote is kMidNumLet: without
// Hebrew (WB7a) the rules treat the two alike (MidNumLetQ in WB6/7/11/12).
enum Kind : uint8_t {
  kOther,
  kLetter,  // ALetter
  kNumeric,
  kMidLetter,
  kMidNum,
  kMidNumLet,  // MidNumLet and Single_Quote
  kSpace,      // WSegSpace
  kCR,
  kLF,
  kNewline,
  kComplex,
};

Kind kind_from_icu(UChar32 c) {
  // ICU's root rules tailor two classes: "$ALetter = [\p{Word_Break =
  // ALetter} @]" and "$MidLetter = [\p{Word_Break = MidLetter} - [\: \uFE55
  // \uFF1A]]" (the colon breaks, except in Finnish and Swedish).
  if (c == u'@') return kLetter;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
    case U_WB_DOUBLE_QUOTE:
      return kOther;
    case U_WB_ALETTER:
      return kLetter;
    case U_WB_NUMERIC:
      return kNumeric;
    case U_WB_MIDLETTER:
      return c == u':' || c == 0xFE55 || c == 0xFF1A ? kOther : kMidLetter;
    case U_WB_MIDNUM:
      return kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
      return kMidNumLet;
    case U_WB_WSEGSPACE:
      return kSpace;
    case U_WB_CR:
      return kCR;
    case U_WB_LF:
      return kLF;
    case U_WB_NEWLINE:
      return kNewline;
    default:
      return kComplex;
  }
}

using KindTable = CodeUnitTable<Kind, kComplex>;

const KindTable& kinds() {
  static const KindTable table(kind_from_icu);
  return table;
}

// WB6/7 (letters) and WB11/12 (numbers): `mid` between `before` and `after`
// does not break.
bool joins(Kind before, Kind mid, Kind after) {
  if (before == kLetter && after == kLetter) return mid == kMidLetter || mid == kMidNumLet;
  if (before == kNumeric && after == kNumeric) return mid == kMidNum || mid == kMidNumLet;
  return false;
}

// End of the word that starts with a letter or digit at text[i]: WB5
// (letters), WB8-10 (digits and letters) and the mid characters joining
// them (WB6/7, WB11/12) need only the kinds around them.
uint32_t word_end(std::u16string_view text, uint32_t i, uint32_t end, const KindTable& kind) {
  Kind last = kind(text[i]);
  uint32_t j = i + 1;
  while (j < end) {
    const Kind k = kind(text[j]);
    if (k == kLetter || k == kNumeric) {
      last = k;
      ++j;
    } else if (j + 1 < end && joins(last, k, kind(text[j + 1]))) {
      last = kind(text[j + 1]);
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

// Break iterators are costly to create; one per thread is reused.
icu::BreakIterator& icu_words() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }();
  return *it;
}

}  // namespace

bool fast_word_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<WordSpan>& out) {
  const KindTable& kind = kinds();
  const size_t mark = out.size();
  for (uint32_t i = begin; i < end;) {
    uint32_t j = i + 1;
    bool word = false;
    switch (kind(text[i])) {
      case kLetter:
      case kNumeric:
        j = word_end(text, i, end, kind);
        word = true;
        break;
      case kSpace:  // WB3d
        while (j < end && kind(text[j]) == kSpace) ++j;
        break;
      case kCR:  // WB3
        if (j < end && text[j] == u'\n') ++j;
        break;
      case kComplex:
        out.resize(mark);
        return false;
      default:  // WB3a/b, WB999: one character on its own
        break;
    }
    out.push_back({i, j, word});
    i = j;
  }
  return true;
}

void icu_word_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<WordSpan>& out) {
  icu::UnicodeString alias(false, text.data() + begin, static_cast<int32_t>(end - begin));
  icu::BreakIterator& bi = icu_words();
  bi.setText(alias);
  int32_t b = bi.first();
  for (int32_t e = bi.next(); e != icu::BreakIterator::DONE; b = e, e = bi.next()) {
    out.push_back(
        {begin + static_cast<uint32_t>(b), begin + static_cast<uint32_t>(e), bi.getRuleStatus() != UBRK_WORD_NONE});
  }
}

}  // namespace quelle
