#include "attribution/speaker_options.hpp"

#include <algorithm>
#include <bit>

#include "model/features.hpp"

namespace quelle::attribution {
namespace {

using model::bin;
using model::combine;
using model::feature_key;

// A speaker phrase has at most this many tokens ("der Leiter der
// Flugzeugwartung der Turkish Airlines" has 7; longer appositions are rare
// and the rules still propose them as option 0).
constexpr uint32_t kMaxPhrase = 10;
// Options beyond this many per quote are not generated, so a quote in a
// very long sentence stays cheap (10 per quote on average).
constexpr size_t kMaxOptions = 400;

// The lexicon classes a phrase neither starts nor ends with: verbs of
// saying, subordinators and prepositions.
constexpr uint32_t kNoEdge = quotes::kSpeechVerbW | quotes::kReportVerbW | quotes::kSubordinatorW |
                             quotes::kSourcePrepW | quotes::kPrepositionW | quotes::kFrameWordW;

enum Side : int64_t { kBefore = 0, kAfter = 1, kInside = 2 };

uint32_t key(std::string_view name) { return feature_key(name); }
uint32_t key(std::string_view name, int64_t v) { return feature_key(name, v); }

}  // namespace

SpeakerContext::SpeakerContext(const Document& doc, const quotes::Lexicon& lx, const std::vector<Entity>& entities)
    : doc_(doc),
      lx_(lx),
      classes_(doc.tokens.size(), 0),
      ner_type_(doc.tokens.size(), -1),
      ner_first_(doc.tokens.size(), 0),
      ner_end_(doc.tokens.size(), 0),
      keys_(doc.tokens.size(), 0) {
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].has(kWord)) classes_[t] = lx.classes_of(doc.token_lower(t));
  }
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) {
      if (m.kind != MentionKind::Name) continue;
      const auto b = static_cast<uint32_t>(doc.token_at_or_after(m.span.start));
      auto end = b;
      while (end < doc.tokens.size() && doc.tokens[end].start < m.span.end) ++end;
      for (uint32_t t = b; t < end; ++t) {
        ner_type_[t] = static_cast<int8_t>(e.type);
        ner_first_[t] = b;
        ner_end_[t] = end;
      }
    }
  }
}

uint32_t SpeakerContext::word_key(uint32_t t) const {
  if (keys_[t] == 0) {
    const std::u16string_view w = doc_.token_lower(t);
    keys_[t] = feature_key("w", w.size() <= 24 ? w : w.substr(0, 24)) | 1u;
  }
  return keys_[t];
}

uint32_t SpeakerContext::suffix_key(uint32_t t) const {
  const std::u16string_view w = doc_.token_lower(t);
  return w.size() > 4 && doc_.tokens[t].has(kWord) ? feature_key("suf", w.substr(w.size() - 3)) : word_key(t);
}

uint32_t SpeakerContext::shape(uint32_t t) const {
  const Token& tok = doc_.tokens[t];
  if (tok.has(kQuoteMark)) return 4;
  if (tok.has(kPunct)) return 3;
  if (tok.has(kNumber)) return 2;
  return tok.has(kUpperInitial) ? 1 : 0;
}

bool SpeakerContext::phrase_start(uint32_t t) const {
  const Token& tok = doc_.tokens[t];
  if (!tok.has(kWord) && !tok.has(kNumber)) return false;
  if ((classes_[t] & kNoEdge) != 0 && (classes_[t] & (quotes::kDeterminerW | quotes::kPronounW)) == 0) return false;
  if (lx_.lang != Language::De || tok.has(kUpperInitial) || tok.has(kNumber)) return true;
  // German: lower-case only an article, pronoun or an adjective before a
  // noun ("eigenen Angaben", "ein Sprecher").
  if ((classes_[t] & (quotes::kDeterminerW | quotes::kPronounW)) != 0) return true;
  return t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].has(kUpperInitial) && doc_.tokens[t + 1].has(kWord);
}

bool SpeakerContext::phrase_end(uint32_t t) const {
  const Token& tok = doc_.tokens[t];
  if (tok.has(kQuoteMark) || doc_.punct_is(t, u')')) return true;
  if (!tok.has(kWord) && !tok.has(kNumber)) return false;
  if ((classes_[t] & (kNoEdge | quotes::kDeterminerW)) != 0 && (classes_[t] & quotes::kPronounW) == 0) return false;
  if (lx_.lang != Language::De) return true;
  return tok.has(kUpperInitial) || tok.has(kNumber) || (classes_[t] & quotes::kPronounW) != 0;
}

