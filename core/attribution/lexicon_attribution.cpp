#include "attribution/lexicon_attribution.hpp"

#include "quotes/lexicon.hpp"
#include "quotes/word_tests.hpp"

namespace quelle::attribution::words {

using quotes::ends_in;
using quotes::one_of;

bool placeholder(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"demnach", u"danach",  u"denen", u"welchem",
                                                   u"welcher", u"welchen", u"who",   u"which"};
  return one_of(kWords, w);
}

bool singular_indefinite_de(std::u16string_view w) { return w == u"eine" || w == u"einer"; }

bool pronoun_after_so_de(std::u16string_view w) { return w == u"diese" || w == u"dieser"; }

bool leading_subordinator_en(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"though", u"although", u"even", u"where", u"with",
                                                   u"while",  u"because",  u"when", u"if"};
  return one_of(kWords, w);
}

bool aside_after_comma_en(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"in",   u"for",     u"however", u"speaking", u"meanwhile",
                                                   u"after", u"though", u"too",     u"writing",  u"during",
                                                   u"at",   u"on",      u"also",    u"then"};
  return one_of(kWords, w);
}

bool clause_opener_en(std::u16string_view w) {
  return w == u"who" || w == u"which" || w == u"that" || w == u"whose";
}

bool group_noun_en(std::u16string_view w) { return w == u"campaign" || w == u"team"; }

bool verb_after_name_en(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"went",    u"issued", u"released", u"spoke",   u"rallied",
                                                   u"doubled", u"responded", u"sent",  u"drew",    u"alluded",
                                                   u"reminds", u"took",   u"wrote",    u"offered", u"put"};
  return one_of(kWords, w);
}

bool name_particle(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"von", u"van",   u"de",  u"der", u"den", u"da",
                                                   u"di",  u"del",   u"della", u"dos", u"la", u"le",
                                                   u"bin", u"al",    u"zu",  u"ter", u"ten", u"du"};
  return one_of(kWords, w);
}

bool of_preposition(std::u16string_view w) { return w == u"von" || w == u"for" || w == u"of" || w == u"at"; }

bool indefinite_speaker(std::u16string_view w) { return quotes::words::indefinite_article(w) || w == u"einer"; }

bool plural_pronoun(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"sie",  u"they", u"ils", u"elles", u"ellos",
                                                   u"loro", u"eles", u"zij", u"ze",    u"we"};
  return one_of(kWords, w);
}

bool plural_role_noun(std::u16string_view w) { return w == u"behörden" || w == u"officials" || w == u"ermittler"; }

bool document_noun(std::u16string_view w) {
  static constexpr std::u16string_view kNouns[] = {
      u"bericht", u"berichten", u"studie", u"erklärung", u"mitteilung", u"pressemitteilung", u"meldung",
      u"stellungnahme", u"urteil", u"gutachten", u"umfrage", u"untersuchung", u"zeitung", u"magazin",
      u"agentur", u"nachrichtenagentur", u"sender", u"blatt", u"report", u"statement", u"study", u"survey",
      u"poll", u"newspaper", u"paper", u"analysis", u"memo", u"letter", u"brief", u"schreiben", u"antrag",
      u"medien", u"media", u"zeitungen", u"berichte", u"studien", u"umfragen"};
  return one_of(kNouns, w);
}

bool body_noun_de(std::u16string_view w) {
  static constexpr std::u16string_view kEndings[] = {u"leitung", u"verwaltung", u"regierung", u"führung",
                                                     u"stiftung", u"vereinigung", u"vertretung", u"kommission",
                                                     u"delegation", u"organisation", u"fraktion", u"redaktion",
                                                     u"direktion", u"zeitung", u"anwaltschaft", u"gewerkschaft"};
  return ends_in(kEndings, w);
}

bool abstract_noun_de(std::u16string_view w) {
  static constexpr std::u16string_view kEndings[] = {u"ung", u"ungen", u"ion", u"ionen", u"heit",
                                                     u"keit", u"tät",  u"nis", u"ismus", u"weiteren"};
  return ends_in(kEndings, w, 1);
}

bool not_a_speaker_de(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"zahl",     u"fall",  u"vorwurf", u"vorwürfe",     u"anklage",
                                                   u"anschlag", u"ende",  u"anfang",  u"mitte",        u"beginn",
                                                   u"insbesondere", u"gegenwärtig", u"spekulationen"};
  return one_of(kWords, w);
}

bool credit_word(std::u16string_view w) {
  static constexpr std::u16string_view kWords[] = {u"foto",   u"fotos", u"photo", u"bild",
                                                   u"quelle", u"credit", u"image", u"photos"};
  return one_of(kWords, w);
}

}  // namespace quelle::attribution::words
