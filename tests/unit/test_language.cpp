#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <string_view>

#include "language/language.hpp"
#include "normalize/normalize.hpp"
#include "normalize/utf.hpp"
#include "segment/segment.hpp"

namespace {

// The language of a UTF-8 text, lower-cased as the pipeline does.
quelle::LanguageGuess guess(std::string_view utf8) {
  auto text = quelle::utf8_to_utf16(utf8);
  REQUIRE(text.ok());
  return quelle::identify_language(quelle::lower_shadow(*text));
}

std::string code(std::string_view utf8) { return quelle::language_code(guess(utf8).language); }

}  // namespace

TEST_CASE("lower_shadow: General Punctuation has no case (its fast path)", "[language]") {
  for (UChar32 c = 0x2000; c <= 0x206F; ++c) CHECK(u_tolower(c) == c);
  CHECK(quelle::lower_shadow(u"\u201EDAS\u201C \u2013 \u00C4RGER\u2019S") ==
        u"\u201Edas\u201C \u2013 \u00E4rger\u2019s");
}

TEST_CASE("lower_shadow: ASCII four units at a time equals u_tolower, at every alignment", "[language]") {
  // Every ASCII unit, shifted through the four lanes of the fast path and
  // next to a non-ASCII unit that sends a block to the slow path.
  std::u16string text;
  for (char16_t c = 0; c < 0x80; ++c) text += c;
  for (size_t shift = 0; shift < 4; ++shift) {
    const std::u16string shifted = std::u16string(shift, u'\u00C4') + text + u"\u00C4Ab";
    const std::u16string lower = quelle::lower_shadow(shifted);
    REQUIRE(lower.size() == shifted.size());
    for (size_t i = 0; i < shifted.size(); ++i) CHECK(lower[i] == static_cast<char16_t>(u_tolower(shifted[i])));
  }
}

TEST_CASE("German news sentences", "[language]") {
  CHECK(code("Die Landesregierung will die Grundsteuer im kommenden Jahr nicht erhöhen.") == "de");
  CHECK(code("Bei dem Brand in einer Werkstatt in Leipzig entstand ein Schaden von rund 200.000 Euro.") == "de");
  CHECK(code("„Das ist ein guter Tag für die Stadt“, sagte die Oberbürgermeisterin am Montag.") == "de");
}

TEST_CASE("English news sentences", "[language]") {
  CHECK(code("The central bank left interest rates unchanged on Thursday.") == "en");
  CHECK(code("Rescue teams are still searching for two hikers missing since the weekend.") == "en");
  CHECK(code("\"This is a good day for the city,\" the mayor said on Monday.") == "en");
}

TEST_CASE("French news sentences", "[language]") {
  CHECK(code("La banque centrale a laissé ses taux inchangés jeudi.") == "fr");
  CHECK(code("Les secours recherchent toujours deux randonneurs disparus depuis le week-end.") == "fr");
  CHECK(code("« C'est une bonne journée pour la ville », a déclaré la maire lundi.") == "fr");
}

TEST_CASE("Spanish news sentences", "[language]") {
  CHECK(code("El banco central mantuvo los tipos de interés sin cambios el jueves.") == "es");
  CHECK(code("Los equipos de rescate siguen buscando a dos excursionistas desaparecidos.") == "es");
  CHECK(code("\"Es un buen día para la ciudad\", dijo la alcaldesa el lunes.") == "es");
}

TEST_CASE("Italian news sentences", "[language]") {
  CHECK(code("La banca centrale ha lasciato invariati i tassi di interesse giovedì.") == "it");
  CHECK(code("I soccorritori stanno ancora cercando due escursionisti dispersi dal fine settimana.") == "it");
  CHECK(code("\"È una bella giornata per la città\", ha detto la sindaca lunedì.") == "it");
}

TEST_CASE("Dutch news sentences", "[language]") {
  CHECK(code("De centrale bank heeft de rente donderdag ongewijzigd gelaten.") == "nl");
  CHECK(code("Reddingswerkers zoeken nog steeds naar twee wandelaars die sinds het weekend vermist zijn.") == "nl");
  CHECK(code("\"Dit is een goede dag voor de stad\", zei de burgemeester maandag.") == "nl");
}

