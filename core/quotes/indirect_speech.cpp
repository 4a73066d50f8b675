#include "quotes/indirect_speech.hpp"

#include <algorithm>
#include <unordered_map>

namespace quelle::quotes {
namespace {

// Nouns after German "nach" that make it a source: "nach Angaben der Polizei",
// "Nach einer norwegischen Studie", "nach dem vorläufigen Endergebnis".
bool source_noun_de(const Scanner& sc, uint32_t k) {
  if (sc.has_class(k, kSourceNounW)) return true;
  const std::u16string_view w = sc.low(k);
  // Compounds: "Polizeiangaben", "Expertenmeinung", "Regierungsangaben".
  for (std::u16string_view suf : {std::u16string_view(u"angaben"), std::u16string_view(u"meinung"),
                                  std::u16string_view(u"informationen"), std::u16string_view(u"berichten"),
                                  std::u16string_view(u"aussagen"), std::u16string_view(u"erkenntnissen"),
                                  std::u16string_view(u"schätzungen"), std::u16string_view(u"studie"),
                                  std::u16string_view(u"umfrage"), std::u16string_view(u"mitteilung"),
                                  std::u16string_view(u"meldung"), std::u16string_view(u"meldungen"),
                                  std::u16string_view(u"ergebnis"), std::u16string_view(u"ergebnissen"),
                                  std::u16string_view(u"bericht"), std::u16string_view(u"prognose")}) {
    if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf) return true;
  }
  return false;
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
    const std::u16string_view w = sc.low(k);
    if (sc.np_stop(k) && w != u"dessen" && w != u"deren") return 0;
  }
  return 0;
}

