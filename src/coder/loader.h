// Loading dictionaries named by DictionarySources into a compiled form
// shared by coders: the Dictionary, its Matcher, and the options files.
#ifndef ENTENTE_CODER_LOADER_H_
#define ENTENTE_CODER_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "coder/options.h"
#include "dict/dictionary.h"
#include "dict/matcher.h"
#include "entente/coder.h"

namespace entente::coder {

struct Compiled {
  std::unique_ptr<dict::Dictionary> dict;
  std::unique_ptr<dict::Matcher> matcher;
  std::vector<std::string> warnings;  // skipped dictionary entries, "file:line: reason"
  // What was loaded, in load order, for DictionaryVersion().
  std::vector<std::pair<dict::WordType, std::string>> files;
  std::vector<std::string> option_files;
};

// Reads every source (or the compiled cache when it is current) and the
// options files. *options starts from defaults.
Status LoadCompiled(const DictionarySources& sources, std::shared_ptr<const Compiled>* out,
                    CoderOptions* options, bool* from_cache);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_LOADER_H_
