// The steps of recognize_entities (entities.cpp), declared one by one so
// that each can be read and tested on its own. In order:
//   1. tag_document          tags of every token (the tagger, then "one name, one reading")
//   2. name_mentions         the tagged spans, without edge punctuation
//   3. add_bracket_abbreviations   "Europäische Zentralbank (EZB)"
//   4. one_type_per_string   the majority type of each name text
//   5. cluster_names         names of one referent together ("Yu" -> "Ethan Yu")
//   6. part_mentions         names inside hyphenated compounds ("Alibaba-Manager")
//   7. add_mentions, add_roles
//   8. entities_of           the entity records (finished by finalize_entities)
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/document.hpp"
#include "entities/ner_model.hpp"

namespace quelle::entities {

// A name the tagger found, or an abbreviation in brackets after one.
struct NameMention {
  uint32_t first = 0, end = 0;  // doc tokens [first, end)
  int type = 0;                 // EntityType as int
  std::u16string key;           // token texts joined by single spaces, without a possessive ending
  int entity = -1;              // its cluster; -1: none (yet), or kAwaitsLongForm
};
// An abbreviation whose cluster is its long form's, known only once the
// long form has one (cluster_names).
inline constexpr int kAwaitsLongForm = -2;

// The name mentions of a document, sorted by first token.
struct Names {
  std::vector<NameMention> list;
  std::vector<int> at;  // per doc token: the index in `list` of the name it is part of, or -1
  std::vector<std::pair<size_t, size_t>> abbreviations;  // (abbreviation, long form), indices in `list`
};

// The names of one referent, and what the entity record is made of.
struct Cluster {
  int type = 0;
  std::vector<size_t> names;  // indices into Names::list
  std::vector<Mention> mentions;
  std::vector<std::string> roles;
  std::u16string canonical;  // the key of the name that opened it (or the compound part)
};

struct Clusters {
  std::vector<Cluster> list;
  std::map<std::u16string, int> by_key;  // a name's key -> its cluster
};

// 1. The BIO tags of every doc token. Each block is decoded; then a word
// the tagger took for (part of) a person's name elsewhere is a person's
// name wherever it is capitalised, and a capitalised word after a source
// cue ("sagte Yu") is a name: blocks with such words are decoded again
// under those constraints (name_constraints), twice, so that a name found
// by a cue spreads.
std::vector<uint8_t> tag_document(const Document& doc, const ner::Model& model);
// The capitalised words (two letters or more) tagged as part of a person's name.
std::set<std::u16string_view> person_words(const Document& doc, const std::vector<uint8_t>& tags);
// The allowed tags (ner::Model::decode) of block [first, end) under the
// constraints above, into `allowed`; false if no token of the block is
// constrained.
bool name_constraints(const Document& doc, size_t first, size_t end, const std::vector<uint8_t>& tags,
                      const std::set<std::u16string_view>& person_words, std::vector<uint16_t>& allowed);

// 2. The tagged spans (a B tag and the I tags of its type after it), trimmed
// of punctuation at either end (but "Yahoo!", "Chr."); a single token of
// punctuation is no name.
Names name_mentions(const Document& doc, const std::vector<uint8_t>& tags);

// 3. An abbreviation in brackets right after a long form of two or more
// tokens ("Europäische Zentralbank (EZB)") is a name of the same referent,
// tagged or not: added to the names, and the pairs to Names::abbreviations.
void add_bracket_abbreviations(const Document& doc, Names& names);
// Whether `abbr` ("CDU", "EZB") abbreviates `long_form`: its first letter is
// the long form's first, the others follow in order ("Zentral*b*ank").
bool abbreviates(std::u16string_view abbr, std::u16string_view long_form);

// 4. One type per name text: the majority (ties: the first seen).
void one_type_per_string(Names& names);

// 5. Clusters: full names first (most tokens), then a shorter name joins a
// longer one it is part of (part_of_name), an abbreviation its long form's
// cluster, a genitive ("Chinas") its base's.
Clusters cluster_names(Names& names);
// Whether a name of `words` and type `type` names the referent of a cluster
// of type `cluster_type` whose name has the words `full`: a person's
// surname or first name ("Yu" of "Ethan Yu"), the leading words of any
// name ("Deutsche Bank" of "Deutsche Bank AG"), a person's trailing words.
bool part_of_name(const std::vector<std::u16string_view>& full, int cluster_type,
                  const std::vector<std::u16string_view>& words, int type);
// Moves the names of cluster `from` to cluster `to` (`from` stays, empty).
void merge_cluster(Names& names, Clusters& clusters, int from, int to);

// 6. Names inside hyphenated compounds ("Alibaba" in "Alibaba-Manager"), as
// (cluster, span); a compound's first part that the gazetteer knows as a
// name ("China-Geschäft") opens a cluster of its own.
std::vector<std::pair<int, Span>> part_mentions(const Document& doc, const ner::Gazetteer& gazetteer,
                                                const Names& names, Clusters& clusters);

// 7. The name and part mentions of each cluster, then the roles of persons:
// a role noun right before the name (role_before), an apposition with a
// role noun (apposition_role), an organisation in brackets (bracketed_organisation).
void add_mentions(const Document& doc, const Names& names, const std::vector<std::pair<int, Span>>& parts,
                  Clusters& clusters);
void add_roles(const Document& doc, const Names& names, Clusters& clusters);
// "Bundeskanzlerin Angela Merkel", "chief executive Tim Cook"; empty if none.
Span role_before(const Document& doc, const Names& names, const NameMention& m);
// "Ethan Yu, Vizepräsident von Alibaba, ..." (a leading article dropped); empty if none.
Span apposition_role(const Document& doc, const Names& names, const NameMention& m);
// "Angela Merkel (CDU)"; empty if none.
Span bracketed_organisation(const Document& doc, const Names& names, const Clusters& clusters, const NameMention& m);

// 8. The entity records, sorted by first mention, with their mentions
// sorted by start; the name is the cluster's opening name until
// finalize_entities (entities.hpp) picks one of all name mentions, and the
// salience is left to it.
std::vector<Entity> entities_of(Clusters& clusters);

}  // namespace quelle::entities