bool relative_pronoun(std::u16string_view w) {
  return w == u"denen" || w == u"welchem" || w == u"welcher" || w == u"welchen" ||
         w == u"which" || w == u"whom";
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
    if ((sc.has_class(i, kSourcePrepW) || (lx.lang == Lang::De && w == u"nach")) && i + 2 < s.ce &&
        relative_pronoun(sc.low(i + 1)) && (i == s.a || sc.is(i - 1, u','))) {
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
        // The corpus takes everything up to the next punctuation: "according
        // to early results of the exit poll conducted by Edison Research".
        uint32_t k = from;
        while (k < s.ce && k - from < 25 && !sc.punct(k) && !sc.quote_mark(k)) ++k;
        if (k > from && (k >= s.ce || sc.punct(k))) np = TokenRange{from, k};
      } else {
        np = sc.np_after(from, s.b);
        if (!np && from < s.b && lx.lang == Lang::De) {
          if (auto qe = sc.short_quote_after(from); qe && *qe <= s.b) {
            np = TokenRange{from, *qe};  // laut „Welt“
          } else if (sc.word(from) && !sc.in_quote(from) && !sc.np_stop(from) && !sc.determiner(from) &&
                     !sc.subordinator(from)) {
            np = TokenRange{from, from + 1};  // laut ai-Bericht, laut bildblog.de, laut taz
          }
        }
      }
      if (np) fe = np->end;
    } else if (lx.lang == Lang::De && w == u"nach" && nach_source(sc, i, s.b) != 0) {
      const uint32_t n = nach_source(sc, i, s.b);
      np = sc.np_after(n, s.b);
      if (np) {
        np->begin = i + 1;  // the corpus keeps the adjectives: "eigenen Angaben"
        fe = np->end;
      }
    } else if (lx.lang == Lang::De && w == u"nach" && i > s.a + 1 && sc.cap(i - 1) &&
               (sc.low(i - 1) == u"vernehmen" || source_noun_de(sc, i - 1))) {
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
    auto parts = around(sc, s, fb, fe);
    // A source phrase inside a subordinate or relative clause is the source
    // of that clause only: "…, die nach dessen Angaben die Bombe enthalten
    // sollte, wurde …" -> "die" + "die Bombe enthalten sollte".
    if (lx.lang == Lang::De && fb > s.a + 1) {
      uint32_t c = fb;
      while (c > s.a && !sc.is(c - 1, u',') && !sc.in_quote(c - 1) && fb - c < 12) --c;
      if (c > s.a && c < fb && sc.is(c - 1, u',') && !sc.cap(c) &&
          (sc.subordinator(c) || sc.determiner(c) || sc.has_class(c, kClauseWordW) || sc.low(c) == u"wo" ||
           sc.low(c) == u"worauf")) {
        uint32_t e = fe;
        while (e < s.ce && !sc.is(e, u',') && !sc.is(e, u';') && !sc.in_quote(e)) ++e;
        std::vector<TokenRange> clause;
        clause.push_back({c, fb});
        if (fe < e) clause.push_back({fe, e});
        if (enough(sc, clause)) parts = std::move(clause);
      }
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
    // German appositions between commas: "Wie X, ein Sprecher der Y, mitteilte".
    const uint32_t reach = lang == Lang::De ? 18 : 10;
    for (uint32_t v = i + 2; v < s.b && v - i <= reach; ++v) {
      if (sc.in_quote(v)) break;
      if (sc.punct(v) && !(lang == Lang::De && (sc.is(v, u',') || sc.is(v, u'(') || sc.is(v, u')')))) break;
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

std::optional<TokenRange> subject_of(const Scanner& sc, uint32_t v, uint32_t floor, uint32_t limit) {
  if (auto p = sc.pronoun_after(v)) return p;
  if (auto np = sc.np_before(v, floor)) return np;
  if (sc.lx().lang == Lang::En) return std::nullopt;
  if (auto np = sc.coordinated_subject_de(v)) return np;
  return sc.np_after(v + 1, limit);
}

bool is_object_pronoun(std::u16string_view w) {
  return w == u"him" || w == u"her" || w == u"them" || w == u"me" || w == u"us" || w == u"reporters" ||
         w == u"journalists" || w == u"ihm" || w == u"ihr" || w == u"ihnen";
}

// Verb forms mapped to the particles they need (" aus ", " vor "), built
// once from a table so that a look-up is one hash probe per token.
using ParticleMap = std::unordered_map<std::u16string_view, std::u16string_view>;

struct ParticleEntry {
  std::u16string_view verbs;
  std::u16string_view particles;
};

template <size_t N>
ParticleMap particle_map(const ParticleEntry (&entries)[N]) {
  ParticleMap m;
  for (const ParticleEntry& e : entries) {
    WordSet forms;
    add_words(forms, e.verbs);
    for (std::u16string_view f : forms) m.emplace(f, e.particles);
  }
  return m;
}

// Whether `w` is one of the space-separated words of `list` (" a b c ").
bool in_list(std::u16string_view list, std::u16string_view w) {
  for (size_t p = list.find(w); p != std::u16string_view::npos; p = list.find(w, p + 1)) {
    if (p > 0 && list[p - 1] == u' ' && p + w.size() < list.size() && list[p + w.size()] == u' ') return true;
  }
  return false;
}

// German particle verbs that frame speech only with their particle before
// the content: "geht davon aus, dass", "wirft ihm vor, ...", "gab bekannt,
// dass", "zeigte sich überzeugt, dass".
bool particle_frame(const Scanner& sc, uint32_t v, uint32_t limit) {
  if (sc.lx().lang != Lang::De || !sc.has_class(v, kParticleVerbW)) return false;
  static const ParticleEntry entries[] = {
      {u"geht gehen ging gingen", u" aus "},
      {u"wirft werfen warf warfen", u" vor "},
      {u"gab gaben gibt geben", u" bekannt an "},
      {u"teilt teilen", u" mit "},
      {u"hob hoben hebt", u" hervor "},
      {u"stellte stellten stellt", u" fest klar "},
      {u"führte führten führt", u" aus "},
      {u"zeigte zeigten zeigt", u" überzeugt zuversichtlich optimistisch besorgt bestürzt erleichtert enttäuscht "},
      {u"ist sind war waren", u" ansicht meinung auffassung überzeugung "},
      {u"vertritt vertreten vertrat vertraten", u" ansicht meinung auffassung these position "},
      {u"hegt hegen hegte hegten", u" verdacht "},
      {u"schlug schlugen schlägt", u" vor "},
      {u"wies wiesen weist", u" hin darauf "},
      {u"machte machten macht", u" deutlich klar "},
      {u"räumte räumten räumt", u" ein "},
      {u"bezweifelte bezweifelten bezweifelt", u" "},
      {u"nahm nahmen nimmt", u" an "},
  };
  static const ParticleMap map = particle_map(entries);
  const auto it = map.find(sc.low(v));
  if (it == map.end()) return false;
  if (it->second == u" ") return true;
  for (uint32_t k = v + 1; k < limit && k - v <= 8; ++k) {
    if (sc.punct(k) || sc.in_quote(k) || sc.subordinator(k)) break;
    if (in_list(it->second, sc.low(k))) return true;
  }
  return false;
}

// English verbs of belief, perception and finding that PolNeAR annotates as
// attributions when a clause follows: "I think he is right", "polls show
// Trump leading", "9 percent found it to be a deterrent".
bool attitude_verb_en(const Scanner& sc, uint32_t v) {
  return sc.lx().lang == Lang::En && sc.has_class(v, kBeliefVerbW);
}

// A word that can open an English clause after a verb of belief: a subject
// pronoun, an article, a name or a number.
bool clause_start_en(const Scanner& sc, uint32_t k) {
  if (!sc.word(k) && !sc.doc().tokens[k].has(kNumber)) return false;
  const std::u16string_view w = sc.low(k);
  return sc.pronoun(k) || w == u"you" || w == u"there" || sc.determiner(k) || sc.cap(k) ||
         sc.doc().tokens[k].has(kNumber);
}

// Time and place adverbials between an English speech verb and its bare
// complement: "said on Friday he ...", "said Tuesday that", "said in a
// statement the ...". Returns the first token after them.
uint32_t skip_adverbials_en(const Scanner& sc, uint32_t k, uint32_t end) {
  for (int round = 0; round < 2 && k < end; ++round) {
    const std::u16string_view w = sc.low(k);
    if (sc.has_class(k, kTimeWordW)) {
      ++k;
      continue;
    }
    if (w == u"on" || w == u"last" || w == u"this" || w == u"in" || w == u"at" || w == u"during" ||
        w == u"late" || w == u"early") {
      uint32_t j = k + 1;
      while (j < end && j - k <= 4 && sc.word(j) && !sc.has_class(j, kTimeWordW)) ++j;
      if (j < end && j - k <= 4 && sc.has_class(j, kTimeWordW)) {
        k = j + 1;
        continue;
      }
    }
    break;
  }
  return k;
}

// The content of a leading frame ends where the speaker goes on with another
// speech verb or a direct quote ("Er sagte, Europa brauche die Engländer und
// fügte hinzu: „…“"), and in English at ", but" and ";".
uint32_t content_end(const Scanner& sc, uint32_t cb, uint32_t ce) {
  const bool en = sc.lx().lang == Lang::En;
  for (uint32_t k = cb + 2; k < ce; ++k) {
    if (sc.in_quote(k)) continue;
    if (sc.is(k, u':') && k + 1 < ce && sc.quote_mark(k + 1)) return k;
    if (sc.is(k, u';')) return k;
    const std::u16string_view w = sc.low(k);
    if ((w == u"und" || w == u"and") && k + 1 < ce && sc.speech_verb(k + 1) && !sc.in_quote(k + 1)) return k;
    if (en && sc.is(k, u',') && k + 1 < ce && sc.low(k + 1) == u"but") return k;
  }
  return ce;
}

// German passive frames without a speaker: "Es wird befürchtet, dass …",
// "Ihm wird vorgeworfen, …", "Es wurde bekannt, dass …".

bool passive_aux_de(std::u16string_view w) {
  return w == u"wird" || w == u"wurde" || w == u"werden" || w == u"wurden" || w == u"worden";
}

bool passive_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Lang::De) return false;
  for (uint32_t v = s.a + 1; v + 1 < s.ce; ++v) {
    if (sc.in_quote(v) || !sc.word(v) || !sc.has_class(v, kPassiveParticipleW)) continue;
    if (!(sc.is(v + 1, u',') || sc.subordinator(v + 1))) continue;
    bool aux = false;
    std::optional<TokenRange> agent;
    for (uint32_t k = v; k > s.a && v - k < 8;) {
      --k;
      if (sc.punct(k) || sc.in_quote(k)) break;
      if (passive_aux_de(sc.low(k))) aux = true;
      if (aux && (sc.low(k) == u"von" || sc.low(k) == u"vom") && !agent) agent = sc.np_after(k + 1, v);
    }
    if (!aux) continue;
    const uint32_t cb = sc.subordinator(v + 1) ? v + 1 : v + 2;
    const uint32_t ce = content_end(sc, cb, s.ce);
    if (cb >= ce || count_words(sc, cb, ce) < 3 || mostly_quoted(sc, cb, ce)) continue;
    emit(sc, out, QuoteType::Indirect, {{cb, ce}}, TokenRange{v, v + 1}, agent);
    return true;
  }
  return false;
}

// The sentence-initial subject of coordinated verbs: "The Arizona
// Republican survived … and says …" -> "The Arizona Republican".
std::optional<TokenRange> initial_subject_en(const Scanner& sc, const Sentence& s, uint32_t v) {
  uint32_t k = s.a;
  while (k < v && sc.word(k) && (sc.cap(k) || sc.determiner(k) || sc.pronoun(k)) && k - s.a < 6) {
    if (sc.pronoun(k)) {
      ++k;
      break;
    }
    ++k;
  }
  // Lower-case nouns after an article: "The spokeswoman declined …, saying".
  if (k > s.a && sc.determiner(k - 1)) {
    while (k < v && k - s.a < 6 && sc.word(k) && !sc.cap(k) && !sc.np_stop(k) && !sc.speech_verb(k) &&
           !sc.has_class(k, kClauseWordW | kPreVerbAdverbW) && !(sc.low(k).size() > 3 && sc.low(k).substr(sc.low(k).size() - 2) == u"ed")) {
      ++k;
    }
  }
  if (k == s.a || k >= v) return std::nullopt;
  return TokenRange{s.a, k};
}

// ", saying …", ", adding …": the participle's subject is the sentence's.
bool participle_after_comma_en(const Scanner& sc, const Sentence& s, uint32_t v) {
  const std::u16string_view w = sc.low(v);
  return v > s.a + 1 && sc.is(v - 1, u',') && w.size() > 4 && w.substr(w.size() - 3) == u"ing";
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
    const bool attitude = !sc.speech_verb(v) && attitude_verb_en(sc, v);
    if (!sc.speech_verb(v) && !attitude && !particle_frame(sc, v, s.b)) continue;
    // "In dem Bericht heißt es, ...": the source is the Vorfeld phrase.
    if (sc.heisst_es(v, s.b)) {
      uint32_t c = v + 2;
      while (c < s.b && c - v <= 8 && !sc.punct(c) && !sc.subordinator(c) && !sc.in_quote(c)) ++c;
      if (c < s.b && (sc.is(c, u',') || sc.is(c, u':') || sc.subordinator(c))) {
        const uint32_t cb = sc.subordinator(c) ? c : c + 1;
        if (cb < s.ce && count_words(sc, cb, s.ce) >= 3 && !mostly_quoted(sc, cb, s.ce)) {
          std::optional<TokenRange> src;
          uint32_t a = s.a;
          while (a < v && sc.word(a) && sc.np_stop(a)) ++a;
          // "In dieser Resolution, die … angenommen wurde, heißt es": the
          // phrase before the relative clause.
          uint32_t ve = v;
          for (uint32_t k = a; k < v; ++k) {
            if (sc.is(k, u',')) {
              ve = k;
              break;
            }
          }
          if (a < ve && ve - a <= 10) src = TokenRange{a, ve};
          // "Nun heißt es im Abschlussbericht, …": the phrase after its
          // preposition (a fused article stays: "im Abschlussbericht").
          if (a == v) {
            uint32_t p = v + 2;
            while (p < c && sc.word(p) && !sc.cap(p) && sc.np_stop(p) && !sc.has_class(p, kPrepositionW)) ++p;
            if (p + 1 < c && sc.has_class(p, kPrepositionW)) {
              const std::u16string_view w = sc.low(p);
              const bool fused = w == u"im" || w == u"beim" || w == u"vom" || w == u"zum" || w == u"zur" || w == u"am";
              if (auto np = sc.np_after(p + 1, c)) src = TokenRange{fused ? p : np->begin, np->end};
            }
          }
          emit(sc, out, QuoteType::Indirect, {{cb, s.ce}}, TokenRange{v, v + 2}, src);
          return true;
        }
      }
    }
    // Leading frame: the content follows a comma, colon or "dass/that".
    uint32_t c = v + 1;
    while (c < s.b && c - v <= 8 && !sc.punct(c) && !sc.subordinator(c) && !sc.in_quote(c)) ++c;
    // English commas: only right after the verb or a time adverbial ("said
    // Tuesday:"), not after a bare complement ("said Carter stopped it, but").
    const bool en_comma_ok = lang != Lang::En || sc.subordinator(c) || c == v + 1 ||
                             (c < s.b && skip_adverbials_en(sc, v + 1, c) == c);
    // German "CONTENT, sagte X, die Leiterin der Y.": after a comma the verb
    // is parenthetical (unless a subordinate clause opens the sentence:
    // "Als er ankam, sagte er, …").
    const bool parenthetical = lang == Lang::De && v > s.a + 3 && sc.is(v - 1, u',') && !sc.subordinator(c) &&
                               !sc.has_class(s.a, kClauseWordW | kSubordinatorW) && count_words(sc, s.a, v - 1) >= 3 &&
                               !mostly_quoted(sc, s.a, v - 1) && !sc.np_before(v, s.a) && !sc.pronoun_after(v) &&
                               sc.np_after(v + 1, c + 1).has_value();
    if (c < s.b && c - v <= 8 && (sc.is(c, u',') || sc.is(c, u':') || sc.subordinator(c)) &&
        (!attitude || sc.subordinator(c)) && en_comma_ok && !parenthetical) {
      const uint32_t cb = sc.subordinator(c) ? c : c + 1;
      const uint32_t ce = cb < s.ce ? content_end(sc, cb, s.ce) : s.ce;
      if (cb < ce && count_words(sc, cb, ce) >= 3 && !mostly_quoted(sc, cb, ce)) {
        auto np = subject_of(sc, v, s.a, c);
        if (!np && lang == Lang::En && v > s.a && (sc.low(v - 1) == u"and" || sc.low(v - 1) == u"then" || participle_after_comma_en(sc, s, v))) {
          np = initial_subject_en(sc, s, v);
        }
        if (np || (lang == Lang::En && sc.subordinator(c))) {
          emit(sc, out, QuoteType::Indirect, {{cb, ce}}, TokenRange{v, v + 1}, np);
          return true;
        }
      }
    }
    // German inverted subject with a long phrase before "dass": "So sagte der
    // für die Region zuständige Koordinator, Deftalgne Tessema, gegenüber der
    // BBC, dass …".
    if (lang == Lang::De && !attitude) {
      uint32_t d = v + 1;
      while (d < s.ce && d - v <= 30 && !sc.subordinator(d) && !sc.in_quote(d) && !sc.sentence_end_punct(d) &&
             !sc.speech_verb(d)) {
        ++d;
      }
      if (d < s.ce && d - v <= 30 && sc.subordinator(d) && sc.low(d) != u"weil" && sc.is(d - 1, u',')) {
        const uint32_t ce = content_end(sc, d, s.ce);
        std::optional<TokenRange> np = sc.pronoun_after(v);
        if (!np) np = sc.np_before(v, s.a);
        if (!np) np = sc.np_after(v + 1, d);
        if (np && count_words(sc, d, ce) >= 3 && !mostly_quoted(sc, d, ce)) {
          emit(sc, out, QuoteType::Indirect, {{d, ce}}, TokenRange{v, v + 1}, np);
          return true;
        }
      }
    }
    // Trailing frame: "CONTENT, sagte X." / "CONTENT, X said." / "CONTENT, so X."
    uint32_t comma = v;
    bool demonstrative = false;
    if (v > s.a && sc.is(v - 1, u',')) {
      comma = v - 1;
    } else if (lang == Lang::De && v > s.a + 1 && sc.is(v - 2, u',') &&
               (sc.low(v - 1) == u"das" || sc.low(v - 1) == u"dies")) {
      comma = v - 2;  // "…, das teilte das Institut mit."
      demonstrative = true;
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
      bool inverted = np && (comma + 1 == v || demonstrative);
      if (!np || (comma + 1 < v && !demonstrative)) {
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
        std::vector<TokenRange> parts{{s.a, comma}};
        // "This campaign, he says, is different": the content goes on.
        if (lang != Lang::De && !inverted && v + 2 < s.ce && sc.is(v + 1, u',') &&
            count_words(sc, v + 2, s.ce) >= 2) {
          parts.push_back({v + 2, s.ce});
        }
        emit(sc, out, QuoteType::Indirect, parts, TokenRange{v, v + 1}, np);
        return true;
      }
    }
    // English: "X said (on Monday) the plan was dead", "X told reporters the ...".
    if (lang == Lang::En && v + 1 < s.ce) {
      auto np = sc.np_before(v, s.a);
      if (!np && v > s.a && (sc.low(v - 1) == u"and" || sc.low(v - 1) == u"then" || participle_after_comma_en(sc, s, v))) {
        np = initial_subject_en(sc, s, v);
      }
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
      cb = skip_adverbials_en(sc, cb, s.ce);
      if (cb < s.ce && sc.subordinator(cb) && sc.low(cb) == u"that") {
        // "said Tuesday that …" after the adverbial
      } else if (cb >= s.ce || !sc.word(cb) || sc.np_stop(cb) || sc.speech_verb(cb) ||
                 (attitude && !clause_start_en(sc, cb))) {
        continue;
      }
      const uint32_t ce = content_end(sc, cb, s.ce);
      if (count_words(sc, cb, ce) >= 3 && !mostly_quoted(sc, cb, ce)) {
        emit(sc, out, QuoteType::Indirect, {{cb, ce}}, TokenRange{v, v + 1}, np);
        return true;
      }
    }
  }
  return false;
}

