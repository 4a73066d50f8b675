// The entities stage's word lists other than the role nouns
// (lexicon_roles.cpp). Written by hand.
#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "entities/lexicon.hpp"

namespace quelle {

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

bool is_source_cue(std::u16string_view lower) {
  static constexpr std::u16string_view kCues[] = {
      u"sagte",       u"sagt",      u"erklärte", u"betonte",    u"meinte",  u"ergänzte", u"berichtete",
      u"kritisierte", u"warnte",    u"laut",     u"said",       u"says",    u"told",     u"added",
      u"explained",   u"according", u"selon",    u"déclaré",    u"affirmé", u"dijo",     u"según",
      u"afirmó",      u"explicó",   u"detto",    u"dichiarato", u"secondo", u"spiegato", u"zei",
      u"zegt",        u"aldus",     u"volgens",  u"disse",      u"segundo", u"afirmou",  u"explicou"};
  // Asked for every capitalised word the tagger left out, twice: a set, not a scan of the list.
  static const std::unordered_set<std::u16string_view> cues(std::begin(kCues), std::end(kCues));
  return cues.count(lower) != 0;
}

bool is_role_link(std::u16string_view lower) {
  static constexpr std::u16string_view kLinks[] = {u"von", u"der", u"des", u"bei",   u"of",   u"at", u"de",
                                                   u"du",  u"di",  u"del", u"della", u"do",   u"da", u"van",
                                                   u"bij", u"for", u"für", u"d'",    u"dello"};
  return std::find(std::begin(kLinks), std::end(kLinks), lower) != std::end(kLinks);
}

bool is_role_article(std::u16string_view lower) {
  static constexpr std::u16string_view kArticles[] = {
      u"a",     u"an",  u"the", u"der", u"die", u"das", u"den", u"dem", u"des", u"ein", u"eine", u"einer",
      u"eines", u"le",  u"la",  u"les", u"l'",  u"un",  u"une", u"el",  u"los", u"las", u"una",  u"il",
      u"lo",    u"gli", u"uno", u"het", u"de",  u"een", u"o",   u"os",  u"as",  u"um",  u"uma"};
  return std::find(std::begin(kArticles), std::end(kArticles), lower) != std::end(kArticles);
}

}  // namespace quelle
