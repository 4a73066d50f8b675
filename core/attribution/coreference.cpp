#include "attribution/coreference.hpp"

#include <algorithm>

#include "attribution/lexicon_attribution.hpp"
#include "gender/gender.hpp"
#include "normalize/utf.hpp"

namespace quelle::attribution {
namespace {

constexpr size_t kLookBack = 40;  // antecedents examined per mention: keeps resolution linear
// Pronoun salience (salient_before): the weights of Lappin and Leass
// (1994) for recency and subject; a name that spoke counts as topic.
constexpr uint32_t kSalienceSentences = 2;  // sentences back a pronoun looks
constexpr int kRecencyWeight = 100;         // halved per sentence back
constexpr int kSubjectWeight = 80;
constexpr int kSpeakerWeight = 20;
constexpr uint32_t kSubjectReach = 6;  // tokens from the sentence start a subject may begin
constexpr uint32_t kTitleWords = 4;    // role words before a name ("Former CIA deputy director")

// A name in a photo credit ("Foto: Friso Gentsch") is nobody the text quotes.
bool in_credit(const Document& doc, Span span) {
  size_t t = doc.token_at_or_after(span.start);
  for (int back = 0; back < 3 && t > 0; ++back) {
    --t;
    if (words::credit_word(doc.token_lower(t))) return true;
  }
  return false;
}

}  // namespace

Resolver::Resolver(const Document& doc, const quotes::Lexicon& lx, std::vector<Entity>& entities)
    : doc_(doc), lx_(lx), entities_(entities), first_new_(entities.size()) {
  for (uint32_t id = 0; id < entities_.size(); ++id) entities_[id].id = id;
}

// The antecedent lists are built on first use: a document without a quote
// that needs a speaker resolved (a fifth of the German articles have no
// quote at all) skips the scan over all tokens and the surname map.
void Resolver::collect_antecedents() const {
  if (collected_) return;
  collected_ = true;
  // Names the NER stage found are antecedents with their entity.
  for (uint32_t id = 0; id < first_new_; ++id) {
    const Entity& e = entities_[id];
    if (e.type != EntityType::PER && e.type != EntityType::ORG) continue;
    for (const Mention& m : e.mentions) {
      if (m.kind != MentionKind::Name || m.span.end > doc_.text.size() || m.span.empty()) continue;
      if (in_credit(doc_, m.span)) continue;
      Antecedent a;
      a.span = m.span;
      a.entity = static_cast<int32_t>(id);
      a.org = e.type == EntityType::ORG;
      // A person's title and apposition identify it for a later "the
      // archbishop" ("Archbishop Pedro Ruiz", "Pedro Ruiz, the archbishop,").
      if (!a.org) {
        uint32_t b = 0;
        uint32_t j = 0;
        token_range(doc_, m.span, b, j);
        set_roles(a, title_before(b), j);
      }
      static_.push_back(std::move(a));
      by_surname_[surname(m.span)] = id;
    }
  }
  find_name_candidates();
  for (Antecedent& a : static_) a.gender = gender_of(a);
  std::sort(static_.begin(), static_.end(), [](const Antecedent& a, const Antecedent& b) {
    return a.span.start < b.span.start || (a.span.start == b.span.start && a.entity > b.entity);
  });
}

std::u16string_view Resolver::surname(Span name) const {
  uint32_t b = 0;
  uint32_t e = 0;
  token_range(doc_, name, b, e);
  while (e > b && !doc_.tokens[e - 1].has(kWord)) --e;
  if (e <= b) return {};
  return doc_.token_lower(e - 1);
}

// Rule-based person names, for texts without a NER model and for the names
// a model missed (they become new entities only when they speak): two or three
// capitalised words in a row that are not articles, prepositions or titles
// ("Ethan Yu", "Bundeskanzlerin Angela Merkel" -> "Angela Merkel" with the
// title as role), with an apposition after a comma as role ("Ethan Yu,
// Vizepräsident von Alibaba,").
void Resolver::find_name_candidates() const {
  const auto& toks = doc_.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // Tokens of the names the NER stage typed: those are antecedents already
  // (persons and organisations) or no person at all (a place, a work: "he
  // told National Geographic" is not about the magazine).
  std::vector<uint8_t> typed(n, 0);
  for (uint32_t id = 0; id < first_new_; ++id) {
    for (const Mention& m : entities_[id].mentions) {
      if (m.kind != MentionKind::Name) continue;
      for (size_t t = doc_.token_at_or_after(m.span.start); t < n && toks[t].start < m.span.end; ++t) typed[t] = 1;
    }
  }
  uint32_t i = 0;
  while (i < n) {
    if (!cap_word(doc_, i)) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < n && j - i < 5 && cap_word(doc_, j) && !toks[j].has(kAllUpper) &&
           (j == i || toks[j].sentence == toks[i].sentence)) {
      ++j;
    }
    // A name needs two words: a single capitalised word (every German noun)
    // is skipped before any lexicon probe.
    if (j < i + 2) {
      i = std::max(j, i + 1);
      continue;
    }
    // Leading articles, prepositions and titles are not the name.
    uint32_t b = i;
    uint32_t title_end = i;
    while (b < j && (lx_.is(doc_.token_lower(b),
                            quotes::kDeterminerW | quotes::kNpStopW | quotes::kTitleW | quotes::kRoleNounW) ||
                     doc_.token_lower(b).find(u'-') != std::u16string_view::npos)) {
      ++b;
      title_end = b;
    }
    const bool ner_name = std::any_of(typed.begin() + b, typed.begin() + j, [](uint8_t x) { return x != 0; });
    if (j - b >= 2 && j - b <= 3 && !(i > 0 && lx_.is(doc_.token_lower(i - 1), quotes::kDeterminerW)) && !ner_name &&
        !in_credit(doc_, {toks[b].start, toks[j - 1].end})) {
      Antecedent a;
      a.span = {toks[b].start, toks[j - 1].end};
      set_roles(a, title_end > i ? Span{toks[i].start, toks[title_end - 1].end} : Span{}, j);
      static_.push_back(std::move(a));
    }
    i = std::max(j, i + 1);
  }
}

