#include "attribution/speaker_options.hpp"

#include <algorithm>
#include <bit>

#include "attribution/speaker_shape.hpp"
#include "model/features.hpp"

namespace quelle::attribution {
namespace {

using model::bin;
using model::combine;
using model::feature_key;

enum Side : int64_t { kBefore = 0, kAfter = 1, kInside = 2 };

// Feature names are hashed at compile time; a value joins its name with one
// multiplication (feature_key(name, value) hashes its eight bytes).
consteval uint32_t key(std::string_view name) { return feature_key(name); }
constexpr uint32_t key(uint32_t name, int64_t v) { return combine(name, static_cast<uint32_t>(v) ^ 0xA5A5A5A5u); }

}  // namespace

SpeakerContext::SpeakerContext(const Document& doc, const quotes::Lexicon& lx, const std::vector<Entity>& entities)
    : doc_(doc),
      lx_(lx),
      classes_(doc.tokens.size(), 0),
      known_(doc.tokens.size(), 0),
      ner_type_(doc.tokens.size(), -1),
      ner_first_(doc.tokens.size(), 0),
      ner_end_(doc.tokens.size(), 0),
      keys_(doc.tokens.size(), 0) {
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) {
      if (m.kind != MentionKind::Name) continue;
      uint32_t b = 0;
      uint32_t end = 0;
      token_range(doc, m.span, b, end);
      for (uint32_t t = b; t < end; ++t) {
        ner_type_[t] = static_cast<int8_t>(e.type);
        ner_first_[t] = b;
        ner_end_[t] = end;
      }
    }
  }
}

uint32_t SpeakerContext::classes(uint32_t t) const {
  if (known_[t] == 0) {
    classes_[t] = doc_.tokens[t].has(kWord) ? lx_.classes_of(doc_.token_lower(t)) : 0;
    known_[t] = 1;
  }
  return classes_[t];
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

SpeakerOption SpeakerContext::option(std::optional<Span> span, SpeakerSource source) const {
  if (!span || doc_.tokens.empty()) return {};
  uint32_t b = 0;
  uint32_t e = 0;
  token_range(doc_, *span, b, e);
  // A span past the last token still names it.
  b = std::min<uint32_t>(b, static_cast<uint32_t>(doc_.tokens.size()) - 1);
  return {span, source, b, std::max(e, b + 1)};
}

std::vector<SpeakerOption> SpeakerContext::options(const SpeakerOption& rule) const {
  std::vector<SpeakerOption> out{rule};
  if (rule.span) out.push_back({});
  return out;
}

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
  f.push_back(key(key("fs-ls"), shape(b) * 8 + shape(l)));
  f.push_back(key(key("ps-ns"), ps * 8 + ns));
  auto add_classes = [&](uint32_t slot, uint32_t bits) {
    for (uint32_t c = bits; c != 0; c &= c - 1) f.push_back(key(slot, std::countr_zero(c)));
  };
  add_classes(key("fc"), classes(b));
  add_classes(key("lc"), classes(l));
  if (b > 0) add_classes(key("pc"), classes(b - 1));
  if (o.end < n) add_classes(key("nc"), classes(o.end));
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
    add_classes(key("inc"), classes(t));
  }
  f.push_back(key(key("lower"), bin(lower)));
  f.push_back(key(key("len"), bin(o.end - b)));
  f.push_back(key(key("caps"), bin(caps) * 32 + bin(o.end - b)));
  if (b == doc_.sentences[doc_.tokens[b].sentence].first_token) f.push_back(key("vorfeld"));
  if (ner_type_[b] >= 0 && ner_first_[b] == b && ner_end_[l] == o.end && ner_first_[l] == b) {
    f.push_back(key(key("ner"), ner_type_[b]));
  } else {
    for (uint32_t t = b; t <= l; ++t) {
      if (ner_type_[t] < 0) continue;
      f.push_back(key(key("ner-in"), ner_type_[t]));
      break;
    }
    if ((ner_type_[b] >= 0 && ner_first_[b] < b) || (ner_type_[l] >= 0 && ner_end_[l] > o.end))
      f.push_back(key("ner-cut"));
  }
}

// Where the phrase lies: before, after or inside the quote, how far, in
// which sentence, and whether a speech verb or comma lies between.
void SpeakerContext::add_position_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const {
  const uint32_t qb = q.first;
  const uint32_t qe = q.end;
  const int64_t type = static_cast<int64_t>(q.type);
  const int64_t side = o.end <= qb ? kBefore : o.first >= qe ? kAfter : kInside;
  const uint32_t from = side == kBefore ? o.end : qe;
  const uint32_t to = side == kBefore ? qb : o.first;
  f.push_back(key(key("side"), side * 8 + type));
  f.push_back(key(key("dist"), side * 32 + (side == kInside ? 0 : bin(to - from))));
  const uint32_t s = doc_.tokens[o.first].sentence;
  const uint32_t s0 = doc_.tokens[std::min<size_t>(qb, doc_.tokens.size() - 1)].sentence;
  const uint32_t s1 = doc_.tokens[std::min<size_t>(qe > 0 ? qe - 1 : 0, doc_.tokens.size() - 1)].sentence;
  const int64_t sent = s < s0 ? -static_cast<int64_t>(bin(s0 - s)) : s > s1 ? bin(s - s1) : 0;
  f.push_back(key(key("sent"), sent * 8 + type));
  f.push_back(combine(key(key("p-side"), side), o.first > 0 ? word_key(o.first - 1) : key("bos")));
  f.push_back(combine(key(key("n-side"), side), o.end < doc_.tokens.size() ? word_key(o.end) : key("eos")));
  if (side == kInside || to <= from || to - from > 20) return;
  bool verb = false;
  bool comma = false;
  for (uint32_t t = from; t < to; ++t) {
    verb = verb || (classes(t) & quotes::kSpeechVerbW) != 0;
    comma = comma || doc_.punct_is(t, u',');
  }
  f.push_back(key(key("between"), side * 4 + (verb ? 2 : 0) + (comma ? 1 : 0)));
}

