// `entente dyad --db FILE A B [--by PERIOD] [--from DATE] [--to DATE]
// [--directed] [--mentions] [--count-negated] [--json]`: a relationship's
// series, trend and change points from the store (include/entente/report.h).
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "entente/report.h"
#include "entente/store.h"
#include "report_flags.h"
#include "subcommands.h"

int RunDyad(int argc, char** argv) {
  using namespace entente;
  ReportFlags flags;
  flags.by = "month";
  bool json = false;
  CLI::App app{"Series, trend and change points of the relationship between actors A and B.\n"
               "A and B are CAMEO actor codes or prefixes (RUS matches RUSGOV, RUSMIL...);\n"
               "both directions unless --directed.",
               "entente dyad"};
  AddReportFlags(&app, &flags);
  app.add_flag("--json", json, "JSON instead of the terminal view");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  DyadQuery query;
  std::unique_ptr<Store> store;
  if (int status = OpenForReport("entente dyad", flags, &query, &store); status != kExitOk) return status;
  DyadReport report;
  Status s = BuildDyadReport(store.get(), query, &report);
  if (!s.ok()) {
    std::cerr << "entente dyad: " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::cout << (json ? DyadReportJson(report) : DyadReportText(report));
  return kExitOk;
}
