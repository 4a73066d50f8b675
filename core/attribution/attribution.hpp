// Stage 6, attribution: resolves each quote's speaker to an entity (names,
// pronouns, role nouns, continuation of the previous speaker) and adds the
// pronoun and nominal mentions it used to the entities.
#pragma once

#include <vector>

#include "document/document.hpp"
#include "quotes/quotes.hpp"

namespace quelle {

std::vector<Quote> attribute_quotes(const Document& doc, std::vector<QuoteCandidate> candidates,
                                    std::vector<Entity>& entities);

}  // namespace quelle
