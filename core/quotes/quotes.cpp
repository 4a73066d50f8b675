#include "quotes/quotes.hpp"

#include <algorithm>

#include "quotes/cue_words.hpp"
#include "quotes/direct_frames.hpp"
#include "quotes/find_steps.hpp"
#include "quotes/indirect_speech.hpp"
#include "quotes/lexicon.hpp"
#include "quotes/quote_marks.hpp"
#include "quotes/scan.hpp"
#include "quotes/word_tests.hpp"

namespace quelle::quotes {
namespace {

// "die sogenannte „Ampelkoalition“", "the so-called “deal”", "der Film „Heat“".
bool after_title_cue(const Scanner& sc, const MarkedQuote& q) {
  const uint32_t o = q.first_token;
  for (uint32_t k = o; k > 0 && o - k < 3; --k) {
    if (sc.word(k - 1) && sc.has_class(k - 1, kTitleCueW)) return true;
  }
  return false;
}

// A short quoted phrase that is a title or a name, not something said:
// „Eagle“, “The Rock”, the so-called „Ampelkoalition“.
bool looks_like_title(const Scanner& sc, const MarkedQuote& q) {
  if (q.words > 4 || q.has_final_punct) return false;
  if (after_title_cue(sc, q)) return true;
  const uint32_t o = q.first_token;
  // Every word capitalised, outside German (where every noun is): a title.
  if (sc.lx().lang != Language::De) {
    bool all_cap = true;
    for (uint32_t i = o + 1; i < q.last_token; ++i) {
      if (sc.word(i) && !sc.cap(i) && i != o + 1 && sc.low(i).size() > 3) all_cap = false;
    }
    if (all_cap) return true;
  }
  // A quoted name between names: Dwayne “The Rock” Johnson.
  if (o > 0 && q.last_token + 1 < sc.size() && sc.cap(o - 1) && sc.cap(q.last_token + 1) && sc.word(o - 1) &&
      sc.word(q.last_token + 1) && !sc.speech_verb(q.last_token + 1)) {
    return true;
  }
  return false;
}

// A quote glued to a hyphen is part of a compound, not something said:
// "eine „Eins zu Eins“-Begegnung", "the “zero tolerance”-policy".
bool compound_part(const Scanner& sc, const MarkedQuote& q) {
  const uint32_t n = q.last_token + 1;
  if (!q.closed || n >= sc.size()) return false;
  const Token& next = sc.doc().tokens[n];
  const char16_t c = sc.ch(n);
  return next.start == sc.doc().tokens[q.last_token].end && is_hyphen(c);
}

// German: a short quote whose words are all capitalised is a name (a
// newspaper, a ship, a programme: „Berliner Zeitung“, „Falcon 1“), unless
// it is an evaluation after "als" („als Wortbruch“).
bool capitalised_name(const Scanner& sc, const MarkedQuote& q) {
  if (sc.lx().lang != Language::De || q.words > 4 || q.words == 0 || q.has_final_punct) return false;
  for (uint32_t i = q.first_token + 1; i < q.last_token; ++i) {
    if (sc.word(i) && !sc.cap(i)) return false;
  }
  const uint32_t o = q.first_token;
  if (o > 0 && sc.word(o - 1) && sc.low(o - 1) == u"als") return false;
  // A single noun after an article or adjective is as often a quoted word.
  if (q.words == 1 && o > 0 && sc.word(o - 1) && !sc.cap(o - 1)) return false;
  return true;
}

bool has_subjunctive(const Scanner& sc, const SentenceInfo& s, bool weak_too) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (sc.in_quote(i) || !sc.word(i)) continue;
    if (sc.subjunctive(i) || (weak_too && sc.weak_subjunctive(i))) return true;
  }
  return false;
}

// A Konjunktiv in the main clause: before the sentence's first comma,
// colon or quotation mark ("Bisher habe die Regierung eine „…“ abgelehnt",
// not "Jackson geht davon aus, dass er „…“ habe").
bool main_clause_subjunctive(const Scanner& sc, const SentenceInfo& s) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (sc.quote_mark(i) || sc.in_quote(i) || sc.is(i, u',') || sc.is(i, u':')) return false;
    if (sc.word(i) && (sc.subjunctive(i) || sc.weak_subjunctive(i))) return true;
  }
  return false;
}

