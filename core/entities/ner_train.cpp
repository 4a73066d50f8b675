#include "entities/ner_train.hpp"

#include <algorithm>
#include <cmath>
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

}  // namespace

Expected<ModelData> train(const std::vector<TrainSentence>& sentences, const std::vector<GazetteerEntry>& gazetteer,
                          const TrainOptions& opt) {
  auto log = [&](const std::string& s) {
    if (opt.log) opt.log(s);
  };
  ModelData out;
  out.language = opt.language;
  out.description = opt.description;

  // 1. Gazetteer: every prefix of every entry (lower-case Quelle tokens).
  std::map<uint32_t, uint8_t> gaz_map;
  for (const GazetteerEntry& g : gazetteer) {
    auto text = utf8_to_utf16(g.name);
    if (!text || g.type < 0 || g.type > 8) continue;
    Document d;
    d.text = *text;
    normalize(d);
    segment(d);
    if (d.tokens.empty() || d.tokens.size() > 6) continue;
    if (g.type == 7) {  // word cluster of a single (lower-case) token
      if (d.tokens.size() == 1 && g.cluster >= 1 && g.cluster <= 255)
        gaz_map[cluster_key(hash_text(d.token_lower(0)))] = static_cast<uint8_t>(g.cluster);
      continue;
    }
    if (g.type == 8) {  // lexicon word class of a single (lower-case) token
      if (d.tokens.size() == 1 && g.cluster >= 1 && g.cluster <= 8)
        gaz_map[wordclass_key(hash_text(d.token_lower(0)))] |= static_cast<uint8_t>(1u << (g.cluster - 1));
      continue;
    }
    if (g.type >= kNumTypes) {  // a word of names in some role (bits 4..6), single words only
      if (d.tokens.size() == 1) gaz_map[seq_hash(0, hash_text(d.token_lower(0)))] |= static_cast<uint8_t>(1u << g.type);
      continue;
    }
    uint32_t h = 0;
    for (size_t i = 0; i < d.tokens.size(); ++i) {
      h = seq_hash(h, hash_text(d.token_lower(i)));
      gaz_map[h] |= static_cast<uint8_t>(i + 1 == d.tokens.size() ? (1u << g.type) : 0x80u);
    }
  }
  const bool has_clusters = std::any_of(gazetteer.begin(), gazetteer.end(), [](const GazetteerEntry& g) { return g.type == 7; });
  if (has_clusters) gaz_map[cluster_key(0)] = 1;  // marks a model with word clusters (ner_features.cpp)
  const bool has_wordclasses = std::any_of(gazetteer.begin(), gazetteer.end(), [](const GazetteerEntry& g) { return g.type == 8; });
  if (has_wordclasses) gaz_map[wordclass_key(0)] = 1;  // and one with word classes
  for (const auto& [k, v] : gaz_map) {
    out.gaz_keys.push_back(k);
    out.gaz_values.push_back(v);
  }
  Gazetteer gaz;
  gaz.build(out.gaz_keys, out.gaz_values);
  log("gazetteer: " + std::to_string(gazetteer.size()) + " entries, " + std::to_string(gaz_map.size()) + " keys");

  // 2. Features of every training sentence.
  std::vector<uint32_t> feats;  // hashes, later indices
  std::vector<uint8_t> gold;
  std::vector<Instance> inst;
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
      inst.push_back({feats.size(), static_cast<uint32_t>(n), gold.size()});
      feats.insert(feats.end(), scratch.features.begin(), scratch.features.begin() + static_cast<std::ptrdiff_t>(n * kFeaturesPerToken));
      gold.insert(gold.end(), p->gold.begin() + static_cast<std::ptrdiff_t>(first), p->gold.begin() + static_cast<std::ptrdiff_t>(end));
      tokens += n;
    });
  }
  log("training data: " + std::to_string(sentences.size()) + " sentences, " + std::to_string(tokens) + " tokens, " +
      std::to_string(spans) + " names (" + std::to_string(dropped) + " not on token boundaries, left out)");
  if (inst.empty()) return Error{ErrorCode::InvalidRequest, "no training data"};

  // 3. Feature index: features seen at least min_count times.
  std::unordered_map<uint32_t, uint32_t> index;
  index.reserve(feats.size() / 4);
  for (uint32_t h : feats)
    if (h != 0) ++index[h];
  std::vector<uint32_t> keys;
  for (auto& [h, c] : index) {
    if (static_cast<int>(c) >= opt.min_count) keys.push_back(h);
  }
  std::sort(keys.begin(), keys.end());
  index.clear();
  for (uint32_t i = 0; i < keys.size(); ++i) index[keys[i]] = i;
  constexpr uint32_t kNone = 0xFFFFFFFFu;
  for (uint32_t& h : feats) {
    if (h == 0) {
      h = kNone;
      continue;
    }
    auto it = index.find(h);
    h = it == index.end() ? kNone : it->second;
  }
  index = {};
  log("features: " + std::to_string(keys.size()));

  // 4. Averaged perceptron.
  const size_t nf = keys.size();
  std::vector<float> w(nf * kNumTags, 0.0f);
  std::vector<double> acc(nf * kNumTags, 0.0);
  constexpr int kT = (kNumTags + 1) * kNumTags;
  std::vector<double> tw(kT, 0.0), tacc(kT, 0.0);
  std::vector<uint32_t> order(inst.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(opt.seed);
  double c = 1;
  std::vector<float> em;
  std::vector<double> sc;
  std::vector<uint8_t> back, pred;
  std::vector<uint32_t> fxd;  // features of the current instance, some dropped
  uint32_t drop_state = 0x9E3779B9u ^ opt.seed;
  const auto drop_threshold = static_cast<uint32_t>(std::clamp(opt.dropout, 0.0, 1.0) * 4294967295.0);
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t errors = 0;
    Scores train_sc;
    for (uint32_t id : order) {
      const Instance& in = inst[id];
      const size_t n = in.n;
      const uint32_t* fx = feats.data() + in.feat_offset;
      if (drop_threshold > 0) {
        // Feature dropout: the tagger learns not to lean on a single
        // feature (a known word), as it must for unseen names.
        fxd.assign(fx, fx + n * kFeaturesPerToken);
        for (size_t k = 0; k < n; ++k)
          for (int j = 1; j < kFeaturesPerToken; ++j) {
            drop_state ^= drop_state << 13;
            drop_state ^= drop_state >> 17;
            drop_state ^= drop_state << 5;
            if (drop_state < drop_threshold) fxd[k * kFeaturesPerToken + j] = kNone;
          }
        fx = fxd.data();
      }
      const uint8_t* g = gold.data() + in.gold_offset;
      em.assign(n * kNumTags, 0.0f);
      for (size_t k = 0; k < n; ++k)
        for (int j = 0; j < kFeaturesPerToken; ++j) {
          const uint32_t f = fx[k * kFeaturesPerToken + j];
          if (f == kNone) continue;
          const float* row = &w[static_cast<size_t>(f) * kNumTags];
          for (int t = 0; t < kNumTags; ++t) em[k * kNumTags + t] += row[t];
        }
      sc.assign(n * kNumTags, 0.0);
      back.assign(n * kNumTags, 0);
      for (size_t k = 0; k < n; ++k)
        for (int t = 0; t < kNumTags; ++t) {
          if (k == 0) {
            sc[t] = transition_allowed(-1, t) ? em[t] + tw[kNumTags * kNumTags + t] : -1e30;
            continue;
          }
          double best = -1e30;
          int bp = 0;
          for (int p = 0; p < kNumTags; ++p) {
            if (!transition_allowed(p, t)) continue;
            const double v = sc[(k - 1) * kNumTags + p] + tw[p * kNumTags + t];
            if (v > best) {
              best = v;
              bp = p;
            }
          }
          sc[k * kNumTags + t] = best + em[k * kNumTags + t];
          back[k * kNumTags + t] = static_cast<uint8_t>(bp);
        }
      pred.assign(n, 0);
      int bt = 0;
      for (int t = 1; t < kNumTags; ++t)
        if (sc[(n - 1) * kNumTags + t] > sc[(n - 1) * kNumTags + bt]) bt = t;
      for (size_t k = n; k-- > 0;) {
        pred[k] = static_cast<uint8_t>(bt);
        bt = back[k * kNumTags + bt];
      }
      add_score(g, pred.data(), n, train_sc);
      if (!std::equal(pred.begin(), pred.end(), g)) {
        ++errors;
        auto upd = [&](size_t idx, double d, bool trans) {
          if (trans) {
            tw[idx] += d;
            tacc[idx] += c * d;
          } else {
            w[idx] += static_cast<float>(d);
            acc[idx] += c * d;
          }
        };
        for (size_t k = 0; k < n; ++k) {
          const int pg = k == 0 ? kNumTags : g[k - 1];
          const int pp = k == 0 ? kNumTags : pred[k - 1];
          if (g[k] != pred[k] || pg != pp) {
            upd(static_cast<size_t>(pg) * kNumTags + g[k], 1.0, true);
            upd(static_cast<size_t>(pp) * kNumTags + pred[k], -1.0, true);
          }
          if (g[k] == pred[k]) continue;
          for (int j = 0; j < kFeaturesPerToken; ++j) {
            const uint32_t f = fx[k * kFeaturesPerToken + j];
            if (f == kNone) continue;
            upd(static_cast<size_t>(f) * kNumTags + g[k], 1.0, false);
            upd(static_cast<size_t>(f) * kNumTags + pred[k], -1.0, false);
          }
        }
      }
      c += 1;
    }
    log("epoch " + std::to_string(epoch + 1) + ": " + std::to_string(errors) + " sentences wrong, train F1 " +
        std::to_string(train_sc.f1()));
  }

  // 5. Average, centre each feature's row on its median (decoding is
  //    unchanged by a constant per feature), quantize to int8, prune.
  std::vector<float> avg(nf * kNumTags);
  for (size_t i = 0; i < avg.size(); ++i) avg[i] = static_cast<float>(w[i] - acc[i] / c);
  std::vector<float> mags;
  for (size_t f = 0; f < nf; ++f) {
    float row[kNumTags];
    std::copy(&avg[f * kNumTags], &avg[f * kNumTags] + kNumTags, row);
    std::nth_element(row, row + kNumTags / 2, row + kNumTags);
    const float med = row[kNumTags / 2];
    for (int t = 0; t < kNumTags; ++t) {
      avg[f * kNumTags + t] -= med;
      if (avg[f * kNumTags + t] != 0.0f) mags.push_back(std::fabs(avg[f * kNumTags + t]));
    }
  }
  // Codebook: 0, then 127 magnitudes spaced logarithmically from top/2000
  // to top (the largest |weight|), each with both signs; integer values
  // with top = 30000.
  float top = 1e-6f;
  for (float m : mags) top = std::max(top, m);
  const double lo = top / 2000.0;
  const double ratio = std::pow(2000.0, 1.0 / 126.0);
  const float scale = top / 30000.0f;
  out.scale = scale;
  std::vector<double> levels(127);
  out.codebook.assign(256, 0);
  for (int i = 0; i < 127; ++i) {
    levels[i] = lo * std::pow(ratio, i);
    const auto v = static_cast<int16_t>(std::lround(levels[i] / scale));
    out.codebook[1 + i] = v;
    out.codebook[128 + i] = static_cast<int16_t>(-v);
  }
  auto code = [&](double v) -> uint8_t {
    const double a = std::fabs(v);
    if (a < lo / std::sqrt(ratio)) return 0;
    auto it = std::lower_bound(levels.begin(), levels.end(), a);
    size_t i = static_cast<size_t>(it - levels.begin());
    if (i == levels.size()) i = levels.size() - 1;
    else if (i > 0 && a / levels[i - 1] < levels[i] / a) --i;
    return static_cast<uint8_t>(v > 0 ? 1 + i : 128 + i);
  };
  out.transitions.resize(kT);
  for (int i = 0; i < kT; ++i) {
    const double v = std::round((tw[i] - tacc[i] / c) / scale);
    out.transitions[i] = static_cast<int32_t>(std::clamp(v, -16000000.0, 16000000.0));
  }
  const double keep = opt.min_weight * static_cast<double>(top);
  for (size_t f = 0; f < nf; ++f) {
    uint8_t q[kNumTags];
    double mx = 0;
    for (int t = 0; t < kNumTags; ++t) {
      q[t] = code(avg[f * kNumTags + t]);
      mx = std::max(mx, std::fabs(static_cast<double>(avg[f * kNumTags + t])));
    }
    if (mx < keep || std::all_of(q, q + kNumTags, [](uint8_t x) { return x == 0; })) continue;
    out.feature_keys.push_back(keys[f]);
    out.weights.insert(out.weights.end(), q, q + kNumTags);
  }
  log("kept features: " + std::to_string(out.feature_keys.size()) + " of " + std::to_string(nf) + ", scale " +
      std::to_string(scale));
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
