#include "entities/ner_features.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <utility>

#include "entities/lexicon.hpp"

namespace quelle::ner {

uint32_t hash_text(std::u16string_view s) {
  uint32_t h = 2166136261u;
  for (char16_t c : s) {
    h ^= static_cast<uint32_t>(c);
    h *= 16777619u;
  }
  return mix(h ^ static_cast<uint32_t>(s.size()));
}

void Gazetteer::reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap *= 2;
  keys_.assign(n == 0 ? 0 : cap, 0);
  values_.assign(keys_.size(), 0);
  mask_ = n == 0 ? 0 : static_cast<uint32_t>(cap - 1);
  shift_ = 32 - static_cast<uint32_t>(std::countr_zero(cap));
}

void Gazetteer::build_sorted(const std::vector<uint32_t>& slot_keys, const uint8_t* values) {
  reserve(slot_keys.size());
  for (size_t i = 0; i < slot_keys.size(); ++i) {
    uint32_t slot = slot_keys[i] >> shift_;
    while (keys_[slot] != 0) slot = (slot + 1) & mask_;
    keys_[slot] = slot_keys[i];
    values_[slot] = values[i];
  }
}

void Gazetteer::build(const std::vector<uint32_t>& keys, const std::vector<uint8_t>& values) {
  std::vector<std::pair<uint32_t, uint8_t>> sorted(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) sorted[i] = {slot_key(keys[i]), values[i]};
  std::sort(sorted.begin(), sorted.end());
  std::vector<uint32_t> unique_keys;
  std::vector<uint8_t> merged;
  for (const auto& [k, v] : sorted) {
    if (!unique_keys.empty() && unique_keys.back() == k) {
      merged.back() |= v;
    } else {
      unique_keys.push_back(k);
      merged.push_back(v);
    }
  }
  build_sorted(unique_keys, merged.data());
}

uint8_t Gazetteer::find(uint32_t key) const {
  if (keys_.empty()) return 0;
  const uint32_t k = slot_key(key);
  for (uint32_t slot = k >> shift_;; slot = (slot + 1) & mask_) {
    if (keys_[slot] == k) return values_[slot];
    if (keys_[slot] == 0) return 0;
  }
}

namespace {

// Template ids, mixed into every feature hash.
enum Template : uint32_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kPre2,
  kPre3,
  kSuf2,
  kSuf3,
  kSuf4,
  kPrevLower,
  kNextLower,
  kPrev2Lower,
  kNext2Lower,
  kPrevBigram,
  kNextBigram,
  kPrevShape,
  kNextShape,
  kShapeTri,
  kFirst,
  kQuote,
  kGaz,
  kGazPrev,
  kGazNext,
  kPartFirst,
  kPartLast,
  kPrevWord,
  kSuf3Prev,
  kShortShapeTri,
  kNextWord,
  kLowerShort,
  kSuf5,
  kPre4,
  kSuf3Next,
  kLeftTri,
  kRightTri,
  kLex,
  kLexPrev,
  kLexNext,
  kCls,
  kClsPrev,
  kClsNext,
  kClsCtx,
  kWcls,
  kWclsCtx,
};

inline char16_t shape_class(char16_t c, char16_t lower) {
  if (c != lower) return u'X';
  if (c < 128) {
    if (c >= u'0' && c <= u'9') return u'd';
    if (c >= u'a' && c <= u'z') return u'x';
    return c;
  }
  if (c >= 0xD800 && c <= 0xDFFF) return u'x';
  return u_isalpha(c) ? u'x' : u_isdigit(c) ? u'd' : c;
}

}  // namespace

