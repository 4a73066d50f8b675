// Stage 6, attribution: resolves each quote's speaker to an entity (names,
// pronouns, role nouns, continuation of the previous speaker) and adds the
// pronoun and nominal mentions it used to the entities.
#pragma once

#include <vector>

#include "document/document.hpp"
#include "quotes/quotes.hpp"

namespace quelle::attribution {
class SpeakerChooser;
}

namespace quelle {

// With a chooser (the quote model's speaker ranker, speaker_options.hpp),
// the rules' speaker is one option among the phrases around the quote.
std::vector<Quote> attribute_quotes(const Document& doc, std::vector<QuoteCandidate> candidates,
                                    std::vector<Entity>& entities, attribution::SpeakerChooser* chooser = nullptr);

}  // namespace quelle