// "Merkel forderte faire Wettbewerbsbedingungen ein." -> reported speech.
// Report verbs that are speech acts only with their particle at the end of
// the clause: "gab eine Erklärung ab", "schloss eine Koalition aus",
// "warf ihm Betrug vor" (not "gab es keine Verletzten").
bool report_particle_ok(const Scanner& sc, uint32_t v, uint32_t end) {
  static const ParticleEntry entries[] = {
      {u"gab gaben gibt", u" ab an bekannt zu "},  {u"schloss schlossen schließt", u" aus "},
      {u"sicherte sicherten sichert", u" zu "},    {u"warf warfen wirft", u" vor "},
      {u"lehnte lehnten lehnt", u" ab "},          {u"bot boten bietet", u" an "},
      {u"rief riefen ruft", u" auf "},             {u"schlug schlugen schlägt", u" vor "},
      {u"ordnete ordneten ordnet", u" an "},       {u"wies wiesen weist", u" zurück hin ab "},
  };
  static const ParticleMap map = particle_map(entries);
  const auto it = map.find(sc.low(v));
  if (it == map.end()) return true;
  for (uint32_t k = v + 1; k < end && k - v <= 15; ++k) {
    if (sc.punct(k) || sc.in_quote(k)) break;
    if (in_list(it->second, sc.low(k)) &&
        (k + 1 >= end || sc.punct(k + 1) || sc.low(k + 1) == u"und" || sc.quote_mark(k + 1))) {
      return true;
    }
  }
  return false;
}