// The role words right before a name: capitalised titles ("Archbishop",
// "Bundeskanzlerin", "Alibaba-Gründer") and lower-case role nouns ("deputy
// director"), up to an article, a preposition or the sentence start.
Span Resolver::title_before(uint32_t b) const {
  const uint32_t first = doc_.sentences[doc_.tokens[b].sentence].first_token;
  uint32_t a = b;
  while (a > first && b - a < kTitleWords) {
    const uint32_t k = a - 1;
    const std::u16string_view w = doc_.token_lower(k);
    if (!doc_.tokens[k].has(kWord) || lx_.is(w, quotes::kDeterminerW | quotes::kNpStopW | quotes::kPrepositionW)) break;
    if (!cap_word(doc_, k) && !lx_.is(w, quotes::kRoleNounW | quotes::kTitleW)) break;
    a = k;
  }
  return a < b ? Span{doc_.tokens[a].start, doc_.tokens[b - 1].end} : Span{};
}

// ", Vizepräsident von Alibaba," right after the name that ends before
// token j.
Span Resolver::apposition_after(uint32_t j) const {
  const auto& toks = doc_.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (j + 1 >= n || !doc_.punct_is(j, u',')) return {};
  uint32_t k = j + 1;
  while (k < n && k - j < 8 && !toks[k].has(kPunct) && !toks[k].has(kQuoteMark)) ++k;
  if (k > j + 1 && k < n && (doc_.punct_is(k, u',') || doc_.punct_is(k, u'.')) &&
      (cap_word(doc_, j + 1) || lx_.is(doc_.token_lower(j + 1), quotes::kDeterminerW))) {
    return {toks[j + 1].start, toks[k - 1].end};
  }
  return {};
}

// The antecedent's role (the apposition, else the title) and the keys of
// both.
void Resolver::set_roles(Antecedent& a, Span title, uint32_t j) const {
  const Span apposition = apposition_after(j);
  a.role = apposition.empty() ? title : apposition;
  if (!title.empty()) role_keys(doc_, lx_, title, a.keys);
  if (!apposition.empty()) role_keys(doc_, lx_, apposition, a.keys);
}

