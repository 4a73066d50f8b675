#include "model/sequence.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "model/averaged.hpp"

namespace quelle::model {

SequenceTagger::SequenceTagger(LinearModel emissions, std::vector<int32_t> transitions)
    : emissions_(std::move(emissions)), transitions_(std::move(transitions)) {}

std::vector<uint8_t> viterbi_decode(const std::vector<int64_t>& emissions, size_t n, uint32_t k,
                                    const std::vector<int64_t>& transitions,
                                    const std::vector<uint8_t>& allowed_pairs) {
  constexpr int64_t kNone = std::numeric_limits<int64_t>::min() / 4;
  std::vector<uint8_t> tags(n, 0);
  if (n == 0 || k == 0) return tags;
  std::vector<int64_t> best(k), next(k);
  std::vector<uint8_t> back(n * k, 0);
  for (uint32_t t = 0; t < k; ++t) best[t] = allowed_pairs[t] != 0 ? transitions[t] + emissions[t] : kNone;
  for (size_t i = 1; i < n; ++i) {
    for (uint32_t t = 0; t < k; ++t) {
      int64_t top = kNone;
      uint8_t arg = 0;
      for (uint32_t p = 0; p < k; ++p) {
        if (allowed_pairs[(p + 1) * k + t] == 0 || best[p] == kNone) continue;
        const int64_t s = best[p] + transitions[(p + 1) * k + t];
        if (s > top) {
          top = s;
          arg = static_cast<uint8_t>(p);
        }
      }
      next[t] = top == kNone ? kNone : top + emissions[i * k + t];
      back[i * k + t] = arg;
    }
    best.swap(next);
  }
  uint8_t t = static_cast<uint8_t>(std::max_element(best.begin(), best.end()) - best.begin());
  for (size_t i = n; i-- > 0;) {
    tags[i] = t;
    t = back[i * k + t];
  }
  return tags;
}

namespace {

// A structured perceptron's weights: per feature key and tag (averaged
// lazily, averaged.hpp), and per transition, averaged the same way.
struct TaggerWeights {
  uint32_t k;
  AveragedWeights emissions;
  std::vector<double> tw, tu;

  explicit TaggerWeights(uint32_t tags)
      : k(tags), emissions(tags), tw((tags + 1) * tags, 0.0), tu((tags + 1) * tags, 0.0) {}

  void emission_scores(const std::vector<std::vector<uint32_t>>& tokens, std::vector<int64_t>& em) const {
    // Scores in micro-units, so that decoding compares integers as the
    // quantized model will.
    em.assign(tokens.size() * k, 0);
    for (size_t i = 0; i < tokens.size(); ++i) emissions.add_scores(tokens[i], em.data() + i * k, 1e6);
  }
  void update_transition(int prev, uint32_t tag, double delta) {
    const size_t at = static_cast<size_t>(prev + 1) * k + tag;
    tw[at] += delta;
    tu[at] += emissions.step() * delta;
  }

  SequenceTagger average() const {
    std::vector<uint32_t> keys;
    std::vector<float> weights;
    emissions.average(keys, weights);
    float top = 0.0f;
    for (const float w : weights) top = std::max(top, std::fabs(w));
    std::vector<float> trans(tw.size());
    for (size_t i = 0; i < tw.size(); ++i) {
      trans[i] = static_cast<float>(tw[i] - tu[i] / emissions.step());
      top = std::max(top, std::fabs(trans[i]));
    }
    // One scale for emissions and transitions, which are added together.
    const float scale = top > 0.0f ? top / 32767.0f : 1.0f;
    std::vector<int32_t> t32(trans.size());
    for (size_t i = 0; i < trans.size(); ++i) t32[i] = static_cast<int32_t>(std::lround(trans[i] / scale));
    return SequenceTagger(LinearModel(k, keys, weights, scale), std::move(t32));
  }
};

}  // namespace

SequenceTagger train_tagger(const std::vector<TaggedSequence>& data, uint32_t tags,
                            const std::vector<uint8_t>& allowed_pairs, const TrainOptions& options) {
  TaggerWeights weights(tags);
  std::vector<int64_t> em;
  std::vector<int64_t> tr(allowed_pairs.size());
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (const uint32_t s : shuffled_order(data.size(), options.seed, epoch)) {
      const TaggedSequence& seq = data[s];
      weights.emission_scores(seq.tokens, em);
      for (size_t i = 0; i < tr.size(); ++i) tr[i] = std::llround(weights.tw[i] * 1e6);
      const std::vector<uint8_t> guess = viterbi_decode(em, seq.tokens.size(), tags, tr, allowed_pairs);
      if (guess != seq.tags) {
        for (size_t i = 0; i < guess.size(); ++i) {
          if (guess[i] != seq.tags[i]) {
            weights.emissions.update(seq.tokens[i], seq.tags[i], 1.0);
            weights.emissions.update(seq.tokens[i], guess[i], -1.0);
          }
          const int gp = i == 0 ? -1 : seq.tags[i - 1];
          const int pp = i == 0 ? -1 : guess[i - 1];
          if (gp != pp || seq.tags[i] != guess[i]) {
            weights.update_transition(gp, seq.tags[i], 1.0);
            weights.update_transition(pp, guess[i], -1.0);
          }
        }
      }
      weights.emissions.tick();
    }
  }
  return weights.average();
}

// Layout: the emission model (LinearModel::write), then (tags + 1) * tags
// transitions as u32.
void SequenceTagger::write(ByteWriter& out) const {
  emissions_.write(out);
  for (const int32_t t : transitions_) out.u32(static_cast<uint32_t>(t));
}

Expected<SequenceTagger> SequenceTagger::read(ByteReader& in, size_t max_features) {
  auto em = LinearModel::read(in, max_features);
  if (!em) return em.error();
  const uint32_t k = em->classes();
  std::vector<int32_t> tr((k + 1) * k);
  for (int32_t& t : tr) t = static_cast<int32_t>(in.u32());
  if (!in.ok()) return Error{ErrorCode::InvalidModel, "truncated tagger transitions"};
  return SequenceTagger(std::move(*em), std::move(tr));
}

}  // namespace quelle::model
