// Closed word lists the scanner's phrase finders and the sieves test tokens
// against (lower-case forms), as named predicates: small lists that one
// rule asks about, often across languages, where a WordClass bit of the
// per-language Lexicon would not say the same. The lists a sieve looks up
// per token in one language are WordClass bits (lexicon.hpp). Internal to
// core/quotes; each list is hand-written like the lexicons.
#pragma once

#include <string_view>

#include "document/document.hpp"
#include "quelle/languages.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::quotes::words {

// --- Every language (the rules test these whatever the text's language) ---

// Indefinite articles that open an apposition ("X, a spokesman for …",
// "X, ein Sprecher …", "X, un portavoz").
inline bool indefinite_article(std::u16string_view w) {
  return w == u"a" || w == u"an" || w == u"ein" || w == u"eine" || w == u"un" || w == u"une" || w == u"una" ||
         w == u"uno" || w == u"um" || w == u"uma" || w == u"een";
}

// Endings of inflected (German) adjectives: "neue", "afghanischen",
// "früherer", "jüngstes", "letztem".
inline bool adjective_ending(std::u16string_view w) {
  return w.ends_with(u"e") || w.ends_with(u"en") || w.ends_with(u"er") || w.ends_with(u"es") || w.ends_with(u"em");
}

// Prepositions that join an attribute to a speaker noun ("Vizepräsident von
// Alibaba", "a spokeswoman for the ministry", "Secretary of State"); "für"
// only in German.
inline bool attribute_preposition(Language lang, std::u16string_view w) {
  return w == u"von" || w == u"for" || w == u"of" || w == u"at" || w == u"de" || w == u"di" || w == u"van" ||
         (w == u"für" && lang == Language::De);
}

// "und" or "and" before a second speech verb ("Er sagte, … und fügte hinzu").
inline bool und_and(std::u16string_view w) { return w == u"und" || w == u"and"; }

// The language's "and" between two names or nouns of one subject ("Der
// frühere Bürgermeister und Justizsenator", "Die IADB und der MIF"): German
// and English only.
inline bool and_in(Language lang, std::u16string_view w) {
  return (lang == Language::De && w == u"und") || (lang == Language::En && w == u"and");
}

// Objects of "told" that are not its content: "told him", "told reporters";
// German dative pronouns.
inline bool addressee(std::u16string_view w) {
  return w == u"him" || w == u"her" || w == u"them" || w == u"me" || w == u"us" || w == u"reporters" ||
         w == u"journalists" || w == u"ihm" || w == u"ihr" || w == u"ihnen";
}

// English forms of "be" before a passive participle ("was told by").
inline bool passive_aux_en(std::u16string_view w) {
  return w == u"was" || w == u"were" || w == u"is" || w == u"are" || w == u"been" || w == u"being";
}

// English conjunctions of contrast that open a second speaker's clause
// ("… while Y wrote …").
inline bool contrast_en(std::u16string_view w) { return w == u"while" || w == u"whereas"; }

// German conjunctions after a comma that open a second speaker's clause:
// "…, doch UN-Sprecher X erklärte, …", "…, während die Polizei mitteilte, …".
inline bool contrast_de(std::u16string_view w) {
  return w == u"doch" || w == u"aber" || w == u"während" || w == u"jedoch" || w == u"sondern";
}

// Relative pronouns after a source preposition, which then stand for the
// source: "Gerüchte, nach denen …", "a report according to which …".
inline bool source_relative(std::u16string_view w) {
  return w == u"denen" || w == u"welchem" || w == u"welcher" || w == u"welchen" || w == u"which" || w == u"whom";
}

// --- German ---

inline bool auxiliary_de(std::u16string_view w) {
  return w == u"hat" || w == u"hatte" || w == u"haben" || w == u"hatten" || w == u"habe" || w == u"ist" ||
         w == u"war" || w == u"wurde" || w == u"wurden" || w == u"wird" || w == u"werden" || w == u"sei";
}

// Modal verbs, finite: "Das musste der Minister einräumen".
inline bool modal_de(std::u16string_view w) {
  static constexpr std::u16string_view kModals[] = {
      u"muss", u"musste", u"mussten", u"müssen", u"will",   u"wollte",  u"wollten", u"wollen",
      u"kann", u"konnte", u"konnten", u"können", u"soll",   u"sollte",  u"sollten", u"sollen",
      u"darf", u"durfte", u"durften", u"dürfen", u"möchte", u"möchten", u"mag",     u"mochte"};
  for (const auto m : kModals) {
    if (w == m) return true;
  }
  return false;
}

