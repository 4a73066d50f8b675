// Training of the named-entity tagger (averaged structured perceptron), used
// by `quelle train-ner` (cli/train_ner_command.cpp reads the corpora).
#pragma once

#include <cstdint>
#include <functional>
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
  int type = 2;  // EntityType as int (LOC); 4, 5, 6: a word used as first name, surname, organisation word; 7: word cluster; 8: word class
  int cluster = 0;  // type 7: cluster id 1..255; type 8: word class bit 1..8
};

struct TrainOptions {
  std::string language;
  std::string description;
  int epochs = 8;
  int min_count = 2;       // features seen fewer times are not learned
  double min_weight = 0.002;  // prune features whose largest |weight| is below this fraction of the largest
  double dropout = 0.0;     // probability of leaving out a feature in a training step
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

}  // namespace quelle::ner
