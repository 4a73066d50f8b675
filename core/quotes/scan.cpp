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
    if (lx.lang == Lang::Fr && (c & kSpeechVerbW) == 0) {
      const size_t dash = w.find(u'-');
      if (dash != std::u16string_view::npos && lx.is(w.substr(0, dash), kSpeechVerbW)) c |= kSpeechVerbW;
    }
    cls_[i] = c;
  }
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
  if (has_class(i, kRoleNounW | kTitleW)) return true;
  // German role compounds are capitalised nouns: "Vizepräsident von Alibaba".
  return lx_.lang == Lang::De && cap(i) && !determiner(i) && !np_stop(i);
}

bool Scanner::english_np_opening(uint32_t from, uint32_t limit) const {
  if (has_class(from, kRoleNounW | kTitleW)) return true;
  const std::u16string_view w = low(from);
  if (w == u"one" || w == u"another" || w == u"former" || w == u"senior" || w == u"top") {
    for (uint32_t k = from + 1; k < limit && k - from <= 4; ++k) {
      if (!word(k) || in_quote(k) || np_stop(k) || speech_verb(k) || subordinator(k) || pronoun(k)) return false;
      if (cap(k) || has_class(k, kRoleNounW | kTitleW) || w == u"one" || w == u"another") return true;
    }
  }
  return false;
}

