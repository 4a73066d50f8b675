// Fuzzes `quelle report` (core/report/): its input is `quelle batch` output,
// one record per line, which a user may have edited or cut short. Each line
// becomes a summary or an error; a summary survives its JSON round trip
// (the page's workers send summaries as JSON); the corpus of all lines
// gives a report whose article count is the number of lines.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "report/report.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace report = quelle::report;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  report::Corpus corpus;
  uint64_t lines = 0;
  for (size_t start = 0; start < input.size();) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    const auto line = input.substr(start, end - start);
    start = end + 1;
    ++lines;
    auto summary = report::summarize_record(line);
    if (!summary) {
      corpus.add(report::failed_article({}, "invalid_request", summary.error().message));
      continue;
    }
    const auto back = report::summary_from_json(report::to_json(*summary, true));
    check(back.ok() && *back == *summary);
    corpus.add(*summary);
  }
  check(corpus.articles() == lines);
  const auto text = corpus.to_json().dump(-1, ' ', false, report::json::error_handler_t::replace);
  check(!text.empty());
  return 0;
}
