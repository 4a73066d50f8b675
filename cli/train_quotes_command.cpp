// `quelle train-quotes`: reads an annotated quote corpus, trains the quote
// models with quelle_core's trainer (core/quotes/quote_train.cpp) and writes
// the model file; with --folds, writes cross-validated predictions for
// ../shared/eval/score_quotes.py instead. Only I/O happens here.
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "models.hpp"
#include "quelle/quelle.hpp"
#include "quote_corpus.hpp"
#include "quotes/quote_model.hpp"
#include "quotes/quote_train.hpp"

namespace quelle::cli {
namespace {

constexpr const char* kUsage = R"(Usage: quelle train-quotes --lang xx --data DIR [--data DIR ...] --out FILE [options]

Trains the quote models of a language (docs/quotes.md) from annotated articles
(one JSON file per article: originalText, annotations with quote, speaker, cue
and type; ../shared/data/quotes/*/train).
  --out FILE          the model file (models/quotes-xx.qqm)
  --epochs N          perceptron epochs (default 8)
  --seed N            shuffling seed (default 1)
  --max-articles N    use the first N articles only (tests)
  --description TEXT  stored in the model (training data, licence)
  --no-span-tagger    leave the quote spans to the rules (only the sentence
                      classifier is trained)
  --sentence-weight W how much more a missed reported or free indirect
                      sentence counts in training than a false one (default 1)
  --no-speaker-ranker leave the speakers to the rules (no speaker ranker is
                      trained)
  --no-sentence-classifier
                      no classifier of reported and free indirect sentences
  --no-cue-words      no cue-word classifier (only the lexicon's speech verbs
                      open frames)
  --cue-weight W      how much more a missed cue word counts in training than
                      a false one (default 1)
  --folds K           instead of --out: K-fold cross-validation by article;
                      writes each article's analysis by the model trained on the
                      other folds to --predictions FILE (quelle batch format)
  --predictions FILE  where --folds writes
  --models DIR        NER models for training the speaker ranker and for the
                      predictions (default: models/)
)";

struct Options {
  std::string lang, out, description, predictions, models;
  std::vector<std::string> data;
  int epochs = 8, folds = 0;
  bool span_tagger = true;
  bool speaker_ranker = true;
  bool sentence_classifier = true;
  bool cue_words = true;
  double sentence_weight = 1.0;
  double cue_weight = 1.0;
  uint64_t seed = 1;
  size_t max_articles = 0;
};

bool parse(const Args& args, Options& o) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") return false;
    if (a == "--no-span-tagger") {
      o.span_tagger = false;
      continue;
    }
    if (a == "--no-speaker-ranker") {
      o.speaker_ranker = false;
      continue;
    }
    if (a == "--no-sentence-classifier") {
      o.sentence_classifier = false;
      continue;
    }
    if (a == "--no-cue-words") {
      o.cue_words = false;
      continue;
    }
    if (i + 1 >= args.size()) {
      std::cerr << "quelle train-quotes: " << a << " needs a value\n";
      return false;
    }
    const std::string& v = args[++i];
    if (a == "--lang")
      o.lang = v;
    else if (a == "--data")
      o.data.push_back(v);
    else if (a == "--out")
      o.out = v;
    else if (a == "--epochs")
      o.epochs = std::stoi(v);
    else if (a == "--seed")
      o.seed = std::stoull(v);
    else if (a == "--max-articles")
      o.max_articles = std::stoul(v);
    else if (a == "--description")
      o.description = v;
    else if (a == "--folds")
      o.folds = std::stoi(v);
    else if (a == "--predictions")
      o.predictions = v;
    else if (a == "--models")
      o.models = v;
    else if (a == "--sentence-weight")
      o.sentence_weight = std::stod(v);
    else if (a == "--cue-weight")
      o.cue_weight = std::stod(v);
    else {
      std::cerr << "quelle train-quotes: unknown option " << a << "\n";
      return false;
    }
  }
  const bool target = o.folds > 1 ? !o.predictions.empty() : !o.out.empty();
  const bool something = o.span_tagger || o.speaker_ranker || o.sentence_classifier || o.cue_words;
  return !o.lang.empty() && !o.data.empty() && target && o.epochs > 0 && something;
}

quotes::QuoteTrainOptions train_options(const Options& o, Language lang, const ModelStore& store,
                                        std::string description) {
  quotes::QuoteTrainOptions t;
  t.language = lang;
  t.epochs = o.epochs;
  t.seed = o.seed;
  t.description = std::move(description);
  t.span_tagger = o.span_tagger;
  t.sentence_weight = o.sentence_weight;
  t.speaker_ranker = o.speaker_ranker;
  t.sentence_classifier = o.sentence_classifier;
  t.cue_words = o.cue_words;
  t.cue_weight = o.cue_weight;
  t.ner = store.ner(lang);
  return t;
}

void print_coverage(const quotes::SpeakerCoverage& c) {
  if (c.matched == 0) return;
  std::cerr << "quelle train-quotes: speaker options: " << c.matched << " rule quotes matched, " << c.covered
            << " with the annotated speaker among the options ("
            << (c.covered ? static_cast<double>(c.options) / static_cast<double>(c.covered) : 0.0) << " options each), "
            << c.rules_right << " already right by the rules\n";
}

// Each held-out article analysed with the model of the other folds, as
// `quelle batch` writes it.
int cross_validate(const std::vector<quotes::TrainArticle>& articles, const Options& o, Language lang) {
  std::ofstream out(o.predictions, std::ios::binary);
  if (!out) {
    std::cerr << "quelle train-quotes: cannot write " << o.predictions << "\n";
    return kExitFailure;
  }
  for (int k = 0; k < o.folds; ++k) {
    std::vector<quotes::TrainArticle> train;
    for (size_t i = 0; i < articles.size(); ++i) {
      if (static_cast<int>(i % o.folds) != k) train.push_back(articles[i]);
    }
    ModelStore store;
    load_models(model_dir(o.models), store);
    quotes::SpeakerCoverage coverage;
    const auto bytes = quotes::QuoteModel::serialize(
        quotes::train_quote_model(train, train_options(o, lang, store, "cross-validation fold"), &coverage));
    print_coverage(coverage);
    if (auto loaded = store.load_quotes(language_code(lang), bytes.data(), bytes.size()); !loaded) {
      std::cerr << "quelle train-quotes: " << loaded.error().message << "\n";
      return kExitFailure;
    }
    quelle::Options options;
    options.language = language_code(lang);
    options.models = &store;
    for (size_t i = k; i < articles.size(); i += o.folds) {
      auto a = analyze_utf16(articles[i].text, options);
      if (!a) continue;
      out << "{\"id\":\"" << articles[i].id << "\",\"analysis\":" << to_json_string(*a) << "}\n";
    }
    std::cerr << "quelle train-quotes: fold " << k + 1 << " of " << o.folds << " done\n";
  }
  return kExitOk;
}

}  // namespace

int train_quotes_command(const Args& args) {
  Options o;
  if (!parse(args, o)) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  const std::optional<Language> lang = parse_language(o.lang);
  if (!lang) {
    std::cerr << "quelle train-quotes: unsupported language '" << o.lang << "'\n";
    return kExitUsage;
  }
  std::vector<quotes::TrainArticle> articles;
  for (const std::string& dir : o.data) {
    auto corpus = read_quote_corpus(dir);
    if (!corpus) {
      std::cerr << "quelle train-quotes: " << corpus.error().message << "\n";
      return kExitFailure;
    }
    for (auto& a : *corpus) articles.push_back(std::move(a));
  }
  if (o.max_articles > 0 && articles.size() > o.max_articles) articles.resize(o.max_articles);
  if (o.folds > 1) return cross_validate(articles, o, *lang);

  const auto t0 = std::chrono::steady_clock::now();
  ModelStore store;
  load_models(model_dir(o.models), store);
  quotes::SpeakerCoverage coverage;
  const auto bundle = quotes::train_quote_model(articles, train_options(o, *lang, store, o.description), &coverage);
  print_coverage(coverage);
  const auto bytes = quotes::QuoteModel::serialize(bundle);
  std::ofstream out(o.out, std::ios::binary);
  if (!out || !out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()))) {
    std::cerr << "quelle train-quotes: cannot write " << o.out << "\n";
    return kExitFailure;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "quelle train-quotes: " << articles.size() << " articles, " << bytes.size() << " bytes written to "
            << o.out << " in " << secs << " s\n";
  return kExitOk;
}

}  // namespace quelle::cli
