// Averaged perceptrons (Collins 2002) for the quote models: a multiclass
// classifier and a ranker that picks one of several candidates. Training is
// deterministic for a seed: the examples are visited in an order shuffled by
// std::mt19937_64 with our own Fisher-Yates (std::shuffle's algorithm
// differs between standard libraries).
#pragma once

#include <cstdint>
#include <vector>

#include "model/linear.hpp"

namespace quelle::model {

struct Example {
  std::vector<uint32_t> keys;
  uint32_t label = 0;
};

// One decision among candidates; `gold` indexes the right one (every
// example has one: give the ranker a "none" candidate of its own where
// none may be right).
struct RankExample {
  std::vector<std::vector<uint32_t>> candidates;
  uint32_t gold = 0;
};

struct TrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  // The classifier's update on a mistake about an example of class c is
  // scaled by class_weights[c] (missing: 1): weights above 1 for rare
  // classes trade precision for their recall.
  std::vector<double> class_weights;
};

LinearModel train_classifier(const std::vector<Example>& examples, uint32_t classes, const TrainOptions& options);
LinearModel train_ranker(const std::vector<RankExample>& examples, const TrainOptions& options);

// The order in which an epoch visits n examples.
std::vector<uint32_t> shuffled_order(size_t n, uint64_t seed, int epoch);

}  // namespace quelle::model
