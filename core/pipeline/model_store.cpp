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

void ModelStore::set_loader(Loader loader, LoadError on_error) {
  loader_ = std::move(loader);
  on_error_ = std::move(on_error);
  tried_.clear();
}

const ner::Model* ModelStore::ner(std::string_view language) const {
  if (auto it = ner_.find(language); it != ner_.end()) return it->second.get();
  if (!loader_ || !is_supported_language(language) || tried_.count(language) != 0) return nullptr;
  tried_.emplace(language);
  const auto bytes = loader_(language);
  if (!bytes) return nullptr;
  auto model = ner::Model::parse(bytes->data(), bytes->size());
  if (!model) {
    if (on_error_) on_error_(language, model.error());
    return nullptr;
  }
  return (ner_[std::string(language)] = std::move(*model)).get();
}

}  // namespace quelle
