// The entities stage's word lists (entities/lexicon.hpp), and the one
// role-noun list that quote attribution reads too.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "entities/lexicon.hpp"
#include "normalize/utf.hpp"
#include "quotes/lexicon.hpp"

namespace {

std::vector<std::u16string_view> words(std::u16string_view list) { return quelle::split_words(list); }

}  // namespace

TEST_CASE("each stage reads its groups of the one role-noun list, and only those", "[entities][lexicon]") {
  for (size_t i = 0; i < quelle::kLanguageCount; ++i) {
    const auto lang = static_cast<quelle::Language>(i);
    const quelle::RoleNouns& r = quelle::role_nouns(lang);
    const quelle::quotes::Lexicon& lx = quelle::quotes::lexicon(lang);
    std::set<std::u16string_view> seen;
    auto once = [&](std::u16string_view w) {
      INFO(quelle::utf16_to_utf8(w) << " is in one group of its language, once");
      CHECK(seen.insert(w).second);
    };
    for (const auto w : words(r.shared)) {
      once(w);
      INFO(quelle::utf16_to_utf8(w));
      CHECK(quelle::is_role_noun(w, lang));
      CHECK(lx.is(w, quelle::quotes::kRoleNounW));
    }
    for (const auto w : words(r.entity_roles)) {
      once(w);
      INFO(quelle::utf16_to_utf8(w));
      CHECK(quelle::is_role_noun(w, lang));
      CHECK_FALSE(lx.is(w, quelle::quotes::kRoleNounW));
    }
    for (const auto w : words(r.speaker_heads)) {
      once(w);
      INFO(quelle::utf16_to_utf8(w));
      CHECK(lx.is(w, quelle::quotes::kRoleNounW));
    }
  }
}

TEST_CASE("role nouns match compounds where the language builds them", "[entities][lexicon]") {
  using quelle::Language;
  CHECK(quelle::is_role_noun(u"bundeskanzlerin", Language::De));
  CHECK(quelle::is_role_noun(u"alibaba-gründer", Language::De));
  CHECK(quelle::is_role_noun(u"us-präsident", Language::De));
  CHECK(quelle::is_role_noun(u"fractievoorzitter", Language::Nl));
  CHECK(quelle::is_role_noun(u"us-president", Language::En));
  CHECK_FALSE(quelle::is_role_noun(u"vicepresident", Language::En));  // no compounds in English
  CHECK_FALSE(quelle::is_role_noun(u"président", Language::Und));
}

TEST_CASE("possessive and genitive endings", "[entities][lexicon]") {
  CHECK(quelle::possessive_length(u"Enron's") == 2);
  CHECK(quelle::possessive_length(u"Enron\u2019S") == 2);
  CHECK(quelle::possessive_length(u"X's") == 0);  // too short to be a name's
  CHECK(quelle::possessive_length(u"Chinas") == 0);
  CHECK(quelle::genitive_length(u"Chinas") == 1);
  CHECK(quelle::genitive_length(u"Merkel's") == 2);
  CHECK(quelle::genitive_length(u"Merkel") == 0);
  CHECK(quelle::genitive_length(u"As") == 0);
}

TEST_CASE("source cues and role links", "[entities][lexicon]") {
  CHECK(quelle::is_source_cue(u"sagte"));
  CHECK(quelle::is_source_cue(u"according"));
  CHECK_FALSE(quelle::is_source_cue(u"Sagte"));  // lower-case forms only
  CHECK(quelle::is_role_link(u"von"));
  CHECK(quelle::is_role_link(u"d'"));
  CHECK_FALSE(quelle::is_role_link(u"und"));
}
