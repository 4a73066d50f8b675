// recognize_entities: the tagger's name spans become entities, in the steps
// of entity_steps.hpp.
#include "entities/entities.hpp"

#include <algorithm>
#include <array>

#include "entities/entity_steps.hpp"
#include "entities/lexicon.hpp"
#include "normalize/utf.hpp"

namespace quelle {

std::vector<Entity> recognize_entities(const Document& doc, const ner::Model* model) {
  if (model == nullptr || doc.tokens.empty()) return {};
  using namespace entities;
  const std::vector<uint8_t> tags = tag_document(doc, *model);
  Names names = name_mentions(doc, tags);
  add_bracket_abbreviations(doc, names);
  one_type_per_string(names);
  Clusters clusters = cluster_names(names);
  const auto parts = part_mentions(doc, model->gazetteer(), names, clusters);
  add_mentions(doc, names, parts, clusters);
  add_roles(doc, names, clusters);
  return entities_of(clusters);
}

namespace entities {
namespace {

// The text a name is compared by: its tokens joined by single spaces (so
// that a line break inside a name does not make it another), without a
// possessive ending ("Enron's" is "Enron").
std::u16string key_of(const Document& doc, uint32_t first, uint32_t end) {
  std::u16string k;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first) k += u' ';
    k += doc.token_text(i);
  }
  k.resize(k.size() - possessive_length(doc.token_text(end - 1)));
  return k;
}

// The words of a key.
std::vector<std::u16string_view> words_of(std::u16string_view key) {
  std::vector<std::u16string_view> out;
  size_t s = 0;
  for (size_t i = 0; i <= key.size(); ++i) {
    if (i == key.size() || key[i] == u' ') {
      if (i > s) out.push_back(key.substr(s, i - s));
      s = i + 1;
    }
  }
  return out;
}

// Whether token i exists and is the punctuation mark c.
bool token_is(const Document& doc, size_t i, char16_t c) { return i < doc.tokens.size() && doc.punct_is(i, c); }

void copy_block_tags(const std::vector<uint8_t>& block_tags, size_t first, std::vector<uint8_t>& tags) {
  std::copy(block_tags.begin(), block_tags.end(), tags.begin() + static_cast<std::ptrdiff_t>(first));
}

}  // namespace

// 1. Tagging.

std::vector<uint8_t> tag_document(const Document& doc, const ner::Model& model) {
  std::vector<uint8_t> quote, block_tags;
  ner::quote_state(doc, quote);
  std::vector<uint8_t> tags(doc.tokens.size(), 0);
  // The emissions are kept: decoding again under constraints costs no feature lookups.
  std::vector<int32_t> em(doc.tokens.size() * ner::kNumTags);
  ner::for_each_block(doc, [&](size_t first, size_t end) {
    int32_t* block_em = em.data() + first * ner::kNumTags;
    model.emissions(doc, first, end, quote, block_em);
    model.decode(block_em, end - first, nullptr, block_tags);
    copy_block_tags(block_tags, first, tags);
  });
  // One name, one reading; the tagger itself then decides where a name
  // starts ("Ethan Yu"). A name found by a cue in round 1 spreads in round 2.
  std::vector<uint16_t> allowed;
  for (int round = 0; round < 2; ++round) {
    const std::set<std::u16string_view> persons = person_words(doc, tags);
    ner::for_each_block(doc, [&](size_t first, size_t end) {
      if (!name_constraints(doc, first, end, tags, persons, allowed)) return;
      model.decode(em.data() + first * ner::kNumTags, end - first, allowed.data(), block_tags);
      copy_block_tags(block_tags, first, tags);
    });
  }
  return tags;
}

std::set<std::u16string_view> person_words(const Document& doc, const std::vector<uint8_t>& tags) {
  std::set<std::u16string_view> out;
  for (size_t t = 0; t < tags.size(); ++t)
    if (tags[t] != 0 && ner::tag_type(tags[t]) == 0 && doc.tokens[t].has(kUpperInitial) && !doc.tokens[t].has(kPunct) &&
        doc.token_text(t).size() >= 2)
      out.emplace(doc.token_text(t));
  return out;
}