bool Scanner::compound_aux(uint32_t i) const {
  if (!word(i)) return false;
  const std::u16string_view w = low(i);
  switch (lx_.lang) {
    case Lang::Fr: return w == u"a" || w == u"ont" || w == u"avait" || w == u"avaient" || w == u"aurait";
    case Lang::It: return w == u"ha" || w == u"hanno" || w == u"aveva" || w == u"avevano" || w == u"avrebbe";
    case Lang::Es: return w == u"ha" || w == u"han" || w == u"había" || w == u"habían" || w == u"habría";
    case Lang::Pt: return w == u"tem" || w == u"têm" || w == u"tinha" || w == u"tinham" || w == u"havia";
    case Lang::Nl: return w == u"heeft" || w == u"hebben" || w == u"had" || w == u"hadden";
    default: return false;
  }
}

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
        (w == u"von" || w == u"for" || w == u"of" || w == u"at" || w == u"de" || w == u"di" || w == u"van" ||
         (w == u"für" && lx_.lang == Lang::De)) &&
        (cap(i + 1) || determiner(i + 1))) {
      ++i;
      continue;
    }
    if (np_stop(i) || speech_verb(i) || subordinator(i) || pronoun(i)) break;
    // English phrases may open with lower-case words before the name or
    // role: "said spokesman John Kirby", "said one former GOP aide".
    if (lx_.lang == Lang::En && !started && i == from && english_np_opening(from, limit)) {
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
      if (e + 1 < limit && word(e) && cap(e - 1) && (w == u"vom" || w == u"von")) {
        // "Johanna Moser vom „Queer Beograd Kollektiv“"
        const uint32_t o = (w == u"von" && e + 2 < limit && determiner(e + 1)) ? e + 2 : e + 1;
        if (auto qe = short_quote_after(o); qe && *qe <= limit) {
          r.end = *qe;
          continue;
        }
      }
      if (e + 1 < limit && word(e) && cap(e - 1) && (w == u"vom" || w == u"aus" || w == u"in" || w == u"im") &&
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
  // English "the" and possessives open one too when a role follows ("said
  // Michael Steele, the former head of the Republican National Committee").
  auto role_apposition = [&](uint32_t b) {
    if (!determiner(b)) return false;
    if (lx_.lang == Lang::En) {
      for (uint32_t k = b + 1; k < limit && k - b < 6 && word(k); ++k) {
        if (has_class(k, kRoleNounW | kTitleW)) return true;
      }
    } else if (lx_.lang == Lang::De && !object_article_de(low(b))) {
      // "Ursula Castrup, die Leiterin der Fachstelle," (a role noun or a
      // compound ending in one: "der Regierungssprecher").
      for (uint32_t k = b + 1; k < limit && k - b < 4 && word(k); ++k) {
        if (cap(k)) return role_word(k);
      }
    }
    return false;
  };
  // English (PolNeAR keeps the whole apposition, relative clauses too):
  // "said Mark Thurber, associate director for research at Stanford's
  // Program on Energy", "said David Axelrod, who was the chief strategist on
  // Obama's campaigns" -- up to the sentence end, a quote, or a comma that
  // opens another clause.
  if (lx_.lang == Lang::En && r.end + 2 < limit && is(r.end, u',') && cap(r.end - 1) && word(r.end + 1) &&
      !in_quote(r.end + 1)) {
    const uint32_t o = r.end + 1;
    const std::u16string_view ow = low(o);
    const bool opener = apposition_opener(o) || role_apposition(o) || ow == u"who" ||
                        doc_.tokens[o].has(kNumber) ||
                        (!cap(o) && !np_stop(o) && !speech_verb(o) && !subordinator(o) && !pronoun(o) &&
                         !has_class(o, kClauseWordW) && !has_suffix(ow, u"ing") && !has_suffix(ow, u"ed"));
    if (opener) {
      uint32_t j = o;
      bool ok = true;
      while (j < limit && j - o < 40) {
        if (quote_mark(j) || in_quote(j) || sentence_end_punct(j) || is(j, u';') || is(j, u':')) break;
        if (speech_verb(j) || has_class(j, kBeliefVerbW)) {
          ok = false;
          break;
        }
        if (is(j, u',') && j + 1 < limit && word(j + 1)) {
          const std::u16string_view nw = low(j + 1);
          if (has_suffix(nw, u"ing") || subordinator(j + 1) || has_class(j + 1, kClauseWordW) || pronoun(j + 1) ||
              nw == u"according" || nw == u"adding" || has_class(j + 1, kTimeWordW)) {
            break;
          }
        }
        ++j;
      }
      if (ok && j > o && (j >= limit || punct(j) || quote_mark(j))) {
        // The comma closing the apposition is part of it (PolNeAR: 9 in 10).
        r.end = j < limit && is(j, u',') ? j + 1 : j;
      }
    }
    return r;
  }
  if (r.end + 2 < limit && is(r.end, u',') && cap(r.end - 1) &&
      (apposition_opener(r.end + 1) || role_apposition(r.end + 1))) {
    uint32_t j = r.end + 1;
    while (j < limit && j - r.end < 16 && !speech_verb(j)) {
      if (auto qe = short_quote_after(j); qe && *qe <= limit) {
        j = *qe;
        continue;
      }
      if (punct(j) || quote_mark(j)) break;
      ++j;
    }
    if (j >= limit || is(j, u',') || sentence_end_punct(j)) r.end = j;
  }
  return r;
}

std::optional<TokenRange> Scanner::np_before(uint32_t verb, uint32_t floor) const {
  // German verb-final frame after a name in apposition: "Vor kurzem hatte
  // ein Talibanführer, Baitullah Mehsud, erklärt": the subject before the
  // apposition, which joins it.
  if (lx_.lang == Lang::De && verb > floor + 4 && is(verb - 1, u',') && !cap(verb)) {
    uint32_t p = verb - 1;
    while (p > floor && verb - 1 - p < 4 && word(p - 1) && !in_quote(p - 1) && (cap(p - 1) || name_particle(p - 1))) --p;
    if (p < verb - 1 && p > floor + 1 && is(p - 1, u',')) {
      bool aux = false;  // the finite auxiliary earlier in the clause
      for (uint32_t k = p - 1; k > floor && p - 1 - k < 12 && !aux;) {
        --k;
        if (punct(k) || in_quote(k)) break;
        aux = auxiliary_de(low(k));
      }
      if (aux) {
        if (auto r = np_before(p - 1, floor); r && r->end <= p - 1 && r->end + 6 >= p - 1) {
          r->end = verb - 1;
          return r;
        }
      }
    }
  }
  // German verb-final frames: the subject stands before the auxiliary
  // ("Der Arzt hat sich optimistisch geäußert", "Sie haben angekündigt").
  if (lx_.lang == Lang::De) {
    for (uint32_t k = verb; k > floor && verb - k < 10;) {
      --k;
      // (an ordinal's period is no boundary: "am 25. November 2005 angekündigt")
      if ((punct(k) && !(is(k, u'.') && k > floor && doc_.tokens[k - 1].has(kNumber) &&
                         doc_.tokens[k].sentence == doc_.tokens[verb].sentence)) ||
          quote_mark(k) || in_quote(k)) {
        break;
      }
      if (auxiliary_de(low(k))) {
        if (k + 1 == verb && k > floor && !cap(k)) return np_before(k, floor);
        if (k + 1 < verb) {
          if (auto r = np_before(k, floor)) return r;
          // The subject after the auxiliary: "So hatte der Minister X noch
          // im Mai zugesichert: …", "Ursprünglich wollte er …".
          const bool passive = passive_aux_de(low(k));
          if (!passive && k > floor && !punct(k - 1) && (np_stop(k - 1) || !cap(k - 1) || has_class(k - 1, kPrepositionW) || doc_.tokens[k - 1].has(kNumber))) {
            uint32_t a = k + 1;
            while (a + 1 < verb && word(a) && reflexive(low(a))) ++a;
            if (word(a) && !has_class(a, kPrepositionW | kTimeWordW) && (determiner(a) || pronoun(a) || (cap(a) && !np_stop(a)))) {
              if (auto r = np_after(a, verb)) return r;
            }
          }
          return std::nullopt;
        }
        break;
      }
    }
  }
  uint32_t e = verb;
  // The auxiliary of a compound past: "Le ministre a déclaré", "De minister heeft gezegd".
  if (e > floor + 1 && compound_aux(e - 1)) --e;
  // Adverbs and auxiliaries between subject and verb: "Smith also said",
  // "he has repeatedly said".
  while (e > floor && word(e - 1) && !cap(e - 1) &&
         (has_class(e - 1, kPreVerbAdverbW) || (lx_.lang == Lang::En && has_suffix(low(e - 1), u"ly")))) {
    --e;
  }
  // German verb-final clauses put adverbs between the subject and the verb:
  // "zumal Verteidiger X immer wieder betont hatte".
  if (lx_.lang == Lang::De) {
    uint32_t k = e;
    while (k > floor && e - k < 4 && word(k - 1) && !cap(k - 1) && np_stop(k - 1) && !pronoun(k - 1) &&
           !has_class(k - 1, kPrepositionW | kClauseWordW | kSubordinatorW) && !reflexive_only_de(low(k - 1))) {
      --k;
    }
    if (k < e && k > floor && word(k - 1) && cap(k - 1) && !np_stop(k - 1)) e = k;
  }
  if (e <= floor) return std::nullopt;
  // A party or age in parentheses after the name: "Angela Merkel (CDU) forderte".
  uint32_t paren_end = e;
  if (is(e - 1, u')')) {
    uint32_t k = e - 1;
    const uint32_t span = lx_.lang == Lang::En ? 14 : 6;  // "Kasich (who has 25 delegates to date) said"
    while (k > floor && e - k < span && !is(k - 1, u'(')) --k;
    if (k > floor + 1 && is(k - 1, u'(')) e = k - 1;
  }
  if (e <= floor) return std::nullopt;
  // English relative subject: "Barkley, who said he ..." (the corpus marks "who").
  if (lx_.lang == Lang::En && e == verb && (low(e - 1) == u"who" || low(e - 1) == u"which")) {
    return TokenRange{e - 1, e};
  }
  uint32_t j = e;  // the phrase is [j, e)
  // "Hugh Hill, a doctor, said": skip one apposition between commas.
  if (is(e - 1, u',') && e - 1 > floor) {
    uint32_t k = e - 1;
    while (k > floor && e - k < 24 && !is(k - 1, u',') && !sentence_end_punct(k - 1)) {
      if (auto qs = short_quote_start(k - 1); qs && *qs >= floor) {
        k = *qs;
        continue;
      }
      if (quote_mark(k - 1)) break;
      --k;
    }
    if (k > floor + 1 && is(k - 1, u',') && k < e - 1) {
      j = k - 1;  // continue before the first comma
    } else {
      return std::nullopt;
    }
    // A German relative clause is not part of the speaker: "Deiss, der sich …
    // entschlossen hatte, sagte" -> "Deiss" (PolNeAR keeps English ones).
    const std::u16string_view rel = low(k);
    if ((lx_.lang == Lang::De && ((determiner(k) && k + 1 < e && !cap(k + 1) && !adjective_like(k + 1)) ||
                                  rel == u"welche" || rel == u"welcher" || rel == u"dessen" || rel == u"deren"))) {
      paren_end = j;
    }
    // English: more appositions before it, each opening like one ("Dean
    // Johnson, a 55-year-old salesman from Sumter, South Carolina, said",
    // "Sue Lee, 62, who has not decided, said").
    for (int round = 0; lx_.lang == Lang::En && round < 3; ++round) {
      uint32_t c = j;  // the comma after the segment
      uint32_t b = c;
      while (b > floor && c - b < 24 && !punct(b - 1) && !quote_mark(b - 1) && !in_quote(b - 1) &&
             !speech_verb(b - 1)) {
        --b;
      }
      if (b >= c || b <= floor + 1 || !is(b - 1, u',') || !word(b - 2) || !cap(b - 2)) break;
      const std::u16string_view bw = low(b);
      // Also a place or an aside: "Cory James, 22, of Flint, Mich., said",
      // "Clinton, during a town hall in Columbus, Ohio, said" (the aside is
      // trimmed off later, attribution.cpp).
      const bool aside = !cap(b) && (bw == u"of" || bw == u"from" || bw == u"in" || bw == u"at" || bw == u"on" ||
                                     bw == u"during" || bw == u"for" || bw == u"with");
      const bool opener = (!cap(b) && (apposition_opener(b) || bw == u"who" || determiner(b))) || aside ||
                          doc_.tokens[b].has(kNumber) || has_class(b, kTitleW | kRoleNounW);
      if (!opener) break;
      j = b - 1;
    }
    // A second, short apposition: "Marley Anderson, 21, a junior from Las Vegas, said".
    uint32_t k2 = j;
    while (k2 > floor && j - k2 < 4 && !punct(k2 - 1) && !quote_mark(k2 - 1)) --k2;
    if (k2 > floor + 1 && k2 < j && is(k2 - 1, u',') && !cap(k2) &&
        (doc_.tokens[k2].has(kNumber) || apposition_opener(k2))) {
      j = k2 - 1;
    }
  }
  const uint32_t head_end = j;

  while (j > floor && head_end - j < 12) {
    const uint32_t p = j - 1;
    if (auto qs = short_quote_start(p); qs && *qs > floor && lx_.lang == Lang::De) {
      j = *qs;  // a quoted name in the subject: "Der Geschäftsführer von „Ener1“"
      continue;
    }
    if (punct(p) || quote_mark(p) || in_quote(p)) break;
    if (!cap(p) && (subordinator(p) || has_class(p, kClauseWordW))) {
      // "Der frühere Bürgermeister und Justizsenator", "Die IADB und der MIF"
      const bool coord = ((lx_.lang == Lang::De && low(p) == u"und") || (lx_.lang == Lang::En && low(p) == u"and")) &&
                         p > floor && cap(p - 1) && word(p - 1) && (cap(p + 1) || determiner(p + 1));
      if (!coord) break;
    }
    j = p;
  }
  if (j >= head_end) return std::nullopt;
  // English verb chains are not part of the subject: "Cook declined to
  // [say]", "The Times is expected to [report]", "He has also called on ...";
  // and a clause before the subject is not either: "That is why critics [say]".
  if (lx_.lang == Lang::En && paren_end == head_end) {
    uint32_t k = j + 1;
    while (k < head_end && !(word(k) && !cap(k) && verb_chain_en(low(k)))) ++k;
    if (k < head_end) {
      if (k == j + 1 && demonstrative(low(j))) {
        uint32_t m = head_end;
        while (m > k && !(word(m - 1) && !cap(m - 1) && (verb_chain_en(low(m - 1)) || low(m - 1) == u"why" ||
                                                          low(m - 1) == u"how"))) {
          --m;
        }
        j = m;
        if (j >= head_end) return std::nullopt;
      } else {
        // "declined to", "refused to": the word before "to" is a verb too.
        if (low(k) == u"to" && k > j + 1 && !cap(k - 1) &&
            (has_suffix(low(k - 1), u"ed") || has_suffix(low(k - 1), u"ing"))) {
          --k;
        }
        paren_end = k;
      }
    }
  }
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
    while (k > j && (cap(k - 1) || in_quote(k - 1) || determiner(k - 1) || adjective_like(k - 1) ||
                     // a name particle, but not "zu" before an article ("Passend zu den Gefahren")
                     (name_particle(k - 1) && !(low(k - 1) == u"zu" && determiner(k))) ||
                     low(k - 1) == u"von" || doc_.tokens[k - 1].has(kNumber) ||
                     // "Ein Regierungssprecher in Berlin", "Merkel sowie Stoiber", "Polzer vom LKA"
                     ((low(k - 1) == u"in" || low(k - 1) == u"im" || low(k - 1) == u"vom" || low(k - 1) == u"aus" ||
                       low(k - 1) == u"sowie" || low(k - 1) == u"und" || low(k - 1) == u"für") &&
                      k < head_end && k - 1 > j && cap(k - 2) && !np_stop(k - 2) && (cap(k) || determiner(k))))) {
      --k;
    }
    if (k != j) {
      if (k == head_end) return std::nullopt;
      // The phrase is the object of a preposition ("Bereits im Dezember 2005
      // hatte …", "Bei dem Konzert sagte …"): a Vorfeld adverbial.
      if (has_class(k - 1, kPrepositionW)) {
        // A preposition inside a name that opens the sentence: "Die
        // Hilfsorganisation Ärzte ohne Grenzen teilte mit" (an article or
        // a capitalised noun before it, not an adverbial's preposition).
        bool np = k - 1 > j && cap(k - 2) && !np_stop(j) && !has_class(j, kPrepositionW) &&
                  (low(k - 1) == u"ohne" || low(k - 1) == u"für" || low(k - 1) == u"gegen") &&
                  (determiner(j) || (cap(j) && !adverb_form_de(low(j))));
        for (uint32_t m = j; np && m + 1 < k; ++m) {
          np = word(m) && !in_quote(m) && (cap(m) || determiner(m) || adjective_like(m));
        }
        if (!np) return std::nullopt;
        k = j;
      }
      j = k;
    }
  }
  // A phrase opened by "von" before an active verb is a prepositional
  // object, not the subject ("Von den Einrichtungen erklärten nur die
  // Gefängnisse, …"); before a passive auxiliary it is the agent ("Von der
  // Opposition wurde … kritisiert").
  if (von_phrase_de(j) && !passive_aux_near(verb)) return std::nullopt;
  // German Vorfeld: an adverbial before the verb means the subject follows it.
  // A focus adverb before the subject: "Auch die Delegationsleiterin X äußerte sich".
  // Also before a name: "Auch Winfried Hassemer, Papiers Stellvertreter, glaubt".
  if (lx_.lang == Lang::De && np_stop(j) && !pronoun(j) && !has_class(j, kPrepositionW) &&
      ((j + 2 < head_end && determiner(j + 1)) || (j + 2 == head_end && pronoun(j + 1) && !has_class(j, kClauseWordW | kSubordinatorW)) ||
       (j + 1 < head_end && !has_class(j, kClauseWordW | kSubordinatorW) && !determiner(j) && low(j) != u"als" && cap(j + 1) &&
        word(j + 1) && !np_stop(j + 1) && !determiner(j + 1) && !adverb_form_de(low(j + 1))))) {
    ++j;
  }
  // ("Ihr Vorsitzender X erklärte": a possessive, not the pronoun.)
  const bool possessive = lx_.lang == Lang::De && low(j) == u"ihr" && cap(j) && j + 1 < head_end && cap(j + 1);
  // English "About three in 10 said": an approximation, not a preposition.
  const bool about_number = lx_.lang == Lang::En && (low(j) == u"about" || low(j) == u"nearly" || low(j) == u"almost") &&
                            j + 1 < head_end && (doc_.tokens[j + 1].has(kNumber) || determiner(j + 1));
  // A German sentence opening with a preposition: the Vorfeld is an
  // adverbial, the subject follows the verb ("Um 15 Uhr meldeten dann die
  // Internet-Nachrichten der Tagesschau, …").
  if (lx_.lang == Lang::De && cap(j) && has_class(j, kPrepositionW) && j > 0 &&
      doc_.tokens[j].sentence != doc_.tokens[j - 1].sentence) {
    return subject_after_verb_de(verb);
  }
  if (np_stop(j) && !pronoun(j) && !possessive && !about_number) return std::nullopt;
  // "Das sagte ..." (English "It said" is a company or a report speaking).
  // German "Dieser bestätigte", "Letztere sagte": a demonstrative standing
  // for a person speaks.
  const bool person_demonstrative =
      lx_.lang == Lang::De && (low(j) == u"dieser" || low(j) == u"diese" || low(j) == u"jener" || low(j) == u"jene" ||
                               low(j) == u"letzterer" || low(j) == u"letztere");
  if (head_end - j == 1 && (determiner(j) || demonstrative(low(j))) && !(lx_.lang == Lang::En && low(j) == u"it") &&
      !person_demonstrative) {
    return std::nullopt;
  }
  // German: a sentence-initial adverb or adjective is capitalised only for
  // its position ("Offiziell geht die Regierung davon aus", "Besorgt
  // äußerte sich X", "Relativierend fügt Gall hinzu"): the subject follows.
  if (lx_.lang == Lang::De && head_end - j == 1 && !pronoun(j) && (j == 0 || doc_.tokens[j].sentence != doc_.tokens[j - 1].sentence) &&
      adverb_form_de(low(j))) {
    return std::nullopt;
  }
  // A phrase opened by a dative or accusative article is an object in the
  // Vorfeld, never the subject: "Den Unmut der CDU brachte die Sprecherin
  // … zum Ausdruck", "Dem Sender sagte er".
  if (lx_.lang == Lang::De && cap(j) && object_article_de(low(j)) && head_end - j >= 2) return std::nullopt;
  // The same when the phrase is only the end of a longer Vorfeld that opens
  // the sentence with such an article or holds a preposition: "Den noch
  // verbliebenen Flüchtlingen sicherte X zu", "Bereits während seiner
  // Amtszeit warnte X", "Angesichts solcher Alternativen nannte X": the
  // verb is in second place and its subject follows it.
  if (lx_.lang == Lang::De) {
    uint32_t v0 = j;
    // (past numbers and the colon of a time: "Um 15:36 Uhr meldeten …")
    while (v0 > floor && !in_quote(v0 - 1) && doc_.tokens[v0 - 1].sentence == doc_.tokens[j].sentence &&
           (word(v0 - 1) || doc_.tokens[v0 - 1].has(kNumber) ||
            (is(v0 - 1, u':') && v0 - 1 > floor && doc_.tokens[v0 - 2].has(kNumber)))) {
      --v0;
    }
    const SentenceInfo& sen = doc_.sentences[doc_.tokens[j].sentence];
    if (v0 == sen.first_token) {
      bool object = v0 < j && cap(v0) && object_article_de(low(v0));
      // a preposition first, after adverbs only ("Bereits während …")
      uint32_t m = v0;
      while (m < j && np_stop(m) && !has_class(m, kPrepositionW)) ++m;
      object = object || has_class(m, kPrepositionW);
      if (object) return subject_after_verb_de(verb);
    }
  }
  // "Des Weiteren verwies X darauf": an adverbial, not a genitive phrase.
  if (lx_.lang == Lang::De && head_end - j == 2 && low(j) == u"des" &&
      (low(j + 1) == u"weiteren" || low(j + 1) == u"öfteren")) {
    return std::nullopt;
  }
  // English lower-case groups: "federal officials said", "political experts said".
  bool any = lx_.lang == Lang::En && has_class(head_end - 1, kRoleNounW) && !cap(head_end - 1) &&
             has_suffix(low(head_end - 1), u"s");
  for (uint32_t k = j; k < head_end; ++k) {
    any = any || cap(k) || pronoun(k) ||
          (lx_.lang != Lang::De && (determiner(k) || doc_.tokens[k].has(kNumber)));  // "47 percent said"
  }
  if (!any) return std::nullopt;
  // "Hans-Jürgen Papier, Präsident des Gerichtes, sagte": not the last comma.
  while (lx_.lang == Lang::De && paren_end > j + 1 && is(paren_end - 1, u',')) --paren_end;
  // The English verb-chain cut ends the phrase before a "to" or an
  // auxiliary; when the long-stretch rule has since started the phrase
  // after that cut ("… used blunt language to denounce what Australian
  // Prime Minister Malcolm Turnbull called"), the cut lies outside it and
  // the phrase runs to the verb. (Found by fuzzing: the span was inverted.)
  if (paren_end <= j) paren_end = head_end;
  return TokenRange{j, paren_end};
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
