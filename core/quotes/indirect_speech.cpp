#include "quotes/indirect_speech.hpp"

namespace quelle::quotes {
namespace {

// Nouns after German "nach" that make it a source: "nach Angaben der Polizei".
bool source_noun_de(std::u16string_view w) {
  static const WordSet words = [] {
    WordSet s;
    add_words(s, uR"(angaben informationen aussagen aussage ansicht meinung darstellung
einschätzung berichten bericht worten schätzungen schätzung erkenntnissen auffassung
überzeugung beobachtungen zeugenaussagen polizeiangaben medienberichten)");
    return s;
  }();
  if (words.count(w) != 0) return true;
  // Compounds: "Polizeiangaben", "Expertenmeinung", "Regierungsangaben".
  for (std::u16string_view suf : {std::u16string_view(u"angaben"), std::u16string_view(u"meinung"),
                                  std::u16string_view(u"informationen"), std::u16string_view(u"berichten"),
                                  std::u16string_view(u"aussagen"), std::u16string_view(u"erkenntnissen"),
                                  std::u16string_view(u"schätzungen")}) {
    if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf) return true;
  }
  return false;
}

// "nach (eigenen | ersten | dessen) Angaben": the source noun after "nach"
// and at most two articles or adjectives; returns its index or 0.
uint32_t nach_source(const Scanner& sc, uint32_t i, uint32_t limit) {
  for (uint32_t k = i + 1; k < limit && k - i <= 3; ++k) {
    if (!sc.word(k) || sc.in_quote(k)) return 0;
    if (sc.cap(k) && source_noun_de(sc.low(k))) return k;
    if (sc.cap(k)) return 0;
    const std::u16string_view w = sc.low(k);
    if (sc.np_stop(k) && w != u"dessen" && w != u"deren") return 0;
  }
  return 0;
}

struct Sentence {
  uint32_t a;    // first token
  uint32_t b;    // end token
  uint32_t ce;   // end of content: b without the final punctuation
};

uint32_t count_words(const Scanner& sc, uint32_t b, uint32_t e) {
  uint32_t n = 0;
  for (uint32_t i = b; i < e; ++i) n += sc.word(i) ? 1u : 0u;
  return n;
}

bool mostly_quoted(const Scanner& sc, uint32_t b, uint32_t e) {
  uint32_t q = 0;
  for (uint32_t i = b; i < e; ++i) q += sc.in_quote(i) ? 1u : 0u;
  return e > b && q * 10 >= (e - b) * 6;
}

// Trims commas, colons and dashes from both ends of a token range.
void trim(const Scanner& sc, uint32_t& b, uint32_t& e) {
  auto edge = [&](uint32_t i) { return sc.is(i, u',') || sc.is(i, u':') || sc.is(i, u'–') || sc.is(i, u'-') || sc.is(i, u';'); };
  while (b < e && edge(b)) ++b;
  while (e > b && edge(e - 1)) --e;
}

void emit(const Scanner& sc, std::vector<QuoteCandidate>& out, QuoteType type, std::vector<TokenRange> parts,
          std::optional<TokenRange> cue, std::optional<TokenRange> speaker) {
  QuoteCandidate c;
  c.type = type;
  for (TokenRange r : parts) {
    uint32_t b = r.begin;
    uint32_t e = r.end;
    trim(sc, b, e);
    if (e > b) c.spans.push_back(sc.span(b, e));
  }
  if (c.spans.empty()) return;
  if (cue && !cue->empty()) c.cue = sc.span(*cue);
  if (speaker && !speaker->empty()) c.speaker = sc.span(*speaker);
  out.push_back(std::move(c));
}

// Content around a source phrase [fb, fe): before it, after it, or both.
std::vector<TokenRange> around(const Scanner& sc, const Sentence& s, uint32_t fb, uint32_t fe) {
  std::vector<TokenRange> parts;
  if (fb > s.a) parts.push_back({s.a, fb});
  if (fe < s.ce) parts.push_back({fe, s.ce});
  (void)sc;
  return parts;
}

bool enough(const Scanner& sc, const std::vector<TokenRange>& parts) {
  uint32_t w = 0;
  for (auto r : parts) w += count_words(sc, r.begin, r.end);
  return w >= 3;
}

// laut X, gemäß X, nach Angaben X, X zufolge, according to X, selon X ...
bool source_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  const Lexicon& lx = sc.lx();
  for (uint32_t i = s.a; i < s.b; ++i) {
    if (sc.in_quote(i) || !sc.word(i)) continue;
    const std::u16string_view w = sc.low(i);
    std::optional<TokenRange> np;
    TokenRange cue{i, i + 1};
    uint32_t fb = i;
    uint32_t fe = i;
    if (lx.source_preps.count(w) != 0) {
      uint32_t from = i + 1;
      if (w == u"according") {
        if (from >= s.b || sc.low(from) != u"to") continue;
        cue.end = ++from;
      }
      np = sc.np_after(from, s.b);
      if (np) fe = np->end;
    } else if (lx.lang == Lang::De && w == u"nach" && nach_source(sc, i, s.b) != 0) {
      const uint32_t n = nach_source(sc, i, s.b);
      np = sc.np_after(n, s.b);
      if (np) {
        np->begin = i + 1;  // the corpus keeps the adjectives: "eigenen Angaben"
        fe = np->end;
      }
    } else if (lx.lang == Lang::De && w == u"nach" && i > s.a + 1 && sc.cap(i - 1) &&
               (sc.low(i - 1) == u"vernehmen" || source_noun_de(sc.low(i - 1)))) {
      // "Dem Vernehmen nach", "Seiner Meinung nach": a postposed "nach".
      np = TokenRange{sc.determiner(i - 2) ? i - 2 : i - 1, i};
      fb = np->begin;
      fe = i + 1;
      cue = TokenRange{i, i + 1};
    } else if (lx.lang == Lang::De && (w == u"demnach" || w == u"wonach") && !sc.in_quote(i)) {
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
    } else if (lx.source_postps.count(w) != 0) {
      np = sc.np_ending_at(i, s.a);
      if (np) {
        fb = np->begin;
        fe = i + 1;
      }
    } else {
      continue;
    }
    if (!np) continue;
    auto parts = around(sc, s, fb, fe);
    if (!enough(sc, parts)) continue;
    uint32_t qb = parts.front().begin;
    uint32_t qe = parts.back().end;
    if (mostly_quoted(sc, qb, qe)) return false;
    emit(sc, out, QuoteType::Indirect, parts, cue, np);
    return true;
  }
  return false;
}

