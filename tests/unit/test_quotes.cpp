// Quote detection and speaker attribution through the public API: one small
// text per convention and pattern, with the exact spans expected.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/utf.hpp"
#include "quelle/quelle.hpp"

namespace {

using quelle::Analysis;
using quelle::Quote;
using quelle::QuoteType;

Analysis run(const std::string& text, const std::string& lang = "") {
  quelle::Options opt;
  opt.language = lang;
  auto r = quelle::analyze(text, opt);
  REQUIRE(r);
  return *r;
}

std::string slice(const Analysis& a, quelle::Span s) {
  return quelle::utf16_to_utf8(std::u16string_view(a.text).substr(s.start, s.end - s.start));
}

std::string quote_text(const Analysis& a, const Quote& q) { return slice(a, q.extent()); }

std::string speaker_text(const Analysis& a, const Quote& q) {
  return q.speaker ? slice(a, q.speaker->span) : std::string("<null>");
}

std::string entity_name(const Analysis& a, const Quote& q) {
  if (!q.speaker || !q.speaker->entity) return "<none>";
  return a.entities.at(*q.speaker->entity).name;
}

// The quote whose text is exactly `text`, or null.
const Quote* find(const Analysis& a, const std::string& text) {
  for (const Quote& q : a.quotes) {
    if (quote_text(a, q) == text) return &q;
  }
  return nullptr;
}

void check_spans_inside(const Analysis& a) {
  for (const Quote& q : a.quotes) {
    REQUIRE_FALSE(q.spans.empty());
    for (const auto& s : q.spans) {
      CHECK(s.start < s.end);
      CHECK(s.end <= a.text.size());
    }
    if (q.speaker) CHECK(q.speaker->span.end <= a.text.size());
    if (q.cue) CHECK(q.cue->end <= a.text.size());
    if (q.addressee) CHECK(q.addressee->end <= a.text.size());
    if (q.speaker && q.speaker->entity) CHECK(*q.speaker->entity < a.entities.size());
  }
  for (size_t i = 0; i < a.entities.size(); ++i) {
    CHECK(a.entities[i].id == i);
    for (size_t m = 1; m < a.entities[i].mentions.size(); ++m) {
      CHECK(a.entities[i].mentions[m - 1].span.start <= a.entities[i].mentions[m].span.start);
      CHECK_FALSE(a.entities[i].mentions[m - 1].span == a.entities[i].mentions[m].span);
    }
  }
}

struct Expect {
  std::string quote;
  std::string speaker;
  std::string cue;
  QuoteType type;
};

void expect(const Analysis& a, const Expect& e) {
  INFO("quote: " << e.quote);
  const Quote* q = find(a, e.quote);
  if (q == nullptr) {
    for (const Quote& x : a.quotes) UNSCOPED_INFO("found: [" << quote_text(a, x) << "] by " << speaker_text(a, x));
  }
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q) == e.speaker);
  if (!e.cue.empty()) {
    REQUIRE(q->cue);
    CHECK(slice(a, *q->cue) == e.cue);
  }
  CHECK(quelle::to_string(q->type) == std::string(quelle::to_string(e.type)));
}

}  // namespace

