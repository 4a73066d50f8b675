// Stage 3, language: which of the seven languages a text is written in.
#pragma once

#include <string>
#include <string_view>

namespace quelle {

struct LanguageGuess {
  std::string code;  // "de" "en" "fr" "es" "it" "nl" "pt", or "und" (no Latin-script text, too little text)
  double confidence = 0.0;  // 0..1
};

// `lower` is the lower-cased text (normalize stage's shadow). Deterministic;
// fast enough to read a whole 10 MB text (it may sample long texts).
LanguageGuess identify_language(std::u16string_view lower);

}  // namespace quelle
