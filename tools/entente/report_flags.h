// Flags shared by `entente dyad` and `entente brief`: --db, A, B, --by,
// --from, --to, --directed, --mentions, --count-negated.
#ifndef ENTENTE_TOOLS_REPORT_FLAGS_H_
#define ENTENTE_TOOLS_REPORT_FLAGS_H_

#include <functional>
#include <memory>
#include <string>

#include "entente/report.h"
#include "entente/store.h"

namespace CLI {
class App;
}  // namespace CLI

namespace entente {

struct ReportFlags {
  std::string db = "entente.db";
  std::string a, b;
  std::string by;     // the subcommand sets its default
  std::string from, to;
  bool directed = false;
  bool mentions = false;
  bool count_negated = false;
};

void AddReportFlags(CLI::App* app, ReportFlags* flags);

// Checks the flags (exit kExitUsage with a message), opens the existing
// database and calls `render`, which builds the report and sets *text;
// prints *text, or the error of any step as "SUBCOMMAND: why"
// (kExitFailure). Returns the exit status.
int RunReport(const char* subcommand, const ReportFlags& flags,
              const std::function<Status(Store*, const DyadQuery&, std::string*)>& render);

}  // namespace entente

#endif  // ENTENTE_TOOLS_REPORT_FLAGS_H_