// The phrase against the cue the rules found: its side, distance, whether it
// is right next to it, and the cue word with the side ("laut X", "X sagte").
void SpeakerContext::add_cue_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const {
  if (!q.cue) {
    f.push_back(key(key("no-cue"), static_cast<int64_t>(q.type)));
    return;
  }
  const uint32_t cb = q.cue_first;
  const uint32_t ce = q.cue_end;
  if (cb >= doc_.tokens.size()) return;
  const int64_t side = o.end <= cb ? kBefore : o.first >= ce ? kAfter : kInside;
  const uint32_t gap = side == kBefore ? cb - o.end : side == kAfter ? o.first - ce : 0;
  f.push_back(key(key("cue-side"), side * 32 + bin(gap)));
  f.push_back(combine(key(key("cue-w"), side * 4 + std::min<uint32_t>(gap, 3)), word_key(cb)));
  if (gap == 0 && side != kInside) f.push_back(key(key("cue-adj-fs"), side * 8 + shape(o.first)));
  if (o.span && doc_.tokens[cb].sentence != doc_.tokens[o.first].sentence) f.push_back(key("cue-other-sentence"));
}

// "No speaker": the quote's type, the rule that chose, whether it has a
// cue, how long it is and the words around it, which is what tells a quote
// whose speaker is not named (or a false quote) from one whose speaker the
// options missed.
void SpeakerContext::add_none_features(const QuoteView& q, int64_t source, std::vector<uint32_t>& f) const {
  const int64_t type = static_cast<int64_t>(q.type);
  f.push_back(key("none"));
  f.push_back(key(key("none-type"), type * 8 + source));
  f.push_back(key(key("none-cue"), q.cue ? 1 : 0));
  const uint32_t qb = q.first;
  const uint32_t qe = q.end;
  if (qb >= doc_.tokens.size()) return;
  f.push_back(key(key("none-len"), type * 32 + bin(qe > qb ? qe - qb : 0)));
  f.push_back(combine(key("none-first"), word_key(qb)));
  f.push_back(combine(key("none-prev"), qb > 0 ? word_key(qb - 1) : key("bos")));
  f.push_back(combine(key("none-next"), qe < doc_.tokens.size() ? word_key(qe) : key("eos")));
  if (q.cue && q.cue_first < doc_.tokens.size()) f.push_back(combine(key("none-cue-w"), word_key(q.cue_first)));
}

QuoteView SpeakerContext::view(QuoteType type, const std::vector<Span>& spans, std::optional<Span> cue) const {
  QuoteView q{type, &spans, cue};
  q.first = static_cast<uint32_t>(doc_.token_at_or_after(spans.front().start));
  q.end = static_cast<uint32_t>(doc_.token_at_or_after(spans.back().end));
  if (cue) {
    q.cue_first = static_cast<uint32_t>(doc_.token_at_or_after(cue->start));
    q.cue_end = static_cast<uint32_t>(doc_.token_at_or_after(cue->end));
  }
  return q;
}

std::vector<uint32_t> SpeakerContext::features(const QuoteView& q, const std::vector<SpeakerOption>& options,
                                               size_t i) const {
  std::vector<uint32_t> f;
  features(q, options, i, f);
  return f;
}

void SpeakerContext::features(const QuoteView& q, const std::vector<SpeakerOption>& options, size_t i,
                              std::vector<uint32_t>& f) const {
  f.clear();
  const SpeakerOption& o = options[i];
  const SpeakerOption& rule = options[0];
  const int64_t type = static_cast<int64_t>(q.type);
  const auto source = static_cast<int64_t>(rule.source);
  if (!o.span) {
    add_none_features(q, source, f);
    return;
  }
  f.push_back(key(key("src"), static_cast<int64_t>(o.source) * 8 + type));
  f.push_back(key("rule"));
  add_word_features(o, f);
  add_position_features(q, o, f);
  add_cue_features(q, o, f);
}

size_t RankedSpeakers::choose(const SpeakerContext& context, const QuoteView& q,
                              const std::vector<SpeakerOption>& options) {
  size_t best = 0;
  int32_t top = 0;
  int32_t rule = 0;
  std::vector<uint32_t>& f = buffer_;
  for (size_t i = 0; i < options.size(); ++i) {
    context.features(q, options, i, f);
    const int32_t score = ranker_.score(f);
    if (i == 0) rule = score;
    if (i == 0 || score > top) {
      top = score;
      best = i;
    }
  }
  return static_cast<float>(top - rule) * ranker_.scale() >= kRuleMargin ? best : 0;
}

}  // namespace quelle::attribution
