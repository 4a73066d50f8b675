// Language identification: naive Bayes over hashed character n-grams.
//
// Each word (a maximal run of Latin letters) is padded with a space on both
// sides; its 2- to 4-grams of UTF-16 code units, plus the whole word when it
// is short, are hashed into 2^kModelBits buckets. Every bucket holds one small
// integer weight per class (a quantized, centred log-probability), and a
// text's score for a class is the sum of the weights of its features. The
// classes are the seven languages and "another language in the Latin script"
// (Polish, Czech, Turkish, Swedish, ...), which answers "und".
// Integer arithmetic only, so native and wasm builds agree bit for bit.
//
// The weights come from scripts/train-language-model.py, which mirrors the
// feature extraction below exactly: keep the two in step. See
// docs/language-id.md.

#include "language/language.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace quelle {
namespace {

// The weights are one 128 KiB string literal, longer than the 64 KiB the
// standard requires compilers to support (GCC and Clang have no such limit).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
#include "language/language_model.inc"
#pragma GCC diagnostic pop

constexpr uint64_t kNgramMul = 0x9E3779B97F4A7C15ULL;
constexpr uint64_t kWordMul = 0xD6E8FEB86659FD93ULL;
constexpr uint64_t kFnvOffset = 0xCBF29CE484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001B3ULL;
constexpr int kShift = 64 - kModelBits;

// Long texts are sampled: kWindows evenly spaced windows of kWindow code units.
constexpr size_t kSampleLimit = 65536;
constexpr size_t kWindow = 4096;
constexpr size_t kWindows = 16;
constexpr size_t kWindowSlack = 64;  // a window moves at most this far to respect word boundaries

// The model's classes are the languages of kLanguageTable, in its order.
constexpr bool model_in_table_order() {
  if (kModelLanguages != static_cast<int>(kLanguageCount)) return false;
  for (size_t i = 0; i < kLanguageCount; ++i) {
    if (std::string_view(kModelLanguageCodes[i]) != kLanguageTable[i].code) return false;
  }
  return true;
}
static_assert(model_in_table_order(), "language_model.inc lists the languages of kLanguageTable, in order");
static_assert(kModelStride == 8 && kModelClasses == kModelStride && kModelLanguages == kModelClasses - 1);
static_assert(kModelMinNgram == 2, "the scanner below emits 2- to 4-grams");
static_assert(sizeof(kModelWeights) == (size_t{1} << kModelBits) * kModelStride + 1);

// Lower-cases ASCII and Latin-1 capitals; the input is normally lower case already.
inline uint32_t fold(uint32_t c) {
  if ((c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
  return c;
}

inline bool is_latin_letter(uint32_t c) {
  return (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0x24F && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

inline bool is_combining(uint32_t c) { return c >= 0x300 && c <= 0x36F; }

// A letter or digit of another script (Greek, Cyrillic, Arabic, Indic, CJK, ...).
inline bool is_other_letter(uint32_t c) {
  if (c < 0x370) return false;
  if (c >= 0x1E00 && c <= 0x1EFF) return false;  // Latin Extended Additional
  if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F)) return false;
  if (c >= 0xD800 && c <= 0xF8FF) return false;  // surrogates (emoji, ...), private use
  if ((c >= 0xFE00 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
      (c >= 0xFF5B && c <= 0xFF65))
    return false;
  return c < 0xFFF0;
}

struct Scorer {
  uint32_t raw[kModelStride] = {};  // per class: sum of the stored characters of all features
  uint32_t features = 0;
  uint32_t latin = 0;
  uint32_t other = 0;

  void scan(const char16_t* text, size_t begin, size_t end);
};

// The stored characters (0x20..0x7E) are summed per class; the weights are
// these sums minus features * kModelWeightZero. The eight characters of a
// bucket are read as one 64-bit word and added as two words of four 16-bit
// lanes (even and odd bytes), which are flushed to the 32-bit totals before a
// lane can overflow. The hot state lives in local variables, passed by value or
// to inlined helpers only, so that it stays in registers.
constexpr uint64_t kLanes = 0x00FF00FF00FF00FFULL;

inline void add_bucket(uint64_t bucket, uint64_t& even, uint64_t& odd) {
  uint64_t x;
  std::memcpy(&x, kModelWeights + bucket * kModelStride, sizeof x);
  even += x & kLanes;
  odd += (x >> 8) & kLanes;
}

inline void add_ngram(uint64_t key, uint64_t& even, uint64_t& odd) {
  add_bucket((key * kNgramMul) >> kShift, even, odd);
}

void flush_lanes(uint32_t* raw, uint64_t even, uint64_t odd) {
  // Byte j of a bucket is in lane j/2 of `even` (j even) or `odd` (j odd); on a
  // big-endian machine memcpy puts byte 0 in the top lane.
  for (int lane = 0; lane < 4; ++lane) {
    const int shift = std::endian::native == std::endian::little ? 16 * lane : 16 * (3 - lane);
    raw[2 * lane] += static_cast<uint32_t>((even >> shift) & 0xFFFF);
    raw[2 * lane + 1] += static_cast<uint32_t>((odd >> shift) & 0xFFFF);
  }
}

void Scorer::scan(const char16_t* text, size_t begin, size_t end) {
  // Checked after each letter; at most 7 features come between two checks,
  // and 507 * 126 < 65536.
  constexpr uint32_t kFlushAt = 500;

  uint64_t even = 0;
  uint64_t odd = 0;
  uint32_t pending = 0;
  uint32_t n_latin = 0;
  uint32_t n_other = 0;
  uint64_t g = 0;  // the last four code units of the padded word, 16 bits each
  int k = 0;       // code units in the padded word so far (0: not in a word)
  uint64_t h = 0;  // FNV-1a of the word
  int length = 0;  // letters in the word

  // One step past the end: a virtual space closes the last word.
  for (size_t i = begin; i <= end; ++i) {
    uint32_t c = i < end ? text[i] : 0x20;
    if (c - 0x61u >= 26u) c = fold(c);  // fast path for a-z
    if (c - 0x61u < 26u || is_latin_letter(c)) {
      ++n_latin;
      if (k == 0) {
        g = 0x20;
        k = 1;
        h = kFnvOffset;
        length = 0;
      }
      g = (g << 16) | c;
      ++k;
      ++length;
      h = (h ^ c) * kFnvPrime;
      // The 2-, 3- and 4-grams ending here (k counts the leading space).
      add_ngram(g & 0xFFFFFFFFULL, even, odd);
      if (k >= 4) {
        add_ngram(g & 0xFFFFFFFFFFFFULL, even, odd);
        add_ngram(g, even, odd);
        pending += 3;
      } else if (k == 3) {
        add_ngram(g & 0xFFFFFFFFFFFFULL, even, odd);
        pending += 2;
      } else {
        pending += 1;
      }
      if (pending >= kFlushAt) {
        flush_lanes(raw, even, odd);
        features += pending;
        even = odd = 0;
        pending = 0;
      }
    } else if (is_combining(c)) {
      continue;
    } else {
      if (k != 0) {
        // The n-grams ending with the trailing space, and the short-word feature.
        const uint64_t e = (g << 16) | 0x20;
        add_ngram(e & 0xFFFFFFFFULL, even, odd);
        add_ngram(e & 0xFFFFFFFFFFFFULL, even, odd);
        pending += 2;
        if (k >= 3) {  // four code units with the trailing space
          add_ngram(e, even, odd);
          ++pending;
        }
        if (length <= kModelMaxWordFeature) {
          const uint64_t m = h ^ (h >> 31);
          add_bucket((m * kWordMul) >> kShift, even, odd);
          ++pending;
        }
        k = 0;
      }
      if (c >= 0x370 && is_other_letter(c)) ++n_other;
    }
  }
  flush_lanes(raw, even, odd);
  features += pending;
  latin += n_latin;
  other += n_other;
}

inline bool latin_at(std::u16string_view t, size_t i) { return is_latin_letter(fold(t[i])); }

}  // namespace

LanguageGuess identify_language(std::u16string_view lower) {
  Scorer s;
  const size_t n = lower.size();
  if (n <= kSampleLimit) {
    s.scan(lower.data(), 0, n);
  } else {
    for (size_t w = 0; w < kWindows; ++w) {
      size_t b = static_cast<size_t>((static_cast<uint64_t>(w) * (n - kWindow)) / (kWindows - 1));
      size_t e = b + kWindow;
      // Do not start inside a word; finish the word the window ends in.
      const size_t b_limit = b + kWindowSlack < n ? b + kWindowSlack : n;
      while (b > 0 && b < b_limit && latin_at(lower, b - 1) && latin_at(lower, b)) ++b;
      const size_t e_limit = e + kWindowSlack < n ? e + kWindowSlack : n;
      while (e < e_limit && latin_at(lower, e)) ++e;
      s.scan(lower.data(), b, e);
    }
  }

  LanguageGuess guess;
  if (s.latin < static_cast<uint32_t>(kModelMinLatinLetters) || s.other >= s.latin) return guess;

  int64_t score[kModelClasses];
  const int64_t base = static_cast<int64_t>(s.features) * kModelWeightZero;
  for (int l = 0; l < kModelClasses; ++l) score[l] = static_cast<int64_t>(s.raw[l]) - base;
  // "Another Latin-script language" must win clearly (names in news are often foreign).
  score[kModelLanguages] -= kModelOtherPenalty + static_cast<int64_t>(s.features) * kModelOtherPenaltyPer16 / 16;
  int best = 0;
  for (int l = 1; l < kModelClasses; ++l)
    if (score[l] > score[best]) best = l;
  // The last class is "another Latin-script language" (Polish, Czech, Turkish, ...).
  if (best == kModelLanguages) return guess;
  int second = best == 0 ? 1 : 0;
  for (int l = 0; l < kModelClasses; ++l)
    if (l != best && score[l] > score[second]) second = l;
  // Confidence: a logistic function of the margin (tabulated), times the share
  // of Latin letters among all letters.
  const int64_t margin = score[best] - score[second];
  const int64_t at = margin / kModelConfidenceStep;
  int64_t permille = kModelConfidence[kModelConfidencePoints - 1];
  if (at < kModelConfidencePoints - 1) {
    const int64_t lo = kModelConfidence[at];
    const int64_t hi = kModelConfidence[at + 1];
    permille = lo + (hi - lo) * (margin % kModelConfidenceStep) / kModelConfidenceStep;
  }
  permille = permille * s.latin / (static_cast<int64_t>(s.latin) + s.other);

  guess.language = static_cast<Language>(best);
  guess.confidence = static_cast<double>(permille) / 1000.0;
  return guess;
}

}  // namespace quelle
