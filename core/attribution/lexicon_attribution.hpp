// The closed word lists of the attribution stage (lower-case forms), as
// named predicates: what trims an English speaker span, which speakers are
// passed on to the next quote, what a speaker mention is made of. The
// per-language word classes it also asks are the quote lexicon's
// (quotes/lexicon.hpp). Hand-written like the lexicons.
#pragma once

#include <string_view>

#include "quotes/lexicon.hpp"
#include "quotes/word_tests.hpp"

namespace quelle::attribution::words {

using quotes::ends_in;
using quotes::one_of;

// --- Continuation (attribution.cpp) ---

// A speaker that only points elsewhere ("Demnach …", "Gerüchte, nach denen
// …", "…, who said"): right for its own quote, useless for the next one.
inline bool placeholder(std::u16string_view w) {
  return w == u"demnach" || w == u"danach" || w == u"denen" || w == u"welchem" || w == u"welcher" || w == u"welchen" ||
         w == u"who" || w == u"which";
}

// German indefinite articles that may open a context speaker ("Eine
// Sprecherin", "Einer der Zeugen"), unlike numbers and other determiners
// ("Zwei Agenten", "Dieser Mann", "Mehrere Zeugen").
inline bool singular_indefinite_de(std::u16string_view w) { return w == u"eine" || w == u"einer"; }

// German demonstratives after "so" and a speech verb that name the speaker
// ("…, so schrieb diese in einer Stellungnahme, …").
inline bool pronoun_after_so_de(std::u16string_view w) { return w == u"diese" || w == u"dieser"; }

// --- English speaker boundaries (attribution.cpp, trim_english_speaker) ---

// A leading subordinator or focus word before the speaker: "though Trump",
// "Even Clinton".
inline bool leading_subordinator_en(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"though", u"although", u"even", u"where", u"with",
                                                   u"while",  u"because",  u"when", u"if"};
  return one_of(kWords, w);
}

// A word after a comma that opens an adverbial part, not an apposition:
// "Hillary Clinton, in her campaigning,", "X, however,", "X, speaking on
// condition of anonymity,".
inline bool aside_after_comma_en(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"in",    u"for",    u"however", u"speaking", u"meanwhile",
                                                   u"after", u"though", u"too",     u"writing",  u"during",
                                                   u"at",    u"on",     u"also",    u"then"};
  return one_of(kWords, w);
}

// Words that open a relative clause or apposition inside the speaker span.
inline bool clause_opener_en(std::u16string_view w) {
  return w == u"who" || w == u"which" || w == u"that" || w == u"whose";
}

// Conjunctions before the subject of a second clause, which a pronoun may
// take up like a sentence's subject ("… while Brudziński wrote …. He …").
inline bool second_clause_opener(std::u16string_view w) {
  return w == u"while" || w == u"whereas" || w == u"but" || w == u"während" || w == u"aber" || w == u"doch" ||
         w == u"sondern";
}

// Nouns after a name that make the pair a subject ("Rubio's campaign", "the
// Trump team"), so that a verb after them ends the speaker.
inline bool group_noun_en(std::u16string_view w) { return w == u"campaign" || w == u"team"; }

// Verbs that a subject scan runs into after a name: "Trump doubled down on
// his", "Rubio's campaign released a statement".
inline bool verb_after_name_en(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"went",    u"issued",    u"released", u"spoke",   u"rallied",
                                                   u"doubled", u"responded", u"sent",     u"drew",    u"alluded",
                                                   u"reminds", u"took",      u"wrote",    u"offered", u"put"};
  return one_of(kWords, w);
}

// --- Speaker shapes (speaker_shape.cpp) and antecedents (coreference.cpp) ---

// Particles inside a person's name ("Ursula von der Leyen", "Osama bin
// Laden"): the scanner's name particles (kNameParticleW) without "das".
inline bool name_particle(std::u16string_view w) {
  return w == u"von" || w == u"van" || w == u"de" || w == u"der" || w == u"den" || w == u"da" || w == u"di" ||
         w == u"del" || w == u"della" || w == u"dos" || w == u"la" || w == u"le" || w == u"bin" || w == u"al" ||
         w == u"zu" || w == u"ter" || w == u"ten" || w == u"du";
}

// Prepositions that end a speaker's head and are no role key ("Sprecher von
// Alibaba", "a spokeswoman for the ministry").
inline bool of_preposition(std::u16string_view w) { return w == u"von" || w == u"for" || w == u"of" || w == u"at"; }

// Indefinite articles that make a speaker someone new ("ein Sprecher", "a
// spokeswoman", German "einer der Sprecher").
inline bool indefinite_speaker(std::u16string_view w) { return quotes::words::indefinite_article(w) || w == u"einer"; }

