// The brief: a page on one relationship, as text, Markdown or JSON.
#include <algorithm>
#include <cstdio>

#include "entente/report.h"
#include "report/render_util.h"

namespace entente {
namespace {

constexpr size_t kTopEvents = 3;

std::string Fmt(const char* format, double a, double b = 0, double c = 0) {
  char buf[200];
  std::snprintf(buf, sizeof buf, format, a, b, c);
  return buf;
}

// The brief's paragraphs, shared by the text and Markdown forms. `h` makes
// a heading, `item` a list item.
std::string Render(const Brief& b, bool markdown) {
  const DyadReport& r = b.report;
  const std::string by = PeriodName(r.query.by);
  const std::string& a = r.query.dyad.a;
  const std::string& z = r.query.dyad.b;
  auto h = [markdown](const std::string& title) {
    return markdown ? "\n## " + title + "\n\n" : "\n" + title + "\n";
  };
  auto item = [markdown](const std::string& text) {
    return (markdown ? "- " : "  ") + text + "\n";
  };
  std::string t = markdown ? "# Brief: " + a + " and " + z + "\n" : "BRIEF: " + a + " and " + z + "\n";
  if (b.periods_with_events == 0) return t + "\nNo events between " + a + " and " + z + " in the store.\n";
  int64_t events = 0;
  for (const PeriodStats& p : r.series) events += p.events;
  if (markdown) t += '\n';  // not "literal" + std::string&&: GCC 12 -Wrestrict false alarm
  t += std::to_string(events) + " events, " + r.series.front().label +
       " to " + r.series.back().label + ", both directions; each real event counted once " +
       "(reports grouped), negated and hypothetical events left out.\n";

  t += h("Where it stands");
  t += item("Latest " + by + " with events, " + b.latest_period + ": index " +
            Fmt("%+.2f", b.latest_index) + " (" + std::to_string(b.latest_events) +
            " events; -1 is all conflict, +1 all cooperation).");
  t += item("Its own history: mean " + Fmt("%+.2f", b.history_mean) + " over " +
            std::to_string(b.periods_with_events) + " " + by + "s with events; the latest is above " +
            Fmt("%.0f", b.latest_percentile) + "% of them.");

  t += h("How it is moving");
  t += item(report::TrendSentence(r.trend, r.rank_trend, by.c_str()));
  if (!markdown) {
    std::string spark = report::Sparkline(r);
    size_t pos = 0;
    while (pos < spark.size()) {
      const size_t nl = spark.find('\n', pos);
      t += "  " + spark.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos) + "\n";
      if (nl == std::string::npos) break;
      pos = nl + 1;
    }
  }

  t += h("Turning points (PELT change points in the index)");
  if (r.change_points.empty()) t += item("None found.");
  for (const ChangePointReport& c : r.change_points) {
    t += item(c.period + ": the index went from " + Fmt("%+.2f", c.before) + " to " +
              Fmt("%+.2f", c.after) + (c.after < c.before ? ". Most conflictual events then:" : ". Most cooperative events then:"));
    for (const EvidenceEvent& e : c.evidence) t += (markdown ? "  " : "  ") + report::EvidenceLine(e);
  }

  const std::string window = FormatIsoDate(b.recent_from) + " to " + FormatIsoDate(b.recent_to);
  t += h("Most cooperative recent events (" + window + ")");
  if (b.most_cooperative.empty()) t += item("None.");
  for (const EvidenceEvent& e : b.most_cooperative) t += report::EvidenceLine(e);
  t += h("Most conflictual recent events (" + window + ")");
  if (b.most_conflictual.empty()) t += item("None.");
  for (const EvidenceEvent& e : b.most_conflictual) t += report::EvidenceLine(e);

  t += h("Who acts");
  t += item(a + " -> " + z + ": " + std::to_string(b.a_to_b) + " events; " + z + " -> " + a + ": " +
            std::to_string(b.b_to_a) + " events (last 12 months: " +
            std::to_string(b.recent_a_to_b) + " and " + std::to_string(b.recent_b_to_a) + ").");
  return t;
}

}  // namespace

