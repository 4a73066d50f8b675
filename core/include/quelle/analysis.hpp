// The result of analysing one text: the value every stage fills in and the
// serializer writes out. All spans are UTF-16 code-unit offsets into the
// input (JavaScript string indices), end exclusive.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace quelle {

inline constexpr int kSchemaVersion = 1;

// Half-open range [start, end) of UTF-16 code units.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  [[nodiscard]] uint32_t size() const { return end - start; }
  [[nodiscard]] bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Paragraph {
  Span span;
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;  // index into Analysis::paragraphs
};

enum class EntityType : uint8_t { PER, ORG, LOC, MISC };
enum class MentionKind : uint8_t { Name, Pronoun, Nominal, Part };

struct Mention {
  Span span;
  MentionKind kind = MentionKind::Name;
};

// What the article says about a person's gender (core/gender/, docs/models.md):
// inferred from pronouns, gendered role nouns, honorifics and first names in
// the text, never a statement about anyone's gender identity. Unknown when
// the text says nothing clear or contradicts itself.
enum class Gender : uint8_t { Unknown, Female, Male };
// The kind of word that decided a gender, strongest first.
enum class GenderBasis : uint8_t { Pronoun, Role, Honorific, Name };

struct GenderEvidence {
  Span span;  // the mention or word that decided it
  GenderBasis basis = GenderBasis::Name;
};

struct Entity {
  uint32_t id = 0;  // equals the index in Analysis::entities
  EntityType type = EntityType::MISC;
  std::string name;                // canonical form: the name mention with the most words (docs/schema.md), UTF-8
  std::vector<Mention> mentions;   // sorted by start
  std::vector<std::string> roles;  // "Vizepräsident von Alibaba", "CDU", ...
  double salience = 0.0;  // 0..1, higher = more central to the article (mentions and earliness, docs/schema.md)
  // Persons only (core/gender/): the gender the text gives and the word that
  // decided it (none when Unknown).
  Gender gender = Gender::Unknown;
  std::optional<GenderEvidence> gender_evidence;
};

enum class QuoteType : uint8_t { Direct, Indirect, Mixed, Reported, FreeIndirect };

// How the quoted words came: spoken, written, or thought (a belief or hope).
enum class Medium : uint8_t { Speech, Writing, Thought };

struct Speaker {
  std::optional<uint32_t> entity;  // id of the entity the mention refers to
  Span span;                       // the mention that names the speaker in the text
};

struct Quote {
  uint32_t id = 0;
  QuoteType type = QuoteType::Direct;
  std::vector<Span> spans;  // the pieces of the quote, in order; never empty
  std::optional<Speaker> speaker;
  std::optional<Span> cue;  // speech verb or preposition ("sagte", "laut")
  // The cue's other pieces, in text order: "mit" of "teilte … mit", "hatte"
  // of "hatte … gesagt"; empty for a cue of one piece.
  std::vector<Span> cue_parts;
  // Whom the words were said to ("der Zeitung", "AFP"), when the frame says.
  std::optional<Span> addressee;
  // Spoken, written or thought, when a frame word says ("schrieb", "in a
  // statement", "glaubt").
  std::optional<Medium> medium;
  [[nodiscard]] Span extent() const { return {spans.front().start, spans.back().end}; }
};

struct Stats {
  uint32_t utf16_length = 0;
  uint32_t tokens = 0;
  uint32_t sentences = 0;
  uint32_t paragraphs = 0;
};

// Something the analysis could not do as asked, while it still answered:
// e.g. a corrupt quote model, so that the rules alone decided.
struct Warning {
  std::string code;  // "invalid_model", ... (an ErrorCode name, docs/schema.md)
  std::string message;
};

struct Analysis {
  std::u16string text;   // the analysed text; every span indexes into it
  std::string language;  // ISO 639-1 code, or "und" when undetermined
  double language_confidence = 0.0;
  bool language_given = false;  // true when Options::language forced it
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  Stats stats;
  std::vector<Warning> warnings;
};

const char* to_string(EntityType);
const char* to_string(MentionKind);
const char* to_string(QuoteType);
const char* to_string(Medium);
const char* to_string(Gender);
const char* to_string(GenderBasis);

}  // namespace quelle
