#include "entities/ner_model.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <utility>

#include "model/binary_io.hpp"

namespace quelle::ner {
namespace {

constexpr model::Magic kMagic = {'Q', 'N', 'M', 0x1A};
constexpr size_t kMaxFeatures = 1u << 24;
constexpr size_t kMaxGaz = 1u << 22;
constexpr size_t kMaxMeta = 1u << 16;

// Loading in WebAssembly (see crc32 in model/binary_io.cpp): each long
// loop of the loader is a small function of its own, reached through a
// pointer that no optimizer sees through, and the long ones run in blocks,
// so that V8's optimized code, compiled in the background, takes over the
// later blocks.
constexpr uint32_t kKeyBlock = 16 * 1024;

// Decodes `count` varint deltas of strictly increasing keys from p (not
// past end) into out, continuing from *acc. Returns the byte after them,
// or nullptr if they are malformed. Works on locals only: the baseline
// compiler keeps little in registers, and a store may alias members.
const uint8_t* decode_keys(const uint8_t* p, const uint8_t* end, uint32_t count, uint32_t* out, uint64_t* acc) {
  uint64_t a = *acc;
  for (uint32_t i = 0; i < count; ++i) {
    // A varint of at most 5 bytes, the 5th with 4 payload bits and no
    // continuation. Deltas take 1-3 bytes: those are read without a loop.
    uint32_t d;
    if (end - p >= 3 && (p[0] & p[1] & p[2] & 0x80) == 0) {
      d = p[0] & 0x7Fu;
      if (p[0] < 0x80) {
        p += 1;
      } else if (p[1] < 0x80) {
        d |= static_cast<uint32_t>(p[1]) << 7;
        p += 2;
      } else {
        d |= (p[1] & 0x7Fu) << 7 | static_cast<uint32_t>(p[2]) << 14;
        p += 3;
      }
    } else {
      d = 0;
      for (int shift = 0;; shift += 7) {
        if (p == end || shift == 35) return nullptr;
        const uint32_t b = *p++;
        if (shift == 28 && (b & 0xF0) != 0) return nullptr;
        d |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) break;
      }
    }
    a += d;
    if (d == 0 || a > 0xFFFFFFFFu) return nullptr;
    out[i] = static_cast<uint32_t>(a);
  }
  *acc = a;
  return p;
}

void build_gazetteer(Gazetteer& gaz, const std::vector<uint32_t>& keys, const uint8_t* values) {
  gaz.build_sorted(keys, values);
}

Error invalid(const std::string& why) { return Error{ErrorCode::InvalidModel, "invalid NER model: " + why}; }

}  // namespace

// Layout (little-endian):
//   magic "QNM\x1A", u32 version, u32 total size, u32 crc32 of the bytes after the header (16 bytes)
//   u8 language length, language bytes, u16 description length, description bytes
//   u32 scale bits, i32 transitions[(kNumTags+1)*kNumTags], i16 codebook[256] (codebook[0] = 0)
//   u32 gazetteer entries, varint deltas of their Gazetteer::slot_key (first from 0, all > 0), u8 values
//   u32 features, varint deltas of their Model::slot_key (first from 0, all > 0), u8 weight codes[features*kNumTags]
// Both key lists are sorted by the mixed key, which is also the order of
// their home slots, so loading fills each table front to back in one pass.
std::vector<uint8_t> serialize_model(const ModelData& d) {
  model::ByteWriter body;
  body.u8(static_cast<uint8_t>(d.language.size()));
  body.bytes(d.language.data(), d.language.size());
  const size_t desc = std::min<size_t>(d.description.size(), kMaxMeta - 1);
  body.u16(static_cast<uint16_t>(desc));
  body.bytes(d.description.data(), desc);
  uint32_t scale_bits = 0;
  std::memcpy(&scale_bits, &d.scale, 4);
  body.u32(scale_bits);
  for (int i = 0; i < (kNumTags + 1) * kNumTags; ++i) body.u32(static_cast<uint32_t>(d.transitions.at(i)));
  for (int i = 0; i < 256; ++i) body.u16(static_cast<uint16_t>(d.codebook.at(i)));
  std::vector<std::pair<uint32_t, uint8_t>> gaz(d.gaz_keys.size());
  for (size_t i = 0; i < gaz.size(); ++i) gaz[i] = {Gazetteer::slot_key(d.gaz_keys[i]), d.gaz_values.at(i)};
  std::sort(gaz.begin(), gaz.end());
  body.u32(static_cast<uint32_t>(gaz.size()));
  uint32_t prev = 0;
  for (const auto& [k, v] : gaz) {
    body.varint(k - prev);
    prev = k;
  }
  for (const auto& [k, v] : gaz) body.u8(v);
  std::vector<std::pair<uint32_t, uint32_t>> features(d.feature_keys.size());  // slot key, index
  for (uint32_t i = 0; i < features.size(); ++i) features[i] = {Model::slot_key(d.feature_keys[i]), i};
  std::sort(features.begin(), features.end());
  body.u32(static_cast<uint32_t>(features.size()));
  prev = 0;
  for (const auto& [k, i] : features) {
    body.varint(k - prev);
    prev = k;
  }
  for (const auto& [k, i] : features) body.bytes(d.weights.data() + static_cast<size_t>(i) * kNumTags, kNumTags);

  return model::with_header(kMagic, kFormatVersion, body.data());
}

