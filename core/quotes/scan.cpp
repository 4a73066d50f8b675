#include "quotes/scan.hpp"

#include "quotes/word_tests.hpp"

namespace quelle::quotes {
using namespace words;

Scanner::Scanner(const Document& doc, const Lexicon& lx, const std::vector<int32_t>& quote_of)
    : doc_(doc), lx_(lx), quote_of_(quote_of), cls_(doc.tokens.size(), 0) {
  for (uint32_t i = 0; i < cls_.size(); ++i) {
    if (!doc.tokens[i].has(kWord)) continue;
    const std::u16string_view w = doc.token_lower(i);
    uint32_t c = lx.classes_of(w);
    // French inversion joined by the segmenter: "explique-t-il", "a-t-elle".
    if (lx.lang == Language::Fr && (c & kSpeechVerbW) == 0) {
      const size_t dash = w.find(u'-');
      if (dash != std::u16string_view::npos && lx.is(w.substr(0, dash), kSpeechVerbW)) c |= kSpeechVerbW;
    }
    cls_[i] = c;
  }
}

bool Scanner::adjective_like(uint32_t i) const {
  if (!word(i) || cap(i) || np_stop(i) || determiner(i) || speech_verb(i)) return false;
  return adjective_ending(low(i));
}

bool Scanner::apposition_opener(uint32_t i) const {
  if (indefinite_article(low(i)) || has_class(i, kRoleNounW | kTitleW)) return true;
  // German role compounds are capitalised nouns: "Vizepräsident von Alibaba".
  return lx_.lang == Language::De && cap(i) && !determiner(i) && !np_stop(i);
}

bool Scanner::english_np_opening(uint32_t from, uint32_t limit) const {
  if (has_class(from, kRoleNounW | kTitleW)) return true;
  const std::u16string_view w = low(from);
  // Modifiers before a role and a name: "wrote student protester Joshua
  // Wong", "said veteran diplomat Jan Eliasson".
  for (uint32_t k = from + 1; k < limit && k - from <= 2; ++k) {
    if (!word(k) || cap(k) || in_quote(k) || np_stop(k) || speech_verb(k) || subordinator(k) || pronoun(k)) break;
    if (has_class(k, kRoleNounW | kTitleW) && k + 1 < limit && cap(k + 1) && !np_stop(k + 1)) return true;
  }
  if (np_opener_en(w)) {
    for (uint32_t k = from + 1; k < limit && k - from <= 4; ++k) {
      if (!word(k) || in_quote(k) || np_stop(k) || speech_verb(k) || subordinator(k) || pronoun(k)) return false;
      if (cap(k) || has_class(k, kRoleNounW | kTitleW) || pronominal_en(w)) return true;
    }
  }
  return false;
}

bool Scanner::compound_aux(uint32_t i) const { return has_class(i, kCompoundAuxW); }

bool Scanner::name_particle(uint32_t i) const { return !cap(i) && has_class(i, kNameParticleW); }

std::optional<uint32_t> Scanner::short_quote_start(uint32_t close) const {
  if (close == 0 || close >= size() || !quote_mark(close) || !in_quote(close)) return std::nullopt;
  const int32_t q = quote_of(close);
  uint32_t k = close;
  while (k > 0 && close - k < 8 && quote_of(k - 1) == q) --k;
  if (k == 0 || quote_of(k - 1) == q || k + 1 >= close || !quote_mark(k)) return std::nullopt;
  return k;
}

std::optional<uint32_t> Scanner::short_quote_after(uint32_t open) const {
  if (open >= size() || !quote_mark(open) || !in_quote(open)) return std::nullopt;
  const int32_t q = quote_of(open);
  if (open > 0 && quote_of(open - 1) == q) return std::nullopt;  // not the opening mark
  uint32_t k = open + 1;
  while (k < size() && k - open < 8 && quote_of(k) == q) ++k;
  if (k < size() && quote_of(k) == q) return std::nullopt;
  if (k <= open + 2 || !quote_mark(k - 1)) return std::nullopt;
  return k;
}

std::optional<TokenRange> Scanner::np_after(uint32_t from, uint32_t limit) const {
  if (from >= limit || from >= size()) return std::nullopt;
  limit = std::min(limit, size());
  // A reflexive or object pronoun before the subject: "äußerte sich der Minister".
  while (from + 1 < limit && word(from) && reflexive(low(from))) ++from;
  if (word(from) && pronoun(from) && !in_quote(from)) return TokenRange{from, from + 1};
  TokenRange r{from, np_head_end(from, limit)};
  if (r.empty()) return std::nullopt;
  r.end = attachments_end_de(r, limit);
  // English (PolNeAR) keeps a whole apposition after a name; otherwise a
  // short one that opens like an apposition is taken.
  if (lx_.lang == Language::En) {
    if (auto e = long_apposition_end_en(r, limit)) {
      r.end = *e;
      return r;
    }
  }
  r.end = apposition_end(r, limit);
  return r;
}

uint32_t Scanner::np_head_end(uint32_t from, uint32_t limit) const {
  const bool lower_nouns = lx_.lang != Language::De;  // nouns are lower case outside German
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
    // Attributes joined by a preposition belong to the phrase: "Vizepräsident
    // von Alibaba", "a spokeswoman for the ministry".
    if (last_ok == i && started && i + 1 < limit && attribute_preposition(lx_.lang, low(i)) &&
        (cap(i + 1) || determiner(i + 1))) {
      ++i;
      continue;
    }
    if (np_stop(i) || speech_verb(i) || subordinator(i) || pronoun(i)) break;
    // English phrases may open with lower-case words before the name or
    // role: "said spokesman John Kirby", "said one former GOP aide".
    if (lx_.lang == Language::En && !started && i == from && english_np_opening(from, limit)) {
      started = true;
      last_ok = ++i;
      continue;
    }
    if (lower_nouns && started) {
      last_ok = ++i;
      continue;
    }
    // German adjectives stand between an article (or another adjective)
    // and the noun: "der afghanischen Regierung", "Der 81-jährige Besitzer".
    if ((i == from || (started && (determiner(i - 1) || adjective_like(i - 1)))) && adjective_like(i) &&
        i + 1 < limit && word(i + 1) && (cap(i + 1) || adjective_like(i + 1))) {
      ++i;
      continue;
    }
    break;
  }
  return last_ok;
}

