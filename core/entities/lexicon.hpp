// The word lists of the entities stage, each behind a named predicate: the
// logic files (entities.cpp, ner_features.cpp) hold no words. The lists are
// hand-written and hold lower-case forms.
//   lexicon_entities.cpp: source cues, role links, split_words;
//   lexicon_roles.cpp: role nouns per language, which quote attribution
//   reads too (its speaker heads, quotes::kRoleNounW).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "quelle/languages.hpp"

namespace quelle {

// The words of a list written as one string, separated by spaces or line
// breaks ("sagte erklärte betonte"): how the word lists of the entities
// and the quote stages are written.
std::vector<std::u16string_view> split_words(std::u16string_view words);

// Speech verbs and source prepositions of every language after which a
// capitalised word is a name ("sagte Yu", "said Smith", "selon Dupont").
bool is_source_cue(std::u16string_view lower);

// Words joining a role to its organisation ("von", "of", "de"), which may
// open an apposition without being its role.
bool is_role_link(std::u16string_view lower);

// The role nouns of a language (lexicon_roles.cpp): one list for both stages
// that read role nouns, each entry saying which of them reads it. The groups
// were the two stages' own lists; the union of them changes analyses (the
// entities' roles in quote attribution: 32 of the output-snapshot's
// records; the speaker heads as entity roles: 485), so they stay apart where
// the stages disagree. Each is a space- or line-separated list of lower-case
// words, with static storage (the quote lexicon keeps views of them).
struct RoleNouns {
  // Person roles both stages read: the entities stage as a person's role
  // ("Sprecherin Anna Weber"), quote attribution as the head of a speaker
  // phrase ("die Sprecherin", quotes::kRoleNounW).
  std::u16string_view shared;
  // Only a person's role to the entities stage ("Papst", "king").
  std::u16string_view entity_roles;
  // Only the head of a speaker phrase to quote attribution: organisations,
  // groups, documents, plurals, occupations ("Polizei", "experts", "report").
  std::u16string_view speaker_heads;
};
// Not for Language::Und.
const RoleNouns& role_nouns(Language language);

// Whether the lower-case word is a person's role in `language` (shared and
// entity_roles; never for Und). German and Dutch compounds match by their
// last part ("Bundeskanzlerin", "Alibaba-Gründer").
bool is_role_noun(std::u16string_view lower, Language language);

// Whether the lower-case word is a person's role (is_role_noun) or, for a
// person's name (`person`), a group noun quote attribution reads as a
// speaker's head ("officials"): a name made of such words alone is none.
// (Not for other names: KIND tags "Governo" as an organisation.)
bool is_generic_noun(std::u16string_view lower, Language language, bool person);

// Whether a title before a person's name is no part of the name in the
// language's models ("Mayor Paweł Adamowicz" is "Paweł Adamowicz").
bool titles_apart(Language language);

// Whether the lower-case word is an article or determiner that may open a
// role ("a", "the", "der", "une"): "a fire service spokesman" is the role
// "fire service spokesman".
bool is_role_article(std::u16string_view lower);

// An apostrophe a possessive or genitive ending is written with.
inline bool is_apostrophe(char16_t c) { return c == u'\'' || c == u'\u2019'; }

// Length of a possessive ending ("Enron's" -> 2; one token for the
// segmenter), else 0. A name ends before it.
inline uint32_t possessive_length(std::u16string_view w) {
  return w.size() > 3 && (w.back() == u's' || w.back() == u'S') && is_apostrophe(w[w.size() - 2]) ? 2 : 0;
}

// Length of the genitive ending of a one-word name of three or more letters
// ("Chinas" -> 1, "Merkel's" -> 2; German, Dutch, English), else 0: without
// it, the name may be one mentioned elsewhere.
inline uint32_t genitive_length(std::u16string_view w) {
  if (w.size() < 3 || w.back() != u's') return 0;
  return w.size() > 3 && is_apostrophe(w[w.size() - 2]) ? 2 : 1;
}

}  // namespace quelle
