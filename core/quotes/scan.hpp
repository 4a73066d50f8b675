// Token-level helpers shared by the quote sieves: word classes from the
// lexicon, and the scans that cut a speaker noun phrase out of a frame
// ("sagte der Alibaba-Manager", "Hugh Hill, a doctor, said").
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "quotes/lexicon.hpp"
#include "quotes/word_tests.hpp"

namespace quelle::quotes {

struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive
  [[nodiscard]] bool empty() const { return end <= begin; }
};

class Scanner {
 public:
  // Looks every word up once: the word classes of all tokens (one hash probe
  // each) are kept for the sieves, which only test bits afterwards.
  Scanner(const Document& doc, const Lexicon& lx, const std::vector<int32_t>& quote_of);

  [[nodiscard]] const Document& doc() const { return doc_; }
  [[nodiscard]] const Lexicon& lx() const { return lx_; }
  [[nodiscard]] uint32_t size() const { return static_cast<uint32_t>(doc_.tokens.size()); }
  [[nodiscard]] std::u16string_view low(uint32_t i) const { return doc_.token_lower(i); }
  // German "heißt es" / "hieß es" at v, both words before `limit`: an
  // impersonal cue whose source is a phrase around it, not a subject.
  [[nodiscard]] bool heisst_es(uint32_t v, uint32_t limit) const {
    return lx_.lang == Language::De && v + 1 < limit && words::heissen_de(low(v)) && low(v + 1) == u"es";
  }
  // The source after "heißt es" at v: the phrase after the preposition, a
  // fused article kept ("heißt es in einer Erklärung des CCC" -> "einer
  // Erklärung des CCC", "hieß es vom Abgeordneten X" -> "vom Abgeordneten X").
  [[nodiscard]] std::optional<TokenRange> heisst_es_source(uint32_t v, uint32_t limit) const;
  [[nodiscard]] char16_t ch(uint32_t i) const { return doc_.text[doc_.tokens[i].start]; }
  [[nodiscard]] bool word(uint32_t i) const { return doc_.tokens[i].has(kWord); }
  [[nodiscard]] bool cap(uint32_t i) const { return doc_.tokens[i].has(kUpperInitial); }
  [[nodiscard]] bool punct(uint32_t i) const { return doc_.tokens[i].has(kPunct); }
  [[nodiscard]] bool is(uint32_t i, char16_t c) const { return doc_.punct_is(i, c); }
  [[nodiscard]] bool quote_mark(uint32_t i) const { return doc_.tokens[i].has(kQuoteMark); }
  [[nodiscard]] bool in_quote(uint32_t i) const { return quote_of_[i] >= 0; }
  [[nodiscard]] int32_t quote_of(uint32_t i) const { return quote_of_[i]; }
  [[nodiscard]] bool sentence_end_punct(uint32_t i) const {
    return punct(i) && (ch(i) == u'.' || ch(i) == u'!' || ch(i) == u'?' || ch(i) == u'…');
  }

  // WordClass bits of token i (0 for punctuation and numbers).
  [[nodiscard]] uint32_t classes(uint32_t i) const { return cls_[i]; }
  [[nodiscard]] bool has_class(uint32_t i, uint32_t cls) const { return (cls_[i] & cls) != 0; }
  // Gives token i the classes `cls` as well (a learned cue word, cue_words.hpp).
  void add_class(uint32_t i, uint32_t cls) { cls_[i] |= cls; }
  [[nodiscard]] bool speech_verb(uint32_t i) const { return has_class(i, kSpeechVerbW); }
  [[nodiscard]] bool report_verb(uint32_t i) const { return has_class(i, kReportVerbW); }
  [[nodiscard]] bool determiner(uint32_t i) const { return has_class(i, kDeterminerW); }
  [[nodiscard]] bool pronoun(uint32_t i) const { return has_class(i, kPronounW); }
  [[nodiscard]] bool subordinator(uint32_t i) const { return has_class(i, kSubordinatorW); }
  [[nodiscard]] bool np_stop(uint32_t i) const { return has_class(i, kNpStopW); }
  [[nodiscard]] bool subjunctive(uint32_t i) const { return has_class(i, kSubjunctiveW); }
  [[nodiscard]] bool weak_subjunctive(uint32_t i) const { return has_class(i, kWeakSubjunctiveW); }
  // German: token i is an article or possessive that is never nominative
  // ("den", "dem", "seinem"), so the phrase it opens is no subject.
  [[nodiscard]] bool object_article(uint32_t i) const;

