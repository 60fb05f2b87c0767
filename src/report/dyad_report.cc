// BuildDyadReport and its JSON and terminal renderings.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "entente/report.h"
#include "report/render_util.h"

namespace entente {
namespace {

// The days the evidence of a change at `idx` comes from: the first period
// of the new regime that has events, and the period after it.
void EvidenceWindow(const std::vector<PeriodStats>& s, size_t idx, Period by, Day* from, Day* to) {
  size_t first = idx;
  while (first + 1 < s.size() && s[first].events == 0) ++first;
  const size_t last = std::min(first + 1, s.size() - 1);
  *from = s[idx].start;
  *to = NextPeriodStart(s[last].start, by) - 1;
}

}  // namespace

Status BuildDyadReport(Store* store, const DyadQuery& q, DyadReport* out) {
  *out = DyadReport();
  out->query = q;
  std::vector<DailyCount> days;
  const bool whole_months = q.by == Period::kMonth || q.by == Period::kQuarter || q.by == Period::kYear;
  Status s = store->DailyCounts(q.dyad, q.from, q.to, q.count, &days, q.with_modal, whole_months);
  if (!s.ok()) return s;
  out->series = BuildSeries(days, q.by, q.from, q.to);
  std::vector<double> index, weights;
  for (const PeriodStats& p : out->series) {
    index.push_back(p.index);
    // A period's index is noisier the fewer events it has, but even a busy
    // period is one draw of the relationship: the weight saturates
    // (docs/analytics.md).
    const double n = static_cast<double>(p.events);
    weights.push_back(n / (n + 10));
  }
  out->trend = FitTrend(index);
  out->rank_trend = FitRankTrend(index);
  ChangePointOptions options;
  options.weights = weights;
  for (const ChangePoint& c : DetectChangePoints(index, options)) {
    ChangePointReport r;
    r.index = c.index;
    r.period = out->series[c.index].label;
    r.before = c.before_mean;
    r.after = c.after_mean;
    Day from, to;
    EvidenceWindow(out->series, c.index, q.by, &from, &to);
    s = store->Evidence(q.dyad, from, to,
                        c.after_mean < c.before_mean ? EvidenceOrder::kMostConflictual
                                                     : EvidenceOrder::kMostCooperative,
                        q.evidence_per_change, &r.evidence);
    if (!s.ok()) return s;
    out->change_points.push_back(std::move(r));
  }
  return Status::Ok();
}

std::string DyadReportJson(const DyadReport& r) {
  report::JsonOut j;
  j.Open('{');
  j.Key("dyad");
  j.Open('{');
  j.Key("a"), j.String(r.query.dyad.a);
  j.Key("b"), j.String(r.query.dyad.b);
  j.Key("directed"), j.Bool(r.query.dyad.directed);
  j.Close('}');
  j.Key("by"), j.String(PeriodName(r.query.by));
  j.Key("count"), j.String(r.query.count == CountBy::kGroups ? "groups" : "mentions");
  j.Key("series");
  j.Open('[');
  for (const PeriodStats& p : r.series) {
    j.Open('{');
    j.Key("period"), j.String(p.label);
    j.Key("start"), j.String(FormatIsoDate(p.start));
    j.Key("events"), j.Int(p.events);
    j.Key("quad");
    j.Open('{');
    for (int q = 1; q <= 4; ++q) j.Key(std::to_string(q).c_str()), j.Int(p.quad[q]);
    j.Close('}');
    j.Key("goldstein_sum"), j.Number(p.goldstein_sum);
    j.Key("goldstein_mean"), j.Number(p.goldstein_mean);
    j.Key("index"), j.Number(p.index);
    j.Close('}');
  }
  j.Close(']');
  j.Key("trend");
  report::TrendJson(r.trend, r.rank_trend, &j);
  j.Key("change_points");
  j.Open('[');
  for (const ChangePointReport& c : r.change_points) {
    j.Open('{');
    j.Key("period"), j.String(c.period);
    j.Key("before"), j.Number(c.before);
    j.Key("after"), j.Number(c.after);
    j.Key("evidence");
    report::EvidenceJson(c.evidence, &j);
    j.Close('}');
  }
  j.Close(']');
  j.Close('}');
  return j.Take() + "\n";
}

std::string DyadReportText(const DyadReport& r) {
  std::string t;
  const std::string arrow = r.query.dyad.directed ? " -> " : " <-> ";
  t += "Dyad " + r.query.dyad.a + arrow + r.query.dyad.b + ", by " + PeriodName(r.query.by) +
       " (" + (r.query.count == CountBy::kGroups ? "events counted once per group" : "every report counted") + ")\n";
  if (r.series.empty()) return t + "No events.\n";
  t += report::Sparkline(r) + "\n\n";
  char line[160];
  std::snprintf(line, sizeof line, "%-10s %6s %5s %5s %5s %5s %9s %7s %7s\n", "period", "events",
                "q1", "q2", "q3", "q4", "gold.sum", "g.mean", "index");
  t += line;
  for (const PeriodStats& p : r.series) {
    const bool marked = std::any_of(r.change_points.begin(), r.change_points.end(),
                                    [&](const ChangePointReport& c) { return c.period == p.label; });
    std::snprintf(line, sizeof line, "%-10s %6lld %5lld %5lld %5lld %5lld %9.1f %7.2f %+7.2f%s\n",
                  p.label.c_str(), static_cast<long long>(p.events),
                  static_cast<long long>(p.quad[1]), static_cast<long long>(p.quad[2]),
                  static_cast<long long>(p.quad[3]), static_cast<long long>(p.quad[4]),
                  p.goldstein_sum, p.goldstein_mean, p.index, marked ? "  <- change" : "");
    t += line;
  }
  // Appended piece by piece: "literal" + std::string&& trips GCC 12's
  // -Wrestrict false alarm at -O3 (GCC bug 105329).
  t += '\n';
  t += report::TrendSentence(r.trend, r.rank_trend, PeriodName(r.query.by));
  t += '\n';
  if (r.change_points.empty()) t += "No change point (PELT, MBIC penalty).\n";
  for (const ChangePointReport& c : r.change_points) {
    std::snprintf(line, sizeof line, "\nChange point at %s: index %+.2f before, %+.2f after.\n",
                  c.period.c_str(), c.before, c.after);
    t += line;
    for (const EvidenceEvent& e : c.evidence) t += report::EvidenceLine(e);
  }
  return t;
}

}  // namespace entente
