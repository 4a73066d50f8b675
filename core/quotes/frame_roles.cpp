#include "quotes/frame_roles.hpp"

#include <algorithm>

#include "quotes/cue_parts.hpp"
#include "quotes/word_tests.hpp"

namespace quelle::quotes {
namespace {

constexpr size_t kMaxAddresseeWords = 8;  // "dem Bundestagsabgeordneten Jerzy Montag"

bool overlaps(const Token& t, Span s) { return t.start < s.end && t.end > s.start; }

bool in_any(const Token& t, const std::vector<Span>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return overlaps(t, s); });
}

// Where a phrase must stop: the quote, the speaker, the cue.
struct Stops {
  const std::vector<Span>& quote;
  std::optional<Span> speaker;
  Span cue;
  bool at(const Token& t) const { return in_any(t, quote) || (speaker && overlaps(t, *speaker)) || overlaps(t, cue); }
};

// A word that may stand inside a German noun phrase before its end:
// articles, inflected adjectives, names and nouns.
bool german_np_word(const Document& doc, const Lexicon& lx, size_t t) {
  const std::u16string_view w = doc.token_lower(t);
  if (doc.tokens[t].has(kUpperInitial) || lx.is(w, kDeterminerW)) return true;
  return w.size() > 3 && words::adjective_ending(w);
}

// A word that may stand inside an English noun phrase: articles, names,
// and lower-case nouns and adjectives ("local media", "reporters").
bool english_np_word(const Document& doc, const Lexicon& lx, size_t t, size_t first) {
  const std::u16string_view w = doc.token_lower(t);
  if (doc.tokens[t].has(kUpperInitial)) return true;
  if (lx.is(w, kDeterminerW)) return t == first;  // a second article opens the content
  if (lx.is(w, kPronounW)) return t == first;     // "told him"
  return !lx.is(w,
                kPrepositionW | kSubordinatorW | kClauseWordW | kSpeechVerbW | kTimeWordW | kNpStopW | kPreVerbAdverbW);
}

// The noun phrase that starts at token t: up to punctuation, the quote,
// the speaker or a word that cannot be in it; it ends on a name or noun.
std::optional<Span> phrase_at(const Document& doc, const Lexicon& lx, size_t t, const Stops& stops) {
  const size_t n = doc.tokens.size();
  const uint32_t sentence = t < n ? doc.tokens[t].sentence : 0;
  size_t end = t;  // one past the last token that may end the phrase
  for (size_t k = t; k < n && k - t < kMaxAddresseeWords && doc.tokens[k].sentence == sentence; ++k) {
    const Token& tok = doc.tokens[k];
    if (stops.at(tok)) break;
    if (tok.has(kQuoteMark)) continue;  // a title in quotation marks: dem „Hamburger Abendblatt“
    if (!tok.has(kWord)) break;
    const bool ok = lx.lang == Language::De ? german_np_word(doc, lx, k) : english_np_word(doc, lx, k, t);
    if (!ok) break;
    const std::u16string_view w = doc.token_lower(k);
    if (!lx.is(w, kDeterminerW) && (lx.lang != Language::De || tok.has(kUpperInitial))) end = k + 1;
    if (lx.lang == Language::En && lx.is(w, kPronounW)) break;
  }
  if (end == t) return std::nullopt;
  // Close a title's quotation mark that follows the last word.
  size_t last = end - 1;
  if (end < n && doc.tokens[end].has(kQuoteMark) && !stops.at(doc.tokens[end]) &&
      doc.tokens[end].start == doc.tokens[last].end) {
    last = end;
  }
  return Span{doc.tokens[t].start, doc.tokens[last].end};
}

bool word_is(const Document& doc, size_t t, std::u16string_view w) {
  return t < doc.tokens.size() && doc.tokens[t].has(kWord) && doc.token_lower(t) == w;
}

// German: "gegenüber X", "in einem Brief an X", "im Gespräch mit X", or a
// dative right after the verb ("sagte dem Sender", "sagte Cohl der
// US-Zeitschrift").
// "in einem Brief an X", "im Gespräch mit X", "in an interview with X",
// "in a letter to X", anywhere in the cue's sentence outside the quote.
std::optional<Span> medium_addressee(const Document& doc, const Lexicon& lx, const CueClause& k, const Stops& st,
                                     std::u16string_view to, std::u16string_view with) {
  const SentenceInfo& s = doc.sentences[doc.tokens[k.c0].sentence];
  for (size_t t = s.first_token; t + 2 < s.end_token; ++t) {
    if (in_any(doc.tokens[t], st.quote)) continue;
    const std::u16string_view w = doc.token_lower(t);
    if ((letter_noun(lx.lang, w) && word_is(doc, t + 1, to)) || (talk_noun(lx.lang, w) && word_is(doc, t + 1, with))) {
      return phrase_at(doc, lx, t + 2, st);
    }
  }
  return std::nullopt;
}

