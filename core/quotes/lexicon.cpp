#include "quotes/lexicon.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>

namespace quelle::quotes {

void Lexicon::add(uint32_t cls, std::u16string_view words) {
  for (const std::u16string_view w : split_words(words)) {
    pending_[w] |= cls;
    if (cls == kRoleSuffixW && std::find(role_suffixes.begin(), role_suffixes.end(), w) == role_suffixes.end()) {
      role_suffixes.push_back(w);
    }
  }
}

void Lexicon::finish() {
  classes.build(pending_);
  pending_ = {};
}

void ClassTable::build(const std::unordered_map<std::u16string_view, uint32_t, WordHash>& words) {
  size_t n = 16;
  while (n < words.size() * 2) n *= 2;
  slots_.assign(n, Slot{});
  mask_ = n - 1;
  shift_ = 32 - static_cast<uint32_t>(std::countr_zero(n));
  for (const auto& [w, bits] : words) {
    if (bits == 0) continue;
    const uint32_t k = key(w);
    size_t i = k >> shift_;
    while (slots_[i].bits != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{w, k, bits};
    filter_[filter_bit(k) >> 6] |= uint64_t{1} << (filter_bit(k) & 63);
    max_len_ = std::max(max_len_, w.size());
  }
}

namespace {

// Lists of single sieves (see lexicon.hpp), shared where the sieves used them
// for every language.
void fill_sieve_lists(Lexicon& lx) {
  // Per language: Dutch "of" (or) and "en" (and) are English and French
  // words too ("Secretary of State", "en route").
  // In kLanguageTable order.
  static constexpr std::array<std::u16string_view, kLanguageCount> clause_words = {
      u"und oder aber denn sondern weil wie als während nachdem obwohl wenn",
      u"and or but because while when although as after before since whereas",
      u"et ou mais car quand",
      u"y o pero porque cuando",
      u"e o ma perché",
      u"en of maar omdat want",
      u"e ou mas porque quando",
  };
  lx.add(kClauseWordW, clause_words[index_of(lx.lang)]);
  // The frame words: those of a parenthetical "wie" frame, those that stand
  // for a speech verb ("so"), and the German source adverbs and "nach".
  static constexpr std::array<std::u16string_view, kLanguageCount> as_words = {
      u"wie", u"as", u"comme", u"como", u"come", u"zoals", u"como",
  };
  static constexpr std::array<std::u16string_view, kLanguageCount> so_words = {
      u"so", u"", u"", u"", u"", u"aldus", u"",
  };
  lx.add(kFrameWordW | kAsFrameW, as_words[index_of(lx.lang)]);
  lx.add(kFrameWordW | kSoFrameW, so_words[index_of(lx.lang)]);
  if (lx.lang == Language::De) lx.add(kFrameWordW, u"nach demnach wonach");
  lx.add(kNameParticleW, u"von van de der den du da di del della dos das la le bin al ten ter zu");
  if (lx.lang == Language::De) {
    lx.add(kPrepositionW,
           uR"(am im an auf in bei beim gegenüber vor nach mit zu zum zur über für während
unter ohne seit bis durch gegen um aus ab trotz wegen nahe neben zwischen hinter innerhalb
außerhalb anlässlich angesichts per)");
    lx.add(kSourceNounW,
           uR"(angaben informationen aussagen aussage ansicht meinung darstellung
einschätzung einschätzungen berichten bericht worten schätzungen schätzung erkenntnissen auffassung
überzeugung beobachtungen zeugenaussagen polizeiangaben medienberichten medien studie studien
umfrage umfragen untersuchung untersuchungen analyse analysen stellungnahme mitteilung
pressemitteilung meldung meldungen erklärung ergebnis ergebnissen endergebnis erfahrungen
erkenntnisstand kenntnisstand planungen plänen urteil ankündigung prognose prognosen hochrechnung
hochrechnungen berechnungen statistik recherchen quellen zeugen gutachten zählung auskunft
vorstellung vorstellungen willen wunsch hinweis hinweisen nachricht nachrichten auskünften gerüchten
unterlagen dokumenten ermittlungen daten zahlen stand)");
    lx.add(kPassiveParticipleW,
           uR"(vorgeworfen befürchtet vermutet gemeldet angenommen erwartet spekuliert
behauptet bekanntgegeben mitgeteilt betont bestätigt nachgesagt eingewandt berichtet bekannt
angekündigt erklärt kritisiert gefordert argumentiert beklagt bemängelt)");
  }
  if (lx.lang == Language::En) {
    lx.add(kBeliefVerbW,
           uR"(think thinks thought believe believes believed know knows knew feel feels felt
fear fears feared hope hopes hoped expect expects expected agree agrees agreed argue insist insist
warn acknowledge realize realizes realized suspect suspects suspected doubt doubts worry worries
worried predict learned find finds found show shows showed showing suggest indicate estimate
assume assumes assumed guess understand understands recognize recognizes recognized conclude
contend admit deny complain claim note explain say tell concede believing thinking hoping fearing)");
    lx.add(kTimeWordW,
           uR"(monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
earlier recently previously week weekend month year morning afternoon evening night statement
interview speech debate release letter email post tweet conference call briefing rally hearing)");
    lx.add(kObjectVerbW,
           uR"(endorsed endorses endorse supported supports support opposed opposes oppose
praised praises criticized criticizes criticised defended defends described describes accused accuses
rejected rejects condemned condemns blamed blames welcomed welcomes backed backs called calls
denounced denounces dismissed dismisses slammed slams attacked attacks mocked mocks questioned
questions touted touts hailed hails proposed proposes demanded demands urged urges)");
    lx.add(kObjectStopW, u"because after when while since before though although whereas unless until as");
  }
}

}  // namespace

const Lexicon& lexicon(Language lang) {
  // One builder per language, in kLanguageTable order.
  static constexpr std::array<void (*)(Lexicon&), kLanguageCount> fillers = {fill_de, fill_en, fill_fr, fill_es,
                                                                             fill_it, fill_nl, fill_pt};
  // Built once, on first use, for all languages (thread-safe static init).
  static const std::array<Lexicon, kLanguageCount> all = [] {
    std::array<Lexicon, kLanguageCount> a;
    for (size_t i = 0; i < kLanguageCount; ++i) {
      a[i].lang = static_cast<Language>(i);
      fillers[i](a[i]);
      // Role nouns: the entities stage's one list (entities/lexicon_roles.cpp).
      const RoleNouns& roles = role_nouns(a[i].lang);
      a[i].add(kRoleNounW, roles.shared);
      a[i].add(kRoleNounW, roles.speaker_heads);
      fill_sieve_lists(a[i]);
      a[i].finish();
    }
    return a;
  }();
  return all[index_of(lang)];
}

}  // namespace quelle::quotes