// The phrases [b, e) of one sentence that overlap the rules' speaker: a
// start and an end as above, no sentence punctuation inside, balanced
// quotation marks and brackets, and either outside the quote or (reported
// and free indirect speech, which name their speaker inside) wholly within.
void SpeakerContext::add_phrases(const QuoteView& q, uint32_t sentence, std::vector<uint8_t>& in_quote,
                                 const SpeakerOption& rule, std::vector<SpeakerOption>& out) const {
  const SentenceInfo& s = doc_.sentences[sentence];
  const bool inside_ok = q.type == QuoteType::Reported || q.type == QuoteType::FreeIndirect;
  for (uint32_t b = s.first_token; b < s.end_token; ++b) {
    if (!phrase_start(b)) continue;
    int marks = 0;
    int brackets = 0;
    for (uint32_t e = b + 1; e <= s.end_token && e - b <= kMaxPhrase; ++e) {
      const uint32_t t = e - 1;
      if (in_quote[t - s.first_token] != in_quote[b - s.first_token]) break;
      if (doc_.tokens[t].has(kPunct) && !doc_.tokens[t].has(kQuoteMark)) {
        const char16_t c = doc_.text[doc_.tokens[t].start];
        if (c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';') break;
        if (c == u'(') ++brackets;
        if (c == u')' && --brackets < 0) break;
      }
      if (doc_.tokens[t].has(kQuoteMark)) ++marks;
      if (marks % 2 != 0 || brackets != 0 || !phrase_end(t)) continue;
      if (in_quote[b - s.first_token] != 0 && !inside_ok) break;
      const Span span{doc_.tokens[b].start, doc_.tokens[t].end};
      if (*rule.span == span || e <= rule.first || b >= rule.end) continue;
      if (out.size() >= kMaxOptions) return;
      out.push_back({span, SpeakerSource::Generated, b, e});
    }
  }
}

SpeakerOption SpeakerContext::option(std::optional<Span> span, SpeakerSource source) const {
  if (!span || doc_.tokens.empty()) return {};
  const auto b = static_cast<uint32_t>(std::min(doc_.token_at_or_after(span->start), doc_.tokens.size() - 1));
  auto e = b + 1;
  while (e < doc_.tokens.size() && doc_.tokens[e].start < span->end) ++e;
  return {span, source, b, e};
}

std::vector<SpeakerOption> SpeakerContext::options(const QuoteView& q, const SpeakerOption& rule) const {
  std::vector<SpeakerOption> out{rule};
  if (!rule.span || doc_.tokens.empty() || q.spans == nullptr || q.spans->empty()) return out;
  out.push_back({});
  const uint32_t s = doc_.tokens[std::min<size_t>(rule.first, doc_.tokens.size() - 1)].sentence;
  const SentenceInfo& si = doc_.sentences[s];
  std::vector<uint8_t> in_quote(si.end_token - si.first_token, 0);
  for (const Span& sp : *q.spans) {
    for (uint32_t t = si.first_token; t < si.end_token; ++t) {
      if (doc_.tokens[t].start < sp.end && doc_.tokens[t].end > sp.start) in_quote[t - si.first_token] = 1;
    }
  }
  add_phrases(q, s, in_quote, rule, out);
  return out;
}

namespace {

// The relation of a generated phrase to the rules' speaker: it corrects
// their boundaries (same start or end, inside, around) or names someone else.
int64_t relation(const SpeakerOption& o, const SpeakerOption& rule) {
  if (!rule.span) return 0;
  if (o.first == rule.first) return 1;
  if (o.end == rule.end) return 2;
  if (o.first <= rule.first && o.end >= rule.end) return 3;
  if (o.first >= rule.first && o.end <= rule.end) return 4;
  if (o.first < rule.end && o.end > rule.first) return 5;
  return 6;
}

// The token range [first, end) of the quote (all its spans).
void quote_tokens(const Document& doc, const QuoteView& q, uint32_t& first, uint32_t& end) {
  first = static_cast<uint32_t>(doc.token_at_or_after(q.spans->front().start));
  end = static_cast<uint32_t>(doc.token_at_or_after(q.spans->back().end));
}

}  // namespace

