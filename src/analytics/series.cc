// Rows of (day, quad, events) -> one PeriodStats per period.
#include <algorithm>

#include "entente/analytics.h"

namespace entente {

double RelationshipIndex(int64_t cooperative, int64_t conflictual) {
  const double c = static_cast<double>(cooperative);
  const double k = static_cast<double>(conflictual);
  return (c - k) / (c + k + 2 * kIndexPrior);
}

std::vector<PeriodStats> BuildSeries(std::span<const DailyCount> rows, Period p,
                                     Day from, Day to) {
  std::vector<PeriodStats> series;
  if (from == kNoDate || to == kNoDate) {
    Day lo = kNoDate, hi = kNoDate;
    for (const DailyCount& r : rows) {
      if (r.day == kNoDate) continue;
      if (lo == kNoDate || r.day < lo) lo = r.day;
      if (hi == kNoDate || r.day > hi) hi = r.day;
    }
    if (lo == kNoDate) return series;
    if (from == kNoDate) from = lo;
    if (to == kNoDate) to = hi;
  }
  if (from > to) return series;

  std::vector<Day> starts;  // sorted, for the binary search below
  for (Day s = PeriodStart(from, p); s <= to; s = NextPeriodStart(s, p)) {
    starts.push_back(s);
  }
  series.resize(starts.size());
  for (size_t i = 0; i < starts.size(); ++i) {
    series[i].start = starts[i];
    series[i].label = PeriodLabel(starts[i], p);
  }

  for (const DailyCount& r : rows) {
    if (r.day == kNoDate || r.day < from || r.day > to) continue;
    // The last start <= r.day; exists because starts[0] <= from <= r.day.
    size_t i = std::upper_bound(starts.begin(), starts.end(), r.day) -
               starts.begin() - 1;
    PeriodStats& s = series[i];
    s.events += r.events;
    s.quad[(r.quad >= 1 && r.quad <= 4) ? r.quad : 0] += r.events;
    s.goldstein_sum += r.goldstein_sum;
  }

  for (PeriodStats& s : series) {
    if (s.events > 0) {
      s.goldstein_mean = s.goldstein_sum / static_cast<double>(s.events);
    }
    s.index = RelationshipIndex(s.quad[1] + s.quad[2], s.quad[3] + s.quad[4]);
    s.goldstein_index =
        s.goldstein_sum /
        (10.0 * (static_cast<double>(s.events) + 2 * kIndexPrior));
  }
  return series;
}

}  // namespace entente