// Only after a name, and only an indefinite or a role: "the report, the
// economy grew" is a frame and its content, not an apposition. English "the"
// and possessives open one too when a role follows ("said Michael Steele,
// the former head of the Republican National Committee").
bool Scanner::role_apposition(uint32_t b, uint32_t limit) const {
  if (!determiner(b)) return false;
  if (lx_.lang == Language::En) {
    for (uint32_t k = b + 1; k < limit && k - b < 6 && word(k); ++k) {
      if (has_class(k, kRoleNounW | kTitleW)) return true;
    }
  } else if (lx_.lang == Language::De && !object_article_de(low(b))) {
    // "Ursula Castrup, die Leiterin der Fachstelle," (a role noun or a
    // compound ending in one: "der Regierungssprecher").
    for (uint32_t k = b + 1; k < limit && k - b < 4 && word(k); ++k) {
      if (cap(k)) return role_word(k);
    }
  }
  return false;
}

// PolNeAR keeps the whole apposition, relative clauses too: "said Mark
// Thurber, associate director for research at Stanford's Program on Energy",
// "said David Axelrod, who was the chief strategist on Obama's campaigns" --
// up to the sentence end, a quote, or a comma that opens another clause.
std::optional<uint32_t> Scanner::long_apposition_end_en(TokenRange r, uint32_t limit) const {
  if (!(r.end + 2 < limit && is(r.end, u',') && cap(r.end - 1) && word(r.end + 1) && !in_quote(r.end + 1))) {
    return std::nullopt;
  }
  const uint32_t o = r.end + 1;
  const std::u16string_view ow = low(o);
  const bool opener = apposition_opener(o) || role_apposition(o, limit) || ow == u"who" ||
                      doc_.tokens[o].has(kNumber) ||
                      (!cap(o) && !np_stop(o) && !speech_verb(o) && !subordinator(o) && !pronoun(o) &&
                       !has_class(o, kClauseWordW) && !verb_ending_en(ow));
  if (!opener) return r.end;
  uint32_t j = o;
  while (j < limit && j - o < 40) {
    if (quote_mark(j) || in_quote(j) || sentence_end_punct(j) || is(j, u';') || is(j, u':')) break;
    if (speech_verb(j) || has_class(j, kBeliefVerbW)) return r.end;
    if (is(j, u',') && j + 1 < limit && word(j + 1)) {
      // (a participle: "…, adding", "…, according to")
      if (low(j + 1).ends_with(u"ing") || subordinator(j + 1) || has_class(j + 1, kClauseWordW) || pronoun(j + 1) ||
          has_class(j + 1, kTimeWordW)) {
        break;
      }
    }
    ++j;
  }
  if (j == o || !(j >= limit || punct(j) || quote_mark(j))) return r.end;
  // The comma closing the apposition is part of it (PolNeAR: 9 in 10).
  return j < limit && is(j, u',') ? j + 1 : j;
}

