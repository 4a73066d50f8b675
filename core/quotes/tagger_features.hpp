// Features of the trained quote-span tagger, per token: the word and its
// lexicon classes, the sentence's cues and Konjunktiv, and the votes of the
// rule sieves (which candidate covers the token, its type, cue and speaker).
// The rules stay the candidate generators; the tagger learns when to trust
// them and where the text holds speech they do not see.
#pragma once

#include <cstdint>
#include <vector>

#include "document/document.hpp"
#include "quotes/lexicon.hpp"
#include "quotes/quotes.hpp"

namespace quelle::quotes {

// What the rule sieves said about each token of a document.
struct RuleVotes {
  std::vector<int8_t> type;        // type_index of the candidate covering the token, or -1
  std::vector<uint8_t> begins;     // the first token of a candidate span
  std::vector<uint8_t> continues;  // the covering candidate continues the previous speaker
  std::vector<uint8_t> cue;        // inside a candidate's cue
  std::vector<uint8_t> speaker;    // inside a candidate's speaker mention
  std::vector<int32_t> candidate;  // index of the covering candidate, or -1
};
RuleVotes rule_votes(const Document& doc, const std::vector<QuoteCandidate>& rules);

// The feature keys of tokens [first, end) (one paragraph), appended to `out`
// (one vector per token).
void tagger_features(const Document& doc, const Lexicon& lx, const RuleVotes& votes, uint32_t first, uint32_t end,
                     std::vector<std::vector<uint32_t>>& out);

}  // namespace quelle::quotes
