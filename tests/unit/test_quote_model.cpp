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

TEST_CASE("Learned cue words: a verb outside the lexicon frames a statement once the model has seen it",
          "[quote-model][cue-words]") {
  // "aufgefordert" and "zugesagt" are no speech verbs of the lexicon; the
  // annotators mark them as cues. A model trained on such articles makes
  // them speech verbs for the sieves, which then find content, cue and
  // speaker as for "sagte"; a word the annotators never mark stays plain.
  std::vector<quotes::TrainArticle> articles;
  const char16_t* names[] = {u"Anna", u"Bernd", u"Clara", u"David", u"Eva", u"Frank", u"Gina", u"Hans"};
  for (const char16_t* name : names) {
    for (const std::u16string verb : {u"aufgefordert", u"zugesagt"}) {
      quotes::TrainArticle a;
      a.id = "a";
      const std::u16string content = u"die Steuern bis zum Sommer zu senken";
      a.text = std::u16string(name) + u" hatte gestern " + verb + u", " + content + u". " + name +
               u" hatte gestern gegessen, bevor die Sitzung begann.";
      a.quotes.push_back({QuoteType::Indirect,
                          {span_of(a.text, content)},
                          {span_of(a.text, name)},
                          {span_of(a.text, u"hatte"), span_of(a.text, verb)}});
      articles.push_back(a);
    }
  }
  quotes::QuoteTrainOptions options;
  options.language = Language::De;
  options.epochs = 4;
  options.span_tagger = false;
  options.sentence_classifier = false;
  options.speaker_ranker = false;
  const auto bytes = quotes::QuoteModel::serialize(quotes::train_quote_model(articles, options));
  auto model = quotes::QuoteModel::parse(bytes.data(), bytes.size(), Language::De);
  REQUIRE(model.ok());
  REQUIRE((*model)->cue_words() != nullptr);
  CHECK(!(*model)->decides_quotes());  // the cue words act inside the rules

  const std::u16string text = u"Die Ministerin hatte am Montag aufgefordert, die Grenzen sofort zu öffnen.";
  const Document doc = segmented(text, Language::De);
  CHECK(find_quotes(doc).empty());  // the rules alone do not know the verb
  const auto learned = find_quotes(doc, (*model)->cue_words());
  REQUIRE(learned.size() == 1);
  CHECK(learned[0].type == QuoteType::Indirect);
  CHECK(learned[0].spans.front() == span_of(text, u"die Grenzen sofort zu öffnen"));
  REQUIRE(learned[0].cue.has_value());
  CHECK(text.substr(learned[0].cue->start, learned[0].cue->size()) == u"aufgefordert");
  REQUIRE(learned[0].speaker.has_value());
  CHECK(text.substr(learned[0].speaker->start, learned[0].speaker->size()) == u"Die Ministerin");

  const std::u16string plain = u"Die Ministerin hatte am Montag gegessen, bevor die Sitzung begann.";
  CHECK(find_quotes(segmented(plain, Language::De), (*model)->cue_words()).empty());
}
