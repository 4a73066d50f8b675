// The C functions JavaScript calls (wasm/js/quelle.js). Deliberately thin:
// text comes in as UTF-8 (TextEncoder.encodeInto writes it faster than
// JavaScript can write UTF-16) and is decoded to UTF-16, JavaScript's own
// encoding, so offsets need no mapping; results go out as one JSON string in
// a reused buffer, and every failure is a status value, never an abort.
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "icu_data.hpp"
#include "quelle/quelle.hpp"
#include "report/report.hpp"

namespace {

quelle::ModelStore& models() {
  static quelle::ModelStore store;
  return store;
}

// The last result; JavaScript copies it out before the next call.
std::string& result() {
  static std::string buffer;
  return buffer;
}

int set_error(const quelle::Error& error) {
  result() = quelle::error_json_string(error);
  return 1;
}

// Flags for quelle_analyze, mirrored in quelle.js.
constexpr int kNoEntities = 1;
constexpr int kNoQuotes = 2;
constexpr int kKeep = 4;  // keep the analysis for quelle_article_summary

// The last analysis made with kKeep: the corpus mode summarises it without
// parsing its JSON again (core/report/).
std::optional<quelle::Analysis>& kept() {
  static std::optional<quelle::Analysis> analysis;
  return analysis;
}

// The corpus the page's report worker adds article summaries to.
quelle::report::Corpus& corpus() {
  static quelle::report::Corpus c;
  return c;
}

// Untrusted strings are in the JSON: invalid UTF-8 is replaced, never an abort.
std::string dump(const quelle::report::json& j) {
  return j.dump(-1, ' ', false, quelle::report::json::error_handler_t::replace);
}

quelle::report::json parse(const char* utf8, uint32_t bytes) {
  return quelle::report::json::parse(std::string_view(utf8, bytes), nullptr, /*allow_exceptions=*/false);
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int quelle_init() { return quelle::wasm::register_icu_data() ? 0 : 1; }

// Status 0: result is the analysis JSON; 1: result is {"code","message"}.
// `units` is the text's length in JavaScript: its UTF-16 form must have as
// many units, or no offset would be a string index.
EMSCRIPTEN_KEEPALIVE int quelle_analyze(const char* utf8, uint32_t bytes, uint32_t units, const char* language,
                                        int flags) {
  quelle::Options options;
  options.language = language != nullptr ? language : "";
  options.entities = (flags & kNoEntities) == 0;
  options.quotes = (flags & kNoQuotes) == 0;
  options.models = &models();
  auto analysis = quelle::analyze(std::string_view(utf8, bytes), options);
  if (!analysis) return set_error(analysis.error());
  if (analysis->text.size() != units) {
    return set_error({quelle::ErrorCode::Internal, "the text decoded to " + std::to_string(analysis->text.size()) +
                                                       " UTF-16 units, not " + std::to_string(units)});
  }
  result() = quelle::to_json_string(*analysis);
  if ((flags & kKeep) != 0) {
    kept() = std::move(*analysis);
  } else {
    kept().reset();
  }
  // Give back the capacity of a huge result so one 10 MB text does not pin memory.
  if (result().capacity() > (8u << 20) && result().size() < (1u << 20)) result().shrink_to_fit();
  return 0;
}

EMSCRIPTEN_KEEPALIVE int quelle_detect_language(const char* utf8, uint32_t bytes) {
  const auto guess = quelle::detect_language(std::string_view(utf8, bytes));
  if (!guess) return set_error(guess.error());
  result() = "{\"language\":\"" + guess->language +
             "\",\"confidence\":" + std::to_string(static_cast<int>(guess->confidence * 10000 + 0.5)) + "e-4}";
  return 0;
}

namespace {

// The status of a model load: 0 with "{}", or the error.
int load_status(const quelle::Expected<bool>& loaded) {
  if (!loaded) return set_error(loaded.error());
  result() = "{}";
  return 0;
}

}  // namespace

EMSCRIPTEN_KEEPALIVE int quelle_load_model(const char* language, const uint8_t* data, uint32_t size) {
  return load_status(models().load_ner(language != nullptr ? language : "", data, size));
}

EMSCRIPTEN_KEEPALIVE int quelle_has_model(const char* language) {
  return language != nullptr && models().has_ner(language) ? 1 : 0;
}

// The quote model of a language (models/quotes-xx.qqm: the trained speaker
// ranker, docs/quotes.md); without one the rules decide.
EMSCRIPTEN_KEEPALIVE int quelle_load_quote_model(const char* language, const uint8_t* data, uint32_t size) {
  return load_status(models().load_quotes(language != nullptr ? language : "", data, size));
}

EMSCRIPTEN_KEEPALIVE int quelle_has_quote_model(const char* language) {
  return language != nullptr && models().has_quotes(language) ? 1 : 0;
}

// The summary of the analysis kept by quelle_analyze (flag kKeep) for the
// corpus report, with its quote rows. `meta` is {"id","outlet"?,"date"?}.
EMSCRIPTEN_KEEPALIVE int quelle_article_summary(const char* meta, uint32_t bytes) {
  if (!kept()) return set_error({quelle::ErrorCode::InvalidRequest, "no analysis kept to summarise"});
  const auto m = parse(meta, bytes);
  if (!m.is_object()) return set_error({quelle::ErrorCode::InvalidRequest, "the article's meta is not an object"});
  quelle::report::ArticleMeta article{m.contains("id") ? m["id"] : quelle::report::json(nullptr)};
  for (auto [key, to] : {std::pair{"outlet", &article.outlet}, {"date", &article.date}}) {
    const auto it = m.find(key);
    if (it != m.end() && it->is_string()) *to = it->get<std::string>();
  }
  result() = dump(quelle::report::to_json(quelle::report::summarize(*kept(), std::move(article)), true));
  kept().reset();
  return 0;
}

EMSCRIPTEN_KEEPALIVE void quelle_corpus_clear() { corpus().clear(); }

// Adds one article summary (quelle_article_summary's JSON, or
// {"id","error":{"code","message"}} for an article that could not be read).
EMSCRIPTEN_KEEPALIVE int quelle_corpus_add(const char* summary, uint32_t bytes) {
  auto s = quelle::report::summary_from_json(parse(summary, bytes));
  if (!s) return set_error(s.error());
  corpus().add(*s);
  result() = "{}";
  return 0;
}

// top_speakers 0: every speaker.
EMSCRIPTEN_KEEPALIVE int quelle_corpus_report(uint32_t top_entities, uint32_t top_speakers) {
  result() = dump(corpus().to_json(top_entities, top_speakers == 0 ? SIZE_MAX : top_speakers));
  return 0;
}

EMSCRIPTEN_KEEPALIVE const char* quelle_result_data() { return result().data(); }
EMSCRIPTEN_KEEPALIVE uint32_t quelle_result_size() { return static_cast<uint32_t>(result().size()); }
EMSCRIPTEN_KEEPALIVE const char* quelle_version() { return quelle::version(); }

// The language codes of quelle::kLanguages, space-separated, in its order:
// quelle.js reads its LANGUAGES from here rather than keep a copy.
EMSCRIPTEN_KEEPALIVE const char* quelle_languages() {
  static const std::string codes = [] {
    std::string joined;
    for (const char* code : quelle::kLanguages) {
      if (!joined.empty()) joined += ' ';
      joined += code;
    }
    return joined;
  }();
  return codes.c_str();
}
EMSCRIPTEN_KEEPALIVE uint32_t quelle_heap_size() { return static_cast<uint32_t>(emscripten_get_heap_size()); }

}  // extern "C"