// The words at the phrase's edges and around it, their shapes and classes;
// its length, commas, brackets and capitalised words; the NER name it is,
// holds or cuts.
void SpeakerContext::add_word_features(const SpeakerOption& o, std::vector<uint32_t>& f) const {
  const uint32_t b = o.first;
  const uint32_t l = o.end - 1;
  const size_t n = doc_.tokens.size();
  f.push_back(combine(key("f"), word_key(b)));
  f.push_back(combine(key("l"), word_key(l)));
  f.push_back(combine(key("lsuf"), suffix_key(l)));
  f.push_back(combine(key("p"), b > 0 ? word_key(b - 1) : key("bos")));
  f.push_back(combine(key("n"), o.end < n ? word_key(o.end) : key("eos")));
  const int64_t ps = b > 0 ? shape(b - 1) : 5;
  const int64_t ns = o.end < n ? shape(o.end) : 5;
  f.push_back(key("fs-ls", shape(b) * 8 + shape(l)));
  f.push_back(key("ps-ns", ps * 8 + ns));
  auto add_classes = [&](std::string_view slot, uint32_t classes) {
    for (uint32_t c = classes; c != 0; c &= c - 1) f.push_back(combine(key(slot), key("c", std::countr_zero(c))));
  };
  add_classes("fc", classes_[b]);
  add_classes("lc", classes_[l]);
  if (b > 0) add_classes("pc", classes_[b - 1]);
  if (o.end < n) add_classes("nc", classes_[o.end]);
  uint32_t caps = 0;
  uint32_t lower = 0;
  for (uint32_t t = b; t <= l; ++t) {
    if (doc_.punct_is(t, u',')) f.push_back(key("comma"));
    if (doc_.punct_is(t, u'(')) f.push_back(key("paren"));
    if (doc_.tokens[t].has(kUpperInitial)) ++caps;
    if (t == b || t == l || !doc_.tokens[t].has(kWord) || doc_.tokens[t].has(kUpperInitial)) continue;
    // The lower-case words inside: articles and adjectives belong to a noun
    // phrase, an adverb, verb or preposition ("auch nicht mit") does not.
    ++lower;
    f.push_back(combine(key("in"), word_key(t)));
    add_classes("inc", classes_[t]);
  }
  f.push_back(key("lower", bin(lower)));
  f.push_back(key("len", bin(o.end - b)));
  f.push_back(key("caps", bin(caps) * 32 + bin(o.end - b)));
  if (b == doc_.sentences[doc_.tokens[b].sentence].first_token) f.push_back(key("vorfeld"));
  if (ner_type_[b] >= 0 && ner_first_[b] == b && ner_end_[l] == o.end && ner_first_[l] == b) {
    f.push_back(key("ner", ner_type_[b]));
  } else {
    for (uint32_t t = b; t <= l; ++t) {
      if (ner_type_[t] < 0) continue;
      f.push_back(key("ner-in", ner_type_[t]));
      break;
    }
    if ((ner_type_[b] >= 0 && ner_first_[b] < b) || (ner_type_[l] >= 0 && ner_end_[l] > o.end))
      f.push_back(key("ner-cut"));
  }
}

// Where the phrase lies: before, after or inside the quote, how far, in
// which sentence, and whether a speech verb or comma lies between.
void SpeakerContext::add_position_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const {
  uint32_t qb = 0;
  uint32_t qe = 0;
  quote_tokens(doc_, q, qb, qe);
  const int64_t type = static_cast<int64_t>(q.type);
  const int64_t side = o.end <= qb ? kBefore : o.first >= qe ? kAfter : kInside;
  const uint32_t from = side == kBefore ? o.end : qe;
  const uint32_t to = side == kBefore ? qb : o.first;
  f.push_back(key("side", side * 8 + type));
  f.push_back(key("dist", side * 32 + (side == kInside ? 0 : bin(to - from))));
  const uint32_t s = doc_.tokens[o.first].sentence;
  const uint32_t s0 = doc_.tokens[std::min<size_t>(qb, doc_.tokens.size() - 1)].sentence;
  const uint32_t s1 = doc_.tokens[std::min<size_t>(qe > 0 ? qe - 1 : 0, doc_.tokens.size() - 1)].sentence;
  const int64_t sent = s < s0 ? -static_cast<int64_t>(bin(s0 - s)) : s > s1 ? bin(s - s1) : 0;
  f.push_back(key("sent", sent * 8 + type));
  f.push_back(combine(key("p-side", side), o.first > 0 ? word_key(o.first - 1) : key("bos")));
  f.push_back(combine(key("n-side", side), o.end < doc_.tokens.size() ? word_key(o.end) : key("eos")));
  if (side == kInside || to <= from || to - from > 20) return;
  bool verb = false;
  bool comma = false;
  for (uint32_t t = from; t < to; ++t) {
    verb = verb || (classes_[t] & quotes::kSpeechVerbW) != 0;
    comma = comma || doc_.punct_is(t, u',');
  }
  f.push_back(key("between", side * 4 + (verb ? 2 : 0) + (comma ? 1 : 0)));
}