bool reported(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Lang::De) return false;
  for (uint32_t v = s.a; v < s.b; ++v) {
    if (sc.in_quote(v) || !sc.word(v) || !sc.report_verb(v)) continue;
    if (!report_particle_ok(sc, v, s.b)) continue;
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


// English speech acts and stances with an object, which PolNeAR annotates
// as the content: "Christie endorsed Trump", "He criticized Clinton's track
// record", "They called him a political opportunist".
bool object_frame_en(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Lang::En) return false;
  for (uint32_t v = s.a + 1; v + 1 < s.ce; ++v) {
    if (sc.in_quote(v) || !sc.word(v) || !sc.has_class(v, kObjectVerbW)) continue;
    auto np = sc.np_before(v, s.a);
    if (!np) continue;
    uint32_t cb = v + 1;
    if ((sc.low(v) == u"called" || sc.low(v) == u"calls") && sc.low(cb) == u"for") ++cb;
    if (cb >= s.ce || !sc.word(cb) || sc.np_stop(cb) || sc.subordinator(cb)) continue;
    uint32_t ce = cb;
    while (ce < s.ce && ce - cb < 25 && !sc.is(ce, u',') && !sc.is(ce, u';') && !sc.is(ce, u':') &&
           !sc.sentence_end_punct(ce) && !sc.has_class(ce, kObjectStopW)) {
      ++ce;
    }
    if (ce == cb || mostly_quoted(sc, cb, ce)) continue;
    emit(sc, out, QuoteType::Indirect, {{cb, ce}}, TokenRange{v, v + 1}, np);
    return true;
  }
  return false;
}