TEST_CASE("direct quotes in every convention", "[quotes]") {
  struct Case {
    const char* lang;
    std::string text;
    std::string quote;
    std::string speaker;
  };
  const Case cases[] = {
      {"de", "„Wir bleiben hier“, sagte Müller.", "„Wir bleiben hier“", "Müller"},
      {"de", "‚Wir bleiben hier‘, sagte Müller.", "‚Wir bleiben hier‘", "Müller"},
      {"de", "»Wir bleiben hier«, sagte Müller.", "»Wir bleiben hier«", "Müller"},
      {"de", "›Wir bleiben hier‹, sagte Müller.", "›Wir bleiben hier‹", "Müller"},
      {"de", "«Wir bleiben hier», sagte Müller.", "«Wir bleiben hier»", "Müller"},
      {"de", "‹Wir bleiben hier›, sagte Müller.", "‹Wir bleiben hier›", "Müller"},
      {"fr", "« Nous restons ici », a déclaré Dupont.", "« Nous restons ici »", "Dupont"},
      {"en", "“We are staying,” said Miller.", "“We are staying,”", "Miller"},
      {"en", "‘We are staying,’ said Miller.", "‘We are staying,’", "Miller"},
      {"en", "\"We are staying,\" Miller said.", "\"We are staying,\"", "Miller"},
      {"en", "'We are staying,' Miller said.", "'We are staying,'", "Miller"},
      {"de", "「Wir bleiben hier」, sagte Müller.", "「Wir bleiben hier」", "Müller"},
      {"de", "『Wir bleiben hier』, sagte Müller.", "『Wir bleiben hier』", "Müller"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Analysis a = run(c.text, c.lang);
    check_spans_inside(a);
    REQUIRE(a.quotes.size() == 1);
    CHECK(quote_text(a, a.quotes[0]) == c.quote);
    CHECK(a.quotes[0].type == QuoteType::Direct);
    CHECK(speaker_text(a, a.quotes[0]) == c.speaker);
  }
}

TEST_CASE("frames before the quote, colon and apposition", "[quotes]") {
  const Analysis a = run("Merkel sagte am Montag: „Wir schaffen das.“", "de");
  expect(a, {"„Wir schaffen das.“", "Merkel", "sagte", QuoteType::Direct});

  // The apposition frame with the quote in the next paragraph.
  const Analysis b = run("Hugh Hill, a doctor, said:\n\n\"We will reopen the clinic next week.\"", "en");
  expect(b, {"\"We will reopen the clinic next week.\"", "Hugh Hill, a doctor,", "said:", QuoteType::Direct});
  CHECK(entity_name(b, *find(b, "\"We will reopen the clinic next week.\"")) == "Hugh Hill");
}

TEST_CASE("apostrophes, inches and nicknames are not quotes", "[quotes]") {
  const Analysis a = run("The players' union met at Tom's house. He is 6'2\" tall and bought a 12\" pipe.", "en");
  check_spans_inside(a);
  CHECK(a.quotes.empty());
  const Analysis b = run("Dwayne \"The Rock\" Johnson arrived on Monday with his family.", "en");
  CHECK(b.quotes.empty());
  const Analysis c = run("Die Mondlandefähre „Eagle“ landete im Meer der Ruhe.", "de");
  CHECK(c.quotes.empty());
  // The speech act is reported speech; the so-called name is no quote.
  const Analysis d = run("Die Partei lehnt eine sogenannte „Ampelkoalition“ ab.", "de");
  CHECK(find(d, "„Ampelkoalition“") == nullptr);
}

TEST_CASE("degenerate and unbalanced input", "[quotes]") {
  CHECK(run("\"\"").quotes.empty());
  CHECK(run("").quotes.empty());
  CHECK(run("«").quotes.empty());
  // An unclosed quote runs to the end of its paragraph, never further.
  const Analysis a = run("Er sagte: „Wir kommen morgen wieder.\n\nDer nächste Absatz ist Bericht.", "de");
  check_spans_inside(a);
  REQUIRE(a.quotes.size() == 1);
  CHECK(quote_text(a, a.quotes[0]) == "„Wir kommen morgen wieder.");
  // Odd numbers of marks: the pairs that close are quotes, the stray one is not.
  const Analysis b = run("\"We won,\" he said. \"It was close. Then \"a miracle\" happened, she said.", "en");
  check_spans_inside(b);
  CHECK(find(b, "\"We won,\"") != nullptr);
}

TEST_CASE("multi-sentence and multi-paragraph quotes", "[quotes]") {
  const Analysis a = run("„Wir sind bereit. Wir warten nur noch auf das Signal“, sagte der Trainer.", "de");
  expect(a, {"„Wir sind bereit. Wir warten nur noch auf das Signal“", "der Trainer", "sagte", QuoteType::Direct});

  const std::string text =
      "The mayor said:\n\n\"We will rebuild the bridge.\n\n\"We will also repair the road.\"\n\nThe council agreed.";
  const Analysis b = run(text, "en");
  check_spans_inside(b);
  REQUIRE(b.quotes.size() >= 1);
  const Quote& q = b.quotes[0];
  REQUIRE(q.spans.size() == 2);
  CHECK(slice(b, q.spans[0]) == "\"We will rebuild the bridge.");
  CHECK(slice(b, q.spans[1]) == "\"We will also repair the road.\"");
  CHECK(speaker_text(b, q) == "The mayor");
}

TEST_CASE("German indirect speech frames", "[quotes]") {
  expect(run("Der Minister sagte, die Reform sei notwendig.", "de"),
         {"die Reform sei notwendig", "Der Minister", "sagte", QuoteType::Indirect});
  expect(run("Die Reform sei notwendig, sagte der Minister.", "de"),
         {"Die Reform sei notwendig", "der Minister", "sagte", QuoteType::Indirect});
  expect(run("Die Sprecherin erklärte, dass die Verhandlungen andauerten.", "de"),
         {"dass die Verhandlungen andauerten", "Die Sprecherin", "erklärte", QuoteType::Indirect});
  expect(run("Laut Polizei wurden drei Menschen verletzt.", "de"),
         {"wurden drei Menschen verletzt", "Polizei", "Laut", QuoteType::Indirect});
  expect(run("Nach Angaben der Polizei wurden drei Menschen verletzt.", "de"),
         {"wurden drei Menschen verletzt", "Angaben der Polizei", "Nach", QuoteType::Indirect});
  expect(run("Dem Bericht zufolge stieg die Zahl der Arbeitslosen deutlich.", "de"),
         {"stieg die Zahl der Arbeitslosen deutlich", "Dem Bericht", "zufolge", QuoteType::Indirect});
  expect(run("Die Lage sei unter Kontrolle, so der Sprecher.", "de"),
         {"Die Lage sei unter Kontrolle", "der Sprecher", "so", QuoteType::Indirect});
  expect(run("Wie das Ministerium mitteilte, wird die Straße gesperrt.", "de"),
         {"wird die Straße gesperrt", "das Ministerium", "mitteilte", QuoteType::Indirect});
}

TEST_CASE("German source phrases, particle verbs and speaker attachments", "[quotes]") {
  expect(run("Nach eigenen Angaben erhielt das Amt zwei Millionen Euro.", "de"),
         {"erhielt das Amt zwei Millionen Euro", "eigenen Angaben", "Nach", QuoteType::Indirect});
  expect(run("Dem Vernehmen nach soll der Minister noch bis zum Frühjahr bleiben.", "de"),
         {"soll der Minister noch bis zum Frühjahr bleiben", "Dem Vernehmen", "nach", QuoteType::Indirect});
  expect(run("Die Polizei geht davon aus, dass der Einbruch von derselben Gruppe verübt wurde.", "de"),
         {"dass der Einbruch von derselben Gruppe verübt wurde", "Die Polizei", "geht", QuoteType::Indirect});
  expect(run("In dem Bericht heißt es, die Zahl der Opfer sei deutlich gestiegen.", "de"),
         {"die Zahl der Opfer sei deutlich gestiegen", "dem Bericht", "heißt es", QuoteType::Indirect});
  expect(run("Es gab einen Bericht, wonach der Oppositionsführer festgenommen worden sein soll.", "de"),
         {"der Oppositionsführer festgenommen worden sein soll", "einen Bericht", "wonach", QuoteType::Indirect});
  expect(run("Die Lage sei unter Kontrolle, sagte ein Regierungssprecher in Berlin.", "de"),
         {"Die Lage sei unter Kontrolle", "ein Regierungssprecher in Berlin", "sagte", QuoteType::Indirect});
  expect(run("Die Lage sei ernst, teilte die Aufsichtsbehörde (DGAC) mit.", "de"),
         {"Die Lage sei ernst", "die Aufsichtsbehörde (DGAC)", "teilte", QuoteType::Indirect});
  expect(run("Hans Papier, Präsident des Gerichtes, sagte, die Klage sei unzulässig.", "de"),
         {"die Klage sei unzulässig", "Hans Papier, Präsident des Gerichtes", "sagte", QuoteType::Indirect});
}

TEST_CASE("German source nouns, demonstrative and passive frames, names in quotes", "[quotes]") {
  expect(run("Nach einer norwegischen Studie steigt das Risiko deutlich an.", "de"),
         {"steigt das Risiko deutlich an", "einer norwegischen Studie", "Nach", QuoteType::Indirect});
  expect(run("Laut israelischen Medien gab es zehn Verletzte am Busbahnhof.", "de"),
         {"gab es zehn Verletzte am Busbahnhof", "israelischen Medien", "Laut", QuoteType::Indirect});
  expect(run("Laut diesem Entwurf wären nur die Downloads betroffen.", "de"),
         {"wären nur die Downloads betroffen", "diesem Entwurf", "Laut", QuoteType::Indirect});
  expect(run("Ersten Angaben zufolge wurde niemand verletzt.", "de"),
         {"wurde niemand verletzt", "Ersten Angaben", "zufolge", QuoteType::Indirect});
  expect(run("Es gibt Gerüchte, nach denen der Sänger an Krebs litt.", "de"),
         {"der Sänger an Krebs litt", "denen", "nach", QuoteType::Indirect});
  // "Das gab X bekannt": the sentence before is the content.
  const Analysis d =
      run("Der Ausbau der Autobahn wird von privaten Investoren finanziert. "
          "Das gab Bundesverkehrsminister Manfred Stolpe in Berlin bekannt.",
          "de");
  expect(d, {"Der Ausbau der Autobahn wird von privaten Investoren finanziert. Das",
             "Bundesverkehrsminister Manfred Stolpe in Berlin", "gab", QuoteType::Indirect});
  expect(run("Es wird befürchtet, dass die Zahl der Toten noch steigen könnte.", "de"),
         {"dass die Zahl der Toten noch steigen könnte", "<null>", "wird befürchtet", QuoteType::Indirect});
  // A quoted name inside the subject, and content that ends before "und fügte hinzu".
  expect(run("Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, das Investment sei vereinbar.", "de"),
         {"das Investment sei vereinbar", "Der Geschäftsführer von „Ener1“, Charles Gassenheimer", "sagte",
          QuoteType::Indirect});
  expect(run("Er sagte, Europa brauche die Engländer und fügte hinzu: „Wir arbeiten zusammen.“", "de"),
         {"Europa brauche die Engländer", "Er", "sagte", QuoteType::Indirect});
  // A speech verb framing the clause wins over "seiner Meinung nach" inside it.
  expect(run("Der Direktor erklärte, Nordkorea besitze seiner Meinung nach vier Atomwaffen.", "de"),
         {"Nordkorea besitze seiner Meinung nach vier Atomwaffen", "Der Direktor", "erklärte", QuoteType::Indirect});
  // Newspapers in quotation marks are names, not quotes.
  const Analysis n = run("Das sagte der Minister der „Berliner Zeitung“ am Montag.", "de");
  CHECK(find(n, "„Berliner Zeitung“") == nullptr);
  // Hearsay "soll" continues the statement before it.
  const Analysis h =
      run("Die Polizei teilte mit, zwei Männer seien festgenommen worden. "
          "Ein dritter Mann soll ihnen geholfen haben.",
          "de");
  expect(h, {"Ein dritter Mann soll ihnen geholfen haben.", "Die Polizei", "", QuoteType::FreeIndirect});
}

TEST_CASE("free indirect continuation and reported speech", "[quotes]") {
  const Analysis a =
      run("Der Sprecher der Stadt sagte, die Brücke werde gesperrt. Die Arbeiten würden drei Monate dauern. "
          "Danach sei der Verkehr wieder frei.",
          "de");
  expect(a, {"die Brücke werde gesperrt", "Der Sprecher der Stadt", "sagte", QuoteType::Indirect});
  expect(a, {"Die Arbeiten würden drei Monate dauern. Danach sei der Verkehr wieder frei.", "Der Sprecher der Stadt",
             "", QuoteType::FreeIndirect});

  const Analysis b = run("Die Gewerkschaft forderte höhere Löhne für alle Beschäftigten.", "de");
  expect(b, {"Die Gewerkschaft forderte höhere Löhne für alle Beschäftigten.", "Die Gewerkschaft", "forderte",
             QuoteType::Reported});
}

TEST_CASE("mixed quotes", "[quotes]") {
  const Analysis a = run("In China habe es eine «enorme Bewegung» hin zu Cloud-Diensten gegeben, sagte Yu.", "de");
  expect(a, {"In China habe es eine «enorme Bewegung» hin zu Cloud-Diensten gegeben", "Yu", "sagte", QuoteType::Mixed});
  expect(a, {"«enorme Bewegung»", "Yu", "", QuoteType::Direct});
  // English (PolNeAR): the quoted fragment is only part of the mixed quote.
  const Analysis e = run("The senator spoke. Ryan said that Trump was “not ready” to lead the party.", "en");
  expect(e, {"that Trump was “not ready” to lead the party", "Ryan", "said", QuoteType::Mixed});
  CHECK(find(e, "“not ready”") == nullptr);
}

TEST_CASE("English adverbials before the frame are not its content", "[quotes]") {
  expect(run("In his tribute on Sunday, Elliott said he met Ali for the first time in 1996.", "en"),
         {"he met Ali for the first time in 1996", "Elliott", "said", QuoteType::Indirect});
  expect(run("Meanwhile, speaking to reporters Monday, Trump said the election was rigged.", "en"),
         {"the election was rigged", "Trump", "said", QuoteType::Indirect});
  // "states" is a noun far more often than a speech verb.
  CHECK(run("The two states hold primaries on March 1 and April 5.", "en").quotes.empty());
  // A plural noun as the subject of "VERB that".
  expect(run("While critics argue that the swap encourages kidnappers, the president disagrees.", "en"),
         {"that the swap encourages kidnappers", "critics", "argue", QuoteType::Indirect});
  // Plain "X said CONTENT" with a number, a noun in -s, "It" or "About …" around the verb.
  expect(run("The market fell. Officials said 2016 has seen the worst start on record.", "en"),
         {"2016 has seen the worst start on record", "Officials", "said", QuoteType::Indirect});
  expect(run("The review ended. A Democratic aide said comments from the hearing were consistent.", "en"),
         {"comments from the hearing were consistent", "A Democratic aide", "said", QuoteType::Indirect});
  expect(run("The move drew praise. It said it decided to intensify its push on its own.", "en"),
         {"it decided to intensify its push on its own", "It", "said", QuoteType::Indirect});
  const Analysis poll =
      run("The vote is close. About three in 10 said they prefer a liberal agenda, but six in 10 said they want the "
          "policies to continue.",
          "en");
  expect(poll, {"they prefer a liberal agenda", "About three in 10", "said", QuoteType::Indirect});
  expect(poll, {"they want the policies to continue", "six in 10", "said", QuoteType::Indirect});
  // A second verb of the sentence's subject, and a subordinate clause before the frame.
  expect(
      run("The event ended. Fields later tweeted a photograph of her arm and said she had been yanked backward.", "en"),
      {"she had been yanked backward", "Fields", "said", QuoteType::Indirect});
  expect(run("Polls vary. While Hurun lists his wealth at 6.5 billion, Forbes says it is 4.5 billion.", "en"),
         {"it is 4.5 billion", "Forbes", "says", QuoteType::Indirect});
  // Lower-case groups, a parenthesis after the name, an object before "that", a frame inside the content.
  expect(run("The review ended. The agency met the director of the film and cited a list of concerns, officials said.",
             "en"),
         {"The agency met the director of the film and cited a list of concerns", "officials", "said",
          QuoteType::Indirect});
  expect(
      run("Kasich spoke. Kasich (who has 25 delegates to date) said it is possible to win the nomination.", "en"),
      {"it is possible to win the nomination", "Kasich (who has 25 delegates to date)", "said", QuoteType::Indirect});
  expect(run("Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.", "en"),
         {"that he is not giving up", "Carson", "told", QuoteType::Indirect});
  const Analysis goes_on = run("He ran in 1999. This campaign, he says, is different.", "en");
  REQUIRE(goes_on.quotes.size() == 1);
  CHECK(goes_on.quotes[0].spans.size() == 2);
  CHECK(speaker_text(goes_on, goes_on.quotes[0]) == "he");
  expect(run("The plan failed. It was announced by the ministry that the plan was dead.", "en"),
         {"that the plan was dead", "the ministry", "announced", QuoteType::Indirect});
  expect(
      run("Not all campaigns require staffers to sign such papers, according to John Weaver, a Republican strategist.",
          "en"),
      {"Not all campaigns require staffers to sign such papers", "John Weaver, a Republican strategist", "according to",
       QuoteType::Indirect});
  expect(run("According to John Weaver, a Republican strategist, the campaign requires such papers.", "en"),
         {"the campaign requires such papers", "John Weaver, a Republican strategist", "According to",
          QuoteType::Indirect});
  // A clause before the comma still is: "The plan is dead, Smith said."
  expect(run("In the end the plan was dead, Smith said.", "en"),
         {"In the end the plan was dead", "Smith", "said", QuoteType::Indirect});
}

TEST_CASE("English direct quotes after a second verb take the sentence's subject", "[quotes]") {
  // A participle after a comma, and a verb joined by "and" (issue #17's
  // "X also called the deaths "…" and wrote "…"").
  expect(run("Trump congratulated Pelosi, saying, \"She worked hard for it.\"", "en"),
         {"\"She worked hard for it.\"", "Trump", "saying", QuoteType::Direct});
  expect(run("Duda also characterised the deaths as \"a tragedy\" and wrote \"we will not forget\".", "en"),
         {"\"we will not forget\"", "Duda", "wrote", QuoteType::Direct});
  expect(run("The spokeswoman declined to comment, saying \"we do not discuss this.\"", "en"),
         {"\"we do not discuss this.\"", "The spokeswoman", "saying", QuoteType::Direct});
  // A source phrase that opens the sentence, without a verb.
  expect(run("According to eyewitness Vinnie DeVita, \"it was chaos.\"", "en"),
         {"\"it was chaos.\"", "eyewitness Vinnie DeVita", "According to", QuoteType::Direct});
}

TEST_CASE("English speech acts outside the say verbs frame a direct quote (issue #17)", "[quotes]") {
  expect(run("Senator Ann Lee characterised the vote as \"a travesty of justice\".", "en"),
         {"\"a travesty of justice\"", "Senator Ann Lee", "characterised", QuoteType::Direct});
  expect(run("The mayor thanked \"the volunteers who worked through the night\".", "en"),
         {"\"the volunteers who worked through the night\"", "The mayor", "thanked", QuoteType::Direct});
  expect(run("Governor Tom Hale spoke out against the plan, calling it \"a disaster for the state\".", "en"),
         {"\"a disaster for the state\"", "Governor Tom Hale", "calling", QuoteType::Direct});
  expect(run("The ministry justified the move: \"Security comes first.\"", "en"),
         {"\"Security comes first.\"", "The ministry", "justified", QuoteType::Direct});
  // A participle that opens the sentence: the subject after the quote.
  expect(run("Saying \"we are done here\", Ann Lee left the room.", "en"),
         {"\"we are done here\"", "Ann Lee", "Saying", QuoteType::Direct});
  expect(run("Ann Lee stayed. She later elaborated: \"There is nothing more to discuss.\"", "en"),
         {"\"There is nothing more to discuss.\"", "She", "later elaborated:", QuoteType::Direct});
  // A passive: the agent after "by" speaks, without the preposition that takes the quote.
  expect(run("He was told by Minister Yevgeny Zinichev of \"up to 40 people under the rubble\".", "en"),
         {"\"up to 40 people under the rubble\"", "Minister Yevgeny Zinichev", "told", QuoteType::Direct});
}

TEST_CASE("English: the subject before a colon keeps its lower-case role words", "[quotes]") {
  // No speech verb before the colon: the sentence's subject, with "deputy
  // director" inside it, speaks; the object before the colon is no quote.
  const Analysis a =
      run("Former CIA deputy director Michael Morell praised Mendez on Twitter: \"Tony was one of the best officers.\"",
          "en");
  REQUIRE(a.quotes.size() == 1);
  expect(a, {"\"Tony was one of the best officers.\"", "Former CIA deputy director Michael Morell", "praised",
             QuoteType::Direct});
}

TEST_CASE("English: 'while' opens a second speaker's clause", "[quotes]") {
  // The reported clause of X ends before "while Y wrote …", which is a
  // quote of Y's; a quote before "while" is not framed by Y's verb.
  const Analysis a =
      run("Police said the victims were all adults while the mayor wrote he had ordered an inquiry.", "en");
  expect(a, {"the victims were all adults", "Police", "said", QuoteType::Indirect});
  expect(a, {"he had ordered an inquiry", "the mayor", "wrote", QuoteType::Indirect});
  const Analysis b = run(
      "Duda called it an \"appalling tragedy\" while Minister Joachim Brudzinski wrote he had ordered checks.", "en");
  const Quote* q = find(b, "\"appalling tragedy\"");
  REQUIRE(q != nullptr);
  CHECK(speaker_text(b, *q) == "Duda");
  const Analysis c = run(
      "A meeting was held. Minister Ann Lee warned of \"heavy losses\", while Governor Tom Hale indicated 68 people "
      "were missing.",
      "en");
  const Quote* d = find(c, "\"heavy losses\"");
  REQUIRE(d != nullptr);
  CHECK(speaker_text(c, *d) == "Minister Ann Lee");
  CHECK(find(c, "68 people were missing") != nullptr);
}

TEST_CASE("A pronoun takes the salient subject, not the latest name (issue #17)", "[quotes][coreference]") {
  // "Smith then met his old rival, Jones. "…," he said." -> Smith.
  const Analysis a = run("John Smith then met his old rival, Tom Jones. \"We agreed on nothing,\" he said.", "en");
  const Quote* q = find(a, "\"We agreed on nothing,\"");
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q) == "he");
  CHECK(entity_name(a, *q) == "John Smith");
  // The subject of a clause after "while" is a subject too, and the later one wins.
  const Analysis b =
      run("President Andrzej Duda said the victims were young while Minister Joachim Brudzinski wrote he had ordered "
          "checks. He tweeted, \"I want to express my sympathy.\"",
          "en");
  const Quote* r = find(b, "\"I want to express my sympathy.\"");
  REQUIRE(r != nullptr);
  CHECK(entity_name(b, *r) == "Joachim Brudzinski");
  // German: "er" after a sentence whose subject is a name and whose object is another.
  const Analysis c =
      run("Peter Müller traf am Montag seinen Rivalen Hans Schmidt. „Wir sind uns einig“, sagte er.", "de");
  const Quote* t = find(c, "„Wir sind uns einig“");
  REQUIRE(t != nullptr);
  CHECK(entity_name(c, *t) == "Peter Müller");
}

