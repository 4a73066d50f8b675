// The words of a quote's frame that say how the words came (spoken,
// written, thought) and whom they were told (frame_roles.cpp). Lower-case
// forms, per language, written by hand. German and English have full lists;
// the other languages their commonest verbs of writing and thinking.
#include <array>
#include <unordered_map>

#include "quotes/frame_roles.hpp"

namespace quelle::quotes {
namespace {

struct FrameWordLists {
  std::u16string_view speech;   // verbs and nouns of speaking
  std::u16string_view writing;  // verbs and nouns of writing and publishing
  std::u16string_view thought;  // verbs of belief and hope
  std::u16string_view letter;   // nouns whose "an"/"to" names the addressee
  std::u16string_view talk;     // nouns whose "mit"/"with" names the addressee
};

// In kLanguageTable order (de en fr es it nl pt).
constexpr std::array<FrameWordLists, kLanguageCount> kLists = {{
    // German
    {uR"(
sagte sagten sagt sagen gesagt erzählte erzählt erzählten rief riefen ruft fragte fragten fragt
antwortete antworteten antwortet betonte betonten betont meinte meinten sprach sprachen spricht
äußerte äußerten äußert geäußert
interview fernsehinterview radiointerview gespräch telefonat pressekonferenz rede ansprache
fernsehansprache sendung fernsehen rundfunk radio
)",
     uR"(
schrieb schrieben schreibt geschrieben twitterte twitterten twittert veröffentlichte veröffentlichten
veröffentlicht erklärung pressemitteilung mitteilung stellungnahme brief schreiben bericht berichts
studie gutachten statement kommuniqué bulletin artikel tweet blog blogeintrag
kurznachrichtendienst internetseite website homepage urteil urteilsbegründung berichtete berichteten
berichtet berichten heißt hieß zitiert zitierte meldete meldet
)",
     uR"(
glaubt glauben glaubte glaubten denkt denken dachte dachten befürchtet befürchten befürchtete
befürchteten hofft hoffen hoffte hofften vermutet vermuten vermutete vermuteten geht gehen
)",
     u"brief schreiben videobotschaft botschaft appell e-mail mail offenen", u"interview gespräch telefonat"},
    // English
    {uR"(
said says say saying told tells tell telling asked asks asking shouted yelled whispered joked
quipped replied replies answered interview interviews speech remarks conference briefing
television radio
)",
     uR"(
wrote writes writing written tweeted tweets posted posts published statement statements letter
report release blog column op-ed email e-mail tweet
)",
     uR"(
believes believe believed thinks think thought hopes hope hoped fears fear feared feels feel felt
)",
     u"letter email e-mail message memo", u"interview conversation"},
    // French
    {u"", u"écrit écrivait écrivent communiqué lettre", u"pense croit espère", u"lettre", u"entretien"},
    // Spanish
    {u"", u"escribió escribe comunicado carta", u"cree piensa espera", u"carta", u"entrevista"},
    // Italian
    {u"", u"scritto scrive comunicato lettera", u"pensa crede spera", u"lettera", u"intervista"},
    // Dutch
    {u"", u"schreef schrijft verklaring brief", u"denkt gelooft hoopt", u"brief", u"interview gesprek"},
    // Portuguese
    {u"", u"escreveu escreve comunicado carta", u"acredita pensa espera", u"carta", u"entrevista"},
}};

// One bit per list.
enum : uint8_t { kSpeech = 1, kWriting = 2, kThought = 4, kLetter = 8, kTalk = 16 };

using WordBits = std::unordered_map<std::u16string_view, uint8_t>;

void add(WordBits& m, std::u16string_view words, uint8_t bit) {
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && (words[i] == u' ' || words[i] == u'\n')) ++i;
    size_t j = i;
    while (j < words.size() && words[j] != u' ' && words[j] != u'\n') ++j;
    if (j > i) m[words.substr(i, j - i)] |= bit;
    i = j;
  }
}

const WordBits& bits_of(Language lang) {
  static const std::array<WordBits, kLanguageCount> tables = [] {
    std::array<WordBits, kLanguageCount> t;
    for (size_t i = 0; i < kLanguageCount; ++i) {
      add(t[i], kLists[i].speech, kSpeech);
      add(t[i], kLists[i].writing, kWriting);
      add(t[i], kLists[i].thought, kThought);
      add(t[i], kLists[i].letter, kLetter);
      add(t[i], kLists[i].talk, kTalk);
    }
    return t;
  }();
  return tables[index_of(lang)];
}

uint8_t bits(Language lang, std::u16string_view lower) {
  if (lang == Language::Und) return 0;
  const WordBits& m = bits_of(lang);
  const auto it = m.find(lower);
  return it == m.end() ? 0 : it->second;
}

}  // namespace

std::optional<Medium> medium_word(Language lang, std::u16string_view lower) {
  const uint8_t b = bits(lang, lower);
  if ((b & kWriting) != 0) return Medium::Writing;
  if ((b & kThought) != 0) return Medium::Thought;
  if ((b & kSpeech) != 0) return Medium::Speech;
  return std::nullopt;
}

bool letter_noun(Language lang, std::u16string_view lower) { return (bits(lang, lower) & kLetter) != 0; }

bool talk_noun(Language lang, std::u16string_view lower) { return (bits(lang, lower) & kTalk) != 0; }

}  // namespace quelle::quotes
