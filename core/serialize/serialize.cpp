#include "serialize/serialize.hpp"

#include <algorithm>

#include "quelle/quelle.hpp"
#include "serialize/json_writer.hpp"

namespace quelle {

using json = nlohmann::ordered_json;

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::PER:
      return "PER";
    case EntityType::ORG:
      return "ORG";
    case EntityType::LOC:
      return "LOC";
    case EntityType::MISC:
      return "MISC";
  }
  return "MISC";
}

const char* to_string(MentionKind k) {
  switch (k) {
    case MentionKind::Name:
      return "name";
    case MentionKind::Pronoun:
      return "pronoun";
    case MentionKind::Nominal:
      return "nominal";
    case MentionKind::Part:
      return "part";
  }
  return "name";
}

const char* to_string(QuoteType t) {
  switch (t) {
    case QuoteType::Direct:
      return "direct";
    case QuoteType::Indirect:
      return "indirect";
    case QuoteType::Mixed:
      return "mixed";
    case QuoteType::Reported:
      return "reported";
    case QuoteType::FreeIndirect:
      return "free_indirect";
  }
  return "direct";
}

const char* to_string(Medium m) {
  switch (m) {
    case Medium::Speech:
      return "speech";
    case Medium::Writing:
      return "writing";
    case Medium::Thought:
      return "thought";
  }
  return "speech";
}

const char* to_string(Gender g) {
  switch (g) {
    case Gender::Female:
      return "female";
    case Gender::Male:
      return "male";
    case Gender::Unknown:
      return "unknown";
  }
  return "unknown";
}

const char* to_string(GenderBasis b) {
  switch (b) {
    case GenderBasis::Pronoun:
      return "pronoun";
    case GenderBasis::Role:
      return "role";
    case GenderBasis::Honorific:
      return "honorific";
    case GenderBasis::Name:
      return "name";
  }
  return "name";
}

const char* error_code_name(ErrorCode c) {
  switch (c) {
    case ErrorCode::InvalidUtf8:
      return "invalid_utf8";
    case ErrorCode::InputTooLarge:
      return "input_too_large";
    case ErrorCode::UnsupportedLanguage:
      return "unsupported_language";
    case ErrorCode::InvalidModel:
      return "invalid_model";
    case ErrorCode::InvalidRequest:
      return "invalid_request";
    case ErrorCode::Internal:
      return "internal";
  }
  return "internal";
}

// The pieces of an analysis, in the order of the schema (docs/schema.md).
// `text` is the analysed text: every span's "text" is its substring.
void write_span(JsonWriter& w, Span s) {
  w.member("start", s.start);
  w.member("end", s.end);
}

void write_text_span(JsonWriter& w, std::u16string_view text, Span s) {
  write_span(w, s);
  w.member("text", text.substr(s.start, s.size()));
}

void write_layout(JsonWriter& w, const Analysis& a) {
  w.key("paragraphs");
  w.begin_array();
  for (const Paragraph& p : a.paragraphs) {
    w.begin_object();
    write_span(w, p.span);
    w.end_object();
  }
  w.end_array();

  w.key("sentences");
  w.begin_array();
  for (const Sentence& s : a.sentences) {
    w.begin_object();
    write_span(w, s.span);
    w.member("paragraph", s.paragraph);
    w.end_object();
  }
  w.end_array();
}

void write_entity(JsonWriter& w, std::u16string_view text, const Entity& e) {
  w.begin_object();
  w.member("id", e.id);
  w.member("type", std::string_view(to_string(e.type)));
  w.member("name", std::string_view(e.name));
  w.key("mentions");
  w.begin_array();
  for (const Mention& m : e.mentions) {
    w.begin_object();
    write_text_span(w, text, m.span);
    w.member("kind", std::string_view(to_string(m.kind)));
    w.end_object();
  }
  w.end_array();
  w.key("roles");
  w.begin_array();
  for (const std::string& r : e.roles) w.value(std::string_view(r));
  w.end_array();
  w.key("salience");
  w.value_4dp(e.salience);
  // Added in 0.1 without a version bump (docs/schema.md): persons only.
  if (e.type == EntityType::PER) {
    w.member("gender", std::string_view(to_string(e.gender)));
    w.key("genderEvidence");
    if (e.gender_evidence) {
      w.begin_object();
      write_text_span(w, text, e.gender_evidence->span);
      w.member("basis", std::string_view(to_string(e.gender_evidence->basis)));
      w.end_object();
    } else {
      w.null();
    }
  }
  w.end_object();
}

