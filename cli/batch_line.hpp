// One line of `quelle batch`: a JSON request in, one JSON record out.
// Separate from the command's I/O loop so that it can be fuzzed.
#pragma once

#include <string>

#include "options.hpp"
#include "quelle/quelle.hpp"

namespace quelle::cli {

struct BatchAnswer {
  std::string line;  // {"id":...,"analysis":{...}} or {"id":...,"error":{...}}
  bool error = false;
};

// Never throws; any input line gets exactly one answer.
BatchAnswer answer_batch_line(const std::string& line, const CommonOptions& options, const ModelStore& models);

}  // namespace quelle::cli
