// Analytics over a dyad's events: period series, trend, change points.
//
// Pure computation on counts the store has already made; no I/O, no state.
//
//   std::vector<entente::DailyCount> rows = ...;  // RUS -> UKR, from the store
//   std::vector<entente::PeriodStats> months = entente::BuildSeries(
//       rows, entente::Period::kMonth, entente::kNoDate, entente::kNoDate);
//   std::vector<double> index, weight;
//   for (const entente::PeriodStats& m : months) {
//     index.push_back(m.index);
//     // 0 for a month without events, near 1 for a busy one.
//     weight.push_back(m.events / (m.events + 10.0));
//   }
//   entente::Trend t = entente::FitTrend(index);
//   // t.direction is "falling" only if the whole 95% interval is below 0.
//   entente::ChangePointOptions options;
//   options.weights = weight;
//   for (const entente::ChangePoint& c :
//        entente::DetectChangePoints(index, options)) {
//     // months[c.index].label is the first month of the new regime, e.g.
//     // "2022-02", with c.before_mean 0.31 and c.after_mean -0.58.
//   }
//
//   FitTrend({0.2, 0.4})          -> slope 0, slope_stderr NaN, "flat"
//   DetectChangePoints({0, 9, 9}) -> none: each segment needs 2 periods
//
// Failures: none of these functions fail. Degenerate input gives a defined
// "nothing found" answer: an empty series, a "flat" trend with NaN standard
// error, no change points. The methods and their citations are in
// docs/analytics.md.
//
// Thread safety: every function is pure and may be called from any thread.
#ifndef ENTENTE_ANALYTICS_H_
#define ENTENTE_ANALYTICS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entente/date.h"

