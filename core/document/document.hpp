// The working state that the pipeline stages share. Stages read what earlier
// stages wrote and add their own part; nothing here is public API.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quelle/analysis.hpp"
#include "quelle/languages.hpp"

namespace quelle {

// Bits describing a token's surface, computed once by the segmenter so that
// later stages (NER features, quote rules) need not look at characters again.
enum TokenFlag : uint16_t {
  kWord = 1u << 0,             // contains a letter
  kNumber = 1u << 1,           // starts with a digit
  kPunct = 1u << 2,            // punctuation or symbol only
  kUpperInitial = 1u << 3,     // first letter is upper/title case
  kAllUpper = 1u << 4,         // two or more letters, all upper case
  kSpaceBefore = 1u << 5,      // white space (or text start) directly before
  kLineBefore = 1u << 6,       // a line break between the previous token and this one
  kHyphenated = 1u << 7,       // a compound joined by hyphens ("Alibaba-Manager")
  kQuoteMark = 1u << 8,        // a quotation mark character (any convention)
  kSentenceStart = 1u << 9,    // first token of its sentence
  kParagraphStart = 1u << 10,  // first token of its paragraph
};

struct Token {
  uint32_t start = 0;  // UTF-16 offsets into Document::text
  uint32_t end = 0;
  uint32_t sentence = 0;  // index into Document::sentences
  uint16_t flags = 0;
  [[nodiscard]] bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct SentenceInfo {
  Span span;
  uint32_t paragraph = 0;
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
};

// A string view against a u"..." literal, whose length is then known at
// compile time. Through std's operator== the literal is converted to a
// string_view first, which measures it at run time: for char16_t that is a
// loop GCC does not fold (2.5 % of all instructions of an analysis, nearly
// all in the quote rules, which compare words with literals everywhere).
// For string literals only (no NUL inside), as every such comparison here.
template <std::size_t N>
constexpr bool operator==(std::u16string_view a, const char16_t (&literal)[N]) {
  return a == std::u16string_view(literal, N - 1);
}

// Hyphen-minus, hyphen and non-breaking hyphen: what joins a compound.
constexpr bool is_hyphen(char16_t c) { return c == u'-' || c == 0x2010 || c == 0x2011; }

struct Document {
  std::u16string_view text;  // the input; all offsets index into it
  std::u16string lower;      // same length as text: simple lower case per code point
  std::vector<Paragraph> paragraphs;
  std::vector<SentenceInfo> sentences;
  std::vector<Token> tokens;
  // Set by the language stage: the text's language (Und when undetermined),
  // and the language whose word lists the rule stages use (never Und).
  Language language = Language::Und;
  Language rules_language = Language::De;

  [[nodiscard]] std::u16string_view slice(Span s) const { return text.substr(s.start, s.end - s.start); }
  // A token lies inside the text (segment makes it so), so its views are
  // made without substr's range check: every stage asks for them per token.
  [[nodiscard]] std::u16string_view token_text(size_t i) const {
    assert(tokens[i].start <= tokens[i].end && tokens[i].end <= text.size());
    return {text.data() + tokens[i].start, tokens[i].end - tokens[i].start};
  }
  [[nodiscard]] std::u16string_view token_lower(size_t i) const {
    assert(tokens[i].start <= tokens[i].end && tokens[i].end <= lower.size());
    return {lower.data() + tokens[i].start, tokens[i].end - tokens[i].start};
  }
  // Whether token i is the single punctuation mark c.
  [[nodiscard]] bool punct_is(size_t i, char16_t c) const {
    return tokens[i].has(kPunct) && tokens[i].end - tokens[i].start == 1 && text[tokens[i].start] == c;
  }
  // Index of the first token whose end is after `offset` (tokens.size() if none).
  [[nodiscard]] size_t token_at_or_after(uint32_t offset) const;
};

}  // namespace quelle
