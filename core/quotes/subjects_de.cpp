// German subject finders of the scanner: the subject of a sentence or a
// speech verb when German word order puts it before the verb, after it, or
// behind a Vorfeld adverbial, and the word tests they share (role words,
// names with a hyphenated particle, "von" phrases, passive auxiliaries).
// The general phrase finders (np_before, np_after, np_ending_at) are in
// scan.cpp.
#include "quotes/scan.hpp"

#include "quotes/word_tests.hpp"

namespace quelle::quotes {
using namespace words;

std::optional<TokenRange> Scanner::heisst_es_source(uint32_t v, uint32_t limit) const {
  uint32_t a = v + 2;
  while (a < limit && a - v <= 4 && word(a) && !cap(a) && !determiner(a) && np_stop(a) && !has_class(a, kPrepositionW) &&
         low(a) != u"vom") {
    ++a;
  }
  if (a >= limit || !word(a) || !(has_class(a, kPrepositionW) || low(a) == u"vom")) return std::nullopt;
  const std::u16string_view w = low(a);
  const bool fused = w == u"im" || w == u"beim" || w == u"vom" || w == u"zum" || w == u"zur" || w == u"am";
  auto np = np_after(a + 1, limit);
  if (np && fused) np->begin = a;
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
  if (p && lx_.lang == Language::De && (low(p->begin) == u"sie" || low(p->begin) == u"es") && !cap(p->begin)) {
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
  const std::u16string_view focus = low(a);
  if ((focus == u"auch" || focus == u"selbst" || focus == u"sogar" || focus == u"nur") && a + 3 < end &&
      word(a + 1) && (determiner(a + 1) || (cap(a + 1) && !np_stop(a + 1)))) {
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

}  // namespace quelle::quotes