// Endings of German adjectives and adverbs ("offiziell", "sinngemäß",
// "relativierend", "lediglich", "möglicherweise"), which names rarely have.
inline bool adverb_form_de(std::u16string_view w) {
  static constexpr std::u16string_view kEndings[] = {u"lich", u"ig",      u"isch",  u"weise",   u"bar",
                                                     u"sam",  u"end",     u"ell",   u"gemäß",   u"mäßig",
                                                     u"haft", u"erdings", u"falls", u"besorgt", u"enttäuscht"};
  return ends_in(kEndings, w, 3) || w == u"besorgt" || w == u"enttäuscht" || w == u"erfreut" || w == u"verärgert" ||
         w == u"empört";
}

// Articles and possessives that are never nominative: a phrase they open
// is no subject.
inline bool object_article_de(std::u16string_view w) {
  return w == u"dem" || w == u"den" || w == u"einem" || w == u"einen" || w == u"diesem" || w == u"diesen" ||
         w == u"seinem" || w == u"seinen" || w == u"ihrem" || w == u"ihren" || w == u"jenem" || w == u"jenen";
}

// The articles among them (not the possessives and demonstratives): right
// after a finite verb they open its object, not its subject ("lobte den
// Plan mit den Worten: „…“").
inline bool object_article_short_de(std::u16string_view w) {
  return w == u"dem" || w == u"den" || w == u"einem" || w == u"einen";
}

// Object pronouns and "es" in the np_stop list: not adverbs.
inline bool reflexive_only_de(std::u16string_view w) {
  return w == u"sich" || w == u"ihm" || w == u"ihr" || w == u"ihnen" || w == u"uns" || w == u"es" || w == u"so" ||
         w == u"als" || w == u"wie" || w == u"da" || w == u"wenn" || w == u"nicht";
}

inline bool genitive(std::u16string_view w) {
  return w == u"des" || w == u"der" || w == u"eines" || w == u"einer" || w == u"seiner" || w == u"ihrer" ||
         w == u"seines" || w == u"ihres";
}

inline bool reflexive(std::u16string_view w) {
  return w == u"sich" || w == u"ihm" || w == u"ihr" || w == u"ihnen" || w == u"uns" || w == u"mir" || w == u"dazu" ||
         w == u"darauf" || w == u"dabei" || w == u"auch" || w == u"zudem" || w == u"außerdem" || w == u"weiter";
}

inline bool demonstrative(std::u16string_view w) {
  return w == u"dies" || w == u"das" || w == u"dieses" || w == u"es" || w == u"this" || w == u"that" || w == u"it" ||
         w == u"there" || w == u"so";
}

// The finite forms of "werden" that build the German passive ("wurde
// kritisiert"); with the participle "worden" for the perfect passive.
inline bool passive_aux_de(std::u16string_view w) {
  return w == u"wird" || w == u"wurde" || w == u"werden" || w == u"wurden";
}

// Any form of the passive auxiliary in a clause, the perfect's "worden"
// included ("ist … kritisiert worden").
inline bool passive_marker_de(std::u16string_view w) { return passive_aux_de(w) || w == u"worden"; }

// The finite auxiliary of a German perfect or pluperfect ("hatte gesagt").
inline bool perfect_aux_de(std::u16string_view w) {
  return w == u"hatte" || w == u"hatten" || w == u"hat" || w == u"haben" || w == u"habe" || w == u"hätte";
}

// The preposition of a passive agent or origin, "von" or fused "vom" ("von
// der Opposition kritisiert", "Theo Kitz vom Bankhaus").
inline bool von_de(std::u16string_view w) { return w == u"von" || w == u"vom"; }

// "heißt es" / "hieß es": an impersonal cue.
inline bool heissen_de(std::u16string_view w) { return w == u"heißt" || w == u"hieß"; }

// Prepositions fused with an article, kept in a source ("im Abschlussbericht").
inline bool fused_preposition_de(std::u16string_view w) {
  return w == u"im" || w == u"beim" || w == u"vom" || w == u"zum" || w == u"zur" || w == u"am";
}