template <class F>
Resolver::Antecedent* Resolver::latest_before(uint32_t pos, F accept) {
  Antecedent* best = nullptr;
  auto it = std::lower_bound(static_.begin(), static_.end(), pos,
                             [](const Antecedent& a, uint32_t p) { return a.span.start < p; });
  size_t seen = 0;
  while (it != static_.begin() && seen++ < kLookBack) {
    --it;
    if (it->span.end <= pos && accept(*it)) {
      best = &*it;
      break;
    }
  }
  seen = 0;
  for (size_t k = recent_.size(); k-- > 0 && seen++ < kLookBack;) {
    Antecedent& a = recent_[k];
    if (a.span.end > pos) continue;
    if (best != nullptr && a.span.start <= best->span.start) break;
    if (accept(a)) {
      best = &a;
      break;
    }
  }
  return best;
}

uint32_t Resolver::sentence_of(Span s) const { return doc_.tokens[doc_.token_at_or_after(s.start)].sentence; }

// Whether the antecedent opens its sentence's subject: the first name of
// the sentence, within its first words ("On Monday, Smith met Jones": Smith).
bool Resolver::opens_sentence(const Antecedent& a, const Antecedent* previous) const {
  const uint32_t sent = sentence_of(a.span);
  if (previous != nullptr && sentence_of(previous->span) == sent) return false;
  const uint32_t first = doc_.sentences[sent].first_token;
  const uint32_t at = static_cast<uint32_t>(doc_.token_at_or_after(a.span.start));
  if (at - first <= kSubjectReach) return true;
  // The subject of a second clause: "… while Brudziński wrote …".
  for (uint32_t k = at; k-- > first && at - k <= kSubjectReach;) {
    if (words::second_clause_opener(doc_.token_lower(k))) return true;
    // Only a title or role may stand between ("while Interior Minister X").
    if (!cap_word(doc_, k) && !lx_.is(doc_.token_lower(k), quotes::kDeterminerW | quotes::kRoleNounW)) break;
  }
  return false;
}

// Salience of the names before a pronoun, after Lappin and Leass (1994):
// recency halves with each sentence back, and a sentence's subject and a
// name that has just spoken weigh more than the latest name. "Smith then
// met his old rival, Jones. “…,” he said." -> Smith.
template <class F>
Resolver::Antecedent* Resolver::salient_before(uint32_t pos, F accept) {
  const uint32_t here = doc_.tokens[doc_.token_at_or_after(pos)].sentence;
  Antecedent* best = nullptr;
  int best_score = -1;
  auto consider = [&](Antecedent& a, bool spoke, const Antecedent* previous) {
    const uint32_t sent = sentence_of(a.span);
    if (a.span.end > pos || sent + kSalienceSentences < here || !accept(a)) return;
    int score = kRecencyWeight >> (here - sent);
    if (opens_sentence(a, previous)) score += kSubjectWeight;
    if (spoke) score += kSpeakerWeight;
    if (score > best_score || (score == best_score && best != nullptr && a.span.start > best->span.start)) {
      best = &a;
      best_score = score;
    }
  };
  auto it = std::lower_bound(static_.begin(), static_.end(), pos,
                             [](const Antecedent& a, uint32_t p) { return a.span.start < p; });
  // The names of the window, latest first.
  std::vector<Antecedent*> window;
  for (size_t seen = 0; it != static_.begin() && seen < kLookBack; ++seen) {
    --it;
    if (sentence_of(it->span) + kSalienceSentences < here) break;
    window.push_back(&*it);
  }
  // Oldest first, so the accepted name before each one is at hand.
  const Antecedent* older = nullptr;
  for (size_t k = window.size(); k-- > 0;) {
    consider(*window[k], false, older);
    if (accept(*window[k])) older = window[k];
  }
  for (size_t k = recent_.size(), seen = 0; k-- > 0 && seen++ < kLookBack;) consider(recent_[k], true, nullptr);
  return best;
}

uint32_t Resolver::new_entity(Span name, bool org, MentionKind kind, Span role) {
  Entity e;
  e.id = static_cast<uint32_t>(entities_.size());
  e.type = org ? EntityType::ORG : EntityType::PER;
  // A role description without a name: its words without the article.
  uint32_t b = 0;
  uint32_t en = 0;
  token_range(doc_, name, b, en);
  while (kind != MentionKind::Name && b + 1 < en && lx_.is(doc_.token_lower(b), quotes::kDeterminerW)) ++b;
  const Span shown = b < en ? Span{doc_.tokens[b].start, doc_.tokens[en - 1].end} : name;
  e.name = utf16_to_utf8(doc_.slice(shown));
  e.mentions.push_back({name, kind});
  entities_.push_back(std::move(e));
  const uint32_t id = static_cast<uint32_t>(entities_.size() - 1);
  add_role(id, role);
  if (kind == MentionKind::Name) by_surname_[surname(name)] = id;
  return id;
}

