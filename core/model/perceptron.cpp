#include "model/perceptron.hpp"

#include <random>

#include "model/averaged.hpp"

namespace quelle::model {
namespace {

// The current scores of `keys`, one per class.
void scores(const AveragedWeights& w, const std::vector<uint32_t>& keys, uint32_t classes, std::vector<double>& out) {
  out.assign(classes, 0.0);
  w.add_scores(keys, out.data());
}

LinearModel averaged_model(const AveragedWeights& w, uint32_t classes) {
  std::vector<uint32_t> keys;
  std::vector<float> weights;
  w.average(keys, weights);
  return LinearModel(classes, keys, weights);
}

uint32_t argmax(const std::vector<double>& s) {
  uint32_t best = 0;
  for (uint32_t c = 1; c < s.size(); ++c) {
    if (s[c] > s[best]) best = c;
  }
  return best;
}

}  // namespace

std::vector<uint32_t> shuffled_order(size_t n, uint64_t seed, int epoch) {
  std::vector<uint32_t> order(n);
  for (uint32_t i = 0; i < n; ++i) order[i] = i;
  std::mt19937_64 rng(seed * 1000003u + static_cast<uint64_t>(epoch));
  for (size_t i = n; i > 1; --i) {
    const size_t j = static_cast<size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

LinearModel train_classifier(const std::vector<Example>& examples, uint32_t classes, const TrainOptions& options) {
  AveragedWeights model(classes);
  std::vector<double> s;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (const uint32_t i : shuffled_order(examples.size(), options.seed, epoch)) {
      const Example& ex = examples[i];
      scores(model, ex.keys, classes, s);
      const uint32_t guess = argmax(s);
      if (guess != ex.label) {
        const double step = ex.label < options.class_weights.size() ? options.class_weights[ex.label] : 1.0;
        model.update(ex.keys, ex.label, step);
        model.update(ex.keys, guess, -step);
      }
      model.tick();
    }
  }
  return averaged_model(model, classes);
}

LinearModel train_ranker(const std::vector<RankExample>& examples, const TrainOptions& options) {
  AveragedWeights model(1);
  std::vector<double> s;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (const uint32_t i : shuffled_order(examples.size(), options.seed, epoch)) {
      const RankExample& ex = examples[i];
      uint32_t guess = 0;
      double top = 0.0;
      for (uint32_t c = 0; c < ex.candidates.size(); ++c) {
        scores(model, ex.candidates[c], 1, s);
        if (c == 0 || s[0] > top) {
          top = s[0];
          guess = c;
        }
      }
      if (guess != ex.gold && ex.gold < ex.candidates.size()) {
        model.update(ex.candidates[ex.gold], 0, 1.0);
        model.update(ex.candidates[guess], 0, -1.0);
      }
      model.tick();
    }
  }
  return averaged_model(model, 1);
}

}  // namespace quelle::model
