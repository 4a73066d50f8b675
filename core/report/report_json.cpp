// Summaries as JSON, and the analysis JSON read back (report.hpp). The wasm
// build has no exceptions: every value is type-checked before it is read,
// and a wrong one is an Error, never a throw.
#include <algorithm>

#include "normalize/utf.hpp"
#include "report/report.hpp"

namespace quelle::report {
namespace {

constexpr std::array<const char*, kQuoteTypeCount> kTypeNames = {"direct", "indirect", "mixed", "reported",
                                                                 "free_indirect"};

Error bad(const std::string& what) { return {ErrorCode::InvalidRequest, what}; }

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

uint64_t num(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number_unsigned() ? it->get<uint64_t>() : 0;
}

bool span_of(const json& j, Span& out) {
  if (!j.is_object()) return false;
  const auto s = j.find("start");
  const auto e = j.find("end");
  if (s == j.end() || e == j.end() || !s->is_number_unsigned() || !e->is_number_unsigned()) return false;
  out = {s->get<uint32_t>(), e->get<uint32_t>()};
  return out.start <= out.end;
}

// Writes a span's `text` into the text at its offsets: the analysis JSON
// does not carry the article, but every span summarize reads (quote pieces,
// speakers, cues) has its text, and these rebuild those places exactly.
bool place_text(std::u16string& text, const json& j, Span span) {
  auto utf16 = utf8_to_utf16(str(j, "text"));
  if (!utf16 || span.end > text.size() || utf16->size() != span.size()) return false;
  std::copy(utf16->begin(), utf16->end(), text.begin() + span.start);
  return true;
}

std::optional<EntityType> entity_type(const std::string& s) {
  for (auto t : {EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC})
    if (s == to_string(t)) return t;
  return std::nullopt;
}

std::optional<QuoteType> quote_type(const std::string& s) {
  for (size_t i = 0; i < kQuoteTypeCount; ++i)
    if (s == kTypeNames[i]) return static_cast<QuoteType>(i);
  return std::nullopt;
}

Gender gender_of(const std::string& s) {
  return s == "female" ? Gender::Female : s == "male" ? Gender::Male : Gender::Unknown;
}

Expected<Entity> entity_from_json(const json& j) {
  Entity e;
  const auto type = entity_type(str(j, "type"));
  if (!type) return bad("an entity without a known type");
  e.type = *type;
  e.id = static_cast<uint32_t>(num(j, "id"));
  e.name = str(j, "name");
  e.gender = gender_of(str(j, "gender"));
  const auto mentions = j.find("mentions");
  if (mentions != j.end() && mentions->is_array()) e.mentions.resize(mentions->size());
  return e;
}

Expected<Quote> quote_from_json(const json& j, std::u16string& text) {
  Quote q;
  const auto type = quote_type(str(j, "type"));
  Span whole;
  if (!type || !span_of(j, whole) || !place_text(text, j, whole)) return bad("a quote without type or text");
  q.type = *type;
  const auto spans = j.find("spans");
  if (spans != j.end() && spans->is_array())
    for (const json& s : *spans)
      if (Span span; span_of(s, span)) q.spans.push_back(span);
  if (q.spans.empty()) q.spans.push_back(whole);
  const auto speaker = j.find("speaker");
  if (speaker != j.end() && speaker->is_object()) {
    Speaker sp;
    if (!span_of(*speaker, sp.span) || !place_text(text, *speaker, sp.span)) return bad("a speaker without text");
    const auto entity = speaker->find("entity");
    if (entity != speaker->end() && entity->is_number_unsigned()) sp.entity = entity->get<uint32_t>();
    q.speaker = sp;
  }
  const auto cue = j.find("cue");
  if (cue != j.end() && cue->is_object()) {
    Span c;
    if (!span_of(*cue, c) || !place_text(text, *cue, c)) return bad("a cue without text");
    q.cue = c;
  }
  return q;
}

json voice_json(const VoiceCount& v) { return {{"quotes", v.quotes}, {"words", v.words}}; }

VoiceCount voice_from(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return {};
  return {num(*it, "quotes"), num(*it, "words")};
}

json meta_json(const ArticleMeta& m) {
  json out = {{"id", m.id}};
  if (!m.outlet.empty()) out["outlet"] = m.outlet;
  if (!m.date.empty()) out["date"] = m.date;
  return out;
}

}  // namespace

const char* quote_type_name(size_t i) { return kTypeNames[i]; }

Expected<Analysis> analysis_from_json(const json& j) {
  if (!j.is_object()) return bad("the analysis is not a JSON object");
  Analysis a;
  a.language = str(j, "language");
  const auto stats = j.find("stats");
  if (stats == j.end() || !stats->is_object()) return bad("the analysis has no stats");
  // The text is rebuilt at its full length: a length no analysis can have
  // (4 times the default input limit) is refused rather than allocated.
  const uint64_t characters = num(*stats, "characters");
  if (characters > (uint64_t{64} << 20)) return bad("the analysis claims more characters than any text has");
  a.text.assign(characters, u' ');
  const auto entities = j.find("entities");
  const auto quotes = j.find("quotes");
  if (entities == j.end() || !entities->is_array() || quotes == j.end() || !quotes->is_array())
    return bad("the analysis has no entities or quotes");
  for (const json& e : *entities) {
    auto entity = entity_from_json(e);
    if (!entity) return entity.error();
    a.entities.push_back(std::move(*entity));
  }
  for (const json& q : *quotes) {
    auto quote = quote_from_json(q, a.text);
    if (!quote) return quote.error();
    a.quotes.push_back(std::move(*quote));
  }
  return a;
}

Expected<ArticleSummary> summarize_record(std::string_view line) {
  const json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!record.is_object()) return bad("the line is not a JSON object");
  ArticleMeta meta{record.contains("id") ? record["id"] : json(nullptr), str(record, "outlet"), str(record, "date")};
  const auto error = record.find("error");
  if (error != record.end() && error->is_object())
    return failed_article(std::move(meta), str(*error, "code"), str(*error, "message"));
  const auto analysis = record.find("analysis");
  if (analysis == record.end()) return bad("the line has neither \"analysis\" nor \"error\"");
  auto a = analysis_from_json(*analysis);
  if (!a) return a.error();
  return summarize(*a, std::move(meta));
}

