// The gender step's word lists per language (gender.hpp), written by hand
// from grammar and checked on the train articles of the quote corpora.
// Lower-case; words of a list separated by spaces or line breaks. Left out
// on purpose: role nouns used for both genders in the news ("chairman",
// Dutch "woordvoerder", "minister"; those with an article decide in
// Romance languages), and German "-e" role nouns without their article
// ("Vorsitzende" is "der" or "die").
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "entities/lexicon.hpp"
#include "gender/gender.hpp"

namespace quelle::gender {
namespace {

struct GenderLists {
  std::u16string_view female_pronouns;
  std::u16string_view male_pronouns;
  std::u16string_view plural_too;  // female pronouns that are also plural ("sie")
  std::u16string_view female_honorifics;
  std::u16string_view male_honorifics;
  std::u16string_view female_roles;
  std::u16string_view male_roles;
  std::u16string_view article_roles;  // both genders: the article decides
  std::u16string_view female_articles;
  std::u16string_view male_articles;
  std::u16string_view fillers;  // between the comma after a name and its role
  bool compounds;               // a word ending in a listed role of 4+ letters counts ("vizekanzlerin")
};

// In kLanguageTable order.
constexpr std::array<GenderLists, kLanguageCount> kLists = {{
    // German. Feminine "-in" forms of the masculine roles are found by rule
    // (gendered_word); those with an umlaut are listed.
    {u"sie", u"er", u"sie", u"frau", u"herr herrn",
     uR"(
ärztin anwältin staatsanwältin rechtsanwältin bäuerin gräfin prinzessin kanzlerin expertin
soziologin psychologin biologin theologin politologin ökonomin astronautin mutter tochter
schwester ehefrau witwe großmutter tante nichte enkelin königin kaiserin herzogin fürstin
sängerin schauspielerin moderatorin regisseurin witwe lebensgefährtin freundin nonne
)",
     uR"(
präsident kanzler minister chef gründer manager sprecher direktor leiter bürgermeister
trainer senator botschafter richter gouverneur geschäftsführer professor sekretär könig papst
kommissar politiker anwalt spieler wissenschaftler forscher ermittler sänger schauspieler
autor kandidat vertreter aktivist journalist reporter funktionär arzt ökonom berater
unternehmer schriftsteller regisseur sportler fahrer läufer schwimmer fußballer pilot soldat
polizist diplomat moderator komponist künstler musiker historiker lehrer student kaiser
herzog fürst graf prinz vorsitzender abgeordneter beauftragter angeklagter sohn vater bruder
ehemann großvater onkel neffe enkel witwer soziologe psychologe biologe theologe politologe
experte astronaut mönch pfarrer bischof kardinal koordinator führer general feminist kolumnist
pianist publizist terrorist spezialist sozialist kommunist jurist lobbyist
)",
     u"vorsitzende abgeordnete beauftragte angeklagte angestellte bevollmächtigte delegierte", u"die eine", u"der",
     u"die der das eine ein seine ihre sein ihr frühere früherer ehemalige ehemaliger neue neuer", true},
    // English
    {u"she", u"he", u"", u"mrs mrs. ms ms. miss madam madame dame lady", u"mr mr. sir lord",
     uR"(
spokeswoman chairwoman congresswoman businesswoman councilwoman assemblywoman policewoman
anchorwoman sportswoman queen princess duchess empress countess baroness mother daughter sister
wife aunt niece granddaughter grandmother girlfriend widow actress nun stepmother stepdaughter
)",
     uR"(
spokesman congressman businessman councilman assemblyman policeman anchorman sportsman
frontman king prince duke emperor count baron father son brother husband uncle nephew grandson
grandfather boyfriend widower actor monk stepfather stepson
)",
     u"", u"", u"", u"the a an his her their former longtime late then", false},
    // French
    {u"elle", u"il", u"", u"madame mme mme. mlle mlle. mademoiselle", u"monsieur m.",
     uR"(
présidente directrice chancelière fondatrice sénatrice députée reine ambassadrice
vice-présidente patronne avocate conseillère porte-parole-adjointe princesse duchesse mère fille
sœur épouse femme veuve actrice chanteuse
)",
     uR"(
