// `entente dyads [FILE...]`: reads JSONL events (the output of `entente code`)
// and prints how many events each source->target pair has, most frequent
// first, ties in dyad order. Events marked "negated" or "hypothetical" are
// left out (and counted) unless --count-negated. `make demo` uses it.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <simdjson.h>

#include "subcommands.h"

namespace {

using DyadCounts = std::map<std::pair<std::string, std::string>, unsigned long long>;

struct Tally {
  unsigned long long skipped = 0;    // lines that are not events
  unsigned long long unfactual = 0;  // negated or hypothetical events left out
};

bool Flag(const simdjson::dom::element& event, const char* key) {
  bool b = false;
  return !event[key].get_bool().get(b) && b;
}

// Counts the events of one input; lines that are not events are reported and
// skipped.
void CountDyads(std::istream& in, const std::string& name, bool count_negated, DyadCounts* counts,
                Tally* tally) {
  simdjson::dom::parser parser;
  std::string line;
  unsigned long long line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element event;
    std::string_view source, target;
    if (parser.parse(line).get(event) || event["source"].get_string().get(source) ||
        event["target"].get_string().get(target)) {
      std::cerr << "entente: " << name << ":" << line_number
                << ": not an event (JSON object with source and target)\n";
      ++tally->skipped;
      continue;
    }
    if (!count_negated && (Flag(event, "negated") || Flag(event, "hypothetical"))) {
      ++tally->unfactual;
      continue;
    }
    ++(*counts)[{std::string(source), std::string(target)}];
  }
}

}  // namespace

int RunDyads(int argc, char** argv) {
  std::vector<std::string> files;
  CLI::App app{"Counts source->target pairs in JSONL events (the output of 'entente code').\n"
               "Prints one line per dyad, most frequent first.",
               "entente dyads"};
  bool count_negated = false;
  app.add_option("FILE", files, "JSONL event files; - or none is standard input");
  app.add_flag("--count-negated", count_negated, "also count events marked negated or hypothetical");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  if (files.empty()) files.push_back("-");

  DyadCounts counts;
  Tally tally;
  for (const std::string& file : files) {
    if (file == "-") {
      CountDyads(std::cin, "<stdin>", count_negated, &counts, &tally);
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "entente: cannot read " << file << "\n";
      return kExitFailure;
    }
    CountDyads(in, file, count_negated, &counts, &tally);
  }

  std::vector<std::pair<unsigned long long, const std::pair<std::string, std::string>*>> sorted;
  unsigned long long total = 0;
  for (const auto& [dyad, n] : counts) {
    sorted.emplace_back(n, &dyad);
    total += n;
  }
  // Stable over the map's dyad order, so ties stay alphabetical.
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [n, dyad] : sorted)
    std::printf("%8llu  %s -> %s\n", n, dyad->first.c_str(), dyad->second.c_str());
  std::printf("%8llu  events in %zu dyads\n", total, counts.size());
  if (tally.unfactual)
    std::printf("%8llu  negated or hypothetical events left out (--count-negated counts them)\n", tally.unfactual);
  return kExitOk;
}
