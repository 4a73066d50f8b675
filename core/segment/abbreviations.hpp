// Abbreviations that end in a period without ending the sentence
// ("Dr.", "u.a.", "Mrd.", "Mr.", "z.B."), for all seven languages at once:
// segmentation runs before language identification, and the lists hardly
// collide across languages.
#pragma once

#include <string_view>

namespace quelle {

// `lower` is the lower-cased token without its final period ("dr", "u.a").
bool is_abbreviation(std::u16string_view lower);

// Abbreviations that commonly end a sentence too ("usw.", "etc."): a
// following capitalized word starts a new sentence.
bool can_end_sentence(std::u16string_view lower);

// Month names of the seven languages, lower case: "am 3. Oktober" is no
// sentence end.
bool is_month_name(std::u16string_view lower);

}  // namespace quelle
