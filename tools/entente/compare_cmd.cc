// `entente compare A B [--json|--markdown]`, or `entente compare PAIR.jsonl`:
// codes two accounts of one exchange and reports where they diverge
// (include/entente/compare.h, docs/compare.md).
//
// Each of A and B is one account: a text file (one article; --date dates
// it) or JSONL articles (all articles of the file form the account, named
// by the first one's publisher, as ArticleSource reads it). A single JSONL file with exactly two
// articles is the pair itself: the first is A, the second B.
//
// `entente compare --db FILE --event GROUP`: the reports of one stored event
// group (`event_groups.id`, the GDELT export's GLOBALEVENTID), one account
// per publisher; the first publisher's account is compared with each of the
// others (with --json: a JSON array, one comparison per pair).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "defaults.h"
#include "dict_flags.h"
#include "entente/coder.h"
#include "entente/compare.h"
#include "entente/store.h"
#include "entente/topics.h"
#include "inputs.h"
#include "pipeline.h"
#include "subcommands.h"

namespace entente {
namespace {

// Collects every coded article of one input as an Account (or, with
// `split`, one Account per article).
class AccountSink final : public ArticleSink {
 public:
  explicit AccountSink(bool split) : split_(split) {}
  Status Wants(const Article&, std::string_view, bool* wanted) override {
    *wanted = true;
    return Status::Ok();
  }
  Status Take(const Article& article, std::span<const std::string_view> sentences,
              std::span<const Event> events) override {
    if (accounts.empty() || split_) {
      accounts.emplace_back();
      Account& a = accounts.back();
      ArticleSource(article.metadata, &a.name, nullptr);
      a.doc = article.id;
      a.date = article.date;
    }
    Account& a = accounts.back();
    const int offset = static_cast<int>(a.sentences.size());
    for (std::string_view s : sentences) a.sentences.emplace_back(s);
    for (Event e : events) {
      e.sentence += offset;
      a.events.push_back(std::move(e));
    }
    return Status::Ok();
  }
  std::vector<Account> accounts;

 private:
  bool split_;
};

std::string Render(const Comparison& c, bool json, bool markdown) {
  return json ? ComparisonJson(c) : markdown ? ComparisonMarkdown(c) : ComparisonText(c);
}

int CompareStoredGroup(const std::string& db, int64_t group, const TopicDictionary& topics,
                       bool json, bool markdown) {
  StoreOptions options;
  options.must_exist = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, options, &store);
  std::vector<Store::StoredReport> reports;
  if (s.ok()) s = store->GroupReports(group, &reports);
  if (!s.ok()) {
    std::cerr << "entente compare: " << s.ToString() << "\n";
    return kExitFailure;
  }
  // One account per publisher, its articles in order.
  std::vector<Account> accounts;
  for (Store::StoredReport& r : reports) {
    auto it = std::find_if(accounts.begin(), accounts.end(),
                           [&](const Account& a) { return a.name == r.publisher; });
    if (it == accounts.end()) {
      accounts.emplace_back();
      it = accounts.end() - 1;
      it->name = r.publisher;
      it->doc = r.doc;
      it->date = r.date;
    }
    const int offset = static_cast<int>(it->sentences.size());
    for (std::string& text : r.sentences) it->sentences.push_back(std::move(text));
    for (Event& e : r.events) {
      e.sentence += offset;
      it->events.push_back(std::move(e));
    }
  }
  if (accounts.size() < 2) {
    std::cerr << "entente compare: event group " << group << " in " << db
              << " is reported by one publisher only; nothing to compare\n";
    return kExitFailure;
  }
  if (json) std::cout << "[";
  for (size_t i = 1; i < accounts.size(); ++i) {
    Comparison c;
    if (!(s = CompareAccounts(accounts[0], accounts[i], topics, &c)).ok()) {
      std::cerr << "entente compare: " << s.ToString() << "\n";
      return kExitFailure;
    }
    std::string out = Render(c, json, markdown);
    if (json) {
      if (!out.empty() && out.back() == '\n') out.pop_back();
      std::cout << (i > 1 ? "," : "") << out;
    } else {
      std::cout << (i > 1 ? "\n" : "") << out;
    }
  }
  if (json) std::cout << "]\n";
  return kExitOk;
}

}  // namespace
}  // namespace entente

