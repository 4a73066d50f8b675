// Features of the trained sentence classifier (quote_model.hpp): whether a
// whole sentence is reported speech ("Der Minister kritisierte den Plan.")
// or free indirect speech (a Konjunktiv sentence that goes on with what
// someone said), which no quotation mark or frame shows. Per sentence: its
// verbs and Konjunktiv forms, its cues, its opening words, and what the rule
// sieves found in it and in the sentence before.
#pragma once

#include <cstdint>
#include <vector>

#include "document/document.hpp"
#include "quotes/lexicon.hpp"
#include "quotes/tagger_features.hpp"

namespace quelle::quotes {

// The sentence labels: no whole-sentence quote, reported speech, free
// indirect speech (including indirect-free-indirect).
inline constexpr uint32_t kSentenceLabels = 3;
inline constexpr uint32_t kSentenceOther = 0;
inline constexpr uint32_t kSentenceReported = 1;
inline constexpr uint32_t kSentenceFree = 2;

std::vector<uint32_t> sentence_features(const Document& doc, const Lexicon& lx, const RuleVotes& votes,
                                        uint32_t sentence);

}  // namespace quelle::quotes
