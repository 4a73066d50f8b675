#include "quotes/tagger_features.hpp"

#include <algorithm>
#include <bit>

#include "model/features.hpp"
#include "quotes/quote_tags.hpp"

namespace quelle::quotes {
namespace {

using model::bin;
using model::combine;
using model::feature_key;

// Token indexes inside a span (tokens whose start lies in it).
template <class F>
void for_tokens(const Document& doc, Span s, F f) {
  for (size_t t = doc.token_at_or_after(s.start); t < doc.tokens.size() && doc.tokens[t].start < s.end; ++t) f(t);
}

// Per sentence: what it holds outside direct quotes.
struct SentenceCues {
  bool subjunctive = false;       // a Konjunktiv I / unambiguous II form
  bool weak_subjunctive = false;  // würde, könnte, ...
  bool speech_verb = false;
  bool report_verb = false;
  bool source = false;  // laut, nach Angaben, zufolge, according to
  bool colon = false;
  bool quote_mark = false;
  int8_t rule_type = -1;  // type of the first rule candidate in it
};

SentenceCues describe(const Document& doc, const Lexicon& lx, const RuleVotes& v, const quelle::SentenceInfo& s) {
  SentenceCues info;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    if (info.rule_type < 0 && v.type[t] >= 0) info.rule_type = v.type[t];
    if (doc.tokens[t].has(kQuoteMark)) info.quote_mark = true;
    if (doc.punct_is(t, u':')) info.colon = true;
    if (v.type[t] == 0) continue;  // inside a direct quote
    const uint32_t c = lx.classes_of(doc.token_lower(t));
    info.subjunctive = info.subjunctive || (c & kSubjunctiveW) != 0;
    info.weak_subjunctive = info.weak_subjunctive || (c & kWeakSubjunctiveW) != 0;
    info.speech_verb = info.speech_verb || (c & kSpeechVerbW) != 0;
    info.report_verb = info.report_verb || (c & kReportVerbW) != 0;
    info.source = info.source || (c & (kSourcePrepW | kSourcePostpW | kSourceNounW)) != 0;
  }
  return info;
}

void add_sentence_features(model::Features& f, const SentenceCues& s, const SentenceCues* prev) {
  if (s.subjunctive) f.add("s-subj");
  if (s.weak_subjunctive) f.add("s-wsubj");
  if (s.speech_verb) f.add("s-speech");
  if (s.report_verb) f.add("s-report");
  if (s.source) f.add("s-source");
  if (s.colon) f.add("s-colon");
  if (s.quote_mark) f.add("s-mark");
  f.add("s-rule", s.rule_type);
  if (prev == nullptr) {
    f.add("s-first");
    return;
  }
  f.add("p-rule", prev->rule_type);
  f.add("p-rule-s-subj", prev->rule_type * 2 + (s.subjunctive ? 1 : 0));
  if (prev->subjunctive) f.add("p-subj");
  if (prev->subjunctive && s.subjunctive) f.add("p-subj-s-subj");
}

// The word itself, its shape and its lexicon classes.
void add_word_features(model::Features& f, const Document& doc, const Lexicon& lx, size_t t, std::string_view slot) {
  const std::u16string_view w = doc.token_lower(t);
  const Token& tok = doc.tokens[t];
  f.add_key(combine(feature_key(slot), feature_key("w", w.size() <= 24 ? w : w.substr(0, 24))));
  if (tok.has(kWord) && w.size() > 3) f.add_key(combine(feature_key(slot), feature_key("suf", w.substr(w.size() - 3))));
  uint32_t shape = (tok.has(kUpperInitial) ? 1 : 0) | (tok.has(kPunct) ? 2 : 0) | (tok.has(kQuoteMark) ? 4 : 0) |
                   (tok.has(kNumber) ? 8 : 0) | (tok.has(kSentenceStart) ? 16 : 0);
  f.add_key(combine(feature_key(slot), feature_key("shape", int64_t{shape})));
  for (uint32_t c = lx.classes_of(w); c != 0; c &= c - 1) {
    f.add_key(combine(feature_key(slot), feature_key("cls", int64_t{std::countr_zero(c)})));
  }
}

}  // namespace

