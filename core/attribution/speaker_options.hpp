// The trained speaker filter (docs/quotes.md, "The speaker ranker"): for
// each quote whose speaker the rules named, a linear model scores two
// options, their span and "no speaker", from the words at and around the
// span, its shape, the NER name it is, its place against the quote and the
// cue, and the quote itself; "no speaker" wins when it beats the rules'
// choice by a margin. Most rule speakers it takes away are no speakers at
// all ("Februar 2007", "eine mehrjährige Haftstrafe"). The options and
// their features are here; the model is a part of the language's quote
// model file (quotes/quote_model.hpp), and the trainer
// (quotes/quote_train.cpp) records the same options with the annotated
// choice as the right one.
//
// Two richer designs were measured and dropped (docs/quotes.md): phrases
// anywhere around the quote (74 options per quote) did not beat the rules,
// and phrases overlapping the rules' span (to redraw its boundaries, 10 per
// quote) scored the same as the two options at five times the cost.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "document/document.hpp"
#include "model/linear.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::attribution {

// The rule that chose the speaker (option 0 is always the rules' choice;
// None when they found no speaker).
enum class SpeakerSource : uint8_t { None, Frame, Parent, So, Context, Inherited };

struct SpeakerOption {
  std::optional<Span> span;  // empty: no speaker
  SpeakerSource source = SpeakerSource::None;
  uint32_t first = 0;  // token range [first, end) of the span
  uint32_t end = 0;
};

// The quote a decision is about, with its token ranges (SpeakerContext::view
// finds them once for all the options).
struct QuoteView {
  QuoteType type = QuoteType::Direct;
  const std::vector<Span>* spans = nullptr;
  std::optional<Span> cue;
  uint32_t first = 0, end = 0;          // the tokens of the quote, [first, end)
  uint32_t cue_first = 0, cue_end = 0;  // and of the cue, when there is one
};

// What the options of one document share: the NER name mentions by token
// and the cached keys of the words.
class SpeakerContext {
 public:
  SpeakerContext(const Document& doc, const quotes::Lexicon& lx, const std::vector<Entity>& entities);

  // Option 0 is `rule` (its span, or none: then it is the only option);
  // then "no speaker".
  [[nodiscard]] std::vector<SpeakerOption> options(const SpeakerOption& rule) const;

  // The view of a quote with non-empty `spans` (which must outlive it).
  [[nodiscard]] QuoteView view(QuoteType type, const std::vector<Span>& spans, std::optional<Span> cue) const;

  // The rules' choice as option 0 (with its token range).
  [[nodiscard]] SpeakerOption option(std::optional<Span> span, SpeakerSource source) const;

  // The features of option `i` (hashed keys, model/features.hpp), into `f`
  // (cleared first: the ranker reuses one buffer), or as a new vector.
  void features(const QuoteView& q, const std::vector<SpeakerOption>& options, size_t i,
                std::vector<uint32_t>& f) const;
  [[nodiscard]] std::vector<uint32_t> features(const QuoteView& q, const std::vector<SpeakerOption>& options,
                                               size_t i) const;

  [[nodiscard]] const Document& doc() const { return doc_; }

 private:
  [[nodiscard]] uint32_t classes(uint32_t t) const;
  [[nodiscard]] uint32_t word_key(uint32_t t) const;
  [[nodiscard]] uint32_t suffix_key(uint32_t t) const;
  [[nodiscard]] uint32_t shape(uint32_t t) const;
  void add_word_features(const SpeakerOption& o, std::vector<uint32_t>& f) const;
  void add_position_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const;
  void add_cue_features(const QuoteView& q, const SpeakerOption& o, std::vector<uint32_t>& f) const;
  void add_none_features(const QuoteView& q, int64_t source, std::vector<uint32_t>& f) const;

  const Document& doc_;
  const quotes::Lexicon& lx_;
  // Lexicon classes per token, looked up when first needed (only the tokens
  // near quotes are).
  mutable std::vector<uint32_t> classes_;
  mutable std::vector<uint8_t> known_;
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
  std::vector<uint32_t> buffer_;  // the features of one option
};

}  // namespace quelle::attribution
