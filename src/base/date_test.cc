#include "entente/date.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(DateTest, RoundTripsAcrossCenturies) {
  for (Day d = DayFromCivil(1899, 12, 31); d < DayFromCivil(2101, 1, 2); d += 17) {
    int y, m, dd;
    CivilFromDay(d, &y, &m, &dd);
    EXPECT_EQ(DayFromCivil(y, m, dd), d);
  }
  EXPECT_EQ(DayFromCivil(1970, 1, 1), 0);
}

TEST(DateTest, ParsesIsoAndRejectsImpossibleDates) {
  Day d;
  ASSERT_TRUE(ParseIsoDate("2023-03-21", &d));
  EXPECT_EQ(FormatIsoDate(d), "2023-03-21");
  EXPECT_TRUE(ParseIsoDate("20240229", &d));
  EXPECT_FALSE(ParseIsoDate("2023-02-29", &d));
  EXPECT_FALSE(ParseIsoDate("2023-13-01", &d));
  EXPECT_FALSE(ParseIsoDate("2023-1-01", &d));
  EXPECT_FALSE(ParseIsoDate("", &d));
}

TEST(DateTest, WindowsTwoDigitYearsLikeTabari) {
  Day d;
  ASSERT_TRUE(ParseYymmdd("950101", &d));
  EXPECT_EQ(FormatIsoDate(d), "1995-01-01");
  ASSERT_TRUE(ParseYymmdd("300101", &d));
  EXPECT_EQ(FormatIsoDate(d), "2030-01-01");
  ASSERT_TRUE(ParseYymmdd("310101", &d));
  EXPECT_EQ(FormatIsoDate(d), "1931-01-01");
  EXPECT_EQ(FormatYymmdd(d), "310101");
  EXPECT_FALSE(ParseYymmdd("950230", &d));
}

}  // namespace
}  // namespace entente