// English: whether the direct quote `m` (frame `f`) goes on the quote `p`
// (marks `pm`) across nothing but p's own frame: "“A,” she said. “B.”",
// "“A,” said X, a lawyer, “B.”", "“A.” “B.”". Not when `m` has a frame of its
// own ("“A,” he said. “B,” she replied.") or the gap holds other words. The
// second piece may open the next paragraph ("“A,” she said.¶“B.”").
bool continues_frame(const Scanner& sc, const QuoteCandidate& p, const MarkedQuote& pm, const MarkedQuote& m,
                     const Frame& f) {
  if (!pm.closed || m.first_token <= pm.last_token) return false;
  if (f.found() && !(p.cue && f.cue && *p.cue == *f.cue)) return false;
  const Document& doc = sc.doc();
  uint32_t words = 0;
  uint32_t extra = 0;  // words of the gap outside p's cue and speaker
  for (uint32_t k = pm.last_token + 1; k < m.first_token; ++k) {
    if (sc.quote_mark(k) || sc.in_quote(k) || doc.tokens[k].has(kParagraphStart)) return false;
    if (!sc.word(k)) continue;
    ++words;
    const uint32_t b = doc.tokens[k].start;
    const bool framed =
        (p.cue && p.cue->start <= b && b < p.cue->end) || (p.speaker && p.speaker->start <= b && b < p.speaker->end);
    if (!framed) ++extra;
  }
  if (words == 0) return p.speaker.has_value() && !f.found();
  // The frame must sit in the gap, after the first piece.
  if (!p.cue || p.cue->start < doc.tokens[pm.last_token].end || !p.speaker) return false;
  return extra <= 6;
}

// The frame of a direct quote; in German, when it has none and stands in no
// indirect candidate, a source phrase of its sentence ("Nach den Worten von X …").
Frame frame_or_source(const Scanner& sc, const MarkedQuote& m, bool has_parent) {
  Frame f = direct_frame(sc, m);
  if (!f.speaker && !has_parent && sc.lx().lang == Language::De) {
    std::optional<Span> cue;
    std::optional<Span> speaker;
    const Document& doc = sc.doc();
    if (sentence_source(sc, doc.sentences[doc.tokens[m.first_token].sentence], cue, speaker)) {
      f.cue = cue;
      f.speaker = speaker;
    }
  }
  return f;
}

// A quote outside indirect speech without any frame that is a title (see
// looks_like_title) or a short quoted word or name without anyone saying it
// (no Konjunktiv in its sentence either).
bool unsaid(const Scanner& sc, const MarkedQuote& m, const Frame& f) {
  if (f.found()) return false;
  if (looks_like_title(sc, m)) return true;
  const Document& doc = sc.doc();
  return m.words <= 4 && !m.has_final_punct &&
         !has_subjunctive(sc, doc.sentences[doc.tokens[m.first_token].sentence], false);
}

}  // namespace

std::vector<int32_t> quote_index(const Document& doc, const std::vector<MarkedQuote>& marks) {
  std::vector<int32_t> quote_of(doc.tokens.size(), -1);
  for (size_t q = 0; q < marks.size(); ++q) {
    for (uint32_t i = marks[q].first_token; i <= marks[q].last_token && i < quote_of.size(); ++i) {
      quote_of[i] = static_cast<int32_t>(q);
    }
  }
  return quote_of;
}

std::vector<QuoteCandidate> indirect_candidates(const Scanner& sc) {
  const Document& doc = sc.doc();
  std::vector<QuoteCandidate> indirect;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    indirect_in_sentence(sc, doc.sentences[i], i > 0 ? &doc.sentences[i - 1] : nullptr, indirect);
  }
  return indirect;
}

void drop_reported_holding_quotes(std::vector<QuoteCandidate>& indirect, const std::vector<MarkedQuote>& marks) {
  size_t mi = 0;
  size_t keep = 0;
  for (size_t i = 0; i < indirect.size(); ++i) {
    const Span e = indirect[i].extent();
    while (mi < marks.size() && marks[mi].pieces.front().start < e.start) ++mi;
    const bool holds = mi < marks.size() && marks[mi].pieces.back().end <= e.end;
    if (indirect[i].type == QuoteType::Reported && holds) continue;
    if (keep != i) indirect[keep] = std::move(indirect[i]);
    ++keep;
  }
  indirect.resize(keep);
}

