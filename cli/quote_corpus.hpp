// Reading the annotated quote corpora (../shared/data/quotes/*: one JSON
// file per article with `originalText` and `annotations`, offsets in code
// points) into training articles with UTF-16 offsets.
#pragma once

#include <string>
#include <vector>

#include "quelle/status.hpp"
#include "quotes/quote_train.hpp"

namespace quelle::cli {

// Every *.json file of `dir`, sorted by name.
Expected<std::vector<quotes::TrainArticle>> read_quote_corpus(const std::string& dir);

}  // namespace quelle::cli