// Prepositions of a place or employer after a speaker noun ("ein Sprecher
// in Berlin", "Theo Kitz vom Bankhaus Merck Finck", "X aus Hamburg").
inline bool place_preposition_de(std::u16string_view w) {
  return w == u"vom" || w == u"aus" || w == u"in" || w == u"im";
}

// Words that join two parts of one subject before the verb: places and
// employers ("Ein Regierungssprecher in Berlin", "Polzer vom LKA"),
// coordination ("Merkel sowie Stoiber") and "für".
inline bool np_joiner_de(std::u16string_view w) {
  return w == u"in" || w == u"im" || w == u"vom" || w == u"aus" || w == u"sowie" || w == u"und" || w == u"für";
}

// Prepositions inside an organization's name ("Ärzte ohne Grenzen",
// "Reporter gegen …").
inline bool name_preposition_de(std::u16string_view w) { return w == u"ohne" || w == u"für" || w == u"gegen"; }

// Relative pronouns that are not also articles ("Deiss, welcher …", "X,
// dessen Sprecher …"); the relative "der/die/das" the scans tell by context.
inline bool relative_only_de(std::u16string_view w) {
  return w == u"welche" || w == u"welcher" || w == u"dessen" || w == u"deren";
}

// Relative pronouns that are the subject of their clause ("Petra Lenz, die
// von einem „Desaster“ sprach").
inline bool relative_subject_de(std::u16string_view w) {
  return w == u"der" || w == u"die" || w == u"welcher" || w == u"welche";
}

// Genitive relatives that may stand between "nach" and its source noun
// ("nach dessen Angaben").
inline bool genitive_relative_de(std::u16string_view w) { return w == u"dessen" || w == u"deren"; }

// Relative adverbs that open a clause ("…, wo nach Angaben der Polizei …").
inline bool relative_adverb_de(std::u16string_view w) { return w == u"wo" || w == u"worauf"; }

// Pronouns that can be the object of the verb they follow ("nannte sie
// „fahrlässig“"), not only its subject.
inline bool object_or_subject_pronoun_de(std::u16string_view w) { return w == u"sie" || w == u"es"; }

// A demonstrative that stands for a person and can speak ("Dieser
// bestätigte", "Letztere sagte").
inline bool person_demonstrative_de(std::u16string_view w) {
  return w == u"dieser" || w == u"diese" || w == u"jener" || w == u"jene" || w == u"letzterer" || w == u"letztere";
}

// A demonstrative that takes up the sentence before as content ("Das gab
// Minister Stolpe bekannt.").
inline bool demonstrative_subject_de(std::u16string_view w) { return w == u"dies" || w == u"das" || w == u"dieses"; }

// The same after a comma, before the verb: "…, das teilte das Institut mit."
inline bool demonstrative_object_de(std::u16string_view w) { return w == u"das" || w == u"dies"; }

// Genitive adverbials after "des" ("Des Weiteren", "des Öfteren").
inline bool genitive_adverb_de(std::u16string_view w) { return w == u"weiteren" || w == u"öfteren"; }

// Focus adverbs before an inverted subject: "erklärten nur die Gefängnisse".
inline bool focus_adverb_de(std::u16string_view w) {
  return w == u"nur" || w == u"auch" || w == u"sogar" || w == u"lediglich" || w == u"selbst";
}

// Focus adverbs that open a sentence before its subject: "Auch der
// Sprecher, X, will …" (not "lediglich").
inline bool sentence_focus_adverb_de(std::u16string_view w) {
  return w == u"auch" || w == u"selbst" || w == u"sogar" || w == u"nur";
}

// Hearsay modals that report like a Konjunktiv ("Er soll … geholfen haben").
inline bool hearsay_de(std::u16string_view w) { return w == u"soll" || w == u"sollen"; }

// "zeigte sich zufrieden": the reflexive 'sich zeigen' that frames a quote.
inline bool zeigen_de(std::u16string_view w) { return w == u"zeigte" || w == u"zeigt" || w == u"zeigten"; }

// German verbs that frame a quoted phrase as an opinion of their subject:
// "Osterloh sieht einen „Angriff gegen die Belegschaft“", "X feierte die
// Absage als „großen Erfolg“".
inline bool opinion_verb_de(std::u16string_view w) {
  return w == u"sieht" || w == u"sah" || w == u"sehen" || w == u"sahen" || w == u"feierte" || w == u"feierten" ||
         w == u"feiert" || w == u"bat" || w == u"baten" || w == u"bittet";
}