TEST_CASE("A role noun joins the person introduced with it; a group stays a group (issue #17)",
          "[quotes][coreference]") {
  // "The archbishop" joins "Archbishop Pedro Ruiz" (a title before a name).
  const Analysis a =
      run("Archbishop Pedro Ruiz visited the town on Monday. \"We will rebuild,\" the archbishop said.", "en");
  const Quote* q = find(a, "\"We will rebuild,\"");
  REQUIRE(q != nullptr);
  CHECK(entity_name(a, *q) == "Pedro Ruiz");
  // "they" is not pinned on the one person named before it.
  const Analysis b = run("Police chief Tom Hale met the protesters. \"We want answers,\" they said.", "en");
  const Quote* r = find(b, "\"We want answers,\"");
  REQUIRE(r != nullptr);
  CHECK(speaker_text(b, *r) == "they");
  CHECK(entity_name(b, *r) == "<none>");
  const Analysis c =
      run("Die Demonstranten trafen Bürgermeister Peter Müller. „Wir wollen Antworten“, sagten sie.", "de");
  const Quote* t = find(c, "„Wir wollen Antworten“");
  REQUIRE(t != nullptr);
  CHECK(entity_name(c, *t) == "<none>");
  // German "sie" is "she" with a singular verb: then it takes a person.
  const Analysis d = run("Angela Merkel traf am Montag Peter Müller. „Wir sind uns einig“, sagte sie.", "de");
  const Quote* u = find(d, "„Wir sind uns einig“");
  REQUIRE(u != nullptr);
  CHECK(entity_name(d, *u) == "Angela Merkel");
}

TEST_CASE("English: a role before an apposition name is the name's role, not the speaker entity", "[quotes]") {
  const Analysis a =
      run("President Donald Trump spoke on Monday. The Vice President, Mike Pence, said \"we are in the midst of a "
          "crisis.\"",
          "en");
  const Quote* q = find(a, "\"we are in the midst of a crisis.\"");
  REQUIRE(q != nullptr);
  CHECK(entity_name(a, *q) == "Mike Pence");
  // Nor is a sentence-initial "Another" (a determiner).
  const Analysis d = run("Another eyewitness, Nicole Towarek, called the scene \"insane\".", "en");
  const Quote* t = find(d, "\"insane\"");
  REQUIRE(t != nullptr);
  CHECK(entity_name(d, *t) == "Nicole Towarek");
  // A possessor before the apposition is not the speaker either.
  const Analysis c =
      run("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said \"we are looking into it.\"", "en");
  const Quote* s = find(c, "\"we are looking into it.\"");
  REQUIRE(s != nullptr);
  CHECK(entity_name(c, *s) == "Steffen Seibert");
  const Analysis b = run("The Senate Minority Leader, Chuck Schumer, said \"We made a plea.\"", "en");
  const Quote* r = find(b, "\"We made a plea.\"");
  REQUIRE(r != nullptr);
  CHECK(entity_name(b, *r) == "Chuck Schumer");
}

TEST_CASE("English frames", "[quotes]") {
  expect(run("The minister said that the reform was necessary.", "en"),
         {"that the reform was necessary", "The minister", "said", QuoteType::Indirect});
  expect(run("Cook said Carter stopped the practice last year.", "en"),
         {"Carter stopped the practice last year", "Cook", "said", QuoteType::Indirect});
  expect(run("According to the report, the economy grew by two percent.", "en"),
         {"the economy grew by two percent", "the report", "According to", QuoteType::Indirect});
  expect(run("The economy grew by two percent, the ministry said.", "en"),
         {"The economy grew by two percent", "the ministry", "said", QuoteType::Indirect});
  expect(run("Smith told reporters the plan was dead.", "en"),
         {"the plan was dead", "Smith", "told", QuoteType::Indirect});
  expect(run("London was the financial capital of the world, according to one global index.", "en"),
         {"London was the financial capital of the world", "one global index", "according to", QuoteType::Indirect});
  expect(run("Adelson said on Friday he met the candidate earlier this week.", "en"),
         {"he met the candidate earlier this week", "Adelson", "said on Friday", QuoteType::Indirect});
  expect(run("Forty percent said they would vote for the senator.", "en"),
         {"they would vote for the senator", "Forty percent", "said", QuoteType::Indirect});
  expect(run("I think the senator is right about the economy.", "en"),
         {"the senator is right about the economy", "I", "think", QuoteType::Indirect});
  expect(run("Christie endorsed Trump in February.", "en"),
         {"Trump in February", "Christie", "endorsed", QuoteType::Indirect});
  // Two statements in one sentence.
  const Analysis two = run("Cook said Carter stopped the practice, but Cook did not say when it ended.", "en");
  expect(two, {"Carter stopped the practice", "Cook", "said", QuoteType::Indirect});
}

TEST_CASE("subject phrases: verb chains, 'of', role appositions", "[quotes]") {
  // The verb chain before the speech verb is not part of the subject.
  expect(run("Cook declined to say whether the practice had ended.", "en"),
         {"whether the practice had ended", "Cook", "", QuoteType::Indirect});
  // English "of" is a preposition inside the subject, not Dutch "or".
  expect(run("Former Secretary of State Madeleine Albright said the campaign was over.", "en"),
         {"the campaign was over", "Former Secretary of State Madeleine Albright", "said", QuoteType::Indirect});
  // "the" opens an apposition when a role follows.
  expect(run("The vote was lost, said Michael Steele, the former head of the committee.", "en"),
         {"The vote was lost", "Michael Steele, the former head of the committee", "said", QuoteType::Indirect});
}

