// The linear models under the quote models: features, perceptrons, files.
#include <catch2/catch.hpp>
#include <cstring>

#include "model/bundle.hpp"
#include "model/features.hpp"
#include "model/perceptron.hpp"

using namespace quelle::model;

namespace {

// Two classes told apart by one of two features, plus a shared noise feature.
std::vector<Example> toy_examples() {
  std::vector<Example> ex;
  for (int i = 0; i < 40; ++i) {
    const bool a = i % 2 == 0;
    ex.push_back({{feature_key(a ? "word" : "other", u"x"), feature_key("bias")}, a ? 1u : 0u});
  }
  return ex;
}

}  // namespace

TEST_CASE("Feature keys depend on name and value, not on the build", "[model]") {
  CHECK(feature_key("w", u"sagte") != feature_key("w", u"sagt"));
  CHECK(feature_key("w", u"sagte") != feature_key("x", u"sagte"));
  CHECK(feature_key("n", int64_t{3}) != feature_key("n", int64_t{4}));
  // FNV-1a of "a": a fixed value, so that models trained natively score the same in wasm.
  CHECK(feature_key("a") == 0xE40C292Cu);
  CHECK(bin(3) == 3);
  CHECK(bin(6) == 5);
  CHECK(bin(100) == 16);
}

TEST_CASE("An averaged perceptron learns a separable rule, the same for a seed", "[model]") {
  const auto ex = toy_examples();
  const LinearModel m = train_classifier(ex, 2, {5, 7});
  for (const Example& e : ex) CHECK(m.best(e.keys) == e.label);
  const LinearModel again = train_classifier(ex, 2, {5, 7});
  ByteWriter a, b;
  m.write(a);
  again.write(b);
  CHECK(a.data() == b.data());
}

TEST_CASE("A ranker learns which candidate is right", "[model]") {
  std::vector<RankExample> ex;
  for (int i = 0; i < 30; ++i) {
    RankExample r;
    r.candidates = {{feature_key("far")}, {feature_key("subject")}, {feature_key("object")}};
    if (i % 3 == 0) std::swap(r.candidates[0], r.candidates[1]);
    r.gold = i % 3 == 0 ? 0 : 1;
    ex.push_back(r);
  }
  const LinearModel m = train_ranker(ex, {5, 1});
  CHECK(m.score(std::vector<uint32_t>{feature_key("subject")}) > m.score(std::vector<uint32_t>{feature_key("object")}));
  CHECK(m.score(std::vector<uint32_t>{feature_key("subject")}) > m.score(std::vector<uint32_t>{feature_key("far")}));
}

TEST_CASE("Model bundles round-trip and refuse damage", "[model]") {
  const Magic magic = {'T', 'S', 'T', 0x1A};
  Bundle b;
  b.language = "de";
  b.description = "test";
  b.models.emplace_back("type", train_classifier(toy_examples(), 2, {3, 1}));
  const std::vector<uint8_t> bytes = write_bundle(b, magic, 1);

  auto back = read_bundle(bytes.data(), bytes.size(), magic, 1, "test model", 1000);
  REQUIRE(back.ok());
  CHECK(back->language == "de");
  REQUIRE(back->find("type") != nullptr);
  CHECK(back->find("missing") == nullptr);
  for (const Example& e : toy_examples()) CHECK(back->find("type")->best(e.keys) == e.label);

  SECTION("wrong version") { CHECK(!read_bundle(bytes.data(), bytes.size(), magic, 2, "test model", 1000).ok()); }
  SECTION("wrong magic") {
    const Magic other = {'Q', 'N', 'M', 0x1A};
    CHECK(!read_bundle(bytes.data(), bytes.size(), other, 1, "test model", 1000).ok());
  }
  SECTION("every truncation") {
    for (size_t n = 0; n < bytes.size(); ++n) CHECK(!read_bundle(bytes.data(), n, magic, 1, "test model", 1000).ok());
  }
  SECTION("a flipped bit") {
    auto bad = bytes;
    bad[bad.size() / 2] ^= 0x10;
    auto r = read_bundle(bad.data(), bad.size(), magic, 1, "test model", 1000);
    REQUIRE(!r.ok());
    CHECK(r.error().message.find("checksum") != std::string::npos);
  }
  SECTION("too many features for the limit") {
    CHECK(!read_bundle(bytes.data(), bytes.size(), magic, 1, "test model", 1).ok());
  }
}

TEST_CASE("A sequence tagger learns BIO chunks and keeps to its grammar", "[model]") {
  // Tags: 0 = O, 1 = B, 2 = I. A chunk opens at "«" and runs to "»".
  auto allowed = [](int prev, int next) { return next != 2 || prev == 1 || prev == 2; };
  std::vector<uint8_t> pairs(4 * 3);
  for (int p = -1; p < 3; ++p)
    for (int t = 0; t < 3; ++t) pairs[(p + 1) * 3 + t] = allowed(p, t) ? 1 : 0;
  std::vector<TaggedSequence> data;
  for (int n = 0; n < 20; ++n) {
    TaggedSequence s;
    const int open = n % 4, close = open + 2 + n % 3;
    for (int i = 0; i < 10; ++i) {
      const char16_t* w = i == open ? u"«" : i == close ? u"»" : u"x";
      s.tokens.push_back({feature_key("w", w), feature_key("bias")});
      s.tags.push_back(i == open ? 1 : (i > open && i <= close) ? 2 : 0);
    }
    data.push_back(s);
  }
  const SequenceTagger tagger = train_tagger(data, 3, pairs, {8, 3});
  for (const TaggedSequence& s : data) CHECK(tagger.tag(s.tokens, allowed) == s.tags);
  // A lone "»" may not open a chunk with I: the grammar holds whatever the weights say.
  const std::vector<std::vector<uint32_t>> odd = {{feature_key("w", u"»")}, {feature_key("w", u"x")}};
  CHECK(tagger.tag(odd, allowed)[0] != 2);

  Bundle b;
  b.taggers.emplace_back("spans", tagger);
  const Magic magic = {'T', 'S', 'T', 0x1A};
  const auto bytes = write_bundle(b, magic, 1);
  auto back = read_bundle(bytes.data(), bytes.size(), magic, 1, "test model", 1000);
  REQUIRE(back.ok());
  REQUIRE(back->find_tagger("spans") != nullptr);
  for (const TaggedSequence& s : data) CHECK(back->find_tagger("spans")->tag(s.tokens, allowed) == s.tags);
  for (size_t n = 0; n < bytes.size(); n += 7) CHECK(!read_bundle(bytes.data(), n, magic, 1, "test model", 1000).ok());
}
