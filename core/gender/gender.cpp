#include "gender/gender.hpp"

#include <algorithm>

namespace quelle::gender {
namespace {

// One piece of evidence; strong evidence (pronouns, roles, honorifics)
// decides before first names are looked at.
struct Clue {
  Gender gender = Gender::Unknown;
  GenderBasis basis = GenderBasis::Name;
  Span span;
};

struct Clues {
  std::vector<Clue> strong;
  std::vector<Clue> names;
};

// Token range [b, e) of the tokens inside a span.
void tokens_of(const Document& doc, Span s, size_t& b, size_t& e) {
  b = doc.token_at_or_after(s.start);
  e = b;
  while (e < doc.tokens.size() && doc.tokens[e].start < s.end) ++e;
}

Span token_span(const Document& doc, size_t t) { return {doc.tokens[t].start, doc.tokens[t].end}; }

// The article before token t, over at most two lower-case adjectives ("der
// oppositionelle Abgeordnete", "la nouvelle ministre"); Unknown when there
// is none.
Gender article_before(const Document& doc, size_t t, Language lang) {
  for (size_t k = t; k > 0 && k + 3 > t;) {
    --k;
    const Token& tok = doc.tokens[k];
    if (!tok.has(kWord) || tok.sentence != doc.tokens[t].sentence) return Gender::Unknown;
    const Gender a = article_gender(doc.token_lower(k), lang);
    if (a != Gender::Unknown) return a;
    if (tok.has(kUpperInitial)) return Gender::Unknown;
  }
  return Gender::Unknown;
}

// The gendered word at token t: a role or honorific, or a role of both
// genders with its article before it ("la ministre", "der Vorsitzende").
std::optional<Clue> word_clue(const Document& doc, size_t t, Language lang) {
  if (!doc.tokens[t].has(kWord)) return std::nullopt;
  const std::u16string_view w = doc.token_lower(t);
  const WordGender g = gendered_word(w, lang);
  if (g.gender != Gender::Unknown) return Clue{g.gender, g.basis, token_span(doc, t)};
  if (t > 0 && article_role(w, lang)) {
    const Gender a = article_before(doc, t, lang);
    if (a != Gender::Unknown) return Clue{a, GenderBasis::Role, token_span(doc, t)};
  }
  return std::nullopt;
}

// Whether the role at token k opens its phrase: it starts the sentence or
// follows an article or filler, over at most two lower-case adjectives
// ("Der türkische Hochschulratspräsident, Dr. Erdoğan Teziç, …").
bool opens_phrase(const Document& doc, size_t k, Language lang) {
  if (k == 0 || doc.tokens[k].has(kSentenceStart)) return true;
  for (size_t j = k; j > 0 && j + 3 > k;) {
    --j;
    const Token& tok = doc.tokens[j];
    if (!tok.has(kWord)) return false;
    const std::u16string_view w = doc.token_lower(j);
    if (article_gender(w, lang) != Gender::Unknown || apposition_filler(w, lang)) return true;
    if (tok.has(kUpperInitial)) return tok.has(kSentenceStart);
    if (tok.has(kSentenceStart)) return false;
  }
  return false;
}

// Before a name: "Bundeskanzlerin Angela Merkel", "Mr. Smith", "Frau Dr.
// Weber", "la ministre Élisabeth Borne". The word right before it only
// (after neutral titles): further back a role may belong to someone else.
std::optional<Clue> clue_before(const Document& doc, size_t first, Language lang) {
  size_t p = first;
  for (int skipped = 0; p > 0; ++skipped) {
    --p;
    const Token& t = doc.tokens[p];
    if (t.sentence != doc.tokens[first].sentence) return std::nullopt;
    if (t.has(kWord) && neutral_title(doc.token_lower(p)) && skipped < 2) continue;
    // "Mr" "." when the segmenter kept the period apart.
    if (doc.punct_is(p, u'.') && p > 0 && skipped < 2 && doc.tokens[p - 1].end == t.start) continue;
    return word_clue(doc, p, lang);
  }
  return std::nullopt;
}

// A role phrase before a name in apposition: "Der Leiter der Salzburger
// Kriminaldienststelle, Andreas Huber, …", "Die Sprecherin des Ministeriums,
// Anna Weber". Between the role and the comma only articles, prepositions
// and capitalised words (a genitive or "of" phrase), so that a verb ("Die
// Ministerin lobte den Präsidenten, Obama") gives nothing; the role opens
// the sentence or follows an article.
std::optional<Clue> clue_before_comma(const Document& doc, size_t first, Language lang) {
  if (first < 2 || !doc.punct_is(first - 1, u',')) return std::nullopt;
  const uint32_t sentence = doc.tokens[first].sentence;
  for (size_t k = first - 1; k-- > 0 && k + 10 > first;) {
    const Token& t = doc.tokens[k];
    if (t.sentence != sentence || !t.has(kWord)) return std::nullopt;
    if (auto c = word_clue(doc, k, lang)) {
      return opens_phrase(doc, k, lang) ? c : std::nullopt;
    }
    if (!t.has(kUpperInitial) && !joining_word(doc.token_lower(k))) return std::nullopt;
  }
  return std::nullopt;
}

// An apposition after a name: "Jane Doe, a spokeswoman for …", "Angela
// Merkel, die Bundeskanzlerin, …", "Melania, his wife". Only articles,
// possessives and a few adjectives may come before the role, so that a
// relative clause ("Trump, whose wife …") gives nothing.
std::optional<Clue> clue_after(const Document& doc, size_t end, Language lang) {
  if (end >= doc.tokens.size() || !doc.punct_is(end, u',')) return std::nullopt;
  for (size_t k = end + 1; k < doc.tokens.size() && k < end + 5; ++k) {
    if (!doc.tokens[k].has(kWord)) return std::nullopt;
    if (auto c = word_clue(doc, k, lang)) return c;
    if (!apposition_filler(doc.token_lower(k), lang)) return std::nullopt;
  }
  return std::nullopt;
}

// Whether a pronoun that is also plural ("sie", "zij") is singular here: the
// quote it speaks has a singular speech verb ("sagte sie", not "sagten
// sie"; finite plurals end in -n in German and Dutch), and it is no polite
// "Sie" inside a sentence.
bool singular_speaker(const Document& doc, const std::vector<Quote>& quotes, Span mention) {
  const size_t t = doc.token_at_or_after(mention.start);
  if (t < doc.tokens.size() && doc.tokens[t].has(kUpperInitial) && !doc.tokens[t].has(kSentenceStart)) return false;
  for (const Quote& q : quotes) {
    if (!q.speaker || q.speaker->span != mention || !q.cue) continue;
    const size_t c = doc.token_at_or_after(q.cue->start);
    if (c >= doc.tokens.size() || !doc.tokens[c].has(kWord)) return false;
    return !doc.token_lower(c).ends_with(u"n");
  }
  return false;
}

// The first name of a name mention of two words or more ("Angela Merkel"
// -> "angela"; "Hans-Peter Wolf" -> "hans"). `last` remembers the previous
// lookup: an entity names the same first name many times.
struct NameCache {
  std::u16string_view name;
  Gender gender = Gender::Unknown;
};
}  // namespace

std::u16string_view first_name_part(std::u16string_view lower) {
  const size_t hy = lower.find(u'-');
  return hy == std::u16string_view::npos ? lower : lower.substr(0, hy);
}

Language names_language(const Document& doc) {
  return doc.language == Language::Und ? doc.rules_language : doc.language;
}

namespace {

std::optional<Clue> name_clue(const Document& doc, Span mention, Language lang, NameCache& last) {
  size_t b = 0;
  size_t e = 0;
  tokens_of(doc, mention, b, e);
  size_t words = 0;
  for (size_t t = b; t < e; ++t) words += doc.tokens[t].has(kWord) ? 1 : 0;
  if (words < 2 || !doc.tokens[b].has(kWord) || !doc.tokens[b].has(kUpperInitial)) return std::nullopt;
  const std::u16string_view first = first_name_part(doc.token_lower(b));
  if (first != last.name) last = {first, first_name_gender(first, lang)};
  const Gender g = last.gender;
  if (g == Gender::Unknown) return std::nullopt;
  return Clue{g, GenderBasis::Name, {doc.tokens[b].start, static_cast<uint32_t>(doc.tokens[b].start + first.size())}};
}

Clues collect(const Document& doc, const std::vector<Quote>& quotes, const Entity& e) {
  Clues out;
  const Language lang = doc.rules_language;
  const Language names_lang = names_language(doc);
  Span m_rest;  // a name mention without the roles it begins with
  NameCache last_name;
  for (const Mention& m : e.mentions) {
    if (m.span.empty() || m.span.end > doc.text.size()) continue;
    size_t b = 0;
    size_t end = 0;
    tokens_of(doc, m.span, b, end);
    if (b >= end) continue;
    switch (m.kind) {
      case MentionKind::Pronoun: {
        const PronounGender p = pronoun_gender(doc.token_lower(b), lang);
        if (p.gender == Gender::Unknown || (p.also_plural && !singular_speaker(doc, quotes, m.span))) break;
        out.strong.push_back({p.gender, GenderBasis::Pronoun, m.span});
        break;
      }
      case MentionKind::Name: {
        // Roles and honorifics the name mention itself begins with ("Frau
        // Merkel", "Projektkoordinator Andreas Grassauer").
        size_t lead = b;
        for (; lead + 1 < end; ++lead) {
          if (neutral_title(doc.token_lower(lead)) || doc.punct_is(lead, u'.')) continue;  // "Dr. Erdoğan Teziç"
          auto c = word_clue(doc, lead, lang);
          if (!c) break;
          out.strong.push_back(*c);
        }
        if (lead > b) {
          m_rest = Span{doc.tokens[lead].start, m.span.end};
        } else {
          m_rest = m.span;
        }
        if (auto c = clue_before(doc, b, lang)) out.strong.push_back(*c);
        if (auto c = clue_before_comma(doc, b, lang)) out.strong.push_back(*c);
        if (auto c = clue_after(doc, end, lang)) out.strong.push_back(*c);
        if (auto c = name_clue(doc, m_rest, names_lang, last_name)) out.names.push_back(*c);
        break;
      }
      case MentionKind::Nominal: {
        // "die Sprecherin", "a spokeswoman for the ministry": its first
        // gendered word, the head.
        for (size_t t = b; t < end; ++t) {
          if (auto c = word_clue(doc, t, lang)) {
            out.strong.push_back(*c);
            break;
          }
        }
        break;
      }
      case MentionKind::Part:
        break;
    }
  }
  return out;
}

// The gender all clues agree on, with the earliest of them as evidence;
// Unknown when they disagree or there are none.
void decide(const std::vector<Clue>& clues, Entity& e) {
  if (clues.empty()) return;
  const Clue* first = &clues.front();
  for (const Clue& c : clues) {
    if (c.gender != clues.front().gender) return;
    if (c.basis < first->basis || (c.basis == first->basis && c.span.start < first->span.start)) first = &c;
  }
  e.gender = first->gender;
  e.gender_evidence = GenderEvidence{first->span, first->basis};
}

}  // namespace

void infer_genders(const Document& doc, const std::vector<Quote>& quotes, std::vector<Entity>& entities) {
  for (Entity& e : entities) {
    e.gender = Gender::Unknown;
    e.gender_evidence.reset();
    if (e.type != EntityType::PER) continue;
    const Clues clues = collect(doc, quotes, e);
    if (clues.strong.empty()) {
      decide(clues.names, e);
      continue;
    }
    decide(clues.strong, e);
    // A first name of the other gender contradicts too: most often a
    // pronoun resolved to the wrong person ("she" given to the last man
    // named; attribution has no gender agreement).
    for (const Clue& c : clues.names) {
      if (e.gender != Gender::Unknown && c.gender != e.gender) {
        e.gender = Gender::Unknown;
        e.gender_evidence.reset();
      }
    }
  }
}

}  // namespace quelle::gender
