// The further pieces of German cues (core/quotes/cue_parts.hpp): a
// separated particle, an auxiliary, the "wie" of a parenthetical frame.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "quelle/quelle.hpp"

using namespace quelle;

namespace {

// The pieces of the first quote's cue, joined by " … " (text order), or ""
// when there is no quote or no cue.
std::u16string cue_of(const std::u16string& text, const char* language = "de") {
  Options options;
  options.language = language;
  auto a = analyze_utf16(text, options);
  REQUIRE(a.ok());
  if (a->quotes.empty() || !a->quotes[0].cue) return u"";
  std::vector<Span> pieces = a->quotes[0].cue_parts;
  pieces.push_back(*a->quotes[0].cue);
  std::sort(pieces.begin(), pieces.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
  std::u16string out;
  for (const Span& s : pieces) out += (out.empty() ? u"" : u" … ") + text.substr(s.start, s.end - s.start);
  return out;
}

}  // namespace

TEST_CASE("Cue pieces: a separated particle at the end of the clause", "[cue-parts]") {
  CHECK(cue_of(u"Die Polizei teilte am Montag mit, dass drei Menschen verletzt worden seien.") == u"teilte … mit");
  CHECK(cue_of(u"Der Konzern gab am Dienstag bekannt, er werde 500 Stellen streichen.") == u"gab … bekannt");
  CHECK(cue_of(u"Die Ministerin kündigte an, sie werde zurücktreten.") == u"kündigte … an");
  // A pronominal adverb goes with its particle.
  CHECK(cue_of(u"Der Sprecher wies darauf hin, dass die Straße gesperrt sei.") == u"wies … darauf hin");
}

TEST_CASE("Cue pieces: the auxiliary of a participle, and the wie of a frame", "[cue-parts]") {
  CHECK(cue_of(u"Der Minister hatte am Montag gesagt, die Lage sei ernst.") == u"hatte … gesagt");
  CHECK(cue_of(u"Wie ein Sprecher der Polizei mitteilte, wurde niemand verletzt.") == u"Wie … mitteilte");
  // An auxiliary next to the cue joins it: one piece.
  CHECK(cue_of(u"Es wird angenommen, dass der Täter geflohen sei.") == u"wird angenommen");
  CHECK(cue_of(u"Wie der Minister in der Zeitung zitiert wird, ist die Lage ernst.") == u"Wie … zitiert wird");
}

TEST_CASE("Cue pieces: none where the clause does not end in one", "[cue-parts]") {
  CHECK(cue_of(u"Der Minister sagte am Montag in Berlin, die Lage sei ernst.") == u"sagte");
  CHECK(cue_of(u"„Die Lage ist ernst“, sagte der Minister.") == u"sagte");
  // Other languages than German and English keep the cue the rules found
  // (French: the participle, without its auxiliary).
  CHECK(cue_of(u"Le ministre a déclaré que la situation était grave.", "fr") == u"déclaré");
}

TEST_CASE("English cues take in auxiliaries, adverbs, the time, the medium and a colon", "[cue-parts]") {
  CHECK(cue_of(u"The minister has also said that the situation was serious.", "en") == u"has also said");
  CHECK(cue_of(u"The minister said on Monday that the situation was serious.", "en") == u"said on Monday");
  CHECK(cue_of(u"The ministry said in a statement that the situation was serious.", "en") == u"said in a statement");
  CHECK(cue_of(u"The minister said: \u201cThe situation is serious.\u201d", "en") == u"said:");
  // Words of the clause that are not next to the verb stay out.
  CHECK(cue_of(u"The minister said that on Monday the situation was serious.", "en") == u"said");
}

TEST_CASE("Cue pieces in the JSON: spans of every piece, start and end those of the found one", "[cue-parts]") {
  const std::u16string text = u"Die Polizei teilte am Montag mit, dass drei Menschen verletzt worden seien.";
  Options options;
  options.language = "de";
  auto a = analyze_utf16(text, options);
  REQUIRE(a.ok());
  const auto json = nlohmann::json::parse(to_json_string(*a));
  const auto& cue = json["quotes"][0]["cue"];
  CHECK(cue["text"] == "teilte");
  REQUIRE(cue["spans"].size() == 2);
  CHECK(cue["spans"][0]["start"] == cue["start"]);
  CHECK(cue["spans"][1]["start"] == text.find(u"mit,"));
  CHECK(cue["spans"][1]["end"] == text.find(u"mit,") + 3);
  // A one-piece cue has no spans.
  auto plain = analyze_utf16(u"Der Minister sagte, die Lage sei ernst.", options);
  REQUIRE(plain.ok());
  CHECK(!nlohmann::json::parse(to_json_string(*plain))["quotes"][0]["cue"].contains("spans"));
}
