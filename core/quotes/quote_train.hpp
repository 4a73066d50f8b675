// Training the quote models (`quelle train-quotes`, docs/quotes.md) from
// annotated articles: each article runs through the pipeline up to the rule
// sieves, its tokens get the gold tags of the annotated quotes, and the
// span tagger learns from the rules' votes and the text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "model/bundle.hpp"
#include "quelle/languages.hpp"

namespace quelle::ner {
class Model;
}

namespace quelle::quotes {

struct GoldQuote {
  QuoteType type = QuoteType::Indirect;
  std::vector<Span> spans;  // UTF-16 offsets
  std::vector<Span> speaker;
  std::vector<Span> cue;
};

struct TrainArticle {
  std::string id;
  std::u16string text;
  std::vector<GoldQuote> quotes;
};

struct QuoteTrainOptions {
  Language language = Language::De;
  int epochs = 8;
  uint64_t seed = 1;
  std::string description;  // stored in the model file: data, licence, date
  bool span_tagger = true;  // train the span tagger (else the rules keep their spans)
  // Train the sentence classifier (reported and free indirect sentences the
  // rules missed).
  bool sentence_classifier = true;
  // How much more a missed reported or free indirect sentence counts in
  // training than a false one (model::TrainOptions::class_weights).
  double sentence_weight = 1.0;
  // Train the cue-word classifier (cue_words.hpp): which words outside the
  // lexicon frame a statement.
  bool cue_words = true;
  // How much more a missed cue word counts in training than a false one.
  double cue_weight = 1.0;
  // Train the speaker ranker (attribution/speaker_options.hpp) on the
  // rules' quotes that match an annotated one.
  bool speaker_ranker = true;
  // The NER model the articles' entities come from when the ranker
  // learns (null: the rule-based names only).
  const ner::Model* ner = nullptr;
};

// How the speaker options covered the annotated speakers (train-quotes
// prints it): rule quotes matched to an annotated one, those whose
// annotated speaker (or its absence) is among the options, and those the
// rules already got exactly right.
struct SpeakerCoverage {
  size_t matched = 0;
  size_t covered = 0;
  size_t rules_right = 0;
  size_t options = 0;    // options of the covered quotes, in all
  size_t unmatched = 0;  // rule quotes that match no annotated one ("none" is right)
};

// The sentence labels (sentence_features.hpp) of a segmented document: a
// sentence that a Reported or free indirect quote covers for at least 80 %
// of its tokens carries its type.
std::vector<uint8_t> gold_sentence_labels(const Document& doc, const std::vector<GoldQuote>& quotes);

// The gold tags (quote_tags.hpp) of a segmented document's tokens. Nested
// and overlapping annotations: the shortest quote keeps its tokens, and they
// split a longer one into pieces. A token belongs to a span when more than
// half of it lies inside.
std::vector<uint8_t> gold_tags(const Document& doc, const std::vector<GoldQuote>& quotes);

// Trains the span tagger on the articles; the result is a model file's
// content (QuoteModel::serialize).
model::Bundle train_quote_model(const std::vector<TrainArticle>& articles, const QuoteTrainOptions& options,
                                SpeakerCoverage* coverage = nullptr);

}  // namespace quelle::quotes