void token_info(const Document& doc, size_t i, FeatureScratch::Tok& t) {
  std::u16string_view w = doc.token_text(i);
  std::u16string_view l = doc.token_lower(i);
  const bool poss = possessive_length(w) != 0;
  if (poss) {  // features of "Enron", plus a mark in the shape
    w.remove_suffix(2);
    l.remove_suffix(2);
  }
  t.word = hash_text(w);
  t.lower = hash_text(l);
  // Shape: classes with runs longer than 2 collapsed ("Xxx" for "Alibaba");
  // short shape: every run collapsed to one ("Xx").
  uint32_t sh = 2166136261u;
  uint32_t ssh = 2166136261u;
  char16_t prev = 0;
  int run = 0;
  size_t hyphen_first = std::u16string_view::npos;
  size_t hyphen_last = std::u16string_view::npos;
  for (size_t k = 0; k < w.size(); ++k) {
    const char16_t c = shape_class(w[k], l[k]);
    if (c == prev) {
      ++run;
    } else {
      run = 1;
      ssh = (ssh ^ c) * 16777619u;
    }
    if (run <= 2) sh = (sh ^ c) * 16777619u;
    prev = c;
    if ((w[k] == u'-' || w[k] == 0x2010 || w[k] == 0x2011) && k > 0 && k + 1 < w.size()) {
      if (hyphen_first == std::u16string_view::npos) hyphen_first = k;
      hyphen_last = k;
    }
  }
  t.shape = mix(sh + (poss ? 1u : 0u));
  t.short_shape = mix(ssh + (poss ? 1u : 0u));
  const size_t n = l.size();
  t.pre2 = n > 2 ? hash_text(l.substr(0, 2)) : 0;
  t.pre3 = n > 3 ? hash_text(l.substr(0, 3)) : 0;
  t.suf2 = n > 2 ? hash_text(l.substr(n - 2)) : 0;
  t.suf3 = n > 3 ? hash_text(l.substr(n - 3)) : 0;
  t.suf4 = n > 4 ? hash_text(l.substr(n - 4)) : 0;
  t.suf5 = n > 5 ? hash_text(l.substr(n - 5)) : 0;
  t.pre4 = n > 4 ? hash_text(l.substr(0, 4)) : 0;
  if (hyphen_first != std::u16string_view::npos) {
    t.part_first = hash_text(w.substr(0, hyphen_first));
    t.part_last = hash_text(l.substr(hyphen_last + 1));
  } else {
    t.part_first = t.part_last = 0;
  }
  t.flags = doc.tokens[i].flags;
  t.gaz = 0;
  t.lex = 0;
  t.quote = 0;
  t.cls = 0;
  t.wcls = 0;
}

namespace {

inline uint32_t f(uint32_t tmpl, uint32_t a) {
  const uint32_t h = combine(tmpl * 0x01000193u, a);
  return h == 0 ? 1 : h;
}
inline uint32_t f(uint32_t tmpl, uint32_t a, uint32_t b) { return f(tmpl, combine(a, b)); }
inline uint32_t f(uint32_t tmpl, uint32_t a, uint32_t b, uint32_t c) { return f(tmpl, combine(combine(a, b), c)); }

}  // namespace

void quote_state(const Document& doc, std::vector<uint8_t>& out) {
  out.assign(doc.tokens.size(), 0);
  bool inside = false;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.has(kParagraphStart)) inside = false;
    if (t.has(kQuoteMark)) {
      const char16_t c = doc.text[t.start];
      if (c == u'\'' || c == u'’' || c == u'‘') {  // apostrophes: too ambiguous
        out[i] = inside ? 1 : 0;
        continue;
      }
      inside = !inside;
      out[i] = 0;
      continue;
    }
    out[i] = inside ? 1 : 0;
  }
}

void gazetteer_info(const Gazetteer& gaz, FeatureScratch::Tok& t, uint8_t& first_value) {
  first_value = gaz.find(seq_hash(0, t.lower));
  t.lex = static_cast<uint8_t>(first_value & 0x70);
  t.cls = gaz.find(cluster_key(t.lower));
  t.wcls = gaz.find(wordclass_key(t.lower));
}

void mark_gazetteer_matches(const Gazetteer& gaz, FeatureScratch::Tok* toks, size_t n, const uint8_t* first_values) {
  // Longest match from each position.
  for (size_t k = 0; k < n;) {
    uint32_t h = 0;
    size_t best = n;
    int best_type = 0;
    for (size_t j = k; j < n && j < k + 6; ++j) {
      h = seq_hash(h, toks[j].lower);
      const uint8_t v = j == k ? first_values[k] : gaz.find(h);
      if (v == 0) break;
      if ((v & 0x0F) != 0) {
        best = j;
        best_type = 0;
        while (((v >> best_type) & 1) == 0) ++best_type;
      }
      if ((v & 0x80) == 0) break;
    }
    if (best == n) {
      ++k;
      continue;
    }
    for (size_t j = k; j <= best; ++j) toks[j].gaz = static_cast<uint8_t>(j == k ? tag_b(best_type) : tag_i(best_type));
    k = best + 1;
  }
}

