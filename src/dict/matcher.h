// Matcher: finds every dictionary literal that is a prefix of a text word.
//
// TABARI matches a word against each literal that is an anchored prefix of
// it ("SYRIA" matches SYRI, SYRIA); roots and patterns are then built from
// those literals. The compiled matcher is a trie walked once per word.
// TABARI indexed literals by their first two characters, so a one-letter
// literal only matches a word whose second character is not a letter or
// digit ("A", "U.S." for "U"); the matcher keeps that rule.
//
//   dict::Matcher m(dictionary);
//   std::vector<int32_t> out;
//   m.Lookup("ISRAELI", &out);   // out: ISRAEL,0 ISRAELI,1 (literal, exact)
//
// Thread safety: Lookup is const and safe from any number of threads.
#ifndef ENTENTE_DICT_MATCHER_H_
#define ENTENTE_DICT_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "entente/status.h"

namespace entente::dict {

class Matcher {
 public:
  explicit Matcher(const Dictionary& dict);

  // Appends (literal id, exact 0/1) pairs for every literal that is a
  // prefix of `word`, shortest first (TABARI's alphabetical order).
  // Returns the number of literals found.
  int Lookup(std::string_view word, std::vector<int32_t>* out) const;

  size_t node_count() const { return lits_.size(); }

  // Binary image for the cache (cache.cc).
  void SaveTo(std::string* out) const;
  static Status LoadFrom(const char** p, const char* end, std::unique_ptr<Matcher>* out);

 private:
  Matcher() = default;
  // Edges live in one open-addressing table keyed by (node, byte): one
  // probe per character in the common case.
  struct Slot {
    uint32_t key = 0;   // node * 256 + byte + 1; 0 = empty
    int32_t child = -1;
  };
  int32_t Child(int32_t node, uint8_t b) const;

  std::vector<int32_t> lits_;   // node -> literal ending there (0 if none)
  std::vector<Slot> table_;
  uint32_t mask_ = 0;
  int32_t root_children_[256];
};

// The same answer by scanning every literal: the reference the compiled
// matcher is tested against.
int NaiveLookup(const Dictionary& dict, std::string_view word, std::vector<int32_t>* out);

}  // namespace entente::dict

#endif  // ENTENTE_DICT_MATCHER_H_
