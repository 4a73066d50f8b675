// Feature extraction for the named-entity tagger, shared by decoding
// (ner_emissions.cpp) and training (ner_train.cpp) so both see the same features.
// All arithmetic is on uint32 (wrapping), so hashes are identical on x86-64
// and wasm32.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "document/document.hpp"

namespace quelle::ner {

// Tags: O, then B/I for each type in EntityType order (PER ORG LOC MISC).
inline constexpr int kNumTags = 9;
inline constexpr int kNumTypes = 4;
inline constexpr int tag_b(int type) { return 1 + 2 * type; }
inline constexpr int tag_i(int type) { return 2 + 2 * type; }
inline constexpr int tag_type(int tag) { return (tag - 1) / 2; }
inline constexpr bool tag_is_b(int tag) { return tag > 0 && (tag & 1) == 1; }
inline constexpr bool tag_is_i(int tag) { return tag > 0 && (tag & 1) == 0; }
// Whether `next` may follow `prev` (prev = -1 at sentence start).
inline constexpr bool transition_allowed(int prev, int next) {
  if (!tag_is_i(next)) return true;
  return prev > 0 && tag_type(prev) == tag_type(next);
}

// Features per token: a fixed stride; 0 = absent.
inline constexpr int kFeaturesPerToken = 44;

uint32_t hash_text(std::u16string_view s);
inline uint32_t mix(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}
inline uint32_t combine(uint32_t a, uint32_t b) { return mix(a * 0x9E3779B1u + b * 0x85EBCA77u + 0x27d4eb2fu); }
// The hash of a lower-case token sequence, as gazetteer keys use it.
inline uint32_t seq_hash(uint32_t prev, uint32_t token_lower_hash) {
  return combine(prev ^ 0x5bd1e995u, token_lower_hash);
}
// The gazetteer key of a word's cluster (value = cluster id 1..255).
inline uint32_t cluster_key(uint32_t token_lower_hash) { return combine(0xC1A55E5u, token_lower_hash); }
// The gazetteer key of a word's lexicon classes (value = bit set, e.g. bit 0:
// a common noun of the language's lexicon; see docs/models.md).
inline uint32_t wordclass_key(uint32_t token_lower_hash) { return combine(0x3D0C1A5u, token_lower_hash); }

// A read-only open-addressing set of uint32 keys with a byte value each.
// Gazetteer: key = seq_hash of a prefix of an entry; value bit 7 = "more
// tokens may follow", bits 0..3 = entity types of complete entries, bits
// 4..6 (single words) = used as first name, surname, organisation word.
// Open addressing with linear probing, at most half full. Keys are stored
// mixed (slot_key, a bijection), and a key's home slot is the high bits of
// its mixed form, so keys sorted by slot_key fill the table front to back:
// model files store them in that order, and loading is one sequential pass
// instead of a random write per key (the first model load in a browser runs
// on the baseline compiler, where the random writes cost most).
class Gazetteer {
 public:
  // Keys in any order; the values of a repeated key are or-ed.
  void build(const std::vector<uint32_t>& keys, const std::vector<uint8_t>& values);
  // Keys already mixed with slot_key and strictly increasing (a model file).
  void build_sorted(const std::vector<uint32_t>& slot_keys, const uint8_t* values);
  [[nodiscard]] uint8_t find(uint32_t key) const;  // 0 = absent
  [[nodiscard]] bool empty() const { return keys_.empty(); }
  static uint32_t slot_key(uint32_t key) { return mix(key == 0 ? 1 : key); }  // never 0