  // The speaker noun phrase that starts at `from` (after an inverted speech
  // verb: "sagte der Sprecher des Ministeriums am Montag" -> "der Sprecher
  // des Ministeriums"), scanning no further than `limit`.
  [[nodiscard]] std::optional<TokenRange> np_after(uint32_t from, uint32_t limit) const;
  // The subject noun phrase that ends right before `verb`, not reaching
  // before `floor` ("Hugh Hill, a doctor, said" -> the whole of it). Empty
  // when the words before the verb are not a subject (a German Vorfeld
  // adverbial: "Am Montag sagte ...").
  [[nodiscard]] std::optional<TokenRange> np_before(uint32_t verb, uint32_t floor) const;
  // German inversion: a personal pronoun right after the finite verb is its
  // subject ("Entsprechend schloss er ...", "Dabei sagte sie ...").
  [[nodiscard]] std::optional<TokenRange> pronoun_after(uint32_t verb) const {
    if (lx_.lang == Language::En || verb + 1 >= size() || in_quote(verb + 1) || !pronoun(verb + 1)) return std::nullopt;
    if (doc_.tokens[verb + 1].sentence != doc_.tokens[verb].sentence) return std::nullopt;
    return TokenRange{verb + 1, verb + 2};
  }
  // A noun phrase that ends at `end` (exclusive), scanning backwards over
  // articles, adjectives and names only: "dem Bericht der Polizei zufolge".
  [[nodiscard]] std::optional<TokenRange> np_ending_at(uint32_t end, uint32_t floor) const;
  // The subject of a speech verb: the pronoun after it, else the phrase
  // before it; but an object "sie"/"es" after the verb gives way to a
  // phrase before it that names a role ("Der Hauptgeschäftsführer nannte
  // sie „fahrlässig“").
  [[nodiscard]] std::optional<TokenRange> pronoun_or_np_before(uint32_t verb, uint32_t floor) const;
  // A capitalised role or title word, or a German compound ending in one
  // ("Sprecher", "Regierungssprecher", "Bundeskanzlerin").
  [[nodiscard]] bool role_word(uint32_t i) const;
  // Capitalised, or a name whose particle is joined by a hyphen in lower
  // case ("al-Dschasira", "el-Baradei").
  [[nodiscard]] bool name_cap(uint32_t i) const;
  // German: the subject of a plain sentence, for a statement after it that
  // has no frame of its own ("Das Robert-Koch-Institut sieht keine Gefahr.
  // Lediglich Personen … seien zu schützen."): the noun phrase or pronoun
  // that opens the sentence before a lower-case verb, or the subject after
  // the finite verb behind a Vorfeld adverbial ("Am Montag hat die
  // Wahlkommission …"). Nullopt outside German and when unsure.
  [[nodiscard]] std::optional<TokenRange> sentence_subject(const SentenceInfo& s) const;
  // German verb coordinated with "und" ("X nannte … und rief die Armee
  // auf"): the subject of the sentence, when it ends before the "und".
  [[nodiscard]] std::optional<TokenRange> coordinated_subject_de(uint32_t verb) const;
  // German verb-second: when the verb is the sentence's first verb and the
  // words before it form one phrase opened by an article or a capitalised
  // noun (no punctuation, no other verb, no preposition first), that whole
  // Vorfeld is the subject: "Vertreter aller im Bundestag vertretenen
  // Parteien warnten …". Nullopt when unsure.
  [[nodiscard]] std::optional<TokenRange> vorfeld_subject_de(uint32_t verb) const;
  // German: `verb` is a passive auxiliary or followed by one ("wurde",
  // "berichtet wird"), so a "von" phrase before it is the agent.
  [[nodiscard]] bool passive_aux_near(uint32_t verb) const;
  // German: the subject right after the finite verb, past adverbs and a
  // reflexive ("kündigte heute der Präsident an", "hat die Behörde jetzt …"),
  // when the Vorfeld is an adverbial or object.
  [[nodiscard]] std::optional<TokenRange> subject_after_verb_de(uint32_t verb) const;
  // German: token i opens a prepositional "von" phrase that is not a name
  // ("von den Einrichtungen", "vom Ministerium"; not "von der Leyen").
  [[nodiscard]] bool von_phrase_de(uint32_t i) const;

