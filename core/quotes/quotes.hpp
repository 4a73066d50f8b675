// Stage 5, quotes: direct, indirect, mixed and reported speech with their
// cues and the speaker mention the text names.
#pragma once

#include <optional>
#include <vector>

#include "document/document.hpp"

namespace quelle {

struct QuoteCandidate {
  QuoteType type = QuoteType::Direct;
  std::vector<Span> spans;
  std::optional<Span> cue;
  std::optional<Span> speaker;  // the mention in the frame, if any
};

std::vector<QuoteCandidate> find_quotes(const Document& doc);

}  // namespace quelle
