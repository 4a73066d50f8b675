// The addressee and the medium of a quote (issue #17): whom the speaker
// told ("sagte der Zeitung", "gegenüber dem Sender", "in einem Brief an die
// Abgeordneten", "told AFP", "said to reporters", "in an interview with
// CNN") and whether the words were spoken, written or thought ("schrieb",
// "in einer Erklärung", "tweeted", "glaubt", "believes"). Rules over the
// clause of the quote's cue; the words are in lexicon_frames.cpp.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "quelle/analysis.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::quotes {

// Fills q.addressee and q.medium from the frame of q's cue (nothing without
// a cue). The speaker span is never the addressee.
void find_frame_roles(const Document& doc, const Lexicon& lx, Quote& q);

// lexicon_frames.cpp: the medium a frame word names; nouns whose "an"/"to"
// (letter) or "mit"/"with" (talk) names the addressee.
std::optional<Medium> medium_word(Language lang, std::u16string_view lower);
bool letter_noun(Language lang, std::u16string_view lower);
bool talk_noun(Language lang, std::u16string_view lower);

}  // namespace quelle::quotes
