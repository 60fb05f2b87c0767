#include "entente/codebook.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace entente {
namespace {

// Renders an entry as one line so a test compares all four fields at once.
std::string Render(const CameoInfo* e) {
  if (e == nullptr) return "null";
  char g[32];
  std::snprintf(g, sizeof g, "%.1f", e->goldstein);
  return std::string(e->code) + "|" + std::string(e->name) + "|" + g + "|" +
         std::string(e->plover);
}

TEST(LookupCameo, ExactMatches) {
  EXPECT_EQ(Render(LookupCameo("01")), "01|MAKE PUBLIC STATEMENT|0.0|");
  EXPECT_EQ(Render(LookupCameo("0231")), "0231|Appeal for economic aid|3.4|");
  EXPECT_EQ(Render(LookupCameo("036")), "036|Express intent to meet or negotiate|4.0|AGREE");
  EXPECT_EQ(Render(LookupCameo("057")), "057|Sign formal agreement|8.0|SUPPORT");
  EXPECT_EQ(Render(LookupCameo("0874")), "0874|Retreat or surrender militarily|10.0|RETREAT");
  EXPECT_EQ(Render(LookupCameo("112")), "112|Accuse, not specified below|-2.0|ACCUSE");
  EXPECT_EQ(Render(LookupCameo("138")),
            "138|Threaten to use military force, not specified below|-7.0|THREATEN");
  EXPECT_EQ(Render(LookupCameo("145")), "145|Protest violently, riot|-7.5|PROTEST");
  EXPECT_EQ(Render(LookupCameo("173")),
            "173|Arrest, detain, or charge with legal action|-5.0|COERCE");
  EXPECT_EQ(Render(LookupCameo("190")),
            "190|Use conventional military force, not specified below|-10.0|ASSAULT");
  EXPECT_EQ(Render(LookupCameo("202")), "202|Engage in mass killings|-10.0|ASSAULT");
  EXPECT_EQ(Render(LookupCameo("20")), "20|USE UNCONVENTIONAL MASS VIOLENCE|-10.0|ASSAULT");
}

// PLOVER types that cross CAMEO roots in CAMEO2PLOVER-2021.txt.
TEST(LookupCameo, PloverAcrossRoots) {
  EXPECT_EQ(LookupCameo("163")->plover, "COERCE");
  EXPECT_EQ(LookupCameo("1712")->plover, "ASSAULT");
  EXPECT_EQ(LookupCameo("175")->plover, "ASSAULT");
  EXPECT_EQ(LookupCameo("191")->plover, "COERCE");
  EXPECT_EQ(LookupCameo("201")->plover, "ASSAULT");
  EXPECT_EQ(LookupCameo("0813")->plover, "RETREAT");
  EXPECT_EQ(LookupCameo("0811")->plover, "CONCEDE");
  EXPECT_EQ(LookupCameo("08")->plover, "CONCEDE");  // listed under both; see make_table.py
  EXPECT_EQ(LookupCameo("09")->plover, "ACCUSE");
  EXPECT_EQ(LookupCameo("019")->plover, "");
  EXPECT_EQ(LookupCameo("0256")->plover, "");
}

// The 7 codes where Phoenix's table differs: we carry GDELT's values.
TEST(LookupCameo, GoldsteinIsGdelts) {
  EXPECT_EQ(LookupCameo("016")->goldstein, -2.0);  // Phoenix 3.4
  EXPECT_EQ(LookupCameo("022")->goldstein, 3.2);   // Phoenix 3.4
  EXPECT_EQ(LookupCameo("124")->goldstein, -4.0);  // Phoenix -5.0
  EXPECT_EQ(LookupCameo("1246")->goldstein, -4.0); // Phoenix -5.0
  EXPECT_EQ(LookupCameo("163")->goldstein, -8.0);  // Phoenix -6.5
  EXPECT_EQ(LookupCameo("165")->goldstein, -6.5);  // Phoenix -7.0
  EXPECT_EQ(LookupCameo("166")->goldstein, -7.0);  // Phoenix -8.0
}

TEST(LookupCameo, RepairedNamesAndExtraCodes) {
  EXPECT_EQ(Render(LookupCameo("044")), "044|Meet at a 'third' location|2.5|CONSULT");
  EXPECT_EQ(LookupCameo("2041")->name, "Use chemical, biological, or radiological weapons");
  EXPECT_EQ(LookupCameo("1384")->name, "Threaten conventional attack");  // trailing spaces
  // Only CAMEO2PLOVER-2021 lists these; Goldstein is inherited from 121.
  EXPECT_EQ(Render(LookupCameo("1213")), "1213|Reject judicial cooperation|-4.0|REJECT");
  EXPECT_EQ(Render(LookupCameo("1214")), "1214|Reject intelligence cooperation|-4.0|REJECT");
}

TEST(LookupCameo, PrefixFallback) {
  EXPECT_EQ(LookupCameo("0399")->code, "039");
  EXPECT_EQ(LookupCameo("0370")->code, "037");
  EXPECT_EQ(LookupCameo("049")->code, "04");
  EXPECT_EQ(LookupCameo("0499")->code, "04");
  EXPECT_EQ(LookupCameo("19x")->code, "19");
  EXPECT_EQ(LookupCameo("1823999")->code, "1823");
}

TEST(LookupCameo, Unknown) {
  EXPECT_EQ(LookupCameo(""), nullptr);
  EXPECT_EQ(LookupCameo("0"), nullptr);
  EXPECT_EQ(LookupCameo("00"), nullptr);
  EXPECT_EQ(LookupCameo("21"), nullptr);
  EXPECT_EQ(LookupCameo("99"), nullptr);
  EXPECT_EQ(LookupCameo("999"), nullptr);
  EXPECT_EQ(LookupCameo("abc"), nullptr);
  EXPECT_EQ(LookupCameo("---"), nullptr);
}

TEST(CameoCodes, SortedCompleteAndWellFormed) {
  std::span<const CameoInfo> all = CameoCodes();
  EXPECT_EQ(all.size(), 313u);  // 311 from CAMEO.eventcodes.txt + 1213, 1214
  int roots = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    const CameoInfo& e = all[i];
    SCOPED_TRACE(std::string(e.code));
    if (i > 0) {
      EXPECT_LT(all[i - 1].code, e.code);
    }
    EXPECT_GE(e.code.size(), 2u);
    EXPECT_LE(e.code.size(), 4u);
    EXPECT_FALSE(e.name.empty());
    EXPECT_GE(e.goldstein, -10.0);
    EXPECT_LE(e.goldstein, 10.0);
    EXPECT_EQ(LookupCameo(e.code), &e);
    EXPECT_NE(QuadClass(e.code), 0);
    bool no_plover_root = e.code.starts_with("01") || e.code.starts_with("02");
    EXPECT_EQ(e.plover.empty(), no_plover_root);
    if (e.code.size() == 2) {
      ++roots;
    } else {
      EXPECT_EQ(LookupCameo(e.code.substr(0, 2))->code.size(), 2u);  // root exists
    }
  }
  EXPECT_EQ(roots, 20);
}

