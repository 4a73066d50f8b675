// Word boundaries (UAX #29 as ICU 72 implements it) for the segmenter.
//
// Why this exists: ICU's rule-based word iterator costs about a tenth of a
// whole analysis (its state machine and boundary cache run per code unit).
// News text is almost entirely letters, digits, spaces and ordinary
// punctuation, for which the word rules reduce to a few lines. So
// fast_word_breaks handles text made only of such "simple" characters and
// refuses everything else; the caller then asks ICU (icu_word_breaks).
//
// ICU stays the oracle: the character classes come from ICU's own
// Word_Break property (plus the two tailorings of ICU's root rules), and
// tests/unit/test_word_breaks.cpp compares the fast path with ICU's
// iterator on random and exhaustive short strings.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace quelle {

// One segment between two word boundaries, offsets into the whole text.
// `word` is ICU's rule status != UBRK_WORD_NONE (letters, numbers).
struct WordSpan {
  uint32_t start;
  uint32_t end;
  bool word;
};

// Appends the segments of text[begin, end) to `out`, as ICU's word iterator
// on that stretch would, if every code unit in it is simple. Otherwise
// returns false and leaves `out` as it was.
bool fast_word_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<WordSpan>& out);

// The same by ICU's word iterator (root locale), for any text.
void icu_word_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<WordSpan>& out);

}  // namespace quelle