TEST_CASE("German sources: heißt es, relative clauses, names in statements", "[quotes]") {
  expect(run("In dem Antrag heißt es: „Die Regierung muss die Einstufung sofort aufheben.“", "de"),
         {"„Die Regierung muss die Einstufung sofort aufheben.“", "dem Antrag", "heißt es", QuoteType::Direct});
  expect(run("„Die Regierung muss die Einstufung sofort aufheben“, heißt es in einer Erklärung des Vereins.", "de"),
         {"„Die Regierung muss die Einstufung sofort aufheben“", "einer Erklärung des Vereins", "heißt es",
          QuoteType::Direct});
  const Analysis rel_vorfeld =
      run("In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass die Rechte der Kinder "
          "verletzt würden.",
          "de");
  REQUIRE(!rel_vorfeld.quotes.empty());
  CHECK(speaker_text(rel_vorfeld, rel_vorfeld.quotes[0]) == "dieser Resolution");
  const Analysis after =
      run("Nun heißt es im Abschlussbericht, bei der Wahl seien Probleme festgestellt worden.", "de");
  REQUIRE(!after.quotes.empty());
  CHECK(speaker_text(after, after.quotes[0]) == "im Abschlussbericht");
  // A source phrase in a relative clause sources that clause only.
  const Analysis rel = run(
      "In der Tasche des Mannes, die nach dessen Angaben die Bombe enthalten sollte, wurde kein Sprengstoff gefunden.",
      "de");
  const Quote* q = find(rel, "die nach dessen Angaben die Bombe enthalten sollte");
  REQUIRE(q != nullptr);
  CHECK(q->spans.size() == 2);
  CHECK(speaker_text(rel, *q) == "dessen Angaben");
  // A capitalised short quote inside a statement is a name, not a fragment.
  const Analysis name = run("Der Minister sagte, die Zeitung „Berliner Morgenpost“ habe falsch berichtet.", "de");
  for (const Quote& x : name.quotes) CHECK(x.type != QuoteType::Direct);
}

TEST_CASE("pronouns, role nouns, surnames and follow-up quotes resolve to one entity", "[quotes]") {
  const Analysis a =
      run("Senator Jane Porter visited the plant on Monday.\n\n"
          "\"This is a good day,\" she said. \"We will keep the jobs here.\"\n\n"
          "\"The deal is done,\" Porter added.",
          "en");
  check_spans_inside(a);
  // The follow-up without a frame is the second piece of the first quote.
  const Quote* q1 = find(a, "\"This is a good day,\" she said. \"We will keep the jobs here.\"");
  const Quote* q3 = find(a, "\"The deal is done,\"");
  REQUIRE(q1 != nullptr);
  REQUIRE(q3 != nullptr);
  CHECK(q1->spans.size() == 2);
  CHECK(speaker_text(a, *q1) == "she");
  CHECK(speaker_text(a, *q3) == "Porter");
  CHECK(entity_name(a, *q1) == "Jane Porter");
  CHECK(entity_name(a, *q3) == "Jane Porter");
  REQUIRE(q1->speaker->entity);
  const quelle::Entity& e = a.entities[*q1->speaker->entity];
  bool has_pronoun = false;
  for (const auto& m : e.mentions) has_pronoun = has_pronoun || m.kind == quelle::MentionKind::Pronoun;
  CHECK(has_pronoun);
}

TEST_CASE("the German agency sample: everything is Ethan Yu's, the demand is Merkel's", "[quotes][sample]") {
  std::ifstream in(QUELLE_SHARED_DIR "/samples/de-dpa-alibaba-cebit.txt");
  if (!in) {
    WARN("sample missing: " QUELLE_SHARED_DIR "/samples/de-dpa-alibaba-cebit.txt");
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const Analysis a = run(ss.str());
  check_spans_inside(a);
  int guillemets = 0;
  int subjunctive = 0;
  for (const Quote& q : a.quotes) {
    const std::string t = quote_text(a, q);
    INFO(t << " by " << speaker_text(a, q));
    if (t.rfind("Bundeskanzlerin", 0) == 0) {
      CHECK(q.type == QuoteType::Reported);
      CHECK(entity_name(a, q) == "Angela Merkel");
      continue;
    }
    if (t.rfind("«", 0) == 0) ++guillemets;
    if (q.type == QuoteType::FreeIndirect || q.type == QuoteType::Indirect || q.type == QuoteType::Mixed) ++subjunctive;
    CHECK(entity_name(a, q) == "Ethan Yu");
  }
  CHECK(guillemets == 6);
  CHECK(subjunctive >= 4);
  const Quote* merkel = find(a,
                             "Bundeskanzlerin Angela Merkel (CDU) forderte dabei von der chinesischen Regierung faire "
                             "Wettbewerbsbedingungen ein.");
  REQUIRE(merkel != nullptr);
  // The entity carries the pronoun, role and surname mentions.
  const Quote* first = find(a, "«Wir werden uns jeden Markt anschauen, in dem es eine Kunden-Nachfrage gibt»");
  REQUIRE(first != nullptr);
  CHECK(speaker_text(a, *first) == "er");
  REQUIRE(first->speaker->entity);
  const quelle::Entity& yu = a.entities[*first->speaker->entity];
  std::string kinds;
  for (const auto& m : yu.mentions) kinds += std::string(quelle::to_string(m.kind)) + ":" + slice(a, m.span) + " ";
  INFO(kinds);
  CHECK(kinds.find("name:Ethan Yu") != std::string::npos);
  CHECK(kinds.find("pronoun:er") != std::string::npos);
  CHECK(kinds.find("nominal:der Alibaba-Manager") != std::string::npos);
  CHECK(kinds.find("name:Yu ") != std::string::npos);
}

TEST_CASE("speakers before a colon, after an auxiliary, and what is passed on", "[quotes]") {
  // No speech verb before the colon: the phrase is the speaker.
  const Analysis colon = run("BKA-Präsident Ziercke: „Wir setzen ein deutliches Signal.“", "de");
  REQUIRE(colon.quotes.size() == 1);
  CHECK(speaker_text(colon, colon.quotes[0]) == "BKA-Präsident Ziercke");
  // Another verb: the Vorfeld subject.
  const Analysis vorfeld =
      run("Der Leiter der Studie, Paulo Pinheiro, sieht die Verantwortung beim Staat: „Es gilt, ein Signal zu setzen.“",
          "de");
  REQUIRE(vorfeld.quotes.size() == 1);
  CHECK(speaker_text(vorfeld, vorfeld.quotes[0]) == "Der Leiter der Studie, Paulo Pinheiro");
  // A possessive opens the subject; the subject after the auxiliary.
  expect(run("Ihr Vorsitzender Eberhard Brandt erklärte: „Die Rechtssicherheit ist nicht gewährleistet.“", "de"),
         {"„Die Rechtssicherheit ist nicht gewährleistet.“", "Ihr Vorsitzender Eberhard Brandt", "erklärte",
          QuoteType::Direct});
  expect(run("So hatte der ehemalige Innenminister Otto Schily noch im Mai zugesichert: „Die Daten bleiben im Pass.“",
             "de"),
         {"„Die Daten bleiben im Pass.“", "der ehemalige Innenminister Otto Schily", "zugesichert", QuoteType::Direct});
}

TEST_CASE("English speaker boundaries", "[quotes]") {
  const Analysis a = run("Hillary Clinton, in her campaigning, said that the plan was dead.", "en");
  REQUIRE(!a.quotes.empty());
  CHECK(speaker_text(a, a.quotes[0]) == "Hillary Clinton");
  const Analysis p =
      run("The spokeswoman declined to comment further, saying that nobody involved remains at the firm.", "en");
  REQUIRE(!p.quotes.empty());
  CHECK(speaker_text(p, p.quotes[0]) == "The spokeswoman");
}

TEST_CASE("English quotes in pieces around their frame", "[quotes]") {
  // PolNeAR convention: one quote, two pieces, whatever the frame between.
  const Analysis a =
      run("The senator spoke on Monday. “I feel bad to say it,” she said. “I don’t see him as the president.”", "en");
  REQUIRE(a.quotes.size() == 1);
  REQUIRE(a.quotes[0].spans.size() == 2);
  CHECK(slice(a, a.quotes[0].spans[0]) == "“I feel bad to say it,”");
  CHECK(slice(a, a.quotes[0].spans[1]) == "“I don’t see him as the president.”");
  CHECK(speaker_text(a, a.quotes[0]) == "she");
  const Analysis b = run("“The plan is dead,” said Ann Lee, a lawyer, “and nobody will revive it.”", "en");
  REQUIRE(b.quotes.size() == 1);
  CHECK(b.quotes[0].spans.size() == 2);
  CHECK(speaker_text(b, b.quotes[0]) == "Ann Lee, a lawyer,");
  // A second frame of its own: two quotes.
  const Analysis c = run("“We won,” he said. “They cheated,” his rival replied.", "en");
  CHECK(c.quotes.size() == 2);
}

TEST_CASE("English speakers keep their whole apposition", "[quotes]") {
  expect(run("“We lost,” said Mark Thurber, associate director for research at the Program on Energy.", "en"),
         {"“We lost,”", "Mark Thurber, associate director for research at the Program on Energy", "said",
          QuoteType::Direct});
  expect(run("“We lost,” said David Axelrod, who was the chief strategist on the campaign.", "en"),
         {"“We lost,”", "David Axelrod, who was the chief strategist on the campaign", "said", QuoteType::Direct});
  // Before the verb: several appositions, and names joined by "and".
  expect(
      run("The debate was long. Dean Johnson, a salesman from Sumter, South Carolina, said the debate was confusing.",
          "en"),
      {"the debate was confusing", "Dean Johnson, a salesman from Sumter, South Carolina,", "said",
       QuoteType::Indirect});
  expect(run("Jeb Bush and Gov. Rick Scott said the debate was confusing.", "en"),
         {"the debate was confusing", "Jeb Bush and Gov. Rick Scott", "said", QuoteType::Indirect});
  // An aside between commas is skipped and trimmed off.
  expect(run("The state voted. Clinton, during a town hall in Columbus, Ohio, said she would put coal companies out of "
             "business.",
             "en"),
         {"she would put coal companies out of business", "Clinton", "said", QuoteType::Indirect});
  // Not a clause that goes on after the apposition.
  expect(run("“We lost,” said Ann Lee, a lawyer, adding that the party would recover.", "en"),
         {"“We lost,”", "Ann Lee, a lawyer,", "said", QuoteType::Direct});
}

TEST_CASE("French, Italian, Spanish, Dutch, Portuguese frames", "[quotes]") {
  expect(run("« Nous sommes prêts », explique-t-il. Selon le ministère, la route sera fermée demain.", "fr"),
         {"la route sera fermée demain", "le ministère", "Selon", QuoteType::Indirect});
  expect(run("«Siamo pronti», ha detto Rossi.", "it"), {"«Siamo pronti»", "Rossi", "detto", QuoteType::Direct});
  expect(run("«Estamos listos», dijo García.", "es"), {"«Estamos listos»", "García", "dijo", QuoteType::Direct});
  expect(run("„We zijn klaar”, zei De Vries.", "nl"), {"„We zijn klaar”", "De Vries", "zei", QuoteType::Direct});
  expect(run("«Estamos prontos», disse Silva.", "pt"), {"«Estamos prontos»", "Silva", "disse", QuoteType::Direct});
  // Indirect speech with the compound past: the auxiliary is not part of the speaker.
  expect(run("Le ministre a déclaré que la réforme était nécessaire.", "fr"),
         {"que la réforme était nécessaire", "Le ministre", "déclaré", QuoteType::Indirect});
  expect(run("La riforma è necessaria, ha detto il ministro.", "it"),
         {"La riforma è necessaria", "il ministro", "detto", QuoteType::Indirect});
  expect(run("La reforma es necesaria, ha dicho el ministro.", "es"),
         {"La reforma es necesaria", "el ministro", "dicho", QuoteType::Indirect});
  expect(run("O ministro disse que a reforma era necessária.", "pt"),
         {"que a reforma era necessária", "O ministro", "disse", QuoteType::Indirect});
  expect(run("De minister heeft gezegd dat de hervorming nodig was.", "nl"),
         {"dat de hervorming nodig was", "De minister", "gezegd", QuoteType::Indirect});
}

TEST_CASE("many marks finish quickly", "[quotes][perf]") {
  std::string many;
  for (int i = 0; i < 100000; ++i) many += i % 2 == 0 ? "\" a " : "« b ";
  const Analysis a = run(many, "de");
  check_spans_inside(a);
  std::string unclosed;
  for (int i = 0; i < 50000; ++i) unclosed += "« ";
  check_spans_inside(run(unclosed, "fr"));
}

TEST_CASE("German Vorfeld adverbials are not the subject", "[quotes]") {
  // A sentence-initial adverb or adjective: the subject follows the verb.
  expect(run("Offiziell geht die Stadtverwaltung davon aus, dass die Brücke im Mai fertig wird.", "de"),
         {"dass die Brücke im Mai fertig wird", "die Stadtverwaltung", "geht", QuoteType::Indirect});
  expect(run("Des Weiteren verwies Kramer darauf, dass der Haushalt ausgeglichen sei.", "de"),
         {"dass der Haushalt ausgeglichen sei", "Kramer", "verwies", QuoteType::Indirect});
  // "zu" before an article is a preposition, not a name particle.
  expect(
      run("Passend zum Wetter warnte die Sprecherin des Wetterdienstes: „Auf den Straßen kann es glatt sein.“", "de"),
      {"„Auf den Straßen kann es glatt sein.“", "die Sprecherin des Wetterdienstes", "warnte", QuoteType::Direct});
  // A preposition inside a name before the verb stays in the subject.
  expect(run("Die Hilfsorganisation Reporter ohne Grenzen teilte mit, dass zwei Journalisten verhaftet worden seien.",
             "de"),
         {"dass zwei Journalisten verhaftet worden seien", "Die Hilfsorganisation Reporter ohne Grenzen", "teilte",
          QuoteType::Indirect});
  // A name before the verb stays the subject.
  expect(run("Brenner sagte der Zeitung, dass der Vertrag verlängert werde.", "de"),
         {"dass der Vertrag verlängert werde", "Brenner", "sagte", QuoteType::Indirect});
}

TEST_CASE("a German continuation after a plain sentence takes that sentence's subject", "[quotes]") {
  const Analysis a =
      run("Der Minister sagte, die Lage sei ernst. Die Gefahr ist groß.\n\n"
          "Der Sprecher der Feuerwehr sieht gegenwärtig keine besondere Gefahr. Lediglich Anwohner am Fluss seien "
          "gefährdet.",
          "de");
  expect(a,
         {"Lediglich Anwohner am Fluss seien gefährdet.", "Der Sprecher der Feuerwehr", "", QuoteType::FreeIndirect});
  // A subject that names no speaker ("Der Fluss") leaves the last speaker.
  const Analysis b =
      run("Der Minister sagte, die Lage sei ernst. Der Fluss steigt weiter. Die Anwohner seien gewarnt worden.", "de");
  expect(b, {"Die Anwohner seien gewarnt worden.", "Der Minister", "", QuoteType::FreeIndirect});
}

TEST_CASE("German colon frames with another verb: the subject after it", "[quotes]") {
  // The Vorfeld holds an object; the subject follows the verb.
  const Analysis a = run(
      "Den Ärger der Partei brachte die Sprecherin der Fraktion zum Ausdruck: „Es gibt keinen Grund zur Eile.“", "de");
  REQUIRE(a.quotes.size() == 1);
  CHECK(speaker_text(a, a.quotes[0]) == "die Sprecherin der Fraktion");
  const Analysis b = run("Hier sparte der Bürgermeister nicht mit Kritik: „Das war ein schwerer Fehler.“", "de");
  REQUIRE(b.quotes.size() == 1);
  CHECK(speaker_text(b, b.quotes[0]) == "der Bürgermeister");
  const Analysis c = run("Am Ende lobte sie die Arbeit des Vereins: „Das ist vorbildlich.“", "de");
  REQUIRE(c.quotes.size() == 1);
  CHECK(speaker_text(c, c.quotes[0]) == "sie");
}

TEST_CASE("German direct quotes without a frame take their sentence's source phrase", "[quotes]") {
  const Analysis a =
      run("Nach den Worten der Sprecherin des Verbands, Anna Berger, fehle es „an einem klaren Konzept“.", "de");
  expect(a, {"„an einem klaren Konzept“", "den Worten der Sprecherin des Verbands, Anna Berger", "Nach",
             QuoteType::Direct});
  const Analysis b =
      run("Die Anlage war wegen „Problemen mit der Elektrizität“ ausgefallen, so ein Sprecher des Betreibers.", "de");
  expect(b, {"„Problemen mit der Elektrizität“", "ein Sprecher des Betreibers", "", QuoteType::Direct});
}

TEST_CASE("German subjects across adverbs and dates", "[quotes]") {
  // Adverbs between the subject and the verb.
  expect(run("Die Gewerkschaft hingegen sagt, der Streik sei rechtmäßig gewesen.", "de"),
         {"der Streik sei rechtmäßig gewesen", "Die Gewerkschaft", "sagt", QuoteType::Indirect});
  // An ordinal's period between the auxiliary and the verb.
  expect(run("Die Stadtverwaltung hat am 25. November 2005 angekündigt, eine neue Brücke zu bauen.", "de"),
         {"eine neue Brücke zu bauen", "Die Stadtverwaltung", "angekündigt", QuoteType::Indirect});
}

TEST_CASE("German 'wie X mitteilte' frames with appositions and direct quotes", "[quotes]") {
  expect(run("Wie Karl Brenner, Sprecher der Stadtwerke, in Bonn mitteilte, wird das Netz im Mai erneuert.", "de"),
         {"wird das Netz im Mai erneuert", "Karl Brenner, Sprecher der Stadtwerke", "mitteilte", QuoteType::Indirect});
  const Analysis a = run(
      "Wie der Finanzminister Hartmut Berg am Dienstag in Hannover erklärte, sieht das Land darin „kein Hindernis“.",
      "de");
  const Quote* q = find(a, "„kein Hindernis“");
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q) == "der Finanzminister Hartmut Berg");
}

