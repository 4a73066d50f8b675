// Stage 5, quotes: direct, indirect, mixed and reported speech with their
// cues and the speaker mention the text names.
//
// The sieves, in order (docs/quotes.md):
//   1. quotation marks are paired into direct quotes (quote_marks.cpp);
//   2. each direct quote looks for its frame before or after it
//      (direct_frames.cpp);
//   3. each sentence outside direct quotes is matched against indirect frames
//      ("X sagte, ...", "..., so X", "laut X", "according to X", "X said that
//      ...") and reported speech acts (indirect_speech.cpp);
//   4. sentences in Konjunktiv right after a statement continue it
//      (free indirect speech), and direct quotes without a frame continue the
//      speaker before them (quotes.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "document/document.hpp"

namespace quelle {

namespace model {
class LinearModel;
}

struct QuoteCandidate {
  QuoteType type = QuoteType::Direct;
  std::vector<Span> spans;
  std::optional<Span> cue;
  std::optional<Span> speaker;  // the mention in the frame, if any
  // No frame of its own: the speaker is that of the statement before it
  // (a follow-up quote, a Konjunktiv sentence continuing indirect speech).
  bool continues_previous = false;
  // For a continuation: the subject of the sentence right before it when
  // that sentence is no statement of its own ("Das Institut sieht keine
  // Gefahr. Lediglich Personen … seien zu schützen."); attribution prefers
  // it to the last speaker when it names a person or organization.
  std::optional<Span> context_subject;
  // A quoted fragment inside another candidate's content (mixed quote): it
  // shares that candidate's speaker. Index into the candidate list, or -1.
  int32_t parent = -1;
  [[nodiscard]] Span extent() const { return {spans.front().start, spans.back().end}; }
};

// Candidates sorted by start; every span lies inside doc.text. With a
// learned cue model (a language's quote model, cue_words.hpp), the words it
// accepts are speech verbs for the sieves too.
std::vector<QuoteCandidate> find_quotes(const Document& doc, const model::LinearModel* cue_words = nullptr);

}  // namespace quelle
