#include "segment/segment.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include "segment/abbreviations.hpp"
#include "segment/sentence_breaks.hpp"
#include "segment/word_breaks.hpp"

namespace quelle {
namespace {

bool is_space(UChar32 c) {
  // ASCII without a call into ICU: White_Space there is TAB..CR and SPACE.
  if (c < 0x80) return c == 0x20 || (c >= 0x09 && c <= 0x0D);
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

// Surface flags of one token.
uint16_t surface_flags(std::u16string_view s) {
  uint16_t flags = 0;
  int letters = 0;
  int upper_count = 0;
  bool first_letter_seen = false;
  bool all_punct = true;
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U16_NEXT(s.data(), i, n, c);
    // What the character is. ASCII, most of news text, without calls into
    // ICU: the only letters are A-Z (upper case, never title case) and a-z,
    // the only digits 0-9, and nothing else is alphanumeric or Alphabetic.
    bool letter = false;
    bool up = false;
    bool digit = false;
    bool other_alnum = false;
    if (c < 0x80) {
      up = c >= 'A' && c <= 'Z';
      letter = up || (c >= 'a' && c <= 'z');
      digit = c >= '0' && c <= '9';
    } else if (u_isalpha(c)) {
      letter = true;
      up = u_isupper(c) || u_istitle(c);
    } else {
      digit = u_isdigit(c);
      other_alnum = !digit && (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC));
    }
    if (letter) {
      ++letters;
      if (up) ++upper_count;
      if (!first_letter_seen && up) flags |= kUpperInitial;
      first_letter_seen = true;
    } else if (digit && i == U16_LENGTH(c)) {
      flags |= kNumber;
    }
    if (letter || digit || other_alnum) all_punct = false;
  }
  if (letters > 0) flags |= kWord;
  if (letters >= 2 && upper_count == letters) flags |= kAllUpper;
  if (all_punct) flags |= kPunct;
  if (s.size() == 1 && is_quote_mark(s[0])) flags |= kQuoteMark;
  return flags;
}

struct RawToken {
  uint32_t start;
  uint32_t end;
  bool word;                 // ICU rule status says word/number (not punctuation)
  bool hyphenated = false;   // joined from parts by hyphens
  bool ideographic = false;  // a run of a dictionary script (see dictionary_script)
};

// Scripts ICU segments with dictionaries (Han, kana, Thai, Lao, Khmer,
// Myanmar ...). Quelle does not analyse these languages: a run of them is one
// token. They never reach ICU's word iterator, because the trimmed wasm data
// has no dictionaries and ICU's fallback rebuilds a whole-script set each
// time the script changes (Chinese and Japanese mixed cost 10x ordinary text),
// and because native and wasm then segment them identically.
bool dictionary_script(UChar32 c) {
  if (c < 0x0E00) return false;  // fast path: nothing below Thai
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(c, &status);
  if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_KATAKANA_OR_HIRAGANA)
    return true;
  return u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT ||
         u_getIntPropertyValue(c, UCHAR_WORD_BREAK) == U_WB_KATAKANA;
}

// Appends the segments to `out`, white space dropped.
void add_segments(std::u16string_view text, const std::vector<WordSpan>& spans, std::vector<RawToken>& out) {
  for (const WordSpan& span : spans) {
    const uint32_t s = span.start;
    const uint32_t t = span.end;
    UChar32 c = 0;
    U16_GET(text.data(), 0, static_cast<int32_t>(s), static_cast<int32_t>(text.size()), c);
    if (t - s <= 2 && is_space(c)) {
      bool all_space = true;
      for (uint32_t k = s; k < t; ++k) all_space = all_space && (is_space(text[k]) || U16_IS_SURROGATE(text[k]));
      if (all_space) continue;
    } else if (is_space(c)) {
      continue;  // a run of white space
    }
    out.push_back({s, t, span.word, false, false});
  }
}

// ICU word segments of text[b, e), white space dropped.
void icu_word_segments(std::u16string_view text, uint32_t b, uint32_t e, std::vector<RawToken>& out) {
  thread_local std::vector<WordSpan> spans;
  spans.clear();
  icu_word_breaks(text, b, e, spans);
  add_segments(text, spans, out);
}

