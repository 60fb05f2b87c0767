// The compiled trie matcher against NaiveLookup, the scan over every
// literal: the same (literal, exact) pairs in the same order, on random
// dictionaries and words and on the real TABARI and Phoenix dictionaries
// over the words of Reuters-21578 text.
#include "dict/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dict/dictionary_file.h"

namespace entente::dict {
namespace {

// Letters dominate so words share prefixes; the rest are the bytes a
// tokenizer lets through: '.', '$', '\'', digits, Latin-1 and UTF-8 bytes.
const std::string kAlphabet = std::string("ABCDEAAE.$'019") + "\xc3\xa9\xff\x80";

std::string RandomString(std::mt19937& rng, size_t max_len) {
  std::uniform_int_distribution<size_t> len(1, max_len);
  std::uniform_int_distribution<size_t> pick(0, kAlphabet.size() - 1);
  std::string s;
  for (size_t n = len(rng); s.size() < n;) s.push_back(kAlphabet[pick(rng)]);
  return s;
}

std::string Describe(const Dictionary& d, const std::vector<int32_t>& v) {
  std::string out;
  for (size_t i = 0; i + 1 < v.size(); i += 2) out += d.literal(v[i]) + (v[i + 1] ? "!" : "") + " ";
  return out;
}

void ExpectSame(const Dictionary& d, const Matcher& m, std::string_view word) {
  std::vector<int32_t> fast{-7}, slow{-7};  // both must append, not overwrite
  int nf = m.Lookup(word, &fast);
  int ns = NaiveLookup(d, word, &slow);
  ASSERT_EQ(nf, ns) << "word \"" << word << "\"";
  ASSERT_EQ(fast, slow) << "word \"" << word << "\": trie " << Describe(d, fast) << "| naive "
                        << Describe(d, slow);
}

TEST(MatcherProperty, RandomDictionariesAndWords) {
  std::mt19937 rng(20240611);
  size_t cases = 0, hits = 0;
  for (int round = 0; round < 200; ++round) {
    Dictionary d;
    std::vector<std::string> lits;
    std::uniform_int_distribution<int> count(1, 60);
    for (int n = count(rng); n > 0; --n) {
      std::string s = RandomString(rng, round % 3 == 0 ? 2 : 8);
      lits.push_back(s);
      // Prefixes and extensions of earlier literals, and one-letter ones.
      if (rng() % 3 == 0) lits.push_back(s.substr(0, 1 + rng() % s.size()));
      if (rng() % 3 == 0) lits.push_back(s + RandomString(rng, 3));
      if (rng() % 5 == 0) lits.push_back(std::string(1, kAlphabet[rng() % kAlphabet.size()]));
    }
    for (const std::string& s : lits) d.AddLiteral(s);
    Matcher m(d);
    std::vector<std::string> words;
    for (const std::string& s : lits) {
      words.push_back(s);
      words.push_back(s + RandomString(rng, 4));
      words.push_back(s.substr(0, s.size() - 1));
    }
    for (int n = 0; n < 40; ++n) words.push_back(RandomString(rng, 10));
    words.emplace_back("");
    words.emplace_back("A");
    words.emplace_back("A.");
    words.emplace_back(std::string("A\0B", 3));
    for (const std::string& w : words) {
      ExpectSame(d, m, w);
      std::vector<int32_t> out;
      hits += m.Lookup(w, &out) > 0;
      ++cases;
    }
  }
  EXPECT_GT(cases, 10000u);
  EXPECT_GT(hits, cases / 3);  // the words do hit literals
}

TEST(MatcherProperty, OneLetterLiteralsFollowTabarisBucketRule) {
  Dictionary d;
  int a = d.AddLiteral("A");
  int us = d.AddLiteral("U.S.");
  int u = d.AddLiteral("U");
  Matcher m(d);
  std::vector<int32_t> out;
  m.Lookup("A", &out);
  EXPECT_EQ(out, (std::vector<int32_t>{a, 1}));
  out.clear();
  m.Lookup("AB", &out);  // second character alphanumeric: no one-letter match
  EXPECT_TRUE(out.empty());
  out.clear();
  m.Lookup("U.S.", &out);
  EXPECT_EQ(out, (std::vector<int32_t>{u, 0, us, 1}));
}

// ---------------------------------------------------------------- real data

std::vector<std::string> ReutersWords(const std::string& path, size_t max_words) {
  std::ifstream in(path, std::ios::binary);
  std::set<std::string> seen;
  std::vector<std::string> words;
  std::string w;
  while (in >> w && words.size() < max_words) {
    // Upper case and cut at the punctuation the coder's filter removes.
    std::string u;
    for (char c : w) {
      if (c == ',' || c == '"' || c == '(' || c == ')' || c == ';' || c == ':' || c == '<' || c == '>') break;
      u.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    if (!u.empty() && seen.insert(u).second) words.push_back(u);
  }
  return words;
}

TEST(MatcherProperty, RealDictionariesOverReutersWords) {
  const char* shared = std::getenv("ENTENTE_SHARED");
  if (!shared) GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping the real dictionaries";
  std::string dir = std::string(shared) + "/refdata/";
  Dictionary d;
  std::vector<std::string> warnings;
  const std::pair<const char*, WordType> files[] = {
      {"tabari/CountryInfo.120116.actors", kActor},  {"tabari/Internatnl.120521.actors", kActor},
      {"tabari/PSU.120522.agents", kAgent},          {"tabari/CAMEO.091003.master.verbs", kVerb},
      {"phoenix/Phoenix.International.actors.txt", kActor}, {"phoenix/Phoenix.agents.txt", kAgent},
  };
  for (const auto& [f, kind] : files) ASSERT_TRUE(LoadDictionaryFile(dir + f, kind, &d, &warnings).ok()) << f;
  Matcher m(d);
  std::vector<std::string> words =
      ReutersWords(dir + "corpora/reuters21578/sgm/reut2-000.sgm", 4000);
  ASSERT_GT(words.size(), 1000u);
  size_t hits = 0;
  for (const std::string& w : words) {
    ExpectSame(d, m, w);
    for (size_t cut = 1; cut < w.size() && cut < 4; ++cut) ExpectSame(d, m, w.substr(0, cut));
    std::vector<int32_t> out;
    hits += m.Lookup(w, &out) > 0;
  }
  EXPECT_GT(hits, words.size() / 4);
}

}  // namespace
}  // namespace entente::dict
