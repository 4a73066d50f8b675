#include "attribution/attribution.hpp"

#include <algorithm>

#include "attribution/coreference.hpp"
#include "attribution/speaker_shape.hpp"
#include "quotes/lexicon.hpp"

namespace quelle {
namespace {

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

// A speaker that only points elsewhere ("Demnach …", "Gerüchte, nach denen
// …", "…, who said"): right for its own quote, useless for the next one.
bool placeholder(const Document& doc, Span s) {
  const size_t t = doc.token_at_or_after(s.start);
  if (t >= doc.tokens.size() || doc.tokens[t].end < s.end) return false;  // more than one token
  const std::u16string_view w = doc.token_lower(t);
  return w == u"demnach" || w == u"danach" || w == u"denen" || w == u"welchem" || w == u"welcher" ||
         w == u"welchen" || w == u"who" || w == u"which";
}

}  // namespace

std::vector<Quote> attribute_quotes(const Document& doc, std::vector<QuoteCandidate> candidates,
                                    std::vector<Entity>& entities) {
  std::vector<Quote> out;
  out.reserve(candidates.size());
  const quotes::Lexicon& lx = quotes::lexicon(quotes::document_lang(doc));
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
    auto it = std::lower_bound(first, last_sorted, before, [](const Mention& m, uint32_t p) { return m.span.start < p; });
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
    const uint32_t para = paragraph_of(doc, q.spans.front().start);
    if (c.speaker) {
      q.speaker = Speaker{resolver.resolve(*c.speaker), *c.speaker};
    } else if (c.parent >= 0 && static_cast<size_t>(c.parent) < i && resolved[c.parent]) {
      q.speaker = resolved[c.parent];
    } else if (c.continues_previous && last &&
               para <= last_paragraph + (c.type == QuoteType::FreeIndirect ? kContinuationParagraphs : kDirectContinuationParagraphs)) {
      q.speaker = last;
      if (paragraph_of(doc, last->span.start) < para) q.speaker->span = closest_mention(*last, q.spans.front().start);
    }
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
  resolver.finish();
  return out;
}

}  // namespace quelle
