#include "topics/index.h"

#include <algorithm>

namespace entente::topics {

bool Beats(const Phrase& a, const Phrase& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  if (a.prefix_words != b.prefix_words) return a.prefix_words < b.prefix_words;
  if (a.exact_case != b.exact_case) return a.exact_case;
  return a.line < b.line;  // distinct phrases never share a line
}

bool WordMatches(const Phrase& p, size_t w, std::string_view upper_word, std::string_view raw_word) {
  const std::string& want = p.exact_case ? p.raw[w] : p.upper[w];
  const std::string_view got = p.exact_case ? raw_word : upper_word;
  if (p.prefix[w]) return got.size() >= want.size() && got.compare(0, want.size(), want) == 0;
  return got == want;
}

void Index::Build() {
  exact.clear();
  prefixed.clear();
  prefix_lengths.clear();
  for (uint32_t id = 0; id < phrases.size(); ++id) {
    const Phrase& p = phrases[id];
    std::string_view key = p.upper[0];
    (p.prefix[0] ? prefixed : exact)[key].push_back(id);
    if (p.prefix[0]) prefix_lengths.push_back(key.size());
  }
  // Find stops at the first candidate that matches, so each list must be
  // best first.
  auto by_rank = [this](uint32_t a, uint32_t b) { return Beats(phrases[a], phrases[b]); };
  for (auto& [key, ids] : exact) std::sort(ids.begin(), ids.end(), by_rank);
  for (auto& [key, ids] : prefixed) std::sort(ids.begin(), ids.end(), by_rank);
  std::sort(prefix_lengths.begin(), prefix_lengths.end());
  prefix_lengths.erase(std::unique(prefix_lengths.begin(), prefix_lengths.end()), prefix_lengths.end());
}

}  // namespace entente::topics
