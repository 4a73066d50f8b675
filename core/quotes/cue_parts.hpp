// The further parts of a cue (German): a speech verb often comes in two
// pieces around its clause, and the annotators mark both: "teilte … mit",
// "gab … bekannt", "bezeichnete … als", "hatte … gesagt", "wird … zitiert",
// "wie … mitteilte". The rules find one piece; this finds the rest within
// the same clause, from the word lists (lexicon.hpp: kCueParticleW,
// kCueAuxW, kAsFrameW).
#pragma once

#include <optional>
#include <vector>

#include "document/document.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::quotes {

// The cue's token range [c0, c1] and the clause around it [first, last]:
// up to punctuation, a quotation mark or the quote.
struct CueClause {
  size_t c0 = 0, c1 = 0, first = 0, last = 0;
};
std::optional<CueClause> clause_of(const Document& doc, Span cue, const std::vector<Span>& quote);

// Completes the cue `cue` of a quote with the pieces `quote`: a piece right
// next to it joins it ("wird angenommen" is one piece), the others are
// returned in text order, none overlapping the cue or the quote; empty for
// a cue of one piece and for languages other than German.
std::vector<Span> cue_parts(const Document& doc, const Lexicon& lx, Span& cue, const std::vector<Span>& quote);

}  // namespace quelle::quotes
