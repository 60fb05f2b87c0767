// dict/people.actors: people with date-restricted roles. The file must load
// without a single warning, hold at least 300 people, and give the role of
// the article's date when coded together with entente's starter dictionaries.
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dict/dictionary.h"
#include "dict/tabari_reader.h"
#include "entente/coder.h"
#include "entente/date.h"

namespace {

std::string SourceDir() {
  const char* src = std::getenv("ENTENTE_SOURCE_DIR");
  return src ? std::string(src) : std::string();
}

TEST(PeopleActors, LoadsWithoutWarnings) {
  std::string dir = SourceDir();
  if (dir.empty()) GTEST_SKIP() << "ENTENTE_SOURCE_DIR is not set; run through ctest";
  entente::dict::Dictionary dict;
  std::vector<std::string> warnings;
  entente::Status st =
      entente::dict::LoadTabariFile(dir + "/dict/people.actors", entente::dict::kActor, &dict, &warnings);
  ASSERT_TRUE(st.ok()) << st.ToString();
  for (const std::string& w : warnings) ADD_FAILURE() << "warning: " << w;
  // One code set per entry; index 0 is reserved.
  EXPECT_GE(static_cast<int>(dict.actor_sets.size()) - 1, 300);
}

class PeopleRoles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = SourceDir();
    if (dir.empty()) GTEST_SKIP() << "ENTENTE_SOURCE_DIR is not set; run through ctest";
    entente::DictionarySources src;
    src.tabari_project = dir + "/dict/entente.project";  // the defaults, people first
    entente::Status st = entente::Coder::Open(src, &coder_);
    ASSERT_TRUE(st.ok()) << st.ToString();
  }

  // The source code of the first event of "<name> criticized Qatar on Tuesday
  // in a speech." (long enough for the minimum sentence length) on the
  // given day; "" when no event is coded (the person is null that day).
  std::string RoleOf(const std::string& name, int y, int m, int d) {
    std::vector<entente::Event> events;
    coder_->CodeSentence(name + " criticized Qatar on Tuesday in a speech.", entente::DayFromCivil(y, m, d), &events);
    return events.empty() ? std::string() : events[0].source;
  }

  std::unique_ptr<entente::Coder> coder_;
};

TEST_F(PeopleRoles, UnitedStates) {
  EXPECT_EQ(RoleOf("Antony Blinken", 2022, 6, 1), "USAGOV");
  EXPECT_EQ(RoleOf("Blinken", 2025, 1, 21), "USAELI");  // day after leaving office
  EXPECT_EQ(RoleOf("Blinken", 2025, 6, 1), "USAELI");
  EXPECT_EQ(RoleOf("Donald Trump", 2015, 6, 1), "USABUS");
  EXPECT_EQ(RoleOf("Trump", 2018, 6, 1), "USAGOV");
  EXPECT_EQ(RoleOf("Trump", 2022, 6, 1), "USAELI");
  EXPECT_EQ(RoleOf("Trump", 2025, 1, 20), "USAGOV");  // second inauguration day
  EXPECT_EQ(RoleOf("Trump", 2025, 6, 1), "USAGOV");
  EXPECT_EQ(RoleOf("Marco Rubio", 2025, 1, 21), "USAGOV");
  EXPECT_EQ(RoleOf("Lloyd Austin", 2023, 1, 1), "USAMIL");
  EXPECT_EQ(RoleOf("Pete Hegseth", 2025, 1, 25), "USAMIL");
}

TEST_F(PeopleRoles, ChinaAndRussia) {
  EXPECT_EQ(RoleOf("Wang Yi", 2022, 6, 1), "CHNGOV");  // foreign minister
  EXPECT_EQ(RoleOf("Wang Yi", 2023, 3, 1), "CHNGOV");  // party foreign affairs office
  EXPECT_EQ(RoleOf("Wang Yi", 2024, 1, 1), "CHNGOV");  // foreign minister again
  EXPECT_EQ(RoleOf("Qin Gang", 2023, 3, 1), "CHNGOV");
  EXPECT_EQ(RoleOf("Qin Gang", 2024, 1, 1), "CHNELI");
  EXPECT_EQ(RoleOf("Sergei Lavrov", 2010, 6, 1), "RUSGOV");
  EXPECT_EQ(RoleOf("Sergey Lavrov", 2024, 6, 1), "RUSGOV");
  EXPECT_EQ(RoleOf("Shoigu", 2020, 6, 1), "RUSMIL");
  EXPECT_EQ(RoleOf("Shoigu", 2025, 6, 1), "RUSGOV");
  EXPECT_EQ(RoleOf("Andrei Belousov", 2024, 5, 14), "RUSMIL");
  EXPECT_EQ(RoleOf("Boris Yeltsin", 1995, 6, 1), "RUSGOV");
  EXPECT_EQ(RoleOf("Yeltsin", 2002, 6, 1), "RUSELI");
}

