#include "entities/entities.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>

#include "entities/lexicon.hpp"
#include "normalize/utf.hpp"

namespace quelle {
namespace {

struct NameMention {
  uint32_t first = 0, end = 0;  // doc tokens [first, end)
  int type = 0;
  std::u16string key;  // token texts joined by single spaces
  int entity = -1;
};

struct Cluster {
  int type = 0;
  std::vector<size_t> names;  // indices into the name mentions
  std::vector<Mention> mentions;
  std::vector<std::string> roles;
  std::u16string canonical;
  size_t canonical_tokens = 0;
};


std::u16string key_of(const Document& doc, uint32_t first, uint32_t end) {
  std::u16string k;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first) k += u' ';
    k += doc.token_text(i);
  }
  k.resize(k.size() - possessive_length(doc.token_text(end - 1)));
  return k;
}

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

// Whether `abbr` ("CDU", "EZB") abbreviates `long_form`: its first letter is
// the long form's first, the others follow in order ("Zentral*b*ank").
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

// Whether token i exists and is the punctuation mark c.
bool token_is(const Document& doc, size_t i, char16_t c) { return i < doc.tokens.size() && doc.punct_is(i, c); }

}  // namespace

std::vector<Entity> recognize_entities(const Document& doc, const ner::Model* model) {
  if (model == nullptr || doc.tokens.empty()) return {};

  // 1. Tag every sentence; collect the name spans.
  std::vector<uint8_t> quote, tags;
  ner::quote_state(doc, quote);
  std::vector<NameMention> names;
  std::vector<int> name_at(doc.tokens.size(), -1);  // token -> name mention index
  std::vector<uint8_t> doc_tags(doc.tokens.size(), 0);
  std::vector<int32_t> em(doc.tokens.size() * ner::kNumTags);
  ner::for_each_block(doc, [&](size_t block_first, size_t block_end) {
    int32_t* block_em = em.data() + block_first * ner::kNumTags;
    model->emissions(doc, block_first, block_end, quote, block_em);
    model->decode(block_em, block_end - block_first, nullptr, tags);
    std::copy(tags.begin(), tags.end(), doc_tags.begin() + static_cast<std::ptrdiff_t>(block_first));
  });
  // 1a. One name, one reading: a word the tagger took for (part of) a
  //     person's name elsewhere in the text is a person's name wherever it is
  //     capitalized; such blocks are decoded again under that constraint, so
  //     the tagger itself decides where the name starts ("Ethan Yu").
  for (int round = 0; round < 2; ++round) {  // a name found by a cue in round 1 spreads in round 2
    std::map<std::u16string_view, int> per_words;
    for (size_t t = 0; t < doc_tags.size(); ++t)
      if (doc_tags[t] != 0 && ner::tag_type(doc_tags[t]) == 0 && doc.tokens[t].has(kUpperInitial) &&
          !doc.tokens[t].has(kPunct) && doc.token_text(t).size() >= 2)
        per_words.emplace(doc.token_text(t), 0);
    std::vector<uint16_t> allowed;
    constexpr uint16_t kPerTags = (1u << ner::tag_b(0)) | (1u << ner::tag_i(0));
    constexpr uint16_t kNameTags = ((1u << ner::kNumTags) - 1) & ~1u;  // any tag but O
    {
      ner::for_each_block(doc, [&](size_t block_first, size_t block_end) {
        allowed.assign(block_end - block_first, 0);
        bool any = false;
        for (size_t t = block_first; t < block_end; ++t) {
          if (doc_tags[t] != 0 || !doc.tokens[t].has(kUpperInitial) || doc.tokens[t].has(kPunct)) continue;
          if (per_words.count(doc.token_text(t)) != 0) {
            allowed[t - block_first] = kPerTags;
            any = true;
          } else if (t > block_first && !doc.tokens[t].has(kSentenceStart) && doc.token_text(t).size() >= 2 &&
                     is_source_cue(doc.token_lower(t - 1)) && !is_role_noun(doc.token_lower(t), doc.language) &&
                     (t + 1 >= block_end || !doc.tokens[t + 1].has(kQuoteMark))) {
            allowed[t - block_first] = kNameTags;
            any = true;
          }
        }
        if (!any) return;
        model->decode(em.data() + block_first * ner::kNumTags, block_end - block_first, allowed.data(), tags);
        std::copy(tags.begin(), tags.end(), doc_tags.begin() + static_cast<std::ptrdiff_t>(block_first));
      });
    }
  }
  ner::for_each_block(doc, [&](size_t block_first, size_t block_end) {
    const uint8_t* tags = doc_tags.data() + block_first;
    const auto n = static_cast<uint32_t>(block_end - block_first);
    const auto base = static_cast<uint32_t>(block_first);
    for (uint32_t k = 0; k < n;) {
      if (tags[k] == 0) {
        ++k;
        continue;
      }
      const int type = ner::tag_type(tags[k]);
      uint32_t e = k + 1;
      while (e < n && ner::tag_is_i(tags[e]) && ner::tag_type(tags[e]) == type) ++e;
      uint32_t a = base + k, b = base + e;
      // Names do not start or end in punctuation (but "Yahoo!", "Chr.").
      while (a < b && doc.tokens[a].has(kPunct)) ++a;
      while (b > a && doc.tokens[b - 1].has(kPunct) && !token_is(doc, b - 1, u'!') && !token_is(doc, b - 1, u'.')) --b;
      if (a < b && doc.tokens[b - 1].has(kPunct) && b - a == 1) b = a;
      if (a < b) {
        for (uint32_t t = a; t < b; ++t) name_at[t] = static_cast<int>(names.size());
        names.push_back({a, b, type, key_of(doc, a, b)});
      }
      k = e;
    }
  });
  // 1b. An abbreviation in brackets after a long form is a name of the same
  //     referent, tagged or not: "Europäische Zentralbank (EZB)".
  const size_t tagged = names.size();
  std::vector<std::pair<size_t, size_t>> abbr_links;  // (abbreviation, long form)
  for (size_t i = 0; i < tagged; ++i) {
    const NameMention m = names[i];
    if (m.type == 0 || m.end - m.first < 2) continue;
    const size_t a = m.end + 1;
    if (!token_is(doc, m.end, u'(') || !token_is(doc, a + 1, u')')) continue;
    const std::u16string_view abbr = doc.token_text(a);
    if (!doc.tokens[a].has(kUpperInitial) || !abbreviates(abbr, m.key)) continue;
    if (name_at[a] < 0) {
      name_at[a] = static_cast<int>(names.size());
      names.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(a + 1), m.type, std::u16string(abbr)});
    }
    abbr_links.emplace_back(static_cast<size_t>(name_at[a]), i);
  }
  std::sort(names.begin(), names.end(), [](const NameMention& x, const NameMention& y) { return x.first < y.first; });
  for (size_t i = 0; i < names.size(); ++i)
    for (uint32_t t = names[i].first; t < names[i].end; ++t) name_at[t] = static_cast<int>(i);
  abbr_links.clear();  // indices changed with the sort: find the links again
  for (size_t i = 0; i < names.size(); ++i) {
    const NameMention& m = names[i];
    if (m.type == 0 || m.end - m.first < 2 || !token_is(doc, m.end, u'(') || !token_is(doc, m.end + 2, u')')) continue;
    const int ab = name_at[m.end + 1];
    if (ab >= 0 && names[ab].end - names[ab].first == 1 && abbreviates(names[ab].key, m.key))
      abbr_links.emplace_back(static_cast<size_t>(ab), i);
  }

  // 2. One type per string: the majority (ties: the first seen).
  std::map<std::u16string, std::array<int, 4>> votes;
  std::map<std::u16string, int> first_type;
  for (const NameMention& m : names) {
    ++votes[m.key][m.type];
    first_type.emplace(m.key, m.type);
  }
  for (NameMention& m : names) {
    const auto& v = votes[m.key];
    int best = first_type[m.key];
    for (int t = 0; t < 4; ++t)
      if (v[t] > v[best]) best = t;
    m.type = best;
  }

  // 3. Clusters: full names first (most tokens), then shorter names join a
  //    longer one they are part of (surname, first name, leading words).
  std::vector<Cluster> clusters;
  std::map<std::u16string, int> by_key;
  std::vector<size_t> order(names.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return names[x].end - names[x].first > names[y].end - names[y].first;
  });
  for (auto& [ab, lf] : abbr_links) {
    (void)lf;
    names[ab].entity = -2;  // resolved below, after its long form
  }
  std::map<std::u16string, std::vector<int>> by_first, by_last;  // clusters by first/last word
  std::vector<int> candidates;
  auto join = [&](size_t i, int c) {
    names[i].entity = c;
    clusters[c].names.push_back(i);
    by_key.emplace(names[i].key, c);
  };
  for (size_t i : order) {
    NameMention& m = names[i];
    if (m.entity == -2) continue;
    if (auto it = by_key.find(m.key); it != by_key.end()) {
      join(i, it->second);
      continue;
    }
    const auto words = words_of(m.key);
    int target = -1;
    uint32_t target_last = 0;
    candidates.clear();
    if (!words.empty()) {
      if (auto it = by_first.find(std::u16string(words.front())); it != by_first.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      if (auto it = by_last.find(std::u16string(words.back())); it != by_last.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (int c : candidates) {
      const Cluster& cl = clusters[c];
      const auto full = words_of(cl.canonical);
      if (full.size() <= words.size()) continue;
      bool match = false;
      if (cl.type == 0 && words.size() == 1) {
        match = (words[0] == full.back() || (m.type == 0 && words[0] == full.front()));
      } else if (cl.type == m.type && words.size() >= 1) {
        match = std::equal(words.begin(), words.end(), full.begin()) && (words.size() >= 2 || cl.type != 0);
        if (cl.type == 0 && words.size() >= 2) match = match || std::equal(words.rbegin(), words.rend(), full.rbegin());
        if (cl.type != 0 && words.size() == 1) match = false;
      }
      if (!match) continue;
      // Several candidates: the one mentioned last before this mention.
      uint32_t last = 0;
      for (size_t n : cl.names)
        if (names[n].first < m.first) last = std::max(last, names[n].first + 1);
      if (target < 0 || last > target_last) {
        target = c;
        target_last = last;
      }
    }
    if (target < 0) {
      clusters.push_back({});
      clusters.back().type = m.type;
      clusters.back().canonical = m.key;
      clusters.back().canonical_tokens = words.size();
      target = static_cast<int>(clusters.size()) - 1;
      if (!words.empty()) {
        by_first[std::u16string(words.front())].push_back(target);
        if (words.size() > 1) by_last[std::u16string(words.back())].push_back(target);
      }
    }
    join(i, target);
  }
  for (auto& [ab, lf] : abbr_links) {
    const int target = names[lf].entity;
    if (target < 0) continue;
    if (auto it = by_key.find(names[ab].key); it != by_key.end() && it->second != target) {
      // Other mentions of the abbreviation formed a cluster of their own: merge it.
      Cluster& from = clusters[it->second];
      for (size_t n : from.names) {
        names[n].entity = target;
        clusters[target].names.push_back(n);
      }
      from.names.clear();
      for (auto& [k, c] : by_key)
        if (c == it->second) c = target;
    }
    names[ab].entity = target;
    clusters[target].names.push_back(ab);
    by_key[names[ab].key] = target;
  }
  // German/Dutch/English genitives: "Chinas", "Alibabas", "Merkel's" join "China", ... .
  for (size_t c = 0; c < clusters.size(); ++c) {
    const std::u16string& k = clusters[c].canonical;
    if (clusters[c].names.empty() || k.size() < 3 || k.find(u' ') != std::u16string::npos) continue;
    const size_t cut = genitive_length(k);
    if (cut == 0) continue;
    auto it = by_key.find(k.substr(0, k.size() - cut));
    if (it == by_key.end() || it->second == static_cast<int>(c) || clusters[it->second].type != clusters[c].type) continue;
    const int target = it->second;
    for (size_t n : clusters[c].names) {
      names[n].entity = target;
      clusters[target].names.push_back(n);
    }
    clusters[c].names.clear();
    for (auto& [key, cc] : by_key)
      if (cc == static_cast<int>(c)) cc = target;
  }
  // Other mentions of an abbreviation string that were clustered before its
  // long form was known are already in by_key's cluster; nothing else to do.

  // 4. Part mentions: names inside hyphenated compounds ("Alibaba-Manager").
  std::vector<std::pair<int, Span>> parts;
  std::map<std::u16string, int> part_clusters;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (name_at[t] >= 0) continue;
    const std::u16string_view w = doc.token_text(t);
    if (w.size() < 3) continue;  // (a genitive part "Alibabas-" is rare; not handled)
    size_t s = 0;
    bool hyphenated = false;
    for (size_t i = 1; i + 1 < w.size(); ++i)
      if (is_hyphen(w[i])) hyphenated = true;
    if (!hyphenated) continue;
    for (size_t i = 0; i <= w.size(); ++i) {
      if (i < w.size() && !is_hyphen(w[i])) continue;
      if (i > s) {
        const std::u16string part(w.substr(s, i - s));
        int c = -1;
        if (auto it = by_key.find(part); it != by_key.end()) c = it->second;
        else if (auto pt = part_clusters.find(part); pt != part_clusters.end()) c = pt->second;
        else if (part.size() >= 2 && part[0] >= u'A' && part[0] <= u'Z' && s == 0) {
          // A place the gazetteer knows ("China-Geschäft") starts an entity of its own.
          const uint8_t v = model->gazetteer().find(ner::seq_hash(0, ner::hash_text(doc.token_lower(t).substr(s, i - s))));
          if ((v & 0x0F) != 0) {
            int type = 0;
            while (((v >> type) & 1) == 0) ++type;
            clusters.push_back({});
            clusters.back().type = type;
            clusters.back().canonical = part;
            c = static_cast<int>(clusters.size()) - 1;
            part_clusters.emplace(part, c);
          }
        }
        if (c >= 0) {
          const uint32_t start = doc.tokens[t].start + static_cast<uint32_t>(s);
          parts.emplace_back(c, Span{start, start + static_cast<uint32_t>(i - s)});
        }
      }
      s = i + 1;
    }
  }

  // 5. Mentions and roles.
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].entity < 0) continue;
    const NameMention& m = names[i];
    const uint32_t end = doc.tokens[m.end - 1].end - possessive_length(doc.token_text(m.end - 1));
    clusters[m.entity].mentions.push_back({Span{doc.tokens[m.first].start, end}, MentionKind::Name});
  }
  for (auto& [c, span] : parts) clusters[c].mentions.push_back({span, MentionKind::Part});

  auto add_role = [&](Cluster& cl, Span sp) {
    if (sp.empty()) return;
    std::string r = utf16_to_utf8(doc.slice(sp));
    if (std::find(cl.roles.begin(), cl.roles.end(), r) == cl.roles.end()) cl.roles.push_back(std::move(r));
  };
  const Language lang = doc.language;
  for (const NameMention& m : names) {
    if (m.entity < 0 || clusters[m.entity].type != 0) continue;
    Cluster& cl = clusters[m.entity];
    const uint32_t sent = doc.tokens[m.first].sentence;
    const uint32_t sent_first = doc.sentences[sent].first_token, sent_end = doc.sentences[sent].end_token;
    // a. A role noun right before the name: "Bundeskanzlerin Angela Merkel".
    if (m.first > sent_first) {
      const size_t p = m.first - 1;
      if (name_at[p] < 0 && doc.tokens[p].has(kWord) && is_role_noun(doc.token_lower(p), lang)) {
        uint32_t a = static_cast<uint32_t>(p);
        // "chief executive", "prime minister": take a role word before too.
        if (a > sent_first && name_at[a - 1] < 0 && is_role_noun(doc.token_lower(a - 1), lang)) --a;
        add_role(cl, Span{doc.tokens[a].start, doc.tokens[p].end});
      }
    }
    // b. An apposition: "Ethan Yu, Vizepräsident von Alibaba, ...".
    if (m.end + 1 < sent_end && token_is(doc, m.end, u',')) {
      uint32_t e = m.end + 1;
      bool role = false;
      while (e < sent_end && e < m.end + 8 && !doc.tokens[e].has(kPunct)) {
        if (name_at[e] < 0 && is_role_noun(doc.token_lower(e), lang)) role = true;
        if (name_at[e] >= 0 && !role) break;
        ++e;
      }
      const bool closed = e >= sent_end || doc.tokens[e].has(kPunct);
      if (role && closed && e > m.end + 1) {
        // Drop a leading article ("der", "the").
        uint32_t a = m.end + 1;
        while (a < e && !is_role_noun(doc.token_lower(a), lang) && !doc.tokens[a].has(kUpperInitial) &&
               (doc.token_lower(a).size() <= 3 || is_role_link(doc.token_lower(a))))
          ++a;
        if (a < e) add_role(cl, Span{doc.tokens[a].start, doc.tokens[e - 1].end});
      }
    }
    // c. A party or organisation in brackets: "Angela Merkel (CDU)".
    if (token_is(doc, m.end, u'(') && m.end + 2 < sent_end) {
      const int o = name_at[m.end + 1];
      if (o >= 0 && names[o].entity >= 0 && clusters[names[o].entity].type == 1 && token_is(doc, names[o].end, u')'))
        add_role(cl, Span{doc.tokens[names[o].first].start, doc.tokens[names[o].end - 1].end});
    }
  }

  // 6. Entities: canonical name, sorted mentions, salience; by first mention.
  std::vector<Entity> out;
  size_t max_mentions = 1;
  for (Cluster& cl : clusters) {
    std::sort(cl.mentions.begin(), cl.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    cl.mentions.erase(std::unique(cl.mentions.begin(), cl.mentions.end(),
                                  [](const Mention& a, const Mention& b) { return a.span == b.span; }),
                      cl.mentions.end());
    max_mentions = std::max(max_mentions, cl.mentions.size());
  }
  const double len = static_cast<double>(std::max<size_t>(1, doc.text.size()));
  for (Cluster& cl : clusters) {
    if (cl.mentions.empty()) continue;
    // Canonical: the longest name (most words, then most characters, then first).
    std::u16string best;
    size_t best_words = 0, best_count = 0;
    std::map<std::u16string, size_t> freq;
    for (size_t n : cl.names) ++freq[names[n].key];
    for (size_t n : cl.names) {
      const size_t w = words_of(names[n].key).size();
      const size_t f = freq[names[n].key];
      if (w > best_words || (w == best_words && (f > best_count || (f == best_count && names[n].key.size() > best.size())))) {
        best = names[n].key;
        best_words = w;
        best_count = f;
      }
    }
    if (best.empty()) best = cl.canonical;
    Entity e;
    e.type = static_cast<EntityType>(cl.type);
    e.name = utf16_to_utf8(best);
    e.mentions = std::move(cl.mentions);
    e.roles = std::move(cl.roles);
    const double count = static_cast<double>(e.mentions.size()) / static_cast<double>(max_mentions);
    const double early = 1.0 - static_cast<double>(e.mentions.front().span.start) / len;
    e.salience = std::round((0.7 * count + 0.3 * early) * 10000.0) / 10000.0;
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
    return a.mentions.front().span.start < b.mentions.front().span.start;
  });
  for (size_t i = 0; i < out.size(); ++i) out[i].id = static_cast<uint32_t>(i);
  return out;
}

}  // namespace quelle
