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
    return lx_.lang == Language::De && v + 1 < limit && (low(v) == u"heißt" || low(v) == u"hieß") && low(v + 1) == u"es";
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

  [[nodiscard]] Span span(TokenRange r) const {
    return {doc_.tokens[r.begin].start, doc_.tokens[r.end - 1].end};
  }
  [[nodiscard]] Span span(uint32_t b, uint32_t e) const { return span(TokenRange{b, e}); }

  // French, Italian, Spanish, Portuguese, Dutch: an auxiliary of the
  // compound past before a participle ("a déclaré", "ha detto", "heeft gezegd").
  [[nodiscard]] bool compound_aux(uint32_t i) const;
  [[nodiscard]] bool name_particle(uint32_t i) const;
  [[nodiscard]] bool adjective_like(uint32_t i) const;

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
