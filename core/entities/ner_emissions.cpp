// The emission scores of the NER tagger: for each token of a block, the sum
// of its features' weights per tag (ner_model.hpp), with the word and pair
// memos that answer most of those lookups without touching the weight
// table. The file format, the table and Viterbi decoding are in
// ner_model.cpp.
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "entities/ner_model.hpp"

namespace quelle::ner {

// The word memo. 20 of a token's 44 features depend on one word's text
// alone (ner_features.hpp: its kOwnFeatures, and the 4 neighbour features
// it gives the tokens around it), so their weight sums are a function of
// the word: they are remembered, with the word's hashes and gazetteer facts,
// for the life of the engine (per thread and model). A frequent word then
// costs one probe (three cache lines) instead of 20 table lookups (each a
// cache miss) and its hashing. Sums are integers, so adding them in another
// order changes nothing. An entry is verified against the word's text and
// capitalisation: no false hits. (The lower-case text, the other input of
// the features, is a function of the text: lower_shadow maps each code
// point on its own, and a memoized word neither starts with a trail nor
// ends with a lead surrogate, so its code points are the same within the
// document and on their own.) Two-way set associative, the less recently
// used way is replaced. Words longer than kMemoMaxLen are computed every
// time.
inline constexpr size_t kMemoMaxLen = 32;                // UTF-16 units; German compounds run past 16
inline constexpr size_t kMemoEntries = size_t{1} << 14;  // 3 MB
struct alignas(64) WordEntry {                           // three cache lines
  uint32_t hash = 0;                                     // memo_hash of the word; 0 = empty
  uint8_t len = 0;
  uint8_t upper = 0;
  uint8_t first_value = 0;  // gazetteer value of the word as a one-word sequence
  uint8_t recent = 0;       // used more recently than the other way of its set
  char16_t text[kMemoMaxLen] = {};
  uint32_t word = 0, lower_hash = 0, shape = 0, short_shape = 0, suf3 = 0;  // as in FeatureScratch::Tok
  uint8_t lex = 0, cls = 0, wcls = 0;
  uint32_t id = 0;  // WordMemo::next_id when remembered: never reused, the key of the pair memo
  int32_t own[kNumTags] = {};
  uint8_t as[4][kNumTags] = {};  // weight codes of the neighbour features, [kAsPrev] .. [kAsNext2]
};
static_assert(sizeof(WordEntry) == 192);
// The pair memo. Of the 24 context features, 6 of a token read only its
// left neighbour's word and 6 only its right neighbour's (ner_features.hpp,
// left_pair_features / right_pair_features): for two adjacent remembered
// words a b, the 6 of b and the 6 of a are a function of the pair. Their
// sums are kept per pair of word-memo entries, keyed by the entries' ids
// (an id is never reused, and an entry is the exact word: no false hits).
// One cache line answers 12 lookups. The sums are int16 (a pair whose sums
// do not fit is not remembered); two-way set associative like the words.
// 2^16 entries (4 MB) measured faster than 2^15 (2 MB; 63 % against 50 %
// of pairs answered on the benchmark) and than one way of 2^16 (56 %).
inline constexpr size_t kPairEntries = size_t{1} << 16;
struct alignas(64) PairEntry {
  uint32_t a = 0, b = 0;         // WordEntry ids of the left and the right word; 0 = empty
  int16_t left[kNumTags] = {};   // sum of b's left_pair_features
  int16_t right[kNumTags] = {};  // sum of a's right_pair_features
  uint8_t recent = 0;
};
static_assert(sizeof(PairEntry) == 64);
inline auto same_pair(uint32_t a, uint32_t b) {
  return [a, b](const PairEntry& e) { return e.a == a && e.b == b; };
}
inline uint32_t pair_set(uint32_t a, uint32_t b) {
  return mix(a * 0x9E3779B1u + b) & static_cast<uint32_t>(kPairEntries - 2);
}

// The context memo. 9 of the 12 other context features are a function of
// the token's ContextSignature (ner_features.hpp: shapes, short shapes,
// lexicon classes and gazetteer tags of the token and its neighbours, and
// its sentence-start, quote and capitalisation bits). Those values come from
// small sets, so a few thousand signatures make up nearly all tokens of any
// text: their sums are kept per signature, stored whole (no false hits), as
// int16 (a signature whose sums do not fit is not remembered). One cache
// line answers 9 lookups and spares their 9 hashes. Two-way set associative
// like the others; 2^14 entries (1 MB).
inline constexpr size_t kContextEntries = size_t{1} << 14;
struct alignas(64) ContextEntry {
  ContextSignature sig{};
  int16_t sum[kNumTags] = {};
  uint8_t used = 0;
  uint8_t recent = 0;
};
static_assert(sizeof(ContextEntry) == 64);
inline auto same_signature(const ContextSignature& sig) {
  return [&sig](const ContextEntry& e) { return e.used != 0 && e.sig == sig; };
}
inline uint32_t context_set(const ContextSignature& s) {
  uint32_t h = s.shape[0] * 0x9E3779B1u;
  h = (h ^ s.shape[1]) * 0x85EBCA77u;
  h = (h ^ s.shape[2]) * 0xC2B2AE3Du;
  h = (h ^ s.short_shape[0]) * 0x27D4EB2Fu;
  h = (h ^ s.short_shape[1]) * 0x165667B1u;
  h = (h ^ s.short_shape[2]) * 0x9E3779B1u;
  h = (h ^ s.classes) * 0x85EBCA77u;
  h = (h ^ s.bits) * 0xC2B2AE3Du;
  return mix(h) & static_cast<uint32_t>(kContextEntries - 2);
}

struct WordMemo {
  uint64_t model = 0;  // Model::id_
  uint64_t last_use = 0;
  uint32_t next_id = 1;
  LargeTable<WordEntry> entries;
  LargeTable<PairEntry> pairs;
  LargeTable<ContextEntry> contexts;
  int32_t before[4][kNumTags] = {};  // the neighbour sums of the block boundaries
  int32_t after[4][kNumTags] = {};
};

// Per thread: the memos and the per-token arrays of the block being scored.
struct DecodeScratch {
  FeatureScratch features;
  std::vector<uint32_t> keys;         // n * kContextFeatures keys
  std::vector<uint32_t> memo_hash;    // per token of the block, 0 = not memoizable
  std::vector<uint32_t> word_id;      // per token: its WordEntry id (0: none)
  std::vector<uint32_t> pair;         // per token k >= 1: 1 + the pair set of tokens k-1, k, or 0 (no ids, or a hit)
  std::vector<ContextSignature> sig;  // per token: its context signature
  std::vector<uint32_t> context;      // per token: its context set (groups tells whether the memo answered)
  std::vector<uint8_t> groups;        // per token: the context key groups computed (see Model::context_keys)
  std::array<WordMemo, 2> memos;      // for the last two models used (a batch may mix languages)
  uint64_t uses = 0;
  uint32_t touched = 0;  // see emissions()

