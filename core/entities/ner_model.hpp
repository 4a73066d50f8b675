// A trained named-entity model: an averaged perceptron over hashed features
// with BIO tags and first-order Viterbi decoding, loaded from a .qnm file
// (format in docs/models.md). Decoding uses integer arithmetic only, so the
// native and the wasm build tag identically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "entities/ner_features.hpp"
#include "memory/large_table.hpp"
#include "quelle/status.hpp"

namespace quelle::ner {

struct WordEntry;
struct WordMemo;
struct DecodeScratch;
struct EmissionPass;

// Format and feature-set version: bumped whenever the file layout or the
// features (ner_features.cpp) change, so an older model is rejected
// (ErrorCode::InvalidModel) instead of tagging with mismatched features.
// 2: word-cluster features (kCls*), 42 features per token.
// 3: lexicon word-class features (kWcls*), 44 features per token.
// 4: the same features; keys stored sorted by their mixed form (loading
//    fills the tables front to back).
inline constexpr uint32_t kFormatVersion = 4;

// The content of a model file, as the trainer produces it.
struct ModelData {
  std::string language;                // "de", ...
  std::string description;             // training data, licence, date: free text (UTF-8)
  float scale = 1.0f;                  // float weight = integer weight * scale (informational)
  std::vector<int32_t> transitions;    // (kNumTags + 1) * kNumTags; row kNumTags = sentence start
  std::vector<int16_t> codebook;       // 256 integer weights; code 0 must be 0
  std::vector<uint32_t> feature_keys;  // sorted, unique, non-zero
  std::vector<uint8_t> weights;        // feature_keys.size() * kNumTags codes into codebook
  std::vector<uint32_t> gaz_keys;      // sorted, unique
  std::vector<uint8_t> gaz_values;
};

std::vector<uint8_t> serialize_model(const ModelData& data);

class Model {
 public:
  // Validates everything: a truncated or corrupt file is ErrorCode::InvalidModel.
  static Expected<std::unique_ptr<Model>> parse(const uint8_t* data, size_t size);

  // BIO tags (see ner_features.hpp) for doc tokens [first, end) into `tags`.
  // `allowed` (optional, one per token): a bit mask of the tags a token may
  // take (0 = any), for decoding under constraints the document gives.
  void tag(const Document& doc, size_t first, size_t end, const std::vector<uint8_t>& in_quote,
           std::vector<uint8_t>& tags, const uint16_t* allowed = nullptr) const;

  // The two halves of tag(): emission scores (n * kNumTags int32) of tokens
  // [first, end), and Viterbi decoding of such scores; decoding again under
  // other constraints then costs no feature lookups.
  void emissions(const Document& doc, size_t first, size_t end, const std::vector<uint8_t>& in_quote,
                 int32_t* out) const;
  void decode(const int32_t* emissions, size_t n, const uint16_t* allowed, std::vector<uint8_t>& tags) const;

  [[nodiscard]] const std::string& language() const { return language_; }
  [[nodiscard]] const std::string& description() const { return description_; }
  [[nodiscard]] const Gazetteer& gazetteer() const { return gaz_; }
  [[nodiscard]] size_t feature_count() const { return features_; }
  // A feature key mixed once more (a bijection): its home bucket is the
  // high bits. Model files store features sorted by it.
  static uint32_t slot_key(uint32_t key) { return mix(key); }

 private:
  // Feature weights live in cache-line buckets: one memory access per
  // lookup (the table is larger than the caches, so that access is the cost
  // of decoding). A key is mixed once more (a bijection; measured: homes
  // taken from the raw feature hash made decoding 25% slower, for reasons
  // not understood); its home bucket is the high bits, and an entry keeps
  // the low 16 bits and how far it was displaced from home. With at least
  // 2^16 buckets these identify all 32 bits: there are no false hits. A
  // full bucket sends later keys on to the next one and says so.
  static constexpr int kPerBucket = 5;
  struct alignas(64) Bucket {
    uint16_t low[kPerBucket];
    uint8_t displacement[kPerBucket];
    uint8_t count;
    uint8_t overflowed;               // some key whose home is here or before lives after
    uint8_t w[kPerBucket][kNumTags];  // codes into codebook_
  };
  static_assert(sizeof(Bucket) == 64);
  [[nodiscard]] const uint8_t* find(uint32_t key) const { return find_slot(slot_key(key)); }
  [[nodiscard]] const uint8_t* find_slot(uint32_t slot) const;
  // Feature keys turned into slot keys in place, once per lookup (0 stays 0:
  // mix(0) is 0), so that asking for a bucket and reading it do not both mix.
  static void to_slots(uint32_t* keys, int count) {
    for (int j = 0; j < count; ++j) keys[j] = slot_key(keys[j]);
  }
  // Adds the weights of `count` slot keys (0 = absent) to acc[kNumTags].
  void add_weights(const uint32_t* slots, int count, int32_t* acc) const;
  // What a word contributes whatever its context (see WordMemo in ner_emissions.cpp).
  struct WordSums {
    FeatureScratch::Tok tok;
    uint8_t first_value = 0;  // gazetteer value of the word as a one-word sequence
    int32_t own[kNumTags];    // sum of its kOwnFeatures
    uint8_t as[4][kNumTags];  // weight codes of its neighbour features, [kAsPrev] .. [kAsNext2]
    uint32_t touched = 0;     // see ask_buckets
  };
  // Asks for the buckets of `count` slot keys before they are read (natively a
  // prefetch; in wasm a read whose sum it returns, see emissions()).
  uint32_t ask_buckets(const uint32_t* keys, int count) const;
  void word_sums(const Document& doc, size_t i, WordSums& ws) const;
  static const WordEntry* find_word(const Document& doc, size_t i, uint32_t h, WordMemo& memo);
  // Returns the entry's id.
  static uint32_t remember_word(const Document& doc, size_t i, uint32_t h, const WordSums& ws, WordMemo& memo);
  void reset_memo(WordMemo& memo) const;
  // The steps of emissions() that read the table (ner_emissions.cpp; the
  // others are functions of that file).
  WordMemo& memo_for_block(DecodeScratch& s, size_t n) const;
  void sum_words(EmissionPass& p) const;
  void context_keys(EmissionPass& p) const;
  void context_sums(EmissionPass& p) const;

  std::string language_;
  std::string description_;
  int32_t transitions_[(kNumTags + 1) * kNumTags] = {};
  // transitions_ between tags with the forbidden ones (transition_allowed)
  // at INT32_MIN / 2: added to a score (never below INT32_MIN / 2, see
  // decode) it can never beat the initial best, so Viterbi needs no test.
  int32_t steps_[kNumTags * kNumTags] = {};
  // Per tag q: min over the O and B tags t of (steps_[q][t] - max_p
  // steps_[p][t]), at most 0. When q scored best at the previous token, a
  // predecessor scoring below this can never be chosen (see decode).
  int32_t candidate_floor_[kNumTags] = {};
  int32_t codebook_[256] = {};
  LargeTable<Bucket> buckets_;
  uint32_t mask_ = 0;
  uint32_t shift_ = 16;  // home bucket = key >> shift_
  size_t features_ = 0;
  Gazetteer gaz_;
  FeatureSet set_;
  uint64_t id_ = 0;  // unique per parsed model: the key of its word memos
};

}  // namespace quelle::ner
