// Mann-Kendall trend test and Theil-Sen slope: rank-based, so one outlying
// period cannot make a trend, and no normality is assumed.
#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "entente/analytics.h"

namespace entente {
namespace {

double Median(std::vector<double>* v) {
  const size_t mid = v->size() / 2;
  std::nth_element(v->begin(), v->begin() + mid, v->end());
  const double upper = (*v)[mid];
  if (v->size() % 2 == 1) return upper;
  const double lower = *std::max_element(v->begin(), v->begin() + mid);
  return (lower + upper) / 2;
}

}  // namespace

RankTrend FitRankTrend(std::span<const double> values) {
  RankTrend r;
  const size_t n = values.size();
  r.n = static_cast<int>(n);
  if (n < 2) return r;

  std::vector<double> slopes;
  slopes.reserve(n * (n - 1) / 2);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      const double d = values[j] - values[i];
      r.s += (d > 0) - (d < 0);
      slopes.push_back(d / static_cast<double>(j - i));
    }
  }
  r.sen_slope = Median(&slopes);
  if (n < 3) return r;

  // Var(S) under no trend, corrected for groups of tied values (Kendall).
  std::map<double, int64_t> ties;
  for (double v : values) ++ties[v];
  const double nn = static_cast<double>(n);
  double var = nn * (nn - 1) * (2 * nn + 5);
  for (const auto& [value, count] : ties) {
    const double t = static_cast<double>(count);
    var -= t * (t - 1) * (2 * t + 5);
  }
  var /= 18;
  if (var <= 0 || r.s == 0) return r;
  // Continuity correction: S moves in steps of 2.
  const double s = static_cast<double>(r.s);
  r.z = (s > 0 ? s - 1 : s + 1) / std::sqrt(var);
  r.p_value = std::erfc(std::fabs(r.z) / std::sqrt(2.0));
  if (r.p_value < 0.05) r.direction = r.z > 0 ? "rising" : "falling";
  return r;
}

}  // namespace entente