TEST_CASE("German opinion frames: ist der Ansicht, vertritt die These, hegt den Verdacht", "[quotes]") {
  expect(run("Der Verband ist der Ansicht, dass das Gesetz die Produktivität senke.", "de"),
         {"dass das Gesetz die Produktivität senke", "Der Verband", "ist", QuoteType::Indirect});
  expect(
      run("Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister habe Reisekosten falsch abgerechnet.", "de"),
      {"der Bürgermeister habe Reisekosten falsch abgerechnet", "Die Staatsanwaltschaft", "hegt", QuoteType::Indirect});
}

TEST_CASE("German 'heißt es' sources: after a fused preposition, before a relative clause", "[quotes]") {
  expect(run("„Alle Anzeichen deuten auf einen Unfall hin“, hieß es vom Sprecher der Feuerwehr.", "de"),
         {"„Alle Anzeichen deuten auf einen Unfall hin“", "vom Sprecher der Feuerwehr", "hieß es", QuoteType::Direct});
  expect(run("Im letzten Satz der Anordnung, die am Montag zugestellt wurde, heißt es: „Die Frist ist verbindlich.“",
             "de"),
         {"„Die Frist ist verbindlich.“", "letzten Satz der Anordnung", "heißt es", QuoteType::Direct});
}

TEST_CASE("German 'zitieren': the person quoted, or the passive agent", "[quotes]") {
  expect(run("Ein Fernsehsender zitierte Berger mit den Worten: „Ich klebe nicht an meinem Stuhl.“", "de"),
         {"„Ich klebe nicht an meinem Stuhl.“", "Berger", "zitierte", QuoteType::Direct});
  expect(run("In der Meldung wird Berger wie folgt zitiert: „Der nächste Start folgt bald.“", "de"),
         {"„Der nächste Start folgt bald.“", "Berger", "zitiert", QuoteType::Direct});
  expect(run("Der Sprecher wird von der Zeitung mit den Worten zitiert: „Das wird nachhängen.“", "de"),
         {"„Das wird nachhängen.“", "der Zeitung", "zitiert", QuoteType::Direct});
}

TEST_CASE("German role appositions after a name belong to the speaker", "[quotes]") {
  expect(run("Das Problem sei gelöst, sagte Ursula Brand, die Leiterin der Fachstelle, am Montag.", "de"),
         {"Das Problem sei gelöst", "Ursula Brand, die Leiterin der Fachstelle", "sagte", QuoteType::Indirect});
}

TEST_CASE("German parenthetical 'sagte X,' after the content is a trailing frame", "[quotes]") {
  const Analysis a = run("Das Problem sei gelöst, sagte Ursula Brand, die Leiterin der Fachstelle.", "de");
  REQUIRE(a.quotes.size() == 1);
  expect(a, {"Das Problem sei gelöst", "Ursula Brand, die Leiterin der Fachstelle", "sagte", QuoteType::Indirect});
  // A subordinate clause first: the verb leads its content.
  expect(run("Als er ankam, sagte er, die Lage sei ernst.", "de"),
         {"die Lage sei ernst", "er", "sagte", QuoteType::Indirect});
  // A subject with an apposition before the verb still leads.
  expect(run("Claudia Brenner, Geschäftsführerin des Verbands, sagte, die Arbeitgeber würden durchhalten.", "de"),
         {"die Arbeitgeber würden durchhalten", "Claudia Brenner, Geschäftsführerin des Verbands", "sagte",
          QuoteType::Indirect});
}

