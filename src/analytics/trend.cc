// Least-squares trend with a t interval.
#include <cmath>
#include <limits>

#include "analytics/t_quantile.h"
#include "entente/analytics.h"

namespace entente {

double TQuantile975(int df) {
  // Two-sided 95% critical values of Student's t for 1..30 degrees of
  // freedom (any statistics table, e.g. Abramowitz & Stegun Table 26.10).
  static constexpr double kTable[31] = {
      0,        12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912,
      2.364624, 2.306004,  2.262157, 2.228139, 2.200985, 2.178813, 2.160369,
      2.144787, 2.131450,  2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
      2.079614, 2.073873,  2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
      2.048407, 2.045230,  2.042272};
  if (df <= 0) return std::numeric_limits<double>::quiet_NaN();
  if (df <= 30) return kTable[df];
  // Above 30: the Cornish-Fisher expansion of Abramowitz & Stegun 26.7.5
  // around the normal quantile; it reproduces the table's 30 to 6 digits and
  // only improves as df grows.
  const double z = 1.959963984540054, v = df;
  const double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2,
               z9 = z7 * z2;
  const double g1 = (z3 + z) / 4;
  const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const double g4 =
      (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}

Trend FitTrend(std::span<const double> values) {
  Trend t;
  t.n = static_cast<int>(values.size());
  if (values.size() < 3) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    t.slope_stderr = t.lo95 = t.hi95 = nan;
    return t;
  }
  // Two passes (centre, then sum) to keep precision for large offsets.
  const double n = static_cast<double>(values.size());
  const double x_mean = (n - 1) / 2;
  double y_mean = 0;
  for (double v : values) y_mean += v;
  y_mean /= n;
  double sxx = 0, sxy = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    const double dx = static_cast<double>(i) - x_mean;
    sxx += dx * dx;
    sxy += dx * (values[i] - y_mean);
  }
  t.slope = sxy / sxx;
  double sse = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    const double fit = y_mean + t.slope * (static_cast<double>(i) - x_mean);
    sse += (values[i] - fit) * (values[i] - fit);
  }
  t.slope_stderr = std::sqrt(sse / (n - 2) / sxx);
  const double half = TQuantile975(t.n - 2) * t.slope_stderr;
  t.lo95 = t.slope - half;
  t.hi95 = t.slope + half;
  if (t.lo95 > 0) {
    t.direction = "rising";
  } else if (t.hi95 < 0) {
    t.direction = "falling";
  }
  return t;
}

}  // namespace entente
