// Indirect and reported speech within one sentence: the frames
//   X sagte/erklärte/said (,|:|dass|that) CONTENT     leading frame
//   CONTENT, sagte X / CONTENT, X said / CONTENT, so X  trailing frame
//   laut X / nach Angaben X / X zufolge / according to X / selon X  source
//   Wie X mitteilte, CONTENT                           parenthetical
// and speech acts without a content clause ("Merkel forderte faire
// Wettbewerbsbedingungen ein"), which are reported speech. Each kind of
// frame is a sieve in its own file (source_phrases.cpp, verb_frames.cpp,
// reported_speech.cpp; see indirect_sieves.hpp).
#pragma once

#include <vector>

#include "quotes/quotes.hpp"
#include "quotes/scan.hpp"

namespace quelle::quotes {

// Appends the candidates of the sentence (at most three, in text order,
// not overlapping). `prev` is the sentence
// before it (or null): "Das teilte X mit." takes it up as content.
void indirect_in_sentence(const Scanner& sc, const SentenceInfo& s, const SentenceInfo* prev,
                          std::vector<QuoteCandidate>& out);

// German: the source phrase of a sentence that is mostly a direct quote
// without a frame of its own ("Nach den Worten von X handelt es sich um
// „…“", "Der Iran müsse „…“ beenden, so Rice", "laut X", "X zufolge").
// Sets cue and speaker and returns true when one is found.
bool sentence_source(const Scanner& sc, const SentenceInfo& s, std::optional<Span>& cue, std::optional<Span>& speaker);

}  // namespace quelle::quotes
