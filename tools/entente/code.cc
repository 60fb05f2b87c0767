// `entente code [options] [FILE...]`: articles in, events out.
//
// Order of work: parse and check every flag (exit 2 on a bad one), check that
// every FILE can be opened (exit 1 otherwise), load the dictionaries (exit 1
// when they cannot be loaded), then stream the inputs through CodePipeline.
// Bad records never stop the run; they are reported one per line and counted
// in the summary line printed last on stderr.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>

#include "dict_flags.h"
#include "entente/article.h"
#include "entente/coder.h"
#include "entente/date.h"
#include "entente/output.h"
#include "inputs.h"
#include "pipeline.h"
#include "subcommands.h"

namespace entente {
namespace {

struct CodeFlags {
  std::string input = "auto";
  std::string date;
  std::string format = "jsonl";
  DictionaryFlags dict;
  bool stats = false;
  std::vector<std::string> files;
};

void PrintStats(const Coder& coder, const PipelineCounts& counts, double coding_seconds) {
  // One line, key=value, for scripts (bench/run.sh parses it).
  std::fprintf(stderr,
               "entente-stats: load_millis=%.1f loaded_from_cache=%d records=%llu sentences=%llu "
               "events=%llu text_bytes=%llu coding_seconds=%.3f\n",
               coder.load_millis(), coder.loaded_from_cache() ? 1 : 0,
               static_cast<unsigned long long>(counts.records),
               static_cast<unsigned long long>(counts.sentences),
               static_cast<unsigned long long>(counts.events),
               static_cast<unsigned long long>(counts.text_bytes), coding_seconds);
}

int Run(const CodeFlags& flags, InputFormat input_format, OutputFormat output_format,
        const ReaderOptions& base_options, const DictionarySources& dict) {
  if (!CheckInputs(flags.files)) return kExitFailure;

  std::unique_ptr<Coder> coder;
  Status s = Coder::Open(dict, &coder);
  if (!s.ok()) {
    std::cerr << "entente: cannot load the dictionaries: " << s.ToString() << "\n";
    return kExitFailure;
  }

  std::unique_ptr<EventWriter> writer = NewEventWriter(output_format, &std::cout);
  CodePipeline pipeline(coder.get(), writer.get(), &std::cerr);
  const auto start = std::chrono::steady_clock::now();
  int status = CodeFiles(&pipeline, flags.files, input_format, base_options);
  writer->Flush();
  std::cout.flush();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << SummaryLine(pipeline.counts()) << "\n";
  if (flags.stats) PrintStats(*coder, pipeline.counts(), seconds);
  if (!std::cout) {
    std::cerr << "entente: error writing the events to standard output\n";
    status = kExitFailure;
  }
  return status;
}

}  // namespace
}  // namespace entente

int RunCode(int argc, char** argv) {
  using namespace entente;
  std::ios::sync_with_stdio(false);
  CodeFlags flags;
  CLI::App app{"Codes English news articles into CAMEO events.\n"
               "Reads each FILE (standard input when none is given or FILE is -) and writes\n"
               "one event per line on standard output. Bad records are reported on stderr\n"
               "and skipped; a summary line ends the run.",
               "entente code"};
  app.add_option("--input", flags.input, "input format: auto, jsonl, text, tabari, petrarch")
      ->capture_default_str();
  app.add_option("--date", flags.date, "article date for text input, YYYY-MM-DD (default: today)");
  app.add_option("--format", flags.format, "output format: jsonl or tsv")->capture_default_str();
  AddDictionaryFlags(&app, &flags.dict);
  app.add_flag("--stats", flags.stats,
               "print load time, cache use, sentence count and coding seconds on stderr");
  app.add_option("FILE", flags.files, "input files; - is standard input");
  app.footer(
      "With no dictionary option, the project's own dict/entente.project is used.\n"
      "Exit status: 0 when the run finished (even with bad records), 1 when a\n"
      "dictionary or input cannot be read, 2 for bad options.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }

  InputFormat input_format;
  if (!ParseInputFormat(flags.input, &input_format)) {
    std::cerr << "entente code: --input must be auto, jsonl, text, tabari or petrarch, not '"
              << flags.input << "'\n";
    return kExitUsage;
  }
  OutputFormat output_format;
  if (!ParseOutputFormat(flags.format, &output_format)) {
    std::cerr << "entente code: --format must be jsonl or tsv, not '" << flags.format << "'\n";
    return kExitUsage;
  }
  ReaderOptions reader_options;
  if (!flags.date.empty() && !ParseIsoDate(flags.date, &reader_options.default_date)) {
    std::cerr << "entente code: --date must be a real date as YYYY-MM-DD, not '" << flags.date
              << "'\n";
    return kExitUsage;
  }

  DictionarySources dict;
  if (!ResolveDictionaries("entente code", flags.dict, &dict)) return kExitFailure;
  if (flags.files.empty()) flags.files.push_back("-");
  return Run(flags, input_format, output_format, reader_options, std::move(dict));
}