// Word segments of one paragraph: runs of dictionary scripts as one segment
// each, ICU's word breaks for everything between them. A paragraph of only
// simple characters (no dictionary scripts among them) takes the fast path,
// which gives ICU's breaks without ICU (see word_breaks.hpp).
void word_segments(std::u16string_view text, Span para, std::vector<RawToken>& out) {
  thread_local std::vector<WordSpan> spans;
  spans.clear();
  if (fast_word_breaks(text, para.start, para.end, spans)) {
    add_segments(text, spans, out);
    return;
  }
  const auto end = static_cast<int32_t>(para.end);
  uint32_t rest = para.start;  // start of the text not yet segmented
  for (int32_t i = static_cast<int32_t>(para.start); i < end;) {
    const int32_t run_start = i;
    UChar32 c = 0;
    U16_NEXT(text.data(), i, end, c);
    if (!dictionary_script(c)) continue;
    int32_t run_end = i;
    while (run_end < end) {
      int32_t j = run_end;
      U16_NEXT(text.data(), j, end, c);
      if (!dictionary_script(c)) break;
      run_end = j;
    }
    if (rest < static_cast<uint32_t>(run_start)) icu_word_segments(text, rest, static_cast<uint32_t>(run_start), out);
    out.push_back({static_cast<uint32_t>(run_start), static_cast<uint32_t>(run_end), true, false, true});
    rest = static_cast<uint32_t>(run_end);
    i = run_end;
  }
  if (rest < para.end) icu_word_segments(text, rest, para.end, out);
}

// Joins "Alibaba" "-" "Manager" into one token and "Dr" "." into "Dr.".
void join_compounds_and_abbreviations(const Document& doc, std::vector<RawToken>& raw) {
  std::vector<RawToken> out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    RawToken t = raw[i];
    // Adjacent runs of dictionary scripts (Chinese next to Japanese) are one token.
    while (t.ideographic && i + 1 < raw.size() && raw[i + 1].ideographic && raw[i + 1].start == t.end) {
      t.end = raw[++i].end;
    }
    // Compounds: word-hyphen-word with no space, repeatedly ("US-Cloud-Firma").
    while (t.word && i + 2 < raw.size() && raw[i + 1].start == t.end && raw[i + 1].end == t.end + 1 &&
           is_hyphen(doc.text[t.end]) && raw[i + 2].start == raw[i + 1].end && raw[i + 2].word) {
      t.end = raw[i + 2].end;
      t.hyphenated = true;
      i += 2;
    }
    // Truncated compounds keep their hyphen: "Kunden- und Datenschutz".
    if (t.word && i + 1 < raw.size() && raw[i + 1].start == t.end && raw[i + 1].end == t.end + 1 &&
        is_hyphen(doc.text[t.end]) && (i + 2 >= raw.size() || raw[i + 2].start > raw[i + 1].end)) {
      t.end += 1;
      ++i;
    }
    // Abbreviations and initials take their period.
    if (t.word && i + 1 < raw.size() && raw[i + 1].start == t.end && raw[i + 1].end == t.end + 1 &&
        doc.text[t.end] == u'.') {
      const std::u16string_view lower = std::u16string_view(doc.lower).substr(t.start, t.end - t.start);
      const bool initial = lower.size() == 1 && u_isalpha(lower[0]);
      const bool dotted = lower.find(u'.') != std::u16string_view::npos;  // "z.b", "u.s"
      if (initial || dotted || is_abbreviation(lower)) {
        t.end += 1;
        ++i;
      }
    }
    // An ellipsis "..." is one token.
    if (!t.word && doc.text[t.start] == u'.') {
      while (i + 1 < raw.size() && raw[i + 1].start == t.end && doc.text[raw[i + 1].start] == u'.' &&
             raw[i + 1].end == raw[i + 1].start + 1) {
        t.end += 1;
        ++i;
      }
    }
    out.push_back(t);
  }
  raw.swap(out);
}

