// SplitActorCode and the country table, checked against hand-written
// expectations, GDELT's own sample rows ($ENTENTE_SHARED) and the headings
// of dict/countries.actors ($ENTENTE_SOURCE_DIR).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "export/export_internal.h"

namespace entente {
namespace {

// "country=RUS group= religion=, types=GOV" in a fixed layout, so a
// mismatch shows every part at once.
std::string Render(const ActorParts& p) {
  std::string s = "country=" + std::string(p.country) + (p.country_is_region ? "(region)" : "");
  s += " group=" + std::string(p.known_group);
  s += " religion=" + std::string(p.religion1) + "," + std::string(p.religion2);
  s += " types=";
  for (int i = 0; i < p.num_types; ++i) s += (i ? "," : "") + std::string(p.types[i]);
  s += " org=" + std::string(p.org);
  return s;
}

TEST(SplitActorCode, Examples) {
  const std::pair<std::string, std::string> cases[] = {
      {"RUS", "country=RUS group= religion=, types= org="},
      {"RUSGOV", "country=RUS group= religion=, types=GOV org="},
      {"RUSGOVMED", "country=RUS group= religion=, types=GOV,MED org="},
      {"GOV", "country= group= religion=, types=GOV org="},
      // IGO/NGO/IMG: the body is the last chunk that is not a type.
      {"IGOUNO", "country= group=UNO religion=, types=IGO org=IGO"},
      {"IGOUNOREFHCR", "country= group=HCR religion=, types=IGO,REF org=IGO"},
      {"IGOEUREECLEG", "country=EUR(region) group=EEC religion=, types=IGO,LEG org=IGO"},
      {"IGOCASEEU", "country=CAS(region) group=EEU religion=, types=IGO org=IGO"},
      {"IGOBUSIMF", "country= group=IMF religion=, types=IGO,BUS org=IGO"},
      {"IGOG20", "country= group=G20 religion=, types=IGO org=IGO"},
      {"NGOHRIAMN", "country= group=AMN religion=, types=NGO,HRI org=NGO"},
      {"IMGMOSALQ", "country= group=ALQ religion=MOS, types=IMG org=IMG"},
      {"IGO", "country= group= religion=, types=IGO org=IGO"},
      // As in GDELT's own rows: the country need not come first.
      {"MNCUSAHLH", "country=USA group= religion=, types=MNC,HLH org=MNC"},
      {"MOSSHI", "country= group= religion=MOS,SHI types= org="},
      {"EUR", "country=EUR(region) group= religion=, types= org="},
      {"SHN", "country=SHN group= religion=, types= org="},  // Saint Helena, not Shinto
      {"KURREB", "country= group= religion=, types=REB org="},  // ethnic chunks are dropped
      {"USAGOVMILCOPSPY", "country=USA group= religion=, types=GOV,MIL,COP org="},
      // Not split at all.
      {"", "country= group= religion=, types= org="},
      {"usagov", "country= group= religion=, types= org="},
      {"USAG", "country= group= religion=, types= org="},
      {"USA GOV", "country= group= religion=, types= org="},
  };
  for (const auto& [code, want] : cases) EXPECT_EQ(Render(SplitActorCode(code)), want) << code;
}

TEST(Sectors, Vocabularies) {
  EXPECT_EQ(IcewsSectorName("GOV"), "Government");
  EXPECT_EQ(IcewsSectorName("MOS"), "Muslim");
  EXPECT_EQ(IcewsSectorName("USA"), "");
  EXPECT_EQ(PloverSector("MED"), "JRN");
  EXPECT_EQ(PloverSector("HLH"), "MED");
  EXPECT_EQ(PloverSector("IGO"), "");
  EXPECT_EQ(PloverQuad("AGREE"), 1);
  EXPECT_EQ(PloverQuad("RETREAT"), 2);
  EXPECT_EQ(PloverQuad("SANCTION"), 3);
  EXPECT_EQ(PloverQuad("ASSAULT"), 4);
  EXPECT_EQ(PloverQuad(""), 0);
}

TEST(Countries, SortedAndParentsKnown) {
  auto all = CountryNames();
  ASSERT_GT(all.size(), 250u);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].code, all[i].code);
  for (const CountryName& c : all) {
    EXPECT_EQ(LookupCountry(c.code), &c);
    if (!c.parent.empty()) {
      const CountryName* p = LookupCountry(c.parent);
      ASSERT_NE(p, nullptr) << c.code;
      EXPECT_TRUE(p->parent.empty()) << c.code;
    }
  }
  EXPECT_EQ(LookupCountry("EUR"), nullptr);
  EXPECT_EQ(LookupCountry(""), nullptr);
  EXPECT_EQ(LookupCountry("ZZZ"), nullptr);
}

