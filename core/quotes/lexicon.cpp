#include "quotes/lexicon.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>

namespace quelle::quotes {

std::vector<std::u16string_view> split_words(std::u16string_view words) {
  std::vector<std::u16string_view> out;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && (words[i] == u' ' || words[i] == u'\n')) ++i;
    size_t j = i;
    while (j < words.size() && words[j] != u' ' && words[j] != u'\n') ++j;
    if (j > i) out.push_back(words.substr(i, j - i));
    i = j;
  }
  return out;
}

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
  static constexpr std::u16string_view clause_words[] = {
      u"und oder aber denn sondern weil wie als während nachdem obwohl wenn",
      u"and or but because while when although as after before since whereas",
      u"et ou mais car quand",
      u"e o ma perché",
      u"y o pero porque cuando",
      u"en of maar omdat want",
      u"e ou mas porque quando",
  };
  lx.add(kClauseWordW, clause_words[static_cast<size_t>(lx.lang)]);
  static constexpr std::u16string_view frame_words[] = {
      u"nach demnach wonach wie so", u"as", u"comme", u"come", u"como", u"zoals aldus", u"como",
  };
  lx.add(kFrameWordW, frame_words[static_cast<size_t>(lx.lang)]);
  lx.add(kNameParticleW, u"von van de der den du da di del della dos das la le bin al ten ter zu");
  if (lx.lang == Lang::De) {
    lx.add(kPrepositionW, uR"(am im an auf in bei beim gegenüber vor nach mit zu zum zur über für während
unter ohne seit bis durch gegen um aus ab trotz wegen nahe neben zwischen hinter innerhalb
außerhalb anlässlich angesichts per)");
    lx.add(kSourceNounW, uR"(angaben informationen aussagen aussage ansicht meinung darstellung
einschätzung einschätzungen berichten bericht worten schätzungen schätzung erkenntnissen auffassung
überzeugung beobachtungen zeugenaussagen polizeiangaben medienberichten medien studie studien
umfrage umfragen untersuchung untersuchungen analyse analysen stellungnahme mitteilung
pressemitteilung meldung meldungen erklärung ergebnis ergebnissen endergebnis erfahrungen
erkenntnisstand kenntnisstand planungen plänen urteil ankündigung prognose prognosen hochrechnung
hochrechnungen berechnungen statistik recherchen quellen zeugen gutachten zählung auskunft
vorstellung vorstellungen willen wunsch hinweis hinweisen nachricht nachrichten auskünften gerüchten
unterlagen dokumenten ermittlungen daten zahlen stand)");
    lx.add(kPassiveParticipleW, uR"(vorgeworfen befürchtet vermutet gemeldet angenommen erwartet spekuliert
behauptet bekanntgegeben mitgeteilt betont bestätigt nachgesagt eingewandt berichtet bekannt
angekündigt erklärt kritisiert gefordert argumentiert beklagt bemängelt)");
  }
  if (lx.lang == Lang::En) {
    lx.add(kBeliefVerbW, uR"(think thinks thought believe believes believed know knows knew feel feels felt
fear fears feared hope hopes hoped expect expects expected agree agrees agreed argue insist insist
warn acknowledge realize realizes realized suspect suspects suspected doubt doubts worry worries
worried predict learned find finds found show shows showed showing suggest indicate estimate
assume assumes assumed guess understand understands recognize recognizes recognized conclude
contend admit deny complain claim note explain say tell concede believing thinking hoping fearing)");
    lx.add(kTimeWordW, uR"(monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
earlier recently previously week weekend month year morning afternoon evening night statement
interview speech debate release letter email post tweet conference call briefing rally hearing)");
    lx.add(kObjectVerbW, uR"(endorsed endorses endorse supported supports support opposed opposes oppose
praised praises criticized criticizes criticised defended defends described describes accused accuses
rejected rejects condemned condemns blamed blames welcomed welcomes backed backs called calls
denounced denounces dismissed dismisses slammed slams attacked attacks mocked mocks questioned
questions touted touts hailed hails proposed proposes demanded demands urged urges)");
    lx.add(kObjectStopW, u"because after when while since before though although whereas unless until as");
  }
}

}  // namespace

const Lexicon& lexicon(Lang lang) {
  // Built once, on first use, for all languages (thread-safe static init).
  static const std::array<Lexicon, 7> all = [] {
    std::array<Lexicon, 7> a;
    a[0].lang = Lang::De; fill_de(a[0]);
    a[1].lang = Lang::En; fill_en(a[1]);
    a[2].lang = Lang::Fr; fill_fr(a[2]);
    a[3].lang = Lang::It; fill_it(a[3]);
    a[4].lang = Lang::Es; fill_es(a[4]);
    a[5].lang = Lang::Nl; fill_nl(a[5]);
    a[6].lang = Lang::Pt; fill_pt(a[6]);
    for (Lexicon& lx : a) {
      fill_sieve_lists(lx);
      lx.finish();
    }
    return a;
  }();
  return all[static_cast<size_t>(lang)];
}

namespace {

// A few very frequent function words per language; the language with most
// hits among the first tokens wins. Only used when the language stage could
// not decide, so it can be crude.
constexpr std::array<std::array<std::u16string_view, 6>, 7> kFunctionWords = {{
    {u"der", u"die", u"und", u"nicht", u"ist", u"das"},
    {u"the", u"and", u"of", u"is", u"that", u"was"},
    {u"le", u"les", u"et", u"est", u"des", u"une"},
    {u"il", u"che", u"della", u"è", u"per", u"gli"},
    {u"el", u"los", u"que", u"del", u"las", u"por"},
    {u"de", u"het", u"een", u"en", u"van", u"niet"},
    {u"o", u"os", u"que", u"não", u"uma", u"do"},
}};

}  // namespace

Lang document_lang(const Document& doc) {
  static constexpr std::array<std::string_view, 7> codes = {"de", "en", "fr", "it", "es", "nl", "pt"};
  for (size_t i = 0; i < codes.size(); ++i) {
    if (doc.language == codes[i]) return static_cast<Lang>(i);
  }
  std::array<int, 7> hits{};
  const size_t n = std::min<size_t>(doc.tokens.size(), 3000);
  for (size_t t = 0; t < n; ++t) {
    const std::u16string_view w = doc.token_lower(t);
    for (size_t l = 0; l < kFunctionWords.size(); ++l) {
      for (const auto& f : kFunctionWords[l]) {
        if (w == f) ++hits[l];
      }
    }
  }
  size_t best = 0;
  for (size_t l = 1; l < hits.size(); ++l) {
    if (hits[l] > hits[best]) best = l;
  }
  return static_cast<Lang>(best);
}

}  // namespace quelle::quotes
