// Stage 4, entities: named entities, each grouped with all its mentions.
#pragma once

#include <vector>

#include "document/document.hpp"
#include "entities/ner_model.hpp"

namespace quelle {

// `model` may be null (no model for the language): then there are none
// (quote attribution may still create some). The entities are sorted by first mention, with
// ids; their names are provisional and their salience 0 until
// finalize_entities.
std::vector<Entity> recognize_entities(const Document& doc, const ner::Model* model);

// The last step of the pipeline (after quote attribution, which adds
// mentions and entities), for every entity alike:
//  - mentions sorted by start, then end, without duplicates; id = index;
//  - name: of its name mentions (tokens joined by single spaces; one that
//    overlaps a name mention added before it is left out, so the tagger's
//    reading of those words stands against a speaker phrase attribution
//    added), the one with the most words, then the most frequent, then the
//    longest, then the first; an entity without a name mention keeps the
//    name its stage gave it (a compound part, a role description);
//  - salience: 0.7 * mentions / the most mentions of any entity + 0.3 *
//    (1 - first mention's start / text length), rounded to 4 decimals.
void finalize_entities(const Document& doc, std::vector<Entity>& entities);
// Its rules on their own.
std::u16string canonical_name(const std::vector<std::u16string>& names);
double salience(size_t mentions, size_t most_mentions, uint32_t first_start, size_t text_length);

}  // namespace quelle
