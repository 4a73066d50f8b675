// The tags of the trained quote-span tagger (quote_model.hpp): O, and B / I
// for each of four quote types. Indirect-free-indirect annotations are
// tagged FreeIndirect (both continue a speaker without a frame of their own).
#pragma once

#include <cstdint>

#include "quelle/analysis.hpp"

namespace quelle::quotes {

inline constexpr uint32_t kQuoteTagTypes = 4;
inline constexpr uint32_t kQuoteTags = 1 + 2 * kQuoteTagTypes;

// The types in tag order: tag 1 + 2t is B of type t, 2 + 2t is I.
inline constexpr QuoteType kTagTypes[kQuoteTagTypes] = {QuoteType::Direct, QuoteType::Indirect, QuoteType::Reported,
                                                        QuoteType::FreeIndirect};

constexpr uint8_t begin_tag(uint32_t type_index) { return static_cast<uint8_t>(1 + 2 * type_index); }
constexpr uint8_t inside_tag(uint32_t type_index) { return static_cast<uint8_t>(2 + 2 * type_index); }
constexpr bool is_begin(int tag) { return tag > 0 && tag % 2 == 1; }
constexpr bool is_inside(int tag) { return tag > 0 && tag % 2 == 0; }
constexpr uint32_t type_index_of(int tag) { return static_cast<uint32_t>(tag - 1) / 2; }

// The tag index of a quote type (Mixed counts as Direct).
constexpr uint32_t type_index(QuoteType t) {
  switch (t) {
    case QuoteType::Direct:
    case QuoteType::Mixed:
      return 0;
    case QuoteType::Indirect:
      return 1;
    case QuoteType::Reported:
      return 2;
    case QuoteType::FreeIndirect:
      return 3;
  }
  return 1;
}

// BIO: I-X only after B-X or I-X (prev = -1: the sequence start).
constexpr bool quote_tags_allowed(int prev, int next) {
  if (!is_inside(next)) return true;
  return prev > 0 && type_index_of(prev) == type_index_of(next);
}

}  // namespace quelle::quotes