// "zitieren": the medium that quotes is not the speaker.
inline bool zitieren_de(std::u16string_view w) {
  return w == u"zitiert" || w == u"zitierte" || w == u"zitierten" || w == u"zitieren";
}

// "gab … ab" is a speech act only with a noun of saying ("gab eine
// Erklärung ab", not "gab Schüsse ab").
inline bool geben_de(std::u16string_view w) { return w == u"gab" || w == u"gaben" || w == u"gibt"; }

// "Demnach …" (the previous sentence's report is the source) and "ein
// Bericht, wonach …" (the noun before the comma is).
inline bool source_adverb_de(std::u16string_view w) { return w == u"demnach" || w == u"wonach"; }

// Endings of German source nouns after "nach", for compounds:
// "Polizeiangaben", "Expertenmeinung", "Regierungsangaben".
inline bool source_compound_de(std::u16string_view w) {
  static constexpr std::u16string_view kEndings[] = {
      u"angaben", u"meinung",  u"informationen", u"berichten", u"aussagen",   u"erkenntnissen", u"schätzungen",
      u"studie",  u"umfrage",  u"mitteilung",    u"meldung",   u"meldungen",  u"ergebnis",      u"ergebnissen",
      u"bericht", u"prognose", u"entwurf",       u"wunsch",    u"quellenlage"};
  return ends_in(kEndings, w, 3);
}

// A noun of saying, or a compound ending in one: "eine Erklärung", "ein
// Statement", "die Regierungserklärung".
inline bool statement_noun_de(std::u16string_view w) {
  static constexpr std::u16string_view kNouns[] = {u"erklärung",   u"erklärungen", u"stellungnahme", u"kommentar",
                                                   u"statement",   u"prognose",    u"einschätzung",  u"empfehlung",
                                                   u"versprechen", u"garantie",    u"warnung",       u"bekenntnis",
                                                   u"votum",       u"urteil",      u"meinung",       u"schätzung"};
  return ends_in(kNouns, w);
}

// A noun of a view that one holds or states, or a compound ending in one:
// the object of "vertreten", "äußern", "teilen" ("Einige vertreten die
// Auffassung, …"), never the one who speaks.
inline bool opinion_noun_de(std::u16string_view w) {
  static constexpr std::u16string_view kNouns[] = {u"auffassung",  u"ansicht",    u"meinung",     u"these",
                                                   u"überzeugung", u"standpunkt", u"befürchtung", u"vermutung",
                                                   u"hoffnung",    u"erwartung",  u"sorge",       u"sorgen"};
  return ends_in(kNouns, w);
}

// --- English ---

// Auxiliaries, modals and "to" between an English subject and its verb.
inline bool verb_chain_en(std::u16string_view w) {
  return w == u"to" || w == u"is" || w == u"are" || w == u"was" || w == u"were" || w == u"has" || w == u"have" ||
         w == u"had" || w == u"will" || w == u"would" || w == u"could" || w == u"should" || w == u"can" ||
         w == u"may" || w == u"might" || w == u"must" || w == u"did" || w == u"does" || w == u"do" || w == u"be" ||
         w == u"been" || w == u"not" || w == u"also" || w == u"isn" || w == u"wasn" || w == u"didn" || w == u"doesn";
}

// Finite auxiliaries and modals after a phrase: it is then the subject of
// the content, not of the speech verb ("X, a salesman, said the debate was
// confusing").
inline bool finite_aux_en(std::u16string_view w) {
  return w == u"was" || w == u"is" || w == u"were" || w == u"are" || w == u"had" || w == u"has" || w == u"have" ||
         w == u"will" || w == u"would" || w == u"could" || w == u"can" || w == u"must" || w == u"should" ||
         w == u"may" || w == u"might" || w == u"did" || w == u"does" || w == u"do";
}

// The finite "be", "have" and "will" forms that make a phrase a clause ("In
// his tribute, Elliott said" is a phrase, "In 2016 he was" not).
inline bool clause_verb_en(std::u16string_view w) {
  return w == u"is" || w == u"are" || w == u"was" || w == u"were" || w == u"has" || w == u"have" || w == u"had" ||
         w == u"will" || w == u"would";
}

