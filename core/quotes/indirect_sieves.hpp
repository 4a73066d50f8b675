// Internal to the indirect-speech stage (indirect_speech.cpp): the sieves
// that indirect_in_sentence tries on a sentence, each in its own file, and
// the parts they share (sieve_parts.cpp).
#pragma once

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "quotes/lexicon.hpp"
#include "quotes/quotes.hpp"
#include "quotes/scan.hpp"
#include "quotes/word_tests.hpp"

namespace quelle::quotes::sieve {

// The sentence (or the rest of it, in later rounds) a sieve reads.
struct Sentence {
  uint32_t a;   // first token
  uint32_t b;   // end token
  uint32_t ce;  // end of content: b without the final punctuation
  uint32_t a0;  // first token of the whole sentence (a moves on in later rounds)
};

// Verb forms mapped to the particles they need (" aus ", " vor "), built
// once from a table so that a look-up is one hash probe per token.
using ParticleMap = std::unordered_map<std::u16string_view, std::u16string_view>;

inline ParticleMap particle_map(std::span<const ParticleEntry> entries) {
  ParticleMap m;
  for (const ParticleEntry& e : entries) {
    for (std::u16string_view f : split_words(e.verbs)) m.emplace(f, e.particles);
  }
  return m;
}

// English: the verb at v shares the sentence's subject with one before it
// ("… survived and says", "…, then said", "…, saying"), and that subject,
// the sentence-initial one ("The Arizona Republican survived … and says").
bool second_verb_en(const Scanner& sc, const Sentence& s, uint32_t v);
std::optional<TokenRange> initial_subject_en(const Scanner& sc, const Sentence& s, uint32_t v);

// Words in [b, e), and whether [b, e) is mostly inside quotation marks.
uint32_t count_words(const Scanner& sc, uint32_t b, uint32_t e);

bool mostly_quoted(const Scanner& sc, uint32_t b, uint32_t e);

// Appends a candidate of `type` with its parts (trimmed of edge punctuation),
// cue and speaker; nothing when no part is left.
void emit(const Scanner& sc, std::vector<QuoteCandidate>& out, QuoteType type, std::vector<TokenRange> parts,
          std::optional<TokenRange> cue, std::optional<TokenRange> speaker);

// Content around a source phrase [fb, fe): before it, after it, or both.
std::vector<TokenRange> around(const Scanner& sc, const Sentence& s, uint32_t fb, uint32_t fe);

// At least three words in the parts: anything shorter is no statement.
bool enough(const Scanner& sc, const std::vector<TokenRange>& parts);

// The subject of speech verb v: a pronoun right after it, a phrase before it
// (from `floor`), or, except in English, a phrase after it (up to `limit`).
std::optional<TokenRange> subject_of(const Scanner& sc, uint32_t v, uint32_t floor, uint32_t limit);

// Whether `w` is one of the space-separated words of `list` (" a b c ").
bool in_list(std::u16string_view list, std::u16string_view w);

// German particle verbs that frame speech only with their particle before
// the content: "geht davon aus, dass", "wirft ihm vor, ...", "gab bekannt,
// dass", "zeigte sich überzeugt, dass".
bool particle_frame(const Scanner& sc, uint32_t v, uint32_t limit);

// The sieves. Each appends at most one candidate and says whether it did.

// laut X, gemäß X, nach Angaben X, X zufolge, according to X, selon X ...
bool source_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out);

// "Wie X mitteilte, ..." / "..., wie X sagte."
bool wie_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out);

// Speech verbs with their content: leading ("X sagte, dass …", "X said
// (that) …") and trailing ("…, sagte X.", "…, so X").
bool verb_frames(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out);

// German passive frames without a speaker: "Es wird befürchtet, dass …",
// "Ihm wird vorgeworfen, …", "Es wurde bekannt, dass …".
bool passive_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out);

// "Merkel forderte faire Wettbewerbsbedingungen ein.": a speech act without
// a content clause is reported speech.
bool reported(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out);

// English speech acts and stances with an object, which PolNeAR annotates
// as the content: "Christie endorsed Trump", "He criticized Clinton's track
// record", "They called him a political opportunist".
bool object_frame_en(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out);

// "Der Ausbau der A1 soll privat finanziert werden. Das gab Minister Stolpe
// bekannt.": the demonstrative takes up the sentence before, which is the
// content (the corpus includes the demonstrative itself).
bool demonstrative_frame(const Scanner& sc, const Sentence& s, const SentenceInfo* prev,
                         std::vector<QuoteCandidate>& out);

}  // namespace quelle::quotes::sieve
