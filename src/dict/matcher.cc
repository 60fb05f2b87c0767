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

Matcher::Matcher(const Dictionary& dict) {
  // Build with ordered child maps, then flatten into sorted edge arrays.
  struct Build {
    int32_t lit = 0;
    std::map<uint8_t, int32_t> kids;
  };
  std::vector<Build> b(1);
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
        n = child;
      } else {
        n = it->second;
      }
    }
    b[n].lit = id;
  }
  nodes_.resize(b.size());
  for (size_t i = 0; i < b.size(); ++i) {
    nodes_[i].lit = b[i].lit;
    nodes_[i].edges = static_cast<uint32_t>(edges_.size());
    nodes_[i].nedges = static_cast<uint16_t>(b[i].kids.size());
    for (auto& [byte, child] : b[i].kids) edges_.push_back({byte, child});
  }
  std::fill(std::begin(root_children_), std::end(root_children_), -1);
  for (auto& [byte, child] : b[0].kids) root_children_[byte] = child;
}

int32_t Matcher::Child(int32_t node, uint8_t byte) const {
  const Node& n = nodes_[node];
  const Edge* e = edges_.data() + n.edges;
  if (n.nedges <= 8) {
    for (int i = 0; i < n.nedges; ++i)
      if (e[i].byte == byte) return e[i].child;
    return -1;
  }
  const Edge* end = e + n.nedges;
  const Edge* it = std::lower_bound(e, end, byte, [](const Edge& x, uint8_t v) { return x.byte < v; });
  return (it != end && it->byte == byte) ? it->child : -1;
}

int Matcher::Lookup(std::string_view word, std::vector<int32_t>* out) const {
  if (word.empty()) return 0;
  int found = 0;
  int32_t node = root_children_[static_cast<uint8_t>(word[0])];
  size_t i = 1;
  while (node >= 0) {
    int32_t lit = nodes_[node].lit;
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
