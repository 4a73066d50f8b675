// Word lists the quote sieves consult, one set per language. They are
// hand-written (no list is derived from the annotated corpora, which are
// non-commercial) and hold lower-case surface forms, so a look-up is one hash
// probe on the lower-case shadow of a token.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "document/document.hpp"

namespace quelle::quotes {

enum class Lang : uint8_t { De, En, Fr, It, Es, Nl, Pt };

using WordSet = std::unordered_set<std::u16string_view>;

struct Lexicon {
  Lang lang = Lang::De;
  // Finite (and participle) forms of verbs that introduce what someone said,
  // wrote or thinks: "sagte", "erklärte", "said", "a déclaré" (participle).
  WordSet speech_verbs;
  // Speech-act verbs that report THAT something was said without quoting the
  // content ("forderte ... ein", "kritisierte", "warnte vor"): sentences with
  // one of them and no content clause are reported speech.
  WordSet report_verbs;
  // Prepositions before the source: "laut", "gemäß", "selon", "según".
  WordSet source_preps;
  // Postpositions after the source: "zufolge".
  WordSet source_postps;
  // Verb forms that mark reported speech by themselves (German Konjunktiv I
  // and the unambiguous Konjunktiv II forms).
  WordSet subjunctive;
  // Subjunctive forms that also occur as plain conditional/past; they only
  // continue a speaker, never start a statement.
  WordSet weak_subjunctive;
  WordSet determiners;      // articles and possessives that open a noun phrase
  WordSet person_pronouns;  // er, sie, he, she, they
  WordSet subordinators;    // dass, that, ob, que, che
  // Words that end a speaker noun phrase when scanning it: prepositions of
  // time and place, adverbs, conjunctions, auxiliaries.
  WordSet np_stops;
  // Adverbs and auxiliaries that may sit between a subject and its speech
  // verb ("also", "later", "has"), not part of the speaker.
  WordSet pre_verb_adverbs;
  // Words (or word endings for compounds, see role_suffixes) naming a role:
  // "sprecher", "spokeswoman", "minister", "company".
  WordSet role_nouns;
  WordSet role_suffixes;
  // Titles before a name that are not part of the name itself.
  WordSet titles;
  // Words introducing a title or name in quotation marks, not a quote:
  // "sogenannte", "so-called", "titled".
  WordSet title_cues;
  // Organization words: a speaker ending in one is an ORG ("AG", "Ministerium").
  WordSet org_words;
};

const Lexicon& lexicon(Lang lang);

// The lexicon language for a document: its detected language when it is one
// of the seven, else a guess from function words of the text itself.
Lang document_lang(const Document& doc);

// Lexicon builders, one per file.
void fill_de(Lexicon& lx);
void fill_en(Lexicon& lx);
void fill_fr(Lexicon& lx);
void fill_it(Lexicon& lx);
void fill_es(Lexicon& lx);
void fill_nl(Lexicon& lx);
void fill_pt(Lexicon& lx);

// Adds a space-separated word list to a set; the literal must outlive the set
// (all lists are string literals with static storage).
void add_words(WordSet& set, std::u16string_view words);

}  // namespace quelle::quotes
