// The country, organisation and role dictionaries (dict/countries.actors,
// dict/igos.actors, dict/roles.agents): each loads with entente's own reader
// without a single warning, holds what it promises, and codes a few real
// sentences of our own as intended through the public Coder.
#include <cstdlib>
#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dict/dictionary.h"
#include "dict/tabari_reader.h"
#include "entente/coder.h"
#include "entente/date.h"
#include "entente/event.h"

namespace {

std::string DictPath(const std::string& name) {
  const char* src = std::getenv("ENTENTE_SOURCE_DIR");
  return src ? std::string(src) + "/dict/" + name : std::string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Loads one file into its own dictionary; returns the number of entries
// (primary roots of the given type) and fails on any warning.
int LoadClean(const std::string& name, entente::dict::WordType kind) {
  entente::dict::Dictionary dict;
  std::vector<std::string> warnings;
  entente::Status st = entente::dict::LoadTabariFile(DictPath(name), kind, &dict, &warnings);
  EXPECT_TRUE(st.ok()) << name << ": " << st.ToString();
  for (const std::string& w : warnings) ADD_FAILURE() << "warning: " << w;
  int entries = 0;
  for (size_t r = 1; r < dict.roots.size(); ++r)
    if (dict.roots[r].wtype == kind && dict.roots[r].parent == 0) ++entries;
  return entries;
}

// Distinct plain three-letter codes "[ABC]" in a file: the countries.
std::set<std::string> CountryCodes(const std::string& text) {
  std::set<std::string> codes;
  std::regex re("\\[([A-Z]{3})\\]");
  for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
    codes.insert((*it)[1]);
  return codes;
}

class DictFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::getenv("ENTENTE_SOURCE_DIR") == nullptr)
      GTEST_SKIP() << "ENTENTE_SOURCE_DIR not set; run through ctest";
  }
};

TEST_F(DictFilesTest, CountriesLoadWithoutWarnings) {
  int entries = LoadClean("countries.actors", entente::dict::kActor);
  EXPECT_GE(entries, 330);  // 250 countries, seats of power, nulls
  std::set<std::string> codes = CountryCodes(ReadAll(DictPath("countries.actors")));
  EXPECT_GE(codes.size(), 250u);  // ISO 3166-1 plus Kosovo
  for (const char* c : {"USA", "RUS", "CHN", "PSE", "KSV", "SSD", "CIV", "TWN", "HKG", "VAT",
                        "GRL", "PRI", "ESH", "ATA", "SWZ", "MMR", "CZE", "TUR"})
    EXPECT_EQ(codes.count(c), 1u) << c;
}

TEST_F(DictFilesTest, IgosLoadWithoutWarnings) {
  EXPECT_GE(LoadClean("igos.actors", entente::dict::kActor), 45);
}

TEST_F(DictFilesTest, GroupsAndCompaniesLoadWithoutWarnings) {
  EXPECT_GE(LoadClean("groups.actors", entente::dict::kActor), 20);
  EXPECT_GE(LoadClean("companies.actors", entente::dict::kActor), 5);
}

TEST_F(DictFilesTest, RolesLoadWithoutWarnings) {
  EXPECT_GE(LoadClean("roles.agents", entente::dict::kAgent), 150);
}

// The actor files together: no phrase is in two of them.
TEST_F(DictFilesTest, ActorFilesShareNoPhrase) {
  entente::dict::Dictionary dict;
  std::vector<std::string> warnings;
  for (const char* f : {"countries.actors", "igos.actors", "groups.actors", "companies.actors"}) {
    entente::Status st =
        entente::dict::LoadTabariFile(DictPath(f), entente::dict::kActor, &dict, &warnings);
    ASSERT_TRUE(st.ok()) << f << ": " << st.ToString();
  }
  for (const std::string& w : warnings) ADD_FAILURE() << "warning: " << w;
}

class DictFilesCoding : public DictFilesTest {
 protected:
  void SetUp() override {
    DictFilesTest::SetUp();
    if (IsSkipped()) return;
    entente::DictionarySources src;
    src.actors = {DictPath("countries.actors"), DictPath("igos.actors")};
    src.agents = {DictPath("roles.agents")};
    src.verbs = {DictPath("cooperation.verbs"), DictPath("conflict.verbs")};
    entente::Status st = entente::Coder::Open(src, &coder_);
    ASSERT_TRUE(st.ok()) << st.ToString();
  }

