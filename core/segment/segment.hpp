// Stage 2, segment: tokens and sentences, with ICU's break iterators.
// ICU finds word and sentence boundaries by the Unicode rules (UAX #29);
// for paragraphs of simple characters, fast paths that give exactly ICU's
// boundaries do it without ICU (word_breaks.hpp, sentence_breaks.hpp).
// Quelle then joins what news text needs joined: hyphenated compounds
// ("Alibaba-Manager"), abbreviations with their period ("Dr.", "u.a."),
// and sentence breaks after abbreviations, initials and ordinal dates
// ("am 3. Oktober") are taken back.
#pragma once

#include "document/document.hpp"

namespace quelle {

// Needs doc.text, doc.lower and doc.paragraphs; fills doc.tokens and doc.sentences.
void segment(Document& doc);

// True for quotation mark characters of every convention Quelle reads.
bool is_quote_mark(char16_t c);

}  // namespace quelle