bool title_or_name(const Scanner& sc, const MarkedQuote& m) {
  return (m.words <= 4 && !m.has_final_punct && after_title_cue(sc, m)) || capitalised_name(sc, m) ||
         compound_part(sc, m);
}

std::optional<Span> context_subject(const Scanner& sc, const MarkedQuote& m, std::optional<uint32_t> last_end) {
  const Document& doc = sc.doc();
  const uint32_t si = doc.tokens[m.first_token].sentence;
  // No candidate so far reaches into the sentence before the quote's.
  auto before_free = [&] { return !last_end || *last_end <= doc.sentences[si - 1].span.start; };
  std::optional<TokenRange> subj;
  if (si > 0 && doc.sentences[si].first_token == m.first_token && before_free()) {
    // A quote that opens its sentence after a sentence without a statement.
    subj = sc.sentence_subject(doc.sentences[si - 1]);
  } else if (doc.sentences[si].first_token < m.first_token && !main_clause_subjunctive(sc, doc.sentences[si])) {
    // A quote inside an indicative sentence without a speech verb: its
    // subject ("Ursprünglich wollte er „ein Konzept vorlegen“"); in
    // Konjunktiv the sentence reports the previous speaker ("Bisher
    // habe die Regierung eine „Referenzdatei“ ausgeschlossen").
    subj = sc.sentence_subject(doc.sentences[si]);
    if (subj && subj->end > m.first_token) subj.reset();
  } else if (si > 0 && doc.sentences[si].first_token < m.first_token && before_free()) {
    // In Konjunktiv after a sentence without a statement, the subject of
    // that sentence ("X nahm zu der Frage Stellung. Jeder könne „…“").
    subj = sc.sentence_subject(doc.sentences[si - 1]);
  }
  if (!subj) return std::nullopt;
  return sc.span(*subj);
}

std::vector<QuoteCandidate> merge_direct(const Scanner& sc, const std::vector<MarkedQuote>& marks,
                                         std::vector<QuoteCandidate> indirect) {
  const Language lang = sc.lx().lang;
  std::vector<QuoteCandidate> out;
  out.reserve(marks.size() + indirect.size());
  size_t ii = 0;
  int32_t last_container = -1;  // index in `out` of the indirect candidate holding the current position
  int32_t prev_direct = -1;     // English: the direct candidate a following piece may continue
  const MarkedQuote* prev_mark = nullptr;
  for (const MarkedQuote& m : marks) {
    const Span ext{m.pieces.front().start, m.pieces.back().end};
    while (ii < indirect.size() && indirect[ii].extent().start <= ext.start) {
      out.push_back(std::move(indirect[ii++]));
      last_container = static_cast<int32_t>(out.size()) - 1;
      prev_direct = -1;
    }
    int32_t parent = -1;
    if (last_container >= 0) {
      const Span pe = out[last_container].extent();
      if (pe.start <= ext.start && ext.end <= pe.end) parent = last_container;
    }
    if (title_or_name(sc, m)) continue;
    const Frame f = frame_or_source(sc, m, parent >= 0);
    if (parent < 0 && unsaid(sc, m, f)) continue;
    // English: "“A,” she said. “B.”" and "“A,” he said, “and B.”" are one
    // quote in two pieces around its frame (the PolNeAR convention).
    if (parent < 0 && prev_direct >= 0 && prev_mark != nullptr && static_cast<size_t>(prev_direct) + 1 == out.size() &&
        continues_frame(sc, out[prev_direct], *prev_mark, m, f)) {
      QuoteCandidate& p = out[prev_direct];
      p.spans.insert(p.spans.end(), m.pieces.begin(), m.pieces.end());
      prev_mark = &m;
      continue;
    }
    QuoteCandidate c;
    c.type = QuoteType::Direct;
    c.spans = m.pieces;
    c.cue = f.cue;
    c.speaker = f.speaker;
    c.parent = parent;
    if (parent >= 0) out[parent].type = QuoteType::Mixed;
    // English (PolNeAR): a quoted fragment inside indirect content is part of
    // that one (mixed) quote, not a quote of its own.
    if (parent >= 0 && lang == Language::En) continue;
    c.continues_previous = parent < 0 && !f.found();
    if (c.continues_previous) {
      c.context_subject = context_subject(sc, m, out.empty() ? std::nullopt : std::optional(out.back().extent().end));
    }
    out.push_back(std::move(c));
    prev_direct = parent < 0 && lang == Language::En ? static_cast<int32_t>(out.size()) - 1 : -1;
    prev_mark = &m;
  }
  while (ii < indirect.size()) out.push_back(std::move(indirect[ii++]));
  return out;
}

