#include "entities/ner_train.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <unordered_map>

#include "normalize/normalize.hpp"
#include "normalize/utf.hpp"
#include "segment/segment.hpp"

namespace quelle::ner {
namespace {

// A corpus sentence as Quelle segments it, with gold tags on its tokens.
struct Prepared {
  std::u16string text;
  Document doc;
  std::vector<uint8_t> gold;  // per doc token
  size_t dropped = 0;         // gold spans whose edges fall inside a token
};

std::unique_ptr<Prepared> prepare(const TrainSentence& s) {
  auto p = std::make_unique<Prepared>();
  std::vector<std::pair<uint32_t, uint32_t>> offs;
  offs.reserve(s.tokens.size());
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (i > 0) p->text += u' ';
    auto t = utf8_to_utf16(s.tokens[i]);
    if (!t) return nullptr;
    const auto start = static_cast<uint32_t>(p->text.size());
    p->text += *t;
    offs.emplace_back(start, static_cast<uint32_t>(p->text.size()));
  }
  p->doc.text = p->text;
  normalize(p->doc);
  segment(p->doc);
  const auto& toks = p->doc.tokens;
  p->gold.assign(toks.size(), 0);
  for (const TrainSpan& sp : s.spans) {
    if (sp.last >= offs.size() || sp.first > sp.last) continue;
    const uint32_t a = offs[sp.first].first, b = offs[sp.last].second;
    size_t k = p->doc.token_at_or_after(a);
    bool ok = k < toks.size() && toks[k].start == a;
    size_t e = k;
    while (e < toks.size() && toks[e].end <= b) ++e;
    if (e == k || toks[e - 1].end != b) ok = false;
    if (!ok) {
      ++p->dropped;
      continue;
    }
    for (size_t j = k; j < e; ++j) p->gold[j] = static_cast<uint8_t>(j == k ? tag_b(sp.type) : tag_i(sp.type));
  }
  return p;
}

struct Instance {
  size_t feat_offset;  // into the flat feature index array
  uint32_t n;          // tokens
  size_t gold_offset;
};

void spans_of(const uint8_t* tags, size_t n, std::vector<std::tuple<uint32_t, uint32_t, int>>& out) {
  out.clear();
  for (size_t k = 0; k < n;) {
    if (tags[k] == 0) {
      ++k;
      continue;
    }
    const int type = tag_type(tags[k]);
    size_t e = k + 1;
    while (e < n && tag_is_i(tags[e]) && tag_type(tags[e]) == type) ++e;
    out.emplace_back(static_cast<uint32_t>(k), static_cast<uint32_t>(e), type);
    k = e;
  }
}

void add_score(const uint8_t* gold, const uint8_t* pred, size_t n, Scores& sc) {
  std::vector<std::tuple<uint32_t, uint32_t, int>> g, p;
  spans_of(gold, n, g);
  spans_of(pred, n, p);
  sc.gold += g.size();
  sc.pred += p.size();
  for (const auto& x : p)
    if (std::find(g.begin(), g.end(), x) != g.end()) ++sc.tp;
}

// The features of the training sentences, all in one array.
struct TrainingSet {
  std::vector<uint32_t> feats;  // kFeaturesPerToken per token: hashes, then (index_features) indices or kNoFeature
  std::vector<uint8_t> gold;    // per token
  std::vector<Instance> inst;   // per block
};

TrainingSet extract_training_set(const std::vector<TrainSentence>& sentences, const Gazetteer& gaz,
                                 const std::function<void(const std::string&)>& log) {
  TrainingSet set;
  FeatureScratch scratch;
  std::vector<uint8_t> quote;
  size_t dropped = 0, tokens = 0, spans = 0;
  for (const TrainSentence& s : sentences) {
    auto p = prepare(s);
    if (!p) continue;
    dropped += p->dropped;
    spans += s.spans.size();
    quote_state(p->doc, quote);
    for_each_block(p->doc, [&](size_t first, size_t end) {
      const size_t n = end - first;
      extract_features(p->doc, first, end, gaz, quote, scratch);
      set.inst.push_back({set.feats.size(), static_cast<uint32_t>(n), set.gold.size()});
      set.feats.insert(set.feats.end(), scratch.features.begin(),
                       scratch.features.begin() + static_cast<std::ptrdiff_t>(n * kFeaturesPerToken));
      set.gold.insert(set.gold.end(), p->gold.begin() + static_cast<std::ptrdiff_t>(first),
                      p->gold.begin() + static_cast<std::ptrdiff_t>(end));
      tokens += n;
    });
  }
  log("training data: " + std::to_string(sentences.size()) + " sentences, " + std::to_string(tokens) + " tokens, " +
      std::to_string(spans) + " names (" + std::to_string(dropped) + " not on token boundaries, left out)");
  return set;
}

// The perceptron's weights: per feature and tag, and per tag transition
// (row kNumTags: sentence start); with the sums the averaging needs.
struct Perceptron {
  std::vector<float> w;
  std::vector<double> acc;
  std::vector<double> tw, tacc;
  double c = 1;  // updates so far + 1