  // A short quotation (at most 8 tokens, marks included) used as a name:
  // the opening mark of the one that closes at `close`, or the token after
  // the closing mark of the one that opens at `open`; nullopt otherwise.
  [[nodiscard]] std::optional<uint32_t> short_quote_start(uint32_t close) const;
  [[nodiscard]] std::optional<uint32_t> short_quote_after(uint32_t open) const;

  [[nodiscard]] Span span(TokenRange r) const { return {doc_.tokens[r.begin].start, doc_.tokens[r.end - 1].end}; }
  [[nodiscard]] Span span(uint32_t b, uint32_t e) const { return span(TokenRange{b, e}); }

  // French, Italian, Spanish, Portuguese, Dutch: an auxiliary of the
  // compound past before a participle ("a déclaré", "ha detto", "heeft gezegd").
  [[nodiscard]] bool compound_aux(uint32_t i) const;
  [[nodiscard]] bool name_particle(uint32_t i) const;
  [[nodiscard]] bool adjective_like(uint32_t i) const;

  // The steps of np_after, in order (German ones in subjects_de.cpp); each
  // takes the phrase found so far and returns its new end.
  // The end of the phrase's head from `from` (== from: no phrase): articles,
  // adjectives, names, attributes joined by a preposition ("Vizepräsident
  // von Alibaba"); English lower-case nouns. `limit` <= size().
  [[nodiscard]] uint32_t np_head_end(uint32_t from, uint32_t limit) const;
  // German attachments after the noun that the corpora keep in the speaker:
  // a short quoted name ("des Magazins „Der Spiegel“"), an abbreviation in
  // parentheses ("die Aufsichtsbehörde (DGAC)"), a place or employer ("ein
  // Sprecher in Berlin", "Theo Kitz vom Bankhaus Merck Finck"). Other
  // languages: r.end.
  [[nodiscard]] uint32_t attachments_end_de(TokenRange r, uint32_t limit) const;
  // English: when a comma and a word follow the name r, the end of the
  // whole apposition ("said Mark Thurber, associate director for research
  // at …,", comma included), or r.end when it does not open like one;
  // nullopt when no comma and word follow (then apposition_end applies).
  [[nodiscard]] std::optional<uint32_t> long_apposition_end_en(TokenRange r, uint32_t limit) const;
  // A short apposition after the name r ("said John Smith, a spokesman for
  // X."), up to the next comma or the sentence end; else r.end.
  [[nodiscard]] uint32_t apposition_end(TokenRange r, uint32_t limit) const;
  // Token b opens an apposition by an article and a role after it: "the
  // former head of …", German "die Leiterin der Fachstelle".
  [[nodiscard]] bool role_apposition(uint32_t b, uint32_t limit) const;

