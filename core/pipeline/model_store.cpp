#include "entities/ner_model.hpp"
#include "quelle/quelle.hpp"
#include "quotes/quote_model.hpp"

namespace quelle {
namespace {

size_t kind_index(ModelKind kind) { return kind == ModelKind::Ner ? 0 : 1; }

Error no_such_language(std::string_view language) {
  return Error{ErrorCode::UnsupportedLanguage, "no such language: '" + std::string(language) + "'"};
}

}  // namespace

ModelStore::ModelStore() = default;
ModelStore::~ModelStore() = default;

// Const because the loader calls it through ner() and quotes(): the models
// are a cache of what the files hold. Called with mutex_ held.
Expected<bool> ModelStore::parse_into(Language lang, ModelKind kind, const uint8_t* data, size_t size) const {
  const size_t i = index_of(lang), k = kind_index(kind);
  errors_[i][k].reset();
  if (kind == ModelKind::Ner) {
    auto model = ner::Model::parse(data, size);
    if (!model) return *(errors_[i][k] = model.error());
    ner_[i] = std::move(*model);
  } else {
    auto model = quotes::QuoteModel::parse(data, size, lang);
    if (!model) return *(errors_[i][k] = model.error());
    quotes_[i] = std::move(*model);
  }
  return true;
}

Expected<bool> ModelStore::load_ner(std::string_view language, const uint8_t* data, size_t size) {
  const std::optional<Language> lang = parse_language(language);
  if (!lang) return no_such_language(language);
  const std::lock_guard lock(mutex_);
  return parse_into(*lang, ModelKind::Ner, data, size);
}

Expected<bool> ModelStore::load_quotes(std::string_view language, const uint8_t* data, size_t size) {
  const std::optional<Language> lang = parse_language(language);
  if (!lang) return no_such_language(language);
  const std::lock_guard lock(mutex_);
  return parse_into(*lang, ModelKind::Quotes, data, size);
}

void ModelStore::set_loader(Loader loader, LoadError on_error) {
  const std::lock_guard lock(mutex_);
  loader_ = std::move(loader);
  on_error_ = std::move(on_error);
  tried_ = {};
}

bool ModelStore::has_ner(std::string_view language) const {
  const std::optional<Language> lang = parse_language(language);
  return lang && ner(*lang) != nullptr;
}

bool ModelStore::has_quotes(std::string_view language) const {
  const std::optional<Language> lang = parse_language(language);
  return lang && quotes(*lang) != nullptr;
}

// Called with mutex_ held.
void ModelStore::fetch(Language language, ModelKind kind) const {
  const size_t i = index_of(language), k = kind_index(kind);
  if (!loader_ || tried_[i][k]) return;
  tried_[i][k] = true;
  const char* code = language_code(language);
  const auto bytes = loader_(code, kind);
  if (!bytes) return;
  const auto loaded = parse_into(language, kind, bytes->data(), bytes->size());
  if (!loaded && on_error_) on_error_(code, kind, loaded.error());
}

const ner::Model* ModelStore::ner(Language language) const {
  if (language == Language::Und) return nullptr;
  const std::lock_guard lock(mutex_);
  if (!ner_[index_of(language)]) fetch(language, ModelKind::Ner);
  return ner_[index_of(language)].get();
}

const quotes::QuoteModel* ModelStore::quotes(Language language) const {
  if (language == Language::Und) return nullptr;
  const std::lock_guard lock(mutex_);
  if (!quotes_[index_of(language)]) fetch(language, ModelKind::Quotes);
  return quotes_[index_of(language)].get();
}

std::optional<Error> ModelStore::load_error(Language language, ModelKind kind) const {
  if (language == Language::Und) return std::nullopt;
  const std::lock_guard lock(mutex_);
  return errors_[index_of(language)][kind_index(kind)];
}

}  // namespace quelle
