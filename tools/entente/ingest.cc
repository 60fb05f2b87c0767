// `entente ingest --db FILE [coding options] [FILE...]`: codes articles and
// stores them, their sentences and events in an SQLite database.
//
// Order of work: parse flags (exit 2), check the inputs (exit 1), open the
// database (exit 1), load the dictionaries (exit 1), then stream: for each
// good article, skip it when the store holds its id or its content hash,
// else code it and add it; commit every --batch articles (the store writes
// each batch on its own thread while the next is coded). Ctrl-C (SIGINT) or
// SIGTERM finishes the current article, commits, waits for the writes,
// prints the summary and exits 130; a kill -9 loses at most the batch being
// built and the one being written, which the next run codes again (articles
// are only ever skipped when committed).
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "dict_flags.h"
#include "entente/coder.h"
#include "entente/store.h"
#include "inputs.h"
#include "pipeline.h"
#include "progress.h"
#include "subcommands.h"

namespace entente {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void OnSignal(int) { g_stop.store(true); }

struct IngestFlags {
  std::string db = "entente.db";
  int window_days = 1;
  int batch = 5000;
  std::string input = "auto";
  std::string date;
  std::string progress = "auto";
  double progress_seconds = 5;
  DictionaryFlags dict;
  std::vector<std::string> files;
};

class StoreSink final : public ArticleSink {
 public:
  StoreSink(Store* store, std::string dictionary_version, int batch)
      : store_(store), dictionary_version_(std::move(dictionary_version)), batch_(batch) {}

  Status Wants(const Article& article, std::string_view text, bool* wanted) override {
    hash_ = ContentHash(text);
    bool present = false;
    Status s = store_->Contains(article.id, hash_, &present);
    *wanted = !present;
    return s;
  }

  Status Take(const Article& article, std::span<const std::string_view> sentences,
              std::span<const Event> events) override {
    StoredArticle stored;
    stored.doc = article.id;
    stored.date = article.date;
    stored.metadata = article.metadata;
    stored.content_hash = hash_;
    ArticleSource(article.metadata, &stored.publisher, &stored.url);
    Status s = store_->Add(stored, sentences, events, dictionary_version_);
    if (!s.ok()) {
      failed_ = true;
      return s;
    }
    ++added_;
    events_ += events.size();
    if (++pending_ >= batch_) return Commit();
    return Status::Ok();
  }

  Status Commit() {
    pending_ = 0;
    Status s = store_->Commit();
    if (!s.ok()) failed_ = true;
    return s;
  }

  // A write failed (the pipeline has reported it); the store takes no more.
  bool failed() const { return failed_; }
  uint64_t added() const { return added_; }
  uint64_t events() const { return events_; }

