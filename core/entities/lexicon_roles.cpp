// Role nouns per language, for the roles of person entities. Written by hand.
#include "entities/lexicon.hpp"

#include <array>
#include <span>

namespace quelle {
namespace {

constexpr std::u16string_view kGerman[] = {
    u"präsident", u"präsidentin", u"kanzler", u"kanzlerin", u"minister", u"ministerin", u"chef", u"chefin",
    u"gründer", u"gründerin", u"manager", u"managerin", u"sprecher", u"sprecherin", u"vorsitzende",
    u"vorsitzender", u"direktor", u"direktorin", u"leiter", u"leiterin", u"bürgermeister", u"bürgermeisterin",
    u"vorstand", u"geschäftsführer", u"geschäftsführerin", u"trainer", u"trainerin", u"abgeordnete",
    u"abgeordneter", u"senator", u"senatorin", u"botschafter", u"botschafterin", u"richter", u"richterin",
    u"professor", u"professorin", u"experte", u"expertin", u"analyst", u"analystin", u"sekretär", u"sekretärin",
    u"könig", u"königin", u"papst", u"premier", u"premierministerin", u"regierungschef", u"regierungschefin",
    u"staatschef", u"ceo", u"cfo", u"cto", u"gouverneur", u"gouverneurin", u"kommissar", u"kommissarin",
    u"vize", u"generalsekretär", u"generalsekretärin", u"fraktionschef", u"parteichef", u"aufsichtsratschef",
    u"landrat", u"landrätin", u"stadtrat", u"stadträtin", u"oberbürgermeister", u"oberbürgermeisterin"};
constexpr std::u16string_view kEnglish[] = {
    u"president", u"chancellor", u"minister", u"secretary", u"ceo", u"cfo", u"chief", u"executive", u"founder",
    u"co-founder", u"spokesman", u"spokeswoman", u"spokesperson", u"director", u"chairman", u"chairwoman",
    u"chair", u"senator", u"governor", u"mayor", u"manager", u"coach", u"professor", u"analyst", u"ambassador",
    u"leader", u"head", u"king", u"queen", u"pope", u"judge", u"prime", u"premier", u"commissioner", u"rep.",
    u"sen.", u"gov.", u"vice-president", u"chancellor"};
constexpr std::u16string_view kFrench[] = {
    u"président", u"présidente", u"ministre", u"chancelière", u"chancelier", u"directeur", u"directrice",
    u"fondateur", u"fondatrice", u"porte-parole", u"maire", u"secrétaire", u"pdg", u"patron", u"patronne",
    u"sénateur", u"sénatrice", u"député", u"députée", u"roi", u"reine", u"pape", u"premier", u"gouverneur",
    u"ambassadeur", u"ambassadrice", u"commissaire", u"vice-président", u"vice-présidente", u"dirigeant"};
constexpr std::u16string_view kSpanish[] = {
    u"presidente", u"presidenta", u"ministro", u"ministra", u"canciller", u"director", u"directora",
    u"fundador", u"fundadora", u"portavoz", u"alcalde", u"alcaldesa", u"secretario", u"secretaria", u"senador",
    u"senadora", u"diputado", u"diputada", u"rey", u"reina", u"papa", u"consejero", u"consejera",
    u"vicepresidente", u"vicepresidenta", u"gobernador", u"gobernadora", u"embajador", u"embajadora", u"jefe",
    u"jefa"};
constexpr std::u16string_view kItalian[] = {
    u"presidente", u"presidentessa", u"ministro", u"ministra", u"cancelliere", u"direttore", u"direttrice",
    u"fondatore", u"fondatrice", u"portavoce", u"sindaco", u"segretario", u"segretaria", u"senatore",
    u"senatrice", u"deputato", u"deputata", u"re", u"regina", u"papa", u"amministratore", u"vicepresidente",
    u"premier", u"governatore", u"ambasciatore", u"capo", u"leader", u"ad"};
constexpr std::u16string_view kDutch[] = {
    u"president", u"premier", u"minister", u"bondskanselier", u"kanselier", u"directeur", u"oprichter",
    u"woordvoerder", u"woordvoerster", u"burgemeester", u"voorzitter", u"topman", u"topvrouw", u"ceo",
    u"secretaris", u"koning", u"koningin", u"paus", u"minister-president", u"staatssecretaris", u"ambassadeur",
    u"gouverneur", u"wethouder", u"fractievoorzitter", u"leider", u"baas", u"topbestuurder", u"bestuurder"};
constexpr std::u16string_view kPortuguese[] = {
    u"presidente", u"ministro", u"ministra", u"chanceler", u"diretor", u"diretora", u"fundador", u"fundadora",
    u"porta-voz", u"prefeito", u"prefeita", u"secretário", u"secretária", u"senador", u"senadora", u"deputado",
    u"deputada", u"rei", u"rainha", u"papa", u"governador", u"governadora", u"embaixador", u"embaixadora",
    u"vice-presidente", u"primeiro-ministro", u"primeira-ministra", u"líder", u"chefe", u"presidente-executivo"};

// How a language's list is matched.
struct RoleList {
  std::span<const std::u16string_view> words;
  bool compounds;  // a word ending in a listed role of 4+ letters counts ("vizepräsident")
  bool last_part;  // the last part of a hyphenated word counts ("us-präsident")
};

// In kLanguageTable order.
constexpr std::array<RoleList, kLanguageCount> kRoleLists = {{
    {kGerman, true, true},
    {kEnglish, false, true},
    {kFrench, false, false},
    {kSpanish, false, false},
    {kItalian, false, false},
    {kDutch, true, true},
    {kPortuguese, false, false},
}};

bool in(const RoleList& list, std::u16string_view w) {
  for (std::u16string_view r : list.words) {
    if (w == r) return true;
    if (list.compounds && r.size() >= 4 && w.size() > r.size() && w.substr(w.size() - r.size()) == r) return true;
  }
  return false;
}

}  // namespace

bool is_role_noun(std::u16string_view lower, Language language) {
  if (language == Language::Und) return false;
  const RoleList& list = kRoleLists[index_of(language)];
  if (in(list, lower)) return true;
  if (!list.last_part) return false;
  // The last part of a hyphenated compound ("alibaba-gründer", "us-präsident").
  const size_t hy = lower.rfind(u'-');
  return hy != std::u16string_view::npos && hy + 1 < lower.size() && in(list, lower.substr(hy + 1));
}

}  // namespace quelle