TEST(CameoShortName, DropsTheQualifier) {
  std::string got;
  for (const char* code : {"010", "112", "183", "083", "086", "0231", "04", "20"})
    got += std::string(code) + "|" + std::string(CameoShortName(LookupCameo(code))) + "\n";
  EXPECT_EQ(got,
            "010|Make statement\n"
            "112|Accuse\n"
            "183|Conduct suicide, car, or other non-military bombing\n"  // "not spec below"
            "083|Accede to requests or demands for political reform\n"   // no comma
            "086|Allow international involvement\n"
            "0231|Appeal for economic aid\n"  // no qualifier: the name as it is
            "04|CONSULT\n"                    // casing kept
            "20|USE UNCONVENTIONAL MASS VIOLENCE\n");
  EXPECT_EQ(CameoShortName(nullptr), "");
  // No name in the table is only the qualifier, and none keeps a trailing
  // comma or space.
  for (const CameoInfo& e : CameoCodes()) {
    std::string_view s = CameoShortName(&e);
    EXPECT_FALSE(s.empty()) << e.code;
    EXPECT_NE(s.back(), ',') << e.code;
    EXPECT_NE(s.back(), ' ') << e.code;
    EXPECT_EQ(s.find("not spec"), std::string_view::npos) << e.code;
  }
}