TEST_CASE("Portuguese news sentences", "[language]") {
  CHECK(code("O banco central manteve as taxas de juro inalteradas na quinta-feira.") == "pt");
  CHECK(code("As equipas de resgate continuam à procura de dois caminhantes desaparecidos.") == "pt");
  CHECK(code("\"É um bom dia para a cidade\", disse a presidente da câmara na segunda-feira.") == "pt");
}

TEST_CASE("Upper-case input gives the same answer", "[language]") {
  // The pipeline passes the lower-case shadow, but the stage folds ASCII and
  // Latin-1 capitals itself too.
  const std::u16string upper = u"DIE LANDESREGIERUNG WILL DIE GRUNDSTEUER NICHT ERHÖHEN.";
  const std::u16string lower = u"die landesregierung will die grundsteuer nicht erhöhen.";
  const auto a = quelle::identify_language(upper);
  const auto b = quelle::identify_language(lower);
  CHECK(a.language == quelle::Language::De);
  CHECK(a.language == b.language);
  CHECK(a.confidence == b.confidence);
}

TEST_CASE("Undetermined: no or too little Latin-script text", "[language]") {
  CHECK(code("") == "und");
  CHECK(guess("").confidence == 0.0);
  CHECK(code("   \n\t ") == "und");
  CHECK(code("12.03.2024 — 17:45 Uhr, +3,5 % (1.234,56 €)") == "und");
  CHECK(code("😀😀 👍🏽 🎉🎉🎉 ❤️") == "und");
  CHECK(code("Москва — столица России и крупнейший по численности населения город страны.") == "und");
  CHECK(code("東京は日本の首都であり、世界有数の大都市である。") == "und");
  CHECK(code("习近平周一在北京会见了来访的外国代表团。") == "und");
  CHECK(code("القاهرة هي عاصمة جمهورية مصر العربية وأكبر مدنها.") == "und");
  CHECK(code("Ελλάδα: η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.") == "und");
  CHECK(code("ok") == "und");
  // A Cyrillic article that mentions a few Latin-script names is still not Latin-script text.
  CHECK(code("Президент Франции Эммануэль Макрон (Emmanuel Macron) прибыл в Берлин.") == "und");
}

TEST_CASE("Undetermined: other languages in the Latin script", "[language]") {
  // Not one of the seven: "und" rather than a confident wrong answer.
  CHECK(code("Rząd ogłosił w środę podwyżkę płacy minimalnej na przyszły rok, a opozycja krytykuje ten plan.") ==
        "und");
  CHECK(code("Vláda ve středu oznámila zvýšení minimální mzdy na příští rok, opozice plán kritizuje.") == "und");
  CHECK(code("Hükümet çarşamba günü asgari ücrette artış yapılacağını açıkladı, muhalefet planı eleştirdi.") == "und");
  CHECK(code("Regeringen meddelade på onsdagen att minimilönen ska höjas nästa år, men oppositionen är kritisk.") ==
        "und");
  // Foreign names in one of the seven languages do not make it "und".
  CHECK(code("Der polnische Präsident Lech Wałęsa besuchte am Dienstag die Werft in Gdańsk.") == "de");
  CHECK(code("Le président turc Recep Tayyip Erdoğan s'est rendu mardi à Ankara.") == "fr");
}

TEST_CASE("A Latin-script text with some other script keeps its language", "[language]") {
  const auto g = guess("Der russische Außenminister sagte im Staatsfernsehen: „Мы не согласны“, und verließ den Saal.");
  CHECK(g.language == quelle::Language::De);
  CHECK(g.confidence > 0.0);
  CHECK(g.confidence < 1.0);
}

TEST_CASE("Confidence is in 0..1 and grows with the amount of text", "[language]") {
  const auto short_guess = guess("Der Zug kam spät an.");
  const auto long_guess = guess(
      "Der Zug aus München kam am Abend mit mehr als zwei Stunden Verspätung in Berlin an. Die Bahn begründete "
      "die Verzögerung mit einer Störung an einem Stellwerk bei Leipzig. Viele Fahrgäste verpassten ihre "
      "Anschlüsse und mussten in Hotels übernachten, die das Unternehmen bezahlte.");
  CHECK(short_guess.language == quelle::Language::De);
  CHECK(long_guess.language == quelle::Language::De);
  CHECK(short_guess.confidence > 0.0);
  CHECK(short_guess.confidence <= 1.0);
  CHECK(long_guess.confidence >= short_guess.confidence);
  CHECK(long_guess.confidence > 0.95);
  CHECK(long_guess.confidence <= 1.0);
}

