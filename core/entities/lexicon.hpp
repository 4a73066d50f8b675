// The word lists of the entities stage, each behind a named predicate: the
// logic files (entities.cpp, ner_features.cpp) hold no words. The lists are
// hand-written and hold lower-case forms.
//   lexicon_entities.cpp: source cues, role links;
//   lexicon_roles.cpp: role nouns per language.
#pragma once

#include <cstdint>
#include <string_view>

#include "quelle/languages.hpp"

namespace quelle {

// Speech verbs and source prepositions of every language after which a
// capitalised word is a name ("sagte Yu", "said Smith", "selon Dupont").
bool is_source_cue(std::u16string_view lower);

// Words joining a role to its organisation ("von", "of", "de"), which may
// open an apposition without being its role.
bool is_role_link(std::u16string_view lower);

// Whether the lower-case word is a role noun in `language` (never for Und).
// German and Dutch compounds match by their last part ("Bundeskanzlerin",
// "Alibaba-Gründer").
bool is_role_noun(std::u16string_view lower, Language language);

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
