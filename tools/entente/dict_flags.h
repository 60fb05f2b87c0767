// The dictionary options shared by `entente code` and `entente ingest`:
// --tabari-project, --actors, --verbs, --agents, --discards, --options,
// --cache-dir, --no-cache; with none of the dictionary flags, the project's
// own dict/entente.project.
#ifndef ENTENTE_TOOLS_DICT_FLAGS_H_
#define ENTENTE_TOOLS_DICT_FLAGS_H_

#include <string>

#include "entente/coder.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace entente {

struct DictionaryFlags {
  DictionarySources dict;
  std::string cache_dir;
  bool no_cache = false;
  // Set by AddDictionaryFlags; counted to know whether any was given.
  CLI::Option* given[6] = {};
};

// Adds the flags to `app`, writing into *flags. REQUIRES: flags outlives app.
void AddDictionaryFlags(CLI::App* app, DictionaryFlags* flags);

// The sources to load after parsing: the default project when no dictionary
// flag was given, and the cache directory (created; a warning and no cache
// when it cannot be). On failure prints "SUBCOMMAND: why" on stderr and
// returns false.
bool ResolveDictionaries(const char* subcommand, const DictionaryFlags& flags,
                         DictionarySources* out);

}  // namespace entente

#endif  // ENTENTE_TOOLS_DICT_FLAGS_H_
