#include "coder/loader.h"

#include "dict/cache.h"
#include "dict/dictionary_file.h"
#include "dict/tabari_reader.h"

namespace entente::coder {
namespace {
// Discard lists have no word type of their own; this tag keeps them apart
// from actors in the load order and the cache fingerprint.
constexpr dict::WordType kDiscards = dict::kNullTag;
}  // namespace

Status LoadCompiled(const DictionarySources& sources, std::shared_ptr<const Compiled>* out,
                    CoderOptions* options, bool* from_cache) {
  *from_cache = false;
  // Files are read in project order, then actors, verbs, agents: the order
  // decides which of two equally long roots wins, as in TABARI.
  std::vector<std::pair<dict::WordType, std::string>> files;
  std::vector<std::string> option_files;
  if (!sources.tabari_project.empty()) {
    dict::TabariProject project;
    Status st = dict::ReadTabariProject(sources.tabari_project, &project);
    if (!st.ok()) return st;
    files = project.dictionaries;
    option_files = project.options;
  }
  for (const std::string& f : sources.actors) files.emplace_back(dict::kActor, f);
  for (const std::string& f : sources.verbs) files.emplace_back(dict::kVerb, f);
  for (const std::string& f : sources.agents) files.emplace_back(dict::kAgent, f);
  for (const std::string& f : sources.discards) files.emplace_back(kDiscards, f);
  option_files.insert(option_files.end(), sources.options.begin(), sources.options.end());
  if (files.empty()) return Status::InvalidArgument("no dictionaries given");
  for (const std::string& f : option_files) {
    Status st = LoadOptionsFile(f, options);
    if (!st.ok()) return st;
  }
  auto compiled = std::make_shared<Compiled>();
  compiled->files = files;
  compiled->option_files = option_files;
  std::string cache_path;
  uint64_t fingerprint = 0;
  if (!sources.cache_dir.empty()) {
    Status st = dict::Fingerprint(files, &fingerprint);
    if (!st.ok()) return st;
    cache_path = dict::CachePath(sources.cache_dir, files);
    bool hit = false;
    st = dict::LoadCache(cache_path, fingerprint, &compiled->dict, &compiled->matcher, &hit);
    if (st.ok() && hit) {
      *from_cache = true;
      *out = std::move(compiled);
      return Status::Ok();
    }
    if (!st.ok()) compiled->warnings.push_back(cache_path + ": " + st.message() + "; rebuilt");
  }
  compiled->dict = std::make_unique<dict::Dictionary>();
  for (const auto& [kind, f] : files) {
    Status st = kind == kDiscards ? dict::LoadDiscardsFile(f, compiled->dict.get(), &compiled->warnings)
                                  : dict::LoadDictionaryFile(f, kind, compiled->dict.get(), &compiled->warnings);
    if (!st.ok()) return st;
  }
  compiled->dict->ComputeRequiredLiterals();
  compiled->matcher = std::make_unique<dict::Matcher>(*compiled->dict);
  if (!cache_path.empty()) {
    Status st = dict::SaveCache(cache_path, fingerprint, *compiled->dict, *compiled->matcher);
    if (!st.ok()) compiled->warnings.push_back(st.message());
  }
  *out = std::move(compiled);
  return Status::Ok();
}

}  // namespace entente::coder
