// Role nouns per language: one list for the roles of person entities
// (entities.cpp) and the speaker heads of quote attribution
// (quotes::kRoleNounW, filled from role_nouns()). Written by hand.
#include <algorithm>
#include <array>
#include <vector>

#include "entities/lexicon.hpp"

namespace quelle {
namespace {

// A language's role nouns, and how the entities stage matches them.
struct LanguageRoles {
  RoleNouns nouns;
  bool compounds;  // a word ending in a role of 4+ letters counts ("vizepräsident")
  bool last_part;  // the last part of a hyphenated word counts ("us-präsident")
  // A title before a name is no part of it ("Mayor Paweł Adamowicz"), as in
  // the model's corpora (GermEval, Universal NER); KIND (it) and Europeana
  // (fr, nl) annotate "Re Filippo", "koning Viktor Emanuel" as the name (es:
  // unmeasured, left as the tagger reads it).
  bool title_apart;
};

// In kLanguageTable order.
constexpr std::array<LanguageRoles, kLanguageCount> kRoles = {{
    // German
    {{.shared = uR"(
präsident präsidentin kanzler kanzlerin minister ministerin chef chefin gründer gründerin
manager managerin sprecher sprecherin vorsitzende vorsitzender direktor direktorin leiter
leiterin bürgermeister bürgermeisterin trainer trainerin abgeordnete abgeordneter senator
senatorin botschafter botschafterin richter richterin experte expertin analyst analystin
gouverneur gouverneurin
)",
      .entity_roles = uR"(
vorstand geschäftsführer geschäftsführerin professor professorin sekretär sekretärin könig
königin papst premier premierministerin regierungschef regierungschefin staatschef ceo cfo cto
kommissar kommissarin vize generalsekretär generalsekretärin fraktionschef parteichef
aufsichtsratschef landrat landrätin stadtrat stadträtin oberbürgermeister oberbürgermeisterin
)",
      .speaker_heads = uR"(
unternehmen konzern firma regierung ministerium polizei behörde behörden partei verband
gewerkschaft politiker politikerin anwalt anwältin staatsanwalt staatsanwaltschaft gericht
spieler spielerin wissenschaftler wissenschaftlerin forscher forscherin ermittler sänger
sängerin schauspieler schauspielerin autor autorin vizepräsident vizepräsidentin kandidat
kandidatin vertreter vertreterin gegner gegnerin kritiker kritikerin beobachter beobachterin
experten politikern veranstalter veranstalterin organisatoren initiatoren aktivist aktivistin
aktivisten demonstranten verteidiger verteidigerin kläger klägerin anwälte ärzte arzt ärztin
analysten ökonom ökonomin ökonomen berater beraterin befürworter anhänger augenzeugen augenzeuge
zeuge zeugin zeugen verfasser verfasserin autoren journalist journalistin journalisten reporter
reporterin funktionär funktionärin funktionäre ermittlerin wissenschaftlern forschern
)"},
     true,
     true,
     true},
    // English
    {{.shared = uR"(
president minister secretary ceo chief executive spokesman spokeswoman spokesperson director
chairman chairwoman senator governor mayor manager professor analyst leader judge
)",
      .entity_roles = uR"(
chancellor cfo founder co-founder chair coach ambassador head king queen pope prime premier
commissioner rep. sen. gov. vice-president
)",
      .speaker_heads = uR"(
official officials lawyer attorney prosecutor prosecutors police company firm government
ministry department agency campaign party committee candidate candidates expert analysts
researcher researchers scientist doctor leaders aide aides adviser advisor spokespeople
representative congressman congresswoman report study survey poll statement newspaper experts
economists strategists critics observers supporters sources insiders voters residents advisers
advisors investigators authorities organizers activists lawmakers members executives officers
diplomats historians scholars democrats republicans conservatives liberals
protester protesters demonstrator demonstrators activist witness witnesses diplomat
)"},
     false,
     true,
     true},
    // French
    {{.shared = u"président présidente ministre directeur directrice porte-parole",
      .entity_roles = uR"(
chancelière chancelier fondateur fondatrice maire secrétaire pdg patron patronne sénateur
sénatrice député députée roi reine pape premier gouverneur ambassadeur ambassadrice commissaire
vice-président vice-présidente dirigeant
)",
      .speaker_heads = u"entreprise gouvernement société"},
     false,
     false,
     false},
    // Spanish
    {{.shared = u"presidente presidenta ministro ministra director directora portavoz",
      .entity_roles = uR"(
canciller fundador fundadora alcalde alcaldesa secretario secretaria senador senadora diputado
diputada rey reina papa consejero consejera vicepresidente vicepresidenta gobernador gobernadora
embajador embajadora jefe jefa
)",
      .speaker_heads = u"empresa gobierno"},
     false,
     false,
     false},
    // Italian
    {{.shared = u"presidente ministro direttore portavoce",
      .entity_roles = uR"(
presidentessa ministra cancelliere direttrice fondatore fondatrice sindaco segretario segretaria
senatore senatrice deputato deputata re regina papa amministratore vicepresidente premier
governatore ambasciatore capo leader ad
)",
      .speaker_heads = u"azienda governo società"},
     false,
     false,
     false},
    // Dutch
    {{.shared = u"president minister directeur woordvoerder woordvoerster",
      .entity_roles = uR"(
premier bondskanselier kanselier oprichter burgemeester voorzitter topman topvrouw ceo
secretaris koning koningin paus minister-president staatssecretaris ambassadeur gouverneur
wethouder fractievoorzitter leider baas topbestuurder bestuurder
)",
      .speaker_heads = u"bedrijf regering"},
     true,
     true,
     false},
    // Portuguese
    {{.shared = u"presidente ministro ministra diretor diretora porta-voz",
      .entity_roles = uR"(
chanceler fundador fundadora prefeito prefeita secretário secretária senador senadora deputado
deputada rei rainha papa governador governadora embaixador embaixadora vice-presidente
primeiro-ministro primeira-ministra líder chefe presidente-executivo
)",
      .speaker_heads = u"empresa governo"},
     false,
     false,
     true},
}};