FeatureSet feature_set(const Gazetteer& gaz) {
  // A model with word clusters marks it with the key cluster_key(0), and one
  // with lexicon word classes with the key wordclass_key(0).
  return {!gaz.empty() && gaz.find(cluster_key(0)) != 0, !gaz.empty() && gaz.find(wordclass_key(0)) != 0};
}

void own_features(const FeatureScratch::Tok& t, FeatureSet set, uint32_t* out) {
  const uint32_t upper = (t.flags & kUpperInitial) != 0 ? 1u : 0u;
  out[0] = f(kBias, 0);
  out[1] = f(kWord, t.word);
  out[2] = f(kLower, t.lower);
  out[3] = f(kShape, t.shape);
  out[4] = t.pre2 ? f(kPre2, t.pre2, upper) : 0;
  out[5] = t.pre3 ? f(kPre3, t.pre3, upper) : 0;
  out[6] = t.suf2 ? f(kSuf2, t.suf2, upper) : 0;
  out[7] = t.suf3 ? f(kSuf3, t.suf3, upper) : 0;
  out[8] = t.suf4 ? f(kSuf4, t.suf4, upper) : 0;
  out[9] = t.part_first ? f(kPartFirst, t.part_first) : 0;
  out[10] = t.part_last ? f(kPartLast, t.part_last) : 0;
  out[11] = f(kLowerShort, t.lower, t.short_shape);
  out[12] = t.suf5 ? f(kSuf5, t.suf5, upper) : 0;
  out[13] = t.pre4 ? f(kPre4, t.pre4, upper) : 0;
  out[14] = t.lex ? f(kLex, t.lex, upper) : 0;
  // Word clusters (0 = a word without a cluster). Models without clusters
  // have none of these features.
  out[15] = set.clusters ? f(kCls, t.cls, upper) : 0;
}

void neighbour_features(uint32_t lower, uint32_t* out) {
  out[0] = f(kPrevLower, lower);
  out[1] = f(kNextLower, lower);
  out[2] = f(kPrev2Lower, lower);
  out[3] = f(kNext2Lower, lower);
}

void left_pair_features(const FeatureScratch::Tok* prev, const FeatureScratch::Tok& t, FeatureSet set, uint32_t* out) {
  const uint32_t upper = (t.flags & kUpperInitial) != 0 ? 1u : 0u;
  if (prev == nullptr) {  // the block's first token
    out[0] = f(kPrevBigram, kBoundaryBefore, t.lower);
    out[1] = f(kPrevShape, kBoundaryBefore, t.shape);
    out[2] = out[3] = out[4] = 0;
    out[5] = set.clusters ? f(kClsPrev, 256u, t.cls, upper) : 0;
    return;
  }
  const auto& p = *prev;
  out[0] = f(kPrevBigram, p.lower, t.lower);
  out[1] = f(kPrevShape, p.shape, t.shape);
  out[2] = f(kPrevWord, p.word, upper);
  out[3] = p.suf3 ? f(kSuf3Prev, p.suf3, t.short_shape) : 0;
  out[4] = p.lex ? f(kLexPrev, p.lex, t.lex | upper) : 0;
  // Word clusters: models without clusters have none of these features.
  out[5] = set.clusters ? f(kClsPrev, p.cls, t.cls, upper) : 0;
}

void right_pair_features(const FeatureScratch::Tok& t, const FeatureScratch::Tok* next, FeatureSet set, uint32_t* out) {
  const uint32_t upper = (t.flags & kUpperInitial) != 0 ? 1u : 0u;
  if (next == nullptr) {  // the block's last token
    out[0] = f(kNextBigram, t.lower, kBoundaryAfter);
    out[1] = f(kNextShape, t.shape, kBoundaryAfter);
    out[2] = out[3] = out[4] = 0;
    out[5] = set.clusters ? f(kClsNext, t.cls, 257u, upper) : 0;
    return;
  }
  const auto& x = *next;
  out[0] = f(kNextBigram, t.lower, x.lower);
  out[1] = f(kNextShape, t.shape, x.shape);
  out[2] = f(kNextWord, x.word, upper);
  out[3] = x.suf3 ? f(kSuf3Next, x.suf3, t.short_shape) : 0;
  out[4] = x.lex ? f(kLexNext, x.lex, t.lex | upper) : 0;
  out[5] = set.clusters ? f(kClsNext, t.cls, x.cls, upper) : 0;
}