// The auxiliary of a passive with its agent: "It was announced by …".
inline bool passive_be_en(std::u16string_view w) { return w == u"was" || w == u"were" || w == u"been" || w == u"is"; }

// Endings of English participles and past forms ("declined", "refusing"),
// which do not open a noun phrase.
inline bool verb_ending_en(std::u16string_view w) { return w.ends_with(u"ed") || w.ends_with(u"ing"); }

// Words that open an English speaker phrase in lower case when a name or
// role follows ("said one former GOP aide", "said senior adviser X").
inline bool np_opener_en(std::u16string_view w) {
  return w == u"one" || w == u"another" || w == u"former" || w == u"senior" || w == u"top";
}

// Those of them that stand for a person by themselves ("one of the aides").
inline bool pronominal_en(std::u16string_view w) { return w == u"one" || w == u"another"; }

// Relative pronouns that are the subject of their clause ("Barkley, who said").
inline bool relative_en(std::u16string_view w) { return w == u"who" || w == u"which"; }

// A place or an aside before the name's comma: "Cory James, 22, of Flint,
// Mich., said", "Clinton, during a town hall in Columbus, Ohio, said".
inline bool aside_preposition_en(std::u16string_view w) {
  return w == u"of" || w == u"from" || w == u"in" || w == u"at" || w == u"on" || w == u"during" || w == u"for" ||
         w == u"with";
}

// Question words that end a demonstrative clause before the subject: "That
// is why critics [say]".
inline bool question_word_en(std::u16string_view w) { return w == u"why" || w == u"how"; }

// Approximations before a number, not prepositions: "About three in 10 said".
inline bool approximation_en(std::u16string_view w) { return w == u"about" || w == u"nearly" || w == u"almost"; }

// Subjects that can open a clause after a verb of belief, beside pronouns,
// articles and names: "I think you are right", "polls show there is".
inline bool clause_subject_en(std::u16string_view w) { return w == u"you" || w == u"there"; }

// Words that open a time adverbial between a speech verb and its
// complement: "said on Friday", "said last week", "said in a statement".
inline bool time_opener_en(std::u16string_view w) {
  return w == u"on" || w == u"last" || w == u"this" || w == u"in" || w == u"at" || w == u"during" || w == u"late" ||
         w == u"early";
}

// Sentence adverbs before a comma: "Meanwhile, …", "However, …".
inline bool sentence_adverb_en(std::u16string_view w) { return w == u"meanwhile" || w == u"however"; }

// Words that open an English adverbial before the frame's comma: "In his
// tribute, …", "Asked about it, …", "Following the debate, …".
inline bool adverbial_opener_en(std::u16string_view w) {
  return w == u"in" || w == u"on" || w == u"at" || w == u"during" || w == u"after" || w == u"before" || w == u"with" ||
         w == u"from" || w == u"for" || w == u"by" || w == u"since" || w == u"despite" || w == u"amid" ||
         w == u"under" || w == u"asked" || w == u"earlier" || w == u"later" || w == u"around" || w == u"outside" ||
         w == u"inside" || w == u"throughout" || w == u"following";
}

// Clause words that join main clauses, unlike those that open a
// subordinate one ("While critics argue that X, the president …").
inline bool coordinator_en(std::u16string_view w) { return w == u"and" || w == u"but" || w == u"or"; }

// A second verb of the sentence's subject: "… survived and says", "…, then said".
inline bool coordinated_verb_en(std::u16string_view w) { return w == u"and" || w == u"then"; }

// "tell", whose object comes before the content ("told reporters the …").
inline bool tell_en(std::u16string_view w) { return w == u"told" || w == u"tells" || w == u"tell" || w == u"telling"; }

// Expletive subjects, which name no one: "There has been …", "Here is …".
inline bool expletive_en(std::u16string_view w) { return w == u"there" || w == u"here"; }

// "call" with "for" before its object ("called for a ban").
inline bool call_en(std::u16string_view w) { return w == u"called" || w == u"calls"; }

// Particles that make a verb of saying another verb: "called off the
// search", "backed up the claim", "turned down the offer".
inline bool non_speech_particle_en(std::u16string_view w) {
  return w == u"off" || w == u"up" || w == u"down" || w == u"away" || w == u"in" || w == u"back";
}

}  // namespace quelle::quotes::words
