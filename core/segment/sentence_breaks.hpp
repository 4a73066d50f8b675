// Sentence boundaries (UAX #29 as ICU 72 implements it) for the segmenter.
//
// Why this exists: after the word fast path (word_breaks.hpp), ICU's
// sentence iterator was the larger part of what segmentation still spent in
// ICU. A sentence can end only after a terminator (. ! ?) with its closing
// punctuation and spaces, or after a paragraph separator, and for text of
// "simple" characters (no Extend or Format, nothing outside the table of
// code_unit_table.hpp) the rules around those few places are short.
// fast_sentence_breaks handles such text and refuses everything else; the
// caller then asks ICU (icu_sentence_breaks).
//
// ICU stays the oracle: the classes are ICU's Sentence_Break property, and
// tests/unit/test_sentence_breaks.cpp compares with ICU's iterator.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace quelle {

// Appends the boundaries ICU's sentence iterator finds in text[begin, end)
// after `begin` (the last one is `end`), as offsets into the whole text, if
// every code unit in it is simple. Otherwise returns false and leaves `out`
// as it was.
bool fast_sentence_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<uint32_t>& out);

// The same by ICU's sentence iterator (root locale), for any text.
void icu_sentence_breaks(std::u16string_view text, uint32_t begin, uint32_t end, std::vector<uint32_t>& out);

}  // namespace quelle