// An apposition right after the name: "said John Smith, a spokesman for X."
uint32_t Scanner::apposition_end(TokenRange r, uint32_t limit) const {
  if (!(r.end + 2 < limit && is(r.end, u',') && cap(r.end - 1) &&
        (apposition_opener(r.end + 1) || role_apposition(r.end + 1, limit)))) {
    return r.end;
  }
  uint32_t j = r.end + 1;
  while (j < limit && j - r.end < 16 && !speech_verb(j)) {
    if (auto qe = short_quote_after(j); qe && *qe <= limit) {
      j = *qe;
      continue;
    }
    if (punct(j) || quote_mark(j)) break;
    ++j;
  }
  return j >= limit || is(j, u',') || sentence_end_punct(j) ? j : r.end;
}

std::optional<TokenRange> Scanner::np_before(uint32_t verb, uint32_t floor) const {
  // German verb-final frames: the subject stands before the auxiliary ("Der
  // Arzt hat sich optimistisch geäußert"), or joins a name in apposition.
  if (auto r = apposition_before_participle_de(verb, floor)) return r;
  if (auto aux = clause_auxiliary_de(verb, floor)) return subject_around_auxiliary_de(*aux, verb, floor);
  uint32_t e = subject_end(verb, floor);
  if (e <= floor) return std::nullopt;
  // A party or age in parentheses after the name: "Angela Merkel (CDU) forderte".
  uint32_t paren_end = e;
  e = parenthesis_start(e, floor);
  if (e <= floor) return std::nullopt;
  // English relative subject: "Barkley, who said he ..." (the corpus marks "who").
  if (lx_.lang == Language::En && e == verb && relative_en(low(e - 1))) {
    return TokenRange{e - 1, e};
  }
  uint32_t j = e;  // the phrase is [j, e)
  // "Hugh Hill, a doctor, said": skip the appositions between commas.
  if (is(e - 1, u',') && e - 1 > floor) {
    const std::optional<uint32_t> comma = apposition_comma(e, floor);
    if (!comma) return std::nullopt;
    j = *comma;
    // A German relative clause is not part of the speaker: "Deiss, der sich …
    // entschlossen hatte, sagte" -> "Deiss" (PolNeAR keeps English ones).
    if (relative_clause_de(j + 1, e)) paren_end = j;
    if (lx_.lang == Language::En) j = more_appositions_en(j, floor);
    j = short_apposition_start(j, floor);
  }
  const uint32_t head_end = j;
  j = head_start(head_end, floor);
  if (j >= head_end) return std::nullopt;
  // English verb chains are not part of the subject: "Cook declined to
  // [say]", "The Times is expected to [report]", "He has also called on ...";
  // and a clause before the subject is not either: "That is why critics [say]".
  if (lx_.lang == Language::En && paren_end == head_end) {
    const std::optional<TokenRange> r = without_verb_chain_en(j, head_end);
    if (!r) return std::nullopt;
    j = r->begin;
    paren_end = r->end;
  }
  // A long stretch is not one noun phrase: keep the names and nouns at its end.
  if (head_end - j > 8) {
    uint32_t k = head_end;
    while (k > j && (cap(k - 1) || determiner(k - 1) || name_particle(k - 1)) && head_end - k < 8) --k;
    if (k == head_end) return std::nullopt;
    j = k;
  }
  // German: only the noun phrase right before the verb is the subject.
  if (lx_.lang == Language::De) {
    const std::optional<uint32_t> b = np_start_de(j, head_end);
    if (!b) return std::nullopt;
    j = *b;
  }
  // A phrase opened by "von" before an active verb is a prepositional
  // object, not the subject ("Von den Einrichtungen erklärten nur die
  // Gefängnisse, …"); before a passive auxiliary it is the agent ("Von der
  // Opposition wurde … kritisiert").
  if (von_phrase_de(j) && !passive_aux_near(verb)) return std::nullopt;
  // A focus adverb before the subject: "Auch die Delegationsleiterin X äußerte sich".
  if (vorfeld_adverb_de(j, head_end)) ++j;
  // A German sentence opening with a preposition: the Vorfeld is an
  // adverbial, the subject follows the verb ("Um 15 Uhr meldeten dann die
  // Internet-Nachrichten der Tagesschau, …").
  if (lx_.lang == Language::De && cap(j) && has_class(j, kPrepositionW) && j > 0 &&
      doc_.tokens[j].sentence != doc_.tokens[j - 1].sentence) {
    return subject_after_verb_de(verb);
  }
  if (!subject_opening(j, head_end)) return std::nullopt;
  // The phrase ends a Vorfeld opened by an object or a preposition: the
  // verb is second, its subject follows it.
  if (object_vorfeld_de(j, floor)) return subject_after_verb_de(verb);
  // "Des Weiteren verwies X darauf": an adverbial, not a genitive phrase.
  if (lx_.lang == Language::De && head_end - j == 2 && low(j) == u"des" && genitive_adverb_de(low(j + 1))) {
    return std::nullopt;
  }
  if (!names_someone(j, head_end)) return std::nullopt;
  // "Hans-Jürgen Papier, Präsident des Gerichtes, sagte": not the last comma.
  while (lx_.lang == Language::De && paren_end > j + 1 && is(paren_end - 1, u',')) --paren_end;
  // The English verb-chain cut ends the phrase before a "to" or an
  // auxiliary; when the long-stretch rule has since started the phrase
  // after that cut ("… used blunt language to denounce what Australian
  // Prime Minister Malcolm Turnbull called"), the cut lies outside it and
  // the phrase runs to the verb. (Found by fuzzing: the span was inverted.)
  if (paren_end <= j) paren_end = head_end;
  return TokenRange{j, paren_end};
}

