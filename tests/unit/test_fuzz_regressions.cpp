// Inputs the fuzzers (tests/fuzz/, docs/fuzzing.md) found to break an
// invariant or crash, one test each, minimised. Every span of the result
// must lie inside the text, start <= end (docs/schema.md).
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "normalize/utf.hpp"
#include "quelle/quelle.hpp"

namespace {

quelle::Analysis analyze_ok(const std::string& text, const std::string& language) {
  quelle::Options options;
  options.language = language;
  auto a = quelle::analyze(text, options);
  REQUIRE(a);
  return *a;
}

void require_spans_valid(const quelle::Analysis& a) {
  const auto valid = [&](quelle::Span s) { return s.start <= s.end && s.end <= a.text.size(); };
  for (const auto& s : a.sentences) REQUIRE(valid(s.span));
  for (const auto& p : a.paragraphs) REQUIRE(valid(p.span));
  for (const auto& e : a.entities)
    for (const auto& m : e.mentions) REQUIRE(valid(m.span));
  for (const auto& q : a.quotes) {
    for (const auto& s : q.spans) REQUIRE(valid(s));
    if (q.speaker) REQUIRE(valid(q.speaker->span));
    if (q.cue) REQUIRE(valid(*q.cue));
  }
}

}  // namespace

std::string slice(const quelle::Analysis& a, quelle::Span s) {
  return quelle::utf16_to_utf8(std::u16string_view(a.text).substr(s.start, s.end - s.start));
}

// fuzz_quotes: the English subject scan (Scanner::np_before) cut the phrase
// at a verb chain ("to") and then started it at the names after the cut,
// which gave the speaker span [20, 14) (and the same in real news: the
// speaker's text ran from the name to the end of the article). The phrase
// now runs from the names to the verb.
TEST_CASE("fuzz: no inverted speaker span when a verb chain precedes the names", "[fuzz][quotes]") {
  const auto a = analyze_ok("\"W\"l t t e J S to h S told", "en");
  require_spans_valid(a);
  REQUIRE(a.quotes.size() == 1);
  REQUIRE(a.quotes[0].speaker);
  CHECK(slice(a, a.quotes[0].speaker->span) == "S");

  const auto real = analyze_ok(
      "Other leaders used blunt language to denounce what Prime Minister John Smith called the "
      "\"reckless, dangerous\" actions.",
      "en");
  require_spans_valid(real);
  REQUIRE(real.quotes.size() == 1);
  REQUIRE(real.quotes[0].speaker);
  CHECK(slice(real, real.quotes[0].speaker->span) == "Prime Minister John Smith");
  quelle::Options no_entities;
  no_entities.language = "en";
  no_entities.entities = false;
  const auto b = quelle::analyze("\"W\"l t t e J S to h S told", no_entities);
  REQUIRE(b);
  require_spans_valid(*b);
}

// fuzz_quotes, fuzz_analyze_lang, fuzz_batch: an English object frame that
// runs to the end of a text without final punctuation read the token after
// the last one (the colon test of "X praised Y on Twitter: “…”").
TEST_CASE("fuzz: an English object frame at the very end of the text", "[fuzz]") {
  const auto a = analyze_ok("Sun proposed pm", "en");
  require_spans_valid(a);
  const auto b = analyze_ok("The minister proposed a new plan for the city", "en");
  require_spans_valid(b);
}