président directeur chancelier fondateur sénateur député roi ambassadeur vice-président patron
avocat conseiller prince duc père fils frère époux mari veuf acteur chanteur
)",
     u"ministre porte-parole secrétaire maire juge journaliste responsable dirigeante dirigeant", u"la une", u"le un",
     u"la le l' une un sa son ancienne ancien", false},
    // Spanish
    {u"ella", u"él", u"", u"señora sra sra. doña", u"señor sr sr. don",
     uR"(
ministra presidenta directora alcaldesa secretaria senadora diputada reina consejera
vicepresidenta gobernadora embajadora jefa fundadora madre hija hermana esposa viuda actriz
)",
     uR"(
ministro director alcalde secretario senador diputado rey consejero gobernador embajador jefe
fundador padre hijo hermano esposo viudo actor
)",
     u"presidente portavoz periodista líder", u"la una", u"el un", u"la el una un su ex", false},
    // Italian
    {u"lei ella", u"lui egli", u"", u"signora sig.ra", u"signor signore sig.",
     uR"(
ministra presidentessa direttrice senatrice deputata regina sindaca segretaria fondatrice
ambasciatrice madre figlia sorella moglie vedova attrice
)",
     uR"(
ministro direttore senatore deputato re sindaco segretario fondatore ambasciatore governatore
padre figlio fratello marito vedovo attore
)",
     u"presidente portavoce leader premier giornalista", u"la una", u"il lo un uno", u"la il lo l' una un sua suo ex",
     false},
    // Dutch ("minister", "burgemeester", "woordvoerder" are said of women too)
    {u"zij ze", u"hij", u"zij ze", u"mevrouw mevr. mevr", u"meneer dhr. dhr heer",
     uR"(
woordvoerster voorzitster koningin prinses topvrouw zangeres actrice moeder dochter zus zuster
echtgenote weduwe
)",
     u"koning prins topman zanger acteur vader zoon broer echtgenoot weduwnaar", u"", u"", u"",
     u"de het een zijn haar voormalig voormalige", true},
    // Portuguese
    {u"ela", u"ele", u"", u"senhora sra sra. dona", u"senhor sr sr.",
     uR"(
ministra diretora prefeita secretária senadora deputada rainha governadora embaixadora fundadora
presidenta mãe filha irmã esposa viúva atriz
)",
     uR"(
ministro diretor prefeito secretário senador deputado rei governador embaixador fundador pai
filho irmão esposo marido viúvo ator
)",
     u"presidente porta-voz líder jornalista", u"a uma", u"o um", u"a o uma um sua seu ex", false},
}};

struct Tables {
  std::unordered_map<std::u16string_view, WordGender> words;  // honorifics and roles
  // The last four letters of every role: a compound whose end is none of
  // them needs no lookup of its suffixes (the analysis is timed).
  std::unordered_set<std::u16string_view> role_tails;
  std::unordered_map<std::u16string_view, Gender> pronouns;
  std::unordered_map<std::u16string_view, Gender> articles;
  std::vector<std::u16string_view> plural_too;
  std::vector<std::u16string_view> article_roles;
  std::vector<std::u16string_view> fillers;
};

void put(std::unordered_map<std::u16string_view, WordGender>& m, std::u16string_view list, Gender g, GenderBasis b) {
  for (std::u16string_view w : split_words(list)) m.emplace(w, WordGender{g, b});
}

const Tables& tables(Language language) {
  static const std::array<Tables, kLanguageCount> all = [] {
    std::array<Tables, kLanguageCount> a;
    for (size_t i = 0; i < kLanguageCount; ++i) {
      const GenderLists& l = kLists[i];
      Tables& t = a[i];
      put(t.words, l.female_honorifics, Gender::Female, GenderBasis::Honorific);
      put(t.words, l.male_honorifics, Gender::Male, GenderBasis::Honorific);
      put(t.words, l.female_roles, Gender::Female, GenderBasis::Role);
      put(t.words, l.male_roles, Gender::Male, GenderBasis::Role);
      for (std::u16string_view w : split_words(l.female_pronouns)) t.pronouns.emplace(w, Gender::Female);
      for (std::u16string_view w : split_words(l.male_pronouns)) t.pronouns.emplace(w, Gender::Male);
      for (std::u16string_view w : split_words(l.female_articles)) t.articles.emplace(w, Gender::Female);
      for (std::u16string_view w : split_words(l.male_articles)) t.articles.emplace(w, Gender::Male);
      for (std::u16string_view w : split_words(l.female_roles)) {
        if (w.size() >= 4) t.role_tails.insert(w.substr(w.size() - 4));
      }
      for (std::u16string_view w : split_words(l.male_roles)) {
        if (w.size() >= 4) t.role_tails.insert(w.substr(w.size() - 4));
      }
      t.plural_too = split_words(l.plural_too);
      t.article_roles = split_words(l.article_roles);
      t.fillers = split_words(l.fillers);
    }
    return a;
  }();
  return all[index_of(language)];
}

