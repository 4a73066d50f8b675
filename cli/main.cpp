// quelle: the command-line front end. See `quelle --help`.
#include <cstring>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "quelle/quelle.hpp"

namespace {

constexpr const char* kHelp = R"(quelle - who is mentioned and who said what, in news text

Usage:
  quelle analyze [FILE|-] [--encoding ENC] [--pretty] [--language xx] [--models DIR]
                          [--no-entities] [--no-quotes] [--no-gender]
      Analyse one text ('-' or no FILE reads stdin) and print its analysis
      as JSON (schema version 1, docs/schema.md). Every person has a gender
      from what the text says ("unknown" when it says nothing clear);
      --no-gender leaves it "unknown" for all.
      --encoding: utf-8 (the default), auto, or a name of ICU's converters
      (windows-1252, iso-8859-1, iso-8859-15, utf-16, ...). auto reads valid
      UTF-8 as UTF-8, else takes ICU's detection (ISO-8859-1 as its superset
      windows-1252, said on stderr); text it cannot tell is an error
      (exit 1), an unknown name a usage error (exit 2). A byte order mark
      is dropped.
  quelle batch [--jobs N] [--language xx] [--models DIR] [--no-entities] [--no-quotes] [--no-gender]
      Read JSON Lines {"id": ..., "text": ..., "language"?: ...} (UTF-8)
      from stdin, write one line per input, in input order:
        {"id": ..., "analysis": {...}}  or  {"id": ..., "error": {"code", "message"}}
      String "outlet" and "date" members of a line are copied to its answer.
      A bad line yields an error record and the run goes on. Blank lines are
      skipped. Progress goes to stderr when stderr is a terminal.
      --jobs N: lines analysed on N threads (default: one per core); the
      output is the same bytes as with --jobs 1 (docs/scale.md).
  quelle report [FILE|-] [--pretty] [--top N] [--articles]
      Read `quelle batch` output (JSON Lines, stdin or FILE) and print the
      corpus summary as one JSON object (docs/schema.md, "Corpus report"):
      speakers merged across articles by name and type, quotes and share
      of quoted words per speaker, quote types, share of voice by gender,
      counts by outlet, date and language, the N most mentioned entities
      (default 25), and the articles with errors. The page's corpus mode
      computes the same. --articles first prints each article's summary.
  quelle train-ner --lang xx --out FILE [options]
      Train a named-entity model (docs/models.md; `quelle train-ner --help`).
  quelle train-quotes --lang xx --data DIR --out FILE [options]
      Train the quote models (docs/quotes.md; `quelle train-quotes --help`).
  quelle --help | --version

)";
// After the list of languages (quelle/languages.hpp).
constexpr const char* kHelpTail = R"( (detected when not given).
Models: --models DIR, else $QUELLE_MODELS, else the source tree's models/.

Exit codes:
  0  success (batch: every line was answered, errors included)
  1  the input could not be analysed or read; the reason is on stderr
  2  usage error: unknown command or option
)";

std::string help() { return std::string(kHelp) + "Languages: " + quelle::language_list() + kHelpTail; }

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    std::cerr << help();
    return quelle::cli::kExitUsage;
  }
  const std::string command = argv[1];
  const quelle::cli::Args args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << help();
    return quelle::cli::kExitOk;
  }
  if (command == "--version") {
    std::cout << "quelle " << quelle::version() << "\n";
    return quelle::cli::kExitOk;
  }
  if (command == "analyze") return quelle::cli::analyze_command(args);
  if (command == "batch") return quelle::cli::batch_command(args);
  if (command == "report") return quelle::cli::report_command(args);
  if (command == "train-ner") return quelle::cli::train_ner_command(args);
  if (command == "train-quotes") return quelle::cli::train_quotes_command(args);
  std::cerr << "quelle: unknown command '" << command << "' (see quelle --help)\n";
  return quelle::cli::kExitUsage;
}
