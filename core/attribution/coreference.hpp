// Resolving a speaker mention to an entity of the article: names join the
// entity with the same surname ("Yu" -> Ethan Yu), pronouns take the most
// recent compatible person or organization, role descriptions take the
// entity introduced with that role or organization ("der Alibaba-Manager" ->
// "Ethan Yu, Vizepräsident von Alibaba"). Entities the NER stage did not
// find are created, so attribution works when `entities` is empty.
#pragma once

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attribution/speaker_shape.hpp"
#include "document/document.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::attribution {

class Resolver {
 public:
  Resolver(const Document& doc, const quotes::Lexicon& lx, std::vector<Entity>& entities);

  // The entity the speaker mention refers to (created when needed); the
  // mention is added to it with its kind.
  std::optional<uint32_t> resolve(Span speaker);

  // Whether a name the NER stage found (a person or organization) lies in
  // the span.
  [[nodiscard]] bool has_ner_name(Span s) const;

 private:
  struct Antecedent {
    Span span;            // the name (or mention) in the text
    Span role;            // title or apposition, may be empty
    int32_t entity = -1;  // entity id once known
    bool org = false;
    bool plural = false;                    // a group speaker ("die Behörden", "they")
    Gender gender = Gender::Unknown;        // from its role words or first name (gender_of)
    std::vector<std::u16string_view> keys;  // role keys
  };

  // Fills static_ and by_surname_ once, before the first resolve() or
  // has_ner_name() (const: a cache of what the document holds).
  void collect_antecedents() const;
  void find_name_candidates() const;
  [[nodiscard]] Span title_before(uint32_t b) const;
  [[nodiscard]] Span apposition_after(uint32_t j) const;
  void set_roles(Antecedent& a, Span title, uint32_t j) const;
  // What the text says of a person antecedent's gender: a gendered role word
  // of its title, apposition or name ("Bundeskanzlerin", "Mr."), else its
  // first name (core/gender's lists); Unknown for organisations, groups and
  // contradicting words.
  [[nodiscard]] Gender gender_of(const Antecedent& a) const;
  // The gender of the pronoun at `pos`: Unknown for one that may be plural.
  [[nodiscard]] Gender singular_pronoun_gender(uint32_t pos, const SpeakerShape& sh) const;
  uint32_t materialize(Antecedent& a, MentionKind kind);
  uint32_t new_entity(Span name, bool org, MentionKind kind, Span role);
  void add_mention(uint32_t entity, Span span, MentionKind kind);
  void add_role(uint32_t entity, Span role);
  void remember(uint32_t entity, Span span, const SpeakerShape& sh);
  [[nodiscard]] std::u16string_view surname(Span name) const;

  // Looks back from `pos` over both antecedent lists for the latest one
  // `accept` takes; returns a pointer into one of them or null.
  template <class F>
  Antecedent* latest_before(uint32_t pos, F accept);
  // The most salient antecedent `accept` takes in the pronoun's sentence
  // and the two before it (recency, subject, having spoken), or null.
  template <class F>
  Antecedent* salient_before(uint32_t pos, F accept);
  [[nodiscard]] uint32_t sentence_of(Span s) const;
  [[nodiscard]] bool opens_sentence(const Antecedent& a, const Antecedent* previous) const;

  const Document& doc_;
  const quotes::Lexicon& lx_;
  std::vector<Entity>& entities_;
  mutable bool collected_ = false;
  mutable std::vector<Antecedent> static_;  // names in the text (NER mentions, rule candidates), by start
  std::vector<Antecedent> recent_;          // resolved speakers, in text order
  mutable std::unordered_map<std::u16string_view, uint32_t> by_surname_;
  std::unordered_map<std::u16string_view, uint32_t> by_nominal_;
  size_t first_new_ = 0;  // entities from this index on were created here
};

}  // namespace quelle::attribution
