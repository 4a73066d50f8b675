#include "entities/ner_model.hpp"

namespace quelle::ner {

Expected<std::unique_ptr<Model>> Model::parse(const uint8_t* /*data*/, size_t /*size*/) {
  return Error{ErrorCode::InvalidModel, "NER models are not supported by this build yet"};
}

}  // namespace quelle::ner