std::optional<Span> german_addressee(const Document& doc, const Lexicon& lx, const CueClause& k, const Stops& st) {
  for (size_t t = k.first; t + 1 <= k.last; ++t) {
    if (doc.token_lower(t) == u"gegenüber") return phrase_at(doc, lx, t + 1, st);
  }
  if (auto a = medium_addressee(doc, lx, k, st, u"an", u"mit")) return a;
  size_t a = k.c1 + 1;
  if (st.speaker && a < doc.tokens.size() && overlaps(doc.tokens[a], *st.speaker)) {
    while (a < doc.tokens.size() && overlaps(doc.tokens[a], *st.speaker)) ++a;
  }
  if (a > k.last) return std::nullopt;
  const std::u16string_view w = doc.token_lower(a);
  // "dem", "einem" are dative; "der", "einer" also a subject's article, so
  // only when the speaker is named before the verb.
  const bool speaker_before = st.speaker && st.speaker->end <= doc.tokens[k.c0].start;
  if (w == u"dem" || w == u"einem" || ((w == u"der" || w == u"einer") && speaker_before)) {
    return phrase_at(doc, lx, a, st);
  }
  return std::nullopt;
}

// English: "told X", "said to X", "in an interview with X", "in a letter to X".
std::optional<Span> english_addressee(const Document& doc, const Lexicon& lx, const CueClause& k, const Stops& st) {
  const std::u16string_view cue = doc.token_lower(k.c0);
  const bool tell = cue == u"told" || cue == u"tells" || cue == u"tell" || cue == u"telling";
  if (tell && k.c1 + 1 <= k.last) return phrase_at(doc, lx, k.c1 + 1, st);
  if (word_is(doc, k.c1 + 1, u"to") && k.c1 + 2 <= k.last) return phrase_at(doc, lx, k.c1 + 2, st);
  return medium_addressee(doc, lx, k, st, u"to", u"with");
}

// The medium: a noun of the sentence ("in einer Erklärung", "in an
// interview") says more than the verb ("sagte"); else the cue's pieces.
std::optional<Medium> frame_medium(const Document& doc, const Lexicon& lx, const CueClause& k, const Quote& q) {
  // The nouns of the whole sentence outside the quote: "In a statement,
  // the bishop, X, said, “…”".
  const SentenceInfo& s = doc.sentences[doc.tokens[k.c0].sentence];
  for (size_t t = s.first_token; t < s.end_token; ++t) {
    if (in_any(doc.tokens[t], q.spans) || doc.tokens[t].has(kQuoteMark)) continue;
    if (q.addressee && overlaps(doc.tokens[t], *q.addressee)) continue;
    const bool noun = lx.lang != Language::De || doc.tokens[t].has(kUpperInitial);
    if (!noun || lx.is(doc.token_lower(t), kSpeechVerbW | kReportVerbW)) continue;
    if (auto m = medium_word(lx.lang, doc.token_lower(t))) return m;
  }
  for (size_t t = k.c0; t <= k.c1; ++t) {
    if (auto m = medium_word(lx.lang, doc.token_lower(t))) return m;
  }
  for (const Span& part : q.cue_parts) {
    const size_t t = doc.token_at_or_after(part.start);
    if (t < doc.tokens.size()) {
      if (auto m = medium_word(lx.lang, doc.token_lower(t))) return m;
    }
  }
  // Any other verb of saying ("erklärte", "announced"): speech; in German
  // also a source preposition ("laut", "zufolge"), as most such quotes are
  // in the German corpus (no English corpus says how "according to" goes).
  uint32_t speech = kSpeechVerbW | kReportVerbW;
  if (lx.lang == Language::De) speech |= kSourcePrepW | kSourcePostpW;
  if (lx.is(doc.token_lower(k.c0), speech)) return Medium::Speech;
  return std::nullopt;
}

}  // namespace

void find_frame_roles(const Document& doc, const Lexicon& lx, Quote& q) {
  if (!q.cue || lx.lang == Language::Und) return;
  const std::optional<CueClause> k = clause_of(doc, *q.cue, q.spans);
  if (!k) return;
  const Stops stops{q.spans, q.speaker ? std::optional<Span>{q.speaker->span} : std::nullopt, *q.cue};
  if (lx.lang == Language::De) {
    q.addressee = german_addressee(doc, lx, *k, stops);
  } else if (lx.lang == Language::En) {
    q.addressee = english_addressee(doc, lx, *k, stops);
  }
  q.medium = frame_medium(doc, lx, *k, q);
}

}  // namespace quelle::quotes
