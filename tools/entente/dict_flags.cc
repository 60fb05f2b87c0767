#include "dict_flags.h"

#include <filesystem>
#include <iostream>
#include <system_error>

#include <CLI/CLI.hpp>

#include "defaults.h"

namespace entente {

void AddDictionaryFlags(CLI::App* app, DictionaryFlags* f) {
  f->given[0] = app->add_option("--tabari-project", f->dict.tabari_project,
                                "TABARI .project file naming the dictionaries");
  // Each dictionary flag takes one file and may be repeated.
  f->given[1] = app->add_option("--actors", f->dict.actors, "actors dictionary (repeatable)")
                    ->allow_extra_args(false);
  f->given[2] = app->add_option("--verbs", f->dict.verbs, "verbs dictionary (repeatable)")
                    ->allow_extra_args(false);
  f->given[3] = app->add_option("--agents", f->dict.agents, "agents dictionary (repeatable)")
                    ->allow_extra_args(false);
  f->given[4] = app->add_option("--discards", f->dict.discards, "discard list (repeatable)")
                    ->allow_extra_args(false);
  f->given[5] = app->add_option("--options", f->dict.options, "TABARI .options file (repeatable)")
                    ->allow_extra_args(false);
  auto* cache_dir = app->add_option("--cache-dir", f->cache_dir,
                                    "compiled-dictionary cache (default: $XDG_CACHE_HOME/entente "
                                    "or ~/.cache/entente)");
  app->add_flag("--no-cache", f->no_cache, "do not read or write the compiled-dictionary cache")
      ->excludes(cache_dir);
}

bool ResolveDictionaries(const char* subcommand, const DictionaryFlags& f,
                         DictionarySources* out) {
  *out = f.dict;
  size_t given = 0;
  for (const CLI::Option* o : f.given) given += o ? o->count() : 0;
  if (given == 0) {
    out->tabari_project = FindDefaultProject();
    if (out->tabari_project.empty()) {
      std::cerr << subcommand
                << ": no dictionary given and the default entente.project was not found in";
      for (const std::string& dir : DefaultDictionaryDirs()) std::cerr << " " << dir;
      std::cerr << "; pass --tabari-project or --actors/--verbs\n";
      return false;
    }
  }
  if (!f.no_cache) {
    out->cache_dir = f.cache_dir.empty() ? DefaultCacheDir() : f.cache_dir;
    std::error_code ec;
    if (!out->cache_dir.empty() && !std::filesystem::create_directories(out->cache_dir, ec) && ec) {
      std::cerr << "entente: warning: cannot create cache directory " << out->cache_dir << ": "
                << ec.message() << "; going on without a cache\n";
      out->cache_dir.clear();
    }
  }
  return true;
}

}  // namespace entente