Expected<std::unique_ptr<Model>> Model::parse(const uint8_t* data, size_t size) {
  auto opened = model::open_checked(data, size, kMagic, kFormatVersion, "NER model");
  if (!opened) return opened.error();
  model::ByteReader& r = *opened;

  auto m = std::unique_ptr<Model>(new Model());
  static std::atomic<uint64_t> next_id{1};
  m->id_ = next_id.fetch_add(1);
  const uint8_t lang_len = r.u8();
  const uint8_t* lang = lang_len <= 8 ? r.take(lang_len) : nullptr;
  if (lang == nullptr) return invalid("bad language");
  m->language_.assign(reinterpret_cast<const char*>(lang), lang_len);
  const uint16_t desc_len = r.u16();
  const uint8_t* desc = r.take(desc_len);
  if (desc == nullptr) return invalid("truncated description");
  m->description_.assign(reinterpret_cast<const char*>(desc), desc_len);
  r.u32();  // scale
  for (int i = 0; i < (kNumTags + 1) * kNumTags; ++i) {
    const auto v = static_cast<int32_t>(r.u32());
    if (v < -(1 << 24) || v > (1 << 24)) return invalid("transition weight out of range");
    m->transitions_[i] = v;
  }
  for (int i = 0; i < 256; ++i) m->codebook_[i] = static_cast<int16_t>(r.u16());
  if (!r.ok()) return invalid("truncated header");
  if (m->codebook_[0] != 0) return invalid("bad codebook");
  for (int p = 0; p < kNumTags; ++p)
    for (int t = 0; t < kNumTags; ++t)
      m->steps_[p * kNumTags + t] = transition_allowed(p, t) ? m->transitions_[p * kNumTags + t] : INT32_MIN / 2;
  for (int t = 0; t < kNumTags; ++t) {
    if (tag_is_i(t)) continue;  // O and B-X: any predecessor is allowed
    int32_t hi = m->steps_[t];
    for (int p = 1; p < kNumTags; ++p) hi = std::max(hi, m->steps_[p * kNumTags + t]);
    // Transitions are within +-2^24: no overflow.
    for (int q = 0; q < kNumTags; ++q)
      m->candidate_floor_[q] = std::min(m->candidate_floor_[q], m->steps_[q * kNumTags + t] - hi);
  }

  // Both key lists are strictly increasing slot keys (see serialize_model).
  auto read_keys = [&r](uint32_t count, std::vector<uint32_t>& keys) {
    static auto* volatile decode = decode_keys;
    keys.resize(count);
    const uint8_t* p = r.here();
    const uint8_t* const end = r.here() + r.left();
    uint64_t acc = 0;
    for (uint32_t i = 0; i < count && p != nullptr; i += kKeyBlock) {
      p = decode(p, end, std::min(kKeyBlock, count - i), keys.data() + i, &acc);
    }
    return p != nullptr && r.advance(static_cast<size_t>(p - r.here()));
  };
  const uint32_t ngaz = r.u32();
  if (!r.ok() || ngaz > kMaxGaz || ngaz > size) return invalid("bad gazetteer size");
  std::vector<uint32_t> keys;
  if (!read_keys(ngaz, keys)) return invalid("bad gazetteer keys");
  const uint8_t* gaz_values = r.take(ngaz);
  if (gaz_values == nullptr) return invalid("truncated gazetteer");
  static auto* volatile build = build_gazetteer;
  build(m->gaz_, keys, gaz_values);
  m->set_ = feature_set(m->gaz_);

  const uint32_t nf = r.u32();
  if (!r.ok() || nf > kMaxFeatures || nf > size) return invalid("bad feature count");
  if (!read_keys(nf, keys)) return invalid("bad feature keys");
  const uint8_t* w = r.take(static_cast<size_t>(nf) * kNumTags);
  if (w == nullptr) return invalid("truncated weights");
  if (r.left() != 0) return invalid("trailing bytes");

  // At most 3/4 full: 2^16 buckets or more (see Bucket).
  size_t buckets = size_t{1} << 16;
  while (static_cast<size_t>(nf) * 4 > buckets * kPerBucket * 3) buckets *= 2;
  m->buckets_.resize(buckets);  // value-initialized: one memset (assign copies a Bucket 2^16+ times)
  const uint32_t mask = static_cast<uint32_t>(buckets - 1);
  const uint32_t shift = 32 - static_cast<uint32_t>(std::countr_zero(buckets));
  m->mask_ = mask;
  m->shift_ = shift;
  m->features_ = nf;
  // The keys come in the order of their home buckets: the table is written
  // front to back, in blocks by a function of its own (see crc32), on
  // locals only (a byte store may alias the model's fields).
  using Fill = bool(Bucket*, uint32_t, uint32_t, const uint32_t*, const uint8_t*, uint32_t);
  static Fill* volatile fill = [](Bucket* table, uint32_t mask, uint32_t shift, const uint32_t* key, const uint8_t* w,
                                  uint32_t count) {
    for (uint32_t i = 0; i < count; ++i, w += kNumTags) {
      const uint32_t k = key[i];
      const uint32_t home = k >> shift;
      uint32_t d = 0;
      while (table[(home + d) & mask].count == kPerBucket) {
        table[(home + d) & mask].overflowed = 1;
        if (++d > 255) return false;
      }
      Bucket& b = table[(home + d) & mask];
      const int e = b.count++;
      b.low[e] = static_cast<uint16_t>(k);
      b.displacement[e] = static_cast<uint8_t>(d);
      std::memcpy(b.w[e], w, kNumTags);
    }
    return true;
  };
  for (uint32_t i = 0; i < nf; i += kKeyBlock) {
    const uint32_t n = std::min(kKeyBlock, nf - i);
    if (!fill(m->buckets_.data(), mask, shift, keys.data() + i, w + static_cast<size_t>(i) * kNumTags, n)) {
      return invalid("feature table overflow");
    }
  }
  return m;
}