  explicit Perceptron(size_t features)
      : w(features * kNumTags, 0.0f), acc(features * kNumTags, 0.0), tw(kTransitions, 0.0), tacc(kTransitions, 0.0) {}

  void update(size_t idx, double d, bool transition) {
    if (transition) {
      tw[idx] += d;
      tacc[idx] += c * d;
    } else {
      w[idx] += static_cast<float>(d);
      acc[idx] += c * d;
    }
  }
};

// Feature dropout: the tagger learns not to lean on a single feature (a
// known word), as it must for unseen names. A xorshift generator, the same
// sequence on every platform.
struct Dropout {
  uint32_t state;
  uint32_t threshold;  // a feature is left out when the next state is below it

  // The features of n tokens, some left out, in `kept`.
  const uint32_t* apply(const uint32_t* fx, size_t n, std::vector<uint32_t>& kept) {
    kept.assign(fx, fx + n * kFeaturesPerToken);
    for (size_t k = 0; k < n; ++k)
      for (int j = 1; j < kFeaturesPerToken; ++j) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        if (state < threshold) kept[k * kFeaturesPerToken + j] = kNoFeature;
      }
    return kept.data();
  }
};

// Per tag of each of n tokens, the sum of its features' weights.
void emission_scores(const Perceptron& p, const uint32_t* fx, size_t n, std::vector<float>& em) {
  em.assign(n * kNumTags, 0.0f);
  for (size_t k = 0; k < n; ++k)
    for (int j = 0; j < kFeaturesPerToken; ++j) {
      const uint32_t f = fx[k * kFeaturesPerToken + j];
      if (f == kNoFeature) continue;
      const float* row = &p.w[static_cast<size_t>(f) * kNumTags];
      for (int t = 0; t < kNumTags; ++t) em[k * kNumTags + t] += row[t];
    }
}

// Where the prediction differs from the gold tags: the gold path's weights
// up, the predicted one's down (transitions where either differs).
void update_towards_gold(Perceptron& p, const uint32_t* fx, const uint8_t* g, const std::vector<uint8_t>& pred,
                         size_t n) {
  for (size_t k = 0; k < n; ++k) {
    const int pg = k == 0 ? kNumTags : g[k - 1];
    const int pp = k == 0 ? kNumTags : pred[k - 1];
    if (g[k] != pred[k] || pg != pp) {
      p.update(static_cast<size_t>(pg) * kNumTags + g[k], 1.0, true);
      p.update(static_cast<size_t>(pp) * kNumTags + pred[k], -1.0, true);
    }
    if (g[k] == pred[k]) continue;
    for (int j = 0; j < kFeaturesPerToken; ++j) {
      const uint32_t f = fx[k * kFeaturesPerToken + j];
      if (f == kNoFeature) continue;
      p.update(static_cast<size_t>(f) * kNumTags + g[k], 1.0, false);
      p.update(static_cast<size_t>(f) * kNumTags + pred[k], -1.0, false);
    }
  }
}

