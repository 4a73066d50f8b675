// Corpus reports (issue #19): who is quoted across many articles. One
// implementation for every caller: `quelle report` (over `quelle batch`
// output) and the page's corpus mode (through wasm/exports.cpp) both go
// through these functions, so both give the same numbers.
//
// Two steps with a narrow interface:
//   1. summarize(analysis, meta) -> ArticleSummary: what one article adds
//      (speakers, quote types, quoted words, entities, share of voice by
//      gender), small enough that a page can keep 10,000 of them;
//   2. Corpus::add(summary) for each article, then Corpus::to_json(): the
//      corpus summary (docs/schema.md, "Corpus report").
// Summaries travel as JSON between the two (the page's workers), so they
// are written and read here as well.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "quelle/analysis.hpp"
#include "quelle/status.hpp"

namespace quelle::report {

using json = nlohmann::ordered_json;

// Quotes and quoted words of one class of speakers.
struct VoiceCount {
  uint64_t quotes = 0;
  uint64_t words = 0;
  friend bool operator==(const VoiceCount&, const VoiceCount&) = default;
};

// Share of voice by gender, defined as the page's genderShare (web/model.js):
// only quotes whose speaker is a person entity count by gender; quotes of
// organisations, unresolved speakers and none are summed in `others`.
struct GenderVoices {
  VoiceCount female, male, unknown, persons, others;
  friend bool operator==(const GenderVoices&, const GenderVoices&) = default;
};

// One speaker of one article (quotes grouped as the page groups them: by
// entity, else by the speaker's words).
struct SpeakerSummary {
  std::string name;    // the entity's name, else the speaker mention's text
  std::string type;    // PER ORG LOC MISC; "" for a speaker without entity
  std::string gender;  // persons: female male unknown; "" for the rest
  uint64_t quotes = 0, words = 0, direct = 0, other = 0;
  friend bool operator==(const SpeakerSummary&, const SpeakerSummary&) = default;
};

struct EntityCount {
  std::string name;
  std::string type;
  uint64_t mentions = 0;
  friend bool operator==(const EntityCount&, const EntityCount&) = default;
};

// One quote as the quotes CSV lists it (the page writes these out and does
// not keep them; the corpus ignores them).
struct QuoteRow {
  std::string speaker, speaker_type, gender, type, cue, text;
  uint32_t start = 0, end = 0;  // UTF-16 code units, the quote's extent
  friend bool operator==(const QuoteRow&, const QuoteRow&) = default;
};

inline constexpr size_t kQuoteTypeCount = 5;  // QuoteType's values, in its order
// "direct", "indirect", ... for i < kQuoteTypeCount, QuoteType's order.
const char* quote_type_name(size_t i);

// Where an article came from, as the input gives it.
struct ArticleMeta {
  json id = nullptr;   // any JSON value, echoed as `quelle batch` echoes it
  std::string outlet;  // "" when not given
  std::string date;    // "" when not given (kept as written)
  friend bool operator==(const ArticleMeta& a, const ArticleMeta& b) {
    return a.id == b.id && a.outlet == b.outlet && a.date == b.date;
  }
};

struct ArticleSummary {
  ArticleMeta meta;
  bool failed = false;  // the article could not be analysed (or read)
  std::string error_code, error_message;
  std::string language;
  uint64_t characters = 0;  // UTF-16 code units
  uint64_t quotes = 0, quoted_words = 0;
  std::array<uint64_t, kQuoteTypeCount> types{};
  std::vector<SpeakerSummary> speakers;  // most quoted words first
  VoiceCount unattributed;               // quotes without any speaker
  std::vector<EntityCount> entities;     // every entity with its mention count
  GenderVoices gender;
  std::vector<QuoteRow> quote_rows;
  friend bool operator==(const ArticleSummary&, const ArticleSummary&) = default;
};

// Words of a UTF-16 string: runs of letters and digits, joined across an
// apostrophe or hyphen (the page's countWords, web/model.js).
uint64_t count_words(std::u16string_view s);
// The key that merges speakers and entities across articles: lower case,
// one space between words, no punctuation at either end.
std::string normalized_name(std::string_view utf8);

ArticleSummary summarize(const Analysis& analysis, ArticleMeta meta);
ArticleSummary failed_article(ArticleMeta meta, std::string code, std::string message);

// One line of `quelle batch` output ({"id","analysis"} or {"id","error"},
// with "outlet" and "date" when the input had them) as a summary. The
// analysis JSON carries every span's text, which is all summarize reads.
Expected<ArticleSummary> summarize_record(std::string_view line);
// The analysis JSON (docs/schema.md) as the Analysis summarize reads.
Expected<Analysis> analysis_from_json(const json& analysis);

json to_json(const ArticleSummary& summary, bool with_quotes);
Expected<ArticleSummary> summary_from_json(const json& summary);

// The accumulator: add every article once, in any order; the report does
// not depend on the order (ties are broken by name).
class Corpus {
 public:
  void add(const ArticleSummary& article);
  void clear() { *this = Corpus{}; }
  [[nodiscard]] uint64_t articles() const { return articles_; }
  // top_entities: how many entities to list (most mentioned first);
  // top_speakers: how many speakers (most quoted words first; all by
  // default; the page's updates during a run ask for fewer).
  [[nodiscard]] json to_json(size_t top_entities = 25, size_t top_speakers = SIZE_MAX) const;

 private:
  struct Speaker {
    std::string type;
    std::map<std::string, uint64_t> names;  // spelling -> quotes, to show the commonest
    uint64_t quotes = 0, words = 0, direct = 0, other = 0, articles = 0;
    uint64_t female = 0, male = 0, unknown = 0;  // quotes by the gender each article gives
  };
  struct Entity {
    std::string type;
    std::map<std::string, uint64_t> names;  // spelling -> mentions
    uint64_t mentions = 0, articles = 0;
  };
  struct Bucket {
    uint64_t articles = 0, quotes = 0, words = 0;
  };
  uint64_t articles_ = 0, failed_ = 0, characters_ = 0, quotes_ = 0, quoted_words_ = 0;
  std::array<uint64_t, kQuoteTypeCount> types_{};
  VoiceCount unattributed_;
  GenderVoices gender_;
  std::map<std::string, Speaker> speakers_;  // key: type + '\t' + normalized name
  std::map<std::string, Entity> entities_;
  std::map<std::string, Bucket> outlets_, dates_, languages_;
  std::vector<json> errors_;  // {"id","code","message"}
};

}  // namespace quelle::report
