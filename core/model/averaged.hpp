// The weights a perceptron trains, with lazy averaging (Daumé's trick): `w`
// is the current vector, `u` sums step * update, and the average after T
// steps is w - u / T. Shared by the classifier, the ranker and the sequence
// tagger (perceptron.cpp, sequence.cpp).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace quelle::model {

class AveragedWeights {
 public:
  explicit AveragedWeights(uint32_t classes) : classes_(classes) {}

  // Adds the current weights of `keys` to out[0 .. classes), scaled by `unit`.
  template <class Out>
  void add_scores(const std::vector<uint32_t>& keys, Out* out, double unit = 1.0) const {
    for (const uint32_t k : keys) {
      const auto it = w_.find(k);
      if (it == w_.end()) continue;
      for (uint32_t c = 0; c < classes_; ++c) out[c] += static_cast<Out>(it->second[c] * unit);
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
  void tick() { step_ += 1.0; }
  [[nodiscard]] double step() const { return step_; }

  // The averaged weights: keys, and keys.size() * classes values.
  void average(std::vector<uint32_t>& keys, std::vector<float>& weights) const {
    keys.clear();
    weights.clear();
    for (const auto& [k, w] : w_) {
      keys.push_back(k);
      const auto& u = u_.at(k);
      for (uint32_t c = 0; c < classes_; ++c) weights.push_back(static_cast<float>(w[c] - u[c] / step_));
    }
  }

 private:
  uint32_t classes_;
  double step_ = 1.0;
  std::unordered_map<uint32_t, std::vector<double>> w_;
  std::unordered_map<uint32_t, std::vector<double>> u_;
};

}  // namespace quelle::model