TEST_CASE("Language identification is deterministic", "[language]") {
  const std::string text =
      "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine, qui prévoit une baisse "
      "des dépenses publiques et une hausse des investissements dans la transition énergétique.";
  const auto first = guess(text);
  for (int i = 0; i < 20; ++i) {
    const auto again = guess(text);
    CHECK(again.language == first.language);
    CHECK(again.confidence == first.confidence);
  }
  CHECK(first.language == quelle::Language::Fr);
  // The value is an exact number of thousandths, so that it prints the same everywhere.
  CHECK(first.confidence * 1000.0 == static_cast<double>(static_cast<int>(first.confidence * 1000.0 + 0.5)));
}

TEST_CASE("A 2 MB text is sampled and classified quickly", "[language]") {
  const std::u16string paragraph =
      u"het kabinet wil volgend jaar meer geld uitgeven aan onderwijs en zorg, maar de oppositie vindt de "
      u"plannen onvoldoende en vraagt om een debat in de tweede kamer.\n";
  std::u16string text;
  while (text.size() < 1'000'000) text += paragraph;  // 1 M UTF-16 code units = 2 MB
  const auto t0 = std::chrono::steady_clock::now();
  const auto g = quelle::identify_language(text);
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(g.language == quelle::Language::Nl);
  CHECK(g.confidence > 0.99);
  CHECK(ms < 500.0);  // about 1 ms in practice; generous for sanitizer and debug builds

  // A long text in another script is still undetermined, and a long Latin text
  // with a short foreign passage keeps its language.
  std::u16string cyrillic;
  while (cyrillic.size() < 1'000'000) cyrillic += u"правительство объявило о новых мерах поддержки экономики. ";
  CHECK(quelle::identify_language(cyrillic).language == quelle::Language::Und);
  std::u16string mixed = text;
  mixed.insert(mixed.size() / 2, u"the government said on monday that it would not change its plans. ");
  CHECK(quelle::identify_language(mixed).language == quelle::Language::Nl);
}

TEST_CASE("Sampling never splits inside the text's end or start", "[language]") {
  // Lengths around the sampling threshold and a text that is one long word.
  for (const size_t n : {size_t{65535}, size_t{65536}, size_t{65537}, size_t{70000}}) {
    std::u16string text(n, u'a');
    const auto g = quelle::identify_language(text);
    CHECK(g.confidence >= 0.0);
    CHECK(g.confidence <= 1.0);
  }
}

TEST_CASE("The language table: codes round-trip, Und has none", "[language]") {
  for (const quelle::LanguageInfo& info : quelle::kLanguageTable) {
    CHECK(quelle::parse_language(info.code) == info.id);
    CHECK(std::string(quelle::language_code(info.id)) == info.code);
  }
  CHECK(!quelle::parse_language("und"));
  CHECK(!quelle::parse_language(""));
  CHECK(!quelle::parse_language("DE"));
  CHECK(std::string(quelle::language_code(quelle::Language::Und)) == "und");
  CHECK(quelle::language_list() == "de en fr es it nl pt");
  CHECK(quelle::kLanguages.size() == quelle::kLanguageCount);
}

TEST_CASE("An undetermined text still gets a lexicon language for the rules", "[language]") {
  const std::u16string text = u"Pero el alcalde dijo que los vecinos del barrio no saben nada por ahora.";
  quelle::Document doc;
  doc.text = text;
  quelle::normalize(doc);
  quelle::segment(doc);
  doc.language = quelle::Language::Und;
  CHECK(quelle::rules_language(doc) == quelle::Language::Es);
  doc.language = quelle::Language::Nl;
  CHECK(quelle::rules_language(doc) == quelle::Language::Nl);
}
