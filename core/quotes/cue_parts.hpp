// The further parts of a cue (German): a speech verb often comes in two
// pieces around its clause, and the annotators mark both: "teilte … mit",
// "gab … bekannt", "bezeichnete … als", "hatte … gesagt", "wird … zitiert",
// "wie … mitteilte". The rules find one piece; this finds the rest within
// the same clause, from the word lists (lexicon.hpp: kCueParticleW,
// kCueAuxW, kAsFrameW).
#pragma once

#include <vector>

#include "document/document.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::quotes {

// Completes the cue `cue` of a quote with the pieces `quote`: a piece right
// next to it joins it ("wird angenommen" is one piece), the others are
// returned in text order, none overlapping the cue or the quote; empty for
// a cue of one piece and for languages other than German.
std::vector<Span> cue_parts(const Document& doc, const Lexicon& lx, Span& cue, const std::vector<Span>& quote);

}  // namespace quelle::quotes
