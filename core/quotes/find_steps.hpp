// The steps of find_quotes (quotes.cpp), in the order it runs them; internal
// to core/quotes, declared here so that each can be tested on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "document/document.hpp"
#include "quotes/quote_marks.hpp"
#include "quotes/quotes.hpp"
#include "quotes/scan.hpp"

namespace quelle::quotes {

// For each token, the index of the marked quote it lies in (marks included),
// or -1: the Scanner's view of the quotes.
std::vector<int32_t> quote_index(const Document& doc, const std::vector<MarkedQuote>& marks);

// Sieve 3: the indirect and reported candidates of every sentence, in text order.
std::vector<QuoteCandidate> indirect_candidates(const Scanner& sc);

// A reported speech act around a direct quote ("Koch-Mehrin nannte die
// Arbeit „oberflächlich“") is annotated as the quote alone: drops the
// sentence-wide reported candidates that hold a marked quote (the quote
// finds the verb as its frame).
void drop_reported_holding_quotes(std::vector<QuoteCandidate>& indirect, const std::vector<MarkedQuote>& marks);

// Whether the marked quote is a title or a name, not something said, before
// its frame is looked for: a short phrase after a title cue ("die
// sogenannte „Ampelkoalition“"), German capitalised names („Berliner
// Zeitung“), a quote glued to a compound („Eins zu Eins“-Begegnung).
bool title_or_name(const Scanner& sc, const MarkedQuote& m);

// For a direct quote without a frame (continues_previous): the subject of
// the sentence that speaks for it, when the sentence before it holds no
// statement (`last_end`: where the last candidate so far ends) or the quote
// sits in an indicative sentence of its own. German only (sentence_subject).
std::optional<Span> context_subject(const Scanner& sc, const MarkedQuote& m, std::optional<uint32_t> last_end);

// Sieves 1-2: the direct quotes with their frames, merged with the indirect
// candidates in text order (both lists are sorted, neither overlaps itself).
std::vector<QuoteCandidate> merge_direct(const Scanner& sc, const std::vector<MarkedQuote>& marks,
                                         std::vector<QuoteCandidate> indirect);

// Sieve 4: Konjunktiv sentences after a statement continue it (the dpa
// pattern), as free indirect candidates inserted in text order; `parent`
// indices are renumbered.
std::vector<QuoteCandidate> add_free_indirect(const Scanner& sc, std::vector<QuoteCandidate> out);

}  // namespace quelle::quotes
