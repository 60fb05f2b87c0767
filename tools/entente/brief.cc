// `entente brief --db FILE A B [--markdown|--json]`: one page on a
// relationship: where it stands against its own history, the trend, the
// turning points with their evidence, the most cooperative and most
// conflictual recent events, and who initiated how many.
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "entente/report.h"
#include "entente/store.h"
#include "report_flags.h"
#include "subcommands.h"

int RunBrief(int argc, char** argv) {
  using namespace entente;
  ReportFlags flags;
  flags.by = "quarter";
  bool json = false, markdown = false;
  CLI::App app{"A one-page brief on the relationship between actors A and B (codes or\n"
               "prefixes: RUS matches RUSGOV, RUSMIL...), both directions.",
               "entente brief"};
  AddReportFlags(&app, &flags);
  auto* j = app.add_flag("--json", json, "JSON");
  app.add_flag("--markdown", markdown, "Markdown, for reports")->excludes(j);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  return RunReport("entente brief", flags,
                   [json, markdown](Store* store, const DyadQuery& q, std::string* text) {
                     Brief brief;
                     Status s = BuildBrief(store, q, &brief);
                     if (s.ok()) {
                       *text = json ? BriefJson(brief) : markdown ? BriefMarkdown(brief) : BriefText(brief);
                     }
                     return s;
                   });
}
