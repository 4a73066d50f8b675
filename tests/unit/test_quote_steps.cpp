// The named steps of the quote stage on their own: the phrase scans of
// Scanner::np_after and np_before, and the steps of find_quotes. The
// end-to-end behaviour is in test_quotes.cpp.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "normalize/normalize.hpp"
#include "normalize/utf.hpp"
#include "quotes/find_steps.hpp"
#include "quotes/lexicon.hpp"
#include "quotes/quote_marks.hpp"
#include "quotes/scan.hpp"
#include "segment/segment.hpp"

namespace {

using quelle::Language;
using quelle::QuoteType;
using quelle::quotes::Scanner;
using quelle::quotes::TokenRange;

// A segmented text with its quotation marks and a Scanner over it, built in
// place (the Scanner holds references to the other members).
class Parsed {
 public:
  Parsed(const std::string& utf8, Language lang) : text_(*quelle::utf8_to_utf16(utf8)) {
    doc_.text = text_;
    quelle::normalize(doc_);
    quelle::segment(doc_);
    doc_.language = lang;
    doc_.rules_language = lang;
    marks_ = quelle::quotes::pair_quote_marks(doc_);
    quote_of_ = quelle::quotes::quote_index(doc_, marks_);
    sc_.emplace(doc_, quelle::quotes::lexicon(lang), quote_of_);
  }
  Parsed(const Parsed&) = delete;
  Parsed& operator=(const Parsed&) = delete;

  [[nodiscard]] const Scanner& sc() const { return *sc_; }
  [[nodiscard]] const std::vector<quelle::quotes::MarkedQuote>& marks() const { return marks_; }

  // Index of the n-th token (from 0) whose text is `word`.
  [[nodiscard]] uint32_t tok(const std::string& word, int n = 0) const {
    const std::u16string w = *quelle::utf8_to_utf16(word);
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (doc_.token_text(i) == std::u16string_view(w) && n-- == 0) return i;
    }
    FAIL("no token " << word);
    return 0;
  }
  [[nodiscard]] std::string str(TokenRange r) const { return str(sc_->span(r)); }
  [[nodiscard]] std::string str(quelle::Span s) const { return quelle::utf16_to_utf8(doc_.slice(s)); }

 private:
  std::u16string text_;
  quelle::Document doc_;
  std::vector<quelle::quotes::MarkedQuote> marks_;
  std::vector<int32_t> quote_of_;
  std::optional<Scanner> sc_;
};

}  // namespace

TEST_CASE("np_after steps: head, German attachments, appositions", "[quotes][steps]") {
  {
    const Parsed p("Das sagte der Sprecher des Ministeriums am Montag in Berlin.", Language::De);
    const uint32_t from = p.tok("der");
    // The head stops at the preposition; "des Ministeriums" is a genitive attribute.
    CHECK(p.str(TokenRange{from, p.sc().np_head_end(from, p.sc().size())}) == "der Sprecher des Ministeriums");
  }
  {
    const Parsed p("Das sagte ein Sprecher in Berlin am Montag.", Language::De);
    const uint32_t from = p.tok("ein");
    const TokenRange head{from, p.sc().np_head_end(from, p.sc().size())};
    CHECK(p.str(head) == "ein Sprecher");
    CHECK(p.str(TokenRange{from, p.sc().attachments_end_de(head, p.sc().size())}) == "ein Sprecher in Berlin");
    CHECK(p.str(*p.sc().np_after(from, p.sc().size())) == "ein Sprecher in Berlin");
  }
  {
    const Parsed p("“We will win,” said David Axelrod, who was the chief strategist on Obama’s campaigns.",
                   Language::En);
    const Scanner& sc = p.sc();
    const TokenRange name{p.tok("David"), p.tok("Axelrod") + 1};
    const auto end = sc.long_apposition_end_en(name, sc.size());
    REQUIRE(end);
    CHECK(p.str(TokenRange{name.begin, *end}) == "David Axelrod, who was the chief strategist on Obama’s campaigns");
    // No comma after the phrase: not this step.
    CHECK_FALSE(sc.long_apposition_end_en(TokenRange{p.tok("We"), p.tok("will")}, sc.size()));
  }
  {
    const Parsed p("„Es ist ernst“, sagte Ethan Yu, ein Sprecher von Alibaba, am Montag.", Language::De);
    const TokenRange name{p.tok("Ethan"), p.tok("Yu") + 1};
    CHECK(p.str(TokenRange{name.begin, p.sc().apposition_end(name, p.sc().size())}) ==
          "Ethan Yu, ein Sprecher von Alibaba");
  }
}

