// Quelle's public C++ API: analyze a news text, serialize the result.
//
// Example (tests/CMakeLists.txt compiles and runs the lines between BEGIN
// and END as the test `api_example`, with `bytes` holding models/ner-de.qnm
// and `utf8_text` a German sentence):
// BEGIN
//   quelle::ModelStore models;  // optional: NER models by language
//   if (auto loaded = models.load_ner("de", bytes.data(), bytes.size()); !loaded) {
//     std::cerr << loaded.error().message << "\n";
//   }
//   quelle::Options opt;
//   opt.models = &models;
//   auto result = quelle::analyze(utf8_text, opt);
//   if (result) std::cout << quelle::to_json_string(*result) << "\n";
//   else std::cerr << result.error().message << "\n";
// END
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quelle/analysis.hpp"
#include "quelle/languages.hpp"
#include "quelle/status.hpp"

namespace quelle {

namespace ner {
class Model;  // core/entities/ner_model.hpp
}
namespace quotes {
class QuoteModel;  // core/quotes/quote_model.hpp
}

// The two kinds of model file of a language: named entities
// (models/ner-xx.qnm) and quotes (models/quotes-xx.qqm).
enum class ModelKind : uint8_t { Ner, Quotes };

// Parsed models by language. Loading is explicit so that the browser can
// fetch only the models of the language it needs.
//
// Threads: one store may serve analyses on several threads at once (`quelle
// batch --jobs N` shares one): ner(), quotes(), load_error() and the loader
// they call take the store's lock, and a parsed model is only read. Call
// load_ner(), load_quotes() and set_loader() before the analyses start,
// since a model they replace may still be in use.
class ModelStore {
 public:
  ModelStore();
  ~ModelStore();
  ModelStore(const ModelStore&) = delete;
  ModelStore& operator=(const ModelStore&) = delete;

  // Parses a NER model file (models/ner-<lang>.qnm) for the language with
  // code `language`.
  Expected<bool> load_ner(std::string_view language, const uint8_t* data, size_t size);
  // The model of a language (null for none, and for Language::Und).
  [[nodiscard]] const ner::Model* ner(Language language) const;
  [[nodiscard]] bool has_ner(std::string_view language) const;

  // Parses a quote model file (models/quotes-<lang>.qqm); a model trained for
  // another language is refused. Without one, the quote rules alone decide.
  Expected<bool> load_quotes(std::string_view language, const uint8_t* data, size_t size);
  [[nodiscard]] const quotes::QuoteModel* quotes(Language language) const;
  [[nodiscard]] bool has_quotes(std::string_view language) const;
  // Why the last load of a language's model of this kind failed (through
  // load_* or the loader); nullopt when it did not. The analysis reports it
  // as a warning and goes on without that model.
  [[nodiscard]] std::optional<Error> load_error(Language language, ModelKind kind) const;

  // Optional: fetches a language's model file (by its code and kind) the
  // first time ner(language) or quotes(language) asks for it (the CLI reads
  // models/ner-xx.qnm and models/quotes-xx.qqm), so a run over German texts
  // never parses the other languages' models. Returns nullopt when there is
  // none; a corrupt file is reported to `on_error` and skipped. The loader
  // and `on_error` run under the store's lock, once per language and kind.
  using Loader = std::function<std::optional<std::vector<uint8_t>>(std::string_view language, ModelKind kind)>;
  using LoadError = std::function<void(std::string_view language, ModelKind kind, const Error&)>;
  void set_loader(Loader loader, LoadError on_error = {});

 private:
  // Loads a model of `kind` through the loader, once per language and kind.
  void fetch(Language language, ModelKind kind) const;
  Expected<bool> parse_into(Language language, ModelKind kind, const uint8_t* data, size_t size) const;

  mutable std::array<std::unique_ptr<ner::Model>, kLanguageCount> ner_;
  mutable std::array<std::unique_ptr<quotes::QuoteModel>, kLanguageCount> quotes_;
  mutable std::array<std::array<bool, 2>, kLanguageCount> tried_{};
  mutable std::array<std::array<std::optional<Error>, 2>, kLanguageCount> errors_;
  // Guards the four arrays above: the lazy loads write them from const
  // accessors, which analyses on several threads call. Taken a few times
  // per text, never per token, so it costs nothing measurable.
  mutable std::mutex mutex_;
  Loader loader_;
  LoadError on_error_;
};

struct Options {
  std::string language;  // "" = detect; else a code of kLanguages (quelle/languages.hpp)
  // Longest text accepted, in UTF-16 code units (JavaScript string length);
  // 16 Mi units hold any 10 MB news text. Longer input: ErrorCode::InputTooLarge.
  size_t max_input_units = 16u << 20;
  bool entities = true;  // run named-entity recognition
  bool quotes = true;    // run quote detection and attribution
  bool gender = true;    // infer each person's gender from the text (core/gender/)
  // NER models. Without a model for the text's language no names are
  // recognised: entities holds only the speakers attribution finds.
  const ModelStore* models = nullptr;
};

// Analyzes UTF-8 text. Invalid UTF-8 yields ErrorCode::InvalidUtf8.
Expected<Analysis> analyze(std::string_view utf8, const Options& options = {});
// Analyzes UTF-16 text as JavaScript holds it. Lone surrogates are read as
// U+FFFD for analysis; offsets stay those of the input.
Expected<Analysis> analyze_utf16(std::u16string_view utf16, const Options& options = {});

struct LanguageResult {
  std::string language;  // a code of kLanguages, or "und"
  double confidence = 0.0;
};
// Language identification alone (cheap): lets a caller fetch the right model
// before the full analysis.
LanguageResult detect_language(std::u16string_view utf16);
// The same for UTF-8 text; invalid UTF-8 yields ErrorCode::InvalidUtf8.
Expected<LanguageResult> detect_language(std::string_view utf8);

// JSON (schema version 1, docs/schema.md), compact, deterministic.
std::string to_json_string(const Analysis& analysis, bool pretty = false);
std::string error_json_string(const Error& error);

const char* version();

}  // namespace quelle