const uint8_t* Model::find_slot(uint32_t slot) const {
  const uint32_t home = slot >> shift_;
  const auto low = static_cast<uint16_t>(slot);
  for (uint32_t d = 0; d < 256; ++d) {
    const Bucket& b = buckets_[(home + d) & mask_];
    for (int e = 0; e < b.count; ++e) {
      if (b.low[e] == low && b.displacement[e] == d) return b.w[e];
    }
    if (!b.overflowed) return nullptr;
  }
  return nullptr;
}

void Model::add_weights(const uint32_t* slots, int count, int32_t* acc) const {
  for (int j = 0; j < count; ++j) {
    if (slots[j] == 0) continue;
    const uint8_t* w = find_slot(slots[j]);
    if (w == nullptr) continue;
    for (int t = 0; t < kNumTags; ++t) acc[t] += codebook_[w[t]];
  }
}

namespace {
// Per-thread buffers of tag() and decode(), reused from block to block.
struct ViterbiScratch {
  std::vector<int32_t> emissions;
  std::vector<int32_t> score;
  std::vector<uint8_t> back;
};
ViterbiScratch& viterbi_scratch() {
  thread_local ViterbiScratch s;
  return s;
}
}  // namespace

// decode() looks only at the predecessors transition_allowed() permits.
constexpr bool bio_predecessors_as_decoded() {
  for (int t = 0; t < kNumTags; ++t)
    for (int p = 0; p < kNumTags; ++p)
      if (transition_allowed(p, t) != (!tag_is_i(t) || p == t - 1 || p == t)) return false;
  return true;
}
static_assert(bio_predecessors_as_decoded());