 private:
  void reserve(size_t n);
  std::vector<uint32_t> keys_;  // slot keys; 0 = empty slot
  std::vector<uint8_t> values_;
  uint32_t mask_ = 0;
  uint32_t shift_ = 32;  // home slot = slot key >> shift_
};

// Per-sentence scratch space, reused between sentences (no per-token allocation).
struct FeatureScratch {
  struct Tok {
    uint32_t word, lower, shape, pre2, pre3, pre4, suf2, suf3, suf4, suf5, part_first, part_last, short_shape;
    uint16_t flags;
    uint8_t gaz;  // 0 none, else 1 + 2*type (+1 inside)
    uint8_t lex;  // gazetteer bits 4..6 of the single word
    uint8_t quote;
    uint8_t cls;   // word cluster (0: none)
    uint8_t wcls;  // lexicon class bits (0: none)
  };
  std::vector<Tok> toks;
  std::vector<uint32_t> features;     // n * kFeaturesPerToken
  std::vector<uint8_t> first_values;  // gazetteer value of each token as a one-word sequence
};

// Runs of whole sentences of one paragraph: the unit the tagger decodes.
// Calls fn(first_token, end_token) for each.
template <class F>
void for_each_block(const Document& doc, F&& fn) {
  size_t s = 0;
  while (s < doc.sentences.size()) {
    size_t e = s + 1;
    while (e < doc.sentences.size() && doc.sentences[e].paragraph == doc.sentences[s].paragraph &&
           doc.sentences[e].first_token == doc.sentences[e - 1].end_token)
      ++e;
    if (doc.sentences[e - 1].end_token > doc.sentences[s].first_token)
      fn(static_cast<size_t>(doc.sentences[s].first_token), static_cast<size_t>(doc.sentences[e - 1].end_token));
    s = e;
  }
}

// Fills scratch.features for tokens [first, end) of doc. `in_quote` tells
// for each token of the document whether it lies inside quotation marks
// (may be empty: then no token does).
void extract_features(const Document& doc, size_t first, size_t end, const Gazetteer& gaz,
                      const std::vector<uint8_t>& in_quote, FeatureScratch& scratch);

// The pieces of extract_features, for a decoder that remembers what depends
// on a word's text alone (ner_emissions.cpp). A token's 44 features are:
//  - kOwnFeatures that depend only on the token's Tok as token_info() and
//    gazetteer_info() fill it (its text, lower-case text, capitalisation);
//  - 4 neighbour features, functions of the lower-case text of the tokens at
//    -1, +1, -2, +2 (or the block boundary): neighbour_features(lower) gives
//    the keys a word contributes to the token after it ([kAsPrev]), before
//    it ([kAsNext]), two after it ([kAsPrev2]) and two before it ([kAsNext2]);
//  - kContextFeatures from the token and its neighbours in the block.
inline constexpr int kOwnFeatures = 16;
inline constexpr int kNeighbourFeatures = 4;
inline constexpr int kContextFeatures = 24;
static_assert(kOwnFeatures + kNeighbourFeatures + kContextFeatures == kFeaturesPerToken);
inline constexpr int kAsPrev = 0, kAsNext = 1, kAsPrev2 = 2, kAsNext2 = 3;
inline constexpr uint32_t kBoundaryBefore = 0x1234567u;  // the "word" before a block
inline constexpr uint32_t kBoundaryAfter = 0x7654321u;   // and after it
struct FeatureSet {
  bool clusters = false;     // the model has word-cluster features
  bool wordclasses = false;  // ... and lexicon word-class features
};
FeatureSet feature_set(const Gazetteer& gaz);
// Hashes of doc token i (gaz, lex, quote, cls, wcls = 0).
void token_info(const Document& doc, size_t i, FeatureScratch::Tok& t);
// The token's single-word gazetteer facts: lex, cls, wcls, and the value of
// the token as a one-word sequence (first_value).
void gazetteer_info(const Gazetteer& gaz, FeatureScratch::Tok& t, uint8_t& first_value);
// Sets toks[].gaz: longest gazetteer matches; first_values[k] = the value of
// token k as a one-word sequence (gazetteer_info).
void mark_gazetteer_matches(const Gazetteer& gaz, FeatureScratch::Tok* toks, size_t n, const uint8_t* first_values);
void own_features(const FeatureScratch::Tok& t, FeatureSet set, uint32_t* out);  // kOwnFeatures keys (0 = absent)
void neighbour_features(uint32_t lower, uint32_t* out);                          // 4 keys
void context_features(const FeatureScratch::Tok* toks, size_t k, size_t n, FeatureSet set, uint32_t* out);
// The kContextFeatures, taken apart for the decoder's pair memo: of two
// adjacent tokens a, b, 6 features of b (previous bigram, shape pair,
// previous word, suffix, lexicon bits and cluster of a) and 6 of a (the
// same of b) depend only on the two words' Toks as token_info() and
// gazetteer_info() fill them plus their capitalisation bits, so they are a
// function of the word pair. The other 12 read a wider window or the
// gazetteer matches, sentence start and quotes.
inline constexpr int kPairFeatures = 6;
inline constexpr int kOtherContextFeatures = kContextFeatures - 2 * kPairFeatures;
// Of those 12, 9 read only shapes, gazetteer matches, lexicon classes and a
// few bits of the token and its neighbours (not their words): they are a
// function of the token's ContextSignature, whose values repeat across any
// text, so the decoder remembers their sums per signature (the context
// memo, ner_emissions.cpp). The other 3 read words or word clusters.
inline constexpr int kSignatureFeatures = 9;
inline constexpr int kWordContextFeatures = kOtherContextFeatures - kSignatureFeatures;
struct ContextSignature {
  uint32_t shape[3];        // shapes of the tokens at -1, 0, +1 (or the block boundary)
  uint32_t short_shape[3];  // their short shapes
  uint32_t classes;         // lexicon classes: at -1 | at 0 << 9 | at +1 << 17
  uint32_t bits;            // sentence start, in quote, capitalised, gazetteer tags at 0, -1, +1
  bool operator==(const ContextSignature&) const = default;
};
void context_signature(const FeatureScratch::Tok* toks, size_t k, size_t n, ContextSignature& out);
void signature_features(const ContextSignature& sig, FeatureSet set, uint32_t* out);  // kSignatureFeatures keys
void word_context_features(const FeatureScratch::Tok* toks, size_t k, size_t n, FeatureSet set,
                           uint32_t* out);  // kWordContextFeatures keys
// Features of t that read its left neighbour (prev = nullptr: block start).
void left_pair_features(const FeatureScratch::Tok* prev, const FeatureScratch::Tok& t, FeatureSet set, uint32_t* out);
// Features of t that read its right neighbour (next = nullptr: block end).
void right_pair_features(const FeatureScratch::Tok& t, const FeatureScratch::Tok* next, FeatureSet set, uint32_t* out);
void other_context_features(const FeatureScratch::Tok* toks, size_t k, size_t n, FeatureSet set, uint32_t* out);

// Quote state per document token (toggled by quotation marks, reset per paragraph).
void quote_state(const Document& doc, std::vector<uint8_t>& out);

}  // namespace quelle::ner
