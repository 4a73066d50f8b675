#include <catch2/catch.hpp>

#include "test_support.hpp"

using quelle::test::slice_utf8;

namespace {

quelle::Analysis must_analyze(std::string_view text) {
  quelle::Options o;
  o.entities = o.quotes = false;
  auto a = quelle::analyze(text, o);
  REQUIRE(a);
  return *a;
}

}  // namespace

TEST_CASE("Offsets count UTF-16 code units: emoji", "[offsets]") {
  // U+1F600 is two UTF-16 units and four UTF-8 bytes.
  auto a = must_analyze("😀 Erster Satz. Zweiter 👩‍👩‍👧 Satz.");
  REQUIRE(a.sentences.size() == 2);
  CHECK(a.sentences[0].span.start == 0);
  CHECK(slice_utf8(a, a.sentences[0].span) == "😀 Erster Satz.");
  CHECK(a.sentences[1].span.start == 16);
  CHECK(slice_utf8(a, a.sentences[1].span) == "Zweiter 👩‍👩‍👧 Satz.");
  CHECK(a.stats.utf16_length == a.text.size());
}

TEST_CASE("UTF-8 decodes the same at every alignment of an ASCII run", "[offsets]") {
  // The decoder widens ASCII eight bytes at a time: a multi-byte character
  // must come out the same wherever it falls relative to those blocks.
  const std::pair<std::string, std::u16string> characters[] = {
      {"\xC3\xA4", u"\u00E4"}, {"\xE2\x80\x9E", u"\u201E"}, {"\xF0\x9F\x98\x80", u"\U0001F600"}};
  for (const auto& [utf8, utf16] : characters) {
    for (size_t before = 0; before <= 17; ++before) {
      for (size_t after = 0; after <= 17; ++after) {
        const std::string text = std::string(before, 'a') + utf8 + std::string(after, 'b');
        const auto decoded = quelle::utf8_to_utf16(text);
        REQUIRE(decoded);
        CHECK(*decoded == std::u16string(before, u'a') + utf16 + std::u16string(after, u'b'));
      }
    }
  }
}

TEST_CASE("Offsets with combining marks", "[offsets]") {
  // "é" as e + U+0301: two code units, one grapheme.
  auto a = must_analyze("Cafe\xCC\x81 ist zu. Morgen offen.");
  REQUIRE(a.sentences.size() == 2);
  CHECK(slice_utf8(a, a.sentences[0].span) == "Cafe\xCC\x81 ist zu.");
  CHECK(a.sentences[1].span.start == 14);
}

TEST_CASE("CRLF and lone CR", "[offsets]") {
  auto a = must_analyze("Eins.\r\nZwei.\rDrei.");
  REQUIRE(a.sentences.size() == 3);
  CHECK(a.sentences[1].span.start == 7);
  CHECK(a.sentences[2].span.start == 13);
  CHECK(slice_utf8(a, a.sentences[2].span) == "Drei.");
}

TEST_CASE("BOM is kept as a character so offsets match the input", "[offsets]") {
  auto a = must_analyze("\xEF\xBB\xBFHallo Welt.");
  REQUIRE(a.sentences.size() == 1);
  CHECK(a.sentences[0].span.start == 1);
}

TEST_CASE("UTF-16 input keeps lone surrogates' offsets", "[offsets]") {
  std::u16string text = u"A\xD800 b. C d.";
  quelle::Options o;
  auto a = quelle::analyze_utf16(text, o);
  REQUIRE(a);
  CHECK(a->text.size() == text.size());
  for (const auto& s : a->sentences) CHECK(s.span.end <= text.size());
}
