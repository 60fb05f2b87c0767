// `entente export --db FILE --format gdelt|icews|plover|jsonl|csv [--from]
// [--to] [--actor PREFIX] [--count-negated]`: stored events in the formats
// the field uses (docs/formats/exports.md), on standard output.
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "entente/export.h"
#include "entente/store.h"
#include "subcommands.h"

int RunExport(int argc, char** argv) {
  using namespace entente;
  std::ios::sync_with_stdio(false);
  std::string db = "entente.db", format_name = "jsonl", from, to;
  Store::ExportFilter filter;
  CLI::App app{"Writes stored events as GDELT 2.0 or ICEWS tables, PLOVER JSON, JSONL or\n"
               "CSV on standard output. gdelt writes one row per real event (group of\n"
               "reports) with its mention, source and article counts; the others one\n"
               "row per report.",
               "entente export"};
  app.add_option("--db", db, "database written by entente ingest")->capture_default_str();
  app.add_option("--format", format_name, "gdelt, icews, plover, jsonl or csv")->capture_default_str();
  app.add_option("--from", from, "first day, YYYY-MM-DD");
  app.add_option("--to", to, "last day, YYYY-MM-DD");
  app.add_option("--actor", filter.actor, "only events whose source or target starts with this");
  app.add_flag("--count-negated", filter.with_modal, "include negated and hypothetical events");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  ExportFormat format;
  if (!ParseExportFormat(format_name, &format)) {
    std::cerr << "entente export: --format must be gdelt, icews, plover, jsonl or csv, not '"
              << format_name << "'\n";
    return kExitUsage;
  }
  if ((!from.empty() && !ParseIsoDate(from, &filter.from)) ||
      (!to.empty() && !ParseIsoDate(to, &filter.to))) {
    std::cerr << "entente export: --from and --to must be dates as YYYY-MM-DD\n";
    return kExitUsage;
  }
  filter.one_per_group = format == ExportFormat::kGdelt;
  StoreOptions options;
  options.must_exist = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, options, &store);
  if (!s.ok()) {
    std::cerr << "entente export: " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::unique_ptr<ExportWriter> writer = NewExportWriter(format, &std::cout);
  int64_t rows = 0;
  s = store->Export(filter, [&](const ExportRecord& r) {
    writer->Write(r);
    ++rows;
  });
  writer->Finish();
  if (!s.ok()) {
    std::cerr << "entente export: " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::cerr << "entente export: " << rows - writer->Skipped() << " rows written";
  if (writer->Skipped() > 0) {
    std::cerr << ", " << writer->Skipped() << " events without a " << format_name
              << " type left out";
  }
  std::cerr << "\n";
  if (!std::cout) {
    std::cerr << "entente export: error writing to standard output\n";
    return kExitFailure;
  }
  return kExitOk;
}
