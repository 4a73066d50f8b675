#include "attribution/attribution.hpp"

#include <algorithm>

#include "attribution/coreference.hpp"
#include "attribution/lexicon_attribution.hpp"
#include "attribution/speaker_options.hpp"
#include "attribution/speaker_shape.hpp"
#include "quotes/cue_parts.hpp"
#include "quotes/frame_roles.hpp"
#include "quotes/lexicon.hpp"

namespace quelle {
namespace {

namespace words = attribution::words;

uint32_t paragraph_of(const Document& doc, uint32_t offset) {
  const size_t t = doc.token_at_or_after(offset);
  if (t >= doc.tokens.size()) return doc.paragraphs.empty() ? 0 : static_cast<uint32_t>(doc.paragraphs.size() - 1);
  return doc.sentences[doc.tokens[t].sentence].paragraph;
}

// A Konjunktiv sentence without a frame continues the speaker before it when
// that one spoke in the same paragraph or at most this many paragraphs
// before. A frameless direct quote continues only within its paragraph: in a
// later paragraph it is as often someone else's (measured on the train split).
constexpr uint32_t kContinuationParagraphs = 2;
constexpr uint32_t kDirectContinuationParagraphs = 0;

// A one-word speaker that only points elsewhere (words::placeholder).
bool placeholder(const Document& doc, Span s) {
  const size_t t = doc.token_at_or_after(s.start);
  if (t >= doc.tokens.size() || doc.tokens[t].end < s.end) return false;  // more than one token
  return words::placeholder(doc.token_lower(t));
}

// English speaker boundaries the subject scan gets wrong: a leading
// subordinator ("though Trump", "Even Clinton"), a trailing adverbial part
// ("Hillary Clinton, in her campaigning,", "X, however,", "X, speaking on
// condition of anonymity,") and a verb phrase run into ("Trump doubled down
// on his", "Rubio's campaign released a statement", "X on Tuesday").
Span trim_english_speaker(const Document& doc, const quotes::Lexicon& lx, Span s) {
  uint32_t b = 0;
  uint32_t e = 0;
  attribution::token_range(doc, s, b, e);
  if (e <= b + 1) return s;
  auto low = [&](uint32_t i) { return doc.token_lower(i); };
  auto word = [&](uint32_t i) { return doc.tokens[i].has(kWord); };
  auto cap = [&](uint32_t i) { return attribution::cap_word(doc, i); };
  auto comma = [&](uint32_t i) { return doc.punct_is(i, u','); };
  while (b + 1 < e && word(b) && words::leading_subordinator_en(low(b))) ++b;
  bool clause = false;  // a relative clause or apposition has started
  for (uint32_t i = b + 1; i < e; ++i) {
    if (comma(i)) {
      if (i + 1 < e && word(i + 1) && words::aside_after_comma_en(low(i + 1))) {
        e = i;
        break;
      }
      clause = true;
      continue;
    }
    if (!word(i) || cap(i)) continue;
    const std::u16string_view w = low(i);
    if (words::clause_opener_en(w)) clause = true;
    if (clause) continue;
    const bool after_name = (cap(i - 1) && !(i >= b + 2 && doc.tokens[i - 2].has(kNumber))) ||
                            (i >= b + 2 && words::group_noun_en(low(i - 1)));
    if ((w == u"on" && i + 1 < e && lx.is(low(i + 1), quotes::kTimeWordW)) ||
        (after_name && words::verb_after_name_en(w)) ||
        (after_name && w.size() > 4 && w.ends_with(u"ed") && !(i + 1 < e && low(i + 1) == u"by"))) {
      e = i;
      break;
    }
  }
  if (e <= b) return s;
  return {doc.tokens[b].start, doc.tokens[e - 1].end};
}

// Whether the subject of the sentence before a continuation can be its
// speaker: a pronoun, a name the NER stage found, or a person or
// organization noun phrase of more than one word.
bool context_speaker(const Document& doc, const quotes::Lexicon& lx, const attribution::Resolver& resolver, Span s) {
  uint32_t b = 0;
  uint32_t e = 0;
  attribution::token_range(doc, s, b, e);
  if (e <= b || lx.is(doc.token_lower(b), quotes::kPronounW)) return false;  // the last speaker's own pronoun
  if (lx.is(doc.token_lower(b), quotes::kDeterminerW) && !lx.is(doc.token_lower(b), quotes::kNpStopW) &&
      doc.token_lower(b).size() > 3 && !words::singular_indefinite_de(doc.token_lower(b))) {
    return false;  // "Zwei Agenten", "Dieser Mann", "Mehrere Zeugen"
  }
  if (resolver.has_ner_name(s)) return true;
  for (uint32_t i = b; i < e; ++i) {
    if (lx.is(doc.token_lower(i), quotes::kRoleNounW | quotes::kOrgWordW)) return true;
  }
  return attribution::role_or_body(doc, lx, s);
}

// German parenthetical source inside the quote's own sentence: "Der
// Präsident sei, so Berger, schuld daran", "Man sei dankbar – so Berger –,
// trotzdem …", "Der Einsatz solle sich, so die Sprecherin, „auf …“
// begrenzen". The phrase after "so" up to the next comma or dash (at most
// six tokens: capitalised words, articles, a name particle).
std::optional<Span> so_parenthetical_de(const Document& doc, const quotes::Lexicon& lx, Span quote) {
  const size_t q = doc.token_at_or_after(quote.start);
  if (q >= doc.tokens.size()) return std::nullopt;
  const SentenceInfo& s = doc.sentences[doc.tokens[q].sentence];
  auto sep = [&](uint32_t i) {
    if (!doc.tokens[i].has(kPunct)) return false;
    const char16_t c = doc.text[doc.tokens[i].start];
    return c == u',' || c == u'\u2013' || c == u'\u2014';
  };
  for (uint32_t i = s.first_token + 1; i + 2 < s.end_token; ++i) {
    if (!sep(i - 1) || doc.token_lower(i) != u"so" || doc.tokens[i].has(kUpperInitial)) continue;
    // "so schrieb diese in einer Stellungnahme": past the speech verb, and
    // then also a pronoun.
    bool verb = false;
    if (i + 2 < s.end_token && doc.tokens[i + 1].has(kWord) && !doc.tokens[i + 1].has(kUpperInitial) &&
        lx.is(doc.token_lower(i + 1), quotes::kSpeechVerbW)) {
      ++i;
      verb = true;
    }
    const std::u16string_view p = doc.token_lower(i + 1);
    const bool pronoun = verb && (lx.is(p, quotes::kPronounW) || words::pronoun_after_so_de(p));
    uint32_t e = pronoun ? i + 2 : i + 1;
    while (!pronoun && e < s.end_token && e - i <= 6 && doc.tokens[e].has(kWord) &&
           (doc.tokens[e].has(kUpperInitial) || lx.is(doc.token_lower(e), quotes::kDeterminerW) ||
            doc.token_lower(e) == u"von")) {
      ++e;
    }
    if (e == i + 1 || e >= s.end_token || e - i > 6) continue;
    if (!pronoun && !doc.tokens[e - 1].has(kUpperInitial)) continue;
    // "so X in einem Blogeintrag auf der Website …,", "so X weiter,": a
    // lower-case tail up to the separator is not part of the speaker.
    uint32_t t = e;
    if (doc.tokens[t].has(kWord) && !doc.tokens[t].has(kUpperInitial) &&
        (doc.token_lower(t) == u"weiter" || lx.is(doc.token_lower(t), quotes::kPrepositionW))) {
      while (t < s.end_token && t - e < 14 && !sep(t) && !doc.tokens[t].has(kQuoteMark)) ++t;
    }
    if (t >= s.end_token || !sep(t)) continue;
    return Span{doc.tokens[i + 1].start, doc.tokens[e - 1].end};
  }
  return std::nullopt;
}

}  // namespace

std::vector<Quote> attribute_quotes(const Document& doc, std::vector<QuoteCandidate> candidates,
                                    std::vector<Entity>& entities, attribution::SpeakerChooser* chooser) {
  using attribution::SpeakerSource;
  std::vector<Quote> out;
  out.reserve(candidates.size());
  const quotes::Lexicon& lx = quotes::lexicon(doc.rules_language);
  std::optional<attribution::SpeakerContext> context;
  if (chooser != nullptr && !candidates.empty()) context.emplace(doc, lx, entities);
  attribution::Resolver resolver(doc, lx, entities);
  std::vector<std::optional<Speaker>> resolved(candidates.size());
  // The NER mentions of each entity, sorted by start (the resolver appends
  // more later): an inherited speaker is shown at its closest name mention
  // before the quote, which is what annotators mark.
  std::vector<size_t> sorted_mentions(entities.size());
  for (size_t e = 0; e < entities.size(); ++e) sorted_mentions[e] = entities[e].mentions.size();
  auto closest_mention = [&](const Speaker& sp, uint32_t before) -> Span {
    if (!sp.entity || *sp.entity >= sorted_mentions.size()) return sp.span;
    const auto& ms = entities[*sp.entity].mentions;
    const auto first = ms.begin();
    const auto last_sorted = ms.begin() + static_cast<std::ptrdiff_t>(sorted_mentions[*sp.entity]);
    auto it =
        std::lower_bound(first, last_sorted, before, [](const Mention& m, uint32_t p) { return m.span.start < p; });
    while (it != first) {
      --it;
      if (it->span.end > before) continue;
      if (it->span.start > sp.span.start && it->kind == MentionKind::Name) return it->span;
      break;
    }
    return sp.span;
  };
  std::optional<Speaker> last;
  uint32_t last_paragraph = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    QuoteCandidate& c = candidates[i];
    if (c.spans.empty()) continue;
    Quote q;
    q.id = static_cast<uint32_t>(out.size());
    q.type = c.type;
    q.spans = std::move(c.spans);
    q.cue = c.cue;
    if (q.cue) q.cue_parts = quotes::cue_parts(doc, lx, *q.cue, q.spans);
    const uint32_t para = paragraph_of(doc, q.spans.front().start);
    if (c.speaker && lx.lang == Language::En) *c.speaker = trim_english_speaker(doc, lx, *c.speaker);
    // The rules' speaker: a span still to resolve, or one passed on.
    std::optional<Span> span;
    std::optional<Speaker> passed;
    SpeakerSource source = SpeakerSource::None;
    if (c.speaker) {
      span = c.speaker;
      source = SpeakerSource::Frame;
    } else if (c.parent >= 0 && static_cast<size_t>(c.parent) < i && resolved[c.parent]) {
      passed = resolved[c.parent];
      source = SpeakerSource::Parent;
    } else if (auto so =
                   lx.lang == Language::De ? so_parenthetical_de(doc, lx, q.spans.front()) : std::optional<Span>{}) {
      span = so;
      source = SpeakerSource::So;
    } else if (c.continues_previous && c.context_subject && lx.lang == Language::De &&
               context_speaker(doc, lx, resolver, *c.context_subject)) {
      span = c.context_subject;
      source = SpeakerSource::Context;
    } else if (c.continues_previous && last &&
               para <= last_paragraph + (c.type == QuoteType::FreeIndirect ? kContinuationParagraphs
                                                                           : kDirectContinuationParagraphs)) {
      passed = last;
      if (paragraph_of(doc, last->span.start) < para) passed->span = closest_mention(*last, q.spans.front().start);
      source = SpeakerSource::Inherited;
    }
    if (context) {
      const attribution::QuoteView view = context->view(q.type, q.spans, q.cue);
      const std::optional<Span> shown = passed ? std::optional<Span>{passed->span} : span;
      const auto options = context->options(context->option(shown, source));
      const size_t k = chooser->choose(*context, view, options);
      if (k != 0) {
        passed.reset();
        span = options[k].span;
      }
    }
    if (passed) {
      q.speaker = passed;
    } else if (span) {
      q.speaker = Speaker{resolver.resolve(*span), *span};
    }
    quotes::find_frame_roles(doc, lx, q);
    resolved[i] = q.speaker;
    if (q.speaker && !placeholder(doc, q.speaker->span) &&
        (resolver.has_ner_name(q.speaker->span) || attribution::speaker_like(doc, lx, q.speaker->span))) {
      last = q.speaker;
      last_paragraph = paragraph_of(doc, q.spans.back().end > 0 ? q.spans.back().end - 1 : 0);
    } else if (q.speaker) {
      // A speaker that is not a person, organization or document ("Die
      // Zahl der Menschen", "Des Weiteren") is not passed on, and neither is
      // the one before it.
      last.reset();
    }
    out.push_back(std::move(q));
  }
  return out;  // the entities are finished by finalize_entities, at the end of the pipeline
}

}  // namespace quelle
