#include "entities/ner_model.hpp"
#include "quelle/quelle.hpp"

namespace quelle {

ModelStore::ModelStore() = default;
ModelStore::~ModelStore() = default;

Expected<bool> ModelStore::load_ner(std::string_view language, const uint8_t* data, size_t size) {
  if (!is_supported_language(language)) {
    return Error{ErrorCode::UnsupportedLanguage, "no such language: '" + std::string(language) + "'"};
  }
  auto model = ner::Model::parse(data, size);
  if (!model) return model.error();
  ner_[std::string(language)] = std::move(*model);
  return true;
}

const ner::Model* ModelStore::ner(std::string_view language) const {
  auto it = ner_.find(language);
  return it == ner_.end() ? nullptr : it->second.get();
}

}  // namespace quelle
