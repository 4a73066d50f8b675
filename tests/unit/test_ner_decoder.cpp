// The NER decoder against its definitions.
// - Emission scores: for every token, the sum of the weights of its 44
//   features as extract_features() (the trainer's path) lists them. The
//   decoder gets there differently, from its word, pair and context memos
//   (ner_emissions.cpp), and must agree exactly, cold and warm, across
//   documents and with sums that do not fit the memos' int16 entries.
// - Viterbi: the best tag sequence under BIO, ties to the lower tag, as a
//   plain dynamic programme over all predecessors finds it; decode() skips
//   predecessors that cannot win and must still agree.
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "entities/ner_features.hpp"
#include "entities/ner_model.hpp"
#include "normalize/normalize.hpp"
#include "normalize/utf.hpp"
#include "segment/segment.hpp"

namespace {

namespace ner = quelle::ner;

// `text` must outlive the document (which views it).
quelle::Document make_document(const std::u16string& text) {
  quelle::Document doc;
  doc.text = text;
  quelle::normalize(doc);
  quelle::segment(doc);
  doc.language = quelle::Language::De;
  return doc;
}

uint32_t lower_hash(std::u16string_view w) { return ner::hash_text(w); }

// Gazetteer entries that switch on every feature template: names (one and
// two words), word clusters and lexicon word classes, with the keys that
// mark a model as having clusters and word classes.
std::map<uint32_t, uint8_t> gazetteer_entries() {
  std::map<uint32_t, uint8_t> g;
  const uint32_t berlin = lower_hash(u"berlin"), angela = lower_hash(u"angela"), merkel = lower_hash(u"merkel");
  g[ner::seq_hash(0, berlin)] |= 0x04;                         // a place
  g[ner::seq_hash(0, angela)] |= 0x80 | 0x10;                  // a first name, more may follow
  g[ner::seq_hash(ner::seq_hash(0, angela), merkel)] |= 0x01;  // a person
  g[ner::seq_hash(0, merkel)] |= 0x01 | 0x20;
  g[ner::cluster_key(0)] = 1;
  g[ner::wordclass_key(0)] = 1;
  int cluster = 1;
  for (const char16_t* w : {u"die", u"der", u"sagte", u"berlin", u"am", u"in", u"bundesregierung", u"„", u"."})
    g[ner::cluster_key(lower_hash(w))] = static_cast<uint8_t>(cluster++);
  g[ner::wordclass_key(lower_hash(u"berlin"))] = 0x01;
  g[ner::wordclass_key(lower_hash(u"regierung"))] = 0x02;
  return g;
}

struct Block {
  size_t first, end;
};

std::vector<Block> blocks_of(const quelle::Document& doc) {
  std::vector<Block> out;
  ner::for_each_block(doc, [&](size_t first, size_t end) { out.push_back({first, end}); });
  return out;
}

}  // namespace