void context_signature(const FeatureScratch::Tok* toks, size_t k, size_t n, ContextSignature& out) {
  const auto& t = toks[k];
  const bool has_prev = k >= 1, has_next = k + 1 < n;
  out.shape[0] = has_prev ? toks[k - 1].shape : kBoundaryBefore;
  out.shape[1] = t.shape;
  out.shape[2] = has_next ? toks[k + 1].shape : kBoundaryAfter;
  out.short_shape[0] = has_prev ? toks[k - 1].short_shape : kBoundaryBefore;
  out.short_shape[1] = t.short_shape;
  out.short_shape[2] = has_next ? toks[k + 1].short_shape : kBoundaryAfter;
  // Lexicon classes are 0..255; 256 and 257 stand for the block boundaries.
  const uint32_t pw = has_prev ? toks[k - 1].wcls : 256u;
  const uint32_t nw = has_next ? toks[k + 1].wcls : 257u;
  out.classes = pw | static_cast<uint32_t>(t.wcls) << 9 | nw << 17;
  // Gazetteer tags are 0..8; a missing neighbour is 0, as the features treat it.
  const uint32_t gp = has_prev ? toks[k - 1].gaz : 0u;
  const uint32_t gn = has_next ? toks[k + 1].gaz : 0u;
  out.bits = ((t.flags & kSentenceStart) != 0 ? 1u : 0u) | (t.quote != 0 ? 2u : 0u) |
             ((t.flags & kUpperInitial) != 0 ? 4u : 0u) | static_cast<uint32_t>(t.gaz) << 3 | gp << 7 | gn << 11;
}

void signature_features(const ContextSignature& sig, FeatureSet set, uint32_t* out) {
  const uint32_t first = sig.bits & 1u, quote = sig.bits & 2u, upper = (sig.bits >> 2) & 1u;
  const uint32_t gaz = (sig.bits >> 3) & 15u, gp = (sig.bits >> 7) & 15u, gn = (sig.bits >> 11) & 15u;
  const uint32_t ss = sig.short_shape[1];
  out[0] = f(kShapeTri, sig.shape[0], sig.shape[1], sig.shape[2]);
  out[1] = first != 0 ? f(kFirst, ss) : 0;
  out[2] = quote != 0 ? f(kQuote, ss) : 0;
  out[3] = gaz != 0 ? f(kGaz, gaz, upper) : 0;
  out[4] = gp != 0 ? f(kGazPrev, gp, gaz) : 0;
  out[5] = gn != 0 ? f(kGazNext, gn, gaz) : 0;
  out[6] = f(kShortShapeTri, sig.short_shape[0], ss, sig.short_shape[2]);
  // Lexicon word classes (bit set: a one-word place, a word used as a
  // person's name; models/gazetteers/lexicon.tsv): with the capitalisation
  // and sentence-start bits, and with the neighbours' classes. Models
  // without word classes have none of these features.
  if (set.wordclasses) {
    const uint32_t pw = sig.classes & 511u, w = (sig.classes >> 9) & 255u, nw = sig.classes >> 17;
    out[7] = f(kWcls, w, upper | (first != 0 ? 2u : 0u));
    out[8] = f(kWclsCtx, pw, w | (upper << 8), nw);
  } else {
    out[7] = out[8] = 0;
  }
}

void word_context_features(const FeatureScratch::Tok* toks, size_t k, size_t n, FeatureSet set, uint32_t* out) {
  const auto& t = toks[k];
  const uint32_t pl = k >= 1 ? toks[k - 1].lower : kBoundaryBefore;
  const uint32_t pl2 = k >= 2 ? toks[k - 2].lower : kBoundaryBefore;
  const uint32_t nl = k + 1 < n ? toks[k + 1].lower : kBoundaryAfter;
  const uint32_t nl2 = k + 2 < n ? toks[k + 2].lower : kBoundaryAfter;
  out[0] = f(kLeftTri, pl2, pl, t.short_shape);
  out[1] = f(kRightTri, t.short_shape, nl, nl2);
  // The neighbours' word clusters together. Models without clusters have
  // none of these features, so their features are exactly the other 38.
  if (set.clusters) {
    const uint32_t pc = k >= 1 ? toks[k - 1].cls : 256u;
    const uint32_t nc = k + 1 < n ? toks[k + 1].cls : 257u;
    out[2] = f(kClsCtx, pc, nc, t.short_shape);
  } else {
    out[2] = 0;
  }
}

