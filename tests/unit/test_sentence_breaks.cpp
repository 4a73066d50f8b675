// The sentence-break fast path against ICU, its oracle: on every string the
// fast path accepts, its boundaries must be ICU's. The oracle is ICU's
// iterator called directly, not icu_sentence_breaks.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "break_test_support.hpp"
#include "segment/sentence_breaks.hpp"

namespace {

std::vector<uint32_t> oracle(const std::u16string& text) {
  icu::BreakIterator& bi = quelle::test::icu_oracle(false);
  const icu::UnicodeString s(text.data(), static_cast<int32_t>(text.size()));
  bi.setText(s);
  std::vector<uint32_t> out;
  for (int32_t e = bi.next(); e != icu::BreakIterator::DONE; e = bi.next()) out.push_back(static_cast<uint32_t>(e));
  return out;
}

// Whether the fast path took the text; when it did, it must equal ICU, also
// with the text inside a larger buffer (offsets, no reads outside).
bool fast_matches_icu(const std::u16string& text) {
  INFO("text: " << quelle::test::describe(text));
  const std::vector<uint32_t> want = oracle(text);
  std::vector<uint32_t> icu;
  quelle::icu_sentence_breaks(text, 0, static_cast<uint32_t>(text.size()), icu);
  REQUIRE(icu == want);

  std::vector<uint32_t> fast{99};  // what was there stays
  const bool took = quelle::fast_sentence_breaks(text, 0, static_cast<uint32_t>(text.size()), fast);
  REQUIRE(fast.front() == 99);
  fast.erase(fast.begin());
  if (!took) {
    REQUIRE(fast.empty());
    return false;
  }
  REQUIRE(fast == want);

  const std::u16string framed = u"Ab" + text + u"a.";
  std::vector<uint32_t> inner;
  REQUIRE(quelle::fast_sentence_breaks(framed, 2, static_cast<uint32_t>(2 + text.size()), inner));
  for (uint32_t& b : inner) b -= 2;
  REQUIRE(inner == want);
  return true;
}

}  // namespace

TEST_CASE("Sentence-break fast path equals ICU on tricky cases", "[segment][sentence_breaks]") {
  for (const char16_t* s : {u"Er kam. Sie ging.",
                            u"3.5 Prozent.",
                            u"Die U.S. Army kam.",
                            u"Das ist usw. und so fort.",
                            u"Nr. 5 oder 6.",
                            u"Nr. 5 Oder.",
                            u"Wirklich?! Ja.",
                            u"\u201EJa!\u201C, sagte er.",
                            u"(Gut.) Dann.",
                            u"Er sagte: \u00BBNein.\u00AB Dann ging er.",
                            u"Ende.\nNeu.",
                            u"Ende.\r\nNeu.",
                            u"Ende\u2028Neu",
                            u"a.\u00A0b",
                            u"etc.) and",
                            u"A. B. C.",
                            u"...",
                            u"Hm... na gut.",
                            u"5. Oktober",
                            u"Ja.  ",
                            u"\n\n",
                            u"\r\r\n",
                            u"x.\u2019 Y",
                            u"1.-3. Mai",
                            u"Z.B. das"}) {
    CHECK(fast_matches_icu(s));
  }
  for (const char16_t* s : {u"Stra\u00ADße. Da", u"e\u0301. A", u"a\u200B. B", u"\U0001F600. A", u"\u4E2D\u3002"}) {
    CHECK_FALSE(fast_matches_icu(s));
  }
  CHECK(fast_matches_icu(u""));
}

TEST_CASE("Sentence-break fast path equals ICU on all short strings", "[segment][sentence_breaks]") {
  // A character of each Sentence_Break class, every string up to length 5:
  // Lower, Upper, OLetter, Numeric, ATerm, STerm, Close, SContinue, Sp,
  // Other, LF, CR, Sep, and Format (refused).
  const std::u16string alphabet = u"aA\u01BB1.!), @\n\r\u2028\u00AD";
  size_t taken = 0;
  size_t total = 0;
  quelle::test::for_each_string(alphabet, 5, [&](const std::u16string& s) {
    taken += fast_matches_icu(s) ? 1 : 0;
    ++total;
  });
  CHECK(taken > total / 2);
}

TEST_CASE("Every character the sentence fast path takes behaves as in ICU", "[segment][sentence_breaks]") {
  size_t taken = 0;
  for (char32_t c = 0; c < 0x3000; ++c) {
    const std::u16string x(1, static_cast<char16_t>(c));
    // (Prefixes as strings: GCC 12 warns, wrongly, about a literal + string under LTO.)
    auto around = [&x](std::u16string before, std::u16string_view after) { return before.append(x).append(after); };
    for (const std::u16string& s :
         {x, around(u"a.", u"b"), around(u"a. ", u" b"), around(u"a.) ", u"A"), around(u"A.", u"B"),
          around(u"a", u". A"), around(u"a.", u" A"), around(u"a?", u"a"), around(u"a.", u"1")}) {
      taken += fast_matches_icu(s) ? 1 : 0;
    }
  }
  CHECK(taken > 1000);
}

TEST_CASE("Sentence-break fast path equals ICU on random strings", "[segment][sentence_breaks]") {
  std::mt19937 rng(20261127);  // fixed: the same strings every run
  // Prose-like characters, and a set dense in terminators, spaces and digits,
  // where SB8 has to look far ahead for a lower-case letter.
  const std::u16string prose =
      u"abcxyz\u00E4\u00DF\u00E9ABCXYZ\u00C40123456789..........!?)\"'\u00BB\u00AB\u201C\u201E\u2019,,:;--\u2013\u2014"
      u"   \t\u00A0\n\r\u2028\u0085\u01BB\u02B9@#%&/\u2024\u203C\u2026";
  const std::u16string dense = u"aA1. . 1,)\u201C";
  const std::u16string complex = u"\u00AD\u0301\u200B\u200D\uFEFF\u4E2D";
  size_t taken = 0;
  constexpr int kStrings = 20000;
  for (int i = 0; i < kStrings; ++i) {
    const std::u16string& alphabet = i % 3 == 2 ? dense : prose;
    const bool mixed = i % 4 == 1;
    taken += fast_matches_icu(quelle::test::random_string(rng, 60, alphabet, mixed ? complex : u"", 10)) ? 1 : 0;
  }
  CHECK(taken >= kStrings / 2);
}
