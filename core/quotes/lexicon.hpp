// Word lists the quote sieves consult, one set per language. They are
// hand-written (no list is derived from the annotated corpora, which are
// non-commercial) and hold lower-case surface forms, so a look-up is one hash
// probe on the lower-case shadow of a token.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.hpp"
#include "entities/lexicon.hpp"
#include "quelle/languages.hpp"

namespace quelle::quotes {

// The two tests of a hand-written list that is not a WordClass (the named
// predicates of word_tests.hpp and attribution/lexicon_attribution.hpp):
// whether w is one of `words`, and whether it ends in one of `endings` with
// at least `stem` code units before the ending.
template <class Words>
bool one_of(const Words& words, std::u16string_view w) {
  for (const std::u16string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

template <class Endings>
bool ends_in(const Endings& endings, std::u16string_view w, size_t stem = 0) {
  for (const std::u16string_view e : endings) {
    if (w.size() >= e.size() + stem && w.ends_with(e)) return true;
  }
  return false;
}

// Word classes as bits: each is one hand-written list per language, and one
// hash probe per token (Lexicon::classes_of, or Scanner's per-document
// vector) answers all of them.
enum WordClass : uint32_t {
  // Finite (and participle) forms of verbs that introduce what someone said,
  // wrote or thinks: "sagte", "erklärte", "said", "a déclaré" (participle).
  kSpeechVerbW = 1u << 0,
  // Speech-act verbs that report THAT something was said without quoting the
  // content ("forderte ... ein", "kritisierte", "warnte vor"): sentences with
  // one of them and no content clause are reported speech.
  kReportVerbW = 1u << 1,
  kSourcePrepW = 1u << 2,   // prepositions before the source: "laut", "gemäß", "selon", "según"
  kSourcePostpW = 1u << 3,  // postpositions after the source: "zufolge"
  // Verb forms that mark reported speech by themselves (German Konjunktiv I
  // and the unambiguous Konjunktiv II forms).
  kSubjunctiveW = 1u << 4,
  // Subjunctive forms that also occur as plain conditional/past; they only
  // continue a speaker, never start a statement.
  kWeakSubjunctiveW = 1u << 5,
  kDeterminerW = 1u << 6,    // articles and possessives that open a noun phrase
  kPronounW = 1u << 7,       // er, sie, he, she, they
  kSubordinatorW = 1u << 8,  // dass, that, ob, que, che
  // Words that end a speaker noun phrase when scanning it: prepositions of
  // time and place, adverbs, conjunctions, auxiliaries.
  kNpStopW = 1u << 9,
  // Adverbs and auxiliaries that may sit between a subject and its speech
  // verb ("also", "later", "has"), not part of the speaker.
  kPreVerbAdverbW = 1u << 10,
  // Words naming a role: "sprecher", "spokeswoman", "minister", "company"
  // (filled from the role-noun list of entities/lexicon_roles.cpp: its
  // shared entries and speaker heads); and endings of German role compounds
  // (Lexicon::role_suffixes).
  kRoleNounW = 1u << 11,
  kRoleSuffixW = 1u << 12,
  kTitleW = 1u << 13,  // titles before a name that are not part of the name itself
  // Words introducing a title or name in quotation marks, not a quote:
  // "sogenannte", "so-called", "titled".
  kTitleCueW = 1u << 14,
  kOrgWordW = 1u << 15,  // a speaker ending in one is an ORG ("AG", "Ministerium")
  // Lists of single sieves. Conjunctions and relative words that open a new
  // clause (a subject scan stops there); German prepositions (a phrase after
  // one is a Vorfeld adverbial); name particles ("von", "van", "bin");
  // German source nouns after "nach" ("nach Angaben"); English verbs of
  // belief and finding; English time words between a verb and its
  // complement ("said Tuesday"); German passive participles of speech
  // ("Es wird befürchtet, dass"); English stance verbs with an object
  // ("endorsed Trump") and the words that end that object.
  kClauseWordW = 1u << 16,
  kPrepositionW = 1u << 17,
  kNameParticleW = 1u << 18,
  kSourceNounW = 1u << 19,
  kBeliefVerbW = 1u << 20,
  kTimeWordW = 1u << 21,
  kPassiveParticipleW = 1u << 22,
  kObjectVerbW = 1u << 23,
  kObjectStopW = 1u << 24,
  // German verbs whose speech sense needs a particle ("gab … bekannt"); the
  // particles are in sieve_parts.cpp (particle_frame).
  kParticleVerbW = 1u << 25,
  // Words that open an indirect-speech frame by themselves, as the frames
  // test them: "nach", "demnach", "wonach" (source phrases), "wie" / "as" /
  // "comme" / "come" / "como" / "zoals" (wie_frame, also kAsFrameW), "so" /
  // "aldus" (", so der Sprecher", also kSoFrameW). With the verb and source
  // classes they tell which frames a sentence can hold at all
  // (indirect_speech.cpp), so a word a frame tests by its text must be
  // listed here too (lexicon.cpp, fill_sieve_lists), or sentences with only
  // that cue skip the frame; the test "frames opened by a frame word alone"
  // holds them to it.
  kFrameWordW = 1u << 26,
  // Auxiliaries of the compound past before a participle: French "a",
  // Italian "ha", Spanish "había", Portuguese "tem", Dutch "heeft" (none in
  // German and English, whose auxiliaries the scans test otherwise).
  kCompoundAuxW = 1u << 27,
  // The frame words by kind (also kFrameWordW): "wie" / "as" / "comme" /
  // "come" / "como" / "zoals" open a parenthetical frame ("Wie X mitteilte,
  // …"); German "so" and Dutch "aldus" stand for a speech verb after the
  // content ("…, so der Sprecher", "„…“, so Yu").
  kAsFrameW = 1u << 28,
  kSoFrameW = 1u << 29,
  // The further parts of a German cue (cue_parts.hpp): separable particles
  // and what completes them at the end of the clause ("teilte … mit", "gab
  // … bekannt", "bezeichnete … als"), and the finite
  // auxiliaries of a participle cue ("hatte … gesagt", "wird … zitiert").
  kCueParticleW = 1u << 30,
  kCueAuxW = 1u << 31,
};

// FNV-1a over the UTF-16 code units, for the map the lists are gathered in
// (Lexicon::add); lookups go through ClassTable, keyed otherwise.
struct WordHash {
  size_t operator()(std::u16string_view w) const noexcept {
    uint64_t h = 14695981039346656037ull;
    for (char16_t c : w) h = (h ^ static_cast<uint64_t>(c)) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

// An open-addressing table word -> WordClass bits: one probe per token, no
// node chasing. Built once per language.
class ClassTable {
 public:
  void build(const std::unordered_map<std::u16string_view, uint32_t, WordHash>& words);
  [[nodiscard]] uint32_t find(std::u16string_view w) const {
    if (w.size() > max_len_ || slots_.empty()) return 0;
    // Most tokens of a text are in no list: a bit per (length, first,
    // second and last letter) rejects many of them before the probe
    // (Scanner looks up every token). The same key places a word in the
    // table: words sharing it are few, so it needs no hash over the whole word.
    const uint32_t k = key(w);
    if ((filter_[filter_bit(k) >> 6] & (uint64_t{1} << (filter_bit(k) & 63))) == 0) return 0;
    for (size_t i = k >> shift_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.bits == 0) return 0;
      if (s.key == k && s.word == w) return s.bits;
    }
  }

 private:
  struct Slot {
    std::u16string_view word;
    uint32_t key = 0;
    uint32_t bits = 0;  // 0: empty slot
  };
  // Length, first, second and last letter: on the German dev texts the
  // filter rejects about 40 % of the words (45 % are in some list); length,
  // first and last letter alone about 29 % (estimated offline).
  [[nodiscard]] static uint32_t key(std::u16string_view w) {
    if (w.empty()) return 0x5EED5EEDu;
    return (static_cast<uint32_t>(w.front()) * 0x85EBCA6Bu ^
            static_cast<uint32_t>(w[w.size() > 1 ? 1 : 0]) * 0x27D4EB2Fu ^
            static_cast<uint32_t>(w.back()) * 0x9E3779B1u ^ static_cast<uint32_t>(w.size()) * 0xC2B2AE35u) *
           0x9E3779B1u;
  }
  [[nodiscard]] static uint32_t filter_bit(uint32_t key) { return (key >> 16) & (kFilterBits - 1); }
  static constexpr uint32_t kFilterBits = 8192;
  std::array<uint64_t, kFilterBits / 64> filter_{};
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint32_t shift_ = 32;  // home slot = key >> shift_
  size_t max_len_ = 0;
};

struct Lexicon {
  Language lang = Language::De;
  // Endings of German role compounds ("-sprecher", "-chef"): also the class
  // kRoleSuffixW, and kept as a list because attribution tries each at the
  // end of a word.
  std::vector<std::u16string_view> role_suffixes;
  // Every word of every list: word -> WordClass bits (see finish()).
  ClassTable classes;

  [[nodiscard]] uint32_t classes_of(std::u16string_view w) const { return classes.find(w); }
  [[nodiscard]] bool is(std::u16string_view w, uint32_t cls) const { return (classes_of(w) & cls) != 0; }
  // A compound that ends in a role suffix and is longer than it:
  // "regierungssprecher", "alibaba-gründer" (not "sprecher" itself).
  [[nodiscard]] bool role_compound(std::u16string_view w) const { return ends_in(role_suffixes, w, 1); }

  // While filling (the fill_* functions): gives every space-separated word
  // of `words` the class `cls`. The literal must outlive the lexicon (all
  // lists are string literals with static storage).
  void add(uint32_t cls, std::u16string_view words);
  // Builds `classes` from what was added, and drops the staging map.
  void finish();

 private:
  std::unordered_map<std::u16string_view, uint32_t, WordHash> pending_;
};

// The word lists of a language (not Language::Und: see rules_language).
const Lexicon& lexicon(Language lang);

// German particle verbs that frame speech only with one of their
// particles (space-separated lists): "geht davon aus, dass", "wirft ihm
// vor, …", "ist der Ansicht, dass". One table: fill_de gives its verb forms
// the class kParticleVerbW, sieve::particle_frame looks up the particles.
struct ParticleEntry {
  std::u16string_view verbs;
  std::u16string_view particles;
};
std::span<const ParticleEntry> particle_frames_de();
// German report verbs that are speech acts only with one of their particles
// at the end of the clause ("gab eine Erklärung ab", "schloss eine Koalition
// aus", "warf ihm Betrug vor"; not "gab es keine Verletzten"): the table
// sieve::reported looks up.
std::span<const ParticleEntry> report_particles_de();

// Lexicon builders, one per file.
void fill_de(Lexicon& lx);
void fill_en(Lexicon& lx);
void fill_fr(Lexicon& lx);
void fill_it(Lexicon& lx);
void fill_es(Lexicon& lx);
void fill_nl(Lexicon& lx);
void fill_pt(Lexicon& lx);

// The lists are split into words by split_words (entities/lexicon.hpp), as
// the role nouns they take from there.

}  // namespace quelle::quotes
