// Corpus reports (core/report/): word counts, name keys, one article's
// summary, the merge across articles (speakers by name and type, quote
// types, share of voice by gender, errors), and the JSON both ways.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "test_support.hpp"

namespace r = quelle::report;
using quelle::Analysis;
using quelle::Entity;
using quelle::EntityType;
using quelle::Gender;
using quelle::Quote;
using quelle::QuoteType;
using quelle::Span;

namespace {

// An analysis made by hand: `text`, entities (name, type, gender) and
// quotes whose pieces and speaker mentions are found by their words.
struct Made {
  Analysis a;
  explicit Made(const std::u16string& text) { a.text = text; }
  Span find(const std::u16string& what) {
    const auto at = a.text.find(what);
    REQUIRE(at != std::u16string::npos);
    return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
  }
  uint32_t entity(const std::string& name, EntityType type, Gender gender, size_t mentions) {
    Entity e;
    e.id = static_cast<uint32_t>(a.entities.size());
    e.name = name;
    e.type = type;
    e.gender = gender;
    e.mentions.resize(mentions);
    a.entities.push_back(e);
    return e.id;
  }
  void quote(QuoteType type, const std::u16string& words, const std::u16string& speaker,
             std::optional<uint32_t> entity) {
    Quote q;
    q.id = static_cast<uint32_t>(a.quotes.size());
    q.type = type;
    q.spans.push_back(find(words));
    if (!speaker.empty()) q.speaker = quelle::Speaker{entity, find(speaker)};
    q.cue = find(u"said");
    a.quotes.push_back(q);
  }
};

Analysis first_article() {
  Made m(
      u"\"We will win the vote,\" Angela Merkel said. The party said it would wait. "
      u"\"Never,\" someone said. Merkel said she would stay.");
  const auto merkel = m.entity("Angela Merkel", EntityType::PER, Gender::Female, 3);
  const auto party = m.entity("The Party", EntityType::ORG, Gender::Unknown, 1);
  m.quote(QuoteType::Direct, u"\"We will win the vote,\"", u"Angela Merkel", merkel);  // 5 words
  m.quote(QuoteType::Indirect, u"it would wait", u"The party", party);                 // 3 words
  m.quote(QuoteType::Direct, u"\"Never,\"", u"", std::nullopt);                        // 1 word
  m.quote(QuoteType::Indirect, u"she would stay", u"Merkel", merkel);                  // 3 words
  return m.a;
}

Analysis second_article() {
  Made m(u"\"Fine,\" said ANGELA  MERKEL. A spokesman said costs rose. \"No,\" said Merkel.");
  const auto merkel = m.entity("ANGELA  MERKEL", EntityType::PER, Gender::Unknown, 1);
  const auto org = m.entity("Merkel", EntityType::ORG, Gender::Unknown, 1);
  m.quote(QuoteType::Direct, u"\"Fine,\"", u"ANGELA  MERKEL", merkel);
  m.quote(QuoteType::Reported, u"costs rose", u"A spokesman", std::nullopt);
  m.quote(QuoteType::Direct, u"\"No,\"", u"Merkel.", org);
  return m.a;
}

}  // namespace

TEST_CASE("report: words as the page counts them", "[report]") {
  CHECK(r::count_words(u"") == 0);
  CHECK(r::count_words(u"Don't stop-now, 3.5 times!") == 5);  // don't, stop-now, 3, 5, times
  CHECK(r::count_words(u"a - b") == 2);
  CHECK(r::count_words(u"Zoë’s café 2026") == 3);
  CHECK(r::count_words(u"end-") == 1);
}

TEST_CASE("report: names are merged by lower case and single spaces, without edge punctuation", "[report]") {
  CHECK(r::normalized_name("  Angela   MERKEL: ") == "angela merkel");
  CHECK(r::normalized_name("„Ethan Yu“") == "ethan yu");
  CHECK(r::normalized_name("O’Neil") == r::normalized_name("o'neil"));
  CHECK(r::normalized_name("Ärzte") == "ärzte");
}

TEST_CASE("report: one article's summary", "[report]") {
  const auto s = r::summarize(first_article(), {"a1", "Daily", "2026-12-01"});
  CHECK(s.quotes == 4);
  CHECK(s.quoted_words == 12);
  CHECK(s.types == std::array<uint64_t, 5>{2, 2, 0, 0, 0});
  REQUIRE(s.speakers.size() == 2);
  CHECK(s.speakers[0].name == "Angela Merkel");  // grouped by entity: both her quotes
  CHECK(s.speakers[0].quotes == 2);
  CHECK(s.speakers[0].words == 8);
  CHECK(s.speakers[0].direct == 1);
  CHECK(s.speakers[0].other == 1);
  CHECK(s.speakers[0].gender == "female");
  CHECK(s.speakers[1].type == "ORG");
  CHECK(s.speakers[1].gender.empty());
  CHECK(s.unattributed == r::VoiceCount{1, 1});
  CHECK(s.gender.female == r::VoiceCount{2, 8});
  CHECK(s.gender.persons == r::VoiceCount{2, 8});
  CHECK(s.gender.others == r::VoiceCount{2, 4});  // the party's and the unattributed quote
  REQUIRE(s.quote_rows.size() == 4);
  CHECK(s.quote_rows[0].cue == "said");
  CHECK(s.quote_rows[2].speaker.empty());
}