  // The steps of np_before, in order (German ones in subjects_de.cpp).
  // German verb-final frame after a name in apposition: "Vor kurzem hatte
  // ein Talibanführer, Baitullah Mehsud, erklärt": the subject before the
  // apposition, which joins it. Nullopt: not this frame.
  [[nodiscard]] std::optional<TokenRange> apposition_before_participle_de(uint32_t verb, uint32_t floor) const;
  // German verb-final clause: the finite auxiliary before `verb` around
  // which the subject stands ("Der Arzt hat sich optimistisch geäußert",
  // "Sie haben angekündigt"); nullopt when the general scan applies.
  [[nodiscard]] std::optional<uint32_t> clause_auxiliary_de(uint32_t verb, uint32_t floor) const;
  // The subject for the auxiliary `aux` of `verb`: the phrase before it, or
  // after an active one the phrase after it ("So hatte der Minister X noch
  // im Mai zugesichert"). Nullopt: no subject.
  [[nodiscard]] std::optional<TokenRange> subject_around_auxiliary_de(uint32_t aux, uint32_t verb,
                                                                      uint32_t floor) const;
  // Where the subject before `verb` ends: before a compound-past auxiliary
  // ("a déclaré") and the adverbs between subject and verb ("Smith also
  // said", German "X immer wieder betont hatte").
  [[nodiscard]] uint32_t subject_end(uint32_t verb, uint32_t floor) const;
  // The opening bracket when the phrase ending at e ends in a bracketed
  // party or age ("Angela Merkel (CDU)"); else e.
  [[nodiscard]] uint32_t parenthesis_start(uint32_t e, uint32_t floor) const;
  // The phrase ends at e with the comma after an apposition ("Hugh Hill, a
  // doctor,"): the comma before it; nullopt when there is none in reach.
  [[nodiscard]] std::optional<uint32_t> apposition_comma(uint32_t e, uint32_t floor) const;
  // German: token k, after a comma, opens a relative clause ("Deiss, der
  // sich … entschlossen hatte,"); e is the comma that closes it.
  [[nodiscard]] bool relative_clause_de(uint32_t k, uint32_t e) const;
  // English: the comma before further appositions in front of the one
  // closed by the comma at j ("Dean Johnson, a 55-year-old salesman from
  // Sumter, South Carolina, said"); j when there are none.
  [[nodiscard]] uint32_t more_appositions_en(uint32_t j, uint32_t floor) const;
  // The comma before a second, short apposition in front of the comma at j
  // ("Marley Anderson, 21, a junior …,"); else j.
  [[nodiscard]] uint32_t short_apposition_start(uint32_t j, uint32_t floor) const;
  // Where the phrase that ends at head_end starts: back to punctuation, a
  // quote or a clause word ("und" between names stays).
  [[nodiscard]] uint32_t head_start(uint32_t head_end, uint32_t floor) const;
  // English: [j, head_end) without a verb chain ("Cook declined to", "The
  // Times is expected to") or a clause before the subject ("That is why
  // critics"); nullopt when nothing is left.
  [[nodiscard]] std::optional<TokenRange> without_verb_chain_en(uint32_t j, uint32_t head_end) const;
  // German: the start of the noun phrase right before the verb within
  // [j, head_end); nullopt when the phrase is a Vorfeld adverbial ("Bereits
  // im Dezember 2005 hatte"). Other languages: j.
  [[nodiscard]] std::optional<uint32_t> np_start_de(uint32_t j, uint32_t head_end) const;
  // German: the preposition at k - 1 is part of a name that starts at j
  // ("Die Hilfsorganisation Ärzte ohne Grenzen").
  [[nodiscard]] bool name_with_preposition_de(uint32_t j, uint32_t k) const;
  // German: token j is an adverb before the subject that follows it ("Auch
  // die Delegationsleiterin X", "Auch Winfried Hassemer"), to be skipped.
  [[nodiscard]] bool vorfeld_adverb_de(uint32_t j, uint32_t head_end) const;
  // Whether a phrase opened by token j can be a subject: not an adverb or
  // preposition, a lone article or demonstrative ("Das sagte"), a German
  // sentence-initial adverb ("Offiziell") or object article ("Den Unmut").
  [[nodiscard]] bool subject_opening(uint32_t j, uint32_t head_end) const;
  // German: the phrase at j ends a Vorfeld that opens the sentence with an
  // object article or a preposition ("Den noch verbliebenen Flüchtlingen
  // sicherte X zu", "Bereits während seiner Amtszeit warnte X"): the verb
  // is second and its subject follows it.
  [[nodiscard]] bool object_vorfeld_de(uint32_t j, uint32_t floor) const;
  // [j, head_end) holds a name, pronoun or (outside German) an article or
  // number; English also a plural role ("federal officials").
  [[nodiscard]] bool names_someone(uint32_t j, uint32_t head_end) const;

 private:
  [[nodiscard]] bool apposition_opener(uint32_t i) const;
  // English: a lower-case word that opens a speaker phrase ("spokesman",
  // "one", "former") when a name or role follows.
  [[nodiscard]] bool english_np_opening(uint32_t from, uint32_t limit) const;
  [[nodiscard]] bool np_word_after(uint32_t i, bool started, uint32_t limit) const;

  const Document& doc_;
  const Lexicon& lx_;
  const std::vector<int32_t>& quote_of_;
  std::vector<uint32_t> cls_;
};

}  // namespace quelle::quotes
