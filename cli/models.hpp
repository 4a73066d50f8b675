// Finds and loads the NER model files (models/ner-<lang>.qnm).
#pragma once

#include <string>

#include "quelle/quelle.hpp"

namespace quelle::cli {

// The folder: --models DIR, else $QUELLE_MODELS, else the models/ folder of
// the source tree the binary was built from.
std::string model_dir(const std::string& from_option);

// Lets `store` read ner-<lang>.qnm from `dir` the first time a text of that
// language comes; a missing file means no model, a corrupt one is reported
// on stderr and skipped (its language then runs without a model).
void load_models(const std::string& dir, ModelStore& store);

}  // namespace quelle::cli
