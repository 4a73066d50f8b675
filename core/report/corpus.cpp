// Step 2 of a corpus report: the articles' summaries merged (report.hpp).
#include <algorithm>
#include <cmath>
#include <tuple>

#include "report/report.hpp"

namespace quelle::report {
namespace {

// Shares are rounded to six decimals so that the JSON reads the same
// whatever the order the articles were added in (sums of integers are
// exact; only the division is rounded).
double share(uint64_t part, uint64_t whole) {
  if (whole == 0) return 0.0;
  return std::round(static_cast<double>(part) / static_cast<double>(whole) * 1e6) / 1e6;
}

// The spelling with the most quotes (or mentions); ties: the first in byte order.
std::string commonest(const std::map<std::string, uint64_t>& names) {
  const std::string* best = nullptr;
  uint64_t most = 0;
  for (const auto& [name, n] : names) {
    if (best == nullptr || n > most) {
      best = &name;
      most = n;
    }
  }
  return best != nullptr ? *best : std::string();
}

// A speaker merged across articles has the gender the articles give it
// when they agree; "unknown" when none says or they disagree.
std::string merged_gender(uint64_t female, uint64_t male) {
  if (female > 0 && male == 0) return "female";
  if (male > 0 && female == 0) return "male";
  return "unknown";
}

json voice(const VoiceCount& v, uint64_t whole) {
  return {{"quotes", v.quotes}, {"words", v.words}, {"share", share(v.words, whole)}};
}

void add_voice(VoiceCount& to, const VoiceCount& v) {
  to.quotes += v.quotes;
  to.words += v.words;
}

template <class Bucket>
json buckets(const std::map<std::string, Bucket>& map, const char* key) {
  json out = json::array();
  for (const auto& [name, b] : map)
    out.push_back({{key, name}, {"articles", b.articles}, {"quotes", b.quotes}, {"words", b.words}});
  return out;
}

}  // namespace

void Corpus::add(const ArticleSummary& a) {
  articles_++;
  if (a.failed) {
    failed_++;
    errors_.push_back({{"id", a.meta.id}, {"code", a.error_code}, {"message", a.error_message}});
    return;
  }
  characters_ += a.characters;
  quotes_ += a.quotes;
  quoted_words_ += a.quoted_words;
  for (size_t i = 0; i < kQuoteTypeCount; ++i) types_[i] += a.types[i];
  add_voice(unattributed_, a.unattributed);
  for (auto [to, from] : {std::pair{&gender_.female, &a.gender.female},
                          {&gender_.male, &a.gender.male},
                          {&gender_.unknown, &a.gender.unknown},
                          {&gender_.persons, &a.gender.persons},
                          {&gender_.others, &a.gender.others}})
    add_voice(*to, *from);
  for (const SpeakerSummary& s : a.speakers) {
    Speaker& m = speakers_[s.type + '\t' + normalized_name(s.name)];
    m.type = s.type;
    m.names[s.name] += s.quotes;
    m.quotes += s.quotes;
    m.words += s.words;
    m.direct += s.direct;
    m.other += s.other;
    m.articles++;
    if (s.type == "PER") (s.gender == "female" ? m.female : s.gender == "male" ? m.male : m.unknown) += s.quotes;
  }
  for (const EntityCount& e : a.entities) {
    Entity& m = entities_[e.type + '\t' + normalized_name(e.name)];
    m.type = e.type;
    m.names[e.name] += e.mentions;
    m.mentions += e.mentions;
    m.articles++;
  }
  const std::pair<std::map<std::string, Bucket>*, const std::string*> keyed[] = {
      {&outlets_, &a.meta.outlet}, {&dates_, &a.meta.date}, {&languages_, &a.language}};
  for (auto [map, key] : keyed) {
    if (key->empty()) continue;
    Bucket& b = (*map)[*key];
    b.articles++;
    b.quotes += a.quotes;
    b.words += a.quoted_words;
  }
}

json Corpus::to_json(size_t top_entities, size_t top_speakers) const {
  json out = {{"version", 1},
              {"articles", articles_},
              {"analysed", articles_ - failed_},
              {"failed", failed_},
              {"characters", characters_},
              {"quotes", quotes_},
              {"quotedWords", quoted_words_}};
  json types = json::object();
  for (size_t i = 0; i < kQuoteTypeCount; ++i) types[quote_type_name(i)] = types_[i];
  out["types"] = types;
  out["gender"] = {{"female", voice(gender_.female, gender_.persons.words)},
                   {"male", voice(gender_.male, gender_.persons.words)},
                   {"unknown", voice(gender_.unknown, gender_.persons.words)},
                   {"persons", voice(gender_.persons, quoted_words_)},
                   {"others", voice(gender_.others, quoted_words_)}};
  out["unattributed"] = voice(unattributed_, quoted_words_);
  std::vector<json> speakers;
  for (const auto& [key, s] : speakers_) {
    speakers.push_back({{"name", commonest(s.names)},
                        {"type", s.type},
                        {"gender", s.type == "PER" ? merged_gender(s.female, s.male) : ""},
                        {"quotes", s.quotes},
                        {"words", s.words},
                        {"share", share(s.words, quoted_words_)},
                        {"direct", s.direct},
                        {"other", s.other},
                        {"articles", s.articles}});
  }
  std::stable_sort(speakers.begin(), speakers.end(), [](const json& a, const json& b) {
    if (a["words"] != b["words"]) return a["words"].get<uint64_t>() > b["words"].get<uint64_t>();
    return a["quotes"].get<uint64_t>() > b["quotes"].get<uint64_t>();
  });
  out["speakerCount"] = speakers.size();
  if (speakers.size() > top_speakers) speakers.resize(top_speakers);
  out["speakers"] = speakers;
  std::vector<json> entities;
  for (const auto& [key, e] : entities_)
    entities.push_back(
        {{"name", commonest(e.names)}, {"type", e.type}, {"mentions", e.mentions}, {"articles", e.articles}});
  std::stable_sort(entities.begin(), entities.end(), [](const json& a, const json& b) {
    return a["mentions"].get<uint64_t>() > b["mentions"].get<uint64_t>();
  });
  if (entities.size() > top_entities) entities.resize(top_entities);
  out["entities"] = entities;
  out["outlets"] = buckets(outlets_, "outlet");
  out["dates"] = buckets(dates_, "date");
  out["languages"] = buckets(languages_, "language");
  std::vector<json> errors = errors_;
  std::sort(errors.begin(), errors.end(), [](const json& a, const json& b) {
    return std::tuple(a["id"].dump(), a["code"].dump(), a["message"].dump()) <
           std::tuple(b["id"].dump(), b["code"].dump(), b["message"].dump());
  });
  out["errors"] = errors;
  return out;
}

}  // namespace quelle::report
