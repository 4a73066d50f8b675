// The parts the indirect-speech sieves share: the sentence being read, how
// a candidate is emitted, content checks, subjects, German particle verbs.
#include "quotes/indirect_sieves.hpp"

namespace quelle::quotes::sieve {

namespace {

// Trims commas, colons and dashes from both ends of a token range.
void trim(const Scanner& sc, uint32_t& b, uint32_t& e) {
  auto edge = [&](uint32_t i) {
    return sc.is(i, u',') || sc.is(i, u':') || sc.is(i, u'–') || sc.is(i, u'-') || sc.is(i, u';');
  };
  while (b < e && edge(b)) ++b;
  while (e > b && edge(e - 1)) --e;
}

}  // namespace

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

std::optional<TokenRange> subject_of(const Scanner& sc, uint32_t v, uint32_t floor, uint32_t limit) {
  if (auto np = sc.pronoun_or_np_before(v, floor)) return np;
  if (sc.lx().lang == Language::En) return std::nullopt;
  if (auto np = sc.coordinated_subject_de(v)) return np;
  if (auto np = sc.vorfeld_subject_de(v)) return np;
  // A focus adverb before an inverted subject: "erklärten nur die Gefängnisse".
  uint32_t from = v + 1;
  if (from + 1 < limit && sc.word(from) && !sc.cap(from)) {
    if (words::focus_adverb_de(sc.low(from))) ++from;
  }
  // A view after the verb is its object: "vertreten die Auffassung, …".
  auto np = sc.np_after(from, limit);
  if (np && np->end > np->begin && sc.word(np->end - 1) && words::opinion_noun_de(sc.low(np->end - 1))) {
    return std::nullopt;
  }
  return np;
}

bool in_list(std::u16string_view list, std::u16string_view w) {
  for (size_t p = list.find(w); p != std::u16string_view::npos; p = list.find(w, p + 1)) {
    if (p > 0 && list[p - 1] == u' ' && p + w.size() < list.size() && list[p + w.size()] == u' ') return true;
  }
  return false;
}

bool particle_frame(const Scanner& sc, uint32_t v, uint32_t limit) {
  if (sc.lx().lang != Language::De || !sc.has_class(v, kParticleVerbW)) return false;
  static const ParticleMap map = particle_map(particle_frames_de());
  const auto it = map.find(sc.low(v));
  if (it == map.end()) return false;
  if (it->second == u" ") return true;
  for (uint32_t k = v + 1; k < limit && k - v <= 8; ++k) {
    if (sc.punct(k) || sc.in_quote(k) || sc.subordinator(k)) break;
    if (in_list(it->second, sc.low(k))) return true;
  }
  return false;
}

}  // namespace quelle::quotes::sieve
