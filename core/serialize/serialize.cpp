#include "serialize/serialize.hpp"

#include <cmath>

#include "normalize/utf.hpp"
#include "quelle/quelle.hpp"

namespace quelle {
namespace {

using json = nlohmann::ordered_json;

json span_json(const Analysis& a, Span s, bool with_text) {
  json j;
  j["start"] = s.start;
  j["end"] = s.end;
  if (with_text) j["text"] = utf16_to_utf8(std::u16string_view(a.text).substr(s.start, s.size()));
  return j;
}

// Rounded to 4 decimals so that the printed value is the same everywhere.
double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

}  // namespace

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::PER: return "PER";
    case EntityType::ORG: return "ORG";
    case EntityType::LOC: return "LOC";
    case EntityType::MISC: return "MISC";
  }
  return "MISC";
}

const char* to_string(MentionKind k) {
  switch (k) {
    case MentionKind::Name: return "name";
    case MentionKind::Pronoun: return "pronoun";
    case MentionKind::Nominal: return "nominal";
    case MentionKind::Part: return "part";
  }
  return "name";
}

const char* to_string(QuoteType t) {
  switch (t) {
    case QuoteType::Direct: return "direct";
    case QuoteType::Indirect: return "indirect";
    case QuoteType::Mixed: return "mixed";
    case QuoteType::Reported: return "reported";
    case QuoteType::FreeIndirect: return "free_indirect";
  }
  return "direct";
}

const char* error_code_name(ErrorCode c) {
  switch (c) {
    case ErrorCode::InvalidUtf8: return "invalid_utf8";
    case ErrorCode::InputTooLarge: return "input_too_large";
    case ErrorCode::UnsupportedLanguage: return "unsupported_language";
    case ErrorCode::InvalidModel: return "invalid_model";
    case ErrorCode::InvalidRequest: return "invalid_request";
    case ErrorCode::Internal: return "internal";
  }
  return "internal";
}

json analysis_to_json(const Analysis& a) {
  json j;
  j["version"] = kSchemaVersion;
  j["language"] = a.language;
  j["languageConfidence"] = round4(a.language_confidence);
  j["languageGiven"] = a.language_given;

  json paragraphs = json::array();
  for (const Paragraph& p : a.paragraphs) paragraphs.push_back(span_json(a, p.span, false));
  j["paragraphs"] = std::move(paragraphs);

  json sentences = json::array();
  for (const Sentence& s : a.sentences) {
    json sj = span_json(a, s.span, false);
    sj["paragraph"] = s.paragraph;
    sentences.push_back(std::move(sj));
  }
  j["sentences"] = std::move(sentences);

  json entities = json::array();
  for (const Entity& e : a.entities) {
    json ej;
    ej["id"] = e.id;
    ej["type"] = to_string(e.type);
    ej["name"] = e.name;
    json mentions = json::array();
    for (const Mention& m : e.mentions) {
      json mj = span_json(a, m.span, true);
      mj["kind"] = to_string(m.kind);
      mentions.push_back(std::move(mj));
    }
    ej["mentions"] = std::move(mentions);
    ej["roles"] = e.roles;
    ej["salience"] = round4(e.salience);
    entities.push_back(std::move(ej));
  }
  j["entities"] = std::move(entities);

  json quotes = json::array();
  for (const Quote& q : a.quotes) {
    json qj;
    qj["id"] = q.id;
    qj["type"] = to_string(q.type);
    const Span ext = q.extent();
    qj["start"] = ext.start;
    qj["end"] = ext.end;
    qj["text"] = utf16_to_utf8(std::u16string_view(a.text).substr(ext.start, ext.size()));
    json spans = json::array();
    for (const Span& s : q.spans) spans.push_back(span_json(a, s, false));
    qj["spans"] = std::move(spans);
    if (q.speaker) {
      json sp;
      sp["entity"] = q.speaker->entity ? json(*q.speaker->entity) : json(nullptr);
      sp["start"] = q.speaker->span.start;
      sp["end"] = q.speaker->span.end;
      sp["text"] = utf16_to_utf8(std::u16string_view(a.text).substr(q.speaker->span.start, q.speaker->span.size()));
      qj["speaker"] = std::move(sp);
    } else {
      qj["speaker"] = nullptr;
    }
    qj["cue"] = q.cue ? span_json(a, *q.cue, true) : json(nullptr);
    quotes.push_back(std::move(qj));
  }
  j["quotes"] = std::move(quotes);

  json stats;
  stats["characters"] = a.stats.utf16_length;
  stats["tokens"] = a.stats.tokens;
  stats["sentences"] = a.stats.sentences;
  stats["paragraphs"] = a.stats.paragraphs;
  stats["entities"] = a.entities.size();
  stats["quotes"] = a.quotes.size();
  j["stats"] = std::move(stats);
  return j;
}

json error_to_json(const Error& e) {
  json j;
  j["code"] = error_code_name(e.code);
  j["message"] = e.message;
  return j;
}

std::string to_json_string(const Analysis& analysis, bool pretty) {
  // The replace handler never fires for text the core produced (always valid
  // UTF-8), but keeps a bug from becoming an exception.
  return analysis_to_json(analysis).dump(pretty ? 2 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string error_json_string(const Error& error) {
  return error_to_json(error).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace quelle
