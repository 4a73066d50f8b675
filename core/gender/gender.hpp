// Stage 6b, gender: what the article says about each person's gender, from
// evidence in the text, strongest first (docs/models.md, "Gender"):
//   1. pronouns that attribution resolved to the person ("er", "she");
//   2. gendered role nouns and honorifics attached to a mention of the
//      person ("Bundeskanzlerin Angela Merkel", "Mr. Smith", "X, a
//      spokeswoman for …", "die Sprecherin" resolved to X);
//   3. only without those, a first-name list (first_names.inc), for names
//      it gives as one gender in the article's language (or, for a name it
//      lacks, in every other language that lists it).
// Contradicting evidence of one strength, or two first names of different
// genders, leave the person Unknown. It reads the entities after
// finalize_entities and the attributed quotes, and writes only
// Entity::gender and Entity::gender_evidence.
#pragma once

#include <string_view>
#include <vector>

#include "document/document.hpp"

namespace quelle::gender {

struct WordGender {
  Gender gender = Gender::Unknown;
  GenderBasis basis = GenderBasis::Role;
};

// A gendered role noun or honorific of the language (lexicon_gender.cpp):
// "bundeskanzlerin" (German and Dutch compounds by their last part, and
// German "-in" forms of a listed masculine role: "grünen-politikerin"),
// "spokeswoman", "mrs.", "ministra". Unknown for other words.
WordGender gendered_word(std::u16string_view lower, Language language);

// A role noun of both genders whose article decides ("la ministre", "der
// Vorsitzende").
bool article_role(std::u16string_view lower, Language language);
// The gender an article gives the role noun after it ("la" -> Female).
Gender article_gender(std::u16string_view lower, Language language);

// Words that may stand between a comma after a name and a role of its
// apposition: articles, possessives, a few adjectives ("X, the former
// spokeswoman"; "X, his wife").
bool apposition_filler(std::u16string_view lower, Language language);

// Articles and prepositions that join a role to what it is the role of
// ("des", "der", "von", "of", "the", "for").
bool joining_word(std::u16string_view lower);

// Titles of either gender that may stand between an honorific and a name
// ("Frau Dr. Weber").
bool neutral_title(std::u16string_view lower);

struct PronounGender {
  Gender gender = Gender::Unknown;
  bool also_plural = false;  // German "sie", Dutch "zij"/"ze": a person only with a singular verb
};
PronounGender pronoun_gender(std::u16string_view lower, Language language);

// The gender the first-name list gives a lower-case first name in
// `language`: its own list when it has the name, else the other lists'
// when all that have it agree. Unknown for names of both genders.
Gender first_name_gender(std::u16string_view lower, Language language);
// The part of a lower-case first word that the list is asked about: a
// double name by its first part ("hans-peter" -> "hans").
std::u16string_view first_name_part(std::u16string_view lower);
// The language whose first names apply: the detected one, else the rules'.
Language names_language(const Document& doc);

// Sets gender and gender_evidence of every person entity.
void infer_genders(const Document& doc, const std::vector<Quote>& quotes, std::vector<Entity>& entities);

}  // namespace quelle::gender