TEST_CASE("German speaker attachment with 'im' like 'in'", "[quotes]") {
  expect(run("Die Reform komme zu spät, sagte die Sprecherin der Fraktion im Landtag.", "de"),
         {"Die Reform komme zu spät", "die Sprecherin der Fraktion im Landtag", "sagte", QuoteType::Indirect});
}

TEST_CASE("German Vorfeld with an object article or a preposition: the subject follows the verb", "[quotes]") {
  expect(run("Den noch verbliebenen Gästen sicherte Direktor Albers zu, dass sie „jederzeit willkommen sind“.", "de"),
         {"„jederzeit willkommen sind“", "Direktor Albers", "sicherte", QuoteType::Direct});
  expect(run("Bereits während seiner Amtszeit warnte Kunze vor den „Sparphantasien“.", "de"),
         {"„Sparphantasien“", "Kunze", "warnte", QuoteType::Direct});
  expect(run("Angesichts solcher Alternativen nannte Jan Bode, Leiter des Vereins, den Plan „überflüssig“.", "de"),
         {"„überflüssig“", "Jan Bode, Leiter des Vereins", "nannte", QuoteType::Direct});
}

TEST_CASE("German parenthetical 'so X' inside the sentence names its speaker", "[quotes]") {
  const Analysis a =
      run("Die Firma Lentia sucht Geld. Laut Finanzchef Otto Brauer reicht der Kredit nicht. "
          "Man sei dankbar – so Brauer –, trotzdem suche das Unternehmen neue Investoren.",
          "de");
  const Quote* q = nullptr;
  for (const Quote& x : a.quotes) {
    if (quote_text(a, x).find("dankbar") != std::string::npos) q = &x;
  }
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q) == "Brauer");
}

TEST_CASE("German relative clause with the quote: the phrase before the relative pronoun speaks", "[quotes]") {
  expect(run("Auch Petra Lenz, die von einem „Desaster“ sprach, lehnte den Antrag ab.", "de"),
         {"„Desaster“", "Petra Lenz", "sprach", QuoteType::Direct});
}

TEST_CASE("German speech verbs 'ausführen' and present 'begründen'", "[quotes]") {
  expect(run("Wie der Vorsitzende Richter, Otto Brand, ausführte, hätte es „ein großes Unglück“ gegeben.", "de"),
         {"„ein großes Unglück“", "der Vorsitzende Richter, Otto Brand", "ausführte", QuoteType::Direct});
  expect(run("Die Grünen begründen ihre Vorbehalte damit, dass die Arbeit erschwert werde.", "de"),
         {"dass die Arbeit erschwert werde", "Die Grünen", "begründen", QuoteType::Indirect});
}

TEST_CASE("German inverted subject after a reflexive before the colon", "[quotes]") {
  expect(run("In der ARD zeigt sich der Bundestrainer zufrieden: „Wir haben eine Steigerung gezeigt.“", "de"),
         {"„Wir haben eine Steigerung gezeigt.“", "der Bundestrainer", "", QuoteType::Direct});
}

TEST_CASE("German parenthetical 'so X weiter' or 'so X in …' keeps only the phrase", "[quotes]") {
  const Analysis a =
      run("Die Firma Lentia sucht Geld. Laut Finanzchef Otto Brauer reicht der Kredit nicht. "
          "Man sei dankbar, so Brauer weiter, trotzdem suche das Unternehmen neue Investoren.",
          "de");
  const Quote* q = nullptr;
  for (const Quote& x : a.quotes) {
    if (quote_text(a, x).find("dankbar") != std::string::npos) q = &x;
  }
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q) == "Brauer");
}

TEST_CASE("German verb coordinated with 'und' takes the sentence's subject", "[quotes]") {
  expect(
      run("Der Vertreter Lirias nannte die Sanktionen eine Hilfe und rief die Armee auf, ihr eigenes Volk zu schützen.",
          "de"),
      {"ihr eigenes Volk zu schützen", "Der Vertreter Lirias", "rief", QuoteType::Indirect});
}

TEST_CASE("German opinion verbs with a quoted object and 'zeigte sich' after a quote", "[quotes]") {
  expect(run("In dem Verfahren sieht Bernd Oster einen „Angriff gegen die Belegschaft“.", "de"),
         {"„Angriff gegen die Belegschaft“", "Bernd Oster", "sieht", QuoteType::Direct});
  expect(
      run("Die Lage ist ruhig. „Wir haben jetzt vier Punkte“, zeigte sich Milan Rados, der Trainer Ghanas, zufrieden.",
          "de"),
      {"„Wir haben jetzt vier Punkte“", "Milan Rados, der Trainer Ghanas", "zeigte", QuoteType::Direct});
  // Not inside a relative clause before the quote's own verb (the speaker
  // is the main clause's subject, whose boundary is not tested here).
  const Analysis a = run("Jan Kloss, der wegen Fouls Rot sah, nannte seinen Platzverweis „überzogen“.", "de");
  const Quote* q = find(a, "„überzogen“");
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q).rfind("Jan Kloss", 0) == 0);
}

TEST_CASE("German present plural speech verbs", "[quotes]") {
  expect(run("Die Befürworter der Reform argumentieren, dass es nicht Sache der Gemeinden sei, die Kosten zu tragen.",
             "de"),
         {"dass es nicht Sache der Gemeinden sei, die Kosten zu tragen", "Die Befürworter der Reform", "argumentieren",
          QuoteType::Indirect});
}

TEST_CASE("German focus adverb before a name subject", "[quotes]") {
  expect(run("Kurz sagte, das sei schwierig. Auch Walter Hase, sein Stellvertreter, glaubt, dass ein neues Verfahren "
             "möglich sei.",
             "de"),
         {"dass ein neues Verfahren möglich sei", "Walter Hase, sein Stellvertreter", "glaubt", QuoteType::Indirect});
}

TEST_CASE("German focus adverb before a pronoun subject", "[quotes]") {
  expect(run("Die Anhänger demonstrierten am Montag. Auch sie forderten den Rücktritt der Regierung.", "de"),
         {"Auch sie forderten den Rücktritt der Regierung.", "sie", "forderten", QuoteType::Reported});
}

TEST_CASE("German quote ending a sentence keeps its colon frame over the next sentence's verb", "[quotes]") {
  expect(
      run("Der Geschäftsführer fragte: „Was spricht dagegen?“ Greenpeace fordert die Vernichtung der Vorräte.", "de"),
      {"„Was spricht dagegen?“", "Der Geschäftsführer", "fragte", QuoteType::Direct});
}

TEST_CASE("German bodies named like abstract nouns pass their speech on to the next sentence", "[quotes]") {
  expect(run("Die Armeeleitung sprach von einem normalen Absturz. Der Hubschrauber sei wegen eines Defekts abgestürzt.",
             "de"),
         {"Der Hubschrauber sei wegen eines Defekts abgestürzt.", "Die Armeeleitung", "", QuoteType::FreeIndirect});
}

TEST_CASE("German object after a verb that follows a comma is not an inverted subject", "[quotes]") {
  expect(run("Hubert Primus, der bei der Stiftung verantwortlich ist, wies den Vorwurf zurück. In Zeiten knapper "
             "Kassen sei "
             "die Studie richtig.",
             "de"),
         {"In Zeiten knapper Kassen sei die Studie richtig.", "Hubert Primus", "", QuoteType::FreeIndirect});
}

TEST_CASE("German long Vorfeld subject before a report verb, passed on to the next sentence", "[quotes]") {
  expect(run("Er sagte, es gebe keine Gefahr.\n\nVertreter aller im Bundestag vertretenen Parteien warnten vor den "
             "Gefahren. "
             "Diese Gefahr dürfe nicht verharmlost werden.",
             "de"),
         {"Diese Gefahr dürfe nicht verharmlost werden.", "Vertreter aller im Bundestag vertretenen Parteien", "",
          QuoteType::FreeIndirect});
  // An adverb before a preposition opens an adverbial, not the subject.
  const Analysis a = run("Zusammen mit dem Minister plädiert Frank für mehr Befugnisse der Notenbank.", "de");
  for (const Quote& q : a.quotes) CHECK(speaker_text(a, q).find("Zusammen") == std::string::npos);
}

TEST_CASE("German speaking bodies: a subject found by its role word goes on speaking", "[quotes]") {
  expect(
      run("Er sagte, es gebe keine Gefahr.\n\nDie Bezirksverwaltung erhebt nun Einspruch gegen den Plan. Der Plan sei "
          "rechtswidrig.",
          "de"),
      {"Der Plan sei rechtswidrig.", "Die Bezirksverwaltung", "", QuoteType::FreeIndirect});
}

TEST_CASE("German inverted subject with a bracketed abbreviation and a name in apposition", "[quotes]") {
  expect(run("In einem Interview erklärte der Direktor der Internationalen Atomenergie-Organisation (IAEO), Mohammed "
             "el-Baradei, Nordkorea besitze vier bis sechs Atomwaffen.",
             "de"),
         {"Nordkorea besitze vier bis sechs Atomwaffen",
          "der Direktor der Internationalen Atomenergie-Organisation (IAEO), Mohammed el-Baradei", "erklärte",
          QuoteType::Indirect});
}

TEST_CASE("German 'von' phrase before an active verb is no subject, before a passive one the agent", "[quotes]") {
  expect(
      run("Von den öffentlichen Einrichtungen erklärten nur die Gefängnisse, nicht an der Aktion teilnehmen zu wollen.",
          "de"),
      {"nicht an der Aktion teilnehmen zu wollen", "die Gefängnisse", "erklärten", QuoteType::Indirect});
  // A name that begins with "Von" is a subject.
  expect(run("Von der Leyen sagte, viele Frauen seien geeignet, als Erzieherinnen zu arbeiten.", "de"),
         {"viele Frauen seien geeignet, als Erzieherinnen zu arbeiten", "Von der Leyen", "sagte", QuoteType::Indirect});
  expect(run("Von der Opposition wurde die Art des Besuchs als unangemessen kritisiert.", "de"),
         {"Von der Opposition wurde die Art des Besuchs als unangemessen kritisiert.", "Von der Opposition", "",
          QuoteType::Reported});
}

TEST_CASE("German frames after a quote with a particle verb or a perfect", "[quotes]") {
  expect(
      run("„Ein Name wie dieser symbolisiert die Wichtigkeit der Anlagen“, führte er gegenüber dem Sender aus.", "de"),
      {"„Ein Name wie dieser symbolisiert die Wichtigkeit der Anlagen“", "er", "führte", QuoteType::Direct});
  expect(run("„Ich trete als Republikaner an“, hatte Romney damals gesagt.", "de"),
         {"„Ich trete als Republikaner an“", "Romney", "gesagt", QuoteType::Direct});
  expect(run("Sie wisse, dass ihre Arbeit nicht frei von Schwächen sei, hatte Koch-Mehrin damals gesagt und auf ihren "
             "Doktorvater verwiesen.",
             "de"),
         {"Sie wisse, dass ihre Arbeit nicht frei von Schwächen sei", "Koch-Mehrin", "gesagt", QuoteType::Indirect});
}

