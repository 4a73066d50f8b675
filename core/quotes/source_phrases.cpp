// Source phrases: "laut X", "nach Angaben X", "X zufolge", "according to X",
// "selon X", and the parenthetical "Wie X mitteilte, …".
#include "quotes/indirect_sieves.hpp"
#include "quotes/indirect_speech.hpp"

namespace quelle::quotes::sieve {

namespace {

// Nouns after German "nach" that make it a source: "nach Angaben der Polizei",
// "Nach einer norwegischen Studie", "nach dem vorläufigen Endergebnis".
// (also compounds: "Polizeiangaben", "Expertenmeinung").
bool source_noun_de(const Scanner& sc, uint32_t k) {
  return sc.has_class(k, kSourceNounW) || words::source_compound_de(sc.low(k));
}

// "nach (eigenen | ersten | dessen) Angaben", "nach Grupps Meinung": the
// source noun after "nach" and at most two articles, adjectives or a
// genitive name; returns its index or 0.
uint32_t nach_source(const Scanner& sc, uint32_t i, uint32_t limit) {
  for (uint32_t k = i + 1; k < limit && k - i <= 3; ++k) {
    if (!sc.word(k) || sc.in_quote(k)) return 0;
    if (sc.cap(k) && source_noun_de(sc, k)) return k;
    if (sc.cap(k)) {
      const std::u16string_view g = sc.low(k);
      if (k + 1 < limit && g.size() > 2 && g.back() == u's' && !sc.determiner(k) && sc.cap(k + 1) &&
          source_noun_de(sc, k + 1)) {
        return k + 1;
      }
      return 0;
    }
    if (sc.np_stop(k) && !words::genitive_relative_de(sc.low(k))) return 0;
  }
  return 0;
}

// The source after "according to" (from: the token after "to"). The corpus
// takes everything up to the next punctuation: "according to early results
// of the exit poll conducted by Edison Research"; in English with the
// apposition after a name ("according to John Weaver, a Republican
// strategist").
std::optional<TokenRange> according_to_source(const Scanner& sc, const Sentence& s, uint32_t i, uint32_t from) {
  const bool en = sc.lx().lang == Language::En;
  uint32_t k = from;
  while (k < s.ce && k - from < 25 && !sc.punct(k) && !sc.quote_mark(k)) ++k;
  if (!(k > from && (k >= s.ce || sc.punct(k)))) return std::nullopt;
  std::optional<TokenRange> np = TokenRange{from, k};
  if (en && i > s.a + 2 && k < s.ce && sc.is(k, u',') && sc.cap(k - 1)) {
    if (auto full = sc.np_after(from, s.ce); full && full->end > k && full->end + 1 >= s.ce) np = full;
  } else if (en && k + 2 < s.ce && sc.is(k, u',') && sc.cap(k - 1) &&
             (sc.determiner(k + 1) || sc.has_class(k + 1, kRoleNounW | kTitleW))) {
    // "According to John Weaver, a Republican strategist, the …": up to the second comma.
    uint32_t c2 = k + 1;
    while (c2 < s.ce && c2 - k < 12 && sc.word(c2) && !sc.speech_verb(c2) && !sc.pronoun(c2) &&
           !sc.has_class(c2, kClauseWordW)) {
      ++c2;
    }
    if (c2 + 3 < s.ce && sc.is(c2, u',') && c2 > k + 1) np = TokenRange{from, c2};
  }
  return np;
}

// The source after a source preposition ("laut X", "selon X"); German also
// a short quoted name or a single word ("laut „Welt“", "laut taz").
std::optional<TokenRange> preposition_source(const Scanner& sc, const Sentence& s, uint32_t from) {
  std::optional<TokenRange> np = sc.np_after(from, s.b);
  if (np || from >= s.b || sc.lx().lang != Language::De) return np;
  if (auto qe = sc.short_quote_after(from); qe && *qe <= s.b) return TokenRange{from, *qe};  // laut „Welt“
  if (sc.word(from) && !sc.in_quote(from) && !sc.np_stop(from) && !sc.determiner(from) && !sc.subordinator(from)) {
    return TokenRange{from, from + 1};  // laut ai-Bericht, laut bildblog.de, laut taz
  }
  return std::nullopt;
}

// German: a source phrase [fb, fe) inside a subordinate or relative clause
// is the source of that clause only: "…, die nach dessen Angaben die Bombe
// enthalten sollte, wurde …" -> "die" + "die Bombe enthalten sollte". The
// clause's parts around the phrase, when they hold enough words.
std::optional<std::vector<TokenRange>> clause_around_de(const Scanner& sc, const Sentence& s, uint32_t fb,
                                                        uint32_t fe) {
  if (fb <= s.a + 1) return std::nullopt;
  uint32_t c = fb;
  while (c > s.a && !sc.is(c - 1, u',') && !sc.in_quote(c - 1) && fb - c < 12) --c;
  if (!(c > s.a && c < fb && sc.is(c - 1, u',') && !sc.cap(c) &&
        (sc.subordinator(c) || sc.determiner(c) || sc.has_class(c, kClauseWordW) ||
         words::relative_adverb_de(sc.low(c))))) {
    return std::nullopt;
  }
  uint32_t e = fe;
  while (e < s.ce && !sc.is(e, u',') && !sc.is(e, u';') && !sc.in_quote(e)) ++e;
  std::vector<TokenRange> clause;
  clause.push_back({c, fb});
  if (fe < e) clause.push_back({fe, e});
  if (!enough(sc, clause)) return std::nullopt;
  return clause;
}

}  // namespace

bool source_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  const Lexicon& lx = sc.lx();
  for (uint32_t i = s.a; i < s.b; ++i) {
    if (sc.in_quote(i) || !sc.word(i)) continue;
    const std::u16string_view w = sc.low(i);
    std::optional<TokenRange> np;
    TokenRange cue{i, i + 1};
    uint32_t fb = i;
    uint32_t fe = i;
    if ((sc.has_class(i, kSourcePrepW) || (lx.lang == Language::De && w == u"nach")) && i + 2 < s.ce &&
        words::source_relative(sc.low(i + 1)) && (i == s.a || sc.is(i - 1, u','))) {
      // "Gerüchte, nach denen Barrett an Krebs litt": the relative pronoun
      // stands for the source, the content is the rest of the clause.
      std::vector<TokenRange> parts{{i + 2, s.ce}};
      if (!enough(sc, parts) || mostly_quoted(sc, i + 2, s.ce)) continue;
      emit(sc, out, QuoteType::Indirect, parts, cue, TokenRange{i + 1, i + 2});
      return true;
    }
    if (sc.has_class(i, kSourcePrepW)) {
      uint32_t from = i + 1;
      if (w == u"according") {
        if (from >= s.b || sc.low(from) != u"to") continue;
        cue.end = ++from;
        np = according_to_source(sc, s, i, from);
      } else {
        np = preposition_source(sc, s, from);
      }
      if (np) fe = np->end;
    } else if (lx.lang == Language::De && w == u"nach" && nach_source(sc, i, s.b) != 0) {
      const uint32_t n = nach_source(sc, i, s.b);
      np = sc.np_after(n, s.b);
      if (np) {
        np->begin = i + 1;  // the corpus keeps the adjectives: "eigenen Angaben"
        fe = np->end;
      }
    } else if (lx.lang == Language::De && w == u"nach" && i > s.a + 1 && sc.cap(i - 1) &&
               (sc.low(i - 1) == u"vernehmen" || source_noun_de(sc, i - 1))) {
      // "Dem Vernehmen nach", "Seiner Meinung nach": a postposed "nach".
      np = TokenRange{sc.determiner(i - 2) ? i - 2 : i - 1, i};
      fb = np->begin;
      fe = i + 1;
      cue = TokenRange{i, i + 1};
    } else if (lx.lang == Language::De && words::source_adverb_de(w) && !sc.in_quote(i)) {
      // "Demnach steht ...": the source is the previous sentence's report;
      // "ein Bericht, wonach ...": the noun before the comma.
      if (w == u"demnach") {
        if (i != s.a) continue;
        np = TokenRange{i, i + 1};
      } else {
        if (i < s.a + 2 || !sc.is(i - 1, u',')) continue;
        np = sc.np_ending_at(i - 1, s.a);
        if (!np) continue;
      }
      std::vector<TokenRange> parts{{i + 1, s.ce}};
      if (!enough(sc, parts) || mostly_quoted(sc, i + 1, s.ce)) continue;
      emit(sc, out, QuoteType::Indirect, parts, TokenRange{i, i + 1}, np);
      return true;
    } else if (sc.has_class(i, kSourcePostpW)) {
      np = sc.np_ending_at(i, s.a);
      if (np) {
        fb = np->begin;
        fe = i + 1;
      }
    } else {
      continue;
    }
    if (!np) continue;
    std::vector<TokenRange> parts = around(sc, s, fb, fe);
    if (lx.lang == Language::De) {
      if (auto clause = clause_around_de(sc, s, fb, fe)) parts = std::move(*clause);
    }
    if (!enough(sc, parts)) continue;
    uint32_t qb = parts.front().begin;
    uint32_t qe = parts.back().end;
    if (mostly_quoted(sc, qb, qe)) return false;
    emit(sc, out, QuoteType::Indirect, parts, cue, np);
    return true;
  }
  return false;
}