// The perceptron's epochs over the training set, in a shuffled order.
Perceptron run_perceptron(const TrainingSet& set, size_t features, const TrainOptions& opt,
                          const std::function<void(const std::string&)>& log) {
  Perceptron p(features);
  std::vector<uint32_t> order(set.inst.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(opt.seed);
  Dropout dropout{0x9E3779B9u ^ opt.seed, static_cast<uint32_t>(std::clamp(opt.dropout, 0.0, 1.0) * 4294967295.0)};
  std::vector<float> em;
  ViterbiScratch viterbi;
  std::vector<uint8_t> pred;
  std::vector<uint32_t> kept;  // features of the current instance, some dropped
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t errors = 0;
    Scores train_sc;
    for (uint32_t id : order) {
      const Instance& in = set.inst[id];
      const size_t n = in.n;
      const uint32_t* fx = set.feats.data() + in.feat_offset;
      if (dropout.threshold > 0) fx = dropout.apply(fx, n, kept);
      const uint8_t* g = set.gold.data() + in.gold_offset;
      emission_scores(p, fx, n, em);
      best_tags(em.data(), p.tw.data(), n, viterbi, pred);
      add_score(g, pred.data(), n, train_sc);
      if (!std::equal(pred.begin(), pred.end(), g)) {
        ++errors;
        update_towards_gold(p, fx, g, pred, n);
      }
      p.c += 1;
    }
    log("epoch " + std::to_string(epoch + 1) + ": " + std::to_string(errors) + " sentences wrong, train F1 " +
        std::to_string(train_sc.f1()));
  }
  return p;
}

// The averaged weights, each feature's row centred on its median (decoding
// is unchanged by a constant per feature); and the magnitudes of those not 0.
std::vector<float> averaged_weights(const Perceptron& p, size_t features, std::vector<float>& mags) {
  std::vector<float> avg(features * kNumTags);
  for (size_t i = 0; i < avg.size(); ++i) avg[i] = static_cast<float>(p.w[i] - p.acc[i] / p.c);
  for (size_t f = 0; f < features; ++f) {
    float row[kNumTags];
    std::copy(&avg[f * kNumTags], &avg[f * kNumTags] + kNumTags, row);
    std::nth_element(row, row + kNumTags / 2, row + kNumTags);
    const float med = row[kNumTags / 2];
    for (int t = 0; t < kNumTags; ++t) {
      avg[f * kNumTags + t] -= med;
      if (avg[f * kNumTags + t] != 0.0f) mags.push_back(std::fabs(avg[f * kNumTags + t]));
    }
  }
  return avg;
}

}  // namespace

Codebook::Codebook(float top)
    : lo(top / 2000.0), ratio(std::pow(2000.0, 1.0 / 126.0)), scale(top / 30000.0f), levels(127) {
  for (int i = 0; i < 127; ++i) levels[i] = lo * std::pow(ratio, i);
}

std::vector<int16_t> Codebook::values() const {
  std::vector<int16_t> out(256, 0);
  for (int i = 0; i < 127; ++i) {
    const auto v = static_cast<int16_t>(std::lround(levels[i] / scale));
    out[1 + i] = v;
    out[128 + i] = static_cast<int16_t>(-v);
  }
  return out;
}

uint8_t Codebook::code(double v) const {
  const double a = std::fabs(v);
  if (a < lo / std::sqrt(ratio)) return 0;
  auto it = std::lower_bound(levels.begin(), levels.end(), a);
  size_t i = static_cast<size_t>(it - levels.begin());
  if (i == levels.size())
    i = levels.size() - 1;
  else if (i > 0 && a / levels[i - 1] < levels[i] / a)
    --i;
  return static_cast<uint8_t>(v > 0 ? 1 + i : 128 + i);
}