uint32_t Resolver::materialize(Antecedent& a, MentionKind kind) {
  if (a.entity >= 0) return static_cast<uint32_t>(a.entity);
  // The same surname may already have an entity (an earlier candidate).
  const auto it = by_surname_.find(surname(a.span));
  if (kind == MentionKind::Name && it != by_surname_.end()) {
    a.entity = static_cast<int32_t>(it->second);
    add_mention(it->second, a.span, MentionKind::Name);
    add_role(it->second, a.role);
  } else {
    a.entity = static_cast<int32_t>(new_entity(a.span, a.org, MentionKind::Name, a.role));
  }
  return static_cast<uint32_t>(a.entity);
}

void Resolver::add_mention(uint32_t entity, Span span, MentionKind kind) {
  auto& ms = entities_[entity].mentions;
  for (const Mention& m : ms) {
    if (m.span == span) return;
  }
  ms.push_back({span, kind});
}

void Resolver::add_role(uint32_t entity, Span role) {
  if (role.empty()) return;
  std::string r = utf16_to_utf8(doc_.slice(role));
  auto& roles = entities_[entity].roles;
  if (std::find(roles.begin(), roles.end(), r) == roles.end()) roles.push_back(std::move(r));
}

Gender Resolver::gender_of(const Antecedent& a) const {
  if (a.org || a.plural || a.span.empty()) return Gender::Unknown;
  const Language lang = doc_.rules_language;
  Gender found = Gender::Unknown;
  bool contradicted = false;
  auto words_of = [&](Span s) {
    if (s.empty()) return;
    uint32_t b = 0;
    uint32_t e = 0;
    token_range(doc_, s, b, e);
    for (uint32_t t = b; t < e; ++t) {
      if (!doc_.tokens[t].has(kWord)) continue;
      const Gender g = gender::gendered_word(doc_.token_lower(t), lang).gender;
      if (g == Gender::Unknown) continue;
      if (found != Gender::Unknown && g != found) contradicted = true;
      found = g;
    }
  };
  words_of(a.role);
  words_of(a.span);
  if (contradicted) return Gender::Unknown;
  if (found != Gender::Unknown) return found;
  // A first name: the first of two or more capitalised words.
  uint32_t b = 0;
  uint32_t e = 0;
  token_range(doc_, a.span, b, e);
  if (e < b + 2 || !cap_word(doc_, b) || !cap_word(doc_, e - 1)) return Gender::Unknown;
  return gender::first_name_gender(gender::first_name_part(doc_.token_lower(b)), gender::names_language(doc_));
}

Gender Resolver::singular_pronoun_gender(uint32_t pos, const SpeakerShape& sh) const {
  if (sh.plural || sh.either) return Gender::Unknown;
  return gender::pronoun_gender(doc_.token_lower(doc_.token_at_or_after(pos)), doc_.rules_language).gender;
}

void Resolver::remember(uint32_t entity, Span span, const SpeakerShape& sh) {
  Antecedent a;
  a.span = span;
  a.entity = static_cast<int32_t>(entity);
  a.org = entities_[entity].type == EntityType::ORG;
  a.role = sh.role;
  a.keys = sh.keys;
  a.plural = sh.plural;
  // "he" / "sie sagte": the pronoun tells, where it is singular.
  a.gender = sh.kind == MentionKind::Pronoun ? singular_pronoun_gender(span.start, sh) : gender_of(a);
  // The entity's earlier roles still identify it.
  recent_.push_back(std::move(a));
}

