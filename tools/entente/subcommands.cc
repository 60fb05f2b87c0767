#include "subcommands.h"

#include <cstring>
#include <iostream>

#include <CLI/CLI.hpp>

namespace {

const Subcommand kSubcommands[] = {
    {"code", RunCode, "code articles (JSONL, text, TABARI, PETRARCH) into events"},
    {"dyads", RunDyads, "count source->target pairs in JSONL events"},
    {"ingest", RunIngest, "code articles into an SQLite store (idempotent, resumable)"},
    {"dyad", RunDyad, "a relationship's series, trend and change points from the store"},
    {"brief", RunBrief, "a one-page brief on a relationship from the store"},
    {"export", RunExport, "stored events as GDELT, ICEWS, PLOVER, JSONL or CSV"},
    {"compare", RunCompare, "where two accounts of one meeting or call diverge"},
#ifdef ENTENTE_HAVE_VALIDATE
    {"validate", RunValidate, "run a TABARI validation project and report failures"},
#endif
    {"version", RunVersion, "print the version"},
    {"help", RunHelp, "list subcommands, or show one subcommand's options"},
};

}  // namespace

std::span<const Subcommand> Subcommands() { return kSubcommands; }

const Subcommand* FindSubcommand(const char* name) {
  for (const Subcommand& s : kSubcommands)
    if (std::strcmp(s.name, name) == 0) return &s;
  return nullptr;
}

int ReportParseError(const CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
    // --help: CLI11 formats the usage.
    std::cout << app.help();
    return kExitOk;
  }
  std::cerr << app.get_name() << ": " << error.what() << " (see '" << app.get_name()
            << " --help')\n";
  return kExitUsage;
}
