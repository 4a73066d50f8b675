// The trained quote models of one language (models/quotes-xx.qqm, format in
// docs/quotes.md): on top of the rule sieves, a sequence tagger decides
// which tokens are quoted and in which type. Without a model the rules
// alone decide, as before.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "document/document.hpp"
#include "model/bundle.hpp"
#include "quelle/languages.hpp"
#include "quotes/quotes.hpp"

namespace quelle::quotes {

// Format version of quote model files: bumped whenever the layout or the
// features (tagger_features.cpp) change, so that an older model is refused
// instead of scoring mismatched features.
inline constexpr uint32_t kQuoteModelVersion = 1;
inline constexpr model::Magic kQuoteModelMagic = {'Q', 'Q', 'M', 0x1A};

class QuoteModel {
 public:
  // Checks magic, version, size, checksum, the language and every part: a
  // truncated, corrupt or foreign file is ErrorCode::InvalidModel.
  static Expected<std::unique_ptr<QuoteModel>> parse(const uint8_t* data, size_t size, Language expected);
  static std::vector<uint8_t> serialize(const model::Bundle& bundle);

  [[nodiscard]] Language language() const { return language_; }
  [[nodiscard]] const std::string& description() const { return bundle_.description; }
  // The quote-span tagger (tags: quote_tags.hpp), or null: the rules keep their spans.
  [[nodiscard]] const model::SequenceTagger* spans() const { return spans_; }
  // The sentence classifier (labels: sentence_features.hpp), or null.
  [[nodiscard]] const model::LinearModel* sentences() const { return sentences_; }
  // Whether the model decides the quotes themselves (a span tagger or a
  // sentence classifier), or only their speakers.
  [[nodiscard]] bool decides_quotes() const { return spans_ != nullptr || sentences_ != nullptr; }
  // The speaker ranker (attribution/speaker_options.hpp), or null: the rules choose.
  [[nodiscard]] const model::LinearModel* speakers() const { return speakers_; }
  // The cue-word classifier (cue_words.hpp), or null: the lexicon alone names speech verbs.
  [[nodiscard]] const model::LinearModel* cue_words() const { return cue_words_; }

 private:
  Language language_ = Language::Und;
  model::Bundle bundle_;
  const model::SequenceTagger* spans_ = nullptr;
  const model::LinearModel* sentences_ = nullptr;
  const model::LinearModel* speakers_ = nullptr;
  const model::LinearModel* cue_words_ = nullptr;
};

// The quotes of a document as the model decides them, from the rule
// candidates: a candidate the tagger confirms keeps its cue and speaker
// (its spans follow the tagger), one it rejects is dropped, and quoted
// tokens no rule saw become candidates of their own. Sorted by start.
std::vector<QuoteCandidate> decide_quotes(const Document& doc, const std::vector<QuoteCandidate>& rules,
                                          const QuoteModel& model);

// A run of tokens [first, last] the tagger gave one quote type.
struct TaggedChunk {
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t type = 0;  // type_index (quote_tags.hpp)
};
// The chunks of a tag sequence for tokens starting at `offset`.
std::vector<TaggedChunk> chunks_of(const std::vector<uint8_t>& tags, uint32_t offset);

}  // namespace quelle::quotes
