// The seed article (../shared/seed/article.txt, August 2023) coded by the
// `entente` binary with the default dictionaries: the events it reports must
// be there, correctly coded, and the things that did not happen must not be
// counted. Skipped when ../shared is absent (ENTENTE_SHARED unset or empty).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

struct Coded {
  std::string source, target, code, text;
  bool negated = false, hypothetical = false;
  bool factual() const { return !negated && !hypothetical; }
  std::string Describe() const {
    return source + " -> " + target + " " + code + (negated ? " negated" : "") +
           (hypothetical ? " hypothetical" : "") + " | " + text.substr(0, 90);
  }
};

// Field of a flat JSON object as `entente code` writes it (strings are
// escaped JSON; the fields read here hold no escaped quotes except text).
std::string StringField(const std::string& line, const std::string& key) {
  std::string k = "\"" + key + "\":\"";
  size_t at = line.find(k);
  if (at == std::string::npos) return "";
  std::string out;
  for (size_t i = at + k.size(); i < line.size() && line[i] != '"'; ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) ++i;
    out += line[i];
  }
  return out;
}

bool BoolField(const std::string& line, const std::string& key) {
  return line.find("\"" + key + "\":true") != std::string::npos;
}

class SeedArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* binary = std::getenv("ENTENTE_BINARY");
    const char* shared = std::getenv("ENTENTE_SHARED");
    if (!binary) GTEST_SKIP() << "ENTENTE_BINARY not set; run through ctest";
    std::string article = shared ? std::string(shared) + "/seed/article.txt" : "";
    if (article.empty() || !std::filesystem::exists(article))
      GTEST_SKIP() << "../shared/seed/article.txt is absent: the seed article test needs it";
    std::string cmd = std::string("'") + binary + "' code --no-cache --input text --date 2023-08-10 '" + article +
                      "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    ASSERT_TRUE(pipe);
    std::string line;
    int c;
    while ((c = std::fgetc(pipe.get())) != EOF) {
      if (c != '\n') {
        line += static_cast<char>(c);
        continue;
      }
      Coded e{StringField(line, "source"), StringField(line, "target"), StringField(line, "code"),
              StringField(line, "text"), BoolField(line, "negated"), BoolField(line, "hypothetical")};
      events_.push_back(e);
      line.clear();
    }
  }

  // Events between two countries (first three letters of the codes) whose
  // CAMEO code starts with one of `roots`, from a sentence containing `words`.
  std::vector<Coded> Find(const std::string& from, const std::string& to, std::vector<std::string> roots,
                          const std::string& words) const {
    std::vector<Coded> out;
    for (const Coded& e : events_) {
      if (e.source.compare(0, 3, from) || e.target.compare(0, 3, to)) continue;
      if (e.text.find(words) == std::string::npos) continue;
      for (const std::string& r : roots)
        if (e.code.compare(0, r.size(), r) == 0) out.push_back(e);
    }
    return out;
  }

  bool AnyFactual(const std::vector<Coded>& v) const {
    for (const Coded& e : v)
      if (e.factual()) return true;
    return false;
  }

  std::string All() const {
    std::string s;
    for (const Coded& e : events_) s += "\n  " + e.Describe();
    return s;
  }

  std::vector<Coded> events_;
};

TEST_F(SeedArticle, TheJeddahTalks) {
  // "Chinese diplomats who were at a summit to discuss a potential resolution
  // to the conflict in Jeddah, Saudi Arabia": China consults in Saudi Arabia.
  EXPECT_TRUE(AnyFactual(Find("CHN", "SAU", {"03", "04"}, "Jeddah"))) << All();
}

TEST_F(SeedArticle, TheLavrovWangCall) {
  std::string s = "phone call between";
  EXPECT_TRUE(AnyFactual(Find("RUS", "CHN", {"04"}, s))) << All();
  EXPECT_TRUE(AnyFactual(Find("CHN", "RUS", {"04"}, s))) << All();
}

TEST_F(SeedArticle, TheUnitedStatesUrgesChina) {
  EXPECT_TRUE(AnyFactual(Find("USA", "CHN", {"02", "10"}, "urged China"))) << All();
}

TEST_F(SeedArticle, ThePipelineRefusalAndTheMilitarySupportNotGiven) {
  std::string s = "refusing to approve";
  EXPECT_TRUE(AnyFactual(Find("CHN", "RUS", {"12"}, s))) << All();
  // "Xi has not yet provided Russia with the military support": aid, negated.
  std::vector<Coded> aid = Find("CHN", "RUS", {"07"}, "has not yet provided");
  EXPECT_FALSE(aid.empty()) << All();
  EXPECT_FALSE(AnyFactual(aid)) << All();
}

TEST_F(SeedArticle, NothingThatDidNotHappenIsCounted) {
  for (const char* words : {"If Xi could broker", "will be unable", "won't stop fighting", "was hoping for",
                            "delivering a blow", "proposed settlements", "more and more isolated",
                            "treat it as some sort", "need each other"}) {
    for (const Coded& e : events_)
      EXPECT_FALSE(e.factual() && e.text.find(words) != std::string::npos)
          << "counted as an event: " << e.Describe();
  }
}

}  // namespace
