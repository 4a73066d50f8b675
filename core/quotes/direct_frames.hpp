// The frame of a direct quote: the speech verb and speaker right after it
// („…“, sagte Yu. / "…," he said. / "…," said the minister.) or right
// before it (Merkel sagte: „…“ / Hugh Hill, a doctor, said:¶"…").
#pragma once

#include <optional>

#include "quotes/quote_marks.hpp"
#include "quotes/scan.hpp"

namespace quelle::quotes {

struct Frame {
  std::optional<Span> cue;
  std::optional<Span> speaker;
  [[nodiscard]] bool found() const { return cue.has_value() || speaker.has_value(); }
};

Frame direct_frame(const Scanner& sc, const MarkedQuote& q);

}  // namespace quelle::quotes
