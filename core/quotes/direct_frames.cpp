#include "quotes/direct_frames.hpp"

#include "quotes/indirect_sieves.hpp"

namespace quelle::quotes {
namespace {

// The frame of the speech verb at v whose speaker is the phrase np.
Frame said_by(const Scanner& sc, uint32_t v, TokenRange np) { return Frame{sc.span(v, v + 1), sc.span(np)}; }

// English: the source phrase after a quote, "“…,” according to a tweet on
// Monday by Secretary of State Mike Pompeo.": the agent after "by" where the
// phrase names a medium, else the whole phrase (the cue is "according to").
std::optional<Frame> according_after_en(const Scanner& sc, uint32_t i) {
  const uint32_t n = sc.size();
  if (sc.lx().lang != Language::En || i + 2 >= n || sc.low(i) != u"according" || sc.low(i + 1) != u"to") {
    return std::nullopt;
  }
  uint32_t e = i + 2;
  std::optional<uint32_t> by;
  while (e < n && e - i <= 20 && sc.word(e) && !sc.in_quote(e)) {
    if (sc.low(e) == u"by") by = e;
    ++e;
  }
  // (the phrase ends its sentence or clause: "Pompeo." / "Pompeo, who …")
  if (e >= n || e == i + 2 || !(sc.sentence_end_punct(e) || sc.is(e, u',') || sc.is(e, u';'))) return std::nullopt;
  const uint32_t from = by && *by + 1 < e ? *by + 1 : i + 2;
  return Frame{sc.span(i, i + 2), sc.span(from, e)};
}

Frame frame_after(const Scanner& sc, const MarkedQuote& q) {
  Frame f;
  const uint32_t n = sc.size();
  uint32_t i = q.last_token + 1;
  if (!q.closed || i >= n || sc.doc().tokens[i].has(kParagraphStart)) return f;
  // The punctuation before the closing mark; NYT-style closings are two
  // apostrophes ("…,'' Ms. Warren said").
  uint32_t lp = q.last_token;
  while (lp > q.first_token + 1 && sc.quote_mark(lp - 1) && sc.doc().tokens[lp - 1].end == sc.doc().tokens[lp].start) {
    --lp;
  }
  const bool comma_inside = lp > 0 && (sc.is(lp - 1, u',') || sc.is(lp - 1, u'?') || sc.is(lp - 1, u'!'));
  bool comma = comma_inside;
  if (sc.is(i, u',')) {
    comma = true;
    ++i;
  }
  if (i >= n || !sc.word(i) || sc.doc().tokens[i].has(kParagraphStart)) return f;
  // "… “…” while Y wrote …": the verb after the quote is another clause's.
  if (sc.lx().lang == Language::En && words::contrast_en(sc.low(i))) return f;
  if (comma) {
    if (auto source = according_after_en(sc, i)) return *source;
  }
  // German sets a comma after a quote its frame follows („…“, sagte er).
  // Without one, a quote after an article or preposition, or before a verb
  // that opens content of its own, is part of the subject: "Wohlrab von
  // der „Aktion Deutschland hilft“ sagte, …".
  if (!comma && sc.lx().lang == Language::De && q.first_token > 0 &&
      (sc.determiner(q.first_token - 1) || sc.has_class(q.first_token - 1, kPrepositionW) ||
       sc.low(q.first_token - 1) == u"von" || (i + 1 < n && sc.is(i + 1, u',')))) {
    return f;
  }
  // Without a comma the frame must go on in lower case ("… “ he said"), or,
  // in English, be a short subject and verb closing the sentence ("“…” Trump
  // said.").
  if (!comma && sc.cap(i) && !sc.pronoun(i) && !sc.speech_verb(i)) {
    if (sc.lx().lang != Language::En) return f;
    for (uint32_t v = i + 1; v < n && v - i <= 4; ++v) {
      if (!sc.word(v)) {
        if (sc.is(v, u'.')) continue;  // "Mr. Smith"
        return f;
      }
      if (!sc.speech_verb(v)) continue;
      if (v + 1 < n && !sc.sentence_end_punct(v + 1)) return f;
      if (auto np = sc.np_before(v, i); np && np->begin == i) return said_by(sc, v, *np);
      return f;
    }
    return f;
  }
  uint32_t limit = i;
  const uint32_t window = sc.lx().lang == Language::En ? 40 : 16;  // English appositions run long
  while (limit < n && limit - i < window && !sc.sentence_end_punct(limit) && !sc.quote_mark(limit) &&
         !sc.is(limit, u':') && !sc.is(limit, u';') && !(limit > i && sc.doc().tokens[limit].has(kParagraphStart))) {
    ++limit;
  }
  // "„…“, heißt es in einer Erklärung des CCC": the source after the
  // preposition (corpus convention: "einer Erklärung des CCC").
  if (sc.heisst_es(i, limit) && i + 2 < limit) {
    f.cue = sc.span(i, i + 2);
    if (auto np = sc.heisst_es_source(i, limit)) f.speaker = sc.span(*np);
    return f;
  }
  // German "„…“, zeigte sich X zufrieden": the reflexive 'sich zeigen' with
  // a comma after the quote stands for a speech verb.
  const bool zeigt_sich =
      sc.lx().lang == Language::De && comma && i + 2 < limit && sc.low(i + 1) == u"sich" && words::zeigen_de(sc.low(i));
  // "„…“, führte er gegenüber dem Sender aus": a particle verb.
  const bool particle = sc.lx().lang == Language::De && comma && sieve::particle_frame(sc, i, limit);
  // ("…“, so Yu.": German "so" and Dutch "aldus" stand for a speech verb.)
  if (sc.speech_verb(i) || sc.has_class(i, kSoFrameW) || zeigt_sich || particle) {
    f.cue = sc.span(i, i + 1);
    if (auto np = sc.np_after(i + 1, limit)) {
      f.speaker = sc.span(*np);
    } else if (sc.low(i).find(u'-') != std::u16string_view::npos && sc.lx().lang == Language::Fr) {
      f.speaker = f.cue;  // "explique-t-il": the subject is inside the verb token
    }
    return f;
  }
  // Subject before verb after the quote ("“…?” Trump asked") is English
  // order; in the other languages a capitalised subject that opens a new
  // sentence starts a clause of its own ("„…?“ Greenpeace fordert …").
  const bool new_sentence = sc.doc().tokens[i].sentence != sc.doc().tokens[q.last_token].sentence;
  if (sc.lx().lang != Language::En && new_sentence && sc.cap(i)) return f;
  // German perfect: "„…“, hatte Koch-Mehrin damals gesagt": the subject
  // follows the auxiliary, the participle closes the frame.
  if (sc.lx().lang == Language::De && comma && words::perfect_aux_de(sc.low(i))) {
    for (uint32_t v = i + 1; v < limit && v - i <= 8; ++v) {
      if (!sc.word(v) || sc.cap(v) || !sc.speech_verb(v)) continue;
      std::optional<TokenRange> np = sc.pronoun_after(i);
      if (!np) np = sc.np_after(i + 1, v);
      if (np) return said_by(sc, v, *np);
      return f;
    }
  }
  for (uint32_t v = i + 1; v < limit && v - i <= 8; ++v) {
    if (!sc.speech_verb(v)) continue;
    if (auto np = sc.np_before(v, i)) return said_by(sc, v, *np);
    return f;
  }
  return f;
}

// English: a speech verb that shares the sentence's subject with a verb
// before it ("Trump congratulated Pelosi, saying, "…"", "Duda characterised
// the deaths as "…" and wrote "…"") takes the subject the sentence begins
// with, even across an earlier quoted phrase.
std::optional<TokenRange> second_verb_subject_en(const Scanner& sc, uint32_t v) {
  if (sc.lx().lang != Language::En) return std::nullopt;
  const SentenceInfo& si = sc.doc().sentences[sc.doc().tokens[v].sentence];
  const sieve::Sentence s{si.first_token, si.end_token, si.end_token, si.first_token};
  if (!sieve::second_verb_en(sc, s, v)) return std::nullopt;
  return sieve::initial_subject_en(sc, s, v);
}

// English passive: "he was told by Minister Yevgeny Zinichev of “…”": the
// agent after "by" speaks.
std::optional<TokenRange> passive_agent_en(const Scanner& sc, uint32_t v, uint32_t end) {
  if (sc.lx().lang != Language::En || v == 0 || !words::passive_aux_en(sc.low(v - 1))) return std::nullopt;
  for (uint32_t k = v + 1; k < end && k - v <= 3 && sc.word(k) && !sc.in_quote(k); ++k) {
    if (sc.low(k) == u"by") {
      auto np = sc.np_after(k + 1, end);
      if (!np || np->begin != k + 1) return std::nullopt;
      // "… Zinichev of “…”": the preposition that takes the quote is not the name's.
      while (np->end > np->begin + 1 && words::attribute_preposition(sc.lx().lang, sc.low(np->end - 1))) --np->end;
      return np;
    }
  }
  return std::nullopt;
}

// English: a participle that opens the sentence takes the subject of the
// clause after the quote: "Saying “…”, Lee left the room." -> Lee.
std::optional<TokenRange> opening_participle_subject_en(const Scanner& sc, const MarkedQuote& q, uint32_t v) {
  if (sc.lx().lang != Language::En || !q.closed) return std::nullopt;
  const std::u16string_view w = sc.low(v);
  if (v != sc.doc().sentences[sc.doc().tokens[v].sentence].first_token || w.size() < 5 || !w.ends_with(u"ing")) {
    return std::nullopt;
  }
  uint32_t i = q.last_token + 1;
  if (i < sc.size() && sc.is(i, u',')) ++i;
  if (i >= sc.size() || !sc.word(i) || i == q.last_token + 1) {
    // The comma may stand inside the closing mark: "Saying “…,” Lee …".
    if (!(q.last_token > 0 && sc.is(q.last_token - 1, u',')) || i >= sc.size() || !sc.word(i)) return std::nullopt;
  }
  if (sc.pronoun(i)) return TokenRange{i, i + 1};
  const uint32_t end = sc.doc().sentences[sc.doc().tokens[i].sentence].end_token;
  return sieve::initial_subject_en(sc, sieve::Sentence{i, end, end, i}, end);
}

// English: a direct quote after a source phrase that opens the sentence,
// "According to eyewitness Vinnie DeVita, "…"": the phrase is the speaker.
std::optional<Frame> according_to_en(const Scanner& sc, uint32_t start, uint32_t end) {
  if (sc.lx().lang != Language::En || start + 2 >= end) return std::nullopt;
  if (start != sc.doc().sentences[sc.doc().tokens[start].sentence].first_token) return std::nullopt;
  if (sc.low(start) != u"according" || sc.low(start + 1) != u"to" || end - start > 12) return std::nullopt;
  for (uint32_t k = start + 2; k < end; ++k) {
    if (sc.quote_mark(k) || sc.in_quote(k) || (!sc.word(k) && !sc.is(k, u',') && !sc.is(k, u'.'))) return std::nullopt;
  }
  uint32_t e = end;
  while (e > start + 2 && sc.is(e - 1, u',')) --e;
  if (e <= start + 2) return std::nullopt;
  return Frame{sc.span(start, start + 2), sc.span(start + 2, e)};
}

// A colon with no speech verb before it, in a window [start, end) that
// opens its sentence.
Frame verbless_colon_frame(const Scanner& sc, uint32_t start, uint32_t end) {
  Frame f;
  // No speech verb before the colon: "BKA-Präsident Ziercke: „…“", "Erkki
  // Tuomioja, Präsident des Rats der EU: „…“" (the window is the speaker),
  // or a subject before another verb: "Der Leiter der Studie, X, sieht die
  // Verantwortung beim Staat: „…“" (the Vorfeld phrase).
  if (sc.lx().lang == Language::En) {
    // English: the subject that opens the sentence, "Former CIA deputy
    // director Michael Morell praised Mendez on Twitter: “…”".
    if (auto np = sieve::initial_subject_en(sc, sieve::Sentence{start, end, end, start}, end + 1)) {
      f.speaker = sc.span(*np);
      if (np->end < end && (sc.speech_verb(np->end) || sc.report_verb(np->end))) f.cue = sc.span(np->end, np->end + 1);
    }
    return f;
  }
  {
    uint32_t v = start;
    while (v < end && (!sc.word(v) || sc.cap(v) || sc.determiner(v) || sc.adjective_like(v) || sc.name_particle(v) ||
                       sc.low(v) == u"von" || sc.is(v, u',') || sc.is(v, u'(') || sc.is(v, u')'))) {
      if (sc.quote_mark(v) || sc.in_quote(v)) return f;
      ++v;
    }
    if (v == end && end - start <= 14 && sc.cap(start) && !sc.np_stop(start) && !sc.has_class(start, kPrepositionW)) {
      uint32_t e = end;
      while (e > start && (sc.is(e - 1, u',') || sc.is(e - 1, u'('))) --e;
      if (e > start) f.speaker = sc.span(start, e);
    } else if (v < end && v > start && sc.word(v)) {
      if (auto np = sc.np_before(v, start); np && np->begin == start) f.speaker = sc.span(*np);
    }
  }
  // German: a clause with another verb before the colon whose subject
  // follows the verb: "… lobte er mit den Worten: „…“", "Hier sparte der
  // Bundespräsident nicht mit Kritik: „…“", "Den Unmut brachte die
  // Sprecherin, X, zum Ausdruck: „…“".
  if (!f.found() && sc.lx().lang == Language::De && end > start + 2) {
    for (uint32_t k = start + 1; k + 1 < end; ++k) {
      if (sc.quote_mark(k) || sc.in_quote(k)) break;
      const bool attribute =
          sc.adjective_like(k) && sc.cap(k + 1) && (sc.determiner(k - 1) || sc.adjective_like(k - 1));
      if (!sc.word(k) || sc.cap(k) || sc.np_stop(k) || sc.determiner(k) || attribute || sc.in_quote(k) ||
          sc.subordinator(k) || sc.name_particle(k) || sc.has_class(k, kPrepositionW | kClauseWordW)) {
        continue;
      }
      // k: the finite verb. Its subject right after it, past a reflexive
      // ("In der ARD zeigt sich der Bundestrainer zufrieden: „…“").
      if (sc.low(k + 1) == u"sich" && k + 2 < end) ++k;
      if (sc.pronoun(k + 1)) {
        f.speaker = sc.span(k + 1, k + 2);
      } else if ((sc.determiner(k + 1) || (sc.cap(k + 1) && !sc.np_stop(k + 1))) &&
                 !sc.has_class(k + 1, kPrepositionW)) {
        if (!words::object_article_short_de(sc.low(k + 1))) {
          if (auto np = sc.np_after(k + 1, end); np && np->begin == k + 1) f.speaker = sc.span(*np);
        }
      }
      break;
    }
  }
  return f;
}

Frame frame_before(const Scanner& sc, const MarkedQuote& q) {
  Frame f;
  const Document& doc = sc.doc();
  const uint32_t o = q.first_token;
  if (o == 0) return f;
  uint32_t end = o;  // the window is [start, end)
  uint32_t start = 0;
  bool colon = false;
  if (doc.tokens[o].has(kParagraphStart)) {
    // "Hugh Hill, a doctor, said:" and the quote in the next paragraph.
    if (!sc.is(o - 1, u':')) return f;
    colon = true;
    end = o - 1;
    start = doc.sentences[doc.tokens[o - 1].sentence].first_token;
  } else {
    start = doc.sentences[doc.tokens[o].sentence].first_token;
    colon = sc.is(o - 1, u':');
    if (colon || sc.is(o - 1, u',')) end = o - 1;
  }
  // Not back across another quote.
  for (uint32_t k = end; k > start; --k) {
    if (sc.quote_mark(k - 1) || sc.in_quote(k - 1)) {
      start = k;
      break;
    }
  }
  if (end <= start) return f;
  if (end - start > 40) start = end - 40;
  for (uint32_t v = end; v-- > start;) {
    if (!sc.word(v) || !sc.speech_verb(v)) continue;
    // The verb must govern the quote: a colon, or the verb close before it.
    if (!colon && end - v > 3) break;
    f.cue = sc.span(v, v + 1);
    // "In dem Antrag heißt es: „…“": the source is the Vorfeld phrase,
    // without its preposition (corpus convention: "dem Antrag").
    if (sc.heisst_es(v, end)) {
      f.cue = sc.span(v, v + 2);
      uint32_t a = doc.sentences[doc.tokens[v].sentence].first_token;
      if (a < start) a = start;
      while (a < v && sc.word(a) && sc.np_stop(a)) ++a;
      // "Im letzten Satz der Anordnung, die … zugestellt wurde, heißt es:":
      // the phrase before the relative clause.
      uint32_t ve = v;
      for (uint32_t k = a; k < v && sc.lx().lang == Language::De; ++k) {
        if (sc.is(k, u',')) {
          ve = k;
          break;
        }
      }
      if (a < ve && ve - a <= 10 && sc.word(a)) f.speaker = sc.span(a, ve);
      return f;
    }
    if (auto np = second_verb_subject_en(sc, v)) {
      f.speaker = sc.span(*np);
    } else if (auto np0 = opening_participle_subject_en(sc, q, v)) {
      f.speaker = sc.span(*np0);
    } else if (auto np1 = sc.pronoun_or_np_before(v, start)) {
      f.speaker = sc.span(*np1);
    } else if (auto np2 = sc.np_after(v + 1, end)) {
      f.speaker = sc.span(*np2);
    }
    return f;
  }
  if (auto source = according_to_en(sc, start, end)) return *source;
  // No speech verb before the colon.
  if (colon && start == doc.sentences[doc.tokens[end - 1].sentence].first_token) {
    return verbless_colon_frame(sc, start, end);
  }
  return f;
}

// English: a "while" or "whereas" between a quote and a later verb.
bool contrast_between(const Scanner& sc, uint32_t from, uint32_t to) {
  if (sc.lx().lang != Language::En) return false;
  for (uint32_t k = from + 1; k < to; ++k) {
    if (words::contrast_en(sc.low(k))) return true;
  }
  return false;
}

// A German verb that frames a quoted phrase as an opinion of its subject
// (words::opinion_verb_de).
bool opinion_verb_de(const Scanner& sc, uint32_t v) {
  return sc.lx().lang == Language::De && !sc.cap(v) && words::opinion_verb_de(sc.low(v));
}

// A quote inside a clause whose verb says who speaks, not next to it:
// "Koch-Mehrin nannte die Arbeit „oberflächlich“", "Er warnte vor einer
// „völlig außer Rand geratenen Industrialisierung“".
Frame frame_in_sentence(const Scanner& sc, const MarkedQuote& q) {
  const Document& doc = sc.doc();
  const SentenceInfo& s = doc.sentences[doc.tokens[q.first_token].sentence];
  // An opinion verb governs a quoted phrase a few words after it, in the
  // same clause.
  auto opinion_object = [&](uint32_t v) {
    if (v >= q.first_token || q.first_token - v > 7 || !opinion_verb_de(sc, v)) return false;
    for (uint32_t k = v + 1; k < q.first_token; ++k) {
      if (sc.punct(k) || sc.quote_mark(k)) return false;
    }
    return true;
  };
  for (uint32_t v = s.first_token; v < s.end_token; ++v) {
    if (sc.in_quote(v) || !sc.word(v) || !(sc.speech_verb(v) || sc.report_verb(v) || opinion_object(v))) continue;
    // "… “…”, while Y indicated …": Y's verb frames its own clause.
    if (v > q.last_token && contrast_between(sc, q.last_token, v)) break;
    // German "Wie X (am Dienstag in Y) erklärte, …": the phrase after "wie".
    if (sc.lx().lang == Language::De) {
      // "wie" opening the sentence or a clause after a comma
      auto wie_at = [&](uint32_t t) { return sc.low(t) == u"wie" && (t == s.first_token || sc.is(t - 1, u',')); };
      uint32_t w = v;
      while (w > s.first_token && v - w < 16 && !sc.in_quote(w - 1) && !sc.sentence_end_punct(w - 1) &&
             !wie_at(w - 1)) {
        --w;
      }
      if (w > s.first_token && wie_at(w - 1)) {
        if (auto np = sc.np_after(w, v); np && np->begin == w) return said_by(sc, v, *np);
      }
    }
    // German relative clause: "Petra Lenz, die von einem „Desaster“
    // sprach, …", "… von Hans Berger, der den Plan als „…“ bezeichnete":
    // the phrase before the relative pronoun speaks.
    if (sc.lx().lang == Language::De && v > q.last_token) {
      uint32_t c = v;
      while (c > s.first_token && v - c < 16 && !sc.is(c - 1, u',') && !sc.sentence_end_punct(c - 1)) --c;
      if (c > s.first_token + 1 && sc.is(c - 1, u',') && c + 1 < v && c <= q.first_token) {
        if (words::relative_subject_de(sc.low(c)) && !sc.cap(c + 1) && !sc.in_quote(c + 1) && !sc.quote_mark(c + 1)) {
          if (auto np = sc.np_ending_at(c - 1, s.first_token)) {
            while (np->begin + 1 < np->end && sc.np_stop(np->begin)) ++np->begin;  // "Auch Petra Lenz"
            return said_by(sc, v, *np);
          }
        }
      }
    }
    // "…, calling it “…”": the participle's subject is the sentence's.
    std::optional<TokenRange> np = second_verb_subject_en(sc, v);
    if (!np) np = passive_agent_en(sc, v, s.end_token);
    if (!np) np = sc.pronoun_or_np_before(v, s.first_token);
    if (!np) np = sc.coordinated_subject_de(v);
    if (!np && sc.lx().lang != Language::En) {
      np = sc.np_after(v + 1, std::min<uint32_t>(s.end_token, q.first_token > v ? q.first_token : s.end_token));
    }
    if (np) return said_by(sc, v, *np);
  }
  return {};
}

Frame direct_frame_raw(const Scanner& sc, const MarkedQuote& q) {
  Frame f = frame_after(sc, q);
  if (f.speaker) return f;
  Frame b = frame_before(sc, q);
  if (b.speaker) return b;
  Frame in = frame_in_sentence(sc, q);
  if (in.speaker) return in;
  if (b.found()) return b;
  return f;
}

// German "zitieren": the corpus marks the person quoted, not the medium
// that quotes: "Ein Sender zitierte Papandreou mit den Worten: …" ->
// Papandreou, "…, zitiert Welt-Online den Minister" -> den Minister, "wird
// Watzke wie folgt zitiert: …" -> Watzke; with a passive agent the agent
// ("wird von der Netzeitung mit den Worten zitiert" -> der Netzeitung).
void quoted_person(const Scanner& sc, uint32_t v, Frame& f) {
  const Document& doc = sc.doc();
  const SentenceInfo& s = doc.sentences[doc.tokens[v].sentence];
  auto outside = [&](uint32_t k) { return !sc.in_quote(k) && !sc.quote_mark(k); };
  // Passive: an auxiliary of "werden" in the clause before the participle.
  uint32_t aux = v;
  for (uint32_t k = v; k > s.first_token && v - k < 14;) {
    --k;
    if (!outside(k) || sc.is(k, u',') || sc.sentence_end_punct(k)) break;
    if (words::passive_aux_de(sc.low(k))) {
      aux = k;
      break;
    }
  }
  if (aux < v) {
    for (uint32_t k = aux + 1; k < v; ++k) {
      if (words::von_de(sc.low(k)) && outside(k)) {
        if (auto np = sc.np_after(k + 1, v)) {
          f.speaker = sc.span(*np);
          return;
        }
      }
    }
    std::optional<TokenRange> np = sc.pronoun_after(aux);
    if (!np) np = sc.np_before(aux, s.first_token);
    if (!np && aux + 1 < v && (sc.determiner(aux + 1) || sc.cap(aux + 1)) && !sc.has_class(aux + 1, kPrepositionW)) {
      np = sc.np_after(aux + 1, v);
    }
    if (np) f.speaker = sc.span(*np);
    return;
  }
  if (v + 1 >= s.end_token || !outside(v + 1)) return;
  // Active: the object after the verb; after an inverted subject, the
  // second phrase ("zitiert die Computerwoche Lynch", "zitierte man X").
  std::optional<TokenRange> first;
  if (sc.low(v + 1) == u"man") {
    first = TokenRange{v + 1, v + 2};
  } else {
    first = sc.np_after(v + 1, s.end_token);
  }
  if (!first) return;
  const bool subject_before = sc.np_before(v, s.first_token).has_value() || sc.pronoun_after(v).has_value();
  if (subject_before) {
    f.speaker = sc.span(*first);
    return;
  }
  const uint32_t e = first->end;
  if (e < s.end_token && outside(e) && sc.word(e) && (sc.cap(e) || sc.determiner(e)) && !sc.np_stop(e) &&
      !sc.has_class(e, kPrepositionW)) {
    if (auto second = sc.np_after(e, s.end_token); second && second->begin == e) f.speaker = sc.span(*second);
  }
}

}  // namespace

Frame direct_frame(const Scanner& sc, const MarkedQuote& q) {
  Frame f = direct_frame_raw(sc, q);
  if (f.cue && sc.lx().lang == Language::De) {
    const size_t v = sc.doc().token_at_or_after(f.cue->start);
    if (v < sc.size() && words::zitieren_de(sc.low(static_cast<uint32_t>(v)))) {
      quoted_person(sc, static_cast<uint32_t>(v), f);
    }
  }
  // The quote is never its own speaker ("„Fest“ bezeichnete …" scanned as a
  // subject): a frame whose speaker overlaps the quote keeps only its cue.
  if (f.speaker) {
    const Span ext{q.pieces.front().start, q.pieces.back().end};
    if (f.speaker->start < ext.end && ext.start < f.speaker->end) f.speaker.reset();
  }
  return f;
}

}  // namespace quelle::quotes
