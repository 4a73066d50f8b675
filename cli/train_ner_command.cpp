// `quelle train-ner`: reads BIO corpora and a gazetteer, trains with
// quelle_core's trainer (core/entities/ner_train.cpp) and writes the model.
// Only I/O happens here.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "entities/ner_train.hpp"

namespace quelle::cli {
namespace {

constexpr const char* kUsage = R"(Usage: quelle train-ner --lang xx --out FILE --train FILE [--train FILE ...] [options]

Trains a named-entity model (docs/models.md).
  --train FILE        BIO/IOB/IO corpus: "token tag" or "i token tag ..." lines,
                      blank line (or "#" comment line) between sentences; may repeat
  --dev FILE          corpus to report exact-span F1 on after training; may repeat
  --map FROM=TO       map a corpus type to PER, ORG, LOC, MISC or O (default map:
                      PERS/PERSON=PER, GPE/LOCATION=LOC, GRP/CORP/ORGANIZATION=ORG,
                      OTH/PROD/CW=MISC, anything else O); may repeat
  --gazetteer FILE    "TYPE<TAB>name" lines (models/gazetteers/xx.tsv); may repeat;
                      "C<n><TAB>word" lines: word cluster n (1..255, clusters-xx.tsv);
                      "W<n><TAB>word" lines: word class bit n (1..8, e.g. nouns-de.tsv)
  --holdout K         hold out every K-th training sentence (written by
                      --write-holdout FILE, scored like --dev)
  --max-sentences N   use at most N sentences of each --train file
  --split-at N        cut sentences longer than N tokens (corpora without
                      sentence breaks), after a period where possible
  --epochs N          perceptron epochs (default 8)
  --min-count N       least occurrences of a learned feature (default 2)
  --min-weight F      prune features whose largest |weight| is below F times the
                      model's largest (default 0.002)
  --dropout P         leave out each feature with probability P in each training
                      step (default 0)
  --seed N            shuffling (and dropout) seed (default 1)
  --description TEXT  stored in the model (training data, licence)
)";

struct Options {
  std::string lang, out, description, holdout_file;
  std::vector<std::string> train, dev, gazetteers;
  std::map<std::string, std::string> map;
  int holdout = 0, epochs = 8, min_count = 2;
  uint32_t seed = 1;
  double min_weight = 0.002, dropout = 0.0;
  size_t max_sentences = 0, split_at = 0;
};

int type_of(const std::string& t) {
  if (t == "PER") return 0;
  if (t == "ORG") return 1;
  if (t == "LOC") return 2;
  if (t == "MISC") return 3;
  return -1;
}

struct Corpus {
  std::vector<ner::TrainSentence> sentences;
};

bool read_corpus(const std::string& path, const Options& o, size_t limit, Corpus& c) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "quelle: cannot read " << path << "\n";
    return false;
  }
  std::map<std::string, std::string> map = {
      {"PER", "PER"},  {"PERS", "PER"},  {"PERSON", "PER"},       {"LOC", "LOC"}, {"LOCATION", "LOC"},
      {"GPE", "LOC"},  {"ORG", "ORG"},   {"ORGANIZATION", "ORG"}, {"GRP", "ORG"}, {"CORP", "ORG"},
      {"OTH", "MISC"}, {"MISC", "MISC"}, {"PROD", "MISC"},        {"CW", "MISC"}};
  for (const auto& [k, v] : o.map) map[k] = v;
  std::vector<std::pair<std::string, std::string>> cur;
  size_t count = 0;
  auto flush = [&] {
    if (cur.empty()) return;
    if (limit == 0 || count < limit) {
      ner::TrainSentence s;
      int prev_type = -1;
      for (size_t i = 0; i < cur.size(); ++i) {
        s.tokens.push_back(cur[i].first);
        const std::string& tag = cur[i].second;
        std::string base = tag;
        bool begin = false;
        if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I' || tag[0] == 'E' || tag[0] == 'S') && tag[1] == '-') {
          base = tag.substr(2);
          begin = tag[0] == 'B' || tag[0] == 'S';
        }
        auto it = map.find(base);
        const int type = it == map.end() ? -1 : type_of(it->second);
        if (type < 0) {
          prev_type = -1;
          continue;
        }
        if (!begin && prev_type == type && !s.spans.empty() && s.spans.back().last + 1 == i) {
          s.spans.back().last = static_cast<uint32_t>(i);
        } else {
          s.spans.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i), type});
        }
        prev_type = type;
      }
      c.sentences.push_back(std::move(s));
    }
    ++count;
    cur.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos || line.rfind("-DOCSTART-", 0) == 0) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      flush();
      continue;
    }
    std::vector<std::string> cols;
    std::string col;
    std::istringstream ls(line);
    if (line.find('\t') != std::string::npos) {
      while (std::getline(ls, col, '\t')) cols.push_back(col);
    } else {
      while (ls >> col) cols.push_back(col);
    }
    if (cols.size() < 2) continue;
    if (o.split_at > 0 && cur.size() >= o.split_at && (cur.back().first == "." || cur.size() >= o.split_at * 2) &&
        cur.back().second.find('-') == std::string::npos && cur.back().second == "O") {
      flush();
    }
    const bool numbered =
        cols.size() >= 3 && !cols[0].empty() && cols[0].find_first_not_of("0123456789") == std::string::npos;
    std::string tok = numbered ? cols[1] : cols[0];
    std::string tag = numbered ? cols[2] : cols.back();
    if (tok.empty()) continue;
    cur.emplace_back(std::move(tok), std::move(tag));
  }
  flush();
  return true;
}

