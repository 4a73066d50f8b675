// A first-order sequence tagger: a linear model gives each token a score
// per tag, a transition matrix scores tag pairs, and Viterbi finds the best
// sequence (Collins 2002). Trained as an averaged structured perceptron.
// Integer scores: native and wasm decode identically.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "model/binary_io.hpp"
#include "model/linear.hpp"
#include "model/perceptron.hpp"

namespace quelle::model {

// One training sequence: the feature keys of each token and its gold tag.
struct TaggedSequence {
  std::vector<std::vector<uint32_t>> tokens;
  std::vector<uint8_t> tags;
};

class SequenceTagger {
 public:
  SequenceTagger() = default;
  SequenceTagger(LinearModel emissions, std::vector<int32_t> transitions);

  [[nodiscard]] uint32_t tags() const { return emissions_.classes(); }
  // The best tags for tokens with these feature keys. `allowed(prev, next)`
  // is the grammar of the tags (BIO: I-X only after B-X or I-X).
  template <class Allowed>
  std::vector<uint8_t> tag(const std::vector<std::vector<uint32_t>>& tokens, Allowed allowed) const;

  void write(ByteWriter& out) const;
  static Expected<SequenceTagger> read(ByteReader& in, size_t max_features);
  [[nodiscard]] const LinearModel& emissions() const { return emissions_; }
  // transitions()[(prev + 1) * tags() + next]; row 0 is the sequence start.
  [[nodiscard]] const std::vector<int32_t>& transitions() const { return transitions_; }

 private:
  LinearModel emissions_;
  std::vector<int32_t> transitions_;
};

// Viterbi over per-token scores (n * k) and transitions ((k + 1) * k, row 0
// the start), with only the transitions `allowed_pairs` marks (same layout).
std::vector<uint8_t> viterbi_decode(const std::vector<int64_t>& emissions, size_t n, uint32_t k,
                                    const std::vector<int64_t>& transitions, const std::vector<uint8_t>& allowed_pairs);

// Trains a tagger of `tags` tags; `allowed_pairs` ((tags + 1) * tags, row 0
// the start) says which transitions the grammar permits.
SequenceTagger train_tagger(const std::vector<TaggedSequence>& data, uint32_t tags,
                            const std::vector<uint8_t>& allowed_pairs, const TrainOptions& options);

template <class Allowed>
std::vector<uint8_t> SequenceTagger::tag(const std::vector<std::vector<uint32_t>>& tokens, Allowed allowed) const {
  const uint32_t k = tags();
  std::vector<int64_t> em(tokens.size() * k, 0);
  std::vector<int32_t> row(k);
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::fill(row.begin(), row.end(), 0);
    emissions_.add_scores(tokens[i], row.data());
    for (uint32_t t = 0; t < k; ++t) em[i * k + t] = row[t];
  }
  std::vector<int64_t> tr(transitions_.begin(), transitions_.end());
  std::vector<uint8_t> ok((k + 1) * k);
  for (uint32_t p = 0; p <= k; ++p)
    for (uint32_t t = 0; t < k; ++t) ok[p * k + t] = allowed(static_cast<int>(p) - 1, static_cast<int>(t)) ? 1 : 0;
  return viterbi_decode(em, tokens.size(), k, tr, ok);
}

}  // namespace quelle::model
