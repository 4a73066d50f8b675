#include "quotes/quote_marks.hpp"

namespace quelle::quotes {
namespace {

bool is_open_bracket(char16_t c) {
  return c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == u'–' || c == u'—' || c == u'-';
}

bool is_trailing_punct(char16_t c) {
  return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u')' || c == u']' ||
         c == u'…' || c == u'–' || c == u'—' || c == u'-' || c == u'/';
}

bool can_open(char16_t c) {
  switch (c) {
    case u'„':
    case u'‚':
    case u'“':
    case u'‘':
    case u'«':
    case u'»':
    case u'‹':
    case u'›':
    case u'"':
    case u'\'':
    case u'＂':
    case u'「':
    case u'『':
    case u'”':
    case u'‟':
      return true;
    default:
      return false;
  }
}

// Whether `close` ends a quote opened by `open`.
bool closes(char16_t open, char16_t close) {
  switch (open) {
    case u'„':
      return close == u'“' || close == u'”' || close == u'"' || close == u'‟';
    case u'‚':
      return close == u'‘' || close == u'’' || close == u'\'';
    case u'“':
      return close == u'”' || close == u'“' || close == u'"';
    case u'‟':
      return close == u'”';
    case u'‘':
      return close == u'’' || close == u'\'';
    case u'«':
      return close == u'»';
    case u'»':
      return close == u'«';
    case u'‹':
      return close == u'›';
    case u'›':
      return close == u'‹';
    case u'"':
      return close == u'"' || close == u'”';
    case u'\'':
      return close == u'\'' || close == u'’';
    case u'＂':
      return close == u'＂';
    case u'「':
      return close == u'」';
    case u'『':
      return close == u'』';
    case u'”':
      return close == u'”';
    default:
      return false;
  }
}

// Apostrophes and single quotes share characters: a single mark only opens
// or closes when its neighbours say so clearly.
bool is_single(char16_t c) { return c == u'\'' || c == u'’' || c == u'‘' || c == u'‚'; }

struct Open {
  uint32_t token;
  char16_t mark;
};

bool is_final_punct(char16_t c) { return c == u'.' || c == u'!' || c == u'?' || c == u'…'; }

// How the quotation mark at token i stands between its neighbours.
struct Flanks {
  bool at_end = false;       // the last token of its paragraph
  bool space_after = false;  // space, trailing punctuation or the paragraph end after it
  bool left = false;         // it can open: space or a bracket before, a word after
  bool right = false;        // it can close: a word before, space after
  bool prev_digit = false;   // right after a number (5'10")
};

Flanks flanks_of(const Document& doc, uint32_t i) {
  const auto& toks = doc.tokens;
  const std::u16string_view text = doc.text;
  const Token& t = toks[i];
  Flanks f;
  const bool space_before =
      t.has(kSpaceBefore) || (i > 0 && is_open_bracket(text[toks[i - 1].end - 1]) && toks[i - 1].end == t.start);
  f.at_end = i + 1 >= toks.size() || toks[i + 1].has(kParagraphStart);
  f.space_after = f.at_end || toks[i + 1].has(kSpaceBefore) ||
                  (toks[i + 1].start == t.end && is_trailing_punct(text[toks[i + 1].start]));
  const bool next_is_mark = !f.at_end && toks[i + 1].has(kQuoteMark) && toks[i + 1].start == t.end;
  f.left = space_before && (!f.space_after || next_is_mark);
  f.right = !space_before && f.space_after;
  f.prev_digit = i > 0 && toks[i - 1].end == t.start && toks[i - 1].has(kNumber);
  return f;
}

// Inches and feet (5'10", a 12" pipe) unless a matching quote is open
// (`open`: the innermost open mark, 0 if none), and year abbreviations ('90s).
bool measure_or_year(const Document& doc, uint32_t i, const Flanks& f, char16_t open) {
  const char16_t c = doc.text[doc.tokens[i].start];
  if ((c == u'"' || c == u'\'' || c == u'’' || c == u'”') && f.prev_digit && !(open != 0 && closes(open, c))) {
    return true;
  }
  return (c == u'\'' || c == u'’') && !f.at_end && doc.tokens[i + 1].has(kNumber) &&
         doc.tokens[i + 1].start == doc.tokens[i].end;
}

}  // namespace

std::vector<MarkedQuote> pair_quote_marks(const Document& doc) {
  std::vector<MarkedQuote> out;
  const auto& toks = doc.tokens;
  const std::u16string_view text = doc.text;
  // Bounded nesting: a stack deeper than this is noise (or an attack).
  constexpr size_t kMaxDepth = 4;
  Open stack[kMaxDepth];
  size_t depth = 0;
  MarkedQuote cur;  // the outermost quote being built (pieces so far)
  bool building = false;
  uint32_t piece_start = 0;

  auto finish_unclosed = [&](uint32_t last_tok) {
    // An unclosed quote only stands when it opened a paragraph or followed
    // a colon: it then runs to the end of its paragraph and no further.
    const uint32_t open_tok = cur.first_token;
    const bool para_start = toks[open_tok].has(kParagraphStart);
    const bool after_colon = open_tok > 0 && text[toks[open_tok - 1].start] == u':';
    if ((para_start || after_colon || !cur.pieces.empty()) && cur.words > 0) {
      cur.pieces.push_back({piece_start, toks[last_tok].end});
      cur.last_token = last_tok;
      cur.closed = false;
      out.push_back(std::move(cur));
    }
    cur = MarkedQuote{};
    building = false;
    depth = 0;
  };

  for (uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    const bool para_start = t.has(kParagraphStart);
    // A paragraph ends with quotes still open: continue into the next one if
    // it reopens with the same mark, else close the books on them.
    if (para_start && i > 0 && depth > 0) {
      const char16_t c = text[t.start];
      if (building && t.has(kQuoteMark) && c == stack[0].mark) {
        cur.pieces.push_back({piece_start, toks[i - 1].end});
        piece_start = t.start;
        depth = 1;
        continue;  // the reopening mark is consumed
      }
      finish_unclosed(i - 1);
    }
    if (!t.has(kQuoteMark)) {
      if (building) {
        if (t.has(kWord) || t.has(kNumber)) ++cur.words;
        if (t.has(kPunct) && is_final_punct(text[t.start])) cur.has_final_punct = true;
      }
      continue;
    }
    const char16_t c = text[t.start];
    const Flanks fl = flanks_of(doc, i);
    if (measure_or_year(doc, i, fl, depth > 0 ? stack[depth - 1].mark : char16_t{0})) continue;

    // Close: the mark ends the innermost open quote, or one further out
    // (inner quotes left open are dropped).
    bool handled = false;
    if (depth > 0 && !(fl.left && !fl.right && can_open(c) && !closes(stack[depth - 1].mark, c))) {
      for (size_t d = depth; d-- > 0;) {
        if (!closes(stack[d].mark, c)) continue;
        // A mark that looks like an opening one only closes the innermost.
        if (fl.left && d + 1 != depth) break;
        // A symmetric mark (") that clearly opens while one is open: the open
        // one was never closed. Drop it and start anew below.
        if (fl.left && !fl.right && stack[d].mark == c && c != u'“') break;
        if (is_single(c) && !fl.right && !fl.space_after) break;  // it's an apostrophe inside a word
        depth = d;
        handled = true;
        if (depth == 0 && building) {
          cur.pieces.push_back({piece_start, t.end});
          cur.last_token = i;
          cur.closed = true;
          if (cur.words > 0) out.push_back(std::move(cur));
          cur = MarkedQuote{};
          building = false;
        }
        break;
      }
    }
    if (handled) continue;
    // Open: the mark starts a quote when it stands before a word.
    if (!can_open(c) || fl.at_end) continue;
    if (is_single(c) && !fl.left) continue;  // apostrophe
    if (fl.right && !fl.left) continue;      // a stray closing mark
    if (c == u'”' && depth == 0 && !fl.left) continue;
    if (depth > 0 && stack[depth - 1].mark == c && (c == u'"' || c == u'\'' || c == u'＂')) {
      // A second opening straight quote: the first one never closed.
      if (depth == 1 && building) {
        cur = MarkedQuote{};
        building = false;
      }
      --depth;
    }
    if (depth >= kMaxDepth) continue;
    if (depth == 0) {
      cur = MarkedQuote{};
      cur.first_token = i;
      piece_start = t.start;
      building = true;
    }
    stack[depth++] = {i, c};
  }
  if (depth > 0 && building && !toks.empty()) finish_unclosed(static_cast<uint32_t>(toks.size() - 1));
  return out;
}

}  // namespace quelle::quotes