// The table mirrors the headings of dict/countries.actors: "# ABW Aruba
// (NLD constituent country)" is ABW, "Aruba".
TEST(Countries, MatchDictionaryHeadings) {
  const char* src = std::getenv("ENTENTE_SOURCE_DIR");
  std::ifstream in(std::string(src ? src : "") + "/dict/countries.actors");
  if (src == nullptr || !in) GTEST_SKIP() << "ENTENTE_SOURCE_DIR is not set or has no dict/countries.actors";
  std::string line;
  int headings = 0;
  while (std::getline(in, line)) {
    if (line.size() < 7 || line.compare(0, 2, "# ") != 0 || line[5] != ' ') continue;
    std::string code = line.substr(2, 3), rest = line.substr(6);
    bool is_code = std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!is_code || !(rest[0] >= 'A' && rest[0] <= 'Z')) continue;
    // Strip one trailing "(...)" note, which may nest: "Cocos (Keeling) Islands (AUS)".
    if (rest.back() == ')') {
      int depth = 0;
      for (size_t i = rest.size(); i-- > 0;) {
        depth += rest[i] == ')' ? 1 : rest[i] == '(' ? -1 : 0;
        if (depth == 0) {
          if (i > 0 && rest[i - 1] == ' ') rest.resize(i - 1);
          break;
        }
      }
    }
    const CountryName* c = LookupCountry(code);
    ASSERT_NE(c, nullptr) << line;
    EXPECT_EQ(c->name, rest) << line;
    ++headings;
  }
  EXPECT_EQ(headings + 4, static_cast<int>(CountryNames().size()));  // + CSK DDR USR YUG
}

// GDELT's own sample rows: our split of Actor1Code/Actor2Code agrees with
// GDELT's country, known-group, religion and type columns.
TEST(SplitActorCode, AgreesWithGdeltSamples) {
  const char* shared = std::getenv("ENTENTE_SHARED");
  if (shared == nullptr || *shared == '\0') GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping";
  int checked = 0;
  for (const char* name : {"events_v1_sample_50rows.reconstructed.tsv",
                           "events_v2_sample_50rows.reconstructed.tsv"}) {
    std::ifstream in(std::string(shared) + "/refdata/corpora/gdelt_format/" + name);
    if (!in) GTEST_SKIP() << "no " << name << " under $ENTENTE_SHARED; skipping";
    auto split = [](const std::string& line) {
      std::vector<std::string> f;
      std::stringstream ss(line);
      std::string x;
      while (std::getline(ss, x, '\t')) f.push_back(x);
      if (!line.empty() && line.back() == '\t') f.push_back("");
      return f;
    };
    std::string line;
    std::getline(in, line);
    std::map<std::string, size_t> col;
    auto header = split(line);
    for (size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
    while (std::getline(in, line)) {
      auto f = split(line);
      ASSERT_EQ(f.size(), header.size()) << line;
      for (std::string a : {"Actor1", "Actor2"}) {
        const std::string& code = f[col[a + "Code"]];
        ActorParts p = SplitActorCode(code);
        std::string want = f[col[a + "CountryCode"]] + "|" + f[col[a + "KnownGroupCode"]] + "|" +
                           f[col[a + "Religion1Code"]] + "|" + f[col[a + "Religion2Code"]] + "|" +
                           f[col[a + "Type1Code"]] + "|" + f[col[a + "Type2Code"]] + "|" +
                           f[col[a + "Type3Code"]];
        std::string got = std::string(p.country) + "|" + std::string(p.known_group) + "|" +
                          std::string(p.religion1) + "|" + std::string(p.religion2);
        for (int i = 0; i < 3; ++i) got += "|" + std::string(i < p.num_types ? p.types[i] : "");
        EXPECT_EQ(got, want) << name << ": " << code;
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 190);
}

}  // namespace
}  // namespace entente
