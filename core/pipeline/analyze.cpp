// The pipeline: normalize -> segment -> language -> entities -> quotes ->
// attribution, each stage in its own folder. Serialization is separate
// (serialize/) so callers can keep the Analysis value.
#include <algorithm>

#include "attribution/attribution.hpp"
#include "attribution/speaker_options.hpp"
#include "document/document.hpp"
#include "entities/entities.hpp"
#include "gender/gender.hpp"
#include "language/language.hpp"
#include "normalize/normalize.hpp"
#include "normalize/utf.hpp"
#include "quelle/quelle.hpp"
#include "quotes/quote_model.hpp"
#include "quotes/quotes.hpp"
#include "segment/segment.hpp"

#ifndef QUELLE_VERSION
#define QUELLE_VERSION "0.0.0-dev"
#endif

namespace quelle {

const char* version() { return QUELLE_VERSION; }

namespace {

// The rule sieves' candidates, decided by the language's quote model when
// there is one. A model that failed to load is named in a warning, and the
// rules alone decide.
std::vector<QuoteCandidate> quote_candidates(const Document& doc, const ModelStore* models,
                                             const quotes::QuoteModel* model, Analysis& a) {
  std::vector<QuoteCandidate> rules = find_quotes(doc, model != nullptr ? model->cue_words() : nullptr);
  if (models == nullptr) return rules;
  if (model != nullptr) return model->decides_quotes() ? quotes::decide_quotes(doc, rules, *model) : rules;
  if (auto error = models->load_error(doc.language, ModelKind::Quotes)) {
    a.warnings.push_back({error_code_name(error->code), error->message + "; quotes found by the rules alone"});
  }
  return rules;
}

Expected<Analysis> run_pipeline(std::u16string text, const Options& options) {
  const std::optional<Language> given = parse_language(options.language);
  if (!options.language.empty() && !given) {
    return Error{ErrorCode::UnsupportedLanguage,
                 "unsupported language '" + options.language + "' (expected one of " + language_list() + ")"};
  }
  Analysis a;
  a.text = std::move(text);

  Document doc;
  doc.text = a.text;
  normalize(doc);
  segment(doc);

  if (given) {
    doc.language = *given;
    a.language_confidence = 1.0;
    a.language_given = true;
  } else {
    const LanguageGuess guess = identify_language(doc.lower);
    doc.language = guess.language;
    a.language_confidence = guess.confidence;
  }
  doc.rules_language = rules_language(doc);
  a.language = language_code(doc.language);

  if (options.entities) {
    const ner::Model* model = options.models != nullptr ? options.models->ner(doc.language) : nullptr;
    a.entities = recognize_entities(doc, model);
  }
  if (options.quotes) {
    const quotes::QuoteModel* model = options.models != nullptr ? options.models->quotes(doc.language) : nullptr;
    std::vector<QuoteCandidate> candidates = quote_candidates(doc, options.models, model, a);
    if (model != nullptr && model->speakers() != nullptr) {
      attribution::RankedSpeakers ranker(*model->speakers());
      a.quotes = attribute_quotes(doc, std::move(candidates), a.entities, &ranker);
    } else {
      a.quotes = attribute_quotes(doc, std::move(candidates), a.entities);
    }
  }
  finalize_entities(doc, a.entities);
  if (options.gender) gender::infer_genders(doc, a.quotes, a.entities);

  a.paragraphs = doc.paragraphs;
  a.sentences.reserve(doc.sentences.size());
  for (const SentenceInfo& s : doc.sentences) a.sentences.push_back(Sentence{s.span, s.paragraph});
  a.stats.utf16_length = static_cast<uint32_t>(a.text.size());
  a.stats.tokens = static_cast<uint32_t>(doc.tokens.size());
  a.stats.sentences = static_cast<uint32_t>(doc.sentences.size());
  a.stats.paragraphs = static_cast<uint32_t>(doc.paragraphs.size());
  return a;
}

Error too_large(size_t units, size_t limit) {
  return Error{ErrorCode::InputTooLarge, "input of " + std::to_string(units) +
                                             " UTF-16 code units exceeds the limit of " + std::to_string(limit)};
}

}  // namespace

Expected<Analysis> analyze(std::string_view utf8, const Options& options) {
  // A UTF-8 text has at least as many bytes as UTF-16 units; check before decoding
  // only what is surely too large, then exactly.
  if (utf8.size() > 4 * options.max_input_units) return too_large(utf8.size(), options.max_input_units);
  auto text = utf8_to_utf16(utf8);
  if (!text) return text.error();
  if (text->size() > options.max_input_units) return too_large(text->size(), options.max_input_units);
  return run_pipeline(std::move(*text), options);
}

LanguageResult detect_language(std::u16string_view utf16) {
  const LanguageGuess guess = identify_language(lower_shadow(utf16));
  return {language_code(guess.language), guess.confidence};
}

Expected<LanguageResult> detect_language(std::string_view utf8) {
  auto text = utf8_to_utf16(utf8);
  if (!text) return text.error();
  return detect_language(std::u16string_view(*text));
}

Expected<Analysis> analyze_utf16(std::u16string_view utf16, const Options& options) {
  if (utf16.size() > options.max_input_units) return too_large(utf16.size(), options.max_input_units);
  return run_pipeline(std::u16string(utf16), options);
}

}  // namespace quelle