// Whether the sentence break ICU put at `boundary` should be taken back:
// the text before ends in an abbreviation, an initial or an ordinal date.
bool is_false_break(const Document& doc, const std::vector<Token>& tokens, size_t last, size_t next) {
  if (next >= tokens.size()) return false;
  const Token& a = tokens[last];
  const Token& b = tokens[next];
  if (a.end == 0 || doc.text[a.end - 1] != u'.') return false;
  const std::u16string_view lower = std::u16string_view(doc.lower).substr(a.start, a.end - a.start - 1);
  const std::u16string_view next_lower = std::u16string_view(doc.lower).substr(b.start, b.end - b.start);
  if (a.end - a.start >= 2 && (a.flags & kWord)) {  // the period belongs to the token: an abbreviation
    if (can_end_sentence(lower) && b.has(kUpperInitial)) return false;
    return true;
  }
  // "am 3. Oktober", "der 2. Platz" (lower case next), "3. 10. 2023": a
  // number of one or two digits directly before a lone period.
  if (a.end - a.start == 1 && last > 0) {
    const Token& number = tokens[last - 1];
    if (number.end == a.start && number.has(kNumber) && !number.has(kWord) && number.end - number.start <= 2) {
      return is_month_name(next_lower) || (b.has(kWord) && !b.has(kUpperInitial)) || b.has(kNumber);
    }
  }
  return false;
}

}  // namespace

bool is_quote_mark(char16_t c) {
  switch (c) {
    case u'"':
    case u'\'':
    case u'«':
    case u'»':
    case u'‹':
    case u'›':
    case u'„':
    case u'‚':
    case u'“':
    case u'”':
    case u'‘':
    case u'’':
    case u'‟':
    case u'‛':
    case u'「':
    case u'」':
    case u'『':
    case u'』':
    case u'＂':
      return true;
    default:
      return false;
  }
}

void segment(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  std::vector<RawToken> raw;
  std::vector<uint32_t> breaks;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Span para = doc.paragraphs[p].span;
    raw.clear();
    word_segments(doc.text, para, raw);
    join_compounds_and_abbreviations(doc, raw);
    if (raw.empty()) continue;
    const size_t first = doc.tokens.size();
    for (const RawToken& r : raw) {
      Token t{r.start, r.end, 0, surface_flags(doc.text.substr(r.start, r.end - r.start))};
      if (r.hyphenated) t.flags |= kHyphenated;
      const uint32_t prev_end = doc.tokens.size() > first ? doc.tokens.back().end : para.start;
      if (r.start == para.start || r.start > prev_end) t.flags |= kSpaceBefore;
      doc.tokens.push_back(t);
    }
    doc.tokens[first].flags |= kParagraphStart | kLineBefore;

    // ICU's sentence breaks inside the paragraph (without ICU for simple text).
    breaks.clear();
    if (!fast_sentence_breaks(doc.text, para.start, para.end, breaks)) {
      icu_sentence_breaks(doc.text, para.start, para.end, breaks);
    }
    // Walk tokens and breaks together; a sentence is a run of whole tokens.
    size_t bi_index = 0;
    size_t sent_first = first;
    for (size_t k = first; k < doc.tokens.size(); ++k) {
      const bool last_token = k + 1 == doc.tokens.size();
      bool ends = last_token;
      if (!last_token) {
        const uint32_t gap_start = doc.tokens[k].end;
        const uint32_t gap_end = doc.tokens[k + 1].start;
        while (bi_index < breaks.size() && breaks[bi_index] < gap_start) ++bi_index;
        if (bi_index < breaks.size() && breaks[bi_index] <= gap_end) {
          ends = !is_false_break(doc, doc.tokens, k, k + 1);
        }
      }
      if (ends) {
        const auto index = static_cast<uint32_t>(doc.sentences.size());
        SentenceInfo s;
        s.span = {doc.tokens[sent_first].start, doc.tokens[k].end};
        s.paragraph = p;
        s.first_token = static_cast<uint32_t>(sent_first);
        s.end_token = static_cast<uint32_t>(k + 1);
        for (size_t j = sent_first; j <= k; ++j) doc.tokens[j].sentence = index;
        doc.tokens[sent_first].flags |= kSentenceStart;
        doc.sentences.push_back(s);
        sent_first = k + 1;
      }
    }
  }
}

}  // namespace quelle