void best_tags(const float* em, const double* transitions, size_t n, ViterbiScratch& scratch,
               std::vector<uint8_t>& tags) {
  std::vector<double>& sc = scratch.score;
  std::vector<uint8_t>& back = scratch.back;
  sc.assign(n * kNumTags, 0.0);
  back.assign(n * kNumTags, 0);
  for (size_t k = 0; k < n; ++k)
    for (int t = 0; t < kNumTags; ++t) {
      if (k == 0) {
        sc[t] = transition_allowed(-1, t) ? em[t] + transitions[kNumTags * kNumTags + t] : -1e30;
        continue;
      }
      double best = -1e30;
      int bp = 0;
      for (int p = 0; p < kNumTags; ++p) {
        if (!transition_allowed(p, t)) continue;
        const double v = sc[(k - 1) * kNumTags + p] + transitions[p * kNumTags + t];
        if (v > best) {
          best = v;
          bp = p;
        }
      }
      sc[k * kNumTags + t] = best + em[k * kNumTags + t];
      back[k * kNumTags + t] = static_cast<uint8_t>(bp);
    }
  tags.assign(n, 0);
  int bt = 0;
  for (int t = 1; t < kNumTags; ++t)
    if (sc[(n - 1) * kNumTags + t] > sc[(n - 1) * kNumTags + bt]) bt = t;
  for (size_t k = n; k-- > 0;) {
    tags[k] = static_cast<uint8_t>(bt);
    bt = back[k * kNumTags + bt];
  }
}

std::map<uint32_t, uint8_t> gazetteer_keys(const std::vector<GazetteerEntry>& gazetteer) {
  std::map<uint32_t, uint8_t> keys;
  for (const GazetteerEntry& g : gazetteer) {
    auto text = utf8_to_utf16(g.name);
    if (!text || g.type < 0 || g.type > 8) continue;
    Document d;
    d.text = *text;
    normalize(d);
    segment(d);
    if (d.tokens.empty() || d.tokens.size() > 6) continue;
    const bool one_word = d.tokens.size() == 1;
    if (g.type == 7) {  // word cluster of a single (lower-case) token
      if (one_word && g.cluster >= 1 && g.cluster <= 255)
        keys[cluster_key(hash_text(d.token_lower(0)))] = static_cast<uint8_t>(g.cluster);
    } else if (g.type == 8) {  // lexicon word class of a single (lower-case) token
      if (one_word && g.cluster >= 1 && g.cluster <= 8)
        keys[wordclass_key(hash_text(d.token_lower(0)))] |= static_cast<uint8_t>(1u << (g.cluster - 1));
    } else if (g.type >= kNumTypes) {  // a word of names in some role (bits 4..6), single words only
      if (one_word) keys[seq_hash(0, hash_text(d.token_lower(0)))] |= static_cast<uint8_t>(1u << g.type);
    } else {  // every prefix of the name; the whole name has its type
      uint32_t h = 0;
      for (size_t i = 0; i < d.tokens.size(); ++i) {
        h = seq_hash(h, hash_text(d.token_lower(i)));
        keys[h] |= static_cast<uint8_t>(i + 1 == d.tokens.size() ? (1u << g.type) : 0x80u);
      }
    }
  }
  auto any_of_type = [&](int type) {
    return std::any_of(gazetteer.begin(), gazetteer.end(), [&](const GazetteerEntry& g) { return g.type == type; });
  };
  if (any_of_type(7)) keys[cluster_key(0)] = 1;    // marks a model with word clusters (ner_features.cpp)
  if (any_of_type(8)) keys[wordclass_key(0)] = 1;  // and one with word classes
  return keys;
}

std::vector<uint32_t> index_features(std::vector<uint32_t>& feats, int min_count) {
  std::unordered_map<uint32_t, uint32_t> index;
  index.reserve(feats.size() / 4);
  for (uint32_t h : feats)
    if (h != 0) ++index[h];
  std::vector<uint32_t> keys;
  for (auto& [h, c] : index) {
    if (static_cast<int>(c) >= min_count) keys.push_back(h);
  }
  std::sort(keys.begin(), keys.end());
  index.clear();
  for (uint32_t i = 0; i < keys.size(); ++i) index[keys[i]] = i;
  for (uint32_t& h : feats) {
    if (h == 0) {
      h = kNoFeature;
      continue;
    }
    auto it = index.find(h);
    h = it == index.end() ? kNoFeature : it->second;
  }
  return keys;
}