TEST_CASE("German frames: demonstrative subjects, 'vermelden', 'verlauten', appositions before a participle",
          "[quotes]") {
  expect(run("Mussawi verlangte die Annullierung. Dieser bestätigte, dass auch der Kandidat protestiert habe.", "de"),
         {"dass auch der Kandidat protestiert habe", "Dieser", "bestätigte", QuoteType::Indirect});
  expect(run("Bereits im Juli 2008 vermeldete Wikinews, dass die Firma im Gespräch sei.", "de"),
         {"dass die Firma im Gespräch sei", "Wikinews", "vermeldete", QuoteType::Indirect});
  expect(run("Aus EU-Kreisen verlautete, die Kommission werde den Plan prüfen.", "de"),
         {"die Kommission werde den Plan prüfen", "Aus EU-Kreisen", "verlautete", QuoteType::Indirect});
  expect(run("Vor kurzem hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärt, die Taliban "
             "würden weiterkämpfen.",
             "de"),
         {"die Taliban würden weiterkämpfen", "ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud", "erklärt",
          QuoteType::Indirect});
}

TEST_CASE("German 'hieß es' after the content names its source", "[quotes]") {
  expect(run("Andere Reporter seien abgedrängt worden, hieß es bei Russland Aktuell.", "de"),
         {"Andere Reporter seien abgedrängt worden", "Russland Aktuell", "hieß es", QuoteType::Indirect});
}

TEST_CASE("A quote glued to a hyphen is part of a compound; 'schränkte … ein' frames content", "[quotes]") {
  const Analysis a =
      run("Rice sagte, man werde verhandeln. Ein Sprecher des Weißen Hauses schränkte die Bereitschaft "
          "jedoch ein, dass nicht an eine „Eins zu Eins“-Begegnung mit dem Iran gedacht sei.",
          "de");
  CHECK(find(a, "„Eins zu Eins“") == nullptr);
  expect(a, {"dass nicht an eine „Eins zu Eins“-Begegnung mit dem Iran gedacht sei", "Ein Sprecher des Weißen Hauses",
             "schränkte", QuoteType::Indirect});
}

TEST_CASE("German subject with a name in apposition takes up a later frameless statement", "[quotes]") {
  expect(
      run("Sie sagte, es gehe um Geld.\n\nDer Flugbetriebsleiter, Reinhard Kraxner, vermutete einen toten Winkel als "
          "Ursache. So sei die Sicht nach oben eingeschränkt.",
          "de"),
      {"So sei die Sicht nach oben eingeschränkt.", "Der Flugbetriebsleiter, Reinhard Kraxner", "",
       QuoteType::FreeIndirect});
}

TEST_CASE("German quote inside an indicative sentence without a frame takes its subject, not in Konjunktiv",
          "[quotes]") {
  expect(
      run("Meier sagte, es gebe Probleme.\n\nDas Gericht kam damit zu dem Ergebnis, „dass keine tragfähige Grundlage "
          "für eine Verurteilung besteht“.",
          "de"),
      {"„dass keine tragfähige Grundlage für eine Verurteilung besteht“", "Das Gericht", "", QuoteType::Direct});
  // In Konjunktiv the sentence reports the last speaker.
  const Analysis a =
      run("Peter Schaar übte Kritik an den Plänen. Er bezeichnete die Pläne als „Wortbruch“. Bisher habe "
          "die Bundesregierung die Einrichtung einer „zentralen Referenzdatei“ ausgeschlossen.",
          "de");
  const Quote* q = find(a, "„zentralen Referenzdatei“");
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q) != "die Bundesregierung");
}

TEST_CASE("German Vorfeld with a time and a preposition: the subject follows the verb", "[quotes]") {
  expect(run("Um 15:36 Uhr MEZ meldeten dann die Internet-Nachrichten der Tagesschau, Feldmann rechne mit einer "
             "Verhandlung.",
             "de"),
         {"Feldmann rechne mit einer Verhandlung", "die Internet-Nachrichten der Tagesschau", "meldeten",
          QuoteType::Indirect});
}

TEST_CASE("German object pronoun after the verb gives way to a role subject before it", "[quotes]") {
  expect(run("Der Hauptgeschäftsführer des Verbands nannte sie „fahrlässig“.", "de"),
         {"„fahrlässig“", "Der Hauptgeschäftsführer des Verbands", "nannte", QuoteType::Direct});
  // Not when the phrase before the verb names no role.
  expect(run("Die Forderung nannte sie „fahrlässig“.", "de"), {"„fahrlässig“", "sie", "nannte", QuoteType::Direct});
}

TEST_CASE("German sentence subject after a prepositional Vorfeld with any finite verb", "[quotes]") {
  expect(run("Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten durch die Stadt und skandierten dabei "
             "Parolen wie zum Beispiel „Stoppt den Überwachungswahn“.",
             "de"),
         {"„Stoppt den Überwachungswahn“", "die Demonstranten", "skandierten", QuoteType::Direct});
  expect(run("Im Januar 2007 legte er seine Tätigkeit nieder und verkündete, sich in Zukunft um Projekte zu kümmern.",
             "de"),
         {"sich in Zukunft um Projekte zu kümmern", "er", "verkündete", QuoteType::Indirect});
}

TEST_CASE("German 'gab … ab' is a speech act only with a noun of saying", "[quotes]") {
  expect(run("Der Minister gab eine Erklärung zu dem Vorfall ab.", "de"),
         {"Der Minister gab eine Erklärung zu dem Vorfall ab.", "Der Minister", "gab", QuoteType::Reported});
  const Analysis a = run("Der Täter gab mehrere Schüsse auf das Auto ab.", "de");
  CHECK(a.quotes.empty());
}

TEST_CASE("German sources: names with a hyphenated particle, drafts, 'bekunden'", "[quotes]") {
  expect(run("Dem Sender al-Dschasira zufolge wird das Schiff in den Hafen gefahren.", "de"),
         {"wird das Schiff in den Hafen gefahren", "Dem Sender al-Dschasira", "zufolge", QuoteType::Indirect});
  expect(run("Nach dem Gesetzesentwurf der Koalition sollen auch die Jugendämter Zugriff erhalten.", "de"),
         {"sollen auch die Jugendämter Zugriff erhalten", "dem Gesetzesentwurf der Koalition", "Nach",
          QuoteType::Indirect});
  expect(run("Anonymous bekundete, dass die Daten leicht zugänglich gewesen seien.", "de"),
         {"dass die Daten leicht zugänglich gewesen seien", "Anonymous", "bekundete", QuoteType::Indirect});
}

TEST_CASE("German quote in a Konjunktiv sentence after a sentence without a statement takes that subject", "[quotes]") {
  expect(
      run("Meier sagte, es gebe Probleme.\n\nAm Rande der Sitzung nahm jetzt auch der Ministerpräsident zu der Frage "
          "Stellung. Jeder Lehrer könne „das Konto jetzt einlösen“.",
          "de"),
      {"„das Konto jetzt einlösen“", "der Ministerpräsident", "", QuoteType::Direct});
}

TEST_CASE("German 'schildern', 'entscheiden' and 'sich erhoffen' frame content", "[quotes]") {
  expect(run("Der Gerichtshof hatte entschieden, dass Deutschland die Hinterbliebenen entschädigen müsse.", "de"),
         {"dass Deutschland die Hinterbliebenen entschädigen müsse", "Der Gerichtshof", "hatte entschieden",
          QuoteType::Indirect});
  expect(run("Der Arzt schilderte, dass sie einen Herzstillstand im Wasser gehabt habe.", "de"),
         {"dass sie einen Herzstillstand im Wasser gehabt habe", "Der Arzt", "schilderte", QuoteType::Indirect});
}

TEST_CASE("German parenthetical 'so schrieb X' names the speaker", "[quotes]") {
  expect(
      run("Lopez sagte, sie freue sich. Für Shakira, so schrieb diese in einer Stellungnahme, sei es eine Ehre.", "de"),
      {"Für Shakira, so schrieb diese in einer Stellungnahme, sei es eine Ehre.", "diese", "",
       QuoteType::FreeIndirect});
}

TEST_CASE("German: a subject with an apposition before the verb is not trailing content", "[quotes]") {
  expect(
      run("Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der SPD eine schreckliche Fehlentwicklung vor.", "de"),
      {"Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der SPD eine schreckliche Fehlentwicklung vor.",
       "Der bayerische CSU-Vorsitzende, Edmund Stoiber", "warf", QuoteType::Reported});
}

TEST_CASE("German sentence subject after a focus adverb", "[quotes]") {
  expect(
      run("Meier sagte, es gebe Probleme.\n\nAuch der innenpolitische Sprecher der Fraktion, Dieter Wiefelspütz, will "
          "„in den kommenden Wochen noch einmal prüfen“, ob ein Verbot möglich ist.",
          "de"),
      {"„in den kommenden Wochen noch einmal prüfen“", "der innenpolitische Sprecher der Fraktion, Dieter Wiefelspütz",
       "", QuoteType::Direct});
}

TEST_CASE("German sentence subject before a verb that ends like an adjective", "[quotes]") {
  expect(
      run("Der stellvertretende Fraktionsvorsitzende Michael Müller bezweifelte offen die Eignung der Kandidatin: Er "
          "habe „nicht den Eindruck, dass sie es kann“.",
          "de"),
      {"„nicht den Eindruck, dass sie es kann“", "Der stellvertretende Fraktionsvorsitzende Michael Müller", "",
       QuoteType::Direct});
}

// The indirect-speech frames run only when their sentence holds their cue
// (indirect_speech.cpp, kFrameWordW and the verb and source classes): a
// frame opened by a word that is in no verb or source list must still be
// found.
TEST_CASE("frames opened by a frame word alone", "[quotes]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* cue;
    const char* speaker;
  };
  const Case cases[] = {
      {"nl", "De regering wil de belastingen in het komende jaar verlagen, aldus de woordvoerder van het ministerie.",
       "aldus", "de woordvoerder van het ministerie"},
      {"de", "Die Regierung will die Steuern im kommenden Jahr deutlich senken, so der Sprecher des Ministeriums.",
       "so", "der Sprecher des Ministeriums"},
      {"nl", "Zoals de minister gisteren zei, wil de regering de belastingen flink verlagen.", "zei",
       "de minister gisteren"},
      {"de", "Wie ein Sprecher der Polizei am Montag mitteilte, wurde der Täter inzwischen gefasst.", "mitteilte",
       "ein Sprecher der Polizei"},
      {"de",
       "Die Polizei ermittelt seit Tagen in dem Fall. Demnach soll der Täter aus der Region stammen und bereits "
       "vorbestraft sein.",
       "Demnach", "Demnach"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Analysis a = run(c.text, c.lang);
    check_spans_inside(a);
    REQUIRE(a.quotes.size() == 1);
    const Quote& q = a.quotes[0];
    CHECK(q.type == QuoteType::Indirect);
    REQUIRE(q.cue);
    CHECK(slice(a, *q.cue) == c.cue);
    CHECK(speaker_text(a, q) == c.speaker);
  }
}