json to_json(const ArticleSummary& s, bool with_quotes) {
  json out = meta_json(s.meta);
  if (s.failed) {
    out["error"] = {{"code", s.error_code}, {"message", s.error_message}};
    return out;
  }
  out["language"] = s.language;
  out["characters"] = s.characters;
  out["quotes"] = s.quotes;
  out["quotedWords"] = s.quoted_words;
  json types = json::object();
  for (size_t i = 0; i < kQuoteTypeCount; ++i) types[kTypeNames[i]] = s.types[i];
  out["types"] = types;
  json speakers = json::array();
  for (const auto& sp : s.speakers)
    speakers.push_back({{"name", sp.name},
                        {"type", sp.type},
                        {"gender", sp.gender},
                        {"quotes", sp.quotes},
                        {"words", sp.words},
                        {"direct", sp.direct},
                        {"other", sp.other}});
  out["speakers"] = speakers;
  out["unattributed"] = voice_json(s.unattributed);
  json entities = json::array();
  for (const auto& e : s.entities) entities.push_back({{"name", e.name}, {"type", e.type}, {"mentions", e.mentions}});
  out["entities"] = entities;
  out["gender"] = {{"female", voice_json(s.gender.female)},
                   {"male", voice_json(s.gender.male)},
                   {"unknown", voice_json(s.gender.unknown)},
                   {"persons", voice_json(s.gender.persons)},
                   {"others", voice_json(s.gender.others)}};
  if (!with_quotes) return out;
  json rows = json::array();
  for (const auto& r : s.quote_rows)
    rows.push_back({{"speaker", r.speaker},
                    {"speakerType", r.speaker_type},
                    {"gender", r.gender},
                    {"type", r.type},
                    {"cue", r.cue},
                    {"text", r.text},
                    {"start", r.start},
                    {"end", r.end}});
  out["quoteRows"] = rows;
  return out;
}

Expected<ArticleSummary> summary_from_json(const json& j) {
  if (!j.is_object()) return bad("the summary is not a JSON object");
  ArticleMeta meta{j.contains("id") ? j["id"] : json(nullptr), str(j, "outlet"), str(j, "date")};
  const auto error = j.find("error");
  if (error != j.end() && error->is_object())
    return failed_article(std::move(meta), str(*error, "code"), str(*error, "message"));
  ArticleSummary s;
  s.meta = std::move(meta);
  s.language = str(j, "language");
  s.characters = num(j, "characters");
  s.quotes = num(j, "quotes");
  s.quoted_words = num(j, "quotedWords");
  const auto types = j.find("types");
  if (types != j.end() && types->is_object())
    for (size_t i = 0; i < kQuoteTypeCount; ++i) s.types[i] = num(*types, kTypeNames[i]);
  const auto speakers = j.find("speakers");
  if (speakers != j.end() && speakers->is_array())
    for (const json& sp : *speakers)
      s.speakers.push_back({str(sp, "name"), str(sp, "type"), str(sp, "gender"), num(sp, "quotes"), num(sp, "words"),
                            num(sp, "direct"), num(sp, "other")});
  s.unattributed = voice_from(j, "unattributed");
  const auto entities = j.find("entities");
  if (entities != j.end() && entities->is_array())
    for (const json& e : *entities) s.entities.push_back({str(e, "name"), str(e, "type"), num(e, "mentions")});
  const auto gender = j.find("gender");
  if (gender != j.end() && gender->is_object()) {
    s.gender = {voice_from(*gender, "female"), voice_from(*gender, "male"), voice_from(*gender, "unknown"),
                voice_from(*gender, "persons"), voice_from(*gender, "others")};
  }
  const auto rows = j.find("quoteRows");
  if (rows != j.end() && rows->is_array())
    for (const json& r : *rows)
      s.quote_rows.push_back({str(r, "speaker"), str(r, "speakerType"), str(r, "gender"), str(r, "type"), str(r, "cue"),
                              str(r, "text"), static_cast<uint32_t>(num(r, "start")),
                              static_cast<uint32_t>(num(r, "end"))});
  return s;
}

}  // namespace quelle::report
