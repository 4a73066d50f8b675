#include "quotes/scan.hpp"

namespace quelle::quotes {
namespace {

// Conjunctions and relative words that open a new clause: a subject scan
// stops there.
bool clause_word(std::u16string_view w) {
  static const WordSet words = [] {
    WordSet s;
    add_words(s, uR"(und oder aber denn sondern weil wie als während nachdem obwohl wenn
and or but because while when although as after before since whereas
et ou mais car quand e o ma perché y pero en of maar omdat want)");
    return s;
  }();
  return words.count(w) != 0;
}

bool has_suffix(std::u16string_view w, std::u16string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

bool auxiliary_de(std::u16string_view w) {
  return w == u"hat" || w == u"hatte" || w == u"haben" || w == u"hatten" || w == u"habe" || w == u"ist" ||
         w == u"war" || w == u"wurde" || w == u"wurden" || w == u"wird" || w == u"werden" || w == u"sei";
}

bool genitive(std::u16string_view w) {
  return w == u"des" || w == u"der" || w == u"eines" || w == u"einer" || w == u"seiner" || w == u"ihrer" ||
         w == u"seines" || w == u"ihres";
}

bool reflexive(std::u16string_view w) {
  return w == u"sich" || w == u"ihm" || w == u"ihr" || w == u"ihnen" || w == u"uns" || w == u"mir" || w == u"dazu" ||
         w == u"darauf" || w == u"dabei" || w == u"auch" || w == u"zudem" || w == u"außerdem" || w == u"weiter";
}

bool demonstrative(std::u16string_view w) {
  return w == u"dies" || w == u"das" || w == u"dieses" || w == u"es" || w == u"this" || w == u"that" ||
         w == u"it" || w == u"there" || w == u"so";
}

}  // namespace

bool Scanner::speech_verb(uint32_t i) const {
  const std::u16string_view w = low(i);
  if (lx_.speech_verbs.count(w) != 0) return true;
  // French inversion joined by the segmenter: "explique-t-il", "a-t-elle".
  if (lx_.lang == Lang::Fr) {
    const size_t dash = w.find(u'-');
    if (dash != std::u16string_view::npos && lx_.speech_verbs.count(w.substr(0, dash)) != 0) return true;
  }
  return false;
}

bool Scanner::adjective_like(uint32_t i) const {
  if (!word(i) || cap(i) || np_stop(i) || determiner(i) || speech_verb(i)) return false;
  const std::u16string_view w = low(i);
  return has_suffix(w, u"e") || has_suffix(w, u"en") || has_suffix(w, u"er") || has_suffix(w, u"es") ||
         has_suffix(w, u"em");
}

bool Scanner::apposition_opener(uint32_t i) const {
  const std::u16string_view w = low(i);
  if (w == u"a" || w == u"an" || w == u"ein" || w == u"eine" || w == u"un" || w == u"une" || w == u"una" ||
      w == u"uno" || w == u"um" || w == u"uma" || w == u"een") {
    return true;
  }
  if (lx_.role_nouns.count(w) != 0 || lx_.titles.count(w) != 0) return true;
  // German role compounds are capitalised nouns: "Vizepräsident von Alibaba".
  return lx_.lang == Lang::De && cap(i) && !determiner(i) && !np_stop(i);
}

bool Scanner::name_particle(uint32_t i) const {
  static const WordSet particles = [] {
    WordSet s;
    add_words(s, u"von van de der den du da di del della dos das la le bin al ten ter zu");
    return s;
  }();
  return !cap(i) && particles.count(low(i)) != 0;
}

std::optional<TokenRange> Scanner::np_after(uint32_t from, uint32_t limit) const {
  if (from >= limit || from >= size()) return std::nullopt;
  limit = std::min(limit, size());
  // A reflexive or object pronoun before the subject: "äußerte sich der Minister".
  while (from + 1 < limit && word(from) && reflexive(low(from))) ++from;
  if (word(from) && pronoun(from) && !in_quote(from)) return TokenRange{from, from + 1};
  const bool lower_nouns = lx_.lang != Lang::De;  // nouns are lower case outside German
  uint32_t i = from;
  uint32_t last_ok = from;
  bool started = false;
  while (i < limit && i - from < 14) {
    if (in_quote(i) || quote_mark(i) || punct(i)) break;
    if (doc_.tokens[i].sentence != doc_.tokens[from].sentence) break;
    if (!word(i)) break;
    // An article right after a noun opens the next phrase (the object:
    // "nannte der Berliner das Spiel"), except a genitive ("der Sprecher der Polizei").
    if (determiner(i) && started && last_ok == i && !genitive(low(i))) break;
    if (determiner(i) && (!cap(i) || i == from)) {
      started = true;
      ++i;
      continue;
    }
    if (cap(i)) {
      if (np_stop(i)) break;  // a capitalised preposition or adverb
      if (speech_verb(i)) break;
      started = true;
      last_ok = ++i;
      continue;
    }
    if (name_particle(i) && i + 1 < limit && cap(i + 1) && last_ok == i) {
      ++i;
      continue;
    }
    const std::u16string_view w = low(i);
    // Attributes joined by a preposition belong to the phrase: "Vizepräsident
    // von Alibaba", "a spokeswoman for the ministry".
    if (last_ok == i && started && i + 1 < limit &&
        (w == u"von" || w == u"for" || w == u"of" || w == u"at" || w == u"de" || w == u"di" || w == u"van") &&
        (cap(i + 1) || determiner(i + 1))) {
      ++i;
      continue;
    }
    if (np_stop(i) || speech_verb(i) || subordinator(i) || pronoun(i)) break;
    if (lower_nouns && started) {
      last_ok = ++i;
      continue;
    }
    // German adjectives stand between an article (or another adjective)
    // and the noun: "der afghanischen Regierung", "Der 81-jährige Besitzer".
    if (started && i > from && (determiner(i - 1) || adjective_like(i - 1)) && adjective_like(i) &&
        i + 1 < limit && word(i + 1) && (cap(i + 1) || adjective_like(i + 1))) {
      ++i;
      continue;
    }
    break;
  }
  if (last_ok == from) return std::nullopt;
  TokenRange r{from, last_ok};
  // German attachments after the noun that the corpora keep in the speaker:
  // a short quoted name ("des Magazins „Der Spiegel“"), an abbreviation in
  // parentheses ("die Aufsichtsbehörde (DGAC)") and a place or employer
  // ("ein Sprecher in Berlin", "Theo Kitz vom Bankhaus Merck Finck").
  if (lx_.lang == Lang::De) {
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
      if (e + 1 < limit && word(e) && cap(e - 1) && (w == u"vom" || w == u"aus" || w == u"in") &&
          cap(e + 1) && !np_stop(e + 1) && !speech_verb(e + 1) && !in_quote(e + 1)) {
        uint32_t k = e + 1;
        while (k < limit && k - e < 5 && word(k) && cap(k) && !np_stop(k) && !speech_verb(k)) ++k;
        r.end = k;
        continue;
      }
      break;
    }
  }
  // An apposition right after the name: "said John Smith, a spokesman for X."
  // Only after a name, and only an indefinite or a role: "the report, the
  // economy grew" is a frame and its content, not an apposition.
  if (r.end + 2 < limit && is(r.end, u',') && cap(r.end - 1) && apposition_opener(r.end + 1)) {
    uint32_t j = r.end + 1;
    while (j < limit && j - r.end < 12 && !punct(j) && !quote_mark(j) && !speech_verb(j)) ++j;
    if (j >= limit || is(j, u',') || sentence_end_punct(j)) r.end = j;
  }
  return r;
}

std::optional<TokenRange> Scanner::np_before(uint32_t verb, uint32_t floor) const {
  // German verb-final frames: the subject stands before the auxiliary
  // ("Der Arzt hat sich optimistisch geäußert", "Sie haben angekündigt").
  if (lx_.lang == Lang::De) {
    for (uint32_t k = verb; k > floor && verb - k < 10;) {
      --k;
      if (punct(k) || quote_mark(k) || in_quote(k)) break;
      if (auxiliary_de(low(k))) {
        if (k + 1 == verb && k > floor && !cap(k)) return np_before(k, floor);
        if (k + 1 < verb) return np_before(k, floor);
        break;
      }
    }
  }
  uint32_t e = verb;
  // Adverbs and auxiliaries between subject and verb: "Smith also said",
  // "he has repeatedly said".
  while (e > floor && word(e - 1) && !cap(e - 1) &&
         (lx_.pre_verb_adverbs.count(low(e - 1)) != 0 || (lx_.lang == Lang::En && has_suffix(low(e - 1), u"ly")))) {
    --e;
  }
  if (e <= floor) return std::nullopt;
  // A party or age in parentheses after the name: "Angela Merkel (CDU) forderte".
  uint32_t paren_end = e;
  if (is(e - 1, u')')) {
    uint32_t k = e - 1;
    while (k > floor && e - k < 6 && !is(k - 1, u'(')) --k;
    if (k > floor + 1 && is(k - 1, u'(')) e = k - 1;
  }
  if (e <= floor) return std::nullopt;
  uint32_t j = e;  // the phrase is [j, e)
  // "Hugh Hill, a doctor, said": skip one apposition between commas.
  if (is(e - 1, u',') && e - 1 > floor) {
    uint32_t k = e - 1;
    while (k > floor && e - k < 16 && !is(k - 1, u',') && !quote_mark(k - 1) && !sentence_end_punct(k - 1)) --k;
    if (k > floor + 1 && is(k - 1, u',') && k < e - 1) {
      j = k - 1;  // continue before the first comma
    } else {
      return std::nullopt;
    }
  }
  const uint32_t head_end = j;

  while (j > floor && head_end - j < 12) {
    const uint32_t p = j - 1;
    if (punct(p) || quote_mark(p) || in_quote(p)) break;
    if (!cap(p) && (subordinator(p) || clause_word(low(p)))) break;
    j = p;
  }
  if (j >= head_end) return std::nullopt;
  // A long stretch is not one noun phrase: keep the names and nouns at its end.
  if (head_end - j > 8) {
    uint32_t k = head_end;
    while (k > j && (cap(k - 1) || determiner(k - 1) || name_particle(k - 1)) && head_end - k < 8) --k;
    if (k == head_end) return std::nullopt;
    j = k;
  }
  // German: only the noun phrase right before the verb is the subject.
  if (lx_.lang == Lang::De) {
    uint32_t k = head_end;
    while (k > j && (cap(k - 1) || determiner(k - 1) || adjective_like(k - 1) || name_particle(k - 1) ||
                     low(k - 1) == u"von" || doc_.tokens[k - 1].has(kNumber) ||
                     // "Ein Regierungssprecher in Berlin", "Merkel sowie Stoiber", "Polzer vom LKA"
                     ((low(k - 1) == u"in" || low(k - 1) == u"im" || low(k - 1) == u"vom" || low(k - 1) == u"aus" ||
                       low(k - 1) == u"sowie" || low(k - 1) == u"für") &&
                      k < head_end && k - 1 > j && cap(k - 2) && !np_stop(k - 2) && (cap(k) || determiner(k))))) {
      --k;
    }
    if (k != j) {
      if (k == head_end) return std::nullopt;
      j = k;
    }
  }
  // German Vorfeld: an adverbial before the verb means the subject follows it.
  if (np_stop(j) && !pronoun(j)) return std::nullopt;
  if (head_end - j == 1 && (determiner(j) || demonstrative(low(j)))) return std::nullopt;  // "Das sagte ..."
  bool any = false;
  for (uint32_t k = j; k < head_end; ++k) any = any || cap(k) || pronoun(k) || (lx_.lang != Lang::De && determiner(k));
  if (!any) return std::nullopt;
  // "Hans-Jürgen Papier, Präsident des Gerichtes, sagte": not the last comma.
  while (lx_.lang == Lang::De && paren_end > j + 1 && is(paren_end - 1, u',')) --paren_end;
  return TokenRange{j, paren_end};
}

std::optional<TokenRange> Scanner::np_ending_at(uint32_t end, uint32_t floor) const {
  uint32_t j = end;
  while (j > floor && end - j < 10) {
    const uint32_t p = j - 1;
    if (!word(p) || in_quote(p)) break;
    if (cap(p) || determiner(p) || name_particle(p) || low(p) == u"von") {
      j = p;
      continue;
    }
    // A lower-case adjective inside the phrase ("dem jüngsten Bericht").
    if (p > floor && determiner(p - 1) && !np_stop(p)) {
      j = p;
      continue;
    }
    break;
  }
  // Start at an article or name, not at a dangling particle.
  while (j < end && !cap(j) && !determiner(j)) ++j;
  if (j >= end) return std::nullopt;
  return TokenRange{j, end};
}

}  // namespace quelle::quotes