bool read_gazetteer(const std::string& path, std::vector<ner::GazetteerEntry>& out) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "quelle: cannot read " << path << "\n";
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string t = line.substr(0, tab);
    if (t.size() >= 2 && t[0] == 'C' && t.find_first_not_of("0123456789", 1) == std::string::npos) {
      const int cluster = std::stoi(t.substr(1));  // a word cluster (scripts/word-clusters)
      if (cluster >= 1 && cluster <= 255) out.push_back({line.substr(tab + 1), 7, cluster});
      continue;
    }
    if (t.size() == 2 && t[0] == 'W' && t[1] >= '1' && t[1] <= '8') {  // a word class (bit 1..8)
      out.push_back({line.substr(tab + 1), 8, t[1] - '0'});
      continue;
    }
    const int type = t == "FIRST" ? 4 : t == "LAST" ? 5 : t == "ORGW" ? 6 : type_of(t);
    if (type < 0) continue;
    out.push_back({line.substr(tab + 1), type, 0});
  }
  return true;
}

void report(const char* what, const ner::Scores& s) {
  std::fprintf(stderr, "%s: P %.4f R %.4f F1 %.4f (gold %zu, predicted %zu)\n", what, s.precision(), s.recall(), s.f1(),
               s.gold, s.pred);
}

}  // namespace

