// Named entities: the model file format, the German sample, news sentences in
// the other languages, corrupt models.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "entities/entities.hpp"
#include "entities/ner_model.hpp"
#include "normalize/utf.hpp"
#include "quelle/quelle.hpp"

namespace {

using quelle::EntityType;
using quelle::MentionKind;

std::vector<uint8_t> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string model_path(const std::string& lang) {
  return std::string(QUELLE_SOURCE_DIR) + "/models/ner-" + lang + ".qnm";
}

const quelle::ModelStore& store() {
  static quelle::ModelStore s;
  static bool loaded = false;
  if (!loaded) {
    loaded = true;
    for (const char* lang : quelle::kLanguages) {
      const auto bytes = read_bytes(model_path(lang));
      if (!bytes.empty()) REQUIRE(s.load_ner(lang, bytes.data(), bytes.size()).ok());
    }
  }
  return s;
}

quelle::Analysis analyze(const std::string& text, const std::string& lang) {
  quelle::Options o;
  o.language = lang;
  o.models = &store();
  o.quotes = false;
  auto r = quelle::analyze(text, o);
  REQUIRE(r.ok());
  return *r;
}

std::string slice(const quelle::Analysis& a, quelle::Span s) {
  return quelle::utf16_to_utf8(std::u16string_view(a.text).substr(s.start, s.size()));
}

const quelle::Entity* find(const quelle::Analysis& a, const std::string& name) {
  for (const auto& e : a.entities)
    if (e.name == name) return &e;
  return nullptr;
}

void require_entity(const quelle::Analysis& a, const std::string& name, EntityType type) {
  const auto* e = find(a, name);
  INFO("entity " << name);
  REQUIRE(e != nullptr);
  CHECK(e->type == type);
}

}  // namespace

TEST_CASE("NER model files of all languages parse", "[entities]") {
  for (const char* lang : quelle::kLanguages) {
    const auto bytes = read_bytes(model_path(lang));
    INFO(lang);
    REQUIRE(!bytes.empty());
    auto m = quelle::ner::Model::parse(bytes.data(), bytes.size());
    REQUIRE(m.ok());
    CHECK((*m)->language() == lang);
    CHECK((*m)->feature_count() > 1000);
  }
}

TEST_CASE("corrupt or truncated NER models are rejected, never a crash", "[entities]") {
  const auto bytes = read_bytes(model_path("de"));
  REQUIRE(bytes.size() > 1000);
  auto rejected = [](const std::vector<uint8_t>& b) {
    auto m = quelle::ner::Model::parse(b.data(), b.size());
    return !m.ok() && m.error().code == quelle::ErrorCode::InvalidModel;
  };
  CHECK(rejected({}));
  CHECK(!quelle::ner::Model::parse(nullptr, 0).ok());
  CHECK(rejected({'Q', 'N', 'M'}));
  for (size_t cut : {size_t{4}, size_t{15}, size_t{16}, size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
    INFO("cut at " << cut);
    CHECK(rejected(std::vector<uint8_t>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(cut))));
  }
  for (size_t pos : {size_t{0}, size_t{5}, size_t{9}, size_t{13}, size_t{20}, bytes.size() / 3, bytes.size() - 1}) {
    auto b = bytes;
    b[pos] ^= 0x5A;
    INFO("flipped byte " << pos);
    CHECK(rejected(b));
  }
  auto longer = bytes;
  longer.push_back(0);
  CHECK(rejected(longer));
  // A model of an older feature set (format version 1) is refused, not
  // decoded with mismatched features.
  auto older = bytes;
  older[4] = 1;
  older[5] = older[6] = older[7] = 0;
  CHECK(rejected(older));
  quelle::ModelStore s;
  auto r = s.load_ner("de", bytes.data(), bytes.size() / 2);
  REQUIRE(!r.ok());
  CHECK(r.error().code == quelle::ErrorCode::InvalidModel);
  CHECK(!s.has_ner("de"));
}