TEST_CASE("the decoder's memos give the emissions the features define", "[entities]") {
  const std::vector<std::string> texts = {
      "Die Bundesregierung in Berlin sagte am Montag, Angela Merkel habe keine Angst. „Wir schaffen das“, sagte "
      "Merkel in Berlin. Die Donaudampfschifffahrtsgesellschaft (DDSG) und die Bundesregierung widersprachen.\n\n"
      "Am Dienstag sagte die Regierung in Berlin: „Die Bundesregierung bleibt dabei.“ Merkel sagte nichts.",
      "Angela Merkel, die Bundeskanzlerin, traf in Berlin die Regierung. „Das ist gut“, sagte sie. "
      "Die Regierung der Bundesrepublik sagte am Montag in Berlin, die Gespräche gingen weiter.",
      "ISTANBUL. Der Präsident sagte am Montag, Berlin und Paris seien sich einig. Zwei Wörter: Straße, STRASSE.",
      // Words of 17 to 32 units (remembered) and longer (not), emoji, İ and
      // combining marks, each twice.
      "Das Bundesverfassungsgericht und die Ministerpräsidentenkonferenz: Bundesverfassungsgericht, "
      "Ministerpräsidentenkonferenz, Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz. "
      "Top👍 und 👍, İstanbul und İSTANBUL, Cafe\u0301 und Cafe\u0301, 🇩🇪 Berlin 🇩🇪 Berlin.",
  };
  std::vector<std::u16string> utf16;
  for (const auto& t : texts) utf16.push_back(*quelle::utf8_to_utf16(t));
  std::vector<quelle::Document> docs;
  for (const auto& t : utf16) docs.push_back(make_document(t));

  // Every feature the texts have, from the trainer's path.
  const auto gaz_map = gazetteer_entries();
  std::vector<uint32_t> gaz_keys;
  std::vector<uint8_t> gaz_values;
  for (const auto& [k, v] : gaz_map) {
    gaz_keys.push_back(k);
    gaz_values.push_back(v);
  }
  ner::Gazetteer gaz;
  gaz.build(gaz_keys, gaz_values);
  REQUIRE(ner::feature_set(gaz).clusters);
  REQUIRE(ner::feature_set(gaz).wordclasses);
  std::set<uint32_t> keys;
  ner::FeatureScratch scratch;
  for (const auto& doc : docs) {
    std::vector<uint8_t> quote;
    ner::quote_state(doc, quote);
    for (const Block& b : blocks_of(doc)) {
      ner::extract_features(doc, b.first, b.end, gaz, quote, scratch);
      for (size_t i = 0; i < (b.end - b.first) * ner::kFeaturesPerToken; ++i)
        if (scratch.features[i] != 0) keys.insert(scratch.features[i]);
    }
  }
  REQUIRE(keys.size() > 500);

  // A model with random weights for most of them (every seventh is left
  // out, as a feature the training data never had), and a codebook with
  // large codes, so that some sums do not fit the memos' int16.
  std::mt19937 rng(11);
  ner::ModelData d;
  d.language = "de";
  d.transitions.assign((ner::kNumTags + 1) * ner::kNumTags, 0);
  d.codebook.assign(256, 0);
  for (int c = 1; c < 256; ++c)
    d.codebook[c] = static_cast<int16_t>(c < 240 ? int(rng() % 6001) - 3000 : int(rng() % 60001) - 30000);
  std::map<uint32_t, size_t> index;
  size_t n = 0;
  for (const uint32_t k : keys) {
    if (n++ % 7 == 3) continue;
    index[k] = d.feature_keys.size();
    d.feature_keys.push_back(k);
    for (int t = 0; t < ner::kNumTags; ++t) d.weights.push_back(static_cast<uint8_t>(rng() % 4 == 0 ? 0 : rng() % 256));
  }
  d.gaz_keys = gaz_keys;
  d.gaz_values = gaz_values;
  const auto bytes = ner::serialize_model(d);
  auto parsed = ner::Model::parse(bytes.data(), bytes.size());
  REQUIRE(parsed.ok());
  const std::unique_ptr<ner::Model> model = std::move(*parsed);

  // Cold memos, then warm ones, then after another document: always the definition.
  size_t compared = 0, mismatches = 0;
  for (int pass = 0; pass < 3; ++pass) {
    for (const auto& doc : docs) {
      std::vector<uint8_t> quote;
      ner::quote_state(doc, quote);
      for (const Block& b : blocks_of(doc)) {
        ner::extract_features(doc, b.first, b.end, gaz, quote, scratch);
        std::vector<int32_t> got((b.end - b.first) * ner::kNumTags);
        model->emissions(doc, b.first, b.end, quote, got.data());
        for (size_t k = 0; k < b.end - b.first; ++k) {
          int32_t want[ner::kNumTags] = {};
          for (int j = 0; j < ner::kFeaturesPerToken; ++j) {
            const auto it = index.find(scratch.features[k * ner::kFeaturesPerToken + j]);
            if (it == index.end()) continue;
            for (int t = 0; t < ner::kNumTags; ++t) want[t] += d.codebook[d.weights[it->second * ner::kNumTags + t]];
          }
          for (int t = 0; t < ner::kNumTags; ++t) {
            ++compared;
            if (got[k * ner::kNumTags + t] != want[t]) ++mismatches;
          }
        }
      }
    }
  }
  CHECK(compared > 3000);
  CHECK(mismatches == 0);
}