uint32_t Scanner::subject_end(uint32_t verb, uint32_t floor) const {
  uint32_t e = verb;
  // The auxiliary of a compound past: "Le ministre a déclaré", "De minister heeft gezegd".
  if (e > floor + 1 && compound_aux(e - 1)) --e;
  // Adverbs and auxiliaries between subject and verb: "Smith also said",
  // "he has repeatedly said".
  while (e > floor && word(e - 1) && !cap(e - 1) &&
         (has_class(e - 1, kPreVerbAdverbW) || (lx_.lang == Language::En && low(e - 1).ends_with(u"ly")))) {
    --e;
  }
  // German verb-final clauses put adverbs between the subject and the verb:
  // "zumal Verteidiger X immer wieder betont hatte".
  if (lx_.lang == Language::De) {
    uint32_t k = e;
    while (k > floor && e - k < 4 && word(k - 1) && !cap(k - 1) && np_stop(k - 1) && !pronoun(k - 1) &&
           !has_class(k - 1, kPrepositionW | kClauseWordW | kSubordinatorW) && !reflexive_only_de(low(k - 1))) {
      --k;
    }
    if (k < e && k > floor && word(k - 1) && cap(k - 1) && !np_stop(k - 1)) e = k;
  }
  return e;
}

uint32_t Scanner::parenthesis_start(uint32_t e, uint32_t floor) const {
  if (!is(e - 1, u')')) return e;
  uint32_t k = e - 1;
  const uint32_t span = lx_.lang == Language::En ? 14 : 6;  // "Kasich (who has 25 delegates to date) said"
  while (k > floor && e - k < span && !is(k - 1, u'(')) --k;
  return k > floor + 1 && is(k - 1, u'(') ? k - 1 : e;
}

