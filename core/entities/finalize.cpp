// finalize_entities: the last step of the pipeline, for the entities of
// every stage alike (entities.hpp).
#include <algorithm>
#include <cmath>
#include <map>

#include "entities/entities.hpp"
#include "entities/lexicon.hpp"
#include "normalize/normalize.hpp"
#include "normalize/utf.hpp"

namespace quelle {
namespace {

// A name mention's text as its tokens' texts joined by single spaces (the
// parts of the tokens inside the span).
std::u16string name_key(const Document& doc, Span span) {
  std::u16string key;
  for (size_t t = doc.token_at_or_after(span.start); t < doc.tokens.size() && doc.tokens[t].start < span.end; ++t) {
    const uint32_t a = std::max(doc.tokens[t].start, span.start), b = std::min(doc.tokens[t].end, span.end);
    if (!key.empty()) key += u' ';
    key.append(doc.text, a, b - a);
  }
  return key;
}

size_t words_in(std::u16string_view key) { return key.empty() ? 0 : 1 + std::count(key.begin(), key.end(), u' '); }

// The texts of an entity's name mentions, in the order the stages added
// them (the tagger's, then attribution's), leaving out one that overlaps a
// name mention added before it: that is another reading of the same words
// ("Staatssekretär Harald Stegemann" or "Heino Stoever" as the speaker
// where the tagger found "Harald Stegemann", "Dr. Heino Stoever"), and the
// first reading stands.
void name_texts(const Document& doc, const std::vector<Mention>& mentions, std::vector<std::u16string>& out) {
  out.clear();
  std::vector<Span> kept;
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::Name || m.span.empty()) continue;
    const bool overlaps =
        std::any_of(kept.begin(), kept.end(), [&](Span k) { return k.start < m.span.end && m.span.start < k.end; });
    if (overlaps) continue;
    kept.push_back(m.span);
    out.push_back(name_key(doc, m.span));
  }
}

// The role as compared for duplicates: lower case, without a leading
// article ("a fire service spokesman" is "fire service spokesman").
std::u16string role_key(const std::string& role) {
  auto text = utf8_to_utf16(role);
  if (!text.ok()) return {};
  std::u16string k = lower_shadow(*text);
  const size_t sp = k.find(u' ');
  if (sp != std::u16string::npos && is_role_article(std::u16string_view(k).substr(0, sp))) k.erase(0, sp + 1);
  return k;
}

// One record per role: the stages may each find the same role, one with an
// article, one without, or capitalised at a sentence start; the first stays.
void unique_roles(std::vector<std::string>& roles) {
  std::vector<std::u16string> seen;
  std::vector<std::string> kept;
  for (std::string& r : roles) {
    std::u16string k = role_key(r);
    if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
    seen.push_back(std::move(k));
    kept.push_back(std::move(r));
  }
  roles = std::move(kept);
}

// Whether the mention is one role or group word ("Mayor", "Officials").
bool generic_word(const Document& doc, const Mention& m) {
  const size_t t = doc.token_at_or_after(m.span.start);
  return t < doc.tokens.size() && doc.tokens[t].start == m.span.start && doc.tokens[t].end == m.span.end &&
         is_generic_noun(doc.token_lower(t), doc.language, true);
}

// An entity whose every name is a role word ("Mayor" at a sentence start,
// which a later stage may take for a speaker's name) is a person described,
// not named: those mentions are nominal.
void role_words_nominal(const Document& doc, Entity& e) {
  if (e.type != EntityType::PER) return;
  bool any = false;
  for (const Mention& m : e.mentions) {
    if (m.kind != MentionKind::Name) continue;
    if (!generic_word(doc, m)) return;
    any = true;
  }
  if (!any) return;
  for (Mention& m : e.mentions)
    if (m.kind == MentionKind::Name) m.kind = MentionKind::Nominal;
}

}  // namespace

std::u16string canonical_name(const std::vector<std::u16string>& names) {
  std::map<std::u16string_view, size_t> freq;
  for (const std::u16string& n : names) ++freq[n];
  const std::u16string* best = nullptr;
  size_t best_words = 0, best_count = 0;
  for (const std::u16string& n : names) {
    const size_t w = words_in(n), f = freq[n];
    if (best == nullptr || w > best_words ||
        (w == best_words && (f > best_count || (f == best_count && n.size() > best->size())))) {
      best = &n;
      best_words = w;
      best_count = f;
    }
  }
  return best != nullptr ? *best : std::u16string();
}

double salience(size_t mentions, size_t most_mentions, uint32_t first_start, size_t text_length) {
  const double count = static_cast<double>(mentions) / static_cast<double>(std::max<size_t>(1, most_mentions));
  const double early = 1.0 - static_cast<double>(first_start) / static_cast<double>(std::max<size_t>(1, text_length));
  return std::round((0.7 * count + 0.3 * early) * 10000.0) / 10000.0;
}

void finalize_entities(const Document& doc, std::vector<Entity>& entities) {
  std::vector<std::u16string> names;
  size_t most = 1;
  for (size_t id = 0; id < entities.size(); ++id) {
    Entity& e = entities[id];
    e.id = static_cast<uint32_t>(id);
    role_words_nominal(doc, e);
    name_texts(doc, e.mentions, names);
    if (const std::u16string name = canonical_name(names); !name.empty()) e.name = utf16_to_utf8(name);
    std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& a, const Mention& b) {
      return a.span.start < b.span.start || (a.span.start == b.span.start && a.span.end < b.span.end);
    });
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end(),
                                 [](const Mention& a, const Mention& b) { return a.span == b.span; }),
                     e.mentions.end());
    unique_roles(e.roles);
    most = std::max(most, e.mentions.size());
  }
  for (Entity& e : entities)
    e.salience =
        e.mentions.empty() ? 0.0 : salience(e.mentions.size(), most, e.mentions.front().span.start, doc.text.size());
}

}  // namespace quelle
