#include <gtest/gtest.h>

#include <string>

#include "base/date_test_util.h"
#include "entente/analytics.h"

namespace entente {
namespace {

// "label start..next" for the period holding `iso`.
std::string Describe(const char* iso, Period p) {
  const Day d = D(iso);
  return PeriodLabel(d, p) + " " + FormatIsoDate(PeriodStart(d, p)) + ".." +
         FormatIsoDate(NextPeriodStart(d, p));
}

TEST(PeriodTest, ParsesNamesAndRoundTrips) {
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth,
                   Period::kQuarter, Period::kYear}) {
    Period parsed = Period::kDay;
    ASSERT_TRUE(ParsePeriod(PeriodName(p), &parsed)) << PeriodName(p);
    EXPECT_EQ(parsed, p);
  }
  Period out = Period::kQuarter;
  EXPECT_FALSE(ParsePeriod("Month", &out));
  EXPECT_FALSE(ParsePeriod("", &out));
  EXPECT_FALSE(ParsePeriod("weeks", &out));
  EXPECT_EQ(out, Period::kQuarter);  // unchanged on failure
}

TEST(PeriodTest, EachKindOnOneDay) {
  EXPECT_EQ(Describe("2023-08-10", Period::kDay),
            "2023-08-10 2023-08-10..2023-08-11");
  EXPECT_EQ(Describe("2023-08-10", Period::kWeek),
            "2023-W32 2023-08-07..2023-08-14");
  EXPECT_EQ(Describe("2023-08-10", Period::kMonth),
            "2023-08 2023-08-01..2023-09-01");
  EXPECT_EQ(Describe("2023-08-10", Period::kQuarter),
            "2023-Q3 2023-07-01..2023-10-01");
  EXPECT_EQ(Describe("2023-08-10", Period::kYear),
            "2023 2023-01-01..2024-01-01");
}

TEST(PeriodTest, IsoWeeksAcrossYearBoundaries) {
  std::string got;
  for (const char* iso :
       {"2020-12-27", "2020-12-28", "2020-12-31", "2021-01-01", "2021-01-03",
        "2021-01-04", "2019-12-29", "2019-12-30", "2008-12-29", "2010-01-03",
        "2015-12-31", "1969-12-31", "1970-01-04", "1970-01-05"}) {
    got += std::string(iso) + " " + Describe(iso, Period::kWeek) + "\n";
  }
  EXPECT_EQ(got,
            "2020-12-27 2020-W52 2020-12-21..2020-12-28\n"
            "2020-12-28 2020-W53 2020-12-28..2021-01-04\n"
            "2020-12-31 2020-W53 2020-12-28..2021-01-04\n"
            "2021-01-01 2020-W53 2020-12-28..2021-01-04\n"
            "2021-01-03 2020-W53 2020-12-28..2021-01-04\n"
            "2021-01-04 2021-W01 2021-01-04..2021-01-11\n"
            "2019-12-29 2019-W52 2019-12-23..2019-12-30\n"
            "2019-12-30 2020-W01 2019-12-30..2020-01-06\n"
            "2008-12-29 2009-W01 2008-12-29..2009-01-05\n"
            "2010-01-03 2009-W53 2009-12-28..2010-01-04\n"
            "2015-12-31 2015-W53 2015-12-28..2016-01-04\n"
            "1969-12-31 1970-W01 1969-12-29..1970-01-05\n"
            "1970-01-04 1970-W01 1969-12-29..1970-01-05\n"
            "1970-01-05 1970-W02 1970-01-05..1970-01-12\n");
}

TEST(PeriodTest, MonthsQuartersYearsAndLeapDays) {
  std::string got;
  got += Describe("2024-02-29", Period::kMonth) + "\n";
  got += Describe("2024-02-29", Period::kQuarter) + "\n";
  got += Describe("2024-02-29", Period::kYear) + "\n";
  got += Describe("2024-02-29", Period::kDay) + "\n";
  got += Describe("2023-02-28", Period::kDay) + "\n";
  got += Describe("2023-12-31", Period::kMonth) + "\n";
  got += Describe("2023-11-15", Period::kQuarter) + "\n";
  got += Describe("2024-03-31", Period::kQuarter) + "\n";
  got += Describe("2024-04-01", Period::kQuarter) + "\n";
  got += Describe("1900-02-28", Period::kMonth) + "\n";  // not a leap year
  EXPECT_EQ(got,
            "2024-02 2024-02-01..2024-03-01\n"
            "2024-Q1 2024-01-01..2024-04-01\n"
            "2024 2024-01-01..2025-01-01\n"
            "2024-02-29 2024-02-29..2024-03-01\n"
            "2023-02-28 2023-02-28..2023-03-01\n"
            "2023-12 2023-12-01..2024-01-01\n"
            "2023-Q4 2023-10-01..2024-01-01\n"
            "2024-Q1 2024-01-01..2024-04-01\n"
            "2024-Q2 2024-04-01..2024-07-01\n"
            "1900-02 1900-02-01..1900-03-01\n");
}

TEST(PeriodTest, NoDate) {
  EXPECT_EQ(PeriodStart(kNoDate, Period::kMonth), kNoDate);
  EXPECT_EQ(PeriodLabel(kNoDate, Period::kWeek), "");
}

// Every day lies in [start, next), periods tile the line without gaps, and
// ISO weeks count 1, 2, ... 52 or 53 within each week-year.
TEST(PeriodTest, PeriodsTileTheCalendar) {
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth,
                   Period::kQuarter, Period::kYear}) {
    const Day first = DayFromCivil(1899, 12, 25),
              last = DayFromCivil(2101, 1, 7);
    Day start = PeriodStart(first, p);
    for (Day d = first; d <= last; ++d) {
      if (d >= NextPeriodStart(start, p)) {
        ASSERT_EQ(d, NextPeriodStart(start, p));
        start = d;
      }
      ASSERT_EQ(PeriodStart(d, p), start) << FormatIsoDate(d) << PeriodName(p);
      ASSERT_EQ(PeriodLabel(d, p), PeriodLabel(start, p));
    }
  }
  int year = 0, week = 0;
  for (Day s = DayFromCivil(1900, 1, 1); s < DayFromCivil(2100, 12, 1);
       s = NextPeriodStart(s, Period::kWeek)) {
    const std::string label = PeriodLabel(s, Period::kWeek);
    const int y = std::stoi(label.substr(0, 4)), w = std::stoi(label.substr(6));
    if (y != year) {
      if (year != 0) {
        ASSERT_TRUE(week == 52 || week == 53) << label;
      }
      ASSERT_EQ(w, 1) << label;
    } else {
      ASSERT_EQ(w, week + 1) << label;
    }
    year = y;
    week = w;
  }
}

}  // namespace
}  // namespace entente