std::vector<QuoteCandidate> add_free_indirect(const Scanner& sc, std::vector<QuoteCandidate> out) {
  // A sentence qualifies when no candidate overlaps it and the last
  // statement ended at most three sentences before, in the same or the
  // previous paragraph; hearsay "soll/sollen" counts like a Konjunktiv.
  const Document& doc = sc.doc();
  std::vector<QuoteCandidate> merged;
  merged.reserve(out.size() + 8);
  std::vector<int32_t> remap(out.size(), -1);
  size_t oi = 0;
  int64_t last_sentence = -10;  // sentence index where the last statement ended
  uint32_t last_paragraph = 0;
  // Moves out[oi] to `merged`, its parent renumbered.
  auto take = [&] {
    if (out[oi].parent >= 0) out[oi].parent = remap[out[oi].parent];
    remap[oi] = static_cast<int32_t>(merged.size());
    merged.push_back(std::move(out[oi++]));
  };
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceInfo& s = doc.sentences[si];
    bool covered = false;
    while (oi < out.size() && out[oi].extent().start < s.span.end) {
      const size_t end_tok = doc.token_at_or_after(out[oi].extent().end > 0 ? out[oi].extent().end - 1 : 0);
      if (end_tok < doc.tokens.size()) {
        last_sentence = doc.tokens[end_tok].sentence;
        last_paragraph = doc.sentences[last_sentence].paragraph;
      }
      take();
      covered = true;
    }
    if (covered || static_cast<int64_t>(si) <= last_sentence) continue;
    if (si - last_sentence > 3 || s.paragraph > last_paragraph + 1) continue;
    // Konjunktiv, or hearsay "soll/sollen" ("Er soll … geholfen haben").
    bool ok = has_subjunctive(sc, s, /*weak_too=*/true);
    for (uint32_t i = s.first_token; i < s.end_token && !ok && sc.lx().lang == Language::De; ++i) {
      ok = !sc.in_quote(i) && words::hearsay_de(sc.low(i));
    }
    if (!ok) continue;
    QuoteCandidate& prev = merged.back();
    if (prev.type == QuoteType::FreeIndirect && static_cast<int64_t>(si) == last_sentence + 1 &&
        s.paragraph == last_paragraph) {
      prev.spans.back().end = s.span.end;  // one statement over consecutive sentences
    } else {
      QuoteCandidate c;
      c.type = QuoteType::FreeIndirect;
      c.spans.push_back(s.span);
      c.continues_previous = true;
      if (si > 0 && static_cast<int64_t>(si) > last_sentence + 1) {
        if (auto subj = sc.sentence_subject(doc.sentences[si - 1])) c.context_subject = sc.span(*subj);
      }
      merged.push_back(std::move(c));
    }
    last_sentence = si;
    last_paragraph = s.paragraph;
  }
  while (oi < out.size()) take();
  return merged;
}

}  // namespace quelle::quotes

namespace quelle {

std::vector<QuoteCandidate> find_quotes(const Document& doc, const model::LinearModel* cue_words) {
  if (doc.tokens.empty()) return {};
  const quotes::Lexicon& lx = quotes::lexicon(doc.rules_language);
  const std::vector<quotes::MarkedQuote> marks = quotes::pair_quote_marks(doc);
  const std::vector<int32_t> quote_of = quotes::quote_index(doc, marks);
  quotes::Scanner sc(doc, lx, quote_of);
  if (cue_words != nullptr) quotes::mark_cue_words(sc, *cue_words);
  std::vector<QuoteCandidate> indirect = quotes::indirect_candidates(sc);
  quotes::drop_reported_holding_quotes(indirect, marks);
  return quotes::add_free_indirect(sc, quotes::merge_direct(sc, marks, std::move(indirect)));
}

}  // namespace quelle
