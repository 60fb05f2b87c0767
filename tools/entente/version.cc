#include <cstdio>

#include "subcommands.h"

int RunVersion(int argc, char** argv) {
  std::printf("entente %s\n", ENTENTE_VERSION);
  return kExitOk;
}
