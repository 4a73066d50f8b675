#include "quotes/cue_words.hpp"

#include <algorithm>
#include <array>

namespace quelle::quotes {
namespace {

// Words that are never cues by themselves: the function words of the
// lexicon, and the auxiliaries and particles cue_parts joins to a cue.
constexpr uint32_t kNoCueW = kSpeechVerbW | kDeterminerW | kPronounW | kSubordinatorW | kNpStopW | kPrepositionW |
                             kCueAuxW | kCueParticleW | kClauseWordW;

// The eight tokens after a frame verb within which its content opens
// ("aufgefordert, …", "sagte der Sprecher des Ministeriums am Montag, …").
constexpr uint32_t kFrameReach = 8;

const SentenceInfo& sentence_of(const Scanner& sc, uint32_t i) {
  return sc.doc().sentences[sc.doc().tokens[i].sentence];
}

// The first comma, colon or subordinator after i in its sentence, within
// kFrameReach tokens; the sentence's end when there is none. Wider than
// leading_frame's scan (verb_frames.cpp), which stops at any punctuation
// and skips a bracketed abbreviation: a feature may look further than a
// frame the rules accept, and the model was trained with this one.
uint32_t opener_after(const Scanner& sc, uint32_t i, uint32_t end) {
  for (uint32_t k = i + 1; k < end && k - i <= kFrameReach; ++k) {
    if (sc.in_quote(k)) return end;
    if (sc.is(k, u',') || sc.is(k, u':') || sc.subordinator(k)) return k;
    if (sc.sentence_end_punct(k)) return end;
  }
  return end;
}

// What the content after an opener at c looks like: it opens with a
// subordinator, holds a zu-infinitive, or a Konjunktiv verb, before the
// next punctuation.
struct ContentShape {
  bool subordinate = false;
  bool zu_infinitive = false;
  bool subjunctive = false;
  uint32_t words = 0;
};

ContentShape content_shape(const Scanner& sc, uint32_t c, uint32_t end) {
  ContentShape shape;
  uint32_t k = sc.subordinator(c) ? c : c + 1;
  shape.subordinate = k < end && sc.subordinator(k);
  for (; k < end && !sc.sentence_end_punct(k) && !sc.in_quote(k); ++k) {
    if (!sc.word(k)) continue;
    ++shape.words;
    if (sc.subjunctive(k)) shape.subjunctive = true;
    if (sc.low(k) == u"zu" && k + 1 < end && sc.word(k + 1) && !sc.cap(k + 1)) shape.zu_infinitive = true;
  }
  return shape;
}

// Whether a comma stands right before i, or before an auxiliary right
// before it ("…, hatte X gesagt" has its comma before "hatte").
bool comma_before(const Scanner& sc, uint32_t i, uint32_t floor) {
  if (i > floor && sc.is(i - 1, u',')) return true;
  for (uint32_t k = i; k > floor + 1 && i - k < 5; --k) {
    if (sc.punct(k - 1) || sc.in_quote(k - 1)) return false;
    if (sc.has_class(k - 1, kCueAuxW)) return k - 1 > floor && sc.is(k - 2, u',');
  }
  return false;
}

std::u16string_view prefix(std::u16string_view w, size_t n) { return w.substr(0, std::min(n, w.size())); }
std::u16string_view suffix(std::u16string_view w, size_t n) { return w.substr(w.size() - std::min(n, w.size())); }

// A neighbour's word, or its punctuation mark, or nothing at the sentence's edge.
std::u16string_view neighbour(const Scanner& sc, uint32_t k, const SentenceInfo& s) {
  if (k < s.first_token || k >= s.end_token) return u"<s>";
  if (sc.in_quote(k)) return u"<q>";
  return sc.low(k);
}

// A German pronominal adverb ("davon", "darauf", "wonach"): da(r)- or
// wo(r)- and a preposition. The annotators count it into the cue ("geht
// davon aus"), but the verb is what opens the frame.
bool pronominal_adverb(const Scanner& sc, uint32_t i) {
  if (sc.lx().lang != Language::De) return false;
  std::u16string_view w = sc.low(i);
  if (!w.starts_with(u"da") && !w.starts_with(u"wo")) return false;
  w.remove_prefix(2);
  if (w.starts_with(u"r") && !sc.lx().is(w, kPrepositionW)) w.remove_prefix(1);
  return sc.lx().is(w, kPrepositionW);
}

}  // namespace

bool cue_word_candidate(const Scanner& sc, uint32_t i) {
  if (!sc.word(i) || sc.cap(i) || sc.in_quote(i) || sc.has_class(i, kNoCueW) || sc.low(i).size() < 4) return false;
  if (pronominal_adverb(sc, i)) return false;
  const SentenceInfo& s = sentence_of(sc, i);
  return opener_after(sc, i, s.end_token) < s.end_token || comma_before(sc, i, s.first_token);
}

void cue_word_features(const Scanner& sc, uint32_t i, model::Features& f) {
  const SentenceInfo& s = sentence_of(sc, i);
  const std::u16string_view w = sc.low(i);
  f.add("bias");
  f.add("w", w);
  f.add("p4", prefix(w, 4));
  f.add("p6", prefix(w, 6));
  f.add("s2", suffix(w, 2));
  f.add("s3", suffix(w, 3));
  // German participles: "gesagt", "angekündigt", "aufgefordert".
  const size_t ge = w.find(u"ge");
  if (ge != std::u16string_view::npos && ge <= 4) f.add("ge-at", static_cast<int64_t>(ge));
  f.add("prev", neighbour(sc, i - 1, s));
  f.add("next", neighbour(sc, i + 1, s));
  if (i + 1 < s.end_token && sc.pronoun(i + 1)) f.add("pronoun-after");
  if (i + 1 < s.end_token && sc.cap(i + 1)) f.add("cap-after");
  const uint32_t c = opener_after(sc, i, s.end_token);
  const uint32_t w_key = model::feature_key("w", w);
  if (c < s.end_token) {
    const ContentShape shape = content_shape(sc, c, s.end_token);
    f.add("opener", sc.is(c, u',') ? std::u16string_view(u",") : sc.is(c, u':') ? u":" : sc.low(c));
    f.add("opener-dist", model::bin(c - i));
    f.add("content-words", model::bin(shape.words));
    if (c + 1 < s.end_token) f.add("after-opener", neighbour(sc, c + 1, s));
    const char* kind = shape.subordinate ? "sub" : shape.zu_infinitive ? "zu" : shape.subjunctive ? "konj" : "plain";
    f.add(kind);
    f.add_key(model::combine(w_key, model::feature_key(kind)));
    if (shape.subjunctive) f.add("content-konj");
  } else {
    f.add("no-opener");
  }
  if (comma_before(sc, i, s.first_token)) {
    f.add("comma-before");
    f.add_key(model::combine(w_key, model::feature_key("comma-before")));
  }
  f.add("position", model::bin(i - s.first_token));
  f.add("rest", model::bin(s.end_token - i));
}

void mark_cue_words(Scanner& sc, const model::LinearModel& cues) {
  model::Features f;
  std::array<int32_t, kCueWordLabels> scores{};
  for (uint32_t i = 0; i < sc.size(); ++i) {
    if (!cue_word_candidate(sc, i)) continue;
    f.clear();
    cue_word_features(sc, i, f);
    scores.fill(0);
    cues.add_scores(f.keys(), scores.data());
    if (scores[1] - scores[0] > kCueWordMargin) sc.add_class(i, kSpeechVerbW);
  }
}

void cue_word_examples(const Scanner& sc, const std::vector<uint8_t>& in_cue, std::vector<model::Example>& out) {
  model::Features f;
  for (uint32_t i = 0; i < sc.size(); ++i) {
    if (!cue_word_candidate(sc, i)) continue;
    f.clear();
    cue_word_features(sc, i, f);
    out.push_back({f.take(), in_cue[i] != 0 ? 1u : 0u});
  }
}

}  // namespace quelle::quotes
