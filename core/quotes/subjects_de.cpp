// German subject finders of the scanner: the subject of a sentence or a
// speech verb when German word order puts it before the verb, after it, or
// behind a Vorfeld adverbial, and the word tests they share (role words,
// names with a hyphenated particle, "von" phrases, passive auxiliaries).
// The general phrase finders (np_before, np_after, np_ending_at) are in
// scan.cpp; their steps that only German needs (verb-final clauses,
// attachments after the noun, Vorfeld tests) are at the end of this file.
#include "quotes/scan.hpp"
#include "quotes/word_tests.hpp"

namespace quelle::quotes {
using namespace words;

std::optional<TokenRange> Scanner::heisst_es_source(uint32_t v, uint32_t limit) const {
  uint32_t a = v + 2;
  while (a < limit && a - v <= 4 && word(a) && !cap(a) && !determiner(a) && np_stop(a) &&
         !has_class(a, kPrepositionW) && low(a) != u"vom") {
    ++a;
  }
  if (a >= limit || !word(a) || !(has_class(a, kPrepositionW) || low(a) == u"vom")) return std::nullopt;
  auto np = np_after(a + 1, limit);
  if (np && fused_preposition_de(low(a))) np->begin = a;
  return np;
}

bool Scanner::name_cap(uint32_t i) const {
  if (!word(i)) return false;
  if (cap(i)) return true;
  const std::u16string_view w = low(i);
  const size_t h = w.find(u'-');
  return h != std::u16string_view::npos && h >= 1 && h <= 3 && h + 1 < w.size() &&
         doc_.text[doc_.tokens[i].start + h + 1] != w[h + 1];
}

bool Scanner::role_word(uint32_t i) const {
  if (!word(i) || !cap(i)) return false;
  return has_class(i, kRoleNounW | kTitleW) || lx_.role_compound(low(i));
}

std::optional<TokenRange> Scanner::pronoun_or_np_before(uint32_t verb, uint32_t floor) const {
  auto p = pronoun_after(verb);
  if (p && lx_.lang == Language::De && object_or_subject_pronoun_de(low(p->begin)) && !cap(p->begin)) {
    if (auto np = np_before(verb, floor)) {
      for (uint32_t k = np->begin; k < np->end; ++k) {
        if (role_word(k)) return np;
      }
    }
  }
  if (p) return p;
  return np_before(verb, floor);
}

bool Scanner::object_article(uint32_t i) const {
  return lx_.lang == Language::De && word(i) && object_article_de(low(i));
}

std::optional<TokenRange> Scanner::sentence_subject(const SentenceInfo& s) const {
  if (lx_.lang != Language::De) return std::nullopt;
  uint32_t a = s.first_token;
  const uint32_t end = s.end_token;
  if (a + 2 >= end || !word(a) || in_quote(a) || quote_mark(a)) return std::nullopt;
  // A focus adverb before the subject: "Auch der Sprecher, X, will …".
  if (sentence_focus_adverb_de(low(a)) && a + 3 < end && word(a + 1) &&
      (determiner(a + 1) || (cap(a + 1) && !np_stop(a + 1)))) {
    ++a;
  }
  // The subject first: "Das Robert-Koch-Institut sieht …", "Er gab …".
  if (pronoun(a)) return TokenRange{a, a + 1};
  if (has_class(a, kClauseWordW | kSubordinatorW)) return std::nullopt;  // "Obwohl X …": a subordinate clause
  if ((determiner(a) || (cap(a) && !np_stop(a) && !adverb_form_de(low(a)))) && !has_class(a, kPrepositionW) &&
      !speech_verb(a)) {
    if (auto np = np_after(a, end); np && np->begin == a && np->end < end) {
      const uint32_t e = np->end;
      // (a verb ending like an adjective, "bezweifelte", is not followed by
      // the noun an adjective would qualify)
      const bool attributive = adjective_like(e) && e + 1 < end && word(e + 1) && cap(e + 1);
      if (word(e) && !cap(e) && !in_quote(e) && !determiner(e) && !subordinator(e) &&
          !has_class(e, kPrepositionW | kClauseWordW) && !attributive) {
        return np;
      }
      if (word(e) && (speech_verb(e) || report_verb(e))) return np;
      // A name in apposition, then the verb: "Der Flugbetriebsleiter,
      // Reinhard Kraxner, spekulierte …".
      if (is(e, u',')) {
        uint32_t k = e + 1;
        // (the apposition may already be part of the phrase)
        for (uint32_t c = a; c < e; ++c) {
          if (is(c, u',')) k = e;
        }
        while (k < end && k - e <= 4 && word(k) && (cap(k) || name_particle(k)) && !np_stop(k)) ++k;
        if ((k > e + 1 || k == e) && k + 1 < end && is(k, u',') && word(k + 1) && !cap(k + 1) && !in_quote(k + 1) &&
            !determiner(k + 1) && !subordinator(k + 1) && !has_class(k + 1, kPrepositionW | kClauseWordW) &&
            !adjective_like(k + 1)) {
          return TokenRange{a, k};
        }
      }
    }
    // A longer Vorfeld before a speech or report verb.
    for (uint32_t v = a + 2; v < end && v - a <= 12; ++v) {
      if (!word(v) || in_quote(v)) break;
      if (!cap(v) && (speech_verb(v) || report_verb(v))) return vorfeld_subject_de(v);
    }
    return std::nullopt;
  }
  // A prepositional Vorfeld, then any finite verb and its subject: "Unter
  // dem Motto „Freiheit statt Angst“ zogen die Demonstranten …".
  if (has_class(a, kPrepositionW)) {
    for (uint32_t v = a + 1; v < end && v - a <= 12; ++v) {
      if (quote_mark(v)) {
        const auto after = short_quote_after(v);
        if (!after) break;
        v = *after - 1;
        continue;
      }
      if (punct(v) || in_quote(v)) break;
      // (an attributive adjective before its noun, not a verb ending in -en)
      const bool attributive = adjective_like(v) && !pronoun(v) && v + 1 < end && word(v + 1) && cap(v + 1);
      if (!word(v) || doc_.tokens[v].has(kNumber) || cap(v) || determiner(v) || attributive || name_particle(v) ||
          has_class(v, kPrepositionW) || low(v) == u"vom") {
        continue;
      }
      if (np_stop(v) || subordinator(v) || has_class(v, kClauseWordW)) break;
      if (auto p = pronoun_after(v)) return p;
      return subject_after_verb_de(v);
    }
  }
  // A Vorfeld adverbial, the finite verb, then the subject: "Am 15. Mai hat
  // die Wahlkommission …", "In einem Interview erklärte der Direktor …".
  for (uint32_t v = a + 1; v < end && v - a <= 10; ++v) {
    if (punct(v) || in_quote(v) || quote_mark(v)) break;
    if (!word(v) || cap(v)) continue;
    if (!(speech_verb(v) || report_verb(v) || auxiliary_de(low(v)) || has_class(v, kParticleVerbW))) continue;
    if (auto p = pronoun_after(v)) return p;
    uint32_t f = v + 1;
    while (f + 1 < end && word(f) && reflexive(low(f))) ++f;
    if (f < end && word(f) && (determiner(f) || (cap(f) && !np_stop(f))) && !has_class(f, kPrepositionW)) {
      if (auto np = np_after(f, end); np && np->begin == f) return np;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

bool Scanner::von_phrase_de(uint32_t i) const {
  if (lx_.lang != Language::De || !word(i)) return false;
  const std::u16string_view w = low(i);
  if (w == u"vom") return true;
  if (w != u"von" || i + 1 >= size() || !word(i + 1)) return false;
  // Not a name: "Von der Leyen", "von Weizsäcker" (an article that names
  // take, "der", or a capitalised word right after "von").
  const std::u16string_view n = low(i + 1);
  if (n == u"der" || cap(i + 1)) return false;
  return determiner(i + 1) || adjective_like(i + 1) || object_article_de(n);
}

std::optional<TokenRange> Scanner::subject_after_verb_de(uint32_t verb) const {
  const SentenceInfo& sen = doc_.sentences[doc_.tokens[verb].sentence];
  uint32_t a = verb + 1;
  while (a < sen.end_token && a - verb < 4 && word(a) && !pronoun(a) && np_stop(a) && !has_class(a, kPrepositionW) &&
         !cap(a)) {
    ++a;
  }
  if (a < sen.end_token && word(a) && !in_quote(a) && !has_class(a, kPrepositionW | kTimeWordW) &&
      !object_article_de(low(a))) {
    if (pronoun(a)) return TokenRange{a, a + 1};
    if (determiner(a) || (cap(a) && !np_stop(a))) {
      // not past the comma that opens the content ("meldeten die Nachrichten
      // der Tagesschau, Feldmann rechne …")
      // (an apposition closed by a second comma stays: "nannte Jan Bode,
      // Leiter des Vereins, den Plan …")
      uint32_t limit = a;
      while (limit < sen.end_token && !is(limit, u',') && !is(limit, u':')) ++limit;
      if (limit < sen.end_token && is(limit, u',')) {
        uint32_t k = limit + 1;
        while (k < sen.end_token && k - limit <= 6 && word(k) && !in_quote(k) &&
               (cap(k) || determiner(k) || adjective_like(k) || name_particle(k))) {
          ++k;
        }
        if (k > limit + 1 && k < sen.end_token && is(k, u',')) limit = k + 1;
      }
      if (auto r = np_after(a, limit); r && r->begin == a) return r;
    }
  }
  return std::nullopt;
}

bool Scanner::passive_aux_near(uint32_t verb) const {
  return passive_aux_de(low(verb)) ||
         (verb + 1 < doc_.tokens.size() && word(verb + 1) && passive_aux_de(low(verb + 1)));
}

std::optional<TokenRange> Scanner::vorfeld_subject_de(uint32_t verb) const {
  if (lx_.lang != Language::De || verb == 0 || cap(verb)) return std::nullopt;
  const uint32_t a = doc_.sentences[doc_.tokens[verb].sentence].first_token;
  if (verb < a + 2 || verb - a > 12 || !word(a) || in_quote(a)) return std::nullopt;
  if (!(determiner(a) || (cap(a) && !np_stop(a) && !adverb_form_de(low(a)))) || object_article(a) ||
      has_class(a, kPrepositionW | kClauseWordW | kSubordinatorW) || pronoun(a)) {
    return std::nullopt;
  }
  // Not a genitive ("Des Weiteren") nor an adverb before a preposition
  // ("Zusammen mit X plädiert Frank").
  if (low(a) == u"des" || (!determiner(a) && has_class(a + 1, kPrepositionW))) return std::nullopt;
  if (von_phrase_de(a) && !passive_aux_near(verb)) return std::nullopt;
  for (uint32_t k = a + 1; k < verb; ++k) {
    if (!word(k) || in_quote(k) || quote_mark(k)) return std::nullopt;
    if (cap(k) || determiner(k) || adjective_like(k)) continue;
    const std::u16string_view w = low(k);
    if (speech_verb(k) || report_verb(k) || auxiliary_de(w) || subordinator(k) || has_class(k, kClauseWordW) ||
        pronoun(k)) {
      return std::nullopt;
    }
  }
  // The last word before the verb is a noun (capitalised): the phrase ends there.
  if (!cap(verb - 1)) return std::nullopt;
  return TokenRange{a, verb};
}

std::optional<TokenRange> Scanner::coordinated_subject_de(uint32_t verb) const {
  if (lx_.lang != Language::De || verb == 0 || low(verb - 1) != u"und" || cap(verb)) return std::nullopt;
  const SentenceInfo& s = doc_.sentences[doc_.tokens[verb].sentence];
  if (verb - 1 <= s.first_token) return std::nullopt;
  auto np = sentence_subject(s);
  if (!np || np->end >= verb - 1) return std::nullopt;
  // no comma between: "X sagte, man plane …, und forderte" stays possible,
  // but another finite clause's subject ("…, die Polizei … und nahm") not.
  return np;
}

// The steps of np_after and np_before that only German word order needs.

uint32_t Scanner::attachments_end_de(TokenRange r, uint32_t limit) const {
  if (lx_.lang != Language::De) return r.end;
  for (int round = 0; round < 3 && r.end < limit; ++round) {
    const uint32_t e = r.end;
    if (quote_mark(e) && in_quote(e) && cap(e - 1)) {
      uint32_t k = e + 1;
      while (k < limit && k - e < 7 && in_quote(k) && quote_of(k) == quote_of(e) && !quote_mark(k)) ++k;
      if (k < limit && k - e < 7 && quote_mark(k) && quote_of(k) == quote_of(e) && k > e + 1) {
        r.end = k + 1;
        continue;
      }
      break;
    }
    if (genitive(low(e)) && e + 1 < limit && cap(e - 1)) {
      // "einem Bericht der „Frankfurter Allgemeine Zeitung“"
      if (auto qe = short_quote_after(e + 1); qe && *qe <= limit) {
        r.end = *qe;
        continue;
      }
    }
    if (is(e, u'(')) {
      uint32_t k = e + 1;
      while (k < limit && k - e < 6 && word(k)) ++k;
      if (k < limit && k > e + 1 && is(k, u')')) {
        r.end = k + 1;
        continue;
      }
      break;
    }
    const std::u16string_view w = low(e);
    if (e + 1 < limit && word(e) && cap(e - 1) && von_de(w)) {
      // "Johanna Moser vom „Queer Beograd Kollektiv“"
      const uint32_t o = (w == u"von" && e + 2 < limit && determiner(e + 1)) ? e + 2 : e + 1;
      if (auto qe = short_quote_after(o); qe && *qe <= limit) {
        r.end = *qe;
        continue;
      }
    }
    if (e + 1 < limit && word(e) && cap(e - 1) && place_preposition_de(w) && cap(e + 1) && !np_stop(e + 1) &&
        !speech_verb(e + 1) && !in_quote(e + 1)) {
      uint32_t k = e + 1;
      while (k < limit && k - e < 5 && word(k) && cap(k) && !np_stop(k) && !speech_verb(k)) ++k;
      r.end = k;
      continue;
    }
    break;
  }
  return r.end;
}

std::optional<TokenRange> Scanner::apposition_before_participle_de(uint32_t verb, uint32_t floor) const {
  if (lx_.lang != Language::De || verb <= floor + 4 || !is(verb - 1, u',') || cap(verb)) return std::nullopt;
  uint32_t p = verb - 1;
  while (p > floor && verb - 1 - p < 4 && word(p - 1) && !in_quote(p - 1) && (cap(p - 1) || name_particle(p - 1))) --p;
  if (p >= verb - 1 || p <= floor + 1 || !is(p - 1, u',')) return std::nullopt;
  bool aux = false;  // the finite auxiliary earlier in the clause
  for (uint32_t k = p - 1; k > floor && p - 1 - k < 12 && !aux;) {
    --k;
    if (punct(k) || in_quote(k)) break;
    aux = auxiliary_de(low(k));
  }
  if (!aux) return std::nullopt;
  if (auto r = np_before(p - 1, floor); r && r->end <= p - 1 && r->end + 6 >= p - 1) {
    r->end = verb - 1;
    return r;
  }
  return std::nullopt;
}

std::optional<uint32_t> Scanner::clause_auxiliary_de(uint32_t verb, uint32_t floor) const {
  if (lx_.lang != Language::De) return std::nullopt;
  // (Skipping a party in brackets, "Thomas de Maizière (CDU) am Freitag
  // bekanntgegeben", was tried in session 13: cross-validated speaker F1
  // on train 0.612 -> 0.611.)
  for (uint32_t k = verb; k > floor && verb - k < 10;) {
    --k;
    // (an ordinal's period is no boundary: "am 25. November 2005 angekündigt")
    if ((punct(k) && !(is(k, u'.') && k > floor && doc_.tokens[k - 1].has(kNumber) &&
                       doc_.tokens[k].sentence == doc_.tokens[verb].sentence)) ||
        quote_mark(k) || in_quote(k)) {
      return std::nullopt;
    }
    if (auxiliary_de(low(k))) {
      if (k + 1 < verb || (k > floor && !cap(k))) return k;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<TokenRange> Scanner::subject_around_auxiliary_de(uint32_t aux, uint32_t verb, uint32_t floor) const {
  if (aux + 1 == verb) return np_before(aux, floor);
  if (auto r = np_before(aux, floor)) return r;
  // The subject after the auxiliary: "So hatte der Minister X noch im Mai
  // zugesichert: …", "Ursprünglich wollte er …"; not after a passive one
  // (the patient).
  const uint32_t k = aux;
  // The Vorfeld is an adverbial when no subject stands before the
  // auxiliary and it is a prepositional phrase ("In Berlin hat der Minister
  // gesagt, …") or a clause closed by a comma ("Da es keine Verordnung
  // gibt, hat der VfGH entschieden, …"); then an object article after the
  // auxiliary is no subject ("… hat dem Minister gesagt").
  const bool adverbial_vorfeld = k > floor + 1 &&
                                 (is(k - 1, u',') || (has_class(floor, kPrepositionW) && cap(floor))) &&
                                 !object_article_de(low(k + 1));
  if (!passive_aux_de(low(k)) && k > floor &&
      ((!punct(k - 1) &&
        (np_stop(k - 1) || !cap(k - 1) || has_class(k - 1, kPrepositionW) || doc_.tokens[k - 1].has(kNumber))) ||
       adverbial_vorfeld)) {
    uint32_t a = k + 1;
    while (a + 1 < verb && word(a) && reflexive(low(a))) ++a;
    if (word(a) && !has_class(a, kPrepositionW | kTimeWordW) &&
        (determiner(a) || pronoun(a) || (cap(a) && !np_stop(a)))) {
      if (auto r = np_after(a, verb)) return r;
    }
  }
  return std::nullopt;
}

bool Scanner::relative_clause_de(uint32_t k, uint32_t e) const {
  if (lx_.lang != Language::De) return false;
  return (determiner(k) && k + 1 < e && !cap(k + 1) && !adjective_like(k + 1)) || relative_only_de(low(k));
}

std::optional<uint32_t> Scanner::np_start_de(uint32_t j, uint32_t head_end) const {
  if (lx_.lang != Language::De) return j;
  uint32_t k = head_end;
  while (k > j && (cap(k - 1) || in_quote(k - 1) || determiner(k - 1) || adjective_like(k - 1) ||
                   // a name particle, but not "zu" before an article ("Passend zu den Gefahren")
                   (name_particle(k - 1) && !(low(k - 1) == u"zu" && determiner(k))) || low(k - 1) == u"von" ||
                   doc_.tokens[k - 1].has(kNumber) ||
                   // "Ein Regierungssprecher in Berlin", "Merkel sowie Stoiber", "Polzer vom LKA"
                   (np_joiner_de(low(k - 1)) && k < head_end && k - 1 > j && cap(k - 2) && !np_stop(k - 2) &&
                    (cap(k) || determiner(k))))) {
    --k;
  }
  if (k == j) return j;
  if (k == head_end) return std::nullopt;
  // The phrase is the object of a preposition ("Bereits im Dezember 2005
  // hatte …", "Bei dem Konzert sagte …"): a Vorfeld adverbial, unless the
  // preposition is inside a name.
  if (has_class(k - 1, kPrepositionW)) {
    if (!name_with_preposition_de(j, k)) return std::nullopt;
    return j;
  }
  return k;
}

bool Scanner::name_with_preposition_de(uint32_t j, uint32_t k) const {
  // "Die Hilfsorganisation Ärzte ohne Grenzen teilte mit": an article or a
  // capitalised noun before the preposition at k - 1, not an adverbial's
  // preposition.
  bool np = k - 1 > j && cap(k - 2) && !np_stop(j) && !has_class(j, kPrepositionW) && name_preposition_de(low(k - 1)) &&
            (determiner(j) || (cap(j) && !adverb_form_de(low(j))));
  for (uint32_t m = j; np && m + 1 < k; ++m) {
    np = word(m) && !in_quote(m) && (cap(m) || determiner(m) || adjective_like(m));
  }
  return np;
}

bool Scanner::vorfeld_adverb_de(uint32_t j, uint32_t head_end) const {
  return lx_.lang == Language::De && np_stop(j) && !pronoun(j) && !has_class(j, kPrepositionW) &&
         ((j + 2 < head_end && determiner(j + 1)) ||
          (j + 2 == head_end && pronoun(j + 1) && !has_class(j, kClauseWordW | kSubordinatorW)) ||
          (j + 1 < head_end && !has_class(j, kClauseWordW | kSubordinatorW) && !determiner(j) && low(j) != u"als" &&
           cap(j + 1) && word(j + 1) && !np_stop(j + 1) && !determiner(j + 1) && !adverb_form_de(low(j + 1))));
}

bool Scanner::object_vorfeld_de(uint32_t j, uint32_t floor) const {
  if (lx_.lang != Language::De) return false;
  uint32_t v0 = j;
  // (past numbers and the colon of a time: "Um 15:36 Uhr meldeten …")
  while (v0 > floor && !in_quote(v0 - 1) && doc_.tokens[v0 - 1].sentence == doc_.tokens[j].sentence &&
         (word(v0 - 1) || doc_.tokens[v0 - 1].has(kNumber) ||
          (is(v0 - 1, u':') && v0 - 1 > floor && doc_.tokens[v0 - 2].has(kNumber)))) {
    --v0;
  }
  const SentenceInfo& sen = doc_.sentences[doc_.tokens[j].sentence];
  if (v0 != sen.first_token) return false;
  if (v0 < j && cap(v0) && object_article_de(low(v0))) return true;
  // a preposition first, after adverbs only ("Bereits während …")
  uint32_t m = v0;
  while (m < j && np_stop(m) && !has_class(m, kPrepositionW)) ++m;
  return has_class(m, kPrepositionW);
}

}  // namespace quelle::quotes
