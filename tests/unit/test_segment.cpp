#include <catch2/catch.hpp>

#include "test_support.hpp"

using quelle::test::sentences_of;
using Sentences = std::vector<std::string>;

TEST_CASE("German abbreviations do not end sentences", "[segment]") {
  CHECK(sentences_of("Dr. Müller kam um 9 Uhr. Er blieb nicht lange.") ==
        Sentences{"Dr. Müller kam um 9 Uhr.", "Er blieb nicht lange."});
  CHECK(sentences_of("Der Konzern machte 2,5 Mrd. Euro Umsatz. Das ist viel.") ==
        Sentences{"Der Konzern machte 2,5 Mrd. Euro Umsatz.", "Das ist viel."});
  CHECK(sentences_of("Dabei waren u.a. Banken und Versicherer. Später kamen andere.") ==
        Sentences{"Dabei waren u.a. Banken und Versicherer.", "Später kamen andere."});
  CHECK(sentences_of("Es gibt z. B. Äpfel. Und Birnen.") == Sentences{"Es gibt z. B. Äpfel.", "Und Birnen."});
  CHECK(sentences_of("Prof. Dr. Anna Schmidt sprach. Sie lobte die Arbeit.") ==
        Sentences{"Prof. Dr. Anna Schmidt sprach.", "Sie lobte die Arbeit."});
}

TEST_CASE("Ordinal dates do not end sentences", "[segment]") {
  CHECK(sentences_of("Am 3. Oktober feiert Deutschland. Am 4. ist Ruhe.") ==
        Sentences{"Am 3. Oktober feiert Deutschland.", "Am 4. ist Ruhe."});
  CHECK(sentences_of("Er wurde im Jahr 2023. Das war spät.").size() == 2);
}

TEST_CASE("English abbreviations and initials", "[segment]") {
  CHECK(sentences_of("Mr. Smith went to Washington. He met Sen. Jones.") ==
        Sentences{"Mr. Smith went to Washington.", "He met Sen. Jones."});
  CHECK(sentences_of("John F. Kennedy spoke. The crowd cheered.") ==
        Sentences{"John F. Kennedy spoke.", "The crowd cheered."});
  CHECK(sentences_of("The U.S. economy grew. Markets rose.") == Sentences{"The U.S. economy grew.", "Markets rose."});
}

TEST_CASE("Quotes inside sentences stay with their sentence", "[segment]") {
  CHECK(sentences_of("«Alle Daten werden verschlüsselt», versicherte er. Danach ging er.") ==
        Sentences{"«Alle Daten werden verschlüsselt», versicherte er.", "Danach ging er."});
  CHECK(sentences_of("„Das ist gut.“ Er lachte.") == Sentences{"„Das ist gut.“", "Er lachte."});
  CHECK(sentences_of("\"We will win,\" she said. \"No doubt.\"") ==
        Sentences{"\"We will win,\" she said.", "\"No doubt.\""});
}

TEST_CASE("Ellipses and question marks", "[segment]") {
  CHECK(sentences_of("Warum? Darum! Und dann ... nichts.") == Sentences{"Warum?", "Darum!", "Und dann ... nichts."});
}

TEST_CASE("Line breaks end paragraphs and sentences", "[segment]") {
  CHECK(sentences_of("Titel ohne Punkt\nErster Satz. Zweiter Satz.") ==
        Sentences{"Titel ohne Punkt", "Erster Satz.", "Zweiter Satz."});
  quelle::Options o;
  o.entities = o.quotes = false;
  auto a = quelle::analyze("Eins.\n\nZwei.\r\nDrei.\rVier.", o);
  REQUIRE(a);
  REQUIRE(a->paragraphs.size() == 4);
  CHECK(a->sentences[3].paragraph == 3);
}

TEST_CASE("Hyphenated compounds are one token", "[segment]") {
  quelle::Options o;
  o.entities = o.quotes = false;
  auto a = quelle::analyze("Der Alibaba-Manager sprach mit US-Firmen.", o);
  REQUIRE(a);
  CHECK(a->stats.tokens == 6);  // Der Alibaba-Manager sprach mit US-Firmen .
}

TEST_CASE("A run of a dictionary script is one token, natively and in wasm alike", "[segment]") {
  // Chinese next to Japanese, Thai: ICU would need its dictionaries (which
  // the wasm data leaves out) to split them into words.
  quelle::Options o;
  o.entities = o.quotes = false;
  auto a = quelle::analyze("Привет мир. 你好世界こんにちは。 สวัสดีครับ ok", o);
  REQUIRE(a);
  CHECK(a->stats.tokens == 7);  // Привет мир . 你好世界こんにちは 。 สวัสดีครับ ok
  CHECK(a->stats.sentences == 3);
}
