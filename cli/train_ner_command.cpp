#include <iostream>

#include "commands.hpp"

namespace quelle::cli {

int train_ner_command(const Args& /*args*/) {
  std::cerr << "quelle: train-ner is not available in this build yet\n";
  return kExitFailure;
}

}  // namespace quelle::cli