TEST_CASE("np_before steps: verb-final auxiliary, appositions, subject openings", "[quotes][steps]") {
  {
    const Parsed p("Der Arzt hat sich optimistisch geäußert.", Language::De);
    const Scanner& sc = p.sc();
    const uint32_t verb = p.tok("geäußert");
    const auto aux = sc.clause_auxiliary_de(verb, 0);
    REQUIRE(aux);
    CHECK(*aux == p.tok("hat"));
    CHECK(p.str(*sc.subject_around_auxiliary_de(*aux, verb, 0)) == "Der Arzt");
  }
  // Between commas before the verb: a German relative clause (not part of
  // the speaker) and an English apposition (part of it).
  struct Case {
    const char* text;
    Language lang;
    const char* verb;
    bool relative;
    const char* speaker;
  };
  const Case cases[] = {
      {"Deiss, der sich für den Plan entschieden hatte, sagte am Montag, es gehe voran.", Language::De, "sagte", true,
       "Deiss"},
      {"Hugh Hill, a doctor, said the clinic was full.", Language::En, "said", false, "Hugh Hill, a doctor,"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Parsed p(c.text, c.lang);
    const Scanner& sc = p.sc();
    const uint32_t verb = p.tok(c.verb);
    // The phrase before the verb ends with a comma: the first comma is before the clause.
    const auto comma = sc.apposition_comma(verb, 0);
    REQUIRE(comma);
    CHECK(*comma == p.tok(","));
    CHECK(sc.head_start(*comma, 0) == 0);
    CHECK(sc.relative_clause_de(*comma + 1, verb) == c.relative);
    CHECK(p.str(*sc.np_before(verb, 0)) == c.speaker);
  }
  {
    const Parsed p("The Times is expected to report it.", Language::En);
    const auto r = p.sc().without_verb_chain_en(p.tok("The"), p.tok("report"));
    REQUIRE(r);
    CHECK(p.str(*r) == "The Times");
  }
  {
    // A sentence-initial adverb is capitalised for its position only.
    const Parsed p("Offiziell geht die Regierung davon aus. Der Sprecher sagte das.", Language::De);
    const Scanner& sc = p.sc();
    CHECK_FALSE(sc.subject_opening(p.tok("Offiziell"), p.tok("Offiziell") + 1));
    CHECK(sc.subject_opening(p.tok("Der"), p.tok("sagte")));
    CHECK(sc.names_someone(p.tok("Der"), p.tok("sagte")));
  }
  {
    const Parsed p("Den Unmut der CDU brachte die Sprecherin zum Ausdruck.", Language::De);
    CHECK(p.sc().object_vorfeld_de(p.tok("Unmut"), 0));
  }
}

TEST_CASE("find_quotes steps: quote index, titles, reported around a quote, free indirect", "[quotes][steps]") {
  {
    const Parsed p("Er las die „Berliner Zeitung“ am Morgen. „Wir schaffen das“, sagte sie.", Language::De);
    REQUIRE(p.marks().size() == 2);
    const Scanner& sc = p.sc();
    CHECK(sc.quote_of(p.tok("Berliner")) == 0);
    CHECK(sc.quote_of(p.tok("schaffen")) == 1);
    CHECK(sc.quote_of(p.tok("las")) == -1);
    CHECK(quelle::quotes::title_or_name(sc, p.marks()[0]));
    CHECK_FALSE(quelle::quotes::title_or_name(sc, p.marks()[1]));
  }
  {
    // The reported candidate "nannte …" holds the marked quote: dropped.
    const Parsed p("Die Ministerin nannte die Arbeit „oberflächlich und schlecht gemacht“.", Language::De);
    std::vector<quelle::QuoteCandidate> indirect = quelle::quotes::indirect_candidates(p.sc());
    REQUIRE(indirect.size() == 1);
    CHECK(indirect[0].type == QuoteType::Reported);
    quelle::quotes::drop_reported_holding_quotes(indirect, p.marks());
    CHECK(indirect.empty());
  }
  {
    const Parsed p("Der Minister sagte, die Lage sei ernst. Man müsse jetzt schnell handeln. Das Wetter war gut.",
                   Language::De);
    std::vector<quelle::QuoteCandidate> found = quelle::quotes::indirect_candidates(p.sc());
    REQUIRE(found.size() == 1);
    found = quelle::quotes::add_free_indirect(p.sc(), std::move(found));
    REQUIRE(found.size() == 2);
    CHECK(found[1].type == QuoteType::FreeIndirect);
    CHECK(found[1].continues_previous);
    CHECK(p.str(found[1].extent()) == "Man müsse jetzt schnell handeln.");
  }
}
