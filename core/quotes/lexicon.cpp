#include "quotes/lexicon.hpp"

#include <array>

namespace quelle::quotes {

void add_words(WordSet& set, std::u16string_view words) {
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && (words[i] == u' ' || words[i] == u'\n')) ++i;
    size_t j = i;
    while (j < words.size() && words[j] != u' ' && words[j] != u'\n') ++j;
    if (j > i) set.insert(words.substr(i, j - i));
    i = j;
  }
}

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
