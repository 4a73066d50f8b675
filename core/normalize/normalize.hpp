// Stage 1, normalize: prepares the text for the stages after it without ever
// changing it (offsets are those of the input). It builds a lower-case shadow
// of the same length, for case-insensitive matching, and finds paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"

namespace quelle {

// Simple (1:1) lower case per code point; a code point whose lower case
// would change the UTF-16 length is kept as it is. Lone surrogates -> U+FFFD.
std::u16string lower_shadow(std::u16string_view text);

// A paragraph is a run of non-blank lines: news pasted from the web has one
// paragraph per line, agency text separates them by blank lines; both work.
// Leading/trailing white space is not part of a paragraph.
std::vector<Paragraph> find_paragraphs(std::u16string_view text);

void normalize(Document& doc);

}  // namespace quelle