TEST_CASE("The addressee and the medium of a quote's frame (issue #17)", "[quotes][frame]") {
  auto addressee = [](const Analysis& a, const Quote& q) {
    return q.addressee ? slice(a, *q.addressee) : std::string("<none>");
  };
  auto medium = [](const Quote& q) { return q.medium ? std::string(quelle::to_string(*q.medium)) : "<none>"; };
  struct Case {
    const char* lang;
    std::string text;
    std::string quote;
    std::string addressee;
    std::string medium;
  };
  const Case cases[] = {
      // A dative after the verb, with the speaker before it; "gegenüber"
      // with a title in quotation marks; a letter "an"; writing and thought.
      {"de", "Tourmanager Michael Cohl sagte der US-Zeitschrift: „Es war eine lange Tour.“",
       "„Es war eine lange Tour.“", "der US-Zeitschrift", "speech"},
      {"de", "„Wir bleiben“, sagte Müller dem Sender.", "„Wir bleiben“", "dem Sender", "speech"},
      {"de", "„Ich halte das für richtig“, äußerte sich Schavan gegenüber dem „Hamburger Abendblatt“.",
       "„Ich halte das für richtig“", "dem „Hamburger Abendblatt“", "speech"},
      {"de", "Peter Hahn warnte in einem Brief an die Bundesminister: „Das geht nicht.“", "„Das geht nicht.“",
       "die Bundesminister", "writing"},
      {"de", "Peter Hahn schrieb: „Das geht nicht.“", "„Das geht nicht.“", "<none>", "writing"},
      {"de", "Er glaubt, dass das Projekt scheitern werde.", "dass das Projekt scheitern werde", "<none>", "thought"},
      // "der" after the verb is the subject when no speaker came before.
      {"de", "„Wir bleiben“, sagte der Minister.", "„Wir bleiben“", "<none>", "speech"},
      {"en", "\"We are ready,\" the minister told reporters on Monday.", "\"We are ready,\"", "reporters", "speech"},
      {"en", "In an interview with CNN, Smith said \"it is over\".", "\"it is over\"", "CNN", "speech"},
      {"en", "Smith said in a statement that the plan was dead.", "that the plan was dead", "<none>", "writing"},
      {"en", "\"Never again,\" Jones tweeted.", "\"Never again,\"", "<none>", "writing"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Analysis a = run(c.text, c.lang);
    const Quote* q = find(a, c.quote);
    REQUIRE(q != nullptr);
    CHECK(addressee(a, *q) == c.addressee);
    CHECK(medium(*q) == c.medium);
    check_spans_inside(a);
  }
}

TEST_CASE("German: a reporting content is a statement even when its speaker's phrase is not found", "[quotes]") {
  // "Aber" before the subject keeps the subject scan from the phrase, but
  // the Konjunktiv content after "berichteten," is reported speech all the
  // same: the quote is found, without a speaker.
  expect(run("Aber Zeitungen berichteten, es sei gegen den Arzt ermittelt worden.", "de"),
         {"es sei gegen den Arzt ermittelt worden", "<null>", "berichteten", QuoteType::Indirect});
  // An indicative content without "dass" is no statement the frame can vouch for.
  const Analysis plain = run("Aber Zeitungen berichteten, der Arzt wurde gestern verhaftet.", "de");
  CHECK(plain.quotes.empty());
}

TEST_CASE("German subject after the auxiliary when the Vorfeld is an adverbial", "[quotes]") {
  // A prepositional phrase or a clause before the auxiliary is no subject:
  // the subject stands between the auxiliary and the participle.
  expect(run("In Berlin hat der Minister gesagt, dass die Paketbombe eine Attrappe war.", "de"),
         {"dass die Paketbombe eine Attrappe war", "der Minister", "gesagt", QuoteType::Indirect});
  expect(run("Als er ankam, hat der Minister gesagt, dass die Paketbombe eine Attrappe war.", "de"),
         {"dass die Paketbombe eine Attrappe war", "der Minister", "gesagt", QuoteType::Indirect});
  // An object article after the auxiliary is no subject.
  const Analysis dative = run("In Berlin hat dem Minister gesagt, dass die Paketbombe eine Attrappe war.", "de");
  for (const Quote& q : dative.quotes) CHECK(speaker_text(dative, q) != "dem Minister");
}

TEST_CASE("German 'Das hatte X gesagt': the speech verb after a demonstrative, an auxiliary and the subject",
          "[quotes]") {
  expect(run("Die Regierung habe keine Mehrheit mehr. Das hatte der Kanzler am Montag gesagt.", "de"),
         {"Die Regierung habe keine Mehrheit mehr. Das", "der Kanzler", "gesagt", QuoteType::Indirect});
  // (the demonstrative is part of the content, as the corpus marks it)
  // A modal as well; and no frame without a speech verb at the end.
  expect(run("Die Regierung habe keine Mehrheit mehr. Das wollte der Kanzler nicht sagen.", "de"),
         {"Die Regierung habe keine Mehrheit mehr. Das", "der Kanzler", "sagen", QuoteType::Indirect});
  const Analysis none = run("Die Straße war lange gesperrt. Das hatte der Kanzler am Montag besucht.", "de");
  for (const Quote& q : none.quotes) CHECK(speaker_text(none, q) != "der Kanzler");
}

TEST_CASE("English: an expletive is no speaker, a verb after an article is a noun, modifiers before a role",
          "[quotes]") {
  // The colon after "There has been …" frames nothing of its own: the
  // quote's speaker is the one its own frame names.
  const Analysis a =
      run("There has been skepticism among academics about the withdrawal:\n\n\"Whenever there are signs of "
          "sending a palm branch,\" wrote student protester Joshua Wong on Twitter.",
          "en");
  REQUIRE(a.quotes.size() == 1);
  CHECK(speaker_text(a, a.quotes[0]) == "student protester Joshua Wong");
  CHECK(run("This was one of the five demands of the protesters.", "en").quotes.empty());
}

TEST_CASE("German content ends before a second speaker's clause after 'doch'", "[quotes]") {
  const Analysis a =
      run("Der Präsident sagte vor der Presse, Annabi sei tot, doch UN-Sprecher Nicholas Birnback erklärte, den Tod "
          "bislang nicht bestätigen zu können.",
          "de");
  expect(a, {"Annabi sei tot", "Der Präsident", "sagte", QuoteType::Indirect});
  expect(a, {"den Tod bislang nicht bestätigen zu können", "UN-Sprecher Nicholas Birnback", "erklärte",
             QuoteType::Indirect});
}

TEST_CASE("German role with an attached organisation and a name in apposition: the name speaks", "[quotes]") {
  const Analysis a =
      run("Auch der innenpolitische Sprecher der Fraktion der SPD im Deutschen Bundestag, Dieter Wiefelspütz, will "
          "„in den kommenden Wochen noch einmal sorgfältigst prüfen“, ob ein neues Verbot angestrebt werden solle.",
          "de");
  REQUIRE(a.quotes.size() == 1);
  CHECK(entity_name(a, a.quotes[0]) == "Dieter Wiefelspütz");
}

TEST_CASE("A view after the verb is its object, not its speaker; 'called off' is no speech act", "[quotes]") {
  // "vertreten" frames content through the committed model's cue words.
  std::ifstream in(std::string(QUELLE_SOURCE_DIR) + "/models/quotes-de.qqm", std::ios::binary);
  const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  quelle::ModelStore store;
  REQUIRE(store.load_quotes("de", bytes.data(), bytes.size()).ok());
  quelle::Options opt;
  opt.language = "de";
  opt.models = &store;
  const auto a = quelle::analyze("Einige vertreten die Auffassung, die Welt sei in der Endzeit.", opt);
  REQUIRE(a);
  REQUIRE(a->quotes.size() == 1);
  CHECK(quote_text(*a, a->quotes[0]) == "die Welt sei in der Endzeit");
  CHECK(speaker_text(*a, a->quotes[0]) != "die Auffassung");
  CHECK(run("The Coast Guard called off the search after three days.", "en").quotes.empty());
  expect(run("The mayor called for a ban on fireworks.", "en"),
         {"a ban on fireworks", "The mayor", "called", QuoteType::Indirect});
}

TEST_CASE("A singular pronoun agrees in gender with its antecedent (issue #17)", "[quotes][coreference]") {
  // The subject is the most salient name, but "he" cannot be Ann Smith.
  const Analysis a = run("Ann Smith then met her old rival, Tom Jones. \"We agreed on nothing,\" he said.", "en");
  const Quote* q = find(a, "\"We agreed on nothing,\"");
  REQUIRE(q != nullptr);
  CHECK(entity_name(a, *q) == "Tom Jones");
  // A gendered role word decides where the first name does not: German
  // "sagte sie" (singular) takes the Kanzlerin, not the minister who is
  // the subject.
  const Analysis b =
      run("Minister Alex Braun sprach am Montag mit Kanzlerin Kim Weber. „Wir sind uns einig“, sagte sie.", "de");
  const Quote* r = find(b, "„Wir sind uns einig“");
  REQUIRE(r != nullptr);
  CHECK(entity_name(b, *r) == "Kim Weber");
  // Without anything to tell, the salient subject still wins.
  const Analysis c = run("Kim Lee then met Alex Park. \"We agreed on nothing,\" he said.", "en");
  const Quote* s = find(c, "\"We agreed on nothing,\"");
  REQUIRE(s != nullptr);
  CHECK(entity_name(c, *s) == "Kim Lee");
}

TEST_CASE("English: a source phrase after a direct quote names its speaker (issue #17)", "[quotes]") {
  // "“…,” according to a tweet on Monday by X.": the agent after "by".
  const Analysis a =
      run("Mahan has been under sanctions since 2011. \"The airline transports weapons across the region,\" according "
          "to a tweet on Monday by Secretary of State Mike Pompeo. The ban starts today.",
          "en");
  const Quote* q = find(a, "\"The airline transports weapons across the region,\"");
  REQUIRE(q != nullptr);
  CHECK(speaker_text(a, *q) == "Secretary of State Mike Pompeo");
  REQUIRE(q->cue);
  CHECK(slice(a, *q->cue) == "according to");
  // Without "by", the whole phrase is the source.
  const Analysis b = run("\"The figures are wrong,\" according to the finance ministry. Nobody replied.", "en");
  const Quote* r = find(b, "\"The figures are wrong,\"");
  REQUIRE(r != nullptr);
  CHECK(speaker_text(b, *r) == "the finance ministry");
}