namespace {

// The plain dynamic programme: every allowed predecessor, 64-bit sums, ties
// to the lower predecessor and, at the end, to the lower tag.
std::vector<uint8_t> reference_viterbi(const std::vector<int32_t>& trans, const std::vector<int32_t>& em, size_t n,
                                       const std::vector<uint16_t>& allowed) {
  constexpr int T = ner::kNumTags;
  constexpr int64_t kNone = INT64_MIN / 4;
  auto emission = [&](size_t k, int t) -> int64_t {
    return allowed[k] != 0 && (allowed[k] & (1u << t)) == 0 ? kNone : em[k * T + t];
  };
  std::vector<int64_t> score(n * T);
  std::vector<uint8_t> back(n * T, 0);
  for (int t = 0; t < T; ++t) score[t] = ner::transition_allowed(-1, t) ? emission(0, t) + trans[T * T + t] : kNone;
  for (size_t k = 1; k < n; ++k) {
    for (int t = 0; t < T; ++t) {
      int64_t best = kNone;
      int best_p = 0;
      for (int p = 0; p < T; ++p) {
        if (!ner::transition_allowed(p, t)) continue;
        const int64_t v = score[(k - 1) * T + p] + trans[p * T + t];
        if (v > best) {
          best = v;
          best_p = p;
        }
      }
      score[k * T + t] = best + emission(k, t);
      back[k * T + t] = static_cast<uint8_t>(best_p);
    }
  }
  std::vector<uint8_t> tags(n);
  int best_t = 0;
  for (int t = 1; t < T; ++t)
    if (score[(n - 1) * T + t] > score[(n - 1) * T + best_t]) best_t = t;
  for (size_t k = n; k-- > 0;) {
    tags[k] = static_cast<uint8_t>(best_t);
    best_t = back[k * T + best_t];
  }
  return tags;
}

}  // namespace

TEST_CASE("Viterbi decoding finds what the plain dynamic programme finds, ties included", "[entities]") {
  constexpr int T = ner::kNumTags;
  std::mt19937 rng(5);
  size_t sequences = 0, differing = 0;
  // Coarse values (many ties) and fine ones; transitions small and large
  // against the emissions; with and without constraints.
  for (int round = 0; round < 400; ++round) {
    const int32_t step = round % 2 == 0 ? 100 : 1;
    const int32_t trans_scale = (round / 2) % 3 == 0 ? 1 : (round / 2) % 3 == 1 ? 20 : 400;
    ner::ModelData d;
    d.language = "xx";
    d.transitions.resize((T + 1) * T);
    for (auto& v : d.transitions) v = (static_cast<int32_t>(rng() % 5) - 2) * step * trans_scale;
    d.codebook.assign(256, 0);
    d.feature_keys = {1};
    d.weights.assign(T, 0);
    const auto bytes = ner::serialize_model(d);
    auto m = ner::Model::parse(bytes.data(), bytes.size());
    REQUIRE(m.ok());
    const size_t n = 1 + rng() % 40;
    std::vector<int32_t> em(n * T);
    for (auto& v : em) v = (static_cast<int32_t>(rng() % 9) - 4) * step * 50;
    std::vector<uint16_t> allowed(n, 0);
    if (round % 4 == 3) {
      constexpr uint16_t kPerTags = (1u << ner::tag_b(0)) | (1u << ner::tag_i(0));
      constexpr uint16_t kNameTags = ((1u << T) - 1) & ~1u;
      for (auto& a : allowed) a = rng() % 3 == 0 ? (rng() % 2 ? kPerTags : kNameTags) : 0;
    }
    std::vector<uint8_t> got;
    (*m)->decode(em.data(), n, round % 4 == 3 ? allowed.data() : nullptr, got);
    ++sequences;
    if (got != reference_viterbi(d.transitions, em, n, allowed)) ++differing;
  }
  CHECK(sequences == 400);
  CHECK(differing == 0);
}
