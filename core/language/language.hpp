// Stage 3, language: which of the seven languages a text is written in.
// The languages themselves (enum, codes) are quelle/languages.hpp.
#pragma once

#include <string_view>

#include "document/document.hpp"
#include "quelle/languages.hpp"

namespace quelle {

struct LanguageGuess {
  Language language = Language::Und;  // Und: no Latin-script text, too little text, or another language
  double confidence = 0.0;            // 0..1
};

// `lower` is the lower-cased text (normalize stage's shadow). Deterministic;
// fast enough to read a whole 10 MB text (it may sample long texts).
LanguageGuess identify_language(std::u16string_view lower);

// The language whose word lists the rule stages use for a segmented
// document: its language when that is known, else the one whose most
// frequent function words occur most often among the first tokens. Crude,
// but the rules need some lexicon even for a text identification left
// undetermined.
Language rules_language(const Document& doc);

}  // namespace quelle