TEST_CASE("a model written by serialize_model parses and decodes", "[entities]") {
  quelle::ner::ModelData d;
  d.language = "xx";
  d.transitions.assign((quelle::ner::kNumTags + 1) * quelle::ner::kNumTags, 0);
  d.codebook.assign(256, 0);
  d.codebook[1] = 100;
  d.feature_keys = {1, 77, 0xFFFFFFF0u};
  d.weights.assign(3 * quelle::ner::kNumTags, 0);
  d.weights[1] = 1;  // feature 1, tag B-PER
  d.gaz_keys = {5, 9};
  d.gaz_values = {0x80, 0x04};
  const auto bytes = quelle::ner::serialize_model(d);
  auto m = quelle::ner::Model::parse(bytes.data(), bytes.size());
  REQUIRE(m.ok());
  CHECK((*m)->language() == "xx");
  CHECK((*m)->feature_count() == 3);
  CHECK((*m)->gazetteer().find(9) == 0x04);
  CHECK((*m)->gazetteer().find(10) == 0);
}

TEST_CASE("the gazetteer finds every key it was built from, in any order, and no other", "[entities]") {
  // Format 4 stores keys in slot order and loads them in one pass; the
  // trainer builds from keys in any order (repeated keys: values or-ed).
  std::mt19937 rng(7);
  std::vector<uint32_t> keys;
  std::vector<uint8_t> values;
  std::set<uint32_t> seen;
  while (keys.size() < 5000) {
    const uint32_t k = rng() % 3 == 0 ? static_cast<uint32_t>(keys.size()) : rng();  // dense and sparse keys
    if (!seen.insert(k).second) continue;
    keys.push_back(k);
    values.push_back(static_cast<uint8_t>(1 + rng() % 255));
  }
  keys.push_back(keys[10]);  // a repeated key
  values.push_back(0x80);
  quelle::ner::ModelData d;
  d.language = "xx";
  d.transitions.assign((quelle::ner::kNumTags + 1) * quelle::ner::kNumTags, 0);
  d.codebook.assign(256, 0);
  d.feature_keys = {1};
  d.weights.assign(quelle::ner::kNumTags, 1);
  quelle::ner::Gazetteer built;
  built.build(keys, values);
  std::map<uint32_t, uint8_t> merged;
  for (size_t i = 0; i < keys.size(); ++i) merged[keys[i]] |= values[i];
  for (const auto& [k, v] : merged) {
    d.gaz_keys.push_back(k);
    d.gaz_values.push_back(v);
  }
  const auto bytes = quelle::ner::serialize_model(d);
  auto m = quelle::ner::Model::parse(bytes.data(), bytes.size());
  REQUIRE(m.ok());
  const auto& loaded = (*m)->gazetteer();
  size_t wrong = 0;
  for (const auto& [k, v] : merged) wrong += (built.find(k) != v) + (loaded.find(k) != v);
  CHECK(wrong == 0);
  CHECK(built.find(keys[10]) == (values[10] | 0x80));
  size_t false_hits = 0;
  for (int i = 0; i < 5000; ++i) {
    const uint32_t k = rng();
    if (seen.count(k) == 0) false_hits += (built.find(k) != 0) + (loaded.find(k) != 0);
  }
  CHECK(false_hits == 0);
}

TEST_CASE("without a model there are no entities", "[entities]") {
  quelle::Options o;
  o.language = "de";
  auto r = quelle::analyze("Angela Merkel besuchte Paris.", o);
  REQUIRE(r.ok());
  CHECK(r->entities.empty());
}

