// A class for each UTF-16 code unit of the text news is made of, read once
// from ICU's properties, for the segmenter's fast paths (word_breaks.cpp,
// sentence_breaks.cpp). The table covers Latin, Greek, Cyrillic
// (U+0000-05FF) and general punctuation with currency and letterlike symbols
// (U+2000-21FF: dashes, typographic quotes, the euro sign, ...); every other
// code unit, surrogates included, is `kOutside`, which the fast paths leave
// to ICU.
#pragma once

#include <unicode/umachine.h>

#include <array>

namespace quelle {

template <typename Kind, Kind kOutside>
class CodeUnitTable {
 public:
  template <typename Classify>
  explicit CodeUnitTable(Classify classify) {
    for (char16_t c = 0; c < kLowSize; ++c) low_[c] = classify(static_cast<UChar32>(c));
    for (char16_t c = 0; c < kPunctSize; ++c) punct_[c] = classify(static_cast<UChar32>(kPunctStart + c));
  }

  Kind operator()(char16_t c) const {
    if (c < kLowSize) return low_[c];
    const auto p = static_cast<char16_t>(c - kPunctStart);
    return p < kPunctSize ? punct_[p] : kOutside;
  }

 private:
  static constexpr char16_t kLowSize = 0x600;
  static constexpr char16_t kPunctStart = 0x2000;
  static constexpr char16_t kPunctSize = 0x200;
  std::array<Kind, kLowSize> low_{};
  std::array<Kind, kPunctSize> punct_{};
};

}  // namespace quelle
