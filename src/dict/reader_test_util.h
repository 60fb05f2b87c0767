// Test helper for the inline-text dictionary reader tests
// (phoenix_reader_test.cc, petrarch_verbs_reader_test.cc): runs one reader
// on a string and keeps what the tests compare.
#ifndef ENTENTE_DICT_READER_TEST_UTIL_H_
#define ENTENTE_DICT_READER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <istream>
#include <sstream>
#include <string>
#include <vector>

#include "dict/dictionary.h"
#include "entente/status.h"

namespace entente::dict {

using ReaderFn = Status (*)(std::istream&, const std::string&, Dictionary*, std::vector<std::string>*);

// A dictionary read from text, the first root the reader added, and its
// warnings. `Render` turns the added roots into the string a test compares.
template <std::string (*Render)(const Dictionary&, size_t)>
struct Loaded {
  Dictionary dict;
  size_t base = 0;
  std::vector<std::string> warnings;
  std::string text() const { return Render(dict, base); }
  std::string warned() const {
    std::string out;
    for (const std::string& w : warnings) out += w + "\n";
    return out;
  }
};

template <std::string (*Render)(const Dictionary&, size_t)>
Loaded<Render> ReadText(ReaderFn reader, const std::string& name, const std::string& text) {
  Loaded<Render> l;
  l.base = l.dict.roots.size();
  std::istringstream in(text);
  Status s = reader(in, name, &l.dict, &l.warnings);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return l;
}

}  // namespace entente::dict

#endif  // ENTENTE_DICT_READER_TEST_UTIL_H_
