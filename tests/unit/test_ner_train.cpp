// The steps of the NER trainer (entities/ner_train.hpp) on their own.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <vector>

#include "entities/ner_features.hpp"
#include "entities/ner_train.hpp"

namespace ner = quelle::ner;

TEST_CASE("gazetteer keys: every prefix of a name, one-word classes, the model marks", "[entities][train]") {
  const std::vector<ner::GazetteerEntry> entries = {
      {"Frankfurt am Main", 2, 0}, {"Merkel", 5, 0}, {"Berlin", 7, 12}, {"Berlin", 8, 2}, {"zwei Wörter", 8, 1}};
  const auto keys = ner::gazetteer_keys(entries);
  const uint32_t f = ner::seq_hash(0, ner::hash_text(u"frankfurt"));
  const uint32_t fa = ner::seq_hash(f, ner::hash_text(u"am"));
  const uint32_t fam = ner::seq_hash(fa, ner::hash_text(u"main"));
  CHECK(keys.at(f) == 0x80);
  CHECK(keys.at(fa) == 0x80);
  CHECK(keys.at(fam) == 0x04);                                          // a place
  CHECK(keys.at(ner::seq_hash(0, ner::hash_text(u"merkel"))) == 0x20);  // a surname
  CHECK(keys.at(ner::cluster_key(ner::hash_text(u"berlin"))) == 12);
  CHECK(keys.at(ner::wordclass_key(ner::hash_text(u"berlin"))) == 0x02);
  CHECK(keys.count(ner::wordclass_key(ner::hash_text(u"zwei"))) == 0);  // classes are for single words
  CHECK(keys.at(ner::cluster_key(0)) == 1);
  CHECK(keys.at(ner::wordclass_key(0)) == 1);
  CHECK(keys.size() == 8);
}

TEST_CASE("the feature index keeps the features seen often enough", "[entities][train]") {
  std::vector<uint32_t> feats = {7, 0, 5, 7, 9, 5, 7};
  const auto keys = ner::index_features(feats, 2);
  CHECK(keys == std::vector<uint32_t>{5, 7});
  CHECK(feats == std::vector<uint32_t>{1, ner::kNoFeature, 0, 1, ner::kNoFeature, 0, 1});
}

TEST_CASE("the training Viterbi finds the best BIO tag sequence", "[entities][train]") {
  // Against all sequences of three tokens.
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> d(-2.0, 2.0);
  ner::ViterbiScratch scratch;
  for (int trial = 0; trial < 30; ++trial) {
    constexpr size_t n = 3;
    std::vector<float> em(n * ner::kNumTags);
    std::vector<double> tr(ner::kTransitions);
    for (float& x : em) x = static_cast<float>(d(rng));
    for (double& x : tr) x = d(rng);
    std::vector<uint8_t> tags;
    ner::best_tags(em.data(), tr.data(), n, scratch, tags);
    auto score = [&](const int* s) {
      double v = 0;
      for (size_t k = 0; k < n; ++k) {
        const int prev = k == 0 ? -1 : s[k - 1];
        if (!ner::transition_allowed(prev, s[k])) return -1e300;
        v += em[k * ner::kNumTags + s[k]] + tr[(k == 0 ? ner::kNumTags : prev) * ner::kNumTags + s[k]];
      }
      return v;
    };
    double best = -1e300;
    for (int a = 0; a < ner::kNumTags; ++a)
      for (int b = 0; b < ner::kNumTags; ++b)
        for (int c = 0; c < ner::kNumTags; ++c) {
          const int s[] = {a, b, c};
          best = std::max(best, score(s));
        }
    const int got[] = {tags[0], tags[1], tags[2]};
    CHECK(score(got) == Approx(best));
  }
}

TEST_CASE("the codebook codes a weight by its nearest level, with its sign", "[entities][train]") {
  const ner::Codebook cb(3.0f);
  const auto values = cb.values();
  CHECK(values[0] == 0);
  CHECK(values[127] == 30000);  // the largest magnitude: top
  CHECK(values[254] == -30000);
  CHECK(cb.code(0.0) == 0);
  CHECK(cb.code(3.0) == 127);
  CHECK(cb.code(-3.0) == 254);
  CHECK(cb.code(cb.levels[10] * 1.01) == 11);
  CHECK(cb.code(cb.lo / std::sqrt(cb.ratio) / 2) == 0);  // too small to keep
}