// The phrase against the cue the rules found: its side, distance, whether it
// is right next to it, and the cue word with the side ("laut X", "X sagte").
void SpeakerContext::add_cue_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const {
  if (!q.cue) {
    f.push_back(key("no-cue", static_cast<int64_t>(q.type)));
    return;
  }
  const auto cb = static_cast<uint32_t>(doc_.token_at_or_after(q.cue->start));
  const auto ce = static_cast<uint32_t>(doc_.token_at_or_after(q.cue->end));
  if (cb >= doc_.tokens.size()) return;
  const int64_t side = o.end <= cb ? kBefore : o.first >= ce ? kAfter : kInside;
  const uint32_t gap = side == kBefore ? cb - o.end : side == kAfter ? o.first - ce : 0;
  f.push_back(key("cue-side", side * 32 + bin(gap)));
  f.push_back(combine(key("cue-w", side * 4 + std::min<uint32_t>(gap, 3)), word_key(cb)));
  if (gap == 0 && side != kInside) f.push_back(key("cue-adj-fs", side * 8 + shape(o.first)));
  if (o.span && doc_.tokens[cb].sentence != doc_.tokens[o.first].sentence) f.push_back(key("cue-other-sentence"));
}

// "No speaker": the quote's type, the rule that chose, whether it has a
// cue, how long it is and the words around it, which is what tells a quote
// whose speaker is not named (or a false quote) from one whose speaker the
// options missed.
void SpeakerContext::add_none_features(const QuoteView& q, int64_t source, std::vector<uint32_t>& f) const {
  const int64_t type = static_cast<int64_t>(q.type);
  f.push_back(key("none"));
  f.push_back(key("none-type", type * 8 + source));
  f.push_back(key("none-cue", q.cue ? 1 : 0));
  uint32_t qb = 0;
  uint32_t qe = 0;
  quote_tokens(doc_, q, qb, qe);
  if (qb >= doc_.tokens.size()) return;
  f.push_back(key("none-len", type * 32 + bin(qe > qb ? qe - qb : 0)));
  f.push_back(combine(key("none-first"), word_key(qb)));
  f.push_back(combine(key("none-prev"), qb > 0 ? word_key(qb - 1) : key("bos")));
  f.push_back(combine(key("none-next"), qe < doc_.tokens.size() ? word_key(qe) : key("eos")));
  if (q.cue) {
    const auto cb = static_cast<uint32_t>(doc_.token_at_or_after(q.cue->start));
    if (cb < doc_.tokens.size()) f.push_back(combine(key("none-cue-w"), word_key(cb)));
  }
}

std::vector<uint32_t> SpeakerContext::features(const QuoteView& q, const std::vector<SpeakerOption>& options,
                                               size_t i) const {
  std::vector<uint32_t> f;
  const SpeakerOption& o = options[i];
  const SpeakerOption& rule = options[0];
  const int64_t type = static_cast<int64_t>(q.type);
  const auto source = static_cast<int64_t>(rule.source);
  if (!o.span) {
    add_none_features(q, source, f);
    return f;
  }
  f.reserve(48);
  f.push_back(key("src", static_cast<int64_t>(o.source) * 8 + type));
  if (i == 0) {
    f.push_back(key("rule"));
  } else {
    f.push_back(key("rel", relation(o, rule) * 8 + source));
  }
  add_word_features(o, f);
  add_position_features(q, o, f);
  add_cue_features(q, o, f);
  return f;
}

size_t RankedSpeakers::choose(const SpeakerContext& context, const QuoteView& q,
                              const std::vector<SpeakerOption>& options) {
  size_t best = 0;
  int32_t top = 0;
  int32_t rule = 0;
  for (size_t i = 0; i < options.size(); ++i) {
    const int32_t score = ranker_.score(context.features(q, options, i));
    if (i == 0) rule = score;
    if (i == 0 || score > top) {
      top = score;
      best = i;
    }
  }
  return static_cast<float>(top - rule) * ranker_.scale() >= kRuleMargin ? best : 0;
}

}  // namespace quelle::attribution
