#include "dict/matcher.h"

#include <algorithm>
#include <map>
#include <string>

namespace entente::dict {
namespace {

inline bool IsAlnum(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// TABARI's two-character bucket rule for one-character literals.
inline bool BucketAllows(size_t lit_len, std::string_view word) {
  return lit_len >= 2 || word.size() == 1 || !IsAlnum(static_cast<unsigned char>(word[1]));
}

}  // namespace

namespace {
inline uint32_t Mix(uint32_t k) {
  k ^= k >> 16;
  k *= 0x7feb352dU;
  k ^= k >> 15;
  k *= 0x846ca68bU;
  k ^= k >> 16;
  return k;
}
}  // namespace

Matcher::Matcher(const Dictionary& dict) {
  std::fill(std::begin(root_children_), std::end(root_children_), -1);
  lits_.assign(1, 0);
  // Build the trie edge by edge into a growing hash table.
  std::vector<std::pair<uint32_t, int32_t>> edges;  // (key, child)
  struct Pending {
    std::map<uint8_t, int32_t> kids;
  };
  std::vector<Pending> b(1);
  for (int id = 1; id < dict.literal_count(); ++id) {
    const std::string& s = dict.literal(id);
    if (s.empty() || s[0] == '\x01') continue;
    int32_t n = 0;
    for (unsigned char c : s) {
      auto it = b[n].kids.find(c);
      if (it == b[n].kids.end()) {
        int32_t child = static_cast<int32_t>(b.size());
        b[n].kids.emplace(c, child);
        b.emplace_back();
        lits_.push_back(0);
        n = child;
      } else {
        n = it->second;
      }
    }
    lits_[n] = id;
  }
  size_t nedges = 0;
  for (const Pending& p : b) nedges += p.kids.size();
  size_t size = 1024;
  while (size < nedges * 2) size <<= 1;
  table_.assign(size, Slot());
  mask_ = static_cast<uint32_t>(size - 1);
  for (size_t node = 0; node < b.size(); ++node) {
    for (auto& [byte, child] : b[node].kids) {
      if (node == 0) {
        root_children_[byte] = child;
        continue;
      }
      uint32_t key = static_cast<uint32_t>(node) * 256u + byte + 1u;
      uint32_t h = Mix(key) & mask_;
      while (table_[h].key) h = (h + 1) & mask_;
      table_[h] = {key, child};
    }
  }
}

int32_t Matcher::Child(int32_t node, uint8_t byte) const {
  uint32_t key = static_cast<uint32_t>(node) * 256u + byte + 1u;
  for (uint32_t h = Mix(key) & mask_;; h = (h + 1) & mask_) {
    const Slot& s = table_[h];
    if (s.key == key) return s.child;
    if (!s.key) return -1;
  }
}

int Matcher::Lookup(std::string_view word, std::vector<int32_t>* out) const {
  if (word.empty()) return 0;
  int found = 0;
  int32_t node = root_children_[static_cast<uint8_t>(word[0])];
  size_t i = 1;
  while (node >= 0) {
    int32_t lit = lits_[node];
    if (lit && BucketAllows(i, word)) {
      out->push_back(lit);
      out->push_back(i == word.size() ? 1 : 0);
      ++found;
    }
    if (i == word.size()) break;
    node = Child(node, static_cast<uint8_t>(word[i]));
    ++i;
  }
  return found;
}

int NaiveLookup(const Dictionary& dict, std::string_view word, std::vector<int32_t>* out) {
  std::vector<std::pair<std::string, int>> hits;
  for (int id = 1; id < dict.literal_count(); ++id) {
    const std::string& s = dict.literal(id);
    if (s.empty() || s[0] == '\x01' || s.size() > word.size()) continue;
    if (word.compare(0, s.size(), s) == 0 && BucketAllows(s.size(), word)) hits.emplace_back(s, id);
  }
  std::sort(hits.begin(), hits.end());
  for (auto& [s, id] : hits) {
    out->push_back(id);
    out->push_back(s.size() == word.size() ? 1 : 0);
  }
  return static_cast<int>(hits.size());
}

}  // namespace entente::dict
