#include "entities/ner_features.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <utility>

namespace quelle::ner {

uint32_t mix(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

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
  kBias = 1, kWord, kLower, kShape, kPre2, kPre3, kSuf2, kSuf3, kSuf4,
  kPrevLower, kNextLower, kPrev2Lower, kNext2Lower, kPrevBigram, kNextBigram,
  kPrevShape, kNextShape, kShapeTri, kFirst, kQuote, kGaz, kGazPrev, kGazNext,
  kPartFirst, kPartLast, kPrevWord, kSuf3Prev, kShortShapeTri, kNextWord, kLowerShort,
  kSuf5, kPre4, kSuf3Next, kLeftTri, kRightTri, kLex, kLexPrev, kLexNext,
  kCls, kClsPrev, kClsNext, kClsCtx, kWcls, kWclsCtx,
};

constexpr uint32_t kBoundaryBefore = 0x1234567u;
constexpr uint32_t kBoundaryAfter = 0x7654321u;

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

// A possessive "'s" ("Enron's", one token for the segmenter).
bool possessive(std::u16string_view w) {
  return w.size() > 3 && (w.back() == u's' || w.back() == u'S') && (w[w.size() - 2] == u'\'' || w[w.size() - 2] == u'’');
}

void token_info(const Document& doc, size_t i, FeatureScratch::Tok& t) {
  std::u16string_view w = doc.token_text(i);
  std::u16string_view l = doc.token_lower(i);
  const bool poss = possessive(w);
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

void extract_features(const Document& doc, size_t first, size_t end, const Gazetteer& gaz,
                      const std::vector<uint8_t>& in_quote, FeatureScratch& scratch) {
  const size_t n = end - first;
  if (scratch.toks.size() < n) scratch.toks.resize(n);
  if (scratch.features.size() < n * kFeaturesPerToken) scratch.features.resize(n * kFeaturesPerToken);
  auto& toks = scratch.toks;
  for (size_t k = 0; k < n; ++k) {
    token_info(doc, first + k, toks[k]);
    if (!in_quote.empty()) toks[k].quote = in_quote[first + k];
  }
  // Gazetteer: longest match from each position.
  if (!gaz.empty()) {
    for (size_t k = 0; k < n; ++k) {
      toks[k].lex = static_cast<uint8_t>(gaz.find(seq_hash(0, toks[k].lower)) & 0x70);
      toks[k].cls = gaz.find(cluster_key(toks[k].lower));
      toks[k].wcls = gaz.find(wordclass_key(toks[k].lower));
    }
    for (size_t k = 0; k < n;) {
      uint32_t h = 0;
      size_t best = n;
      int best_type = 0;
      for (size_t j = k; j < n && j < k + 6; ++j) {
        h = seq_hash(h, toks[j].lower);
        const uint8_t v = gaz.find(h);
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
  // A model with word clusters marks it with the key cluster_key(0).
  const bool clusters = !gaz.empty() && gaz.find(cluster_key(0)) != 0;
  // ... and one with lexicon word classes with the key wordclass_key(0).
  const bool wordclasses = !gaz.empty() && gaz.find(wordclass_key(0)) != 0;
  uint32_t* out = scratch.features.data();
  for (size_t k = 0; k < n; ++k, out += kFeaturesPerToken) {
    const auto& t = toks[k];
    const uint32_t pl = k >= 1 ? toks[k - 1].lower : kBoundaryBefore;
    const uint32_t pl2 = k >= 2 ? toks[k - 2].lower : kBoundaryBefore;
    const uint32_t nl = k + 1 < n ? toks[k + 1].lower : kBoundaryAfter;
    const uint32_t nl2 = k + 2 < n ? toks[k + 2].lower : kBoundaryAfter;
    const uint32_t ps = k >= 1 ? toks[k - 1].shape : kBoundaryBefore;
    const uint32_t ns = k + 1 < n ? toks[k + 1].shape : kBoundaryAfter;
    const uint32_t pss = k >= 1 ? toks[k - 1].short_shape : kBoundaryBefore;
    const uint32_t nss = k + 1 < n ? toks[k + 1].short_shape : kBoundaryAfter;
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
    out[9] = f(kPrevLower, pl);
    out[10] = f(kNextLower, nl);
    out[11] = f(kPrev2Lower, pl2);
    out[12] = f(kNext2Lower, nl2);
    out[13] = f(kPrevBigram, pl, t.lower);
    out[14] = f(kNextBigram, t.lower, nl);
    out[15] = f(kPrevShape, ps, t.shape);
    out[16] = f(kNextShape, t.shape, ns);
    out[17] = f(kShapeTri, ps, t.shape, ns);
    out[18] = (t.flags & kSentenceStart) != 0 ? f(kFirst, t.short_shape) : 0;
    out[19] = t.quote ? f(kQuote, t.short_shape) : 0;
    out[20] = t.gaz ? f(kGaz, t.gaz, upper) : 0;
    out[21] = k >= 1 && toks[k - 1].gaz ? f(kGazPrev, toks[k - 1].gaz, t.gaz) : 0;
    out[22] = k + 1 < n && toks[k + 1].gaz ? f(kGazNext, toks[k + 1].gaz, t.gaz) : 0;
    out[23] = t.part_first ? f(kPartFirst, t.part_first) : 0;
    out[24] = t.part_last ? f(kPartLast, t.part_last) : 0;
    out[25] = k >= 1 ? f(kPrevWord, toks[k - 1].word, upper) : 0;
    out[26] = k >= 1 && toks[k - 1].suf3 ? f(kSuf3Prev, toks[k - 1].suf3, t.short_shape) : 0;
    out[27] = f(kShortShapeTri, pss, t.short_shape, nss);
    out[28] = k + 1 < n ? f(kNextWord, toks[k + 1].word, upper) : 0;
    out[29] = f(kLowerShort, t.lower, t.short_shape);
    out[30] = t.suf5 ? f(kSuf5, t.suf5, upper) : 0;
    out[31] = t.pre4 ? f(kPre4, t.pre4, upper) : 0;
    out[32] = k + 1 < n && toks[k + 1].suf3 ? f(kSuf3Next, toks[k + 1].suf3, t.short_shape) : 0;
    out[33] = f(kLeftTri, pl2, pl, t.short_shape);
    out[34] = f(kRightTri, t.short_shape, nl, nl2);
    out[35] = t.lex ? f(kLex, t.lex, upper) : 0;
    out[36] = k >= 1 && toks[k - 1].lex ? f(kLexPrev, toks[k - 1].lex, t.lex | upper) : 0;
    out[37] = k + 1 < n && toks[k + 1].lex ? f(kLexNext, toks[k + 1].lex, t.lex | upper) : 0;
    // Word clusters (0 = a word without a cluster). Models without
    // clusters have none of these features, so their features are exactly
    // the other 38.
    if (clusters) {
      const uint32_t pc = k >= 1 ? toks[k - 1].cls : 256u;
      const uint32_t nc = k + 1 < n ? toks[k + 1].cls : 257u;
      out[38] = f(kCls, t.cls, upper);
      out[39] = f(kClsPrev, pc, t.cls, upper);
      out[40] = f(kClsNext, t.cls, nc, upper);
      out[41] = f(kClsCtx, pc, nc, t.short_shape);
    } else {
      out[38] = out[39] = out[40] = out[41] = 0;
    }
    // Lexicon word classes (bit set: a one-word place, a word used as a
    // person's name; models/gazetteers/lexicon.tsv): with the capitalisation
    // and sentence-start bits, and with the neighbours' classes. Models
    // without word classes have none of these features.
    if (wordclasses) {
      const uint32_t first_bit = (t.flags & kSentenceStart) != 0 ? 2u : 0u;
      const uint32_t pw = k >= 1 ? toks[k - 1].wcls : 256u;
      const uint32_t nw = k + 1 < n ? toks[k + 1].wcls : 257u;
      out[42] = f(kWcls, t.wcls, upper | first_bit);
      out[43] = f(kWclsCtx, pw, t.wcls | (upper << 8), nw);
    } else {
      out[42] = out[43] = 0;
    }
  }
}

}  // namespace quelle::ner
