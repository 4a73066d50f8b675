// The closed word lists of the attribution stage (lower-case forms), as
// named predicates: what trims an English speaker span, which speakers are
// passed on to the next quote, what a speaker mention is made of. The
// per-language word classes it also asks are the quote lexicon's
// (quotes/lexicon.hpp). Hand-written like the lexicons.
#pragma once

#include <string_view>

namespace quelle::attribution::words {

// --- Continuation (attribution.cpp) ---

// A speaker that only points elsewhere ("Demnach …", "Gerüchte, nach denen
// …", "…, who said"): right for its own quote, useless for the next one.
bool placeholder(std::u16string_view w);

// German indefinite articles that may open a context speaker ("Eine
// Sprecherin", "Einer der Zeugen"), unlike numbers and other determiners
// ("Zwei Agenten", "Dieser Mann", "Mehrere Zeugen").
bool singular_indefinite_de(std::u16string_view w);

// German demonstratives after "so" and a speech verb that name the speaker
// ("…, so schrieb diese in einer Stellungnahme, …").
bool pronoun_after_so_de(std::u16string_view w);

// --- English speaker boundaries (attribution.cpp, trim_english_speaker) ---

// A leading subordinator or focus word before the speaker: "though Trump",
// "Even Clinton".
bool leading_subordinator_en(std::u16string_view w);

// A word after a comma that opens an adverbial part, not an apposition:
// "Hillary Clinton, in her campaigning,", "X, however,", "X, speaking on
// condition of anonymity,".
bool aside_after_comma_en(std::u16string_view w);

// Words that open a relative clause or apposition inside the speaker span.
bool clause_opener_en(std::u16string_view w);

// Nouns after a name that make the pair a subject ("Rubio's campaign", "the
// Trump team"), so that a verb after them ends the speaker.
bool group_noun_en(std::u16string_view w);

// Verbs that a subject scan runs into after a name: "Trump doubled down on
// his", "Rubio's campaign released a statement".
bool verb_after_name_en(std::u16string_view w);

// --- Speaker shapes (speaker_shape.cpp) and antecedents (coreference.cpp) ---

// Particles inside a person's name ("Ursula von der Leyen", "Osama bin
// Laden"): the scanner's name particles (kNameParticleW) without "das".
bool name_particle(std::u16string_view w);

// Prepositions that end a speaker's head and are no role key ("Sprecher von
// Alibaba", "a spokeswoman for the ministry").
bool of_preposition(std::u16string_view w);

// Indefinite articles that make a speaker someone new ("ein Sprecher", "a
// spokeswoman", German "einer der Sprecher").
bool indefinite_speaker(std::u16string_view w);

// Plural pronouns of the seven languages ("sie", "they", "ils", "ellos",
// "loro", "eles", "zij", "we").
bool plural_pronoun(std::u16string_view w);

// Plural role nouns that the -s rule does not catch ("die Behörden", "die
// Ermittler", English "officials" before another word).
bool plural_role_noun(std::u16string_view w);

// Nouns of documents and media that speak ("der Bericht", "die Studie",
// "the report").
bool document_noun(std::u16string_view w);

// German bodies that speak, although their names end like abstract nouns:
// "Die Armeeleitung", "Die Hausverwaltung", "die Bundesregierung", "die
// Staatsanwaltschaft".
bool body_noun_de(std::u16string_view w);

// German abstract nouns by their ending ("Verschiebung", "Sicherheit",
// "Ergebnis"), which do not speak.
bool abstract_noun_de(std::u16string_view w);

// German heads of phrases that are no speakers although they look like
// nouns: "Die Zahl der Menschen", "Ende Mai", "Insbesondere".
bool not_a_speaker_de(std::u16string_view w);

// Words of a photo credit before a name ("Foto: Friso Gentsch").
bool credit_word(std::u16string_view w);

}  // namespace quelle::attribution::words
