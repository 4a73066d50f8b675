// The fallback lexicon language for texts identification left undetermined
// (language.hpp, rules_language).
#include <algorithm>
#include <array>

#include "language/language.hpp"

namespace quelle {
namespace {

// A few very frequent function words per language, in kLanguageTable order.
constexpr std::array<std::array<std::u16string_view, 6>, kLanguageCount> kFunctionWords = {{
    {u"der", u"die", u"und", u"nicht", u"ist", u"das"},
    {u"the", u"and", u"of", u"is", u"that", u"was"},
    {u"le", u"les", u"et", u"est", u"des", u"une"},
    {u"el", u"los", u"que", u"del", u"las", u"por"},
    {u"il", u"che", u"della", u"è", u"per", u"gli"},
    {u"de", u"het", u"een", u"en", u"van", u"niet"},
    {u"o", u"os", u"que", u"não", u"uma", u"do"},
}};

// Tokens read at most: the opening of a text decides.
constexpr size_t kTokensRead = 3000;

}  // namespace

Language rules_language(const Document& doc) {
  if (doc.language != Language::Und) return doc.language;
  std::array<int, kLanguageCount> hits{};
  const size_t n = std::min(doc.tokens.size(), kTokensRead);
  for (size_t t = 0; t < n; ++t) {
    const std::u16string_view w = doc.token_lower(t);
    for (size_t l = 0; l < kFunctionWords.size(); ++l) {
      for (const auto& f : kFunctionWords[l]) {
        if (w == f) ++hits[l];
      }
    }
  }
  // The first of the best in table order.
  const auto best = std::max_element(hits.begin(), hits.end());
  return static_cast<Language>(best - hits.begin());
}

}  // namespace quelle
