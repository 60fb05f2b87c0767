// The `entente` tool's subcommands.
//
// main() looks the first argument up in Subcommands() and calls the function
// with argv shifted so that argv[0] is the subcommand's name (ninja's tool
// table, fastText's main.cc). Each function parses its own flags, calls the
// library, prints, and returns the process exit status: kExitOk, kExitFailure
// for a fatal error (unreadable dictionary or input), kExitUsage for bad
// options. Only the tool prints; the library returns Status values.
//
// The Run* functions live in the global namespace so that every subcommand
// file, including validate.cc (written with the engine), declares the same
// symbol without coordination.
#ifndef ENTENTE_TOOLS_SUBCOMMANDS_H_
#define ENTENTE_TOOLS_SUBCOMMANDS_H_

#include <cstdio>
#include <span>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// `entente code [options] [FILE...]`: articles in, events out (code.cc).
int RunCode(int argc, char** argv);
// `entente dyads [FILE...]`: counts source->target pairs in JSONL events (dyads.cc).
int RunDyads(int argc, char** argv);
// `entente ingest --db FILE [FILE...]`: codes articles into the store (ingest.cc).
int RunIngest(int argc, char** argv);
// `entente dyad --db FILE A B`: a relationship's series and change points (dyad.cc).
int RunDyad(int argc, char** argv);
// `entente brief --db FILE A B`: one page on a relationship (brief.cc).
int RunBrief(int argc, char** argv);
// `entente export --db FILE --format F`: stored events as GDELT, ICEWS... (export_cmd.cc).
int RunExport(int argc, char** argv);
// `entente compare A B`: where two accounts of one exchange diverge (compare_cmd.cc).
int RunCompare(int argc, char** argv);
// `entente validate PROJECT`: runs a TABARI validation file (validate.cc,
// owned by the engine; built only when that file exists).
int RunValidate(int argc, char** argv);
// `entente version` (version.cc).
int RunVersion(int argc, char** argv);
// `entente help [SUBCOMMAND]` (help.cc).
int RunHelp(int argc, char** argv);

struct Subcommand {
  const char* name;
  int (*run)(int argc, char** argv);
  const char* summary;  // one line for `entente help`
};

// Turns a CLI11 parse outcome into output and an exit status: --help prints
// the usage (kExitOk); anything else prints "entente SUB: what went wrong"
// on stderr (kExitUsage). Defined in subcommands.cc.
int ReportParseError(const CLI::App& app, const CLI::ParseError& error);

// The list of subcommands, for `entente help` and a bare `entente` (help.cc).
void PrintUsage(std::FILE* out);

// Every subcommand this binary was built with, in the order help lists them.
std::span<const Subcommand> Subcommands();

// The entry whose name is `name`, or nullptr.
const Subcommand* FindSubcommand(const char* name);

#endif  // ENTENTE_TOOLS_SUBCOMMANDS_H_