bool wie_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  const Language lang = sc.lx().lang;
  for (uint32_t i = s.a; i < s.b; ++i) {
    if (sc.in_quote(i)) continue;
    if (!sc.has_class(i, kAsFrameW) || !(i == s.a || sc.is(i - 1, u','))) continue;
    // German appositions between commas: "Wie X, ein Sprecher der Y, mitteilte".
    const uint32_t reach = lang == Language::De ? 18 : 10;
    for (uint32_t v = i + 2; v < s.b && v - i <= reach; ++v) {
      if (sc.in_quote(v)) break;
      if (sc.punct(v) && !(lang == Language::De && (sc.is(v, u',') || sc.is(v, u'(') || sc.is(v, u')')))) break;
      if (sc.punct(v) && v - i > 10) break;
      if (!sc.speech_verb(v)) continue;
      auto np = sc.np_after(i + 1, v);
      if (!np) break;
      // The verb may be followed by a particle or auxiliary before the comma.
      uint32_t c = v + 1;
      while (c < s.b && c - v <= 2 && !sc.punct(c)) ++c;
      std::vector<TokenRange> parts;
      if (i == s.a) {
        if (c >= s.b || !(sc.is(c, u',') || sc.sentence_end_punct(c))) break;
        parts.push_back({c + 1, s.ce});
      } else {
        parts.push_back({s.a, i});
      }
      if (!enough(sc, parts) || mostly_quoted(sc, parts.front().begin, parts.front().end)) break;
      emit(sc, out, QuoteType::Indirect, parts, TokenRange{v, v + 1}, np);
      return true;
    }
  }
  return false;
}

}  // namespace quelle::quotes::sieve