int RunCompare(int argc, char** argv) {
  using namespace entente;
  std::vector<std::string> files;
  std::string input = "auto", date, side_a, side_b, topics_path;
  bool json = false, markdown = false;
  DictionaryFlags dict_flags;
  CLI::App app{"Compares two accounts of one meeting, call or summit (say Moscow's and\n"
               "Beijing's readouts of the same phone call): events both report, events\n"
               "only one reports, topics and third parties only one mentions,\n"
               "contradictions, how each portrays itself and the other, and a summary\n"
               "whose every claim cites its sentences ([A s2] = A's sentence 2).",
               "entente compare"};
  std::string db;
  int64_t group = 0;
  app.add_option("FILE", files, "A and B (files), or one JSONL file holding both articles");
  auto* db_option = app.add_option("--db", db, "a database written by entente ingest (with --event)");
  app.add_option("--event", group, "an event group id in --db: compare its publishers' reports")
      ->needs(db_option);
  app.add_option("--input", input, "input format: auto, jsonl, text")->capture_default_str();
  app.add_option("--date", date, "date of text accounts, YYYY-MM-DD (default: today)");
  app.add_option("--side-a", side_a, "the country A speaks for, e.g. RUS (default: inferred)");
  app.add_option("--side-b", side_b, "the country B speaks for (default: inferred)");
  app.add_option("--topics", topics_path, "topic dictionary (default: the project's dict/topics.txt)");
  auto* j = app.add_flag("--json", json, "JSON");
  app.add_flag("--markdown", markdown, "Markdown")->excludes(j);
  AddDictionaryFlags(&app, &dict_flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  if (db.empty() ? (files.empty() || files.size() > 2) : (!files.empty() || group == 0)) {
    std::cerr << "entente compare: give two accounts (A B), one file holding both, or "
                 "--db FILE --event GROUP\n";
    return kExitUsage;
  }
  InputFormat format;
  if (!ParseInputFormat(input, &format)) {
    std::cerr << "entente compare: --input must be auto, jsonl or text, not '" << input << "'\n";
    return kExitUsage;
  }
  ReaderOptions options;
  if (!date.empty() && !ParseIsoDate(date, &options.default_date)) {
    std::cerr << "entente compare: --date must be a date as YYYY-MM-DD, not '" << date << "'\n";
    return kExitUsage;
  }
  if (topics_path.empty()) topics_path = FindDefaultFile("topics.txt");
  TopicDictionary topics;
  Status s = topics_path.empty() ? Status::NotFound("the default dict/topics.txt was not found; pass --topics")
                                 : TopicDictionary::Load(topics_path, &topics);
  if (!s.ok()) {
    std::cerr << "entente compare: " << s.ToString() << "\n";
    return kExitFailure;
  }
  if (!db.empty()) return CompareStoredGroup(db, group, topics, json, markdown);
  DictionarySources dict;
  if (!ResolveDictionaries("entente compare", dict_flags, &dict)) return kExitFailure;
  if (!CheckInputs(files)) return kExitFailure;
  std::unique_ptr<Coder> coder;
  if (!(s = Coder::Open(dict, &coder)).ok()) {
    std::cerr << "entente: cannot load the dictionaries: " << s.ToString() << "\n";
    return kExitFailure;
  }

  std::vector<Account> accounts;
  for (const std::string& file : files) {
    AccountSink sink(/*split=*/files.size() == 1);
    CodePipeline pipeline(coder.get(), nullptr, &std::cerr);
    pipeline.set_sink(&sink);
    if (int status = CodeFiles(&pipeline, {file}, format, options); status != kExitOk) return status;
    if (sink.accounts.empty()) {
      std::cerr << "entente compare: " << file << ": no article could be read\n";
      return kExitFailure;
    }
    for (Account& a : sink.accounts) {
      if (a.name.empty()) a.name = std::filesystem::path(file).filename().string();
      accounts.push_back(std::move(a));
    }
  }
  if (accounts.size() != 2) {
    std::cerr << "entente compare: expected two accounts, found " << accounts.size()
              << " (one JSONL file must hold exactly two articles)\n";
    return kExitUsage;
  }
  accounts[0].side = side_a;
  accounts[1].side = side_b;
  Comparison c;
  if (!(s = CompareAccounts(accounts[0], accounts[1], topics, &c)).ok()) {
    std::cerr << "entente compare: " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::cout << Render(c, json, markdown);
  return kExitOk;
}
