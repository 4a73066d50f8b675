// A linear scorer over hashed features, as the quote and speaker models use
// it: every feature is a 32-bit key (features.hpp), and a model holds, per
// key, one integer weight for each of its classes (one class: a ranker's
// single score). Scores are integer sums, so the native and the wasm build
// decide identically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "model/binary_io.hpp"
#include "quelle/status.hpp"

namespace quelle::model {

class LinearModel {
 public:
  LinearModel() = default;
  // From trained float weights: `weights` holds keys.size() * classes values;
  // they are quantized to int16 with one scale for the whole model (given,
  // or by default the largest weight's magnitude / 32767), and keys whose
  // weights all round to zero are dropped.
  LinearModel(uint32_t classes, const std::vector<uint32_t>& keys, const std::vector<float>& weights,
              float scale = 0.0f);

  [[nodiscard]] uint32_t classes() const { return classes_; }
  [[nodiscard]] size_t features() const { return keys_.size(); }
  // Adds the weights of `keys` to out[0 .. classes()).
  void add_scores(std::span<const uint32_t> keys, int32_t* out) const;
  // The score of class c alone.
  [[nodiscard]] int32_t score(std::span<const uint32_t> keys, uint32_t c = 0) const;
  // The class with the highest score (the first of equals).
  [[nodiscard]] uint32_t best(std::span<const uint32_t> keys) const;
  // One integer score unit in float weight units.
  [[nodiscard]] float scale() const { return scale_; }

  void write(ByteWriter& out) const;
  // Reads what write() wrote, refusing more than `max_features` keys or
  // 255 classes (no input makes it allocate more than that allows).
  static Expected<LinearModel> read(ByteReader& in, size_t max_features);

 private:
  void build_index();
  [[nodiscard]] const int16_t* find(uint32_t key) const;

  uint32_t classes_ = 0;
  float scale_ = 1.0f;
  std::vector<uint32_t> keys_;    // sorted, unique
  std::vector<int16_t> weights_;  // keys_.size() * classes_
  std::vector<uint32_t> slots_;   // open addressing: index + 1 into keys_, 0 = empty
  uint32_t mask_ = 0;
};

}  // namespace quelle::model