// "Der Ausbau der A1 soll privat finanziert werden. Das gab Minister Stolpe
// bekannt.": the demonstrative takes up the sentence before, which is the
// content (the corpus includes the demonstrative itself).
bool demonstrative_frame(const Scanner& sc, const Sentence& s, const SentenceInfo* prev,
                         std::vector<QuoteCandidate>& out) {
  if (sc.lx().lang != Lang::De || prev == nullptr || s.a + 2 >= s.b) return false;
  const std::u16string_view w = sc.low(s.a);
  if (!(w == u"dies" || w == u"das" || w == u"dieses") || sc.in_quote(s.a)) return false;
  const uint32_t v = s.a + 1;
  if (sc.in_quote(v) || !(sc.speech_verb(v) || particle_frame(sc, v, s.b) || sc.report_verb(v))) return false;
  uint32_t from = v + 1;
  while (from < s.b && from - v <= 3 && sc.word(from) && !sc.cap(from) && sc.np_stop(from)) ++from;
  std::optional<TokenRange> np = sc.np_after(from, s.b);
  if (!np) return false;
  const uint32_t pa = prev->first_token;
  if (!out.empty() && out.back().extent().end > sc.doc().tokens[pa].start) return false;
  if (count_words(sc, pa, prev->end_token) < 4 || mostly_quoted(sc, pa, prev->end_token)) return false;
  emit(sc, out, QuoteType::Indirect, {{pa, s.a + 1}}, TokenRange{v, v + 1}, np);
  return true;
}


