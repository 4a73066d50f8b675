// Learned cue words (issue #17): the lexicon lists the speech verbs the
// rules know; the cue model learns from the annotated cues which other
// words frame a statement in their context ("hatte Lenz aufgefordert, sein
// Mandat niederzulegen", "hat die EU zugesagt, …", "stellten die Theorie
// auf, dass …"). A word it accepts becomes a speech verb for the sieves,
// which then find its content, cue and speaker as for a lexicon verb, so
// the rules stay the only place that knows what a frame looks like.
#pragma once

#include <cstdint>
#include <vector>

#include "model/features.hpp"
#include "model/linear.hpp"
#include "model/perceptron.hpp"
#include "quotes/scan.hpp"

namespace quelle::quotes {

// The classes of the cue model: not a cue, a cue. (Reported speech acts
// have no annotated cue in the German corpus, so the model learns only the
// verbs that frame a content.)
inline constexpr uint32_t kCueWordLabels = 2;

// How far the score of "cue" must exceed that of "no cue" (integer weight
// units): a false cue makes a false quote with a false speaker, so the
// model has to be sure (chosen by cross-validation on train, docs/quotes.md).
inline constexpr int32_t kCueWordMargin = 0;

// Whether token i may be a cue the lexicon does not know: a lower-case word
// outside quotation marks, no function word and no known speech verb, in
// the shape of a frame (a comma, colon or subordinator within the eight
// tokens after it, or a comma right before it or before its auxiliary).
bool cue_word_candidate(const Scanner& sc, uint32_t i);

// The features of candidate i: the word, its prefix and suffix, its
// neighbours, what follows the next comma (a subordinator, a zu-infinitive,
// Konjunktiv), a comma before it, its place in the sentence.
void cue_word_features(const Scanner& sc, uint32_t i, model::Features& f);

// Marks every candidate the model accepts as a speech verb of the scanner.
void mark_cue_words(Scanner& sc, const model::LinearModel& cues);

// Training examples: every candidate, labelled 1 when it lies in an
// annotated cue (`in_cue` per token).
void cue_word_examples(const Scanner& sc, const std::vector<uint8_t>& in_cue, std::vector<model::Example>& out);

}  // namespace quelle::quotes
