// The word-break fast path against ICU, its oracle: on every string the fast
// path accepts, its segments and word/non-word decisions must be ICU's. The
// oracle here is ICU's iterator called directly, not icu_word_breaks, so a
// mistake in either shows.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "break_test_support.hpp"
#include "segment/word_breaks.hpp"

namespace {

using quelle::WordSpan;

struct Seg {
  uint32_t start;
  uint32_t end;
  bool word;
  bool operator==(const Seg&) const = default;
};

std::vector<Seg> oracle(const std::u16string& text) {
  icu::BreakIterator& bi = quelle::test::icu_oracle(true);
  const icu::UnicodeString s(text.data(), static_cast<int32_t>(text.size()));
  bi.setText(s);
  std::vector<Seg> out;
  int32_t b = bi.first();
  for (int32_t e = bi.next(); e != icu::BreakIterator::DONE; b = e, e = bi.next()) {
    out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), bi.getRuleStatus() != UBRK_WORD_NONE});
  }
  return out;
}

std::vector<Seg> segs(const std::vector<WordSpan>& spans) {
  std::vector<Seg> out;
  for (const WordSpan& s : spans) out.push_back({s.start, s.end, s.word});
  return out;
}

// Whether the fast path took the text; when it did, it must equal ICU.
// Also checks it on the text embedded in a larger buffer (offsets, reads
// past the stretch), and icu_word_breaks itself.
bool fast_matches_icu(const std::u16string& text) {
  INFO("text: " << quelle::test::describe(text));
  const std::vector<Seg> want = oracle(text);
  std::vector<WordSpan> icu;
  quelle::icu_word_breaks(text, 0, static_cast<uint32_t>(text.size()), icu);
  REQUIRE(segs(icu) == want);

  std::vector<WordSpan> fast{{7, 9, true}};  // what was there stays
  const bool took = quelle::fast_word_breaks(text, 0, static_cast<uint32_t>(text.size()), fast);
  REQUIRE(fast.front().start == 7);
  fast.erase(fast.begin());
  if (!took) {
    REQUIRE(fast.empty());
    return false;
  }
  REQUIRE(segs(fast) == want);

  // The same stretch inside other text: context outside must not leak in.
  const std::u16string framed = u"a1" + text + u"1a";
  std::vector<WordSpan> inner;
  REQUIRE(quelle::fast_word_breaks(framed, 2, static_cast<uint32_t>(2 + text.size()), inner));
  for (WordSpan& s : inner) s.start -= 2, s.end -= 2;
  REQUIRE(segs(inner) == want);
  return true;
}

// Characters of every class the fast path handles, and some it must refuse.
const std::u16string kSimple =
    u"aZäßéÅ@1905.,;:'\u2019\u2018\u00B7\u2044\"-!?/()\u00AB\u00BB\u201E\u201C\u2013\u20AC"
    u" \u2003\t\r\n\v\u0085\u2028\u00A0\u2007\u200B";
const std::u16string kComplex = u"\u00AD\u0301_\u200D\u202F\u05D0\u30A2\uFEFF\u3000\u4E2D";

}  // namespace

TEST_CASE("Word-break fast path equals ICU on tricky cases", "[segment][word_breaks]") {
  // Cases the fast path must take (and get right).
  for (const char16_t* s : {u"3.5",     u"U.S.",     u"can't",    u"can\u2019t", u"l'\u00E9t\u00E9",
                            u"a:b",     u"1,000.5",  u"a1.2",     u"1a.b",       u"a.1",
                            u"1.a",     u"a'",       u"'a",       u"a..b",       u"1,,2",
                            u"a@b.de",  u"\r\n",     u"\r\r\n",   u"\n\r",       u"  ",
                            u"a  b",    u"\t\t",     u" \t ",     u"x\u00A0y",   u"\u201EJa\u201C, sagte er.",
                            u"5\u20AC", u"a\u00B7b", u"1\u20442", u"\"a\"b"}) {
    CHECK(fast_matches_icu(s));
  }
  // Cases it must hand to ICU.
  for (const char16_t* s : {u"x_y", u"e\u0301", u"Stra\u00ADße", u"a\u200Db", u"\U0001F600", u"a\U0001F1E9\U0001F1EA",
                            u"10\u202F000", u"\u05D0'", u"\u4E2D\u6587"}) {
    CHECK_FALSE(fast_matches_icu(s));
  }
  CHECK(fast_matches_icu(u""));
}

TEST_CASE("Word-break fast path equals ICU on all short strings", "[segment][word_breaks]") {
  // One or two characters of each class, every string up to length 4.
  const std::u16string alphabet = u"a\u00E41@.,:'\u2019\u00B7\" \t\r\n\u00A0\u00AD_";
  size_t taken = 0;
  size_t total = 0;
  quelle::test::for_each_string(alphabet, 4, [&](const std::u16string& s) {
    taken += fast_matches_icu(s) ? 1 : 0;
    ++total;
  });
  // Not vacuous: most strings have no soft hyphen or underscore.
  CHECK(taken > total / 2);
}

TEST_CASE("Every character the fast path takes behaves as in ICU", "[segment][word_breaks]") {
  // The class table is read from ICU's properties; this checks each entry by
  // ICU's iterator, between letters, digits and spaces and doubled.
  size_t taken = 0;
  for (char32_t c = 0; c < 0x3000; ++c) {
    const std::u16string x(1, static_cast<char16_t>(c));
    for (const std::u16string& s : {x, x + x, x + x + x, u"a" + x + u"a", u"1" + x + u"1", u"a" + x + u"1",
                                    u"1" + x + u"a", u"a" + x, x + u"a", u" " + x + u" ", u"\r" + x}) {
      taken += fast_matches_icu(s) ? 1 : 0;
    }
  }
  CHECK(taken > 1000);
}

TEST_CASE("Word-break fast path equals ICU on random strings", "[segment][word_breaks]") {
  std::mt19937 rng(20261127);  // fixed: the same strings every run
  size_t taken = 0;
  constexpr int kStrings = 20000;
  for (int i = 0; i < kStrings; ++i) {
    // Half the strings only simple characters, half with complex ones too.
    const bool mixed = i % 2 == 1;
    taken += fast_matches_icu(quelle::test::random_string(rng, 40, kSimple, mixed ? kComplex : u"", 8)) ? 1 : 0;
  }
  CHECK(taken >= kStrings / 2);
}
