// Shared by the libFuzzer targets: the invariants every caller of analyze()
// relies on (docs/schema.md), and the committed NER models, loaded lazily
// (only the languages a run asks for) the way the CLI loads them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quelle/quelle.hpp"

#ifndef QUELLE_FUZZ_MODEL_DIR
#define QUELLE_FUZZ_MODEL_DIR "models"
#endif

namespace quelle::fuzz {

// A broken invariant: says which (the crash report of an inlined check
// has no line) and aborts, which libFuzzer reports as a crash.
[[noreturn]] inline void fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, file, line);
  std::abort();
}
#define FUZZ_CHECK(cond) ((cond) ? void(0) : ::quelle::fuzz::fail(#cond, __FILE__, __LINE__))

// The committed models, NER and quotes (QUELLE_MODELS overrides the folder;
// a missing model only means no entities, or the quote rules alone, for
// that language).
inline const ModelStore& models() {
  static const ModelStore* store = [] {
    auto* s = new ModelStore();
    const char* env = std::getenv("QUELLE_MODELS");
    const std::string dir = env != nullptr && *env != '\0' ? env : QUELLE_FUZZ_MODEL_DIR;
    s->set_loader([dir](std::string_view lang, ModelKind kind) -> std::optional<std::vector<uint8_t>> {
      const std::string file =
          kind == ModelKind::Ner ? "/ner-" + std::string(lang) + ".qnm" : "/quotes-" + std::string(lang) + ".qqm";
      std::ifstream in(dir + file, std::ios::binary | std::ios::ate);
      if (!in) return std::nullopt;
      std::vector<uint8_t> bytes(static_cast<size_t>(in.tellg()));
      in.seekg(0);
      in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
      return bytes;
    });
    return s;
  }();
  return *store;
}

inline void check_span(const Analysis& a, Span s) { FUZZ_CHECK(s.start <= s.end && s.end <= a.text.size()); }

// What docs/schema.md promises of every analysis. With `parse_json`, the
// serialized form must also be JSON that a strict parser accepts.
inline void check_analysis(const Analysis& a, bool parse_json = false) {
  FUZZ_CHECK(a.stats.utf16_length == a.text.size());
  FUZZ_CHECK(a.stats.sentences == a.sentences.size() && a.stats.paragraphs == a.paragraphs.size());
  for (const auto& p : a.paragraphs) check_span(a, p.span);
  for (const auto& s : a.sentences) {
    check_span(a, s.span);
    FUZZ_CHECK(s.paragraph < a.paragraphs.size());
  }
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    FUZZ_CHECK(e.id == i);
    // Not checked: docs/schema.md says "sorted by first mention", which
    // holds for the NER entities, but attribution appends the speakers it
    // finds beyond them and adds resolved pronouns before a name (fuzzing
    // found this at once; see docs/fuzzing.md).
    for (size_t j = 0; j < e.mentions.size(); ++j) {
      check_span(a, e.mentions[j].span);
      if (j > 0) FUZZ_CHECK(e.mentions[j - 1].span.start <= e.mentions[j].span.start);
    }
  }
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    FUZZ_CHECK(q.id == i);
    FUZZ_CHECK(!q.spans.empty());
    for (size_t j = 0; j < q.spans.size(); ++j) {
      check_span(a, q.spans[j]);
      if (j > 0) FUZZ_CHECK(q.spans[j - 1].end <= q.spans[j].start);
    }
    if (i > 0) FUZZ_CHECK(a.quotes[i - 1].extent().start <= q.extent().start);
    if (q.speaker) {
      check_span(a, q.speaker->span);
      if (q.speaker->entity) FUZZ_CHECK(*q.speaker->entity < a.entities.size());
    }
    if (q.cue) check_span(a, *q.cue);
    FUZZ_CHECK(q.cue || q.cue_parts.empty());
    for (size_t j = 0; j < q.cue_parts.size(); ++j) {
      check_span(a, q.cue_parts[j]);
      FUZZ_CHECK(q.cue_parts[j].start < q.cue_parts[j].end);
      FUZZ_CHECK(q.cue_parts[j].end <= q.cue->start || q.cue_parts[j].start >= q.cue->end);
      if (j > 0) FUZZ_CHECK(q.cue_parts[j - 1].end <= q.cue_parts[j].start);
    }
  }
  const std::string json = to_json_string(a);
  FUZZ_CHECK(!json.empty());
  if (parse_json) FUZZ_CHECK(nlohmann::json::accept(json));
}

// The first byte of an input picks the language among the seven with equal
// odds; the four values past 7 * 36 pick none (nullopt: skip the input).
inline std::optional<std::string> pick_language(uint8_t b) {
  constexpr size_t kN = std::size(kLanguages);
  if (b >= 256 / kN * kN) return std::nullopt;
  return std::string(kLanguages[b % kN]);
}

// The forced-language targets' shared start: the first byte picks the
// language, the rest is the text, analysed with the NER models. Returns
// nullopt when there is nothing to check (no text, or invalid UTF-8, which
// must be refused as such).
struct ForcedRun {
  std::string_view text;
  Options options;
  Analysis analysis;
};
inline std::optional<ForcedRun> analyze_forced(const uint8_t* data, size_t size) {
  if (size == 0) return std::nullopt;
  const auto language = pick_language(data[0]);
  if (!language) return std::nullopt;
  ForcedRun run;
  run.text = std::string_view(reinterpret_cast<const char*>(data + 1), size - 1);
  run.options.language = *language;
  run.options.models = &models();
  auto a = analyze(run.text, run.options);
  if (!a) {
    FUZZ_CHECK(a.error().code == ErrorCode::InvalidUtf8);
    return std::nullopt;
  }
  run.analysis = std::move(*a);
  return run;
}

}  // namespace quelle::fuzz
