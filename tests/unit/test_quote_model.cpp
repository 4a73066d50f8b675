// The trained quote layer (core/quotes/quote_model.hpp, quote_train.hpp):
// gold tags, chunks, and a model that overrules the rules.
#include <catch2/catch.hpp>
#include <string>

#include "language/language.hpp"
#include "normalize/normalize.hpp"
#include "quotes/quote_model.hpp"
#include "quotes/quote_tags.hpp"
#include "quotes/quote_train.hpp"
#include "segment/segment.hpp"

using namespace quelle;

namespace {

Document segmented(const std::u16string& text, Language lang) {
  Document doc;
  doc.text = text;
  normalize(doc);
  segment(doc);
  doc.language = lang;
  doc.rules_language = lang;
  return doc;
}

Span span_of(const std::u16string& text, const std::u16string& part) {
  const auto at = static_cast<uint32_t>(text.find(part));
  return {at, at + static_cast<uint32_t>(part.size())};
}

}  // namespace

TEST_CASE("Gold tags: B then I, and a nested quote keeps its tokens", "[quote-model]") {
  const std::u16string text = u"Er sagte, er habe „keine Angst“ vor der Wahl.";
  const Document doc = segmented(text, Language::De);
  quotes::GoldQuote outer{QuoteType::Indirect, {span_of(text, u"er habe „keine Angst“ vor der Wahl")}, {}, {}};
  quotes::GoldQuote inner{QuoteType::Direct, {span_of(text, u"„keine Angst“")}, {}, {}};
  const auto tags = quotes::gold_tags(doc, {outer, inner});
  const auto chunks = quotes::chunks_of(tags, 0);
  // Indirect "er habe", Direct "„keine Angst“", Indirect "vor der Wahl".
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[0].type == quotes::type_index(QuoteType::Indirect));
  CHECK(chunks[1].type == quotes::type_index(QuoteType::Direct));
  CHECK(chunks[2].type == quotes::type_index(QuoteType::Indirect));
  CHECK(doc.tokens[chunks[1].first].start == span_of(text, u"„keine Angst“").start);
  CHECK(doc.tokens[chunks[1].last].end == span_of(text, u"„keine Angst“").end);
  CHECK(tags[0] == 0);  // "Er" is the speaker, not the quote
}

TEST_CASE("A model trained where the annotations disagree with the rules overrules them", "[quote-model]") {
  // The rules read "X sagte, …" as indirect speech; in these articles the
  // annotators marked none of it (say, a corpus of fiction read aloud), so
  // the model learns to drop such candidates, and does on a new text.
  std::vector<quotes::TrainArticle> articles;
  const char16_t* names[] = {u"Anna", u"Bernd", u"Clara", u"David", u"Eva", u"Frank", u"Gina", u"Hans"};
  for (const char16_t* name : names) {
    quotes::TrainArticle a;
    a.id = "a";
    a.text = std::u16string(name) + u" sagte, das Wetter sei heute schön.";
    articles.push_back(a);
  }
  quotes::QuoteTrainOptions options;
  options.language = Language::De;
  options.epochs = 3;
  const auto bytes = quotes::QuoteModel::serialize(quotes::train_quote_model(articles, options));
  auto model = quotes::QuoteModel::parse(bytes.data(), bytes.size(), Language::De);
  REQUIRE(model.ok());

  const std::u16string text = u"Ina sagte, das Wetter sei heute schön.";
  const Document doc = segmented(text, Language::De);
  const auto rules = find_quotes(doc);
  REQUIRE(rules.size() == 1);  // the rules see indirect speech
  CHECK(quotes::decide_quotes(doc, rules, **model).empty());

  // The same model is refused for another language.
  CHECK(!quotes::QuoteModel::parse(bytes.data(), bytes.size(), Language::En).ok());
}
