#include "defaults.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace entente {

std::string DefaultCacheDir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && xdg[0] != '\0') return std::string(xdg) + "/entente";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] != '\0') return std::string(home) + "/.cache/entente";
  return "";
}

std::vector<std::string> DefaultDictionaryDirs() {
  return {ENTENTE_SOURCE_DICT_DIR, ENTENTE_INSTALL_DICT_DIR};
}

std::string FindDefaultFile(const std::string& name) {
  for (const std::string& dir : DefaultDictionaryDirs()) {
    std::string path = dir + "/" + name;
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) return path;
  }
  return "";
}

std::string FindDefaultProject() { return FindDefaultFile("entente.project"); }

}  // namespace entente