namespace entente {

// ---- Periods ---------------------------------------------------------------

enum class Period { kDay, kWeek, kMonth, kQuarter, kYear };

// Parses "day", "week", "month", "quarter" or "year" (exact, lower case).
// On failure returns false and leaves *out unchanged.
bool ParsePeriod(std::string_view name, Period* out);
// "day", "week", ... (the names ParsePeriod accepts).
const char* PeriodName(Period p);

// First day of the period holding `d`: the day itself, the Monday of its ISO
// 8601 week, the 1st of its month, of its quarter (Jan/Apr/Jul/Oct), of Jan.
// kNoDate maps to kNoDate.
Day PeriodStart(Day d, Period p);
// First day of the period after the one holding `start` (any day of a period
// works, not only its first). REQUIRES: start != kNoDate.
Day NextPeriodStart(Day start, Period p);
// Label of the period holding `start`: "2023-08-10", "2023-W32" (ISO week
// and ISO week-year, so 2020-12-31 is "2020-W53" and 2021-01-01 too, and
// 2019-12-30 is "2020-W01"), "2023-08", "2023-Q3", "2023". "" for kNoDate.
std::string PeriodLabel(Day start, Period p);

// ---- Series ----------------------------------------------------------------

// One input row: events of one quad class (1..4, GDELT: 1 verbal
// cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict) on one day, already counted by the store. Several rows may share
// a (day, quad); they are added.
struct DailyCount {
  Day day;
  int quad;
  int64_t events;
  double goldstein_sum;  // sum of the events' Goldstein scores
};

// Prior pseudo-events per side in the relationship index (see below).
inline constexpr double kIndexPrior = 1.0;

// The relationship index: the smoothed net cooperation share
//   (C - K) / (C + K + 2 * kIndexPrior)
// with C = cooperative events (quad 1 + 2), K = conflictual (quad 3 + 4).
// It lies in (-1, 1), is 0 for no events, and one event gives +-1/3, not
// +-1: it is the posterior mean of P(coop) - P(conflict) under a uniform
// Beta(1, 1) prior (Laplace), so sparse periods are pulled towards 0.
// REQUIRES: cooperative >= 0, conflictual >= 0.
double RelationshipIndex(int64_t cooperative, int64_t conflictual);

struct PeriodStats {
  Day start = kNoDate;
  std::string label;                  // PeriodLabel(start, p)
  int64_t events = 0;                 // all rows, whatever their quad
  int64_t quad[5] = {0, 0, 0, 0, 0};  // quad[1..4]; quad[0]: rows with any
                                      // other quad (unknown codes)
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // goldstein_sum / events, 0 for no events
  double index = 0;           // RelationshipIndex(q1 + q2, q3 + q4)
  // Goldstein-weighted variant in [-1, 1]: goldstein_sum divided by
  // 10 * (events + 2 * kIndexPrior), i.e. the mean score on the -10..+10
  // scale, scaled to [-1, 1] and shrunk towards 0 by 2 prior events of
  // score 0. Sees intensity (a war is not a protest) where `index` only
  // counts sides.
  double goldstein_index = 0;
};

// Aggregates rows into consecutive periods from PeriodStart(from) to
// PeriodStart(to) inclusive, one PeriodStats per period in order, empty
// periods included (events 0, index 0). Rows outside [from, to] (whole days)
// and rows dated kNoDate are ignored. from == kNoDate: the earliest row's
// day; to == kNoDate: the latest row's. Returns an empty vector when a bound
// is missing and there are no dated rows, or when from > to.
// Cost: O(periods + rows * log(periods)); rows need not be sorted.
std::vector<PeriodStats> BuildSeries(std::span<const DailyCount> rows, Period p,
                                     Day from, Day to);

// ---- Trend -----------------------------------------------------------------

struct Trend {
  double slope = 0;           // OLS slope of value on period number, per period
  double slope_stderr = 0;    // its standard error
  double lo95 = 0, hi95 = 0;  // slope -+ t(0.975, n - 2) * slope_stderr
  int n = 0;                  // number of values
  const char* direction = "flat";  // "rising" / "falling" only if the 95%
                                   // interval excludes 0; else "flat"
};

// Ordinary least squares of values[i] on i. n < 3 gives slope 0, stderr,
// lo95 and hi95 NaN (no residual degrees of freedom; print them as null),
// direction "flat". A perfect line gives stderr 0 and the direction of its
// slope. The interval assumes independent errors; autocorrelated series
// (usual for event counts) make it too narrow.
// REQUIRES: no NaN or infinite values.
Trend FitTrend(std::span<const double> values);

// Rank-based check of FitTrend: Mann-Kendall test and Theil-Sen slope.
struct RankTrend {
  double sen_slope = 0;  // median of (x[j] - x[i]) / (j - i) over i < j
  int64_t s = 0;         // Mann-Kendall S = sum of sign(x[j] - x[i])
  double z = 0;          // continuity-corrected, tie-corrected normal score
  double p_value = 1;    // two-sided
  int n = 0;
  const char* direction = "flat";  // "rising" / "falling" if p_value < 0.05
};
// n < 3: sen_slope 0 (n == 2: the one pairwise slope), z 0, p 1, "flat".
// O(n^2) time and memory; meant for series of at most a few thousand.
// REQUIRES: no NaN values.
RankTrend FitRankTrend(std::span<const double> values);

// ---- Change points ---------------------------------------------------------

struct ChangePoint {
  size_t index;  // first period of the new regime
  // Weighted means of the segments either side (plain means for a segment
  // whose weights are all 0).
  double before_mean;  // segment ending at index - 1
  double after_mean;   // segment starting at index
};

struct ChangePointOptions {
  // Cost added per change point, in units of the standardised cost
  // sum w * (x - mean)^2 / sigma^2. 0 = automatic: MBIC (Zhang & Siegmund
  // 2007, as the R changepoint package applies it), 3 ln(n) per change
  // plus ln(segment length) per segment. In pure noise it reports a change
  // in about 12% of 10-period series, 5% at 20, 2% at 40, under 1% from 60.
  double penalty = 0;
  // Shortest segment, in periods. Values below 1 are taken as 1.
  size_t min_segment = 2;
  // Noise standard deviation of a weight-1 value. 0 = estimate it with
  // EstimateNoiseSigma.
  double sigma = 0;
  // Optional per-period weights (e.g. event counts: a period's value then
  // has variance sigma^2 / w). Empty = all 1. A weight-0 period (no events)
  // costs nothing wherever it falls. Not owned: must outlive the call.
  // REQUIRES: all >= 0 and finite. Weights of another size than values are
  // ignored (as if empty).
  std::span<const double> weights;
};

// Noise standard deviation of a weight-1 value, from the successive
// differences (each scaled by 1/sqrt(1/w_i + 1/w_j), i.e. 1/sqrt(2) for
// unit weights; weight-0 periods skipped), so that changes in mean barely
// count: 1.4826 * their MAD, refined into their standard deviation within
// 3 sigma (rescaled for the truncation) for efficiency. Falls back to the
// plain standard deviation of the differences when the MAD is 0 (a
// noise-free step); returns 0 for a constant series (differences all below
// 1e-12 * max(1, max |x|)) and for fewer than two weighted values.
double EstimateNoiseSigma(std::span<const double> values,
                          std::span<const double> weights = {});

// Changes in mean by PELT (Killick, Fearnhead & Eckley 2012): the exact
// minimiser of  sum over segments of sum w (x - segment mean)^2 / sigma^2
// plus the penalty terms above, with every segment >= min_segment long.
// Returns the change points in increasing index order; none when
// n < 2 * min_segment or the series is constant (sigma 0). About O(n) when
// changes keep occurring; O(n^2) when there are none (0.2 s for 10,000
// periods, 1.7 s for 30,000).
// REQUIRES: no NaN or infinite values.
std::vector<ChangePoint> DetectChangePoints(
    std::span<const double> values, const ChangePointOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_ANALYTICS_H_
