#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "base/date_test_util.h"
#include "entente/analytics.h"

namespace entente {
namespace {

// One line per period: label events q0..q4 goldstein_mean index g_index.
std::string Render(const std::vector<PeriodStats>& series) {
  std::string out;
  char buf[160];
  for (const PeriodStats& s : series) {
    std::snprintf(
        buf, sizeof(buf), "%s %lld [%lld %lld %lld %lld %lld] %.4f %.4f %.4f\n",
        s.label.c_str(), static_cast<long long>(s.events),
        static_cast<long long>(s.quad[0]), static_cast<long long>(s.quad[1]),
        static_cast<long long>(s.quad[2]), static_cast<long long>(s.quad[3]),
        static_cast<long long>(s.quad[4]), s.goldstein_mean, s.index,
        s.goldstein_index);
    out += buf;
  }
  return out;
}

// Jan: 3 verbal coop (Goldstein 1.0 each... sum 3), 2 material conflict
// (sum -20); Feb: nothing; Mar: 1 verbal conflict (-2); rows unsorted, and
// two rows for the same (day, quad) are added.
std::vector<DailyCount> Rows() {
  return {
      {D("2023-03-09"), 3, 1, -2.0},
      {D("2023-01-05"), 1, 2, 2.0},
      {D("2023-01-31"), 4, 2, -20.0},
      {D("2023-01-05"), 1, 1, 1.0},
  };
}

TEST(RelationshipIndexTest, SmoothedNetCooperation) {
  EXPECT_DOUBLE_EQ(RelationshipIndex(0, 0), 0.0);
  EXPECT_DOUBLE_EQ(RelationshipIndex(1, 0), 1.0 / 3);
  EXPECT_DOUBLE_EQ(RelationshipIndex(0, 1), -1.0 / 3);
  EXPECT_DOUBLE_EQ(RelationshipIndex(3, 2), 1.0 / 7);
  EXPECT_DOUBLE_EQ(RelationshipIndex(5, 5), 0.0);
  EXPECT_DOUBLE_EQ(RelationshipIndex(100, 0), 100.0 / 102);
  EXPECT_LT(RelationshipIndex(1000000000, 0), 1.0);
}

TEST(BuildSeriesTest, FillsEmptyPeriodsFromTheRowsOwnSpan) {
  const std::vector<DailyCount> rows = Rows();
  // Jan: C=3, K=2 -> (3-2)/(5+2) = 0.1429; Goldstein -17/5 = -3.4, and
  // -17 / (10 * 7) = -0.2429. Mar: K=1 -> -1/3; -2 / 30.
  EXPECT_EQ(Render(BuildSeries(rows, Period::kMonth, kNoDate, kNoDate)),
            "2023-01 5 [0 3 0 0 2] -3.4000 0.1429 -0.2429\n"
            "2023-02 0 [0 0 0 0 0] 0.0000 0.0000 0.0000\n"
            "2023-03 1 [0 0 0 1 0] -2.0000 -0.3333 -0.0667\n");
  EXPECT_EQ(Render(BuildSeries(rows, Period::kQuarter, kNoDate, kNoDate)),
            "2023-Q1 6 [0 3 0 1 2] -3.1667 0.0000 -0.2375\n");
}

TEST(BuildSeriesTest, HonoursBounds) {
  const std::vector<DailyCount> rows = Rows();
  // Wider than the rows: empty periods at both ends.
  EXPECT_EQ(Render(BuildSeries(rows, Period::kMonth, D("2022-12-15"),
                               D("2023-04-01"))),
            "2022-12 0 [0 0 0 0 0] 0.0000 0.0000 0.0000\n"
            "2023-01 5 [0 3 0 0 2] -3.4000 0.1429 -0.2429\n"
            "2023-02 0 [0 0 0 0 0] 0.0000 0.0000 0.0000\n"
            "2023-03 1 [0 0 0 1 0] -2.0000 -0.3333 -0.0667\n"
            "2023-04 0 [0 0 0 0 0] 0.0000 0.0000 0.0000\n");
  // Narrower: whole days outside [from, to] are dropped, even inside a
  // period that is kept (the 2023-01-05 rows), and to == kNoDate means the
  // latest row.
  EXPECT_EQ(Render(BuildSeries(rows, Period::kMonth, D("2023-01-06"), kNoDate)),
            "2023-01 2 [0 0 0 0 2] -10.0000 -0.5000 -0.5000\n"
            "2023-02 0 [0 0 0 0 0] 0.0000 0.0000 0.0000\n"
            "2023-03 1 [0 0 0 1 0] -2.0000 -0.3333 -0.0667\n");
  EXPECT_EQ(Render(BuildSeries(rows, Period::kMonth, kNoDate, D("2023-01-31"))),
            "2023-01 5 [0 3 0 0 2] -3.4000 0.1429 -0.2429\n");
  EXPECT_TRUE(
      BuildSeries(rows, Period::kMonth, D("2023-02-01"), D("2023-01-01"))
          .empty());
}

TEST(BuildSeriesTest, NoRows) {
  EXPECT_TRUE(BuildSeries({}, Period::kDay, kNoDate, kNoDate).empty());
  EXPECT_TRUE(BuildSeries({}, Period::kDay, D("2023-01-01"), kNoDate).empty());
  const std::vector<DailyCount> undated = {{kNoDate, 1, 5, 5.0}};
  EXPECT_TRUE(BuildSeries(undated, Period::kDay, kNoDate, kNoDate).empty());
  EXPECT_EQ(Render(BuildSeries(undated, Period::kDay, D("2023-01-01"),
                               D("2023-01-02"))),
            "2023-01-01 0 [0 0 0 0 0] 0.0000 0.0000 0.0000\n"
            "2023-01-02 0 [0 0 0 0 0] 0.0000 0.0000 0.0000\n");
}

TEST(BuildSeriesTest, UnknownQuadCountsAsEventsOnly) {
  const std::vector<DailyCount> rows = {{D("2023-05-01"), 0, 4, 0.0},
                                        {D("2023-05-02"), 7, 1, 0.0},
                                        {D("2023-05-03"), 2, 1, 7.0}};
  // Index sees only the one material cooperation: 1/3.
  EXPECT_EQ(Render(BuildSeries(rows, Period::kYear, kNoDate, kNoDate)),
            "2023 6 [5 0 1 0 0] 1.1667 0.3333 0.0875\n");
}

TEST(BuildSeriesTest, WeeksAcrossTheYearBoundary) {
  const std::vector<DailyCount> rows = {{D("2020-12-24"), 1, 1, 1.0},
                                        {D("2021-01-03"), 4, 3, -30.0},
                                        {D("2021-01-04"), 2, 1, 5.0}};
  EXPECT_EQ(Render(BuildSeries(rows, Period::kWeek, kNoDate, kNoDate)),
            "2020-W52 1 [0 1 0 0 0] 1.0000 0.3333 0.0333\n"
            "2020-W53 3 [0 0 0 0 3] -10.0000 -0.6000 -0.6000\n"
            "2021-W01 1 [0 0 1 0 0] 5.0000 0.3333 0.1667\n");
  const std::vector<PeriodStats> days =
      BuildSeries(rows, Period::kDay, kNoDate, kNoDate);
  ASSERT_EQ(days.size(), 12u);  // 2020-12-24 .. 2021-01-04
  EXPECT_EQ(days[0].start, D("2020-12-24"));
  EXPECT_EQ(days[11].label, "2021-01-04");
}

}  // namespace
}  // namespace entente
