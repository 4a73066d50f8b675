// What a speaker mention is made of: a pronoun ("er", "they"), a role
// description ("der Alibaba-Manager", "a spokeswoman for the ministry") or a
// name ("Bundeskanzlerin Angela Merkel" -> the name "Angela Merkel" with the
// title "Bundeskanzlerin"), and the words that let a later role description
// find it again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "quotes/lexicon.hpp"

namespace quelle::attribution {

struct SpeakerShape {
  MentionKind kind = MentionKind::Nominal;
  Span mention;                           // the span to record as the mention (the name itself for names)
  std::vector<std::u16string_view> keys;  // lower-case role words and compound parts
  Span role;                              // title or apposition ("Vizepräsident von Alibaba"), may be empty
  bool org = false;
  bool plural = false;      // "sie", "they", "die Behörden"
  bool either = false;      // "sie" with no verb to tell she from they
  bool indefinite = false;  // "ein Sprecher", "a spokeswoman": someone new
};

// Token range [b, e) of a mention span.
void token_range(const Document& doc, Span s, uint32_t& b, uint32_t& e);

// Token i is a word with an upper-case initial.
inline bool cap_word(const Document& doc, uint32_t i) {
  return doc.tokens[i].has(kWord) && doc.tokens[i].has(kUpperInitial);
}

SpeakerShape shape_of(const Document& doc, const quotes::Lexicon& lx, Span speaker);

// Lower-case keys of a role: its words and the parts of hyphenated compounds.
void role_keys(const Document& doc, const quotes::Lexicon& lx, Span role, std::vector<std::u16string_view>& out);

// Whether a role key and a mention key refer to the same role: equal, or one
// is the head of the other compound ("bundeskanzlerin" / "kanzlerin").
bool keys_match(std::u16string_view role_key, std::u16string_view mention_key);

// The phrase holds a capitalised role or title ("Sprecher", "Vizepräsident",
// "Alibaba-Gründer") or, in German, a speaking body ("Staatsanwaltschaft").
bool role_or_body(const Document& doc, const quotes::Lexicon& lx, Span phrase);

// Whether the span names someone who can go on speaking in later
// sentences: a pronoun, or a phrase with a role, title or organization word
// ("der Sprecher", "die Bundesregierung") or a document noun ("der
// Bericht"). Names are checked by the caller (NER mentions).
bool speaker_like(const Document& doc, const quotes::Lexicon& lx, Span speaker);

}  // namespace quelle::attribution