 private:
  Store* store_;
  std::string dictionary_version_;
  int batch_;
  int pending_ = 0;
  uint64_t added_ = 0, events_ = 0;
  bool failed_ = false;
  std::string hash_;
};

int Run(const IngestFlags& flags, InputFormat format, Progress::Mode mode,
        const ReaderOptions& options, const DictionarySources& dict) {
  if (!CheckInputs(flags.files)) return kExitFailure;
  // From here on an interrupt only asks the pipeline to stop, also while
  // the dictionaries load (it then stops before the first article).
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  StoreOptions store_options;
  store_options.group_window_days = flags.window_days;
  std::unique_ptr<Store> store;
  Status s = Store::Open(flags.db, store_options, &store);
  if (!s.ok()) {
    std::cerr << "entente ingest: " << s.ToString() << "\n";
    return kExitFailure;
  }
  if (store->group_window_days() != flags.window_days && flags.window_days != 1) {
    std::cerr << "entente: warning: " << flags.db << " groups reports in windows of "
              << store->group_window_days() << " days (set when it was created); --window-days "
              << flags.window_days << " ignored\n";
  }
  std::unique_ptr<Coder> coder;
  if (!(s = Coder::Open(dict, &coder)).ok()) {
    std::cerr << "entente: cannot load the dictionaries: " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::string version;
  if (!(s = coder->DictionaryVersion(&version)).ok()) {
    std::cerr << "entente: cannot read the dictionaries: " << s.ToString() << "\n";
    return kExitFailure;
  }

  StoreSink sink(store.get(), version, flags.batch);
  CodePipeline pipeline(coder.get(), nullptr, &std::cerr);
  pipeline.set_sink(&sink);
  pipeline.set_stop_flag(&g_stop);
  Progress progress(mode, flags.progress_seconds, &std::cerr);
  InputPosition position;
  pipeline.set_progress([&](const PipelineCounts& c) {
    progress.Update(c.records, sink.events(), position.Read(), position.total_bytes);
  });
  int status = CodeFiles(&pipeline, flags.files, format, options, &position);
  progress.Finish();
  // Whatever was coded is kept, also after an input error.
  if (sink.failed()) {
    status = kExitFailure;
  } else if (!(s = sink.Commit()).ok() || !(s = store->Flush()).ok()) {
    std::cerr << "entente ingest: " << s.ToString() << "\n";
    status = kExitFailure;
  }
  std::cerr << SummaryLine(pipeline.counts()) << "\n";
  Store::Totals totals;
  if (status == kExitOk && store->GetTotals(&totals).ok()) {
    std::cerr << "entente ingest: " << sink.added() << " articles and " << sink.events()
              << " events added to " << flags.db << " (now " << totals.articles << " articles, "
              << totals.events << " events in " << totals.groups << " groups)\n";
  }
  if (pipeline.interrupted()) {
    std::cerr << "entente ingest: interrupted; everything coded so far is stored. Run the same "
                 "command again to finish.\n";
    return 130;
  }
  return status;
}

}  // namespace
}  // namespace entente

int RunIngest(int argc, char** argv) {
  using namespace entente;
  std::ios::sync_with_stdio(false);
  IngestFlags flags;
  CLI::App app{"Codes articles and stores them with their events in an SQLite database.\n"
               "Articles already stored (same id or same text) are skipped, so running it\n"
               "again on the same input changes nothing, and after an interruption it\n"
               "finishes the job.",
               "entente ingest"};
  app.add_option("--db", flags.db, "database file (created when absent)")->capture_default_str();
  app.add_option("--window-days", flags.window_days,
                 "group reports of one event within windows of this many days (new databases)")
      ->capture_default_str()
      ->check(CLI::Range(1, 366));
  app.add_option("--batch", flags.batch, "articles per transaction")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app.add_option("--input", flags.input, "input format: auto, jsonl, text, tabari, petrarch")
      ->capture_default_str();
  app.add_option("--date", flags.date, "article date for text input, YYYY-MM-DD (default: today)");
  app.add_option("--progress", flags.progress,
                 "auto (a bar on a terminal, else lines), bar, lines or off")
      ->capture_default_str();
  app.add_option("--progress-seconds", flags.progress_seconds, "seconds between progress lines")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  AddDictionaryFlags(&app, &flags.dict);
  app.add_option("FILE", flags.files, "input files; - is standard input");
  app.footer(
      "Exit status: 0 when the run finished (even with bad records), 1 when the\n"
      "database, a dictionary or an input cannot be used, 2 for bad options,\n"
      "130 when interrupted (what was coded is stored).");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  InputFormat format;
  if (!ParseInputFormat(flags.input, &format)) {
    std::cerr << "entente ingest: --input must be auto, jsonl, text, tabari or petrarch, not '"
              << flags.input << "'\n";
    return kExitUsage;
  }
  Progress::Mode mode;
  if (!Progress::ParseMode(flags.progress, &mode)) {
    std::cerr << "entente ingest: --progress must be auto, bar, lines or off, not '"
              << flags.progress << "'\n";
    return kExitUsage;
  }
  ReaderOptions options;
  if (!flags.date.empty() && !ParseIsoDate(flags.date, &options.default_date)) {
    std::cerr << "entente ingest: --date must be a real date as YYYY-MM-DD, not '" << flags.date
              << "'\n";
    return kExitUsage;
  }
  DictionarySources dict;
  if (!ResolveDictionaries("entente ingest", flags.dict, &dict)) return kExitFailure;
  if (flags.files.empty()) flags.files.push_back("-");
  return Run(flags, format, mode, options, dict);
}