bool one_frame(const Scanner& sc, const Sentence& s, std::vector<QuoteCandidate>& out) {
  const size_t before = out.size();
  if (source_frame(sc, s, out)) {
    // A speech verb framing the whole clause wins over a source phrase inside
    // its content: "X erklärte, Nordkorea besitze seiner Meinung nach …".
    std::vector<QuoteCandidate> alt;
    if (verb_frames(sc, s, alt) && alt.front().cue && out.back().cue) {
      const Span content = alt.front().extent();
      const Span src = *out.back().cue;
      if (alt.front().cue->end <= content.start && content.start <= src.start && src.end <= content.end) {
        out.resize(before);
        out.push_back(std::move(alt.front()));
      }
    }
    return true;
  }
  if (wie_frame(sc, s, out)) return true;
  if (verb_frames(sc, s, out)) return true;
  if (passive_frame(sc, s, out)) return true;
  if (object_frame_en(sc, s, out)) return true;
  return reported(sc, s, out);
}

}  // namespace

bool sentence_source(const Scanner& sc, const SentenceInfo& si, std::optional<Span>& cue,
                     std::optional<Span>& speaker) {
  if (sc.lx().lang != Lang::De) return false;
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
    } else if (w == u"so" && i > a + 2 && sc.is(i - 1, u',')) {
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

void indirect_in_sentence(const Scanner& sc, const SentenceInfo& si, const SentenceInfo* prev,
                          std::vector<QuoteCandidate>& out) {
  Sentence s{si.first_token, si.end_token, si.end_token};
  if (s.b <= s.a) return;
  while (s.ce > s.a && (sc.sentence_end_punct(s.ce - 1) || (sc.quote_mark(s.ce - 1) && !sc.in_quote(s.ce - 1)))) --s.ce;
  if (count_words(sc, s.a, s.b) < 3) return;
  if (demonstrative_frame(sc, s, prev, out)) return;
  // Several statements in one sentence ("Cook said Carter stopped the
  // practice, but Cook did not say when"): after a frame whose content ends
  // early, the rest of the sentence is read again (at most three rounds, so
  // the work stays linear in the sentence length).
  for (int round = 0; round < 3; ++round) {
    if (!one_frame(sc, s, out)) return;
    const QuoteCandidate& c = out.back();
    uint32_t end = c.extent().end;
    if (c.cue) end = std::max(end, c.cue->end);
    if (c.speaker) end = std::max(end, c.speaker->end);
    uint32_t a = s.a;
    while (a < s.ce && sc.doc().tokens[a].start < end) ++a;
    while (a < s.ce && sc.punct(a)) ++a;
    if (a + 3 > s.ce || count_words(sc, a, s.ce) < 4 || c.type == QuoteType::Reported) return;
    s.a = a;
  }
}

}  // namespace quelle::quotes
