#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "analytics/t_quantile.h"
#include "analytics/test_random.h"
#include "entente/analytics.h"

namespace entente {
namespace {

TEST(TQuantileTest, TableAndExpansion) {
  EXPECT_NEAR(TQuantile975(1), 12.706205, 1e-6);
  EXPECT_NEAR(TQuantile975(2), 4.302653, 1e-6);
  EXPECT_NEAR(TQuantile975(10), 2.228139, 1e-6);
  EXPECT_NEAR(TQuantile975(30), 2.042272, 1e-6);
  EXPECT_NEAR(TQuantile975(40), 2.021075, 1e-5);  // published values
  EXPECT_NEAR(TQuantile975(60), 2.000298, 1e-5);
  EXPECT_NEAR(TQuantile975(120), 1.979930, 1e-5);
  EXPECT_NEAR(TQuantile975(1000000), 1.959964, 1e-5);
  EXPECT_TRUE(std::isnan(TQuantile975(0)));
}

TEST(FitTrendTest, ExactLine) {
  std::vector<double> up, down;
  for (int i = 0; i < 10; ++i) {
    up.push_back(2 + 0.5 * i);
    down.push_back(1000 - 0.25 * i);
  }
  Trend t = FitTrend(up);
  EXPECT_NEAR(t.slope, 0.5, 1e-12);
  EXPECT_NEAR(t.slope_stderr, 0, 1e-12);
  EXPECT_EQ(t.n, 10);
  EXPECT_STREQ(t.direction, "rising");
  t = FitTrend(down);
  EXPECT_NEAR(t.slope, -0.25, 1e-10);
  EXPECT_NEAR(t.slope_stderr, 0, 1e-10);
  EXPECT_STREQ(t.direction, "falling");
  t = FitTrend(std::vector<double>(7, 0.3));
  EXPECT_NEAR(t.slope, 0, 1e-15);
  EXPECT_STREQ(t.direction, "flat");
}

TEST(FitTrendTest, HandComputed) {
  // x mean 1.5, y mean 2.75, Sxx 5, Sxy 5.5 -> slope 1.1; residuals
  // -0.1 0.8 -1.3 0.6, SSE 2.7, se = sqrt(2.7 / 2 / 5); t(2) = 4.302653.
  const Trend t = FitTrend(std::vector<double>{1, 3, 2, 5});
  EXPECT_NEAR(t.slope, 1.1, 1e-12);
  EXPECT_NEAR(t.slope_stderr, std::sqrt(0.27), 1e-12);
  EXPECT_NEAR(t.lo95, 1.1 - 4.302653 * std::sqrt(0.27), 1e-5);
  EXPECT_NEAR(t.hi95, 1.1 + 4.302653 * std::sqrt(0.27), 1e-5);
  EXPECT_STREQ(t.direction, "flat");
}

TEST(FitTrendTest, TooShort) {
  for (size_t n : {0, 1, 2}) {
    const Trend t = FitTrend(std::vector<double>(n, 1.0));
    EXPECT_EQ(t.n, static_cast<int>(n));
    EXPECT_EQ(t.slope, 0);
    EXPECT_TRUE(std::isnan(t.slope_stderr));
    EXPECT_TRUE(std::isnan(t.lo95) && std::isnan(t.hi95));
    EXPECT_STREQ(t.direction, "flat");
  }
}

TEST(FitTrendTest, NoisyFlatAndClearRise) {
  TestRandom rng(7);
  std::vector<double> flat, rise;
  for (int i = 0; i < 40; ++i) {
    flat.push_back(rng.Gaussian(0.2, 0.1));
    rise.push_back(rng.Gaussian(-0.5 + 0.02 * i, 0.1));
  }
  EXPECT_STREQ(FitTrend(flat).direction, "flat");
  const Trend t = FitTrend(rise);
  EXPECT_STREQ(t.direction, "rising");
  EXPECT_LT(t.lo95, 0.02);
  EXPECT_GT(t.hi95, 0.02);
}

// The 95% interval holds the true slope about 95% of the time. With n = 5
// (3 df) a normal-quantile interval would cover only about 86%.
TEST(FitTrendTest, IntervalCoverage) {
  TestRandom rng(11);
  for (int n : {5, 12, 50}) {
    int covered = 0, called = 0;
    const int trials = 4000;
    for (int k = 0; k < trials; ++k) {
      std::vector<double> v;
      for (int i = 0; i < n; ++i) v.push_back(rng.Gaussian(1 + 0.03 * i, 0.5));
      const Trend t = FitTrend(v);
      covered += t.lo95 <= 0.03 && 0.03 <= t.hi95;
      std::vector<double> noise;
      for (int i = 0; i < n; ++i) noise.push_back(rng.Gaussian(0, 1));
      called += std::string(FitTrend(noise).direction) != "flat";
    }
    EXPECT_NEAR(covered / double(trials), 0.95, 0.012) << n;
    EXPECT_NEAR(called / double(trials), 0.05, 0.012) << n;
  }
}

TEST(FitRankTrendTest, HandComputedAndMonotone) {
  // Pairs: + + + - + + -> S = 4; Var = 4*3*13/18; slopes sorted
  // -1 0.5 1 4/3 2 3 -> median (1 + 4/3) / 2.
  RankTrend r = FitRankTrend(std::vector<double>{1, 3, 2, 5});
  EXPECT_EQ(r.s, 4);
  EXPECT_NEAR(r.z, 3 / std::sqrt(4 * 3 * 13 / 18.0), 1e-12);
  EXPECT_NEAR(r.sen_slope, (1 + 4.0 / 3) / 2, 1e-12);
  EXPECT_STREQ(r.direction, "flat");

  std::vector<double> line;
  for (int i = 0; i < 10; ++i) line.push_back(-0.1 * i);
  line[3] = 50;  // one wild period moves OLS, not Theil-Sen
  r = FitRankTrend(line);
  EXPECT_NEAR(r.sen_slope, -0.1, 1e-12);
  EXPECT_STREQ(r.direction, "falling");
  EXPECT_STREQ(FitTrend(line).direction, "flat");
}

TEST(FitRankTrendTest, TiesAndShortSeries) {
  RankTrend r = FitRankTrend(std::vector<double>(8, 2.0));
  EXPECT_EQ(r.s, 0);
  EXPECT_EQ(r.p_value, 1);
  EXPECT_STREQ(r.direction, "flat");
  r = FitRankTrend(std::vector<double>{1, 4});
  EXPECT_EQ(r.sen_slope, 3);
  EXPECT_EQ(r.p_value, 1);
  EXPECT_STREQ(r.direction, "flat");
  // Tie correction: 0 0 0 1 1 1 has S = 9, Var = (6*5*17 - 2*3*2*11) / 18.
  r = FitRankTrend(std::vector<double>{0, 0, 0, 1, 1, 1});
  EXPECT_EQ(r.s, 9);
  EXPECT_NEAR(r.z, 8 / std::sqrt((510.0 - 132) / 18), 1e-12);
}

}  // namespace
}  // namespace entente