bool contains(const std::vector<std::u16string_view>& list, std::u16string_view w) {
  for (std::u16string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

// A listed role, or in German and Dutch a compound ending in one of four
// letters or more ("bundeskanzlerin", "spd-chef"): roles only, never
// honorifics ("Frau" ends "Ehefrau", a role of its own).
WordGender role_or_compound(const Tables& t, std::u16string_view w, bool compounds) {
  if (auto it = t.words.find(w); it != t.words.end()) return it->second;
  if (!compounds || w.size() < 5 || !t.role_tails.contains(w.substr(w.size() - 4))) return {};
  for (size_t i = 1; i + 4 <= w.size(); ++i) {
    auto it = t.words.find(w.substr(i));
    if (it != t.words.end() && it->second.basis == GenderBasis::Role) return it->second;
  }
  return {};
}

}  // namespace

WordGender gendered_word(std::u16string_view lower, Language language) {
  if (language == Language::Und || lower.empty()) return {};
  const Tables& t = tables(language);
  const bool compounds = kLists[index_of(language)].compounds;
  WordGender g = role_or_compound(t, lower, compounds);
  if (g.gender != Gender::Unknown) return g;
  // German feminine forms: a masculine role and "-in" ("politikerin",
  // "grünen-politikerin", "chefin").
  if (language == Language::De && lower.size() >= 6 && lower.ends_with(u"in")) {
    const WordGender base = role_or_compound(t, lower.substr(0, lower.size() - 2), compounds);
    if (base.gender == Gender::Male && base.basis == GenderBasis::Role) return {Gender::Female, GenderBasis::Role};
  }
  return {};
}

bool article_role(std::u16string_view lower, Language language) {
  if (language == Language::Und) return false;
  const auto& roles = tables(language).article_roles;
  if (contains(roles, lower)) return true;
  if (!kLists[index_of(language)].compounds) return false;
  // German compounds: "parteivorsitzende", "bundestagsabgeordnete".
  for (std::u16string_view r : roles) {
    if (lower.size() > r.size() && lower.ends_with(r)) return true;
  }
  return false;
}

Gender article_gender(std::u16string_view lower, Language language) {
  if (language == Language::Und) return Gender::Unknown;
  const auto& m = tables(language).articles;
  const auto it = m.find(lower);
  return it == m.end() ? Gender::Unknown : it->second;
}

bool apposition_filler(std::u16string_view lower, Language language) {
  return language != Language::Und && contains(tables(language).fillers, lower);
}

bool joining_word(std::u16string_view lower) {
  static constexpr std::u16string_view kWords[] = {u"des", u"der", u"den", u"dem",   u"die", u"von", u"vom", u"für",
                                                   u"im",  u"in",  u"of",  u"the",   u"for", u"at",  u"du",  u"de",
                                                   u"la",  u"le",  u"del", u"della", u"van", u"het"};
  for (std::u16string_view w : kWords) {
    if (w == lower) return true;
  }
  return false;
}

bool neutral_title(std::u16string_view lower) {
  return lower == u"dr." || lower == u"dr" || lower == u"prof." || lower == u"prof";
}

PronounGender pronoun_gender(std::u16string_view lower, Language language) {
  if (language == Language::Und) return {};
  const Tables& t = tables(language);
  const auto it = t.pronouns.find(lower);
  if (it == t.pronouns.end()) return {};
  return {it->second, contains(t.plural_too, lower)};
}

}  // namespace quelle::gender
