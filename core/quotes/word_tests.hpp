// Closed word lists the scanner's phrase finders test tokens against
// (lower-case forms): German auxiliaries, object articles, reflexives,
// adverb endings; English verb chains. Internal to core/quotes.
#pragma once

#include <string_view>

namespace quelle::quotes::words {

inline bool auxiliary_de(std::u16string_view w) {
  return w == u"hat" || w == u"hatte" || w == u"haben" || w == u"hatten" || w == u"habe" || w == u"ist" ||
         w == u"war" || w == u"wurde" || w == u"wurden" || w == u"wird" || w == u"werden" || w == u"sei";
}

// Auxiliaries, modals and "to" between an English subject and its verb.
inline bool verb_chain_en(std::u16string_view w) {
  return w == u"to" || w == u"is" || w == u"are" || w == u"was" || w == u"were" || w == u"has" || w == u"have" ||
         w == u"had" || w == u"will" || w == u"would" || w == u"could" || w == u"should" || w == u"can" ||
         w == u"may" || w == u"might" || w == u"must" || w == u"did" || w == u"does" || w == u"do" ||
         w == u"be" || w == u"been" || w == u"not" || w == u"also" || w == u"isn" || w == u"wasn" ||
         w == u"didn" || w == u"doesn";
}

// Endings of German adjectives and adverbs ("offiziell", "sinngemäß",
// "relativierend", "lediglich", "möglicherweise"), which names rarely have.
inline bool adverb_form_de(std::u16string_view w) {
  for (std::u16string_view s : {std::u16string_view(u"lich"), std::u16string_view(u"ig"), std::u16string_view(u"isch"),
                                std::u16string_view(u"weise"), std::u16string_view(u"bar"), std::u16string_view(u"sam"),
                                std::u16string_view(u"end"), std::u16string_view(u"ell"), std::u16string_view(u"gemäß"),
                                std::u16string_view(u"mäßig"), std::u16string_view(u"haft"), std::u16string_view(u"erdings"),
                                std::u16string_view(u"falls"), std::u16string_view(u"besorgt"), std::u16string_view(u"enttäuscht")}) {
    if (w.size() > s.size() + 2 && w.ends_with(s)) return true;
  }
  return w == u"besorgt" || w == u"enttäuscht" || w == u"erfreut" || w == u"verärgert" || w == u"empört";
}

// Articles and possessives that are never nominative: a phrase they open
// is no subject.
inline bool object_article_de(std::u16string_view w) {
  return w == u"dem" || w == u"den" || w == u"einem" || w == u"einen" || w == u"diesem" || w == u"diesen" ||
         w == u"seinem" || w == u"seinen" || w == u"ihrem" || w == u"ihren" || w == u"jenem" || w == u"jenen";
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
  return w == u"dies" || w == u"das" || w == u"dieses" || w == u"es" || w == u"this" || w == u"that" ||
         w == u"it" || w == u"there" || w == u"so";
}

// The finite forms of "werden" that build the German passive ("wurde
// kritisiert"); with the participle "worden" for the perfect passive.
inline bool passive_aux_de(std::u16string_view w) {
  return w == u"wird" || w == u"wurde" || w == u"werden" || w == u"wurden";
}

// The finite auxiliary of a German perfect or pluperfect ("hatte gesagt").
inline bool perfect_aux_de(std::u16string_view w) {
  return w == u"hatte" || w == u"hatten" || w == u"hat" || w == u"haben" || w == u"habe" || w == u"hätte";
}

}  // namespace quelle::quotes::words