std::optional<uint32_t> Scanner::apposition_comma(uint32_t e, uint32_t floor) const {
  uint32_t k = e - 1;
  while (k > floor && e - k < 24 && !is(k - 1, u',') && !sentence_end_punct(k - 1)) {
    if (auto qs = short_quote_start(k - 1); qs && *qs >= floor) {
      k = *qs;
      continue;
    }
    if (quote_mark(k - 1)) break;
    --k;
  }
  if (k > floor + 1 && is(k - 1, u',') && k < e - 1) return k - 1;
  return std::nullopt;
}

// Each segment before the comma at j opens like an apposition ("Dean
// Johnson, a 55-year-old salesman from Sumter, South Carolina, said", "Sue
// Lee, 62, who has not decided, said").
uint32_t Scanner::more_appositions_en(uint32_t j, uint32_t floor) const {
  for (int round = 0; round < 3; ++round) {
    const uint32_t c = j;  // the comma after the segment
    uint32_t b = c;
    while (b > floor && c - b < 24 && !punct(b - 1) && !quote_mark(b - 1) && !in_quote(b - 1) && !speech_verb(b - 1)) {
      --b;
    }
    if (b >= c || b <= floor + 1 || !is(b - 1, u',') || !word(b - 2) || !cap(b - 2)) break;
    const std::u16string_view bw = low(b);
    // Also a place or an aside: "Cory James, 22, of Flint, Mich., said",
    // "Clinton, during a town hall in Columbus, Ohio, said" (the aside is
    // trimmed off later, attribution.cpp).
    const bool aside = !cap(b) && aside_preposition_en(bw);
    const bool opener = (!cap(b) && (apposition_opener(b) || bw == u"who" || determiner(b))) || aside ||
                        doc_.tokens[b].has(kNumber) || has_class(b, kTitleW | kRoleNounW);
    if (!opener) break;
    j = b - 1;
  }
  return j;
}

// "Marley Anderson, 21, a junior from Las Vegas, said".
uint32_t Scanner::short_apposition_start(uint32_t j, uint32_t floor) const {
  uint32_t k = j;
  while (k > floor && j - k < 4 && !punct(k - 1) && !quote_mark(k - 1)) --k;
  if (k > floor + 1 && k < j && is(k - 1, u',') && !cap(k) && (doc_.tokens[k].has(kNumber) || apposition_opener(k))) {
    return k - 1;
  }
  return j;
}

uint32_t Scanner::head_start(uint32_t head_end, uint32_t floor) const {
  uint32_t j = head_end;
  while (j > floor && head_end - j < 12) {
    const uint32_t p = j - 1;
    if (auto qs = short_quote_start(p); qs && *qs > floor && lx_.lang == Language::De) {
      j = *qs;  // a quoted name in the subject: "Der Geschäftsführer von „Ener1“"
      continue;
    }
    if (punct(p) || quote_mark(p) || in_quote(p)) break;
    if (!cap(p) && (subordinator(p) || has_class(p, kClauseWordW))) {
      // "Der frühere Bürgermeister und Justizsenator", "Die IADB und der MIF"
      const bool coord =
          and_in(lx_.lang, low(p)) && p > floor && cap(p - 1) && word(p - 1) && (cap(p + 1) || determiner(p + 1));
      if (!coord) break;
    }
    j = p;
  }
  return j;
}

