// PELT checked against plain optimal partitioning (Jackson et al. 2005):
// the same objective, minimised over every last change point with no
// pruning and segment costs summed directly instead of from prefix sums.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "analytics/test_random.h"
#include "entente/analytics.h"

namespace entente {
namespace {

double NaiveCost(const std::vector<double>& x, const std::vector<double>& w,
                 size_t s, size_t t) {
  double sw = 0, swx = 0;
  for (size_t i = s; i < t; ++i) {
    sw += w[i];
    swx += w[i] * x[i];
  }
  if (sw <= 0) return 0;
  double cost = 0;
  for (size_t i = s; i < t; ++i) {
    cost += w[i] * (x[i] - swx / sw) * (x[i] - swx / sw);
  }
  return cost;
}

// Starts of the segments after the first, rendered "i j ".
std::string OptimalPartitioning(const std::vector<double>& x,
                                const std::vector<double>& w, double sigma,
                                double penalty, size_t m) {
  const size_t n = x.size();
  if (n < 2 * m || !(sigma > 0)) return "";
  const double beta =
      (penalty > 0 ? penalty : 3 * std::log(double(n))) * sigma * sigma;
  // MBIC (automatic penalty) also charges ln(length) per segment.
  const double per_length = penalty > 0 ? 0 : sigma * sigma;
  std::vector<double> f(n + 1, std::numeric_limits<double>::infinity());
  std::vector<size_t> last(n + 1, 0);
  f[0] = -beta;
  for (size_t t = m; t <= n; ++t) {
    for (size_t s = 0; s + m <= t; ++s) {
      if (s != 0 && s < m) continue;  // [0, s) would be too short
      const double v = f[s] + NaiveCost(x, w, s, t) +
                       per_length * std::log(double(t - s)) + beta;
      if (v < f[t]) {
        f[t] = v;
        last[t] = s;
      }
    }
  }
  std::string out;
  std::vector<size_t> starts;
  for (size_t t = n; last[t] > 0; t = last[t]) starts.push_back(last[t]);
  for (size_t k = starts.size(); k-- > 0;)
    out += std::to_string(starts[k]) + " ";
  return out;
}

std::string Indices(const std::vector<ChangePoint>& cps) {
  std::string out;
  for (const ChangePoint& c : cps) out += std::to_string(c.index) + " ";
  return out;
}

// A random piecewise-constant series with noise, random weights (some 0)
// half the time, random segment minimum and penalty; PELT must agree.
void CheckRandomSeries(TestRandom* rng, int max_n, int max_blocks) {
  const int n = rng->Int(0, max_n);
  const int blocks = rng->Int(1, max_blocks);
  const double sd = 0.05 + rng->Uniform();
  std::vector<double> x;
  double level = 0;
  for (int i = 0; i < n; ++i) {
    if (rng->Int(0, n) < blocks) level = rng->Gaussian(0, 1);
    x.push_back(rng->Gaussian(level, sd));
  }
  const bool weighted = rng->Int(0, 1) == 1;
  std::vector<double> w(x.size(), 1.0);
  if (weighted) {
    for (double& wi : w) wi = rng->Int(0, 5) * 0.5;
  }
  ChangePointOptions options;
  options.min_segment = rng->Int(1, 4);
  options.penalty = rng->Int(0, 1) ? 0 : 10 * rng->Uniform();
  if (weighted) options.weights = w;
  const double sigma = EstimateNoiseSigma(
      x, weighted ? std::span<const double>(w) : std::span<const double>());

  const std::vector<ChangePoint> got = DetectChangePoints(x, options);
  const std::string want =
      OptimalPartitioning(x, w, sigma, options.penalty, options.min_segment);
  ASSERT_EQ(Indices(got), want)
      << "n " << n << " min_segment " << options.min_segment << " penalty "
      << options.penalty << " weighted " << weighted;
  for (size_t k = 0; k < got.size(); ++k) {
    const size_t begin = k == 0 ? 0 : got[k - 1].index;
    double sw = 0, swx = 0;
    for (size_t i = begin; i < got[k].index; ++i) {
      sw += w[i];
      swx += w[i] * x[i];
    }
    if (sw > 0) {
      EXPECT_NEAR(got[k].before_mean, swx / sw, 1e-9);
    }
  }
}

TEST(PeltReferenceTest, MatchesOptimalPartitioningOnShortSeries) {
  TestRandom rng(2024);
  for (int trial = 0; trial < 1500; ++trial) {
    ASSERT_NO_FATAL_FAILURE(CheckRandomSeries(&rng, 60, 6)) << trial;
  }
}

TEST(PeltReferenceTest, MatchesOptimalPartitioningOnLongBusySeries) {
  TestRandom rng(77);
  for (int trial = 0; trial < 6; ++trial) {
    ASSERT_NO_FATAL_FAILURE(CheckRandomSeries(&rng, 400, 40)) << trial;
  }
}

}  // namespace
}  // namespace entente
