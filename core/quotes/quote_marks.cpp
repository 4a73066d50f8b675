#include "quotes/quote_marks.hpp"

namespace quelle::quotes {
namespace {

bool is_open_bracket(char16_t c) {
  return c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == u'–' || c == u'—' || c == u'-';
}

bool is_trailing_punct(char16_t c) {
  return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u')' ||
         c == u']' || c == u'…' || c == u'–' || c == u'—' || c == u'-' || c == u'/';
}

bool can_open(char16_t c) {
  switch (c) {
    case u'„': case u'‚': case u'“': case u'‘': case u'«': case u'»': case u'‹': case u'›':
    case u'"': case u'\'': case u'＂': case u'「': case u'『': case u'”': case u'‟':
      return true;
    default:
      return false;
  }
}

// Whether `close` ends a quote opened by `open`.
bool closes(char16_t open, char16_t close) {
  switch (open) {
    case u'„': return close == u'“' || close == u'”' || close == u'"' || close == u'‟';
    case u'‚': return close == u'‘' || close == u'’' || close == u'\'';
    case u'“': return close == u'”' || close == u'“' || close == u'"';
    case u'‟': return close == u'”';
    case u'‘': return close == u'’' || close == u'\'';
    case u'«': return close == u'»';
    case u'»': return close == u'«';
    case u'‹': return close == u'›';
    case u'›': return close == u'‹';
    case u'"': return close == u'"' || close == u'”';
    case u'\'': return close == u'\'' || close == u'’';
    case u'＂': return close == u'＂';
    case u'「': return close == u'」';
    case u'『': return close == u'』';
    case u'”': return close == u'”';
    default: return false;
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
    const bool space_before = t.has(kSpaceBefore) || (i > 0 && is_open_bracket(text[toks[i - 1].end - 1]) &&
                                                      toks[i - 1].end == t.start);
    const bool at_end = i + 1 >= toks.size() || toks[i + 1].has(kParagraphStart);
    const bool space_after = at_end || toks[i + 1].has(kSpaceBefore) ||
                             (toks[i + 1].start == t.end && is_trailing_punct(text[toks[i + 1].start]));
    const bool next_is_mark = !at_end && toks[i + 1].has(kQuoteMark) && toks[i + 1].start == t.end;
    const bool left_flank = space_before && (!space_after || next_is_mark);
    const bool right_flank = !space_before && space_after;
    const bool prev_digit = i > 0 && toks[i - 1].end == t.start && toks[i - 1].has(kNumber);

    // Inches and feet (5'10", a 12" pipe) unless a matching quote is open,
    // and year abbreviations ('90s).
    if ((c == u'"' || c == u'\'' || c == u'’' || c == u'”') && prev_digit &&
        !(depth > 0 && closes(stack[depth - 1].mark, c))) {
      continue;
    }
    if ((c == u'\'' || c == u'’') && !at_end && toks[i + 1].has(kNumber) && toks[i + 1].start == t.end) continue;

    // Close: the mark ends the innermost open quote, or one further out
    // (inner quotes left open are dropped).
    bool handled = false;
    if (depth > 0 && !(left_flank && !right_flank && can_open(c) && !closes(stack[depth - 1].mark, c))) {
      for (size_t d = depth; d-- > 0;) {
        if (!closes(stack[d].mark, c)) continue;
        // A mark that looks like an opening one only closes the innermost.
        if (left_flank && d + 1 != depth) break;
        // A symmetric mark (") that clearly opens while one is open: the open
        // one was never closed. Drop it and start anew below.
        if (left_flank && !right_flank && stack[d].mark == c && c != u'“') break;
        if (is_single(c) && !right_flank && !(space_after)) break;  // it's an apostrophe inside a word
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
    if (!can_open(c) || at_end) continue;
    if (is_single(c) && !left_flank) continue;  // apostrophe
    if (right_flank && !left_flank) continue;   // a stray closing mark
    if (c == u'”' && depth == 0 && !left_flank) continue;
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
