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
  return RunReport("entente dyad", flags, [json](Store* store, const DyadQuery& q, std::string* text) {
    DyadReport report;
    Status s = BuildDyadReport(store, q, &report);
    if (s.ok()) *text = json ? DyadReportJson(report) : DyadReportText(report);
    return s;
  });
}
