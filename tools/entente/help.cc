#include <cstdio>

#include "subcommands.h"

int RunHelp(int argc, char** argv) {
  if (argc >= 2) {
    // `entente help code` is `entente code --help`.
    const Subcommand* sub = FindSubcommand(argv[1]);
    if (sub == nullptr) {
      std::fprintf(stderr, "entente: unknown subcommand '%s'\n", argv[1]);
      return kExitUsage;
    }
    char flag[] = "--help";
    char* sub_argv[] = {argv[1], flag, nullptr};
    return sub->run(2, sub_argv);
  }
  PrintUsage(stdout);
  return kExitOk;
}

void PrintUsage(std::FILE* out) {
  std::fprintf(out,
               "usage: entente SUBCOMMAND [options]\n"
               "\n"
               "Codes English news into political events with TABARI-style dictionaries.\n"
               "\n"
               "subcommands:\n");
  for (const Subcommand& s : Subcommands()) std::fprintf(out, "  %-10s %s\n", s.name, s.summary);
  std::fprintf(out, "\n'entente help SUBCOMMAND' shows a subcommand's options.\n");
}
