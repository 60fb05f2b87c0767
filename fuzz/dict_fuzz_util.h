// Shared by the dictionary fuzz targets: after a reader has run, compile
// the result the way the coder does and look words up, so crashes in the
// matcher and the search aids are found too.
#ifndef ENTENTE_FUZZ_DICT_FUZZ_UTIL_H_
#define ENTENTE_FUZZ_DICT_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <istream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "dict/dictionary_file.h"
#include "dict/matcher.h"

namespace entente::fuzz {

inline void ExerciseDictionary(dict::Dictionary* d, std::string_view input) {
  d->ComputeRequiredLiterals();
  dict::Matcher m(*d);
  // Words: the input's blank-separated tokens (first few), and every
  // literal with a byte added, as a sentence would present them.
  std::vector<std::string> words;
  size_t i = 0;
  while (i < input.size() && words.size() < 64) {
    while (i < input.size() && (input[i] == ' ' || input[i] == '\n' || input[i] == '\t')) ++i;
    size_t j = i;
    while (j < input.size() && input[j] != ' ' && input[j] != '\n' && input[j] != '\t') ++j;
    if (j > i) words.emplace_back(input.substr(i, j - i));
    i = j;
  }
  for (int id = 1; id < d->literal_count() && id < 256; ++id) words.push_back(d->literal(id) + "S");
  std::vector<int32_t> fast, slow;
  for (const std::string& w : words) {
    fast.clear();
    slow.clear();
    m.Lookup(w, &fast);
    dict::NaiveLookup(*d, w, &slow);
    if (fast != slow) std::abort();  // the trie must agree with the scan
  }
  for (size_t r = 1; r < d->roots.size(); ++r) (void)d->PhraseText(d->roots[r].phrase);
  for (size_t s = 1; s < d->actor_sets.size(); ++s) {
    for (entente::Day day : {-40000, 0, 12000, 20000}) (void)d->ActorCodesOn(static_cast<int>(s), day);
  }
}

// The body of each dictionary-reader target: `read` over the input, then
// (when `detect` is given) format detection and the detected reader into
// the same dictionary, then ExerciseDictionary.
using StreamReader = Status (*)(std::istream&, const std::string&, dict::Dictionary*,
                                std::vector<std::string>*);

inline int FuzzDictionaryReader(const uint8_t* data, size_t size, StreamReader read,
                                std::optional<dict::WordType> detect = std::nullopt) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  dict::Dictionary d;
  std::vector<std::string> warnings;
  std::istringstream in(bytes);
  (void)read(in, "fuzz", &d, &warnings);
  if (detect) (void)dict::ReadDictionary(bytes, "fuzz", *detect, &d, &warnings);
  ExerciseDictionary(&d, bytes);
  return 0;
}

}  // namespace entente::fuzz

#endif  // ENTENTE_FUZZ_DICT_FUZZ_UTIL_H_
