#include "quotes/cue_parts.hpp"

#include <algorithm>

namespace quelle::quotes {
namespace {

// A token that ends a clause for the purpose of a cue: punctuation other
// than a full stop inside an abbreviation, a quotation mark, or a token of
// the quote itself.
bool boundary(const Document& doc, size_t t, const std::vector<Span>& quote) {
  const Token& tok = doc.tokens[t];
  if (tok.has(kQuoteMark) || tok.has(kPunct)) return true;
  return std::any_of(quote.begin(), quote.end(), [&](const Span& s) { return tok.start < s.end && tok.end > s.start; });
}

bool is(const Document& doc, const Lexicon& lx, size_t t, uint32_t cls) {
  return doc.tokens[t].has(kWord) && lx.is(doc.token_lower(t), cls);
}

// A pronominal adverb ("davon", "darauf", "dazu"): "da" or "dar" before a
// preposition or particle.
bool pronominal_adverb(const Document& doc, const Lexicon& lx, size_t t) {
  const std::u16string_view w = doc.token_lower(t);
  if (!doc.tokens[t].has(kWord) || !w.starts_with(u"da") || w.size() < 4) return false;
  const std::u16string_view rest = w.substr(w[2] == u'r' ? 3 : 2);
  return lx.is(rest, kPrepositionW | kCueParticleW);
}

Span tokens_span(const Document& doc, size_t first, size_t last) {
  return {doc.tokens[first].start, doc.tokens[last].end};
}

}  // namespace

std::vector<Span> cue_parts(const Document& doc, const Lexicon& lx, Span& cue, const std::vector<Span>& quote) {
  std::vector<Span> parts;
  if (lx.lang != Language::De || doc.tokens.empty()) return parts;
  const size_t c0 = doc.token_at_or_after(cue.start);
  size_t c1 = c0;
  while (c1 + 1 < doc.tokens.size() && doc.tokens[c1 + 1].start < cue.end) ++c1;
  if (c0 >= doc.tokens.size() || !doc.tokens[c0].has(kWord)) return parts;
  const uint32_t sentence = doc.tokens[c0].sentence;
  const SentenceInfo& s = doc.sentences[sentence];
  // The clause around the cue: [first, last].
  size_t first = c0;
  while (first > s.first_token && !boundary(doc, first - 1, quote)) --first;
  size_t last = c1;
  while (last + 1 < s.end_token && !boundary(doc, last + 1, quote)) ++last;

  if (last > c1 && is(doc, lx, last, kCueParticleW)) {
    // A particle closes the clause after the verb: "teilte der Sprecher mit",
    // with a pronominal adverb before it ("geht davon aus").
    size_t from = last;
    if (from - 1 > c1 && pronominal_adverb(doc, lx, from - 1)) --from;
    parts.push_back(tokens_span(doc, from, last));
  } else if (c1 == last || (c1 + 1 == last && is(doc, lx, last, kCueAuxW))) {
    // The cue ends its clause (a participle or a verb in final position):
    // its auxiliary after it ("zitiert wird"), or before it ("hatte …
    // gesagt"), or the "wie" that opens the clause ("wie … mitteilte").
    if (c1 + 1 == last) cue.end = doc.tokens[last].end;  // "zitiert wird"
    if (first < c0 && is(doc, lx, first, kAsFrameW)) {
      parts.insert(parts.begin(), tokens_span(doc, first, first));
    } else if (c1 + 1 != last) {
      for (size_t t = c0; t-- > first;) {
        if (!is(doc, lx, t, kCueAuxW)) continue;
        if (t + 1 == c0) {
          cue.start = doc.tokens[t].start;  // "wird angenommen"
        } else {
          parts.insert(parts.begin(), tokens_span(doc, t, t));
        }
        break;
      }
    }
  }
  return parts;
}

}  // namespace quelle::quotes