void other_context_features(const FeatureScratch::Tok* toks, size_t k, size_t n, FeatureSet set, uint32_t* out) {
  ContextSignature sig;
  context_signature(toks, k, n, sig);
  uint32_t s[kSignatureFeatures], w[kWordContextFeatures];
  signature_features(sig, set, s);
  word_context_features(toks, k, n, set, w);
  // The historical order of the 12 (context_features places them).
  const uint32_t ordered[kOtherContextFeatures] = {s[0], s[1], s[2], s[3], s[4], s[5],
                                                   s[6], w[0], w[1], w[2], s[7], s[8]};
  std::copy(ordered, ordered + kOtherContextFeatures, out);
}

void context_features(const FeatureScratch::Tok* toks, size_t k, size_t n, FeatureSet set, uint32_t* out) {
  uint32_t left[kPairFeatures], right[kPairFeatures], other[kOtherContextFeatures];
  left_pair_features(k >= 1 ? &toks[k - 1] : nullptr, toks[k], set, left);
  right_pair_features(toks[k], k + 1 < n ? &toks[k + 1] : nullptr, set, right);
  other_context_features(toks, k, n, set, other);
  // The historical order (training sums floats in this order).
  static constexpr int kLeftAt[kPairFeatures] = {0, 2, 10, 11, 17, 19};
  static constexpr int kRightAt[kPairFeatures] = {1, 3, 13, 14, 18, 20};
  static constexpr int kOtherAt[kOtherContextFeatures] = {4, 5, 6, 7, 8, 9, 12, 15, 16, 21, 22, 23};
  for (int j = 0; j < kPairFeatures; ++j) {
    out[kLeftAt[j]] = left[j];
    out[kRightAt[j]] = right[j];
  }
  for (int j = 0; j < kOtherContextFeatures; ++j) out[kOtherAt[j]] = other[j];
}

void extract_features(const Document& doc, size_t first, size_t end, const Gazetteer& gaz,
                      const std::vector<uint8_t>& in_quote, FeatureScratch& scratch) {
  const size_t n = end - first;
  if (scratch.toks.size() < n) scratch.toks.resize(n);
  if (scratch.features.size() < n * kFeaturesPerToken) scratch.features.resize(n * kFeaturesPerToken);
  if (scratch.first_values.size() < n) scratch.first_values.resize(n);
  auto& toks = scratch.toks;
  for (size_t k = 0; k < n; ++k) {
    token_info(doc, first + k, toks[k]);
    if (!in_quote.empty()) toks[k].quote = in_quote[first + k];
  }
  if (!gaz.empty()) {
    for (size_t k = 0; k < n; ++k) gazetteer_info(gaz, toks[k], scratch.first_values[k]);
    mark_gazetteer_matches(gaz, toks.data(), n, scratch.first_values.data());
  }
  // The features in their historical order within the stride (training sums
  // floats in this order).
  static constexpr int kOwnAt[kOwnFeatures] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 23, 24, 29, 30, 31, 35, 38};
  static constexpr int kContextAt[kContextFeatures] = {13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 25, 26,
                                                       27, 28, 32, 33, 34, 36, 37, 39, 40, 41, 42, 43};
  const FeatureSet set = feature_set(gaz);
  uint32_t* out = scratch.features.data();
  for (size_t k = 0; k < n; ++k, out += kFeaturesPerToken) {
    uint32_t own[kOwnFeatures], context[kContextFeatures], prev[4], next[4], prev2[4], next2[4];
    own_features(toks[k], set, own);
    for (int j = 0; j < kOwnFeatures; ++j) out[kOwnAt[j]] = own[j];
    // Features 9-12: the lower-case words at -1, +1, -2, +2.
    neighbour_features(k >= 1 ? toks[k - 1].lower : kBoundaryBefore, prev);
    neighbour_features(k + 1 < n ? toks[k + 1].lower : kBoundaryAfter, next);
    neighbour_features(k >= 2 ? toks[k - 2].lower : kBoundaryBefore, prev2);
    neighbour_features(k + 2 < n ? toks[k + 2].lower : kBoundaryAfter, next2);
    out[9] = prev[kAsPrev];
    out[10] = next[kAsNext];
    out[11] = prev2[kAsPrev2];
    out[12] = next2[kAsNext2];
    context_features(toks.data(), k, n, set, context);
    for (int j = 0; j < kContextFeatures; ++j) out[kContextAt[j]] = context[j];
  }
}

}  // namespace quelle::ner