TEST_CASE("German sample: people, organisations, places, parts and roles", "[entities]") {
  const std::string path = std::string(QUELLE_SHARED_DIR) + "/samples/de-dpa-alibaba-cebit.txt";
  const auto bytes = read_bytes(path);
  if (bytes.empty()) {
    WARN("sample missing: " << path);
    return;
  }
  const auto a = analyze(std::string(bytes.begin(), bytes.end()), "de");
  for (const char* n : {"Ethan Yu", "Jack Ma", "Angela Merkel", "Friso Gentsch"}) require_entity(a, n, EntityType::PER);
  for (const char* n : {"Alibaba", "Amazon", "Google", "Microsoft", "CDU"}) require_entity(a, n, EntityType::ORG);
  for (const char* n : {"Hannover", "Europa", "China", "Kalifornien"}) require_entity(a, n, EntityType::LOC);
  const auto* cebit = find(a, "CeBIT");
  REQUIRE(cebit != nullptr);
  CHECK((cebit->type == EntityType::MISC || cebit->type == EntityType::ORG));

  // "Yu" joins "Ethan Yu"; "Chinas" joins "China"; one entity per string.
  const auto* yu = find(a, "Ethan Yu");
  int yu_names = 0;
  for (const auto& m : yu->mentions) yu_names += m.kind == MentionKind::Name ? 1 : 0;
  CHECK(yu_names >= 3);
  CHECK(find(a, "Yu") == nullptr);
  CHECK(find(a, "Chinas") == nullptr);
  CHECK(std::find(yu->roles.begin(), yu->roles.end(), "Vizepräsident von Alibaba") != yu->roles.end());

  // Alibaba's compound parts: "Alibaba-Manager", "Alibaba-Gründer".
  const auto* alibaba = find(a, "Alibaba");
  int parts = 0;
  for (const auto& m : alibaba->mentions) {
    if (m.kind != MentionKind::Part) continue;
    ++parts;
    CHECK(slice(a, m.span) == "Alibaba");
  }
  CHECK(parts == 2);

  const auto* merkel = find(a, "Angela Merkel");
  CHECK(std::find(merkel->roles.begin(), merkel->roles.end(), "Bundeskanzlerin") != merkel->roles.end());
  CHECK(std::find(merkel->roles.begin(), merkel->roles.end(), "CDU") != merkel->roles.end());
  const auto* ma = find(a, "Jack Ma");
  CHECK(std::find(ma->roles.begin(), ma->roles.end(), "Alibaba-Gründer") != ma->roles.end());

  // Invariants: sorted by first mention, id = index, mentions sorted, salience in [0, 1].
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const auto& e = a.entities[i];
    CHECK(e.id == i);
    REQUIRE(!e.mentions.empty());
    CHECK(e.salience >= 0.0);
    CHECK(e.salience <= 1.0);
    for (size_t k = 1; k < e.mentions.size(); ++k) CHECK(e.mentions[k - 1].span.start < e.mentions[k].span.start);
    if (i > 0) CHECK(a.entities[i - 1].mentions.front().span.start <= e.mentions.front().span.start);
  }
  // Alibaba is more central than Kalifornien.
  CHECK(alibaba->salience > find(a, "Kalifornien")->salience);
  // Deterministic output.
  CHECK(quelle::to_json_string(a) == quelle::to_json_string(analyze(std::string(bytes.begin(), bytes.end()), "de")));
}

TEST_CASE("an abbreviation in brackets joins its long form", "[entities]") {
  const auto a = analyze(
      "Die Europäische Zentralbank (EZB) hat die Zinsen erhöht. Die EZB will damit die Inflation bremsen.", "de");
  const auto* ezb = find(a, "Europäische Zentralbank");
  REQUIRE(ezb != nullptr);
  CHECK(ezb->type == EntityType::ORG);
  CHECK(ezb->mentions.size() == 3);
  CHECK(find(a, "EZB") == nullptr);
}