// A person's roles to the entities stage: the shared and its own entries.
const std::vector<std::u16string_view>& person_roles(Language language) {
  static const std::array<std::vector<std::u16string_view>, kLanguageCount> all = [] {
    std::array<std::vector<std::u16string_view>, kLanguageCount> a;
    for (size_t i = 0; i < kLanguageCount; ++i) {
      a[i] = split_words(kRoles[i].nouns.shared);
      const auto own = split_words(kRoles[i].nouns.entity_roles);
      a[i].insert(a[i].end(), own.begin(), own.end());
    }
    return a;
  }();
  return all[index_of(language)];
}

bool in(const std::vector<std::u16string_view>& words, bool compounds, std::u16string_view w) {
  for (std::u16string_view r : words) {
    if (w == r) return true;
    if (compounds && r.size() >= 4 && w.size() > r.size() && w.substr(w.size() - r.size()) == r) return true;
  }
  return false;
}

}  // namespace

const RoleNouns& role_nouns(Language language) { return kRoles[index_of(language)].nouns; }

bool is_role_noun(std::u16string_view lower, Language language) {
  if (language == Language::Und) return false;
  const LanguageRoles& lang = kRoles[index_of(language)];
  const std::vector<std::u16string_view>& words = person_roles(language);
  if (in(words, lang.compounds, lower)) return true;
  if (!lang.last_part) return false;
  // The last part of a hyphenated compound ("alibaba-gründer", "us-präsident").
  const size_t hy = lower.rfind(u'-');
  return hy != std::u16string_view::npos && hy + 1 < lower.size() && in(words, lang.compounds, lower.substr(hy + 1));
}

bool titles_apart(Language language) { return language != Language::Und && kRoles[index_of(language)].title_apart; }

bool is_generic_noun(std::u16string_view lower, Language language, bool person) {
  if (language == Language::Und) return false;
  if (is_role_noun(lower, language)) return true;
  if (!person) return false;
  static const std::array<std::vector<std::u16string_view>, kLanguageCount> heads = [] {
    std::array<std::vector<std::u16string_view>, kLanguageCount> a;
    for (size_t i = 0; i < kLanguageCount; ++i) a[i] = split_words(kRoles[i].nouns.speaker_heads);
    return a;
  }();
  const auto& words = heads[index_of(language)];
  return std::find(words.begin(), words.end(), lower) != words.end();
}

}  // namespace quelle
