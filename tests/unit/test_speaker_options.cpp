// The speaker ranker (core/attribution/speaker_options.hpp): the options it
// chooses among, and a ranker trained where the annotations draw the
// speaker's boundaries differently from the rules.
#include <catch2/catch.hpp>
#include <string>

#include "attribution/speaker_options.hpp"
#include "entities/entities.hpp"
#include "normalize/normalize.hpp"
#include "quelle/quelle.hpp"
#include "quotes/quote_model.hpp"
#include "quotes/quote_train.hpp"
#include "segment/segment.hpp"

using namespace quelle;

namespace {

Span span_of(const std::u16string& text, const std::u16string& part, size_t from = 0) {
  const auto at = static_cast<uint32_t>(text.find(part, from));
  return {at, at + static_cast<uint32_t>(part.size())};
}

std::u16string text_of(const std::u16string& text, const Span& s) { return text.substr(s.start, s.end - s.start); }

}  // namespace

TEST_CASE("Speaker options: the rules' choice and no speaker", "[speaker-ranker]") {
  const std::u16string text =
      u"Nach dem Treffen sagte der Sprecher der Firma Anna Berg am Montag, das Wetter sei schön.";
  Document doc;
  doc.text = text;
  normalize(doc);
  segment(doc);
  doc.language = doc.rules_language = Language::De;
  std::vector<Entity> entities;
  const attribution::SpeakerContext context(doc, quotes::lexicon(Language::De), entities);
  const std::vector<Span> quote{span_of(text, u"das Wetter sei schön")};
  const attribution::QuoteView view = context.view(QuoteType::Indirect, quote, span_of(text, u"sagte"));
  CHECK(text_of(text, Span{doc.tokens[view.first].start, doc.tokens[view.end - 1].end}) == u"das Wetter sei schön");
  const Span rule = span_of(text, u"der Sprecher der Firma Anna Berg am Montag");
  const auto options = context.options(context.option(rule, attribution::SpeakerSource::Frame));
  REQUIRE(options.size() == 2);
  CHECK(options[0].span == rule);
  CHECK(text_of(text, Span{doc.tokens[options[0].first].start, doc.tokens[options[0].end - 1].end}) ==
        text_of(text, rule));
  CHECK(!options[1].span);
  const auto speaker = context.features(view, options, 0);
  const auto none = context.features(view, options, 1);
  CHECK(!speaker.empty());
  CHECK(!none.empty());
  CHECK(speaker != none);
  // Without a rule speaker there is nothing to decide.
  CHECK(context.options(context.option(std::nullopt, attribution::SpeakerSource::None)).size() == 1);
}

namespace {

// A quote model trained on "Der Sprecher <name> sagte, …" articles whose
// annotated speaker is the rules' span (keep) or none (drop).
std::vector<uint8_t> trained_filter(bool annotated_speaker, quotes::SpeakerCoverage& coverage) {
  const char16_t* first[] = {u"Anna", u"Bernd", u"Clara", u"David", u"Eva", u"Frank"};
  const char16_t* last[] = {u"Berg", u"Roth", u"Keller", u"Schulz", u"Wagner"};
  std::vector<quotes::TrainArticle> articles;
  for (const char16_t* f : first) {
    for (const char16_t* l : last) {
      quotes::TrainArticle a;
      a.id = "a";
      a.text = u"Der Sprecher " + std::u16string(f) + u" " + l + u" sagte, das Wetter sei heute schön.";
      quotes::GoldQuote g{QuoteType::Indirect, {span_of(a.text, u"das Wetter sei heute schön")}, {}, {}};
      if (annotated_speaker) g.speaker = {span_of(a.text, a.text.substr(0, a.text.find(u" sagte")))};
      a.quotes.push_back(g);
      articles.push_back(a);
    }
  }
  quotes::QuoteTrainOptions train;
  train.language = Language::De;
  train.span_tagger = false;
  train.sentence_classifier = false;
  return quotes::QuoteModel::serialize(quotes::train_quote_model(articles, train, &coverage));
}

std::optional<std::u16string> speaker_with(const std::u16string& text, const std::vector<uint8_t>* model) {
  ModelStore store;
  quelle::Options options;
  options.language = "de";
  if (model != nullptr) {
    REQUIRE(store.load_quotes("de", model->data(), model->size()).ok());
    options.models = &store;
  }
  auto a = analyze_utf16(text, options);
  REQUIRE(a.ok());
  REQUIRE(a->quotes.size() == 1);
  if (!a->quotes[0].speaker) return std::nullopt;
  return text_of(text, a->quotes[0].speaker->span);
}

}  // namespace

TEST_CASE("A speaker filter learns from the annotations whether to keep the rules' speaker", "[speaker-ranker]") {
  const std::u16string text = u"Der Sprecher Ina Lorenz sagte, das Wetter sei heute schön.";
  CHECK(speaker_with(text, nullptr) == u"Der Sprecher Ina Lorenz");  // the rules

  quotes::SpeakerCoverage keep_coverage;
  const auto keep = trained_filter(true, keep_coverage);
  CHECK(keep_coverage.matched == 30);
  CHECK(keep_coverage.rules_right == 30);
  CHECK(speaker_with(text, &keep) == u"Der Sprecher Ina Lorenz");

  // Annotators who mark no speaker for such sentences: the model drops it.
  quotes::SpeakerCoverage drop_coverage;
  const auto drop = trained_filter(false, drop_coverage);
  CHECK(drop_coverage.covered == 30);
  CHECK(drop_coverage.rules_right == 0);
  CHECK(speaker_with(text, &drop) == std::nullopt);
}