  // Room for a block of n tokens (the arrays only grow).
  void reserve(size_t n) {
    if (features.toks.size() < n) features.toks.resize(n);
    if (features.first_values.size() < n) features.first_values.resize(n);
    if (keys.size() < n * kContextFeatures) keys.resize(n * kContextFeatures);
    if (memo_hash.size() < n) {
      memo_hash.resize(n);
      word_id.resize(n);
      pair.resize(n);
      sig.resize(n);
      context.resize(n);
      groups.resize(n);
    }
  }
};

namespace {
DecodeScratch& scratch() {
  thread_local DecodeScratch s;
  return s;
}

uint32_t memo_hash(std::u16string_view w, uint32_t upper) {
  uint32_t h = 2166136261u ^ (static_cast<uint32_t>(w.size()) << 1) ^ upper;
  size_t i = 0;
  for (; i + 2 <= w.size(); i += 2) h = (h ^ (w[i] | (static_cast<uint32_t>(w[i + 1]) << 16))) * 0x9E3779B1u;
  if (i < w.size()) h = (h ^ w[i]) * 0x9E3779B1u;
  h = mix(h);
  return h == 0 ? 1 : h;
}

// Short strings: a loop, not a call to memcmp.
inline bool same_text(std::u16string_view a, const char16_t* b) {
  char16_t diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<char16_t>(a[i] ^ b[i]);
  return diff == 0;
}

inline void add9(int32_t* acc, const int32_t* v) {
  for (int t = 0; t < kNumTags; ++t) acc[t] += v[t];
}

// The memos' two-way sets. The way holding the entry `same` accepts, or -1.
template <class Entry, class Same>
int way_holding(const Entry* set, Same same) {
  return same(set[0]) ? 0 : same(set[1]) ? 1 : -1;
}
// The way to store into: the one already holding the key (a key that
// missed twice in one block), else the less recently used one.
template <class Entry, class Same>
int way_to_store(const Entry* set, Same same) {
  const int way = way_holding(set, same);
  return way >= 0 ? way : set[0].recent ? 1 : 0;
}
template <class Entry>
void mark_recent(Entry* set, int way) {
  set[way].recent = 1;
  set[1 - way].recent = 0;
}

// Asks for both ways of a memo set before it is probed. Natively that is a
// prefetch of each cache line; WebAssembly has none, so one byte of each
// line is read (independent loads the CPU issues together) and added to
// `touched`, which emissions() keeps so that the reads are not optimized away.
template <class Entry>
void ask_set(const Entry* set, uint32_t& touched) {
  static_assert(sizeof(Entry) % 64 == 0);
  const auto* bytes = reinterpret_cast<const uint8_t*>(set);
  for (size_t at = 0; at < 2 * sizeof(Entry); at += 64) {
#if defined(__GNUC__) && !defined(__wasm__)
    __builtin_prefetch(bytes + at);
    (void)touched;
#else
    touched += bytes[at];
#endif
  }
}

}  // namespace

void Model::reset_memo(WordMemo& memo) const {
  memo.model = id_;
  memo.entries.assign(kMemoEntries, WordEntry{});
  memo.pairs.assign(kPairEntries, PairEntry{});
  memo.contexts.assign(kContextEntries, ContextEntry{});
  memo.next_id = 1;
  uint32_t keys[4];
  std::memset(memo.before, 0, sizeof memo.before);
  std::memset(memo.after, 0, sizeof memo.after);
  neighbour_features(kBoundaryBefore, keys);
  to_slots(keys, 4);
  for (int j = 0; j < 4; ++j) add_weights(keys + j, 1, memo.before[j]);
  neighbour_features(kBoundaryAfter, keys);
  to_slots(keys, 4);
  for (int j = 0; j < 4; ++j) add_weights(keys + j, 1, memo.after[j]);
}

uint32_t Model::ask_buckets(const uint32_t* slots, int count) const {
  uint32_t touched = 0;
  for (int j = 0; j < count; ++j) {
    if (slots[j] == 0) continue;
    const Bucket* b = &buckets_[slots[j] >> shift_];
#if defined(__GNUC__) && !defined(__wasm__)
    __builtin_prefetch(b);
    // GCC's vectorizer drops the prefetches of a loop it vectorizes (this
    // one, since mix() is inline): an empty asm statement keeps it scalar.
    asm("" : : "r"(b));
#else
    touched += b->count;
#endif
  }
  return touched;
}

void Model::word_sums(const Document& doc, size_t i, WordSums& ws) const {
  token_info(doc, i, ws.tok);
  gazetteer_info(gaz_, ws.tok, ws.first_value);
  uint32_t keys[kOwnFeatures + 4];
  own_features(ws.tok, set_, keys);
  neighbour_features(ws.tok.lower, keys + kOwnFeatures);
  to_slots(keys, kOwnFeatures + 4);
  // All 20 buckets asked for first, so that their misses overlap.
  ws.touched = ask_buckets(keys, kOwnFeatures + 4);
  std::memset(ws.own, 0, sizeof ws.own);
  add_weights(keys, kOwnFeatures, ws.own);
  // A neighbour feature is one key: its weight codes (code 0 weighs 0).
  for (int j = 0; j < 4; ++j) {
    const uint32_t key = keys[kOwnFeatures + j];
    const uint8_t* w = key != 0 ? find_slot(key) : nullptr;
    if (w != nullptr)
      std::memcpy(ws.as[j], w, kNumTags);
    else
      std::memset(ws.as[j], 0, kNumTags);
  }
}

// The memo entry of doc token i (whose memo_hash is h), or nullptr if it is
// not remembered.
const WordEntry* Model::find_word(const Document& doc, size_t i, uint32_t h, WordMemo& memo) {
  const std::u16string_view w = doc.token_text(i);
  const uint8_t upper = doc.tokens[i].has(kUpperInitial) ? 1 : 0;
  WordEntry* set = &memo.entries[h & (kMemoEntries - 2)];
  const int way = way_holding(set, [&](const WordEntry& e) {
    return e.hash == h && e.len == w.size() && e.upper == upper && same_text(w, e.text);
  });
  if (way < 0) return nullptr;
  mark_recent(set, way);
  return &set[way];
}

uint32_t Model::remember_word(const Document& doc, size_t i, uint32_t h, const WordSums& ws, WordMemo& memo) {
  const std::u16string_view w = doc.token_text(i);
  WordEntry* set = &memo.entries[h & (kMemoEntries - 2)];
  // Only called when find_word missed: no way holds the word.
  const int way = set[0].recent ? 1 : 0;
  mark_recent(set, way);
  WordEntry& e = set[way];
  e.hash = h;
  e.len = static_cast<uint8_t>(w.size());
  e.upper = doc.tokens[i].has(kUpperInitial) ? 1 : 0;
  e.first_value = ws.first_value;
  std::copy(w.begin(), w.end(), e.text);
  e.word = ws.tok.word;
  e.lower_hash = ws.tok.lower;
  e.shape = ws.tok.shape;
  e.short_shape = ws.tok.short_shape;
  e.suf3 = ws.tok.suf3;
  e.lex = ws.tok.lex;
  e.cls = ws.tok.cls;
  e.wcls = ws.tok.wcls;
  std::memcpy(e.own, ws.own, sizeof e.own);
  std::memcpy(e.as, ws.as, sizeof e.as);
  e.id = memo.next_id++;
  return e.id;
}

// How many tokens ahead the context features' buckets are asked for: with
// the memo a token has only 24 lookups left, so two tokens ahead was too
// little time for them to arrive (measured: 4 ahead 4% faster than 2).
// In WebAssembly an ask is a load (see ask_set), which holds up the
// instructions after it until it arrives; natively a prefetch holds up
// nothing. So in WebAssembly the asks of all tokens of a block come first,
// each kind in a tight loop of its own, and many loads are under way at once
// (measured: 3-4 % faster than 4 tokens ahead); natively they are spread
// through the work (the tight loops measured 1-3 % slower there).
#if defined(__wasm__)
constexpr bool kAsksInTightLoops = true;
#else
constexpr bool kAsksInTightLoops = false;
#endif
constexpr size_t kAhead = kAsksInTightLoops ? SIZE_MAX / 2 : 4;

// The block being scored, and where each step leaves its results for the
// next (the per-token arrays of DecodeScratch).
struct EmissionPass {
  const Document& doc;
  size_t first;  // the block's first doc token
  size_t n;      // its tokens
  const std::vector<uint8_t>& in_quote;
  int32_t* out;  // n * kNumTags
  DecodeScratch& s;
  WordMemo& memo;
  uint32_t touched = 0;  // see ask_buckets
};

// The context features in the keys of a token (kContextFeatures): first
// the word context features, then the 6 that read the left and the 6 that
// read the right neighbour, then the 9 of the context signature.
constexpr int kLeftAt = kWordContextFeatures, kRightAt = kLeftAt + kPairFeatures;
constexpr int kSignatureAt = kRightAt + kPairFeatures;
static_assert(kSignatureAt + kSignatureFeatures == kContextFeatures);
// Which of a token's key groups were computed (the others are answered by
// a memo): only those are mixed, asked for and looked up.
constexpr uint8_t kLeft = 1, kRight = 2, kSignature = 4;

namespace {

inline void add16(int32_t* acc, const int16_t* v) {
  for (int t = 0; t < kNumTags; ++t) acc[t] += v[t];
}

inline bool fits16(const int32_t* v) {
  bool fits = true;
  for (int t = 0; t < kNumTags; ++t) fits = fits && v[t] >= INT16_MIN && v[t] <= INT16_MAX;
  return fits;
}

// Adds a word's own sums to its token k and its neighbour features' weight
// codes to the tokens around it (those of the block).
inline void place_word(int32_t* out, size_t n, const int32_t* codebook, size_t k, const int32_t* own,
                       const uint8_t (*as)[kNumTags]) {
  auto add_codes = [&](int32_t* acc, const uint8_t* codes) {
    for (int t = 0; t < kNumTags; ++t) acc[t] += codebook[codes[t]];
  };
  add9(out + k * kNumTags, own);
  if (k + 1 < n) add_codes(out + (k + 1) * kNumTags, as[kAsPrev]);
  if (k + 2 < n) add_codes(out + (k + 2) * kNumTags, as[kAsPrev2]);
  if (k >= 1) add_codes(out + (k - 1) * kNumTags, as[kAsNext]);
  if (k >= 2) add_codes(out + (k - 2) * kNumTags, as[kAsNext2]);
}

// What context_features() reads of a remembered word as a neighbour.
inline void neighbour_view(const WordEntry& e, FeatureScratch::Tok& t) {
  t = FeatureScratch::Tok{};
  t.word = e.word;
  t.lower = e.lower_hash;
  t.shape = e.shape;
  t.short_shape = e.short_shape;
  t.suf3 = e.suf3;
  t.lex = e.lex;
  t.cls = e.cls;
  t.wcls = e.wcls;
}

// The memo hash of every token of the block (0: not memoizable), and an
// ask for its memo set: a hit reads all three lines of its entry.
inline void hash_words(EmissionPass& p) {
  for (size_t k = 0; k < p.n; ++k) {
    const std::u16string_view w = p.doc.token_text(p.first + k);
    const bool memoizable = !w.empty() && w.size() <= kMemoMaxLen && !U16_IS_TRAIL(w.front()) && !U16_IS_LEAD(w.back());
    const uint32_t h = memoizable ? memo_hash(w, p.doc.tokens[p.first + k].has(kUpperInitial) ? 1 : 0) : 0;
    p.s.memo_hash[k] = h;
    if (!kAsksInTightLoops && h != 0) ask_set(&p.memo.entries[h & (kMemoEntries - 2)], p.touched);
  }
  if (kAsksInTightLoops) {
    for (size_t k = 0; k < p.n; ++k)
      if (p.s.memo_hash[k] != 0) ask_set(&p.memo.entries[p.s.memo_hash[k] & (kMemoEntries - 2)], p.touched);
  }
}

// The block boundaries are the neighbours of its first and last two tokens.
inline void add_boundaries(EmissionPass& p) {
  int32_t* out = p.out;
  const size_t n = p.n;
  add9(out, p.memo.before[kAsPrev]);
  add9(out, p.memo.before[kAsPrev2]);
  if (n > 1) add9(out + kNumTags, p.memo.before[kAsPrev2]);
  add9(out + (n - 1) * kNumTags, p.memo.after[kAsNext]);
  add9(out + (n - 1) * kNumTags, p.memo.after[kAsNext2]);
  if (n > 1) add9(out + (n - 2) * kNumTags, p.memo.after[kAsNext2]);
}

// Gazetteer matches, and every token's context signature, whose set in the
// context memo (1 MB, beyond L2) is asked for now and probed in context_keys.
inline void context_signatures(EmissionPass& p, const Gazetteer& gaz) {
  FeatureScratch::Tok* toks = p.s.features.toks.data();
  if (!gaz.empty()) mark_gazetteer_matches(gaz, toks, p.n, p.s.features.first_values.data());
  for (size_t k = 0; k < p.n; ++k) {
    context_signature(toks, k, p.n, p.s.sig[k]);
    p.s.context[k] = context_set(p.s.sig[k]);
    ask_set(&p.memo.contexts[p.s.context[k]], p.touched);
  }
}

// The pair memo (asked for in Model::sum_words): a hit adds the 6 + 6 pair
// features of both tokens, and the pair is marked answered.
inline void pair_sums(EmissionPass& p) {
  uint32_t* pair = p.s.pair.data();
  const uint32_t* ids = p.s.word_id.data();
  for (size_t k = 1; k < p.n; ++k) {
    if (pair[k] == 0) continue;
    PairEntry* set = &p.memo.pairs[pair[k] - 1];
    const int way = way_holding(set, same_pair(ids[k - 1], ids[k]));
    if (way < 0) continue;
    add16(p.out + k * kNumTags, set[way].left);
    add16(p.out + (k - 1) * kNumTags, set[way].right);
    mark_recent(set, way);
    pair[k] = 0;  // answered
  }
}

inline void remember_signature(EmissionPass& p, size_t k, const int32_t* signature) {
  ContextEntry* set = &p.memo.contexts[p.s.context[k]];
  const int way = way_to_store(set, same_signature(p.s.sig[k]));
  mark_recent(set, way);
  ContextEntry& e = set[way];
  e.sig = p.s.sig[k];
  e.used = 1;
  for (int t = 0; t < kNumTags; ++t) e.sum[t] = static_cast<int16_t>(signature[t]);
}

// Pair k-1, k: the left sums of token k and the right sums of token k-1.
inline void remember_pair(EmissionPass& p, size_t k, const int32_t* left, const int32_t* right_before) {
  const uint32_t* ids = p.s.word_id.data();
  PairEntry* set = &p.memo.pairs[p.s.pair[k] - 1];
  const int way = way_to_store(set, same_pair(ids[k - 1], ids[k]));
  mark_recent(set, way);
  PairEntry& e = set[way];
  e.a = ids[k - 1];
  e.b = ids[k];
  for (int t = 0; t < kNumTags; ++t) {
    e.left[t] = static_cast<int16_t>(left[t]);
    e.right[t] = static_cast<int16_t>(right_before[t]);
  }
}

}  // namespace

WordMemo& Model::memo_for_block(DecodeScratch& s, size_t n) const {
  // The memo of this model (or the least recently used one, reset for it).
  WordMemo* memo = &s.memos[0];
  if (s.memos[0].model != id_) {
    memo = s.memos[1].model == id_
               ? &s.memos[1]
               : &*std::min_element(s.memos.begin(), s.memos.end(),
                                    [](const WordMemo& a, const WordMemo& b) { return a.last_use < b.last_use; });
    if (memo->model != id_) reset_memo(*memo);
  }
  // Ids are never reused (a pair key would then name another word): start
  // afresh before the counter would wrap.
  if (memo->next_id > UINT32_MAX - n) reset_memo(*memo);
  memo->last_use = ++s.uses;
  return *memo;
}

void Model::sum_words(EmissionPass& p) const {
  // The arrays in locals (here and in the other steps): a byte store may
  // alias anything, and would make the compiler load them again from `p`.
  const Document& doc = p.doc;
  const size_t first = p.first, n = p.n;
  int32_t* out = p.out;
  WordMemo& memo = p.memo;
  FeatureScratch::Tok* toks = p.s.features.toks.data();
  uint8_t* first_values = p.s.features.first_values.data();
  const uint32_t* hashes = p.s.memo_hash.data();
  uint32_t* ids = p.s.word_id.data();
  uint32_t* pair = p.s.pair.data();
  uint32_t touched = 0;
  for (size_t k = 0; k < n; ++k) {
    const uint32_t h = hashes[k];
    FeatureScratch::Tok& t = toks[k];
    const WordEntry* e = h != 0 ? find_word(doc, first + k, h, memo) : nullptr;
    if (e != nullptr) {
      neighbour_view(*e, t);
      first_values[k] = e->first_value;
      ids[k] = e->id;
      place_word(out, n, codebook_, k, e->own, e->as);
    } else {
      WordSums ws;
      word_sums(doc, first + k, ws);
      touched += ws.touched;
      ids[k] = h != 0 ? remember_word(doc, first + k, h, ws, memo) : 0;
      t = ws.tok;
      first_values[k] = ws.first_value;
      place_word(out, n, codebook_, k, ws.own, ws.as);
    }
    t.flags = doc.tokens[first + k].flags;
    t.quote = p.in_quote.empty() ? 0 : p.in_quote[first + k];
    t.gaz = 0;
    // The pair memo's set of tokens k-1, k: probed in pair_sums, after the
    // gazetteer and context steps, which gives it time to arrive.
    pair[k] = 0;
    if (k >= 1 && ids[k - 1] != 0 && ids[k] != 0) {
      pair[k] = 1 + pair_set(ids[k - 1], ids[k]);
      if (!kAsksInTightLoops) ask_set(&memo.pairs[pair[k] - 1], touched);
    }
  }
  if (kAsksInTightLoops) {
    for (size_t k = 1; k < n; ++k)
      if (pair[k] != 0) ask_set(&memo.pairs[pair[k] - 1], touched);
  }
  p.touched += touched;
}

void Model::context_keys(EmissionPass& p) const {
  const FeatureScratch::Tok* toks = p.s.features.toks.data();
  const uint32_t* pair = p.s.pair.data();
  const uint32_t* ids = p.s.word_id.data();
  const ContextSignature* sig = p.s.sig.data();
  const uint32_t* context = p.s.context.data();
  uint32_t* feats = p.s.keys.data();
  uint8_t* groups = p.s.groups.data();
  int32_t* out = p.out;
  ContextEntry* contexts = p.memo.contexts.data();
  const size_t n = p.n;
  for (size_t k = 0; k < n; ++k) {
    uint32_t* f = feats + k * kContextFeatures;
    word_context_features(toks, k, n, set_, f);
    to_slots(f, kWordContextFeatures);
    uint8_t g = 0;
    if (k == 0 || pair[k] != 0 || ids[k - 1] == 0 || ids[k] == 0) {
      left_pair_features(k >= 1 ? &toks[k - 1] : nullptr, toks[k], set_, f + kLeftAt);
      to_slots(f + kLeftAt, kPairFeatures);
      g |= kLeft;
    }
    if (k + 1 == n || pair[k + 1] != 0 || ids[k] == 0 || ids[k + 1] == 0) {
      right_pair_features(toks[k], k + 1 < n ? &toks[k + 1] : nullptr, set_, f + kRightAt);
      to_slots(f + kRightAt, kPairFeatures);
      g |= kRight;
    }
    ContextEntry* e = &contexts[context[k]];
    const int way = way_holding(e, same_signature(sig[k]));
    if (way >= 0) {
      add16(out + k * kNumTags, e[way].sum);
      mark_recent(e, way);
    } else {
      signature_features(sig[k], set_, f + kSignatureAt);
      to_slots(f + kSignatureAt, kSignatureFeatures);
      g |= kSignature;
    }
    groups[k] = g;
  }
}

void Model::context_sums(EmissionPass& p) const {
  const size_t n = p.n;
  const uint32_t* feats = p.s.keys.data();
  const uint8_t* groups = p.s.groups.data();
  const uint32_t* pair = p.s.pair.data();
  int32_t* out = p.out;
  uint32_t touched = 0;
  // The table is larger than the caches, so a lookup is a cache miss; they
  // are made to overlap by asking for the buckets of the token kAhead on
  // before the current token's are read. Natively that is a prefetch;
  // WebAssembly has none, so it reads one byte of each bucket (independent
  // loads the CPU issues together) and keeps the sum so the reads are not
  // optimized away.
  auto ask = [&](size_t k) {
    const uint32_t* f = feats + k * kContextFeatures;
    const uint8_t g = groups[k];
    touched += ask_buckets(f, kWordContextFeatures);
    if (g & kLeft) touched += ask_buckets(f + kLeftAt, kPairFeatures);
    if (g & kRight) touched += ask_buckets(f + kRightAt, kPairFeatures);
    if (g & kSignature) touched += ask_buckets(f + kSignatureAt, kSignatureFeatures);
  };
  for (size_t k = 0; k < n && k < kAhead; ++k) ask(k);
  int32_t right_before[kNumTags] = {};  // the right pair sums of token k-1
  for (size_t k = 0; k < n; ++k) {
    if (k + kAhead < n) ask(k + kAhead);
    // Sums in locals: `w` is a byte pointer, which may alias anything, so
    // summing into `out` directly would store and reload all nine each time.
    const uint32_t* f = feats + k * kContextFeatures;
    int32_t acc[kNumTags] = {}, left[kNumTags] = {}, right[kNumTags] = {}, signature[kNumTags] = {};
    const uint8_t g = groups[k];
    add_weights(f, kWordContextFeatures, acc);
    if (g & kLeft) add_weights(f + kLeftAt, kPairFeatures, left);
    if (g & kRight) add_weights(f + kRightAt, kPairFeatures, right);
    // A signature the memo did not answer: remembered, if its sums fit.
    if (g & kSignature) {
      add_weights(f + kSignatureAt, kSignatureFeatures, signature);
      if (fits16(signature)) remember_signature(p, k, signature);
    }
    int32_t* o = out + k * kNumTags;
    for (int t = 0; t < kNumTags; ++t) o[t] += acc[t] + left[t] + right[t] + signature[t];
    // A pair the memo did not answer: remembered, if its sums fit.
    if (pair[k] != 0 && fits16(left) && fits16(right_before)) remember_pair(p, k, left, right_before);
    std::memcpy(right_before, right, sizeof right);
  }
  p.touched += touched;
}

void Model::emissions(const Document& doc, size_t first, size_t end, const std::vector<uint8_t>& in_quote,
                      int32_t* out) const {
  const size_t n = end - first;
  if (n == 0) return;
  DecodeScratch& s = scratch();
  EmissionPass p{doc, first, n, in_quote, out, s, memo_for_block(s, n)};
  s.reserve(n);
  // 1. Each word's own and neighbour sums, from the memo. The memo is larger
  //    than L2: its sets are asked for (as the feature buckets below) first.
  hash_words(p);
  std::fill(out, out + n * kNumTags, 0);
  sum_words(p);
  add_boundaries(p);
  // 2. The context signatures; 3. the pair memo; 4. the context features:
  //    per token, the 9 of its context signature from the context memo (or,
  //    if it does not answer, their keys), the 3 other ones, then (unless the
  //    pair memo answered them) the 6 that read the left and the 6 that read
  //    the right neighbour.
  context_signatures(p, gaz_);
  pair_sums(p);
  context_keys(p);
  context_sums(p);
  s.touched = p.touched;
}

}  // namespace quelle::ner
