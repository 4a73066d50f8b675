#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "serialize/json_writer.hpp"
#include "test_support.hpp"

TEST_CASE("JSON has version 1 and every span's text equals the input slice", "[serialize]") {
  const std::string text = quelle::test::read_file(QUELLE_SHARED_DIR "/samples/de-dpa-alibaba-cebit.txt");
  if (text.empty()) {
    WARN("sample not found; skipped");
    return;
  }
  auto a = quelle::analyze(text);
  REQUIRE(a);
  auto j = nlohmann::json::parse(quelle::to_json_string(*a));
  CHECK(j["version"] == 1);
  CHECK(j["language"] == "de");
  CHECK(j["sentences"].size() > 10);
  const std::u16string& t = a->text;
  auto check_span = [&](const nlohmann::json& s) {
    const auto b = s["start"].get<uint32_t>();
    const auto e = s["end"].get<uint32_t>();
    REQUIRE(b <= e);
    REQUIRE(e <= t.size());
    if (s.contains("text")) CHECK(s["text"] == quelle::utf16_to_utf8(std::u16string_view(t).substr(b, e - b)));
  };
  for (const auto& s : j["sentences"]) check_span(s);
  for (const auto& e : j["entities"])
    for (const auto& m : e["mentions"]) check_span(m);
  for (const auto& q : j["quotes"]) {
    check_span(q);
    if (!q["speaker"].is_null()) check_span(q["speaker"]);
    if (!q["cue"].is_null()) check_span(q["cue"]);
  }
}

TEST_CASE("Error JSON has code and message", "[serialize]") {
  auto j = nlohmann::json::parse(quelle::error_json_string({quelle::ErrorCode::InvalidUtf8, "bad"}));
  CHECK(j["code"] == "invalid_utf8");
  CHECK(j["message"] == "bad");
}

TEST_CASE("A quote with speaker and cue serializes (fuzzer regression)", "[serialize]") {
  // The first fuzzing run found the speaker object built from a destroyed
  // temporary; this builds the same shape by hand.
  quelle::Analysis a;
  a.text = u"«Gut», sagte Yu.";
  a.language = "de";
  quelle::Quote q;
  q.spans = {{0, 5}};
  q.speaker = quelle::Speaker{0u, {13, 15}};
  q.cue = quelle::Span{7, 12};
  a.quotes.push_back(q);
  auto j = nlohmann::json::parse(quelle::to_json_string(a));
  CHECK(j["quotes"][0]["text"] == "«Gut»");
  CHECK(j["quotes"][0]["speaker"]["entity"] == 0);
  CHECK(j["quotes"][0]["speaker"]["text"] == "Yu");
  CHECK(j["quotes"][0]["cue"]["text"] == "sagte");
}

TEST_CASE("The streaming JSON writer prints what nlohmann prints", "[serialize]") {
  // Strings with every escape, control characters, non-ASCII, a surrogate
  // pair and a lone surrogate; numbers with up to four decimals.
  const std::u16string text = u"a\"b\\c/\b\f\n\r\t\x01\x1f\x7f ä € 😀 \xD800 end";
  const std::vector<double> numbers = {0.0, 1.0, 0.5, 0.25, 0.1234, 0.0001, 0.9999, 0.12345, 0.99996, 12.5, 3.0001};
  std::string ours;
  quelle::JsonWriter w(ours);
  w.begin_array();
  w.value(std::u16string_view(text));
  w.value(std::string_view("x\"y\n\x02z ü"));
  for (double d : numbers) w.value_4dp(d);
  w.value(uint32_t{4294967295u});
  w.value(true);
  w.null();
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.end_array();

  nlohmann::ordered_json expected = nlohmann::ordered_json::array();
  expected.push_back(quelle::utf16_to_utf8(text));
  expected.push_back("x\"y\n\x02z ü");
  for (double d : numbers) expected.push_back(std::round(d * 10000.0) / 10000.0);
  expected.push_back(4294967295u);
  expected.push_back(true);
  expected.push_back(nullptr);
  expected.push_back(nlohmann::ordered_json::object());
  expected.push_back(nlohmann::ordered_json::array());
  CHECK(ours == expected.dump());
}

TEST_CASE("Pretty output is the same analysis, indented", "[serialize]") {
  quelle::Options opt;
  opt.language = "de";
  auto a = quelle::analyze("«Gut», sagte Ethan Yu in Hannover.", opt);
  REQUIRE(a);
  const std::string compact = quelle::to_json_string(*a);
  const std::string pretty = quelle::to_json_string(*a, true);
  CHECK(pretty.find("\n  \"language\": \"de\"") != std::string::npos);
  CHECK(nlohmann::ordered_json::parse(pretty) == nlohmann::ordered_json::parse(compact));
}