void Model::decode(const int32_t* em, size_t n, const uint16_t* allowed, std::vector<uint8_t>& tags) const {
  tags.assign(n, 0);
  if (n == 0) return;
  ViterbiScratch& s = viterbi_scratch();
  if (s.score.size() < n * kNumTags) {
    s.score.resize(n * kNumTags);
    s.back.resize(n * kNumTags);
  }
  int32_t* score = s.score.data();
  uint8_t* back = s.back.data();
  int top = 0;  // the best tag of the previous token
  for (size_t k = 0; k < n; ++k) {
    int32_t e[kNumTags];
    for (int t = 0; t < kNumTags; ++t) e[t] = em[k * kNumTags + t];
    if (allowed != nullptr && allowed[k] != 0) {
      for (int t = 0; t < kNumTags; ++t)
        if ((allowed[k] & (1u << t)) == 0) e[t] = INT32_MIN / 4;
    }
    int32_t* cur = score + k * kNumTags;
    if (k == 0) {
      for (int t = 0; t < kNumTags; ++t) {
        cur[t] = transition_allowed(-1, t) ? e[t] + transitions_[kNumTags * kNumTags + t] : INT32_MIN / 2;
        back[t] = 0;
      }
    } else {
      const int32_t* prev = cur - kNumTags;
      uint8_t* from = back + k * kNumTags;
      // prev[p] >= INT32_MIN / 2, so a forbidden step (INT32_MIN / 2 in
      // steps_) gives at most INT32_MIN / 2 without overflow and never wins
      // against the initial best: only the allowed predecessors need to be
      // looked at. O and B-X may follow any tag; I-X only B-X and I-X (BIO),
      // so 53 of the 81 pairs. Ties go to the lower predecessor, as before.
      // Of the predecessors of O and B-X, only those scoring at least
      // candidate_floor_[top] (top: the best previous tag, scored 0, see
      // below) can win: for any other p and such a t,
      //   prev[p] + steps_[p][t] <= prev[p] + max_p' steps_[p'][t] < steps_[top][t],
      // strictly below the candidate that comes from top, so not even a tie
      // is lost. Emissions usually dwarf transitions: on news, 98 % of the
      // tokens have one candidate left.
      const int32_t floor = candidate_floor_[top];
      int m = 0;
      for (int p = 0; p < kNumTags; ++p) m += prev[p] >= floor ? 1 : 0;
      // I-X: from B-X or I-X.
      for (int x = 0; x < kNumTypes; ++x) {
        const int b = tag_b(x), i = tag_i(x);
        const int32_t vb = prev[b] + steps_[b * kNumTags + i];
        const int32_t vi = prev[i] + steps_[i * kNumTags + i];
        int32_t best = INT32_MIN / 2;
        int best_p = 0;
        if (vb > best) {
          best = vb;
          best_p = b;
        }
        if (vi > best) {
          best = vi;
          best_p = i;
        }
        cur[i] = best + e[i];
        from[i] = static_cast<uint8_t>(best_p);
      }
      // O and B-X: from the candidates, usually top alone.
      constexpr int kOpeners[kNumTypes + 1] = {0, tag_b(0), tag_b(1), tag_b(2), tag_b(3)};
      if (m == 1) {
        const int32_t* row = steps_ + top * kNumTags;
        for (const int t : kOpeners) {
          cur[t] = prev[top] + row[t] + e[t];
          from[t] = static_cast<uint8_t>(top);
        }
      } else {
        int candidates[kNumTags];
        int c = 0;
        for (int p = 0; p < kNumTags; ++p) {
          candidates[c] = p;
          c += prev[p] >= floor ? 1 : 0;
        }
        for (const int t : kOpeners) {
          int32_t best = INT32_MIN / 2;
          int best_p = 0;
          for (int j = 0; j < c; ++j) {
            const int p = candidates[j];
            const int32_t v = prev[p] + steps_[p * kNumTags + t];
            if (v > best) {
              best = v;
              best_p = p;
            }
          }
          cur[t] = best + e[t];
          from[t] = static_cast<uint8_t>(best_p);
        }
      }
    }
    // Keep the numbers small however long the sentence: only differences
    // matter. The best tag then scores 0.
    top = 0;
    for (int t = 1; t < kNumTags; ++t) top = cur[t] > cur[top] ? t : top;
    const int32_t best = cur[top];
    for (int t = 0; t < kNumTags; ++t) cur[t] = cur[t] < INT32_MIN / 4 ? INT32_MIN / 2 : cur[t] - best;
  }
  const int32_t* last = score + (n - 1) * kNumTags;
  int best_t = 0;
  for (int t = 1; t < kNumTags; ++t)
    if (last[t] > last[best_t]) best_t = t;
  for (size_t k = n; k-- > 0;) {
    tags[k] = static_cast<uint8_t>(best_t);
    best_t = back[k * kNumTags + best_t];
  }
}

void Model::tag(const Document& doc, size_t first, size_t end, const std::vector<uint8_t>& in_quote,
                std::vector<uint8_t>& tags, const uint16_t* allowed) const {
  const size_t n = end - first;
  std::vector<int32_t>& em = viterbi_scratch().emissions;
  if (em.size() < n * kNumTags) em.resize(n * kNumTags);
  emissions(doc, first, end, in_quote, em.data());
  decode(em.data(), n, allowed, tags);
}

}  // namespace quelle::ner