Status BuildBrief(Store* store, const DyadQuery& query, Brief* out) {
  *out = Brief();
  Status s = BuildDyadReport(store, query, &out->report);
  if (!s.ok()) return s;
  const std::vector<PeriodStats>& series = out->report.series;
  double sum = 0;
  const PeriodStats* latest = nullptr;
  for (const PeriodStats& p : series) {
    if (p.events == 0) continue;
    ++out->periods_with_events;
    sum += p.index;
    latest = &p;
  }
  if (latest == nullptr) return Status::Ok();
  out->latest_period = latest->label;
  out->latest_index = latest->index;
  out->latest_events = latest->events;
  out->history_mean = sum / out->periods_with_events;
  int below = 0;
  for (const PeriodStats& p : series) below += p.events > 0 && p.index < latest->index;
  out->latest_percentile = 100.0 * below / out->periods_with_events;

  out->recent_to = NextPeriodStart(latest->start, query.by) - 1;
  if (query.to != kNoDate) out->recent_to = std::min(out->recent_to, query.to);
  out->recent_from = out->recent_to - 364;
  std::vector<EvidenceEvent> events;
  s = store->Evidence(query.dyad, out->recent_from, out->recent_to, EvidenceOrder::kMostCooperative,
                      kTopEvents, &events);
  if (!s.ok()) return s;
  for (EvidenceEvent& e : events) if (e.goldstein > 0) out->most_cooperative.push_back(std::move(e));
  s = store->Evidence(query.dyad, out->recent_from, out->recent_to, EvidenceOrder::kMostConflictual,
                      kTopEvents, &events);
  if (!s.ok()) return s;
  for (EvidenceEvent& e : events) if (e.goldstein < 0) out->most_conflictual.push_back(std::move(e));
  s = store->Initiative(query.dyad, query.from, query.to, query.count, &out->a_to_b, &out->b_to_a);
  if (!s.ok()) return s;
  return store->Initiative(query.dyad, out->recent_from, out->recent_to, query.count,
                           &out->recent_a_to_b, &out->recent_b_to_a);
}

std::string BriefText(const Brief& b) { return Render(b, false); }
std::string BriefMarkdown(const Brief& b) { return Render(b, true); }

std::string BriefJson(const Brief& b) {
  report::JsonOut j;
  j.Open('{');
  j.Key("latest");
  j.Open('{');
  j.Key("period"), j.String(b.latest_period);
  j.Key("index"), j.Number(b.latest_index);
  j.Key("events"), j.Int(b.latest_events);
  j.Key("history_mean"), j.Number(b.history_mean);
  j.Key("percentile"), j.Number(b.latest_percentile);
  j.Key("periods_with_events"), j.Int(b.periods_with_events);
  j.Close('}');
  j.Key("recent");
  j.Open('{');
  j.Key("from"), j.String(FormatIsoDate(b.recent_from));
  j.Key("to"), j.String(FormatIsoDate(b.recent_to));
  j.Key("most_cooperative");
  report::EvidenceJson(b.most_cooperative, &j);
  j.Key("most_conflictual");
  report::EvidenceJson(b.most_conflictual, &j);
  j.Close('}');
  j.Key("initiative");
  j.Open('{');
  j.Key("a_to_b"), j.Int(b.a_to_b);
  j.Key("b_to_a"), j.Int(b.b_to_a);
  j.Key("recent_a_to_b"), j.Int(b.recent_a_to_b);
  j.Key("recent_b_to_a"), j.Int(b.recent_b_to_a);
  j.Close('}');
  std::string head = j.Take();
  // The dyad report (series, trend, change points) as the "report" field.
  std::string report = DyadReportJson(b.report);
  if (!report.empty() && report.back() == '\n') report.pop_back();
  return head + ",\"report\":" + report + "}\n";
}

}  // namespace entente
