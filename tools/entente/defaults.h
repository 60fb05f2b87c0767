// Where `entente code` looks when the user does not say: the project's own
// dictionary and the compiled-dictionary cache.
#ifndef ENTENTE_TOOLS_DEFAULTS_H_
#define ENTENTE_TOOLS_DEFAULTS_H_

#include <string>
#include <vector>

namespace entente {

// The cache directory: $XDG_CACHE_HOME/entente, else $HOME/.cache/entente,
// else "" (no cache) when neither variable is set.
std::string DefaultCacheDir();

// Directories searched, in order, for the default dictionary entente.project:
// the source tree's dict/ (compiled in, for a binary used from its build
// tree), then PREFIX/share/entente/dict (installed).
std::vector<std::string> DefaultDictionaryDirs();

// The first DIR/NAME that exists among DefaultDictionaryDirs(), or "".
std::string FindDefaultFile(const std::string& name);

// The first DIR/entente.project that exists among DefaultDictionaryDirs(),
// or "" when none does.
std::string FindDefaultProject();

}  // namespace entente

#endif  // ENTENTE_TOOLS_DEFAULTS_H_
