#include "quotes/sentence_features.hpp"

#include <bit>

#include "model/features.hpp"

namespace quelle::quotes {
namespace {

using model::bin;
using model::combine;
using model::feature_key;

// What one sentence holds, outside direct quotes.
struct Holds {
  uint32_t classes = 0;     // or of the words' classes
  int rule_type = -1;       // the first rule candidate's type in it
  bool rule_whole = false;  // a rule candidate covers its first and last word
  int quote_marks = 0;
  int words = 0;
};

Holds holds(const Document& doc, const Lexicon& lx, const RuleVotes& v, uint32_t s) {
  Holds h;
  const SentenceInfo& si = doc.sentences[s];
  for (uint32_t t = si.first_token; t < si.end_token; ++t) {
    if (h.rule_type < 0 && v.type[t] >= 0) h.rule_type = v.type[t];
    if (doc.tokens[t].has(kQuoteMark)) ++h.quote_marks;
    if (doc.tokens[t].has(kWord)) ++h.words;
    if (v.type[t] != 0) h.classes |= lx.classes_of(doc.token_lower(t));
  }
  if (si.end_token > si.first_token) {
    const int32_t a = v.candidate[si.first_token];
    h.rule_whole = a >= 0 && a == v.candidate[si.end_token - 1];
  }
  return h;
}

void add_holds(model::Features& f, const Holds& h, std::string_view slot) {
  const uint32_t s = feature_key(slot);
  for (uint32_t c = h.classes; c != 0; c &= c - 1)
    f.add_key(combine(s, feature_key("cls", int64_t{std::countr_zero(c)})));
  f.add_key(combine(s, feature_key("rule", int64_t{h.rule_type})));
  f.add_key(combine(s, feature_key("whole", int64_t{h.rule_whole ? h.rule_type : -2})));
  f.add_key(combine(s, feature_key("marks", bin(h.quote_marks))));
}

}  // namespace

std::vector<uint32_t> sentence_features(const Document& doc, const Lexicon& lx, const RuleVotes& v, uint32_t sentence) {
  model::Features f;
  f.add("bias");
  const SentenceInfo& si = doc.sentences[sentence];
  const Holds here = holds(doc, lx, v, sentence);
  add_holds(f, here, "0");
  f.add("words", bin(here.words / 4));
  const bool first_in_paragraph = sentence == 0 || doc.sentences[sentence - 1].paragraph != si.paragraph;
  if (first_in_paragraph) {
    f.add("para-first");
  } else {
    const Holds prev = holds(doc, lx, v, sentence - 1);
    add_holds(f, prev, "-1");
    f.add("rule-pair", int64_t{prev.rule_type * 8 + here.rule_type});
    if ((prev.classes & kSubjunctiveW) != 0 && (here.classes & kSubjunctiveW) != 0) f.add("subj-pair");
    if (sentence >= 2 && doc.sentences[sentence - 2].paragraph == si.paragraph) {
      add_holds(f, holds(doc, lx, v, sentence - 2), "-2");
    }
  }
  // The words that carry speech: verbs of the lexicon's classes, Konjunktiv
  // forms, and the first two words (subject or fronted adverbial).
  for (uint32_t t = si.first_token; t < si.end_token; ++t) {
    if (v.type[t] == 0) continue;
    const std::u16string_view w = doc.token_lower(t);
    const uint32_t c = lx.classes_of(w);
    if ((c & (kSpeechVerbW | kReportVerbW | kSubjunctiveW | kWeakSubjunctiveW | kParticleVerbW | kSourcePrepW |
              kSourcePostpW | kSourceNounW | kBeliefVerbW)) != 0) {
      f.add("verb", w);
    }
    if ((c & kPronounW) != 0) f.add("pronoun", w);
  }
  for (uint32_t t = si.first_token, k = 0; t < si.end_token && k < 2; ++t) {
    if (!doc.tokens[t].has(kWord)) continue;
    f.add(k == 0 ? "first" : "second", doc.token_lower(t));
    f.add(k == 0 ? "first-cap" : "second-cap", int64_t{doc.tokens[t].has(kUpperInitial) ? 1 : 0});
    ++k;
  }
  return f.take();
}

}  // namespace quelle::quotes
