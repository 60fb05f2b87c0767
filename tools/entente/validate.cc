// entente validate PROJECT: runs a TABARI validation suite.
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "coder/validate.h"
#include "subcommands.h"

int RunValidate(int argc, char** argv) {
  CLI::App app{"Run a TABARI validation suite (a .project naming dictionaries and Validate.text)"};
  std::string project;
  std::string stop = "FINAL-01";
  bool all = false, warnings = false;
  app.add_option("project", project, "the suite's .project file")->required();
  app.add_option("--stop-at", stop, "record id that ends the standard suite");
  app.add_flag("--all", all, "also run the records after the stop record");
  app.add_flag("--warnings", warnings, "list dictionary entries that were skipped");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  entente::coder::ValidationReport report;
  entente::Status st = entente::coder::RunTabariValidation(project, all ? "" : stop, &report);
  if (!st.ok()) {
    std::fprintf(stderr, "entente validate: %s\n", st.ToString().c_str());
    return kExitFailure;
  }
  if (warnings)
    for (const std::string& w : report.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  for (const std::string& f : report.failures) std::printf("FAIL %s\n", f.c_str());
  std::printf("%d passed, %d failed\n", report.passed, report.failed);
  return report.failed ? kExitFailure : kExitOk;
}
