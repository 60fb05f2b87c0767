// TABARI validation suites: records whose /* comments */ hold the events
// they must code, run in order (option records change the coder's options
// for the records after them).
//
// A record passes as TABARI's V)alidate decides: {---} when nothing codes,
// {###} for a discard, {+++} for a complex sentence, otherwise the coded
// events must equal the listed { SOURCE / TARGET / CODE } blocks in order;
// "-{" stops the check. The standard suite ends before the record FINAL-01.
#ifndef ENTENTE_CODER_VALIDATE_H_
#define ENTENTE_CODER_VALIDATE_H_

#include <string>
#include <vector>

#include "entente/status.h"

namespace entente::coder {

struct ValidationReport {
  int passed = 0;
  int failed = 0;
  int events = 0;                       // events coded over the suite
  std::vector<std::string> failures;    // "ID: expected ... coded ... (reason)"
  std::vector<std::string> warnings;    // dictionary entries skipped while loading
};

// Runs every <textfile> of the .project, stopping before `stop_id` when it
// is not empty.
Status RunTabariValidation(const std::string& project, const std::string& stop_id, ValidationReport* report);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_VALIDATE_H_
