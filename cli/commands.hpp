// The CLI's subcommands. cli/ only does I/O: reading files and lines,
// writing JSON, exit codes; all analysis is quelle_core's.
#pragma once

#include <string>
#include <vector>

namespace quelle::cli {

using Args = std::vector<std::string>;

// Exit codes (documented in README and `quelle --help`).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the input could not be analysed (analyze), I/O error
inline constexpr int kExitUsage = 2;    // unknown command or option

int analyze_command(const Args& args);
int batch_command(const Args& args);
int report_command(const Args& args);
int train_ner_command(const Args& args);
int train_quotes_command(const Args& args);

}  // namespace quelle::cli