TEST_F(PeopleRoles, Ukraine) {
  EXPECT_EQ(RoleOf("Zelensky", 2019, 5, 19), "UKRBUS");
  EXPECT_EQ(RoleOf("Zelenskiy", 2019, 5, 20), "UKRGOV");  // inauguration day
  EXPECT_EQ(RoleOf("Volodymyr Zelenskyy", 2023, 6, 1), "UKRGOV");
  EXPECT_EQ(RoleOf("Petro Poroshenko", 2015, 6, 1), "UKRGOV");
  EXPECT_EQ(RoleOf("Poroshenko", 2020, 6, 1), "UKROPP");
  EXPECT_EQ(RoleOf("Dmytro Kuleba", 2025, 6, 1), "UKRELI");
}

TEST_F(PeopleRoles, UnitedNationsAndNato) {
  EXPECT_EQ(RoleOf("Ban Ki-moon", 2016, 12, 31), "IGOUNO");
  EXPECT_EQ(RoleOf("Ban Ki-moon", 2017, 1, 1), "KORELI");
  EXPECT_EQ(RoleOf("Antonio Guterres", 2016, 6, 1), "PRTELI");
  EXPECT_EQ(RoleOf("Guterres", 2017, 1, 1), "IGOUNO");
  EXPECT_EQ(RoleOf("Kofi Annan", 2003, 6, 1), "IGOUNO");
  EXPECT_EQ(RoleOf("Jens Stoltenberg", 2024, 9, 30), "IGOWSTNAT");
  EXPECT_EQ(RoleOf("Stoltenberg", 2024, 10, 2), "NORGOV");
  EXPECT_EQ(RoleOf("Mark Rutte", 2023, 6, 1), "NLDGOV");
  EXPECT_EQ(RoleOf("Rutte", 2024, 10, 1), "IGOWSTNAT");
  EXPECT_EQ(RoleOf("Anders Fogh Rasmussen", 2012, 6, 1), "IGOWSTNAT");
}

TEST_F(PeopleRoles, LongServingLeadersBeyondTheG20) {
  EXPECT_EQ(RoleOf("Robert Mugabe", 2005, 6, 1), "ZWEGOV");
  EXPECT_EQ(RoleOf("Mugabe", 2018, 6, 1), "ZWEELI");
  EXPECT_EQ(RoleOf("Slobodan Milosevic", 1995, 6, 1), "SRBGOV");
  EXPECT_EQ(RoleOf("Milosevic", 1999, 6, 1), "YUGGOV");
  EXPECT_EQ(RoleOf("Assad", 1990, 6, 1), "SYRGOV");    // the father
  EXPECT_EQ(RoleOf("Assad", 2015, 6, 1), "SYRGOV");    // the son
  EXPECT_EQ(RoleOf("Assad", 2025, 6, 1), "SYRELI");
  EXPECT_EQ(RoleOf("Paul Kagame", 1996, 6, 1), "RWAMIL");  // vice president and defence minister
  EXPECT_EQ(RoleOf("Kagame", 2010, 6, 1), "RWAGOV");
  EXPECT_EQ(RoleOf("Hugo Chavez", 2005, 6, 1), "VENGOV");
  EXPECT_EQ(RoleOf("Ricardo Maduro", 2004, 6, 1), "HNDGOV");  // not Venezuela's Maduro
}

