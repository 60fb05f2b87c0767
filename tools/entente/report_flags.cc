#include "report_flags.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "subcommands.h"

namespace entente {

void AddReportFlags(CLI::App* app, ReportFlags* f) {
  app->add_option("--db", f->db, "database written by entente ingest")->capture_default_str();
  app->add_option("A", f->a, "actor code or prefix, e.g. RUS")->required();
  app->add_option("B", f->b, "actor code or prefix, e.g. CHN")->required();
  app->add_option("--by", f->by, "period: day, week, month, quarter or year")->capture_default_str();
  app->add_option("--from", f->from, "first day, YYYY-MM-DD (default: the first event)");
  app->add_option("--to", f->to, "last day, YYYY-MM-DD (default: the last event)");
  app->add_flag("--directed", f->directed, "A -> B only (default: both directions)");
  app->add_flag("--mentions", f->mentions,
                "count every report (default: each real event once, reports grouped)");
  app->add_flag("--count-negated", f->count_negated,
                "count negated and hypothetical events too");
}

int RunReport(const char* sub, const ReportFlags& f,
              const std::function<Status(Store*, const DyadQuery&, std::string*)>& render) {
  DyadQuery query;
  DyadQuery* q = &query;
  if (!ParsePeriod(f.by, &q->by)) {
    std::cerr << sub << ": --by must be day, week, month, quarter or year, not '" << f.by << "'\n";
    return kExitUsage;
  }
  if (!f.from.empty() && !ParseIsoDate(f.from, &q->from)) {
    std::cerr << sub << ": --from must be a date as YYYY-MM-DD, not '" << f.from << "'\n";
    return kExitUsage;
  }
  if (!f.to.empty() && !ParseIsoDate(f.to, &q->to)) {
    std::cerr << sub << ": --to must be a date as YYYY-MM-DD, not '" << f.to << "'\n";
    return kExitUsage;
  }
  q->dyad = {f.a, f.b, f.directed};
  q->count = f.mentions ? CountBy::kMentions : CountBy::kGroups;
  q->with_modal = f.count_negated;
  StoreOptions options;
  options.must_exist = true;
  std::unique_ptr<Store> store;
  std::string text;
  Status s = Store::Open(f.db, options, &store);
  if (s.ok()) s = render(store.get(), query, &text);
  if (!s.ok()) {
    std::cerr << sub << ": " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::cout << text;
  return kExitOk;
}

}  // namespace entente