// Plural pronouns of the seven languages ("sie", "they", "ils", "ellos",
// "loro", "eles", "zij", "we").
inline bool plural_pronoun(std::u16string_view w) {
  return w == u"sie" || w == u"they" || w == u"ils" || w == u"elles" || w == u"ellos" || w == u"loro" || w == u"eles" ||
         w == u"zij" || w == u"ze" || w == u"we";
}

// Pronouns that are "she" or "they" by the verb's number.
inline bool she_or_they(std::u16string_view w) { return w == u"sie" || w == u"zij" || w == u"ze"; }

// German and Dutch finite verbs by number, next to "sie"/"zij": plural
// forms end in "-en" ("sagten", "haben", "zeiden"); singular ones in "-t"
// or "-te" ("sagt", "sagte", "hat", "zegt"), and the irregular "ist", "war",
// "zei", "is".
inline bool plural_verb(std::u16string_view w) {
  return (w.size() > 3 && w.ends_with(u"en")) || w == u"sind" || w == u"waren" || w == u"zijn";
}
inline bool singular_verb(std::u16string_view w) {
  return (w.size() > 2 && (w.ends_with(u"te") || w.ends_with(u"t"))) || w == u"war" || w == u"zei" || w == u"is";
}

// Plural role nouns that the -s rule does not catch ("die Behörden", "die
// Ermittler", English "officials" before another word).
inline bool plural_role_noun(std::u16string_view w) {
  return w == u"behörden" || w == u"officials" || w == u"ermittler";
}

// Nouns of documents and media that speak ("der Bericht", "die Studie",
// "the report").
inline bool document_noun(std::u16string_view w) {
  static constexpr std::u16string_view kNouns[] = {u"bericht",    u"berichten",
                                                   u"studie",     u"erklärung",
                                                   u"mitteilung", u"pressemitteilung",
                                                   u"meldung",    u"stellungnahme",
                                                   u"urteil",     u"gutachten",
                                                   u"umfrage",    u"untersuchung",
                                                   u"zeitung",    u"magazin",
                                                   u"agentur",    u"nachrichtenagentur",
                                                   u"sender",     u"blatt",
                                                   u"report",     u"statement",
                                                   u"study",      u"survey",
                                                   u"poll",       u"newspaper",
                                                   u"paper",      u"analysis",
                                                   u"memo",       u"letter",
                                                   u"brief",      u"schreiben",
                                                   u"antrag",     u"medien",
                                                   u"media",      u"zeitungen",
                                                   u"berichte",   u"studien",
                                                   u"umfragen"};
  return one_of(kNouns, w);
}

// German bodies that speak, although their names end like abstract nouns:
// "Die Armeeleitung", "Die Hausverwaltung", "die Bundesregierung", "die
// Staatsanwaltschaft".
inline bool body_noun_de(std::u16string_view w) {
  static constexpr std::u16string_view kEndings[] = {u"leitung",    u"verwaltung",   u"regierung",    u"führung",
                                                     u"stiftung",   u"vereinigung",  u"vertretung",   u"kommission",
                                                     u"delegation", u"organisation", u"fraktion",     u"redaktion",
                                                     u"direktion",  u"zeitung",      u"anwaltschaft", u"gewerkschaft"};
  return ends_in(kEndings, w);
}

// German abstract nouns by their ending ("Verschiebung", "Sicherheit",
// "Ergebnis"), which do not speak.
inline bool abstract_noun_de(std::u16string_view w) {
  static constexpr std::u16string_view kEndings[] = {u"ung",  u"ungen", u"ion", u"ionen", u"heit",
                                                     u"keit", u"tät",   u"nis", u"ismus", u"weiteren"};
  return ends_in(kEndings, w, 1);
}

// German heads of phrases that are no speakers although they look like
// nouns: "Die Zahl der Menschen", "Ende Mai", "Insbesondere".
inline bool not_a_speaker_de(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {
      u"zahl",   u"fall",  u"vorwurf", u"vorwürfe",     u"anklage",     u"anschlag",     u"ende",
      u"anfang", u"mitte", u"beginn",  u"insbesondere", u"gegenwärtig", u"spekulationen"};
  return one_of(kWords, w);
}

// Words of a photo credit before a name ("Foto: Friso Gentsch").
inline bool credit_word(std::u16string_view w) {
  return w == u"foto" || w == u"fotos" || w == u"photo" || w == u"bild" || w == u"quelle" || w == u"credit" ||
         w == u"image" || w == u"photos";
}

}  // namespace quelle::attribution::words