namespace quelle::quotes {

using namespace sieve;

bool sentence_source(const Scanner& sc, const SentenceInfo& si, std::optional<Span>& cue,
                     std::optional<Span>& speaker) {
  if (sc.lx().lang != Language::De) return false;
  const uint32_t a = si.first_token;
  uint32_t ce = si.end_token;
  while (ce > a && (sc.sentence_end_punct(ce - 1) || (sc.quote_mark(ce - 1) && !sc.in_quote(ce - 1)))) --ce;
  for (uint32_t i = a; i < ce; ++i) {
    if (sc.in_quote(i) || !sc.word(i)) continue;
    const std::u16string_view w = sc.low(i);
    std::optional<TokenRange> np;
    if (sc.has_class(i, kSourcePrepW)) {
      np = sc.np_after(i + 1, ce);
      if (!np) {
        if (auto qe = sc.short_quote_after(i + 1); qe && *qe <= ce) np = TokenRange{i + 1, *qe};
      }
    } else if (w == u"nach" && nach_source(sc, i, ce) != 0) {
      np = sc.np_after(nach_source(sc, i, ce), ce);
      if (np) np->begin = i + 1;
    } else if (sc.has_class(i, kSourcePostpW) && i > a) {
      np = sc.np_ending_at(i, a);
    } else if (sc.has_class(i, kSoFrameW) && i > a + 2 && sc.is(i - 1, u',')) {
      // "…, so Rice." at the end of the sentence.
      np = sc.np_after(i + 1, ce);
      if (np && np->end + 2 < ce) np.reset();
    }
    if (!np || np->empty()) continue;
    cue = sc.span(i, i + 1);
    speaker = sc.span(*np);
    return true;
  }
  return false;
}

}  // namespace quelle::quotes
