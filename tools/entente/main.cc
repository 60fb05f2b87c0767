// entente: the command-line tool. main() only dispatches; every subcommand is
// one function in its own file (see subcommands.h).
#include <cstdio>
#include <cstring>

#include "subcommands.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return kExitUsage;
  }
  const char* name = argv[1];
  if (std::strcmp(name, "--help") == 0 || std::strcmp(name, "-h") == 0) name = "help";
  if (std::strcmp(name, "--version") == 0) name = "version";
  const Subcommand* sub = FindSubcommand(name);
  if (sub == nullptr) {
    std::fprintf(stderr, "entente: unknown subcommand '%s' (see 'entente help')\n", argv[1]);
    return kExitUsage;
  }
  return sub->run(argc - 1, argv + 1);
}