void quantize(const std::vector<float>& avg, const std::vector<uint32_t>& keys, double min_weight, float top,
              const Codebook& codebook, ModelData& out) {
  const double keep = min_weight * static_cast<double>(top);
  for (size_t f = 0; f < keys.size(); ++f) {
    uint8_t q[kNumTags];
    double mx = 0;
    for (int t = 0; t < kNumTags; ++t) {
      q[t] = codebook.code(avg[f * kNumTags + t]);
      mx = std::max(mx, std::fabs(static_cast<double>(avg[f * kNumTags + t])));
    }
    if (mx < keep || std::all_of(q, q + kNumTags, [](uint8_t x) { return x == 0; })) continue;
    out.feature_keys.push_back(keys[f]);
    out.weights.insert(out.weights.end(), q, q + kNumTags);
  }
}

Expected<ModelData> train(const std::vector<TrainSentence>& sentences, const std::vector<GazetteerEntry>& gazetteer,
                          const TrainOptions& opt) {
  const std::function<void(const std::string&)> log = [&](const std::string& s) {
    if (opt.log) opt.log(s);
  };
  ModelData out;
  out.language = opt.language;
  out.description = opt.description;

  // 1. Gazetteer: every prefix of every entry (lower-case Quelle tokens).
  const std::map<uint32_t, uint8_t> gaz_map = gazetteer_keys(gazetteer);
  for (const auto& [k, v] : gaz_map) {
    out.gaz_keys.push_back(k);
    out.gaz_values.push_back(v);
  }
  Gazetteer gaz;
  gaz.build(out.gaz_keys, out.gaz_values);
  log("gazetteer: " + std::to_string(gazetteer.size()) + " entries, " + std::to_string(gaz_map.size()) + " keys");

  // 2. Features of every training sentence; 3. the feature index: features
  //    seen at least min_count times.
  TrainingSet set = extract_training_set(sentences, gaz, log);
  if (set.inst.empty()) return Error{ErrorCode::InvalidRequest, "no training data"};
  const std::vector<uint32_t> keys = index_features(set.feats, opt.min_count);
  log("features: " + std::to_string(keys.size()));

  // 4. Averaged perceptron.
  const Perceptron p = run_perceptron(set, keys.size(), opt, log);

  // 5. Average, centre, quantize to int8 codes, prune. The codebook: 0,
  //    then 127 magnitudes spaced logarithmically from top/2000 to top (the
  //    largest |weight|), each with both signs; integer values with top = 30000.
  std::vector<float> mags;
  const std::vector<float> avg = averaged_weights(p, keys.size(), mags);
  float top = 1e-6f;
  for (float m : mags) top = std::max(top, m);
  const Codebook codebook(top);
  out.scale = codebook.scale;
  out.codebook = codebook.values();
  out.transitions.resize(kTransitions);
  for (int i = 0; i < kTransitions; ++i) {
    const double v = std::round((p.tw[i] - p.tacc[i] / p.c) / codebook.scale);
    out.transitions[i] = static_cast<int32_t>(std::clamp(v, -16000000.0, 16000000.0));
  }
  quantize(avg, keys, opt.min_weight, top, codebook, out);
  log("kept features: " + std::to_string(out.feature_keys.size()) + " of " + std::to_string(keys.size()) + ", scale " +
      std::to_string(codebook.scale));
  return out;
}

Scores evaluate(const Model& model, const std::vector<TrainSentence>& sentences) {
  Scores sc;
  std::vector<uint8_t> quote, tags;
  for (const TrainSentence& s : sentences) {
    auto p = prepare(s);
    if (!p) continue;
    sc.gold += p->dropped;
    quote_state(p->doc, quote);
    for_each_block(p->doc, [&](size_t first, size_t end) {
      model.tag(p->doc, first, end, quote, tags);
      add_score(p->gold.data() + first, tags.data(), end - first, sc);
    });
  }
  return sc;
}

}  // namespace quelle::ner