TEST_F(PeopleRoles, OthersWithSeveralTerms) {
  EXPECT_EQ(RoleOf("Netanyahu", 1997, 6, 1), "ISRGOV");
  EXPECT_EQ(RoleOf("Netanyahu", 2000, 6, 1), "ISRELI");
  EXPECT_EQ(RoleOf("Netanyahu", 2022, 6, 1), "ISROPP");
  EXPECT_EQ(RoleOf("Benjamin Netanyahu", 2023, 6, 1), "ISRGOV");
  EXPECT_EQ(RoleOf("Keir Starmer", 2024, 7, 5), "GBRGOV");
  EXPECT_EQ(RoleOf("Starmer", 2022, 6, 1), "GBROPP");
  EXPECT_EQ(RoleOf("Emmanuel Macron", 2017, 5, 14), "FRAGOV");
  EXPECT_EQ(RoleOf("Shinzo Abe", 2008, 6, 1), "JPNELI");
  EXPECT_EQ(RoleOf("Shinzo Abe", 2015, 6, 1), "JPNGOV");
  EXPECT_EQ(RoleOf("Lula", 2015, 6, 1), "BRAOPP");
  EXPECT_EQ(RoleOf("Lula", 2024, 6, 1), "BRAGOV");
  EXPECT_EQ(RoleOf("Ursula von der Leyen", 2019, 12, 1), "IGOEUREEC");
  EXPECT_EQ(RoleOf("Ursula von der Leyen", 2015, 6, 1), "DEUMIL");
}

TEST_F(PeopleRoles, HeadsOfStateAndGovernment1990To2015) {
  EXPECT_EQ(RoleOf("Levy Mwanawasa", 2005, 6, 1), "ZMBGOV");
  EXPECT_EQ(RoleOf("Levy Mwanawasa", 1999, 6, 1), "ZMBELI");  // between vice-presidency and presidency
  EXPECT_EQ(RoleOf("Michel Aoun", 1989, 6, 1), "LBNMIL");      // army commander, military government
  EXPECT_EQ(RoleOf("Michel Aoun", 2000, 6, 1), "LBNELI");      // exile
  EXPECT_EQ(RoleOf("Michel Aoun", 2018, 6, 1), "LBNGOV");
  EXPECT_EQ(RoleOf("Elias Hrawi", 1995, 6, 1), "LBNGOV");
  EXPECT_EQ(RoleOf("Desmond Tutu", 1995, 6, 1), "ZAFREL");
  EXPECT_EQ(RoleOf("Thaksin Shinawatra", 2003, 6, 1), "THAGOV");
  EXPECT_EQ(RoleOf("Thaksin", 2008, 6, 1), "THAELI");
  EXPECT_EQ(RoleOf("Ranil Wickremesinghe", 2016, 6, 1), "LKAGOV");
  EXPECT_EQ(RoleOf("Ranil Wickremesinghe", 2010, 6, 1), "LKAOPP");
  EXPECT_EQ(RoleOf("Jean-Bertrand Aristide", 1993, 6, 1), "HTIELI");  // in exile between terms
  EXPECT_EQ(RoleOf("Aristide", 2002, 6, 1), "HTIGOV");
  EXPECT_EQ(RoleOf("Juan Manuel Santos", 2007, 6, 1), "COLMIL");
  EXPECT_EQ(RoleOf("Juan Manuel Santos", 2012, 6, 1), "COLGOV");
  EXPECT_EQ(RoleOf("Hashim Thaci", 1999, 6, 1), "KSVREB");
  EXPECT_EQ(RoleOf("Milo Djukanovic", 1995, 6, 1), "MNEGOV");
}

TEST_F(PeopleRoles, EuropeBeyondTheG20) {
  EXPECT_EQ(RoleOf("Viktor Orban", 2000, 6, 1), "HUNGOV");
  EXPECT_EQ(RoleOf("Orban", 2005, 6, 1), "HUNOPP");
  EXPECT_EQ(RoleOf("Viktor Orban", 2020, 6, 1), "HUNGOV");
  EXPECT_EQ(RoleOf("Vaclav Havel", 1991, 6, 1), "CSKGOV");  // Czechoslovakia
  EXPECT_EQ(RoleOf("Vaclav Havel", 1995, 6, 1), "CZEGOV");
  EXPECT_EQ(RoleOf("Mary Robinson", 2000, 6, 1), "IGOUNO");
  EXPECT_EQ(RoleOf("Pedro Sanchez", 2020, 6, 1), "ESPGOV");
  EXPECT_EQ(RoleOf("Robert Fico", 2020, 6, 1), "SVKOPP");
}

}  // namespace
