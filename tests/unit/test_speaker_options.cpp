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

TEST_CASE("Speaker options: the rules' choice, none, and phrases that overlap it", "[speaker-ranker]") {
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
  const attribution::QuoteView view{QuoteType::Indirect, &quote, span_of(text, u"sagte")};
  const Span rule = span_of(text, u"der Sprecher der Firma Anna Berg am Montag");
  const auto options = context.options(view, context.option(rule, attribution::SpeakerSource::Frame));

  REQUIRE(options.size() > 3);
  CHECK(options[0].span == rule);
  CHECK(!options[1].span);
  std::vector<std::u16string> phrases;
  for (size_t k = 2; k < options.size(); ++k) {
    REQUIRE(options[k].span);
    CHECK(options[k].source == attribution::SpeakerSource::Generated);
    CHECK((options[k].span->start < rule.end && options[k].span->end > rule.start));  // overlaps the rule's span
    phrases.push_back(text_of(text, *options[k].span));
  }
  const auto has = [&](const std::u16string& p) {
    return std::find(phrases.begin(), phrases.end(), p) != phrases.end();
  };
  CHECK(has(u"der Sprecher der Firma Anna Berg"));
  CHECK(has(u"Anna Berg"));
  CHECK(!has(u"sagte der Sprecher"));  // no verb of saying at the edge
  CHECK(!has(u"Anna Berg am"));        // nor a preposition
  CHECK(!has(u"das Wetter"));          // nor a phrase of the (indirect) quote
  // Every option has features; "none" has its own.
  for (size_t k = 0; k < options.size(); ++k) CHECK(!context.features(view, options, k).empty());

  // Without a rule speaker there is nothing to rank.
  CHECK(context.options(view, context.option(std::nullopt, attribution::SpeakerSource::None)).size() == 1);
}

TEST_CASE("A speaker ranker trained on other boundaries moves the rules' speaker", "[speaker-ranker]") {
  // The rules take "Der Sprecher Anna Berg"; these annotations want the name
  // alone. A model trained on them draws the same boundary on a new name,
  // and without the model the rules' span stands.
  const char16_t* first[] = {u"Anna", u"Bernd", u"Clara", u"David", u"Eva", u"Frank"};
  const char16_t* last[] = {u"Berg", u"Roth", u"Keller", u"Schulz", u"Wagner"};
  std::vector<quotes::TrainArticle> articles;
  for (const char16_t* f : first) {
    for (const char16_t* l : last) {
      const std::u16string name = std::u16string(f) + u" " + l;
      quotes::TrainArticle a;
      a.id = "a";
      a.text = u"Der Sprecher " + name + u" sagte, das Wetter sei heute schön.";
      a.quotes.push_back(quotes::GoldQuote{QuoteType::Indirect,
                                           {span_of(a.text, u"das Wetter sei heute schön")},
                                           {span_of(a.text, name)},
                                           {span_of(a.text, u"sagte")}});
      articles.push_back(a);
    }
  }
  quotes::QuoteTrainOptions train;
  train.language = Language::De;
  train.span_tagger = false;
  quotes::SpeakerCoverage coverage;
  const auto bytes = quotes::QuoteModel::serialize(quotes::train_quote_model(articles, train, &coverage));
  CHECK(coverage.matched == articles.size());
  CHECK(coverage.covered == articles.size());
  CHECK(coverage.rules_right == 0);

  const std::u16string text = u"Der Sprecher Ina Lorenz sagte, das Wetter sei heute schön.";
  quelle::Options options;
  options.language = "de";
  auto rules = analyze_utf16(text, options);
  REQUIRE(rules.ok());
  REQUIRE(rules->quotes.size() == 1);
  REQUIRE(rules->quotes[0].speaker);
  CHECK(text_of(text, rules->quotes[0].speaker->span) == u"Der Sprecher Ina Lorenz");

  ModelStore store;
  REQUIRE(store.load_quotes("de", bytes.data(), bytes.size()).ok());
  options.models = &store;
  auto ranked = analyze_utf16(text, options);
  REQUIRE(ranked.ok());
  REQUIRE(ranked->quotes.size() == 1);
  REQUIRE(ranked->quotes[0].speaker);
  CHECK(text_of(text, ranked->quotes[0].speaker->span) == u"Ina Lorenz");
}