// Reads the options into `o`; an exit code when the command should stop
// there (--help, a usage error).
std::optional<int> parse_options(const Args& args, Options& o) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kExitOk;
    }
    if (i + 1 >= args.size()) {
      std::cerr << "quelle: " << a << " needs a value (see quelle train-ner --help)\n";
      return kExitUsage;
    }
    const std::string v = args[++i];
    try {
      if (a == "--lang")
        o.lang = v;
      else if (a == "--out")
        o.out = v;
      else if (a == "--train")
        o.train.push_back(v);
      else if (a == "--dev")
        o.dev.push_back(v);
      else if (a == "--gazetteer")
        o.gazetteers.push_back(v);
      else if (a == "--description")
        o.description = v;
      else if (a == "--write-holdout")
        o.holdout_file = v;
      else if (a == "--holdout")
        o.holdout = std::stoi(v);
      else if (a == "--epochs")
        o.epochs = std::stoi(v);
      else if (a == "--min-count")
        o.min_count = std::stoi(v);
      else if (a == "--min-weight")
        o.min_weight = std::stod(v);
      else if (a == "--dropout")
        o.dropout = std::stod(v);
      else if (a == "--seed")
        o.seed = static_cast<uint32_t>(std::stoul(v));
      else if (a == "--max-sentences")
        o.max_sentences = std::stoul(v);
      else if (a == "--split-at")
        o.split_at = std::stoul(v);
      else if (a == "--map") {
        const size_t eq = v.find('=');
        if (eq == std::string::npos) throw std::invalid_argument("--map");
        o.map[v.substr(0, eq)] = v.substr(eq + 1);
      } else {
        std::cerr << "quelle: unexpected argument '" << a << "' (see quelle train-ner --help)\n";
        return kExitUsage;
      }
    } catch (const std::exception&) {
      std::cerr << "quelle: bad value '" << v << "' for " << a << "\n";
      return kExitUsage;
    }
  }
  if (o.lang.empty() || o.out.empty() || o.train.empty()) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  return std::nullopt;
}
// The held-out sentences as BIO lines with the mapped types (--write-holdout).
bool write_holdout(const Corpus& held, const std::string& file) {
  std::ofstream hf(file);
  static const char* kTypes[] = {"PER", "ORG", "LOC", "MISC"};
  for (const auto& s : held.sentences) {
    std::vector<std::string> tags(s.tokens.size(), "O");
    for (const auto& sp : s.spans)
      for (uint32_t i = sp.first; i <= sp.last && i < tags.size(); ++i)
        tags[i] = std::string(i == sp.first ? "B-" : "I-") + kTypes[sp.type];
    for (size_t i = 0; i < s.tokens.size(); ++i) hf << s.tokens[i] << '\t' << tags[i] << '\n';
    hf << '\n';
  }
  if (!hf) {
    std::cerr << "quelle: cannot write " << file << "\n";
    return false;
  }
  return true;
}

int train_ner_command(const Args& args) {
  Options o;
  if (const std::optional<int> stop = parse_options(args, o)) return *stop;
  Corpus train, dev, held;
  for (const auto& f : o.train) {
    Corpus c;
    if (!read_corpus(f, o, o.max_sentences, c)) return kExitFailure;
    std::cerr << f << ": " << c.sentences.size() << " sentences\n";
    for (size_t i = 0; i < c.sentences.size(); ++i) {
      Corpus& to =
          o.holdout > 0 && i % static_cast<size_t>(o.holdout) == static_cast<size_t>(o.holdout) - 1 ? held : train;
      to.sentences.push_back(std::move(c.sentences[i]));
    }
  }
  for (const auto& f : o.dev)
    if (!read_corpus(f, o, 0, dev)) return kExitFailure;
  std::vector<ner::GazetteerEntry> gaz;
  for (const auto& f : o.gazetteers)
    if (!read_gazetteer(f, gaz)) return kExitFailure;
  if (!o.holdout_file.empty() && !write_holdout(held, o.holdout_file)) return kExitFailure;

  ner::TrainOptions to;
  to.language = o.lang;
  to.description = o.description;
  to.epochs = o.epochs;
  to.min_count = o.min_count;
  to.min_weight = o.min_weight;
  to.dropout = o.dropout;
  to.seed = o.seed;
  to.log = [](const std::string& s) { std::cerr << s << "\n"; };
  const auto t0 = std::chrono::steady_clock::now();
  auto data = ner::train(train.sentences, gaz, to);
  if (!data) {
    std::cerr << "quelle: " << data.error().message << "\n";
    return kExitFailure;
  }
  const auto bytes = ner::serialize_model(*data);
  std::ofstream out(o.out, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::cerr << "quelle: cannot write " << o.out << "\n";
    return kExitFailure;
  }
  out.close();
  std::cerr << "wrote " << o.out << " (" << bytes.size() << " bytes) in "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s\n";
  auto model = ner::Model::parse(bytes.data(), bytes.size());
  if (!model) {
    std::cerr << "quelle: " << model.error().message << "\n";
    return kExitFailure;
  }
  if (!held.sentences.empty()) report("held-out", ner::evaluate(**model, held.sentences));
  if (!dev.sentences.empty()) report("dev", ner::evaluate(**model, dev.sentences));
  return kExitOk;
}

}  // namespace quelle::cli