RuleVotes rule_votes(const Document& doc, const std::vector<QuoteCandidate>& rules) {
  const size_t n = doc.tokens.size();
  RuleVotes v{std::vector<int8_t>(n, -1), std::vector<uint8_t>(n, 0), std::vector<uint8_t>(n, 0),
              std::vector<uint8_t>(n, 0), std::vector<uint8_t>(n, 0), std::vector<int32_t>(n, -1)};
  // Shorter candidates first: a quote nested in another (a quoted fragment
  // inside indirect speech) keeps its tokens, as the annotations do, and
  // splits the outer one.
  std::vector<size_t> order(rules.size());
  for (size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return rules[a].extent().size() < rules[b].extent().size(); });
  for (const size_t c : order) {
    const QuoteCandidate& q = rules[c];
    for (const Span& s : q.spans) {
      bool first = true;
      for_tokens(doc, s, [&](size_t t) {
        if (v.candidate[t] >= 0) {  // a shorter candidate has it
          first = true;
          return;
        }
        v.candidate[t] = static_cast<int32_t>(c);
        v.type[t] = static_cast<int8_t>(type_index(q.type));
        v.begins[t] = first ? 1 : 0;
        v.continues[t] = q.continues_previous ? 1 : 0;
        first = false;
      });
    }
    if (q.cue) for_tokens(doc, *q.cue, [&](size_t t) { v.cue[t] = 1; });
    if (q.speaker) for_tokens(doc, *q.speaker, [&](size_t t) { v.speaker[t] = 1; });
  }
  return v;
}

void tagger_features(const Document& doc, const Lexicon& lx, const RuleVotes& v, uint32_t first, uint32_t end,
                     std::vector<std::vector<uint32_t>>& out) {
  model::Features f;
  uint32_t sentence = UINT32_MAX;
  SentenceCues cur, prev;
  bool has_prev = false;
  bool after_subordinator = false, after_comma = false, after_colon = false;
  for (uint32_t t = first; t < end; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.sentence != sentence) {
      if (sentence != UINT32_MAX) {
        prev = cur;
        has_prev = true;
      }
      sentence = tok.sentence;
      cur = describe(doc, lx, v, doc.sentences[sentence]);
      after_subordinator = after_comma = after_colon = false;
    }
    f.clear();
    f.add("bias");
    add_word_features(f, doc, lx, t, "0");
    if (t > first) add_word_features(f, doc, lx, t - 1, "-1");
    if (t + 1 < end) add_word_features(f, doc, lx, t + 1, "+1");
    const size_t before = f.keys().size();
    add_sentence_features(f, cur, has_prev ? &prev : nullptr);
    // At a sentence's first token the sentence features decide whether a
    // whole-sentence quote opens (reported speech, free indirect speech):
    // they get weights of their own there.
    if (t == doc.sentences[sentence].first_token) {
      const std::vector<uint32_t> sentence_keys(f.keys().begin() + static_cast<std::ptrdiff_t>(before), f.keys().end());
      for (const uint32_t k : sentence_keys) f.add_key(combine(feature_key("first"), k));
      f.add("first");
    }
    const int64_t rule = v.type[t];
    f.add("r", rule);
    f.add("r-begin", rule * 2 + v.begins[t]);
    f.add("r-cont", rule * 2 + v.continues[t]);
    if (v.cue[t] != 0) f.add("r-cue");
    if (v.speaker[t] != 0) f.add("r-speaker");
    f.add("r-subj", rule * 4 + (cur.subjunctive ? 1 : 0) + (cur.weak_subjunctive ? 2 : 0));
    f.add("pos", bin(t - doc.sentences[sentence].first_token));
    f.add("left", bin(doc.sentences[sentence].end_token - t));
    if (after_subordinator) f.add("after-sub", rule);
    if (after_comma) f.add("after-comma", rule);
    if (after_colon) f.add("after-colon", rule);
    out.push_back(f.take());
    const uint32_t c = lx.classes_of(doc.token_lower(t));
    if ((c & kSubordinatorW) != 0) after_subordinator = true;
    if (doc.punct_is(t, u',')) after_comma = true;
    if (doc.punct_is(t, u':')) after_colon = true;
  }
}

}  // namespace quelle::quotes
