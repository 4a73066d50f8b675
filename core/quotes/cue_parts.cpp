#include "quotes/cue_parts.hpp"

#include <algorithm>
#include <optional>

namespace quelle::quotes {
namespace {

bool in_quote(const Document& doc, size_t t, const std::vector<Span>& quote) {
  const Token& tok = doc.tokens[t];
  return std::any_of(quote.begin(), quote.end(), [&](const Span& s) { return tok.start < s.end && tok.end > s.start; });
}

// A token that ends a clause for the purpose of a cue: punctuation, a
// quotation mark, or a token of the quote itself.
bool boundary(const Document& doc, size_t t, const std::vector<Span>& quote) {
  return doc.tokens[t].has(kQuoteMark) || doc.tokens[t].has(kPunct) || in_quote(doc, t, quote);
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

std::optional<CueClause> clause_of(const Document& doc, Span cue, const std::vector<Span>& quote) {
  CueClause k;
  k.c0 = doc.token_at_or_after(cue.start);
  if (k.c0 >= doc.tokens.size() || !doc.tokens[k.c0].has(kWord)) return std::nullopt;
  k.c1 = k.c0;
  while (k.c1 + 1 < doc.tokens.size() && doc.tokens[k.c1 + 1].start < cue.end) ++k.c1;
  const SentenceInfo& s = doc.sentences[doc.tokens[k.c0].sentence];
  k.first = k.c0;
  while (k.first > s.first_token && !boundary(doc, k.first - 1, quote)) --k.first;
  k.last = k.c1;
  while (k.last + 1 < s.end_token && !boundary(doc, k.last + 1, quote)) ++k.last;
  return k;
}

namespace {

std::vector<Span> german_parts(const Document& doc, const Lexicon& lx, const CueClause& k, Span& cue) {
  std::vector<Span> parts;
  const auto [c0, c1, first, last] = k;
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

// English cues take in what stands right next to the verb and belongs to
// the act of saying, as the corpus marks it: auxiliaries and adverbs before
// it ("has also said"), a time or the medium after it ("said Tuesday",
// "said in a statement"), and a colon that opens the quote ("said:").
void extend_english(const Document& doc, const Lexicon& lx, const CueClause& k, const std::vector<Span>& quote,
                    Span& cue) {
  size_t b = k.c0;
  while (b > k.first && is(doc, lx, b - 1, kPreVerbAdverbW)) --b;
  size_t e = k.c1;
  if (e < k.last && is(doc, lx, e + 1, kTimeWordW)) {
    ++e;
  } else if (e + 2 <= k.last && (doc.token_lower(e + 1) == u"in" || doc.token_lower(e + 1) == u"on")) {
    // "in a statement", "on Tuesday", "in an interview with CNN" (up to the noun)
    size_t n = e + 2;
    if (n < k.last && is(doc, lx, n, kDeterminerW)) ++n;
    if (is(doc, lx, n, kTimeWordW)) e = n;
  }
  if (e == k.last && e + 1 < doc.tokens.size() && doc.punct_is(e + 1, u':') && !in_quote(doc, e + 1, quote)) ++e;
  cue = {doc.tokens[b].start, doc.tokens[e].end};
}

}  // namespace

std::vector<Span> cue_parts(const Document& doc, const Lexicon& lx, Span& cue, const std::vector<Span>& quote) {
  if (doc.tokens.empty() || (lx.lang != Language::De && lx.lang != Language::En)) return {};
  const std::optional<CueClause> k = clause_of(doc, cue, quote);
  if (!k) return {};
  if (lx.lang == Language::En) {
    extend_english(doc, lx, *k, quote, cue);
    return {};
  }
  return german_parts(doc, lx, *k, cue);
}

}  // namespace quelle::quotes
