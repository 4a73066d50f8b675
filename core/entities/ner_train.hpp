// Training of the named-entity tagger (averaged structured perceptron), used
// by `quelle train-ner` (cli/train_ner_command.cpp reads the corpora).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "entities/ner_model.hpp"

namespace quelle::ner {

struct TrainSpan {
  uint32_t first = 0;  // corpus token indices, inclusive
  uint32_t last = 0;
  int type = 0;  // EntityType as int
};

// One corpus sentence: its tokens (UTF-8) and entity spans. The text the
// tagger sees is the tokens joined by single spaces, segmented by Quelle's
// own segmenter, so training and use see the same tokens.
struct TrainSentence {
  std::vector<std::string> tokens;
  std::vector<TrainSpan> spans;
};

struct GazetteerEntry {
  std::string name;
  int type = 2;     // EntityType as int (LOC); 4, 5, 6: a word used as first name, surname, organisation word; 7: word
                    // cluster; 8: word class
  int cluster = 0;  // type 7: cluster id 1..255; type 8: word class bit 1..8
};

struct TrainOptions {
  std::string language;
  std::string description;
  int epochs = 8;
  int min_count = 2;          // features seen fewer times are not learned
  double min_weight = 0.002;  // prune features whose largest |weight| is below this fraction of the largest
  double dropout = 0.0;       // probability of leaving out a feature in a training step
  uint32_t seed = 1;
  std::function<void(const std::string&)> log;  // progress lines
};

struct Scores {
  size_t tp = 0, pred = 0, gold = 0;
  [[nodiscard]] double precision() const { return pred ? double(tp) / double(pred) : 0.0; }
  [[nodiscard]] double recall() const { return gold ? double(tp) / double(gold) : 0.0; }
  [[nodiscard]] double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// Trains and returns the model content (serialize_model writes the file).
Expected<ModelData> train(const std::vector<TrainSentence>& sentences, const std::vector<GazetteerEntry>& gazetteer,
                          const TrainOptions& options);

// Exact-span micro scores of `model` on `sentences` (on Quelle's tokens).
Scores evaluate(const Model& model, const std::vector<TrainSentence>& sentences);

// The steps of train() that can be checked on their own.

// The gazetteer's keys and values (ner_features.hpp, Gazetteer): every
// prefix of every name (lower-case Quelle tokens), word clusters, word
// classes and the words of names in some role; the keys that mark a model
// with clusters or classes.
std::map<uint32_t, uint8_t> gazetteer_keys(const std::vector<GazetteerEntry>& gazetteer);

// A feature left out: absent, seen too rarely, or dropped.
inline constexpr uint32_t kNoFeature = 0xFFFFFFFFu;
// Replaces the feature hashes in `feats` by indices into the returned keys
// (sorted): those seen at least min_count times, the others by kNoFeature.
std::vector<uint32_t> index_features(std::vector<uint32_t>& feats, int min_count);

// Transition weights: (kNumTags + 1) * kNumTags, row kNumTags = sentence start.
inline constexpr int kTransitions = (kNumTags + 1) * kNumTags;
struct ViterbiScratch {
  std::vector<double> score;
  std::vector<uint8_t> back;
};
// The training Viterbi: the best BIO tags of n tokens under emission scores
// em (n * kNumTags) and `transitions`, ties to the lower tag.
void best_tags(const float* em, const double* transitions, size_t n, ViterbiScratch& scratch,
               std::vector<uint8_t>& tags);

// The int8 weight codes: 0, then 127 magnitudes spaced logarithmically from
// top/2000 to top (the largest |weight|), each with both signs (code 1 + i,
// 128 + i); integer values with top = 30000.
struct Codebook {
  explicit Codebook(float top);
  double lo;                   // the smallest magnitude
  double ratio;                // between neighbouring magnitudes
  float scale;                 // float weight = integer value * scale
  std::vector<double> levels;  // the 127 magnitudes
  // The 256 integer values (ModelData::codebook).
  [[nodiscard]] std::vector<int16_t> values() const;
  // The code nearest to v (by ratio); 0 below half a step under the smallest.
  [[nodiscard]] uint8_t code(double v) const;
};
// The weight codes of the features whose largest |weight| is at least
// min_weight * top and not all 0, into out.feature_keys and out.weights.
void quantize(const std::vector<float>& averaged, const std::vector<uint32_t>& keys, double min_weight, float top,
              const Codebook& codebook, ModelData& out);

}  // namespace quelle::ner
