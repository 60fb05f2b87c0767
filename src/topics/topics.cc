// TopicDictionary's matcher: a word-indexed scan, leftmost-longest.
// parser.cc builds the Index; topics_test.cc checks Find against a naive
// scan over every phrase at every word.
#include "entente/topics.h"

#include "topics/index.h"
#include "topics/words.h"

namespace entente {

using topics::Index;
using topics::Phrase;

TopicDictionary::TopicDictionary() : index_(std::make_shared<Index>()) {}

size_t TopicDictionary::phrase_count() const { return index_->phrases.size(); }

std::vector<std::string> TopicDictionary::PhrasesOf(size_t topic) const {
  std::vector<std::string> out;
  for (uint32_t id : index_->by_topic[topic]) out.push_back(index_->phrases[id].written);
  return out;
}

void TopicDictionary::Find(std::string_view text, std::vector<TopicHit>* out) const {
  out->clear();
  const Index& ix = *index_;
  if (ix.phrases.empty()) return;
  std::vector<topics::WordSpan> words;
  topics::SplitWords(text, &words);
  const std::string upper_text = topics::AsciiUpperCopy(text);
  const std::string_view upper(upper_text);
  auto upper_word = [&](size_t w) { return upper.substr(words[w].begin, words[w].end - words[w].begin); };
  auto raw_word = [&](size_t w) { return text.substr(words[w].begin, words[w].end - words[w].begin); };

  // Whether `p` matches the words starting at `at`. Word 0 matched already
  // for exact first words, but checking again keeps this simple and also
  // covers case-sensitive and prefix first words.
  auto matches = [&](const Phrase& p, size_t at) {
    if (p.size() > words.size() - at) return false;
    for (size_t k = 0; k < p.size(); ++k) {
      const size_t w = at + k;
      if (k > 0 && !topics::IsJoinableGap(text.substr(words[w - 1].end, words[w].begin - words[w - 1].end),
                                          topics::IsAbbreviation(raw_word(w - 1))))
        return false;
      if (!topics::WordMatches(p, k, upper_word(w), raw_word(w))) return false;
    }
    return true;
  };

  for (size_t i = 0; i < words.size();) {
    const Phrase* best = nullptr;
    // Each list is best first, so the first match in it is its best, and
    // once a candidate cannot beat the best so far none after it can.
    auto consider = [&](const std::vector<uint32_t>& ids) {
      for (uint32_t id : ids) {
        const Phrase& p = ix.phrases[id];
        if (best != nullptr && !topics::Beats(p, *best)) return;
        if (matches(p, i)) {
          best = &p;
          return;
        }
      }
    };
    const std::string_view key = upper_word(i);
    if (auto it = ix.exact.find(key); it != ix.exact.end()) consider(it->second);
    for (size_t len : ix.prefix_lengths) {
      if (len > key.size()) break;
      if (auto it = ix.prefixed.find(key.substr(0, len)); it != ix.prefixed.end()) consider(it->second);
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    const size_t end = words[i + best->size() - 1].end;
    for (uint32_t t : best->topics) out->push_back({t, words[i].begin, end});
    i += best->size();
  }
}

}  // namespace entente
