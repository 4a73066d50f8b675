// Word lists the quote sieves consult, one set per language. They are
// hand-written (no list is derived from the annotated corpora, which are
// non-commercial) and hold lower-case surface forms, so a look-up is one hash
// probe on the lower-case shadow of a token.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/document.hpp"

namespace quelle::quotes {

enum class Lang : uint8_t { De, En, Fr, It, Es, Nl, Pt };

using WordSet = std::unordered_set<std::u16string_view>;

// Word classes as bits: every list of a Lexicon has one, so that one hash
// probe per token (Lexicon::classes_of, or Scanner's per-document vector)
// answers all of them.
enum WordClass : uint32_t {
  kSpeechVerbW = 1u << 0,
  kReportVerbW = 1u << 1,
  kSourcePrepW = 1u << 2,
  kSourcePostpW = 1u << 3,
  kSubjunctiveW = 1u << 4,
  kWeakSubjunctiveW = 1u << 5,
  kDeterminerW = 1u << 6,
  kPronounW = 1u << 7,
  kSubordinatorW = 1u << 8,
  kNpStopW = 1u << 9,
  kPreVerbAdverbW = 1u << 10,
  kRoleNounW = 1u << 11,
  kRoleSuffixW = 1u << 12,
  kTitleW = 1u << 13,
  kTitleCueW = 1u << 14,
  kOrgWordW = 1u << 15,
  kClauseWordW = 1u << 16,
  kPrepositionW = 1u << 17,
  kNameParticleW = 1u << 18,
  kSourceNounW = 1u << 19,
  kBeliefVerbW = 1u << 20,
  kTimeWordW = 1u << 21,
  kPassiveParticipleW = 1u << 22,
  kObjectVerbW = 1u << 23,
  kObjectStopW = 1u << 24,
  kParticleVerbW = 1u << 25,
};

// FNV-1a over the UTF-16 code units: cheaper than std::hash for the short
// words looked up here.
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
    const size_t h = WordHash{}(w);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.bits == 0) return 0;
      if (s.hash == h && s.word == w) return s.bits;
    }
  }

 private:
  struct Slot {
    std::u16string_view word;
    size_t hash = 0;
    uint32_t bits = 0;  // 0: empty slot
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t max_len_ = 0;
};

struct Lexicon {
  Lang lang = Lang::De;
  // Finite (and participle) forms of verbs that introduce what someone said,
  // wrote or thinks: "sagte", "erklärte", "said", "a déclaré" (participle).
  WordSet speech_verbs;
  // Speech-act verbs that report THAT something was said without quoting the
  // content ("forderte ... ein", "kritisierte", "warnte vor"): sentences with
  // one of them and no content clause are reported speech.
  WordSet report_verbs;
  // Prepositions before the source: "laut", "gemäß", "selon", "según".
  WordSet source_preps;
  // Postpositions after the source: "zufolge".
  WordSet source_postps;
  // Verb forms that mark reported speech by themselves (German Konjunktiv I
  // and the unambiguous Konjunktiv II forms).
  WordSet subjunctive;
  // Subjunctive forms that also occur as plain conditional/past; they only
  // continue a speaker, never start a statement.
  WordSet weak_subjunctive;
  WordSet determiners;      // articles and possessives that open a noun phrase
  WordSet person_pronouns;  // er, sie, he, she, they
  WordSet subordinators;    // dass, that, ob, que, che
  // Words that end a speaker noun phrase when scanning it: prepositions of
  // time and place, adverbs, conjunctions, auxiliaries.
  WordSet np_stops;
  // Adverbs and auxiliaries that may sit between a subject and its speech
  // verb ("also", "later", "has"), not part of the speaker.
  WordSet pre_verb_adverbs;
  // Words (or word endings for compounds, see role_suffixes) naming a role:
  // "sprecher", "spokeswoman", "minister", "company".
  WordSet role_nouns;
  WordSet role_suffixes;
  // Titles before a name that are not part of the name itself.
  WordSet titles;
  // Words introducing a title or name in quotation marks, not a quote:
  // "sogenannte", "so-called", "titled".
  WordSet title_cues;
  // Organization words: a speaker ending in one is an ORG ("AG", "Ministerium").
  WordSet org_words;
  // Lists of single sieves. Conjunctions and relative words that open a new
  // clause (a subject scan stops there); German prepositions (a phrase after
  // one is a Vorfeld adverbial); name particles ("von", "van", "bin");
  // German source nouns after "nach" ("nach Angaben"); English verbs of
  // belief and finding; English time words between a verb and its
  // complement ("said Tuesday"); German passive participles of speech
  // ("Es wird befürchtet, dass"); English stance verbs with an object
  // ("endorsed Trump") and the words that end that object.
  WordSet clause_words;
  WordSet prepositions;
  WordSet name_particles;
  WordSet source_nouns;
  WordSet belief_verbs;
  WordSet time_words;
  WordSet passive_participles;
  WordSet object_verbs;
  WordSet object_stops;
  // German verbs whose speech sense needs a particle ("gab … bekannt"); the
  // particles are in indirect_speech.cpp (particle_frame).
  WordSet particle_verbs;

  // All lists at once: word -> WordClass bits (built after the fill_*).
  ClassTable classes;
  [[nodiscard]] uint32_t classes_of(std::u16string_view w) const { return classes.find(w); }
  [[nodiscard]] bool is(std::u16string_view w, uint32_t cls) const { return (classes_of(w) & cls) != 0; }
};

const Lexicon& lexicon(Lang lang);

// The lexicon language for a document: its detected language when it is one
// of the seven, else a guess from function words of the text itself.
Lang document_lang(const Document& doc);

// Lexicon builders, one per file.
void fill_de(Lexicon& lx);
void fill_en(Lexicon& lx);
void fill_fr(Lexicon& lx);
void fill_it(Lexicon& lx);
void fill_es(Lexicon& lx);
void fill_nl(Lexicon& lx);
void fill_pt(Lexicon& lx);

// Adds a space-separated word list to a set; the literal must outlive the set
// (all lists are string literals with static storage).
void add_words(WordSet& set, std::u16string_view words);

}  // namespace quelle::quotes