bool name_constraints(const Document& doc, size_t first, size_t end, const std::vector<uint8_t>& tags,
                      const std::set<std::u16string_view>& person_words, std::vector<uint16_t>& allowed) {
  constexpr uint16_t kPerTags = (1u << ner::tag_b(0)) | (1u << ner::tag_i(0));
  constexpr uint16_t kNameTags = ((1u << ner::kNumTags) - 1) & ~1u;  // any tag but O
  allowed.assign(end - first, 0);
  bool any = false;
  // Only capitalised words the tagger left out are constrained: its names
  // stand as they are.
  for (size_t t = first; t < end; ++t) {
    if (tags[t] != 0 || !doc.tokens[t].has(kUpperInitial) || doc.tokens[t].has(kPunct)) continue;
    if (person_words.count(doc.token_text(t)) != 0) {
      allowed[t - first] = kPerTags;
      any = true;
      continue;
    }
    // A name of any type after a cue ("sagte Yu"), unless the capital says
    // nothing (sentence start), the word is a role ("sagte Sprecherin
    // Weber": the name comes after it) or a quotation mark follows.
    if (t > first && !doc.tokens[t].has(kSentenceStart) && doc.token_text(t).size() >= 2 &&
        is_source_cue(doc.token_lower(t - 1)) && !is_role_noun(doc.token_lower(t), doc.language) &&
        (t + 1 >= end || !doc.tokens[t + 1].has(kQuoteMark))) {
      allowed[t - first] = kNameTags;
      any = true;
    }
  }
  return any;
}

// 2. Name mentions.