TEST_CASE("report: speakers merge across articles by normalised name and type", "[report]") {
  r::Corpus c;
  c.add(r::summarize(first_article(), {"a1", "Daily", "2026-12-01"}));
  c.add(r::summarize(second_article(), {"a2", "Weekly", "2026-12-01"}));
  c.add(r::failed_article({"a3", "Daily", ""}, "invalid_utf8", "the file is not text"));
  const auto j = c.to_json();
  CHECK(j["articles"] == 3);
  CHECK(j["analysed"] == 2);
  CHECK(j["failed"] == 1);
  CHECK(j["quotes"] == 7);
  CHECK(j["types"]["direct"] == 4);
  CHECK(j["types"]["indirect"] == 2);
  CHECK(j["types"]["reported"] == 1);
  const auto& speakers = j["speakers"];
  REQUIRE(speakers.size() == 4);                  // Merkel (PER), the party, Merkel (ORG), a spokesman
  CHECK(speakers[0]["name"] == "Angela Merkel");  // the spelling with the most quotes
  CHECK(speakers[0]["quotes"] == 3);
  CHECK(speakers[0]["articles"] == 2);
  CHECK(speakers[0]["gender"] == "female");  // one article says female, the other nothing
  size_t orgs_named_merkel = 0;
  for (const auto& s : speakers) orgs_named_merkel += s["name"] == "Merkel" && s["type"] == "ORG";
  CHECK(orgs_named_merkel == 1);  // the same name as an organisation stays apart
  CHECK(j["gender"]["female"]["quotes"] == 2);
  CHECK(j["gender"]["unknown"]["quotes"] == 1);  // the second article gives her no gender
  CHECK(j["gender"]["female"]["share"] == Approx(8.0 / 9.0).margin(1e-6));
  CHECK(j["unattributed"]["quotes"] == 1);
  REQUIRE(j["errors"].size() == 1);
  CHECK(j["errors"][0]["id"] == "a3");
  CHECK(j["errors"][0]["code"] == "invalid_utf8");
  REQUIRE(j["outlets"].size() == 2);
  CHECK(j["outlets"][0]["outlet"] == "Daily");
  CHECK(j["outlets"][0]["articles"] == 1);  // the failed article is not counted here
  CHECK(j["dates"][0]["articles"] == 2);
  const auto top = c.to_json(25, 1);
  CHECK(top["speakerCount"] == 4);
  REQUIRE(top["speakers"].size() == 1);
  CHECK(top["speakers"][0] == speakers[0]);
}

TEST_CASE("report: the order of the articles does not change the report", "[report]") {
  r::Corpus ab, ba;
  const auto a = r::summarize(first_article(), {"a1", "", ""});
  const auto b = r::summarize(second_article(), {"a2", "", ""});
  const auto e = r::failed_article({"a3", "", ""}, "internal", "x");
  ab.add(a), ab.add(b), ab.add(e);
  ba.add(e), ba.add(b), ba.add(a);
  CHECK(ab.to_json().dump() == ba.to_json().dump());
}

TEST_CASE("report: summaries survive JSON, and a batch record summarises as its analysis", "[report]") {
  const auto s = r::summarize(first_article(), {"a1", "Daily", "2026-12-01"});
  const auto back = r::summary_from_json(r::to_json(s, true));
  REQUIRE(back.ok());
  CHECK(*back == s);
  const auto failed = r::failed_article({42, "", ""}, "invalid_utf8", "bad bytes");
  CHECK(*r::summary_from_json(r::to_json(failed, false)) == failed);

  const std::string text =
      "\"We will not back down,\" Senator Jane Miller said on Monday. According to officials, the plan failed. "
      "She said the vote would come soon. \"It is over,\" Mr. Brown told reporters.";
  const auto analysis = quelle::analyze(text);
  REQUIRE(analysis.ok());
  REQUIRE(!analysis->quotes.empty());
  const std::string line =
      R"({"id":"x","outlet":"Daily","date":"2026-12-01","analysis":)" + quelle::to_json_string(*analysis) + "}";
  const auto from_record = r::summarize_record(line);
  REQUIRE(from_record.ok());
  CHECK(*from_record == r::summarize(*analysis, {"x", "Daily", "2026-12-01"}));
  CHECK(r::summarize_record(R"({"id":1,"error":{"code":"invalid_request","message":"m"}})")->failed);
  CHECK(!r::summarize_record("not json").ok());
  CHECK(!r::summarize_record(R"({"id":1})").ok());
  // A record whose lengths no text has is refused, not allocated or read past.
  CHECK(!r::summarize_record(R"({"id":1,"analysis":{"stats":{"characters":99999999999},"entities":[],"quotes":[]}})")
             .ok());
  CHECK(
      !r::summarize_record(
           R"({"id":1,"analysis":{"stats":{"characters":3},"entities":[],"quotes":[{"type":"direct","start":1,"end":9,"text":"abcdefgh"}]}})")
           .ok());
}