std::optional<TokenRange> Scanner::without_verb_chain_en(uint32_t j, uint32_t head_end) const {
  uint32_t k = j + 1;
  while (k < head_end && !(word(k) && !cap(k) && verb_chain_en(low(k)))) ++k;
  if (k >= head_end) return TokenRange{j, head_end};
  if (k == j + 1 && demonstrative(low(j))) {
    uint32_t m = head_end;
    while (m > k && !(word(m - 1) && !cap(m - 1) && (verb_chain_en(low(m - 1)) || question_word_en(low(m - 1))))) {
      --m;
    }
    if (m >= head_end) return std::nullopt;
    return TokenRange{m, head_end};
  }
  // "declined to", "refused to": the word before "to" is a verb too.
  if (low(k) == u"to" && k > j + 1 && !cap(k - 1) && verb_ending_en(low(k - 1))) {
    --k;
  }
  return TokenRange{j, k};
}

bool Scanner::subject_opening(uint32_t j, uint32_t head_end) const {
  // ("Ihr Vorsitzender X erklärte": a possessive, not the pronoun.)
  const bool possessive = lx_.lang == Language::De && low(j) == u"ihr" && cap(j) && j + 1 < head_end && cap(j + 1);
  // English "About three in 10 said": an approximation, not a preposition.
  const bool about_number = lx_.lang == Language::En && approximation_en(low(j)) && j + 1 < head_end &&
                            (doc_.tokens[j + 1].has(kNumber) || determiner(j + 1));
  if (np_stop(j) && !pronoun(j) && !possessive && !about_number) return false;
  // "Das sagte ..." (English "It said" is a company or a report speaking).
  // German "Dieser bestätigte", "Letztere sagte": a demonstrative standing
  // for a person speaks.
  const bool person_demonstrative = lx_.lang == Language::De && person_demonstrative_de(low(j));
  if (head_end - j == 1 && (determiner(j) || demonstrative(low(j))) && !(lx_.lang == Language::En && low(j) == u"it") &&
      !person_demonstrative) {
    return false;
  }
  // German: a sentence-initial adverb or adjective is capitalised only for
  // its position ("Offiziell geht die Regierung davon aus", "Besorgt
  // äußerte sich X", "Relativierend fügt Gall hinzu"): the subject follows.
  if (lx_.lang == Language::De && head_end - j == 1 && !pronoun(j) &&
      (j == 0 || doc_.tokens[j].sentence != doc_.tokens[j - 1].sentence) && adverb_form_de(low(j))) {
    return false;
  }
  // A phrase opened by a dative or accusative article is an object in the
  // Vorfeld, never the subject: "Den Unmut der CDU brachte die Sprecherin
  // … zum Ausdruck", "Dem Sender sagte er".
  return !(lx_.lang == Language::De && cap(j) && object_article_de(low(j)) && head_end - j >= 2);
}

bool Scanner::names_someone(uint32_t j, uint32_t head_end) const {
  // English lower-case groups: "federal officials said", "political experts said".
  bool any = lx_.lang == Language::En && has_class(head_end - 1, kRoleNounW) && !cap(head_end - 1) &&
             low(head_end - 1).ends_with(u"s");
  for (uint32_t k = j; k < head_end; ++k) {
    any = any || cap(k) || pronoun(k) ||
          (lx_.lang != Language::De && (determiner(k) || doc_.tokens[k].has(kNumber)));  // "47 percent said"
  }
  return any;
}

std::optional<TokenRange> Scanner::np_ending_at(uint32_t end, uint32_t floor) const {
  uint32_t j = end;
  while (j > floor && end - j < 10) {
    const uint32_t p = j - 1;
    if (!word(p) || in_quote(p)) break;
    if (cap(p) || name_cap(p) || determiner(p) || name_particle(p) || low(p) == u"von") {
      j = p;
      continue;
    }
    // A lower-case adjective inside the phrase ("dem jüngsten Bericht") or
    // opening it ("Ersten Angaben zufolge", "behördlichen Angaben zufolge").
    if ((p > floor && determiner(p - 1) && !np_stop(p)) || (adjective_like(p) && j < end && cap(j))) {
      j = p;
      continue;
    }
    break;
  }
  // Start at an article, adjective or name, not at a dangling particle.
  while (j < end && !cap(j) && !name_cap(j) && !determiner(j) && !(adjective_like(j) && j + 1 < end && cap(j + 1))) ++j;
  if (j >= end) return std::nullopt;
  return TokenRange{j, end};
}

}  // namespace quelle::quotes