std::optional<uint32_t> Resolver::resolve(Span speaker) {
  if (speaker.empty() || speaker.end > doc_.text.size()) return std::nullopt;
  collect_antecedents();
  const SpeakerShape sh = shape_of(doc_, lx_, speaker);
  const uint32_t pos = speaker.start;
  std::optional<uint32_t> id;
  switch (sh.kind) {
    case MentionKind::Name: {
      // A name the NER stage found, or a candidate at the same place.
      for (auto it = std::lower_bound(static_.begin(), static_.end(), sh.mention.start,
                                      [](const Antecedent&a, uint32_t p) { return a.span.end <= p; });
           it != static_.end() && it->span.start < sh.mention.end; ++it) {
        if (it->entity >= 0) {
          id = static_cast<uint32_t>(it->entity);
          break;
        }
      }
      // A longer phrase around a name the NER stage found ("US Secretary of
      // State Mike Pompeo", whose shape is "US Secretary"): that name.
      Span named = sh.mention;
      if (!id) {
        for (auto it = std::lower_bound(static_.begin(), static_.end(), speaker.start,
                                        [](const Antecedent&a, uint32_t p) { return a.span.start < p; });
             it != static_.end() && it->span.end <= speaker.end; ++it) {
          if (it->entity >= 0 && it->org == sh.org) {
            id = static_cast<uint32_t>(it->entity);
            named = it->span;
            break;
          }
        }
      }
      if (!id) {
        const auto it = by_surname_.find(surname(sh.mention));
        if (it != by_surname_.end()) id = it->second;
      }
      if (!id) {
        // "Yu" after "Ethan Yu" was seen as a candidate name.
        const std::u16string_view sn = surname(sh.mention);
        if (Antecedent* a = latest_before(pos, [&](const Antecedent& x) { return surname(x.span) == sn; })) {
          id = materialize(*a, MentionKind::Name);
        }
      }
      if (!id) {
        id = new_entity(sh.mention, sh.org, MentionKind::Name, sh.role);
      } else {
        add_role(*id, sh.role);
      }
      add_mention(*id, named, MentionKind::Name);
      break;
    }
    case MentionKind::Pronoun: {
      // A group ("they", "sie") is not pinned on one person: it takes an
      // organisation or an earlier group.
      // A singular pronoun agrees in gender where both are known ("Ann
      // Smith met Tom Jones. He said …" is Jones).
      const Gender pg = singular_pronoun_gender(pos, sh);
      auto agrees = [&](const Antecedent& x) {
        if (sh.org) return x.org;
        if (sh.either) return true;
        if (sh.plural) return x.org || x.plural;
        return !x.org && !x.plural && (pg == Gender::Unknown || x.gender == Gender::Unknown || x.gender == pg);
      };
      // A plural pronoun takes the latest group or organisation; one that
      // may be either ("sie" without a verb to tell) the latest name; a
      // singular one the most salient name of the last sentences.
      Antecedent* a = sh.plural || sh.either ? latest_before(pos, agrees) : salient_before(pos, agrees);
      if (a != nullptr) {
        id = materialize(*a, MentionKind::Name);
        add_mention(*id, speaker, MentionKind::Pronoun);
      }
      break;
    }
    default: {
      // The same role description said earlier.
      uint32_t b = 0;
      uint32_t e = 0;
      token_range(doc_, speaker, b, e);
      while (b + 1 < e && lx_.is(doc_.token_lower(b), quotes::kDeterminerW)) ++b;
      const std::u16string_view text_key =
          std::u16string_view(doc_.lower).substr(doc_.tokens[b].start, speaker.end - doc_.tokens[b].start);
      if (!sh.indefinite) {
        const auto it = by_nominal_.find(text_key);
        if (it != by_nominal_.end()) id = it->second;
        if (!id) {
          Antecedent* a = latest_before(pos, [&](const Antecedent& x) {
            for (auto rk : x.keys) {
              for (auto mk : sh.keys) {
                if (keys_match(rk, mk)) return true;
              }
            }
            return false;
          });
          if (a == nullptr && sh.org) {
            a = latest_before(pos, [&](const Antecedent& x) { return x.org && x.entity >= 0; });
          }
          if (a != nullptr) id = materialize(*a, MentionKind::Name);
        }
      }
      if (!id) id = new_entity(speaker, sh.org, MentionKind::Nominal, {});
      add_mention(*id, speaker, MentionKind::Nominal);
      by_nominal_[text_key] = *id;
      break;
    }
  }
  if (id) remember(*id, sh.kind == MentionKind::Name ? sh.mention : speaker, sh);
  return id;
}

bool Resolver::has_ner_name(Span s) const {
  collect_antecedents();
  for (auto it = std::lower_bound(static_.begin(), static_.end(), s.start,
                                  [](const Antecedent&a, uint32_t p) { return a.span.start < p; });
       it != static_.end() && it->span.start < s.end; ++it) {
    if (it->entity >= 0 && static_cast<size_t>(it->entity) < first_new_ && it->span.end <= s.end) return true;
  }
  return false;
}

}  // namespace quelle::attribution
