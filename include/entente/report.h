// Reports on a relationship (dyad) from the store: the series behind
// `entente dyad` and the one-page brief behind `entente brief`.
//
//   entente::DyadQuery q;
//   q.dyad = {"RUS", "CHN", /*directed=*/false};
//   q.by = entente::Period::kQuarter;
//   entente::DyadReport r;
//   entente::Status s = entente::BuildDyadReport(store.get(), q, &r);
//   std::cout << entente::DyadReportText(r);   // chart, table, change points
//   std::cout << entente::DyadReportJson(r);   // {"dyad":...,"series":[...],...}
//
// What the figures are (docs/analytics.md): per period, events per quad
// class, the Goldstein sum and mean, and the relationship index
// (RelationshipIndex, smoothed net cooperation share); the trend is an OLS
// fit of the index on period number (with a Mann-Kendall check); change
// points are PELT on the index, each period weighted by events/(events+10),
// and each comes with the events that drove it: the most conflictual of the
// new regime's first periods when the index fell, the most cooperative when
// it rose.
//
// Thread safety: these functions use the Store given, one thread at a time.
#ifndef ENTENTE_REPORT_H_
#define ENTENTE_REPORT_H_

#include <string>
#include <vector>

#include "entente/analytics.h"
#include "entente/store.h"

namespace entente {

struct DyadQuery {
  DyadSelector dyad;
  Period by = Period::kMonth;
  Day from = kNoDate, to = kNoDate;  // kNoDate: the dyad's first / last event
  CountBy count = CountBy::kGroups;
  bool with_modal = false;           // count negated and hypothetical events too
  size_t evidence_per_change = 3;
};

struct ChangePointReport {
  size_t index = 0;          // into DyadReport::series
  std::string period;        // label of the first period of the new regime
  double before = 0, after = 0;  // mean index either side
  std::vector<EvidenceEvent> evidence;
};

struct DyadReport {
  DyadQuery query;
  std::vector<PeriodStats> series;
  Trend trend;               // of the index
  RankTrend rank_trend;
  std::vector<ChangePointReport> change_points;
};

// Empty store or dyad: ok, with an empty series.
Status BuildDyadReport(Store* store, const DyadQuery& query, DyadReport* out);

// The `--json` form: {"dyad","by","series":[{"period","events","quad":{"1","2","3","4"},
// "goldstein_sum","goldstein_mean","index"}],"trend","change_points":[{"period",
// "before","after","evidence":[...]}]} (docs/formats/store.md lists every field).
std::string DyadReportJson(const DyadReport& report);
// Terminal view: a sparkline of the index with change points marked, the
// table of periods, the trend, and each change point with its evidence.
std::string DyadReportText(const DyadReport& report);

// The brief: where the relationship stands and how it got there.
struct Brief {
  DyadReport report;
  // The latest period with events, its index, and how it compares with
  // every period with events: their mean and the share of them below it.
  std::string latest_period;
  double latest_index = 0;
  int64_t latest_events = 0;
  double history_mean = 0;
  double latest_percentile = 0;  // 0..100
  int periods_with_events = 0;
  // The last 12 months of events (to the latest event).
  Day recent_from = kNoDate, recent_to = kNoDate;
  std::vector<EvidenceEvent> most_cooperative, most_conflictual;
  int64_t a_to_b = 0, b_to_a = 0;            // who initiated, whole range
  int64_t recent_a_to_b = 0, recent_b_to_a = 0;
};

// `query.by` defaults to quarters for a brief (the CLI sets it).
Status BuildBrief(Store* store, const DyadQuery& query, Brief* out);
std::string BriefText(const Brief& brief);
std::string BriefMarkdown(const Brief& brief);
std::string BriefJson(const Brief& brief);

}  // namespace entente

#endif  // ENTENTE_REPORT_H_