// "spans": [{start, end}, …]
void write_spans(JsonWriter& w, const std::vector<Span>& spans) {
  w.key("spans");
  w.begin_array();
  for (const Span& s : spans) {
    w.begin_object();
    write_span(w, s);
    w.end_object();
  }
  w.end_array();
}

// A cue of several pieces also lists them all, in text order, as a quote
// does; its start, end and text stay those of the piece the rules found.
void write_cue_spans(JsonWriter& w, Span cue, const std::vector<Span>& parts) {
  std::vector<Span> all(parts);
  all.push_back(cue);
  std::sort(all.begin(), all.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  write_spans(w, all);
}

void write_quote(JsonWriter& w, std::u16string_view text, const Quote& q) {
  w.begin_object();
  w.member("id", q.id);
  w.member("type", std::string_view(to_string(q.type)));
  write_text_span(w, text, q.extent());
  write_spans(w, q.spans);
  w.key("speaker");
  if (q.speaker) {
    w.begin_object();
    w.key("entity");
    if (q.speaker->entity) {
      w.value(*q.speaker->entity);
    } else {
      w.null();
    }
    write_text_span(w, text, q.speaker->span);
    w.end_object();
  } else {
    w.null();
  }
  w.key("cue");
  if (q.cue) {
    w.begin_object();
    write_text_span(w, text, *q.cue);
    if (!q.cue_parts.empty()) write_cue_spans(w, *q.cue, q.cue_parts);
    w.end_object();
  } else {
    w.null();
  }
  // Written only when found: additive fields, absent rather than null.
  if (q.addressee) {
    w.key("addressee");
    w.begin_object();
    write_text_span(w, text, *q.addressee);
    w.end_object();
  }
  if (q.medium) w.member("medium", std::string_view(to_string(*q.medium)));
  w.end_object();
}

void write_stats(JsonWriter& w, const Analysis& a) {
  w.key("stats");
  w.begin_object();
  w.member("characters", a.stats.utf16_length);
  w.member("tokens", a.stats.tokens);
  w.member("sentences", a.stats.sentences);
  w.member("paragraphs", a.stats.paragraphs);
  w.member("entities", static_cast<uint64_t>(a.entities.size()));
  w.member("quotes", static_cast<uint64_t>(a.quotes.size()));
  w.end_object();
  // Only when there is something to say: an analysis without warnings is
  // written as it always was.
  if (!a.warnings.empty()) {
    w.key("warnings");
    w.begin_array();
    for (const Warning& warning : a.warnings) {
      w.begin_object();
      w.member("code", warning.code);
      w.member("message", warning.message);
      w.end_object();
    }
    w.end_array();
  }
}

void write_analysis(JsonWriter& w, const Analysis& a) {
  const std::u16string_view text(a.text);
  w.begin_object();
  w.member("version", static_cast<uint32_t>(kSchemaVersion));
  w.member("language", std::string_view(a.language));
  w.key("languageConfidence");
  w.value_4dp(a.language_confidence);
  w.member("languageGiven", a.language_given);
  write_layout(w, a);
  w.key("entities");
  w.begin_array();
  for (const Entity& e : a.entities) write_entity(w, text, e);
  w.end_array();
  w.key("quotes");
  w.begin_array();
  for (const Quote& q : a.quotes) write_quote(w, text, q);
  w.end_array();
  write_stats(w, a);
  w.end_object();
}

json error_to_json(const Error& e) {
  json j;
  j["code"] = error_code_name(e.code);
  j["message"] = e.message;
  return j;
}

std::string to_json_string(const Analysis& analysis, bool pretty) {
  std::string out;
  // About 40 bytes per sentence and 120 per mention or quote: one allocation
  // for most texts.
  out.reserve(256 + analysis.sentences.size() * 48 + analysis.quotes.size() * 160 + analysis.entities.size() * 200);
  JsonWriter w(out);
  write_analysis(w, analysis);
  if (!pretty) return out;
  // Indented output is for people reading one analysis: the tree is fine here.
  return nlohmann::ordered_json::parse(out).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string error_json_string(const Error& error) {
  return error_to_json(error).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace quelle
