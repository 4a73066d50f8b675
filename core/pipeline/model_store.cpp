#include "entities/ner_model.hpp"
#include "quelle/quelle.hpp"

namespace quelle {

ModelStore::ModelStore() = default;
ModelStore::~ModelStore() = default;

Expected<bool> ModelStore::load_ner(std::string_view language, const uint8_t* data, size_t size) {
  const std::optional<Language> lang = parse_language(language);
  if (!lang) return Error{ErrorCode::UnsupportedLanguage, "no such language: '" + std::string(language) + "'"};
  auto model = ner::Model::parse(data, size);
  if (!model) return model.error();
  ner_[index_of(*lang)] = std::move(*model);
  return true;
}

void ModelStore::set_loader(Loader loader, LoadError on_error) {
  loader_ = std::move(loader);
  on_error_ = std::move(on_error);
  tried_ = {};
}

bool ModelStore::has_ner(std::string_view language) const {
  const std::optional<Language> lang = parse_language(language);
  return lang && ner(*lang) != nullptr;
}

const ner::Model* ModelStore::ner(Language language) const {
  if (language == Language::Und) return nullptr;
  const size_t i = index_of(language);
  if (ner_[i] || !loader_ || tried_[i]) return ner_[i].get();
  tried_[i] = true;
  const char* code = language_code(language);
  const auto bytes = loader_(code);
  if (!bytes) return nullptr;
  auto model = ner::Model::parse(bytes->data(), bytes->size());
  if (!model) {
    if (on_error_) on_error_(code, model.error());
    return nullptr;
  }
  return (ner_[i] = std::move(*model)).get();
}

}  // namespace quelle