namespace {

// Whether token t has a capital letter anywhere ("iPhone") or a digit: every
// language Quelle reads writes names so.
bool capital_or_digit(const Document& doc, uint32_t t) {
  if (doc.token_text(t) != doc.token_lower(t)) return true;
  const std::u16string_view w = doc.token_text(t);
  return std::any_of(w.begin(), w.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

// A hyphenated word whose parts all begin with a capital ("France-Presse",
// "Presse-Agentur"), not at a sentence start: it continues a name right
// before it, as the tagger sometimes misses.
bool capitalised_compound(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (!tok.has(kHyphenated) || !tok.has(kUpperInitial) || tok.has(kSentenceStart)) return false;
  const std::u16string_view w = doc.token_text(t), l = doc.token_lower(t);
  for (size_t i = 0; i + 1 < w.size(); ++i)
    if (is_hyphen(w[i]) && w[i + 1] == l[i + 1]) return false;
  return true;
}

// The extent [a, b) of the name in the tagger's span [k, e) of a block
// ending at `block_end`, or a = b if there is none. The tagger's spans may
// take in quotation marks and commas; "!" and "." end some names ("Yahoo!",
// "Chr."), but never stand alone. Its errors on news, each fixed as a class:
// a span going on after a possessive into lower-case words ("Adamowicz's
// heart": the name ends at the possessive); a span of lower-case words
// in well-cased English text ("all the nation's escape": the English model
// learnt lower-case names from the lower-cased MultiCoNER; elsewhere the
// corpora have lower-case names, "dpa", KIND's "governo russo"); a person's role
// before the name inside the span ("Mayor Adamowicz": the role is a role,
// found by role_before); a name that stops before a capitalised compound
// continuing it ("Agence" of "Agence France-Presse").
void name_extent(const Document& doc, const std::vector<uint8_t>& tags, uint32_t k, uint32_t e, uint32_t block_end,
                 int type, bool cased, uint32_t& a, uint32_t& b) {
  a = k;
  b = e;
  while (a < b && doc.tokens[a].has(kPunct)) ++a;
  while (b > a && doc.tokens[b - 1].has(kPunct) && !token_is(doc, b - 1, u'!') && !token_is(doc, b - 1, u'.')) --b;
  if (a < b && doc.tokens[b - 1].has(kPunct) && b - a == 1) b = a;
  for (uint32_t t = a; t + 1 < b; ++t)
    if (possessive_length(doc.token_text(t)) != 0 && !doc.tokens[t + 1].has(kUpperInitial)) b = t + 1;
  while (type == 0 && b - a > 1 && titles_apart(doc.language) && is_role_noun(doc.token_lower(a), doc.language) &&
         doc.tokens[a + 1].has(kUpperInitial))
    ++a;
  if (b == e && e < block_end && tags[e] == 0 && a < b && !doc.tokens[b - 1].has(kPunct) &&
      possessive_length(doc.token_text(b - 1)) == 0 && capitalised_compound(doc, e))
    ++b;
  bool capital = false;
  for (uint32_t t = a; t < b; ++t) capital = capital || capital_or_digit(doc, t);
  if (!capital && cased && doc.language == Language::En) b = a;
}

// Whether the text writes capitals as edited text does: at most one sentence
// in ten begins with a lower-case word. Only there is a name in lower case
// an error: web text writes names in lower case too ("tampa bay").
bool well_cased(const Document& doc) {
  size_t lower = 0;
  for (const SentenceInfo& s : doc.sentences) {
    uint32_t t = s.first_token;
    while (t < s.end_token && !doc.tokens[t].has(kWord)) ++t;
    if (t < s.end_token && !doc.tokens[t].has(kUpperInitial) && !capital_or_digit(doc, t)) ++lower;
  }
  return lower * 10 <= doc.sentences.size();
}

// Whether every word of the name is a role noun, or for a person's name a
// group noun too ("Mayor" at a sentence start, "Officials"), unless a longer person's name of
// the text ends in it ("Michel Mayor", then "Mayor").
bool generic_name(const Document& doc, const NameMention& m, const std::set<std::u16string_view>& surnames) {
  for (uint32_t t = m.first; t < m.end; ++t)
    if (!doc.tokens[t].has(kPunct) && !is_generic_noun(doc.token_lower(t), doc.language, m.type == 0)) return false;
  return m.end - m.first != 1 || surnames.count(doc.token_text(m.first)) == 0;
}

}  // namespace

Names name_mentions(const Document& doc, const std::vector<uint8_t>& tags) {
  Names names;
  names.at.assign(doc.tokens.size(), -1);
  std::vector<NameMention> found;
  const bool cased = well_cased(doc);
  ner::for_each_block(doc, [&](size_t first, size_t end) {
    for (auto k = static_cast<uint32_t>(first); k < end;) {
      if (tags[k] == 0) {
        ++k;
        continue;
      }
      const int type = ner::tag_type(tags[k]);
      uint32_t e = k + 1;
      while (e < end && ner::tag_is_i(tags[e]) && ner::tag_type(tags[e]) == type) ++e;
      uint32_t a = 0, b = 0;
      name_extent(doc, tags, k, e, static_cast<uint32_t>(end), type, cased, a, b);
      if (a < b) found.push_back({a, b, type, key_of(doc, a, b)});
      k = std::max(e, b);
    }
  });
  std::set<std::u16string_view> surnames;
  for (const NameMention& m : found)
    if (m.type == 0 && m.end - m.first >= 2) surnames.insert(doc.token_text(m.end - 1));
  for (NameMention& m : found) {
    if (generic_name(doc, m, surnames)) continue;
    for (uint32_t t = m.first; t < m.end; ++t) names.at[t] = static_cast<int>(names.list.size());
    names.list.push_back(std::move(m));
  }
  return names;
}

// 3. Abbreviations in brackets.

bool abbreviates(std::u16string_view abbr, std::u16string_view long_form) {
  if (abbr.size() < 2 || abbr.size() > 8 || long_form.empty()) return false;
  auto up = [](char16_t c) { return c >= u'a' && c <= u'z' ? static_cast<char16_t>(c - 32) : c; };
  if (up(abbr[0]) != up(long_form[0])) return false;
  size_t j = 1;
  for (size_t i = 1; i < abbr.size(); ++i) {
    const char16_t c = abbr[i];
    if (c == u'.' || c == u'-') continue;
    while (j < long_form.size() && up(long_form[j]) != up(c)) ++j;
    if (j == long_form.size()) return false;
    ++j;
  }
  return true;
}

void add_bracket_abbreviations(const Document& doc, Names& names) {
  std::vector<NameMention>& list = names.list;
  // Untagged abbreviations become names...
  const size_t tagged = list.size();
  for (size_t i = 0; i < tagged; ++i) {
    const NameMention m = list[i];
    if (m.type == 0 || m.end - m.first < 2) continue;
    const size_t a = m.end + 1;
    if (!token_is(doc, m.end, u'(') || !token_is(doc, a + 1, u')')) continue;
    const std::u16string_view abbr = doc.token_text(a);
    if (!doc.tokens[a].has(kUpperInitial) || !abbreviates(abbr, m.key) || names.at[a] >= 0) continue;
    names.at[a] = static_cast<int>(list.size());
    list.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(a + 1), m.type, std::u16string(abbr)});
  }
  // ... in text order (spans do not overlap: the order is by first token) ...
  std::sort(list.begin(), list.end(), [](const NameMention& x, const NameMention& y) { return x.first < y.first; });
  for (size_t i = 0; i < list.size(); ++i)
    for (uint32_t t = list[i].first; t < list[i].end; ++t) names.at[t] = static_cast<int>(i);
  // ... and every one, tagged or not, is linked to its long form (after the
  // sort, which changed the indices).
  names.abbreviations.clear();
  for (size_t i = 0; i < list.size(); ++i) {
    const NameMention& m = list[i];
    if (m.type == 0 || m.end - m.first < 2 || !token_is(doc, m.end, u'(') || !token_is(doc, m.end + 2, u')')) continue;
    const int ab = names.at[m.end + 1];
    if (ab >= 0 && list[ab].end - list[ab].first == 1 && abbreviates(list[ab].key, m.key))
      names.abbreviations.emplace_back(static_cast<size_t>(ab), i);
  }
}

