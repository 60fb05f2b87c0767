// Writes arbitrary bytes to a temporary .project file and reads it with
// ReadTabariProject (which takes a path). A project that parses must name
// at least one actors and one verbs file.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "dict/tabari_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = [] {
    const char* tmp = std::getenv("TMPDIR");
    return std::string(tmp ? tmp : "/tmp") + "/entente_fuzz_" + std::to_string(getpid()) + ".project";
  }();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  entente::dict::TabariProject project;
  if (entente::dict::ReadTabariProject(path, &project).ok()) {
    bool actors = false, verbs = false;
    for (const auto& [kind, file] : project.dictionaries) {
      actors |= kind == entente::dict::kActor;
      verbs |= kind == entente::dict::kVerb;
      if (file.empty()) std::abort();
    }
    if (!actors || !verbs) std::abort();
  }
  return 0;
}
