// The parsed form of a topic dictionary and the word index Find uses.
// Internal: the public API is include/entente/topics.h.
#ifndef ENTENTE_TOPICS_INDEX_H_
#define ENTENTE_TOPICS_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "topics/words.h"

namespace entente::topics {

struct Phrase {
  std::vector<std::string> upper;  // the words, ASCII upper-cased (the keys)
  std::vector<std::string> raw;    // the words as written (compared when exact_case)
  std::vector<bool> prefix;        // word i was written WORD*
  int prefix_words = 0;            // how many words are prefixes
  bool exact_case = false;         // written =PHRASE
  bool stop = false;               // written !PHRASE: claims its words, reports nothing
  int line = 0;                    // where it first appears
  std::vector<uint32_t> topics;    // ascending; empty for a stop phrase
  std::string written;             // as written, markers included ("!=US*")

  size_t size() const { return upper.size(); }
};

// True when `a` beats `b` at one position (both having matched there):
// more words, then fewer prefix words, then case-sensitive, then earlier.
bool Beats(const Phrase& a, const Phrase& b);

// Whether phrase `p`, as (upper-case) word `w` of the text, matches that
// word. `upper_word` and `raw_word` are the same word upper-cased and as is.
bool WordMatches(const Phrase& p, size_t w, std::string_view upper_word, std::string_view raw_word);

struct Index {
  std::vector<Phrase> phrases;
  // Per topic, its phrases (indices into `phrases`) in file order.
  std::vector<std::vector<uint32_t>> by_topic;
  // Phrases by their first word (upper case), best first (Beats order):
  // exact first words in `exact`, prefix first words in `prefixed` keyed by
  // the prefix. Keys view strings owned by `phrases`, so Build() must run
  // after the last phrase is added and `phrases` must not change after.
  std::unordered_map<std::string_view, std::vector<uint32_t>> exact;
  std::unordered_map<std::string_view, std::vector<uint32_t>> prefixed;
  std::vector<size_t> prefix_lengths;  // distinct key lengths in `prefixed`, ascending

  void Build();
};

}  // namespace entente::topics

#endif  // ENTENTE_TOPICS_INDEX_H_
