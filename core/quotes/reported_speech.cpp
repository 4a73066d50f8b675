// Speech acts without a content clause ("Merkel forderte faire
// Wettbewerbsbedingungen ein": reported), English stances with an object
// ("Christie endorsed Trump"), and "Das gab X bekannt." taking up the
// sentence before.
#include "quotes/indirect_sieves.hpp"

namespace quelle::quotes::sieve {

namespace {

// A noun of saying between two tokens: "eine Erklärung", "ein Statement".
bool statement_noun_between(const Scanner& sc, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k) {
    if (!sc.word(k) || !sc.cap(k)) continue;
    if (sc.has_class(k, kSourceNounW) || words::statement_noun_de(sc.low(k))) return true;
  }
  return false;
}

// "Merkel forderte faire Wettbewerbsbedingungen ein." -> reported speech.
// Whether the report verb at v has the particle it needs as a speech act
// (report_particles_de), or needs none.
bool report_particle_ok(const Scanner& sc, uint32_t v, uint32_t end) {
  static const ParticleMap map = particle_map(report_particles_de());
  const auto it = map.find(sc.low(v));
  if (it == map.end()) return true;
  for (uint32_t k = v + 1; k < end && k - v <= 15; ++k) {
    if (sc.punct(k) || sc.in_quote(k)) break;
    if (in_list(it->second, sc.low(k)) &&
        (k + 1 >= end || sc.punct(k + 1) || sc.low(k + 1) == u"und" || sc.quote_mark(k + 1))) {
      // "gab eine Erklärung ab" is a speech act, "gab Schüsse ab" is not.
      if (sc.low(k) == u"ab" && words::geben_de(sc.low(v))) {
        return statement_noun_between(sc, v + 1, k);
      }
      return true;
    }
  }
  return false;
}

}  // namespace

bool reported(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Language::De) return false;
  for (uint32_t v = s.a; v < s.b; ++v) {
    if (sc.in_quote(v) || !sc.word(v) || !sc.report_verb(v)) continue;
    if (!report_particle_ok(sc, v, s.b)) continue;
    // Passive: "… wurden von Minister Stolpe als unrealistisch bezeichnet."
    std::optional<TokenRange> np;
    bool passive = false;
    for (uint32_t k = s.a; k < s.b && k - s.a < 40; ++k) {
      const std::u16string_view w = sc.low(k);
      if (words::passive_marker_de(w)) passive = true;
      if (passive && k < v && words::von_de(w) && !sc.in_quote(k)) {
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

bool object_frame_en(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Language::En) return false;
  for (uint32_t v = s.a + 1; v + 1 < s.ce; ++v) {
    if (sc.in_quote(v) || !sc.word(v) || !sc.has_class(v, kObjectVerbW)) continue;
    // After an article or a number it is a noun: "one of the five demands".
    if (sc.determiner(v - 1) || sc.doc().tokens[v - 1].has(kNumber)) continue;
    auto np = sc.np_before(v, s.a);
    if (!np) continue;
    uint32_t cb = v + 1;
    if (sc.word(cb) && words::non_speech_particle_en(sc.low(cb))) continue;
    if (words::call_en(sc.low(v)) && sc.low(cb) == u"for") ++cb;
    if (cb >= s.ce || !sc.word(cb) || sc.np_stop(cb) || sc.subordinator(cb)) continue;
    uint32_t ce = cb;
    while (ce < s.ce && ce - cb < 25 && !sc.is(ce, u',') && !sc.is(ce, u';') && !sc.is(ce, u':') &&
           !sc.sentence_end_punct(ce) && !sc.has_class(ce, kObjectStopW)) {
      ++ce;
    }
    if (ce == cb || mostly_quoted(sc, cb, ce)) continue;
    // "X praised Mendez on Twitter: “…”": the verb frames the quote after
    // the colon, its object is no content of its own.
    if (ce + 1 < sc.size() && sc.is(ce, u':') && sc.quote_mark(ce + 1)) continue;
    emit(sc, out, QuoteType::Indirect, {{cb, ce}}, TokenRange{v, v + 1}, np);
    return true;
  }
  return false;
}

bool demonstrative_frame(const Scanner& sc, const Sentence& s, const SentenceInfo* prev,
                         std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Language::De || prev == nullptr || s.a + 2 >= s.b) return false;
  if (!words::demonstrative_subject_de(sc.low(s.a)) || sc.in_quote(s.a)) return false;
  uint32_t v = s.a + 1;
  uint32_t limit = s.b;
  if (sc.in_quote(v)) return false;
  if (!(sc.speech_verb(v) || particle_frame(sc, v, s.b) || sc.report_verb(v))) {
    // "Das musste Minister X zu Beginn der Debatte einräumen.", "Das hatte
    // X gesagt.": the speech verb closes the sentence after a modal or an
    // auxiliary.
    const std::u16string_view finite = sc.low(v);
    if (!(words::modal_de(finite) || words::auxiliary_de(finite))) return false;
    uint32_t last = s.b;
    while (last > v + 1 && !sc.word(last - 1)) --last;
    if (last <= v + 2 || !sc.speech_verb(last - 1) || sc.in_quote(last - 1)) return false;
    v = last - 1;
    limit = v;
  }
  const uint32_t finite_end = limit == s.b ? v + 1 : s.a + 2;
  uint32_t from = finite_end;
  while (from < limit && from - finite_end < 3 && sc.word(from) && !sc.cap(from) && sc.np_stop(from)) ++from;
  std::optional<TokenRange> np = sc.np_after(from, limit);
  if (!np) return false;
  const uint32_t pa = prev->first_token;
  if (!out.empty() && out.back().extent().end > sc.doc().tokens[pa].start) return false;
  if (count_words(sc, pa, prev->end_token) < 4 || mostly_quoted(sc, pa, prev->end_token)) return false;
  emit(sc, out, QuoteType::Indirect, {{pa, s.a + 1}}, TokenRange{v, v + 1}, np);
  return true;
}

}  // namespace quelle::quotes::sieve
