// Pairing quotation marks into direct quotes, for every convention Quelle
// reads: „…“ ‚…‘ (German), »…« ›…‹ (German books), «…» ‹…› (Swiss,
// French, Italian, Spanish, Portuguese, with or without inner spaces),
// “…” ‘…’ (English), straight "…" '…', and 「…」『…』.
#pragma once

#include <cstdint>
#include <vector>

#include "document/document.hpp"

namespace quelle::quotes {

struct MarkedQuote {
  // The quote, marks included, as one span per paragraph it covers (a quote
  // running over paragraphs reopens each of them and closes only in the last).
  std::vector<Span> pieces;
  uint32_t first_token = 0;  // the opening mark
  uint32_t last_token = 0;   // the closing mark (or the last token when unclosed)
  uint32_t words = 0;        // word tokens inside
  bool closed = true;
  bool has_final_punct = false;  // a sentence end (. ! ? …) inside the quote
};

// Outermost quotes only (inner ones belong to the quote around them), in text
// order. One pass over the tokens with a small stack of open marks: linear.
std::vector<MarkedQuote> pair_quote_marks(const Document& doc);

}  // namespace quelle::quotes
