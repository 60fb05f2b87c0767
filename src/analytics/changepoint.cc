// Changes in mean by PELT (Killick, Fearnhead & Eckley 2012).
//
// Optimal partitioning (Jackson et al. 2005) finds
//   F(t) = min over s < t of  F(s) + C(s, t) + beta,   F(0) = -beta,
// where C(s, t) is the cost of one segment holding values [s, t). PELT adds
// one rule: if F(s) + C(s, t) - L > F(t), then s can never again be the
// last change before any later end T, because C(s, t) + C(t, T) <= C(s, T)
// + L for this cost, so splitting at t is always at least as good. Such s
// are dropped, which makes the search linear when changes keep occurring.
//
// With a minimum segment length m the split at t is only legal for
// T >= t + m, so a pruned s stays a candidate until T = t + m - 1.
// changepoint_reference_test.cc checks the result against plain optimal
// partitioning.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "entente/analytics.h"

namespace entente {
namespace {

// Weighted Gaussian cost of a segment, in O(1) from prefix sums. Values are
// centred first so that the sums do not lose the variance to cancellation.
class SegmentCost {
 public:
  SegmentCost(std::span<const double> values, std::span<const double> weights)
      : n_(values.size()), w_(n_ + 1), wx_(n_ + 1), wxx_(n_ + 1), x_(n_ + 1) {
    for (double v : values) centre_ += v;
    if (n_ > 0) centre_ /= static_cast<double>(n_);
    for (size_t i = 0; i < n_; ++i) {
      const double w = weights.size() == n_ ? weights[i] : 1.0;
      const double x = values[i] - centre_;
      w_[i + 1] = w_[i] + w;
      wx_[i + 1] = wx_[i] + w * x;
      wxx_[i + 1] = wxx_[i] + w * x * x;
      x_[i + 1] = x_[i] + x;
    }
  }

  // sum over [s, t) of w * (x - weighted mean)^2; 0 when all weights are 0.
  double Cost(size_t s, size_t t) const {
    const double w = w_[t] - w_[s];
    if (!(w > 0)) return 0;
    const double wx = wx_[t] - wx_[s];
    return std::max(0.0, (wxx_[t] - wxx_[s]) - wx * wx / w);
  }

  // Weighted mean over [s, t); the plain mean when all weights are 0.
  double Mean(size_t s, size_t t) const {
    const double w = w_[t] - w_[s];
    if (w > 0) return centre_ + (wx_[t] - wx_[s]) / w;
    return centre_ + (x_[t] - x_[s]) / static_cast<double>(t - s);
  }

 private:
  size_t n_;
  double centre_ = 0;
  std::vector<double> w_, wx_, wxx_, x_;
};

struct Candidate {
  size_t start;     // the last change point before t would be at `start`
  size_t last_use;  // pruned: still needed up to this t; else SIZE_MAX
};

}  // namespace

std::vector<ChangePoint> DetectChangePoints(std::span<const double> values,
                                            const ChangePointOptions& options) {
  std::vector<ChangePoint> result;
  const size_t n = values.size();
  const size_t m = std::max<size_t>(1, options.min_segment);
  if (n < 2 * m) return result;
  std::span<const double> weights =
      options.weights.size() == n ? options.weights : std::span<const double>();

  const double sigma =
      options.sigma > 0 ? options.sigma : EstimateNoiseSigma(values, weights);
  if (!(sigma > 0)) return result;  // constant: nothing can change
  // Costs stay unscaled, so the penalty terms carry the sigma^2. The
  // automatic penalty is MBIC (Zhang & Siegmund 2007) as the changepoint R
  // package applies it: 3 ln(n) per change plus ln(length) per segment.
  const double var = sigma * sigma;
  const bool mbic = !(options.penalty > 0);
  const double penalty =
      (mbic ? 3 * std::log(static_cast<double>(n)) : options.penalty) * var;
  const double length_cost = mbic ? var : 0;
  // L above, called slack: splitting a segment may raise its cost by at most
  // this much. The squares never rise;
  // ln(a) + ln(b) - ln(a + b) = ln(ab / (a + b)) is at most ln(n / 4).
  const double slack =
      length_cost * std::max(0.0, std::log(static_cast<double>(n) / 4));

  const SegmentCost squares(values, weights);
  std::vector<double> length_term(n + 1, 0);  // length_cost * ln(length)
  for (size_t k = 1; k <= n && mbic; ++k) {
    length_term[k] = length_cost * std::log(static_cast<double>(k));
  }
  auto cost = [&](size_t s, size_t t) {
    return squares.Cost(s, t) + length_term[t - s];
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> f(n + 1, inf);
  std::vector<size_t> last(n + 1, 0);
  f[0] = -penalty;
  std::vector<Candidate> candidates = {{0, SIZE_MAX}};
  std::vector<double> ends;  // F(s) + C(s, t) per candidate, this t

  for (size_t t = m; t <= n; ++t) {
    ends.assign(candidates.size(), inf);
    for (size_t k = 0; k < candidates.size(); ++k) {
      const size_t s = candidates[k].start;
      if (t - s < m) continue;
      ends[k] = f[s] + cost(s, t);
      if (ends[k] + penalty < f[t]) {
        f[t] = ends[k] + penalty;
        last[t] = s;
      }
    }
    size_t kept = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
      Candidate c = candidates[k];
      const bool evaluated = t - c.start >= m;
      if (evaluated && c.last_use == SIZE_MAX && ends[k] - slack > f[t]) {
        c.last_use = t + m - 1;
      }
      if (c.last_use > t) candidates[kept++] = c;
    }
    candidates.resize(kept);
    candidates.push_back({t, SIZE_MAX});
  }

  std::vector<size_t> starts;  // segment starts after 0, collected backwards
  for (size_t t = n; last[t] > 0; t = last[t]) starts.push_back(last[t]);
  std::reverse(starts.begin(), starts.end());
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t begin = k == 0 ? 0 : starts[k - 1];
    const size_t end = k + 1 < starts.size() ? starts[k + 1] : n;
    result.push_back({starts[k], squares.Mean(begin, starts[k]),
                      squares.Mean(starts[k], end)});
  }
  return result;
}

}  // namespace entente
