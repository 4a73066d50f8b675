#include "segment/sentence_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "segment/code_unit_table.hpp"

namespace quelle {
namespace {

// Sentence_Break classes. kComplex is Extend and Format (SB5 would attach
// them to what precedes) and every code unit outside the table. The classes
// from kATerm on are where a sentence may end (or the fast path gives up);
// the scan passes over everything before them.
enum Kind : uint8_t {
  kOther,
  kLower,
  kUpper,
  kOLetter,
  kNumeric,
  kClose,  // ) " » “ ’ ...
  kSp,
  kSContinue,  // , : - – ...
  kATerm,      // .
  kSTerm,      // ! ?
  kSep,
  kCR,
  kLF,
  kComplex,
};

Kind kind_from_icu(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER:
      return kOther;
    case U_SB_ATERM:
      return kATerm;
    case U_SB_STERM:
      return kSTerm;
    case U_SB_CLOSE:
      return kClose;
    case U_SB_SP:
      return kSp;
    case U_SB_LOWER:
      return kLower;
    case U_SB_UPPER:
      return kUpper;
    case U_SB_OLETTER:
      return kOLetter;
    case U_SB_NUMERIC:
      return kNumeric;
    case U_SB_SCONTINUE:
      return kSContinue;
    case U_SB_SEP:
      return kSep;
    case U_SB_CR:
      return kCR;
    case U_SB_LF:
      return kLF;
    default:
      return kComplex;
  }
}

using KindTable = CodeUnitTable<Kind, kComplex>;

const KindTable& kinds() {
  static const KindTable table(kind_from_icu);
  return table;
}

bool is_para_sep(Kind k) { return k == kSep || k == kCR || k == kLF; }

bool is_terminator(Kind k) { return k == kATerm || k == kSTerm; }

// End of the paragraph separator at text[i] (SB3: CR LF is one).
uint32_t para_sep_end(std::u16string_view text, uint32_t i, uint32_t end) {
  return text[i] == u'\r' && i + 1 < end && text[i + 1] == u'\n' ? i + 2 : i + 1;
}

// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower.
// From `i`, after the closing punctuation and spaces: whether a lower-case
// letter comes before any other letter, separator or terminator. (A complex
// code unit stops the search; the caller refuses the text when it gets there.)
bool lower_follows(std::u16string_view text, uint32_t i, uint32_t end, const KindTable& kind) {
  for (; i < end; ++i) {
    switch (kind(text[i])) {
      case kLower:
        return true;
      case kOther:
      case kClose:
      case kSp:
      case kNumeric:
      case kSContinue:
        continue;
      default:
        return false;
    }
  }
  return false;
}

// Where the sentence that has a terminator at text[i] ends, or 0 if the
// terminator does not end one (SB6, SB7, SB8, SB8a). SB9-SB11: the break
// comes after the closing punctuation, the spaces and one paragraph separator.
uint32_t sentence_end(std::u16string_view text, uint32_t begin, uint32_t i, uint32_t end, const KindTable& kind) {
  const bool aterm = kind(text[i]) == kATerm;
  uint32_t j = i + 1;
  if (aterm && j < end) {
    const Kind next = kind(text[j]);
    if (next == kNumeric) return 0;  // SB6: "3.5"
    if (next == kUpper && i > begin && (kind(text[i - 1]) == kUpper || kind(text[i - 1]) == kLower)) {
      return 0;  // SB7: "U.S"
    }
  }
  while (j < end && kind(text[j]) == kClose) ++j;
  while (j < end && kind(text[j]) == kSp) ++j;
  if (aterm && lower_follows(text, j, end, kind)) return 0;  // SB8: "etc. and"
  if (j < end) {
    const Kind next = kind(text[j]);
    if (next == kSContinue || is_terminator(next)) return 0;  // SB8a: "?!", "Ja!, sagte"
    if (is_para_sep(next)) j = para_sep_end(text, j, end);
  }
  return j;
}

// Break iterators are costly to create; one per thread is reused.
icu::BreakIterator& icu_sentences() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }();
  return *it;
}

}  // namespace

bool fast_sentence_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<uint32_t>& out) {
  const KindTable& kind = kinds();
  const size_t mark = out.size();
  uint32_t i = begin;
  while (true) {
    while (i < end && kind(text[i]) < kATerm) ++i;  // most of the text
    if (i == end) break;
    const Kind k = kind(text[i]);
    if (is_terminator(k)) {
      const uint32_t e = sentence_end(text, begin, i, end, kind);
      if (e == 0) {
        ++i;
      } else {
        out.push_back(e);
        i = e;
      }
    } else if (k == kComplex) {
      out.resize(mark);
      return false;
    } else {  // SB4: after a paragraph separator
      i = para_sep_end(text, i, end);
      out.push_back(i);
    }
  }
  if (begin < end && (out.size() == mark || out.back() != end)) out.push_back(end);  // the end of the text
  return true;
}

void icu_sentence_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<uint32_t>& out) {
  icu::UnicodeString alias(false, text.data() + begin, static_cast<int32_t>(end - begin));
  icu::BreakIterator& bi = icu_sentences();
  bi.setText(alias);
  for (int32_t e = bi.next(); e != icu::BreakIterator::DONE; e = bi.next()) {
    out.push_back(begin + static_cast<uint32_t>(e));
  }
}

}  // namespace quelle
