#include "attribution/speaker_shape.hpp"

#include <unicode/uchar.h>

#include "attribution/lexicon_attribution.hpp"

namespace quelle::attribution {
namespace {

// The part after the last hyphen of a compound ("alibaba-gründer" ->
// "gründer"), or the whole word.
std::u16string_view compound_head(std::u16string_view w) {
  const size_t dash = w.rfind(u'-');
  return dash == std::u16string_view::npos ? w : w.substr(dash + 1);
}

// A capitalised word that is a title or role, not part of a name:
// "Bundeskanzlerin", "Sen.", "Alibaba-Gründer", "Vizepräsident".
// (A role suffix alone, "meister", counts as well as a compound ending in
// one, "Weltmeister".)
bool title_like(const Document& doc, const quotes::Lexicon& lx, uint32_t i) {
  const std::u16string_view w = doc.token_lower(i);
  if (lx.is(w, quotes::kTitleW | quotes::kRoleNounW)) return true;
  const std::u16string_view last = compound_head(w);
  return lx.is(last, quotes::kTitleW | quotes::kRoleNounW | quotes::kRoleSuffixW) || lx.role_compound(last);
}

void add_keys(const Document& doc, const quotes::Lexicon& lx, uint32_t i, std::vector<std::u16string_view>& out) {
  const Token& t = doc.tokens[i];
  if (!t.has(kWord)) return;
  const std::u16string_view w = doc.token_lower(i);
  if (lx.is(w, quotes::kDeterminerW | quotes::kNpStopW) || w.size() < 3) return;
  if (words::of_preposition(w)) return;
  out.push_back(w);
  if (t.has(kHyphenated)) {  // "Alibaba-Manager": also its parts
    size_t b = 0;
    while (b < w.size()) {
      size_t e = w.find(u'-', b);
      if (e == std::u16string_view::npos) e = w.size();
      if (e - b >= 2) out.push_back(w.substr(b, e - b));
      b = e + 1;
    }
  }
}

enum class Number : uint8_t { Singular, Plural, Unknown };

// The number of the finite verb next to the pronoun at b: "sagte sie",
// "sie hat" (singular), "sagten sie", "sie haben" (plural).
Number verb_number(const Document& doc, uint32_t b) {
  for (const uint32_t t : {b + 1, b - 1}) {
    if (t >= doc.tokens.size() || !doc.tokens[t].has(kWord) || doc.tokens[t].has(kUpperInitial)) continue;
    const std::u16string_view w = doc.token_lower(t);
    if (words::plural_verb(w)) return Number::Plural;
    if (words::singular_verb(w)) return Number::Singular;
  }
  return Number::Unknown;
}

}  // namespace

bool role_or_body(const Document& doc, const quotes::Lexicon& lx, Span phrase) {
  uint32_t b = 0;
  uint32_t e = 0;
  token_range(doc, phrase, b, e);
  for (uint32_t i = b; i < e; ++i) {
    if (!doc.tokens[i].has(kWord) || !doc.tokens[i].has(kUpperInitial)) continue;
    if (title_like(doc, lx, i) || (lx.lang == Language::De && words::body_noun_de(doc.token_lower(i)))) return true;
  }
  return false;
}

bool speaker_like(const Document& doc, const quotes::Lexicon& lx, Span speaker) {
  uint32_t b = 0;
  uint32_t e = 0;
  token_range(doc, speaker, b, e);
  if (e <= b) return false;
  if (e - b == 1 && lx.is(doc.token_lower(b), quotes::kPronounW)) return true;
  // The head: the first capitalised word after articles and adjectives
  // (German nouns), else the first word.
  uint32_t h = b;
  while (h < e && (!doc.tokens[h].has(kWord) || lx.is(doc.token_lower(h), quotes::kDeterminerW))) ++h;
  if (h == e) return false;
  if (lx.lang == Language::De) {
    uint32_t k = h;
    while (k < e && doc.tokens[k].has(kWord) && !doc.tokens[k].has(kUpperInitial)) ++k;
    if (k < e && doc.tokens[k].has(kWord)) h = k;
  }
  const std::u16string_view w = doc.token_lower(h);
  if (lx.is(w, quotes::kNpStopW | quotes::kTimeWordW | quotes::kPrepositionW | quotes::kClauseWordW)) return false;
  if (lx.lang != Language::De) return true;
  if (title_like(doc, lx, h) || lx.is(w, quotes::kOrgWordW | quotes::kSourceNounW) || words::document_noun(w)) {
    return true;
  }
  if (words::body_noun_de(w)) return true;
  return !words::abstract_noun_de(w) && !words::not_a_speaker_de(w);
}

void token_range(const Document& doc, Span s, uint32_t& b, uint32_t& e) {
  b = static_cast<uint32_t>(doc.token_at_or_after(s.start));
  e = b;
  while (e < doc.tokens.size() && doc.tokens[e].start < s.end) ++e;
}

bool keys_match(std::u16string_view role_key, std::u16string_view mention_key) {
  if (role_key == mention_key) return true;
  // bundeskanzlerin / kanzlerin
  return mention_key.size() >= 5 && role_key.size() > mention_key.size() && role_key.ends_with(mention_key);
}

void role_keys(const Document& doc, const quotes::Lexicon& lx, Span role, std::vector<std::u16string_view>& out) {
  uint32_t b = 0;
  uint32_t e = 0;
  token_range(doc, role, b, e);
  for (uint32_t i = b; i < e; ++i) add_keys(doc, lx, i, out);
}

SpeakerShape shape_of(const Document& doc, const quotes::Lexicon& lx, Span speaker) {
  SpeakerShape sh;
  sh.mention = speaker;
  uint32_t b = 0;
  uint32_t e = 0;
  token_range(doc, speaker, b, e);
  if (e <= b) return sh;
  auto low = [&](uint32_t i) { return doc.token_lower(i); };
  auto cap = [&](uint32_t i) { return cap_word(doc, i); };
  if (e - b == 1 && lx.is(low(b), quotes::kPronounW)) {
    sh.kind = MentionKind::Pronoun;
    const std::u16string_view w = low(b);
    sh.plural = words::plural_pronoun(w);
    sh.org = w == u"it";
    if (words::she_or_they(w)) {
      // German "sie", Dutch "zij", "ze": she or they, by the verb next to it.
      const Number n = verb_number(doc, b);
      sh.plural = n == Number::Plural;
      sh.either = n == Number::Unknown;
    }
    return sh;
  }
  for (uint32_t i = b; i < e; ++i) add_keys(doc, lx, i, sh.keys);
  // Comma-separated parts: the head and its appositions.
  std::vector<std::pair<uint32_t, uint32_t>> parts;
  uint32_t s = b;
  for (uint32_t i = b; i <= e; ++i) {
    if (i == e || doc.punct_is(i, u',') || doc.punct_is(i, u'(')) {
      if (i > s) parts.emplace_back(s, i);
      s = i + 1;
      if (i < e && doc.punct_is(i, u'(')) break;
    }
  }
  // The name: the first part with a run of capitalised words that is not a
  // lone noun after an article (German "der Bundeswahlleiter").
  for (size_t p = 0; p < parts.size(); ++p) {
    uint32_t pb = parts[p].first;
    const uint32_t pe = parts[p].second;
    bool det = false;
    while (pb < pe && lx.is(low(pb), quotes::kDeterminerW)) {
      det = true;
      const std::u16string_view w = low(pb);
      if (p == 0 && words::indefinite_speaker(w)) sh.indefinite = true;
      ++pb;
    }
    // The head runs to the first lower-case preposition ("in Berlin", "von Alibaba").
    uint32_t he = pb;
    while (he < pe && (cap(he) || (!doc.tokens[he].has(kWord) && !doc.tokens[he].has(kPunct)) ||
                       (doc.tokens[he].has(kWord) && !cap(he) && !lx.is(low(he), quotes::kNpStopW) &&
                        !words::of_preposition(low(he))))) {
      ++he;
    }
    // Last run of capitalised words (with particles) in the head.
    uint32_t re = he;
    while (re > pb && !cap(re - 1)) --re;
    uint32_t rb = re;
    while (rb > pb && (cap(rb - 1) || (words::name_particle(low(rb - 1)) && rb - 1 > pb && cap(rb - 2)))) --rb;
    if (re <= rb) continue;
    // Titles before the name are roles: "Bundeskanzlerin Angela Merkel", "Sen. Ted Cruz".
    uint32_t nb = rb;
    for (uint32_t k = rb; k < re; ++k) {
      if (title_like(doc, lx, k) && k + 1 < re) nb = k + 1;
    }
    const bool lone_noun = re - nb == 1 && (det || title_like(doc, lx, nb)) && lx.lang == Language::De;
    const bool english_det_role = lx.lang != Language::De && det && re - nb == 1 && title_like(doc, lx, nb);
    // "The Vice President, Mike Pence,", "The Senate Minority Leader, Chuck
    // Schumer,": capitalised words that end in a role, with a part after
    // them, are the role of the name that follows.
    const bool role_before_apposition =
        lx.lang != Language::De && p + 1 < parts.size() && re - rb > 1 && title_like(doc, lx, re - 1);
    // "Angela Merkel's spokesperson, Steffen Seibert,": a possessor is not
    // the speaker; the name after it is.
    const std::u16string_view tail = low(re - 1);
    const bool possessor = lx.lang == Language::En && p + 1 < parts.size() && re < pe &&
                           (tail.ends_with(u"'s") || tail.ends_with(u"\u2019s"));
    // German "der innenpolitische Sprecher der Fraktion der SPD im Deutschen
    // Bundestag, Dieter Wiefelspütz": a role whose attachment ends in a
    // name, with a part after it: that part names the speaker.
    // (The run after the role opens with an article taken for a name
    // particle: "der Fraktion der SPD".)
    const bool attached_to_role = lx.lang == Language::De && p + 1 < parts.size() && nb > rb && nb < re && !cap(nb);
    if (lone_noun || english_det_role || role_before_apposition || possessor || attached_to_role) continue;
    sh.kind = MentionKind::Name;
    sh.mention = {doc.tokens[nb].start, doc.tokens[re - 1].end};
    if (nb > pb) sh.role = {doc.tokens[pb].start, doc.tokens[nb - 1].end};
    if (p > 0 && sh.role.empty()) {
      uint32_t r = parts[p - 1].first;
      while (r < parts[p - 1].second && lx.is(low(r), quotes::kDeterminerW)) ++r;
      if (r < parts[p - 1].second) sh.role = {doc.tokens[r].start, doc.tokens[parts[p - 1].second - 1].end};
    }
    if (p + 1 < parts.size() && sh.role.empty()) {
      sh.role = {doc.tokens[parts[p + 1].first].start, doc.tokens[parts[p + 1].second - 1].end};
    }
    const std::u16string_view last = low(re - 1);
    sh.org = lx.is(last, quotes::kOrgWordW) || (det && lx.lang != Language::De);
    for (uint32_t k = nb; k < re; ++k) {
      if (lx.is(low(k), quotes::kOrgWordW)) sh.org = true;
    }
    if (doc.tokens[re - 1].has(kAllUpper) && re - nb == 1) sh.org = true;  // "NRA", "CDU"
    return sh;
  }
  // A role description.
  sh.kind = MentionKind::Nominal;
  for (uint32_t i = b; i < e; ++i) {
    const std::u16string_view w = low(i);
    if (lx.is(w, quotes::kOrgWordW) || lx.is(compound_head(w), quotes::kOrgWordW)) sh.org = true;
    if (words::plural_role_noun(w) || (w.size() > 1 && w.ends_with(u"s") && lx.lang == Language::En && i + 1 == e)) {
      sh.plural = true;
    }
  }
  return sh;
}

}  // namespace quelle::attribution