// "Wie X mitteilte, ..." / "..., wie X sagte."
bool wie_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  const Lang lang = sc.lx().lang;
  for (uint32_t i = s.a; i < s.b; ++i) {
    if (sc.in_quote(i)) continue;
    const std::u16string_view w = sc.low(i);
    const bool as = (lang == Lang::De && w == u"wie") || (lang == Lang::En && w == u"as") ||
                    (lang == Lang::Fr && w == u"comme") || (lang == Lang::Nl && w == u"zoals") ||
                    (lang == Lang::It && w == u"come") || ((lang == Lang::Es || lang == Lang::Pt) && w == u"como");
    if (!as || !(i == s.a || sc.is(i - 1, u','))) continue;
    for (uint32_t v = i + 2; v < s.b && v - i <= 10; ++v) {
      if (sc.punct(v) || sc.in_quote(v)) break;
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

std::optional<TokenRange> subject_of(const Scanner& sc, uint32_t v, uint32_t floor, uint32_t limit) {
  if (auto p = sc.pronoun_after(v)) return p;
  if (auto np = sc.np_before(v, floor)) return np;
  if (sc.lx().lang == Lang::En) return std::nullopt;
  return sc.np_after(v + 1, limit);
}

bool is_object_pronoun(std::u16string_view w) {
  return w == u"him" || w == u"her" || w == u"them" || w == u"me" || w == u"us" || w == u"reporters" ||
         w == u"journalists" || w == u"ihm" || w == u"ihr" || w == u"ihnen";
}

// German particle verbs that frame speech only with their particle before
// the content: "geht davon aus, dass", "wirft ihm vor, ...", "gab bekannt,
// dass", "zeigte sich überzeugt, dass".
bool particle_frame(const Scanner& sc, uint32_t v, uint32_t limit) {
  if (sc.lx().lang != Lang::De) return false;
  struct Entry {
    std::u16string_view verbs;
    std::u16string_view particles;
  };
  static const Entry entries[] = {
      {u" geht gehen ging gingen ", u" aus "},
      {u" wirft werfen warf warfen ", u" vor "},
      {u" gab gaben gibt geben ", u" bekannt an "},
      {u" teilt teilen ", u" mit "},
      {u" hob hoben hebt ", u" hervor "},
      {u" stellte stellten stellt ", u" fest klar "},
      {u" führte führten führt ", u" aus "},
      {u" zeigte zeigten zeigt ", u" überzeugt zuversichtlich optimistisch besorgt "},
      {u" schlug schlugen schlägt ", u" vor "},
      {u" wies wiesen weist ", u" hin darauf "},
      {u" machte machten macht ", u" deutlich klar "},
      {u" räumte räumten räumt ", u" ein "},
      {u" bezweifelte bezweifelten bezweifelt ", u" "},
      {u" nahm nahmen nimmt ", u" an "},
  };
  auto in_list = [](std::u16string_view list, std::u16string_view w) {
    for (size_t p = list.find(w); p != std::u16string_view::npos; p = list.find(w, p + 1)) {
      if (p > 0 && list[p - 1] == u' ' && p + w.size() < list.size() && list[p + w.size()] == u' ') return true;
    }
    return false;
  };
  const std::u16string_view w = sc.low(v);
  for (const Entry& e : entries) {
    if (!in_list(e.verbs, w)) continue;
    if (e.particles == u" ") return true;
    for (uint32_t k = v + 1; k < limit && k - v <= 8; ++k) {
      if (sc.punct(k) || sc.in_quote(k) || sc.subordinator(k)) break;
      if (in_list(e.particles, sc.low(k))) return true;
    }
    return false;
  }
  return false;
}

bool verb_frames(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  const Lang lang = sc.lx().lang;
  for (uint32_t v = s.a; v < s.b; ++v) {
    if (sc.in_quote(v) || !sc.word(v)) continue;
    // "..., so der Sprecher." / "..., aldus de woordvoerder."
    if (v > s.a + 2 && sc.is(v - 1, u',') &&
        ((lang == Lang::De && sc.low(v) == u"so") || (lang == Lang::Nl && sc.low(v) == u"aldus"))) {
      auto np = sc.np_after(v + 1, s.b);
      if (np && np->end + 2 >= s.ce && count_words(sc, s.a, v - 1) >= 3 && !mostly_quoted(sc, s.a, v - 1)) {
        emit(sc, out, QuoteType::Indirect, {{s.a, v - 1}}, TokenRange{v, v + 1}, np);
        return true;
      }
      continue;
    }
    if (!sc.speech_verb(v) && !particle_frame(sc, v, s.b)) continue;
    // "In dem Bericht heißt es, ...": the source is the Vorfeld phrase.
    if (lang == Lang::De && (sc.low(v) == u"heißt" || sc.low(v) == u"hieß") && v + 1 < s.b &&
        sc.low(v + 1) == u"es") {
      uint32_t c = v + 2;
      while (c < s.b && c - v <= 8 && !sc.punct(c) && !sc.subordinator(c) && !sc.in_quote(c)) ++c;
      if (c < s.b && (sc.is(c, u',') || sc.is(c, u':') || sc.subordinator(c))) {
        const uint32_t cb = sc.subordinator(c) ? c : c + 1;
        if (cb < s.ce && count_words(sc, cb, s.ce) >= 3 && !mostly_quoted(sc, cb, s.ce)) {
          std::optional<TokenRange> src;
          uint32_t a = s.a;
          while (a < v && sc.word(a) && sc.np_stop(a)) ++a;
          if (a < v && v - a <= 10) src = TokenRange{a, v};
          emit(sc, out, QuoteType::Indirect, {{cb, s.ce}}, TokenRange{v, v + 2}, src);
          return true;
        }
      }
    }
    // Leading frame: the content follows a comma, colon or "dass/that".
    uint32_t c = v + 1;
    while (c < s.b && c - v <= 8 && !sc.punct(c) && !sc.subordinator(c) && !sc.in_quote(c)) ++c;
    if (c < s.b && c - v <= 8 && (sc.is(c, u',') || sc.is(c, u':') || sc.subordinator(c))) {
      const uint32_t cb = sc.subordinator(c) ? c : c + 1;
      if (cb < s.ce && count_words(sc, cb, s.ce) >= 3 && !mostly_quoted(sc, cb, s.ce)) {
        auto np = subject_of(sc, v, s.a, c);
        if (np || lang == Lang::En) {
          if (np || sc.subordinator(c)) {
            emit(sc, out, QuoteType::Indirect, {{cb, s.ce}}, TokenRange{v, v + 1}, np);
            return true;
          }
        }
      }
    }
    // Trailing frame: "CONTENT, sagte X." / "CONTENT, X said." / "CONTENT, so X."
    uint32_t comma = v;
    if (v > s.a && sc.is(v - 1, u',')) {
      comma = v - 1;
    } else if (lang != Lang::De) {
      // ", the official said" / ", he said"
      for (uint32_t k = v; k > s.a && v - k < 7; --k) {
        if (sc.is(k - 1, u',')) {
          if (sc.np_before(v, k)) comma = k - 1;
          break;
        }
        if (sc.punct(k - 1) || sc.in_quote(k - 1)) break;
      }
    }
    if (comma < v && comma > s.a) {
      std::optional<TokenRange> np = sc.np_after(v + 1, s.b);
      bool inverted = np && comma + 1 == v;
      if (!np || comma + 1 < v) {
        np = sc.np_before(v, comma + 1);
        inverted = false;
      }
      if (comma + 1 == v && !np) {
        np = sc.np_after(v + 1, s.b);
        inverted = np.has_value();
      }
      // An inverted subject ends the frame: "..., said John Smith (on Monday)."
      // not "X, a director, said the numbers were ..." (a leading frame).
      const bool ends_sentence =
          !np || (inverted && lang != Lang::De ? np->end + 4 >= s.ce : (np->end + 6 >= s.ce || lang != Lang::De));
      if (np && ends_sentence && count_words(sc, s.a, comma) >= 3) {
        if (mostly_quoted(sc, s.a, comma)) return false;  // a direct quote's frame
        emit(sc, out, QuoteType::Indirect, {{s.a, comma}}, TokenRange{v, v + 1}, np);
        return true;
      }
    }
    // English: "X said (on Monday) the plan was dead", "X told reporters the ...".
    if (lang == Lang::En && v + 1 < s.ce) {
      auto np = sc.np_before(v, s.a);
      if (!np) continue;
      uint32_t cb = v + 1;
      const std::u16string_view w = sc.low(v);
      if ((w == u"told" || w == u"tells" || w == u"tell" || w == u"telling") && cb < s.ce) {
        if (is_object_pronoun(sc.low(cb))) {
          ++cb;
        } else if (auto obj = sc.np_after(cb, s.ce)) {
          cb = obj->end;
        }
      }
      if (cb < s.ce && sc.word(cb) && !sc.np_stop(cb) && !sc.speech_verb(cb) && count_words(sc, cb, s.ce) >= 3 &&
          !mostly_quoted(sc, cb, s.ce)) {
        emit(sc, out, QuoteType::Indirect, {{cb, s.ce}}, TokenRange{v, v + 1}, np);
        return true;
      }
    }
  }
  return false;
}

// "Merkel forderte faire Wettbewerbsbedingungen ein." -> reported speech.
bool reported(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Lang::De) return false;
  for (uint32_t v = s.a; v < s.b; ++v) {
    if (sc.in_quote(v) || !sc.word(v) || !sc.report_verb(v)) continue;
    // Passive: "… wurden von Minister Stolpe als unrealistisch bezeichnet."
    std::optional<TokenRange> np;
    bool passive = false;
    for (uint32_t k = s.a; k < s.b && k - s.a < 40; ++k) {
      const std::u16string_view w = sc.low(k);
      if (w == u"wurde" || w == u"wurden" || w == u"wird" || w == u"werden" || w == u"worden") passive = true;
      if (passive && k < v && (w == u"von" || w == u"vom") && !sc.in_quote(k)) {
        np = sc.np_after(k + 1, v);
        break;
      }
    }
    if (!np) np = subject_of(sc, v, s.a, s.b);
    if (!np) continue;
    if (mostly_quoted(sc, s.a, s.b)) return false;
    emit(sc, out, QuoteType::Reported, {{s.a, s.b}}, TokenRange{v, v + 1}, np);
    return true;
  }
  return false;
}

}  // namespace

void indirect_in_sentence(const Scanner& sc, const SentenceInfo& si, std::vector<QuoteCandidate>& out) {
  Sentence s{si.first_token, si.end_token, si.end_token};
  if (s.b <= s.a) return;
  while (s.ce > s.a && (sc.sentence_end_punct(s.ce - 1) || (sc.quote_mark(s.ce - 1) && !sc.in_quote(s.ce - 1)))) --s.ce;
  if (count_words(sc, s.a, s.b) < 3) return;
  if (source_frame(sc, s, out)) return;
  if (wie_frame(sc, s, out)) return;
  if (verb_frames(sc, s, out)) return;
  reported(sc, s, out);
}

}  // namespace quelle::quotes