// 4. Types.

void one_type_per_string(Names& names) {
  std::map<std::u16string, std::array<int, 4>> votes;
  std::map<std::u16string, int> first_type;
  for (const NameMention& m : names.list) {
    ++votes[m.key][m.type];
    first_type.emplace(m.key, m.type);
  }
  for (NameMention& m : names.list) {
    const auto& v = votes[m.key];
    int best = first_type[m.key];
    for (int t = 0; t < 4; ++t)
      if (v[t] > v[best]) best = t;
    m.type = best;
  }
}

// 5. Clusters.

namespace {

// The clusters by the first and by the last word of their name, for the
// names that may be part of it.
struct WordIndex {
  std::map<std::u16string, std::vector<int>> by_first, by_last;
};

void join(Names& names, Clusters& clusters, size_t i, int c) {
  names.list[i].entity = c;
  clusters.list[c].names.push_back(i);
  clusters.by_key.emplace(names.list[i].key, c);
}

int open_cluster(Clusters& clusters, WordIndex& index, const NameMention& m,
                 const std::vector<std::u16string_view>& words) {
  Cluster cl;
  cl.type = m.type;
  cl.canonical = m.key;
  clusters.list.push_back(std::move(cl));
  const int c = static_cast<int>(clusters.list.size()) - 1;
  if (!words.empty()) {
    index.by_first[std::u16string(words.front())].push_back(c);
    if (words.size() > 1) index.by_last[std::u16string(words.back())].push_back(c);
  }
  return c;
}

// The cluster whose name mention `m` (of `words`) is part of, or -1; of
// several, the one mentioned last before m.
int containing_cluster(const Names& names, const Clusters& clusters, const WordIndex& index, const NameMention& m,
                       const std::vector<std::u16string_view>& words, std::vector<int>& candidates) {
  candidates.clear();
  if (!words.empty()) {
    if (auto it = index.by_first.find(std::u16string(words.front())); it != index.by_first.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    if (auto it = index.by_last.find(std::u16string(words.back())); it != index.by_last.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  int target = -1;
  uint32_t target_last = 0;
  for (int c : candidates) {
    const Cluster& cl = clusters.list[c];
    if (!part_of_name(words_of(cl.canonical), cl.type, words, m.type)) continue;
    uint32_t last = 0;
    for (size_t n : cl.names)
      if (names.list[n].first < m.first) last = std::max(last, names.list[n].first + 1);
    if (target < 0 || last > target_last) {
      target = c;
      target_last = last;
    }
  }
  return target;
}

// Abbreviations join their long form's cluster, with the cluster other
// mentions of the abbreviation formed before the long form was known.
void link_abbreviations(Names& names, Clusters& clusters) {
  for (const auto& [ab, long_form] : names.abbreviations) {
    const int target = names.list[long_form].entity;
    if (target < 0) continue;
    const std::u16string& key = names.list[ab].key;
    if (auto it = clusters.by_key.find(key); it != clusters.by_key.end() && it->second != target)
      merge_cluster(names, clusters, it->second, target);
    names.list[ab].entity = target;
    clusters.list[target].names.push_back(ab);
    clusters.by_key[key] = target;
  }
}

// The one cluster of `type` other than `self` whose several-word name ends
// in the word `last` ("Winfried Hassemer" for "Hassemer"), or -1 when
// none or more than one does.
int cluster_ending_in(const Clusters& clusters, std::u16string_view last, int type, int self) {
  int found = -1;
  for (size_t d = 0; d < clusters.list.size(); ++d) {
    const auto& cl = clusters.list[d];
    if (static_cast<int>(d) == self || cl.names.empty() || cl.type != type) continue;
    const std::u16string_view name = cl.canonical;
    if (name.size() <= last.size() + 1 || !name.ends_with(last) || name[name.size() - last.size() - 1] != u' ') {
      continue;
    }
    if (found >= 0) return -1;
    found = static_cast<int>(d);
  }
  return found;
}

// German, Dutch and English genitives of one-word names join their base:
// "Chinas", "Alibabas", "Merkel's" join "China", ...; a surname's genitive
// joins the one full name it ends ("Hassemers" -> "Winfried Hassemer").
void join_genitives(Names& names, Clusters& clusters) {
  for (size_t c = 0; c < clusters.list.size(); ++c) {
    const std::u16string& k = clusters.list[c].canonical;
    if (clusters.list[c].names.empty() || k.find(u' ') != std::u16string::npos) continue;
    const size_t cut = genitive_length(k);
    if (cut == 0) continue;
    const std::u16string stem = k.substr(0, k.size() - cut);
    int target = -1;
    if (auto it = clusters.by_key.find(stem); it != clusters.by_key.end()) {
      target = it->second;
    } else {
      target = cluster_ending_in(clusters, stem, clusters.list[c].type, static_cast<int>(c));
    }
    if (target < 0 || target == static_cast<int>(c) || clusters.list[target].type != clusters.list[c].type) continue;
    merge_cluster(names, clusters, static_cast<int>(c), target);
  }
}

}  // namespace

bool part_of_name(const std::vector<std::u16string_view>& full, int cluster_type,
                  const std::vector<std::u16string_view>& words, int type) {
  if (full.size() <= words.size()) return false;
  // One word of a person's name: the surname, or (of a person) the first name.
  if (cluster_type == 0 && words.size() == 1) return words[0] == full.back() || (type == 0 && words[0] == full.front());
  if (cluster_type != type || words.size() < 2) return false;
  return std::equal(words.begin(), words.end(), full.begin()) ||
         (cluster_type == 0 && std::equal(words.rbegin(), words.rend(), full.rbegin()));
}

void merge_cluster(Names& names, Clusters& clusters, int from, int to) {
  for (size_t n : clusters.list[from].names) {
    names.list[n].entity = to;
    clusters.list[to].names.push_back(n);
  }
  clusters.list[from].names.clear();
  for (auto& [key, c] : clusters.by_key)
    if (c == from) c = to;
}

Clusters cluster_names(Names& names) {
  Clusters clusters;
  WordIndex index;
  // Longest names first, so that a shorter one finds the full name it is
  // part of whatever their order in the text.
  std::vector<size_t> order(names.list.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return names.list[x].end - names.list[x].first > names.list[y].end - names.list[y].first;
  });
  for (const auto& [ab, long_form] : names.abbreviations) names.list[ab].entity = kAwaitsLongForm;
  std::vector<int> candidates;
  for (size_t i : order) {
    const NameMention& m = names.list[i];
    if (m.entity == kAwaitsLongForm) continue;
    if (auto it = clusters.by_key.find(m.key); it != clusters.by_key.end()) {
      join(names, clusters, i, it->second);
      continue;
    }
    const auto words = words_of(m.key);
    int target = containing_cluster(names, clusters, index, m, words, candidates);
    if (target < 0) target = open_cluster(clusters, index, m, words);
    join(names, clusters, i, target);
  }
  link_abbreviations(names, clusters);
  join_genitives(names, clusters);
  return clusters;
}

// 6. Part mentions.

namespace {

// The cluster of part [s, e) of compound token t, or -1.
int part_cluster(const Document& doc, const ner::Gazetteer& gazetteer, size_t t, size_t s, size_t e, Clusters& clusters,
                 std::map<std::u16string, int>& part_clusters) {
  const std::u16string part(doc.token_text(t).substr(s, e - s));
  if (auto it = clusters.by_key.find(part); it != clusters.by_key.end()) return it->second;
  if (auto it = part_clusters.find(part); it != part_clusters.end()) return it->second;
  if (s != 0 || part.size() < 2 || part[0] < u'A' || part[0] > u'Z') return -1;
  // A place the gazetteer knows ("China-Geschäft") starts an entity of its own.
  const uint8_t v = gazetteer.find(ner::seq_hash(0, ner::hash_text(doc.token_lower(t).substr(s, e - s))));
  if ((v & 0x0F) == 0) return -1;
  int type = 0;
  while (((v >> type) & 1) == 0) ++type;
  Cluster cl;
  cl.type = type;
  cl.canonical = part;
  clusters.list.push_back(std::move(cl));
  const int c = static_cast<int>(clusters.list.size()) - 1;
  part_clusters.emplace(part, c);
  return c;
}

}  // namespace

std::vector<std::pair<int, Span>> part_mentions(const Document& doc, const ner::Gazetteer& gazetteer,
                                                const Names& names, Clusters& clusters) {
  std::vector<std::pair<int, Span>> parts;
  std::map<std::u16string, int> part_clusters;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (names.at[t] >= 0) continue;
    const std::u16string_view w = doc.token_text(t);
    if (w.size() < 3) continue;  // (a genitive part "Alibabas-" is rare; not handled)
    bool hyphenated = false;
    for (size_t i = 1; i + 1 < w.size(); ++i)
      if (is_hyphen(w[i])) hyphenated = true;
    if (!hyphenated) continue;
    size_t s = 0;
    for (size_t i = 0; i <= w.size(); ++i) {
      if (i < w.size() && !is_hyphen(w[i])) continue;
      if (i > s) {
        const int c = part_cluster(doc, gazetteer, t, s, i, clusters, part_clusters);
        if (c >= 0) {
          const uint32_t start = doc.tokens[t].start + static_cast<uint32_t>(s);
          parts.emplace_back(c, Span{start, start + static_cast<uint32_t>(i - s)});
        }
      }
      s = i + 1;
    }
  }
  return parts;
}

// 7. Mentions and roles.

void add_mentions(const Document& doc, const Names& names, const std::vector<std::pair<int, Span>>& parts,
                  Clusters& clusters) {
  for (const NameMention& m : names.list) {
    if (m.entity < 0) continue;
    const uint32_t end = doc.tokens[m.end - 1].end - possessive_length(doc.token_text(m.end - 1));
    clusters.list[m.entity].mentions.push_back({Span{doc.tokens[m.first].start, end}, MentionKind::Name});
  }
  for (const auto& [c, span] : parts) clusters.list[c].mentions.push_back({span, MentionKind::Part});
}

Span role_before(const Document& doc, const Names& names, const NameMention& m) {
  const uint32_t sent_first = doc.sentences[doc.tokens[m.first].sentence].first_token;
  if (m.first <= sent_first) return {};
  const uint32_t p = m.first - 1;
  if (names.at[p] >= 0 || !doc.tokens[p].has(kWord) || !is_role_noun(doc.token_lower(p), doc.language)) return {};
  uint32_t a = p;
  // "chief executive", "prime minister": take a role word before too.
  if (a > sent_first && names.at[a - 1] < 0 && is_role_noun(doc.token_lower(a - 1), doc.language)) --a;
  return Span{doc.tokens[a].start, doc.tokens[p].end};
}

Span apposition_role(const Document& doc, const Names& names, const NameMention& m) {
  const uint32_t sent_end = doc.sentences[doc.tokens[m.first].sentence].end_token;
  if (m.end + 1 >= sent_end || !token_is(doc, m.end, u',')) return {};
  // Up to the next punctuation, at most 7 words, with a role noun before
  // any other name.
  uint32_t e = m.end + 1;
  bool role = false;
  while (e < sent_end && e < m.end + 8 && !doc.tokens[e].has(kPunct)) {
    if (names.at[e] < 0 && is_role_noun(doc.token_lower(e), doc.language)) role = true;
    if (names.at[e] >= 0 && !role) break;
    ++e;
  }
  const bool closed = e >= sent_end || doc.tokens[e].has(kPunct);
  if (!role || !closed || e <= m.end + 1) return {};
  // Drop a leading article ("der", "the").
  uint32_t a = m.end + 1;
  while (a < e && !is_role_noun(doc.token_lower(a), doc.language) && !doc.tokens[a].has(kUpperInitial) &&
         (doc.token_lower(a).size() <= 3 || is_role_link(doc.token_lower(a))))
    ++a;
  return a < e ? Span{doc.tokens[a].start, doc.tokens[e - 1].end} : Span{};
}

Span bracketed_organisation(const Document& doc, const Names& names, const Clusters& clusters, const NameMention& m) {
  const uint32_t sent_end = doc.sentences[doc.tokens[m.first].sentence].end_token;
  if (!token_is(doc, m.end, u'(') || m.end + 2 >= sent_end) return {};
  const int o = names.at[m.end + 1];
  if (o < 0) return {};
  const NameMention& org = names.list[o];
  if (org.entity < 0 || clusters.list[org.entity].type != 1 || !token_is(doc, org.end, u')')) return {};
  return Span{doc.tokens[org.first].start, doc.tokens[org.end - 1].end};
}

void add_roles(const Document& doc, const Names& names, Clusters& clusters) {
  for (const NameMention& m : names.list) {
    if (m.entity < 0 || clusters.list[m.entity].type != 0) continue;
    Cluster& cl = clusters.list[m.entity];
    for (const Span sp : {role_before(doc, names, m), apposition_role(doc, names, m),
                          bracketed_organisation(doc, names, clusters, m)}) {
      if (sp.empty()) continue;
      std::string r = utf16_to_utf8(doc.slice(sp));
      if (std::find(cl.roles.begin(), cl.roles.end(), r) == cl.roles.end()) cl.roles.push_back(std::move(r));
    }
  }
}

// 8. Entities.

std::vector<Entity> entities_of(Clusters& clusters) {
  std::vector<Entity> out;
  for (Cluster& cl : clusters.list) {
    if (cl.mentions.empty()) continue;
    std::sort(cl.mentions.begin(), cl.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    cl.mentions.erase(std::unique(cl.mentions.begin(), cl.mentions.end(),
                                  [](const Mention& a, const Mention& b) { return a.span == b.span; }),
                      cl.mentions.end());
    Entity e;
    e.type = static_cast<EntityType>(cl.type);
    e.name = utf16_to_utf8(cl.canonical);
    e.mentions = std::move(cl.mentions);
    e.roles = std::move(cl.roles);
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
    return a.mentions.front().span.start < b.mentions.front().span.start;
  });
  for (size_t i = 0; i < out.size(); ++i) out[i].id = static_cast<uint32_t>(i);
  return out;
}

}  // namespace entities
}  // namespace quelle
