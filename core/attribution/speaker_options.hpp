// The trained speaker ranker (docs/quotes.md, "The speaker ranker"): for
// each quote whose speaker the rules named, their span is one option among
// "no speaker" and the phrases that overlap it with other boundaries
// ("Nachdem die Anwältin der Frau dem Richter" against "die Anwältin der
// Frau"); a linear model scores every option, and the best replaces the
// rules' choice when it is clearly better. The options and their features
// are here; the model is a part of the language's quote model file
// (quotes/quote_model.hpp), and the trainer (quotes/quote_train.cpp)
// records the same options with the annotated speaker as the right one.
//
// Phrases anywhere around the quote (a ranker that may also name a speaker
// the rules missed, or someone else) were tried first: with 74 options per
// quote it did not beat the rules in cross-validation (docs/quotes.md).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "document/document.hpp"
#include "model/linear.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::attribution {

// Where an option comes from: the rule that chose the speaker (option 0 is
// always the rules' choice, None when they found no speaker) or the phrase
// generator.
enum class SpeakerSource : uint8_t { None, Frame, Parent, So, Context, Inherited, Generated };

struct SpeakerOption {
  std::optional<Span> span;  // empty: no speaker
  SpeakerSource source = SpeakerSource::None;
  uint32_t first = 0;  // token range [first, end) of the span
  uint32_t end = 0;
};

// The quote a decision is about.
struct QuoteView {
  QuoteType type = QuoteType::Direct;
  const std::vector<Span>* spans = nullptr;
  std::optional<Span> cue;
};

// What the options of one document share: the NER name mentions by token
// and the cached keys of the words.
class SpeakerContext {
 public:
  SpeakerContext(const Document& doc, const quotes::Lexicon& lx, const std::vector<Entity>& entities);

  // Option 0 is `rule` (its span, or none: then it is the only option);
  // then "no speaker"; then the generated phrases of the rule span's
  // sentence that overlap it and differ from it.
  [[nodiscard]] std::vector<SpeakerOption> options(const QuoteView& q, const SpeakerOption& rule) const;

  // The rules' choice as option 0 (with its token range).
  [[nodiscard]] SpeakerOption option(std::optional<Span> span, SpeakerSource source) const;

  // The features of option `i` (hashed keys, model/features.hpp).
  [[nodiscard]] std::vector<uint32_t> features(const QuoteView& q, const std::vector<SpeakerOption>& options,
                                               size_t i) const;

  [[nodiscard]] const Document& doc() const { return doc_; }

 private:
  [[nodiscard]] bool phrase_start(uint32_t t) const;
  [[nodiscard]] bool phrase_end(uint32_t t) const;
  void add_phrases(const QuoteView& q, uint32_t sentence, std::vector<uint8_t>& in_quote, const SpeakerOption& rule,
                   std::vector<SpeakerOption>& out) const;
  [[nodiscard]] uint32_t word_key(uint32_t t) const;
  [[nodiscard]] uint32_t suffix_key(uint32_t t) const;
  [[nodiscard]] uint32_t shape(uint32_t t) const;
  void add_word_features(const SpeakerOption& o, std::vector<uint32_t>& f) const;
  void add_position_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const;
  void add_cue_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const;
  void add_none_features(const QuoteView& q, int64_t source, std::vector<uint32_t>& f) const;

  const Document& doc_;
  const quotes::Lexicon& lx_;
  std::vector<uint32_t> classes_;       // lexicon classes per token
  std::vector<int8_t> ner_type_;        // per token: the NER name's EntityType covering it, or -1
  std::vector<uint32_t> ner_first_;     // per token: the first token of that name
  std::vector<uint32_t> ner_end_;       // and its end
  mutable std::vector<uint32_t> keys_;  // word keys, computed when first needed (0: not yet)
};

// Decides among a quote's options: the trained ranker, or (in training) a
// recorder that keeps the rules' choice and notes the annotated one.
class SpeakerChooser {
 public:
  virtual ~SpeakerChooser() = default;
  // The index of the chosen option (0: the rules' choice).
  virtual size_t choose(const SpeakerContext& context, const QuoteView& q,
                        const std::vector<SpeakerOption>& options) = 0;
};

// The ranker of a quote model: the option with the highest score, when it
// beats the rules' choice by at least kRuleMargin (in the perceptron's
// weight units). A changed speaker that is wrong costs the scorer more
// than a kept one, so the ranker overrules the rules only when it is sure
// (the margin was chosen by cross-validation on train, docs/quotes.md).
inline constexpr float kRuleMargin = 12.0f;

class RankedSpeakers final : public SpeakerChooser {
 public:
  explicit RankedSpeakers(const model::LinearModel& ranker) : ranker_(ranker) {}
  size_t choose(const SpeakerContext& context, const QuoteView& q, const std::vector<SpeakerOption>& options) override;

 private:
  const model::LinearModel& ranker_;
};

}  // namespace quelle::attribution