TEST(CameoRoot, Basics) {
  EXPECT_EQ(CameoRoot("036"), "03");
  EXPECT_EQ(CameoRoot("19"), "19");
  EXPECT_EQ(CameoRoot("0"), "");
  EXPECT_EQ(CameoRoot(""), "");
  EXPECT_EQ(CameoRoot("a36"), "");
  EXPECT_EQ(CameoRoot("0x6"), "");
}

TEST(QuadClass, GdeltConvention) {
  std::string got;
  for (int r = 0; r <= 21; ++r) {
    char code[8];
    std::snprintf(code, sizeof code, "%02d1", r);
    got += std::to_string(QuadClass(code));
  }
  //         00 01-05 06-09 10-14 15-20 21
  EXPECT_EQ(got, "0" "11111" "2222" "33333" "444444" "0");
  EXPECT_EQ(QuadClass("1"), 0);
  EXPECT_EQ(QuadClass(""), 0);
  EXPECT_EQ(QuadClass("x1"), 0);
  EXPECT_EQ(QuadClass("99"), 0);
}

// Cross-checks the embedded table against the third-party files, when the
// reference data is at hand (ENTENTE_SHARED, set by CTest).
class SharedData : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* shared = std::getenv("ENTENTE_SHARED");
    if (shared == nullptr || *shared == '\0')
      GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping the cross-check";
    dir_ = std::string(shared) + "/refdata/codebooks/";
    if (!std::ifstream(dir_ + "CAMEO.eventcodes.txt"))
      GTEST_SKIP() << "no " << dir_ << "CAMEO.eventcodes.txt; skipping";
  }
  std::string dir_;
};

TEST_F(SharedData, EveryEventCodeIsInTheTable) {
  std::ifstream in(dir_ + "CAMEO.eventcodes.txt");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    std::string code = line.substr(0, line.find('\t'));
    if (code.empty() || code == "CAMEOEVENTCODE") continue;
    const CameoInfo* e = LookupCameo(code);
    ASSERT_NE(e, nullptr) << code;
    EXPECT_EQ(e->code, code);
    ++n;
  }
  EXPECT_EQ(n, 311);
}

TEST_F(SharedData, GoldsteinMatchesGdelt) {
  std::ifstream in(dir_ + "CAMEO.goldsteinscale.txt");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos || line.starts_with("CAMEO")) continue;
    std::string code = line.substr(0, tab);
    const CameoInfo* e = LookupCameo(code);
    ASSERT_NE(e, nullptr) << code;
    EXPECT_EQ(e->code, code);
    EXPECT_DOUBLE_EQ(e->goldstein, std::stod(line.substr(tab + 1))) << code;
    ++n;
  }
  EXPECT_EQ(n, 311);
}

TEST_F(SharedData, EveryPloverMappingMatches) {
  std::ifstream in(dir_ + "CAMEO2PLOVER-2021.txt");
  ASSERT_TRUE(in) << dir_;
  // "CODE: TYPE, mode, context # comment"; section headers "03: AGREE" have
  // no comma and name the root's type.
  std::regex row(R"(^(\d{2,4}):\s*([A-Z_]+)\s*(,?).*)");
  std::map<std::string, std::set<std::string>> root_headers;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    std::string code = m[1], type = m[2];
    if (m[3].length() == 0) {
      root_headers[code].insert(type);
      continue;
    }
    const CameoInfo* e = LookupCameo(code);
    ASSERT_NE(e, nullptr) << code;
    EXPECT_EQ(e->code, code);
    EXPECT_EQ(e->plover, type) << code;
    ++n;
  }
  EXPECT_EQ(n, 257);  // mapping lines; 175 is listed twice
  for (const auto& [root, types] : root_headers) {
    const CameoInfo* e = LookupCameo(root);
    ASSERT_NE(e, nullptr) << root;
    EXPECT_TRUE(types.count(std::string(e->plover))) << root << " " << e->plover;
  }
  EXPECT_EQ(root_headers.count("01") + root_headers.count("02"), 0u);
}

}  // namespace
}  // namespace entente
