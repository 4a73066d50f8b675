#include "model/perceptron.hpp"

#include <random>
#include <unordered_map>

namespace quelle::model {
namespace {

// Weights with lazy averaging: w is the current vector, u accumulates
// (step * update); the average after T steps is w - u / T.
class Averaged {
 public:
  explicit Averaged(uint32_t classes) : classes_(classes) {}

  void score(const std::vector<uint32_t>& keys, std::vector<double>& out) const {
    out.assign(classes_, 0.0);
    for (const uint32_t k : keys) {
      const auto it = w_.find(k);
      if (it == w_.end()) continue;
      for (uint32_t c = 0; c < classes_; ++c) out[c] += it->second[c];
    }
  }
  void update(const std::vector<uint32_t>& keys, uint32_t c, double delta) {
    for (const uint32_t k : keys) {
      auto& w = w_[k];
      auto& u = u_[k];
      if (w.empty()) {
        w.assign(classes_, 0.0);
        u.assign(classes_, 0.0);
      }
      w[c] += delta;
      u[c] += step_ * delta;
    }
  }
  void tick() { ++step_; }

  LinearModel average() const {
    std::vector<uint32_t> keys;
    std::vector<float> weights;
    keys.reserve(w_.size());
    for (const auto& [k, w] : w_) {
      keys.push_back(k);
      const auto& u = u_.at(k);
      for (uint32_t c = 0; c < classes_; ++c) weights.push_back(static_cast<float>(w[c] - u[c] / step_));
    }
    return LinearModel(classes_, keys, weights);
  }

 private:
  uint32_t classes_;
  double step_ = 1.0;
  std::unordered_map<uint32_t, std::vector<double>> w_;
  std::unordered_map<uint32_t, std::vector<double>> u_;
};

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
  Averaged model(classes);
  std::vector<double> s;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (const uint32_t i : shuffled_order(examples.size(), options.seed, epoch)) {
      const Example& ex = examples[i];
      model.score(ex.keys, s);
      const uint32_t guess = argmax(s);
      if (guess != ex.label) {
        model.update(ex.keys, ex.label, 1.0);
        model.update(ex.keys, guess, -1.0);
      }
      model.tick();
    }
  }
  return model.average();
}

LinearModel train_ranker(const std::vector<RankExample>& examples, const TrainOptions& options) {
  Averaged model(1);
  std::vector<double> s;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (const uint32_t i : shuffled_order(examples.size(), options.seed, epoch)) {
      const RankExample& ex = examples[i];
      uint32_t guess = 0;
      double top = 0.0;
      for (uint32_t c = 0; c < ex.candidates.size(); ++c) {
        model.score(ex.candidates[c], s);
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
  return model.average();
}

}  // namespace quelle::model