TEST_CASE("news sentences in the other languages", "[entities]") {
  SECTION("English") {
    const auto a = analyze(
        "Apple chief executive Tim Cook met President Joe Biden at the White House in Washington on Monday.", "en");
    require_entity(a, "Tim Cook", EntityType::PER);
    require_entity(a, "Joe Biden", EntityType::PER);
    require_entity(a, "Apple", EntityType::ORG);
    require_entity(a, "Washington", EntityType::LOC);
    const auto* cook = find(a, "Tim Cook");
    CHECK(std::find(cook->roles.begin(), cook->roles.end(), "chief executive") != cook->roles.end());
    // A possessive is not part of the name, and joins the plain name.
    const auto b = analyze("Enron said on Monday that Enron's chairman Kenneth Lay would resign.", "en");
    const auto* enron = find(b, "Enron");
    REQUIRE(enron != nullptr);
    CHECK(enron->mentions.size() == 2);
    for (const auto& m : enron->mentions) CHECK(slice(b, m.span) == "Enron");
  }
  SECTION("French") {
    const auto a = analyze(
        "Le président Emmanuel Macron a rencontré la chancelière Angela Merkel à Berlin, a annoncé l'Élysée.", "fr");
    require_entity(a, "Emmanuel Macron", EntityType::PER);
    require_entity(a, "Angela Merkel", EntityType::PER);
    require_entity(a, "Berlin", EntityType::LOC);
    const auto* macron = find(a, "Emmanuel Macron");
    CHECK(std::find(macron->roles.begin(), macron->roles.end(), "président") != macron->roles.end());
  }
  SECTION("Italian") {
    const auto a = analyze(
        "Il presidente del Consiglio Mario Draghi ha incontrato a Roma i vertici della Fiat e del Comune di Milano.",
        "it");
    require_entity(a, "Mario Draghi", EntityType::PER);
    require_entity(a, "Roma", EntityType::LOC);
    require_entity(a, "Fiat", EntityType::ORG);
  }
  SECTION("Spanish") {
    const auto a = analyze("El presidente viajó a México y Argentina con directivos de la empresa.", "es");
    require_entity(a, "México", EntityType::LOC);
    require_entity(a, "Argentina", EntityType::LOC);
  }
  SECTION("Dutch") {
    const auto a =
        analyze("Premier Mark Rutte sprak dinsdag in Den Haag met de topman van Philips over Duitsland.", "nl");
    require_entity(a, "Mark Rutte", EntityType::PER);
    require_entity(a, "Den Haag", EntityType::LOC);
    require_entity(a, "Duitsland", EntityType::LOC);
  }
  SECTION("Portuguese") {
    const auto a = analyze(
        "O presidente Luiz Inácio Lula da Silva visitou São Paulo e a sede da Petrobras no Rio de Janeiro.", "pt");
    require_entity(a, "Luiz Inácio Lula da Silva", EntityType::PER);
    require_entity(a, "São Paulo", EntityType::LOC);
    require_entity(a, "Petrobras", EntityType::ORG);
    require_entity(a, "Rio de Janeiro", EntityType::LOC);
  }
}

TEST_CASE("entities are the same in a long text and stay consistent", "[entities]") {
  // One string, one type and one entity, however often it occurs.
  std::string text;
  for (int i = 0; i < 50; ++i)
    text += "Angela Merkel sprach in Berlin mit Vertretern von Siemens. Merkel lobte Siemens.\n";
  const auto a = analyze(text, "de");
  const auto* merkel = find(a, "Angela Merkel");
  REQUIRE(merkel != nullptr);
  CHECK(merkel->mentions.size() == 100);
  CHECK(find(a, "Merkel") == nullptr);
  int siemens = 0;
  for (const auto& e : a.entities) siemens += e.name == "Siemens" ? 1 : 0;
  CHECK(siemens <= 1);
}

TEST_CASE("A pronoun speaker never goes to a name the NER stage typed as no person", "[entities][attribution]") {
  // The rule-based name candidates used to add "National Geographic" as a
  // person too, and "he" took it (a real Wikinews article, issue #17).
  quelle::Options o;
  o.language = "en";
  o.models = &store();
  auto a = quelle::analyze(
      "Vlada Stamenković studies rocks on Mars. The findings were published by National Geographic. \"Our work is "
      "calling for a revision,\" he told Scientific American.",
      o);
  REQUIRE(a.ok());
  REQUIRE(a->quotes.size() == 1);
  REQUIRE(a->quotes[0].speaker);
  REQUIRE(a->quotes[0].speaker->entity);
  CHECK(a->entities[*a->quotes[0].speaker->entity].name == "Vlada Stamenković");
}
