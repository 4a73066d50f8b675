// Stage 4, entities: named entities, each grouped with all its mentions.
#pragma once

#include <vector>

#include "document/document.hpp"
#include "entities/ner_model.hpp"

namespace quelle {

// `model` may be null (no model for the language): then no names are
// recognised and the result is empty (attribution may still add the speakers
// it finds as entities).
std::vector<Entity> recognize_entities(const Document& doc, const ner::Model* model);

}  // namespace quelle