  std::vector<entente::Event> Code(const std::string& sentence) {
    std::vector<entente::Event> events;
    coder_->CodeSentence(sentence, entente::DayFromCivil(2024, 3, 4), &events);
    return events;
  }

  // The first event of the sentence has this source, target and code.
  void Expect(const std::string& sentence, const std::string& source, const std::string& target,
              const std::string& code) {
    std::vector<entente::Event> ev = Code(sentence);
    ASSERT_FALSE(ev.empty()) << "no event: " << sentence;
    EXPECT_EQ(ev[0].source, source) << sentence;
    EXPECT_EQ(ev[0].target, target) << sentence;
    EXPECT_EQ(ev[0].code, code) << sentence;
  }

  std::unique_ptr<entente::Coder> coder_;
};

TEST_F(DictFilesCoding, SeatsOfPowerCodeAsTheGovernment) {
  Expect("The Kremlin condemned the Ukrainian army on Monday.", "RUSGOV", "UKRMIL", "111");
  Expect("The Quai d'Orsay criticised Tehran on Tuesday over the detention of two teachers.",
         "FRAGOV", "IRN", "111");
  Expect("The Pentagon accused Chinese warships on Friday of unsafe manoeuvres near the reef.",
         "USAMIL", "CHNMIL", "112");
}

TEST_F(DictFilesCoding, FormerAndCurrentNames) {
  Expect("Ivory Coast accused Burkina Faso on Sunday of sheltering the gunmen.", "CIV", "BFA",
         "112");
  Expect("Burmese troops attacked Thai border posts on Wednesday, officials said.", "MMRMIL", "THA",
         "190");
  Expect("Turkiye praised Czech diplomats on Thursday for their help in the talks.", "TUR",
         "CZEGOV", "051");
  Expect("Swaziland praised the Czech Republic on Thursday for its help.", "SWZ", "CZE", "051");
}

TEST_F(DictFilesCoding, OrganisationsAndRoles) {
  Expect("The U.N. Security Council condemned North Korea on Monday for the missile launch.",
         "IGOUNO", "PRK", "111");
  Expect("Brussels criticised the Hungarian government on Tuesday over the new media law.",
         "IGOEUREEC", "HUNGOV", "111");
  Expect("The WHO praised Indian health workers on Friday for their response to the outbreak.",
         "IGOUNOHLHWHO", "INDHLH", "051");
  Expect("Palestinian refugees urged UNRWA on Monday to restore food deliveries.", "PSEREF",
         "IGOUNOREFRWA", "020");
}

TEST_F(DictFilesCoding, NulledPhrasesDoNotCodeTheCountry) {
  for (const std::string& s :
       {std::string("The Georgia governor criticised Russian hackers on Monday."),
        std::string("New Mexico police arrested two smugglers on Monday near the border."),
        std::string("Israel accused Jordan River water traders on Monday of theft.")}) {
    for (const entente::Event& e : Code(s)) {
      EXPECT_NE(e.source, "GEO") << s;
      EXPECT_NE(e.source.substr(0, 3), "MEX") << s;
      EXPECT_NE(e.target, "JOR") << s;
    }
  }
}

// Historical states are dated: East Germany codes DDR on its last day
// (2 October 1990) and nothing from unification on.
TEST_F(DictFilesCoding, HistoricalStatesAreDated) {
  const std::string s = "East Germany criticised Poland on Monday over the new border rules.";
  std::vector<entente::Event> ev;
  coder_->CodeSentence(s, entente::DayFromCivil(1990, 10, 2), &ev);
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].source, "DDR");
  ev.clear();
  coder_->CodeSentence(s, entente::DayFromCivil(1990, 10, 3), &ev);
  for (const entente::Event& e : ev) EXPECT_NE(e.source, "DDR");
}

TEST_F(DictFilesCoding, KosovoAndStateServices) {
  Expect("Pristina accused Belgrade on Monday of stoking unrest in the north.", "KSV", "SRB", "112");
  Expect("Scotland Yard arrested two Russian spies on Monday in central London.", "GBRCOP",
         "RUSSPY", "173");
}

TEST_F(DictFilesCoding, TheQuadIsItsFourMembers) {
  std::vector<entente::Event> ev = Code("China accused the Quad nations on Monday of stoking tension.");
  std::set<std::string> targets;
  for (const entente::Event& e : ev) targets.insert(e.target);
  EXPECT_EQ(targets, (std::set<std::string>{"AUS", "IND", "JPN", "USA"}));
}

}  // namespace
