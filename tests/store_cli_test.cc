// End-to-end tests of the store through the `entente` binary (path in
// ENTENTE_BINARY) with the project's own dictionaries and bundled sample:
// ingest twice gives the identical database; an ingest killed with SIGKILL
// (a real process) and resumed gives the database an uninterrupted run
// gives, and so does one stopped by a full disk; Ctrl-C commits and exits
// 130; progress lines; the report and
// export subcommands on the result.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;
using entente::cli_test::BinaryTest;
using entente::cli_test::Result;

// Every table's rows in primary-key order, one line each, without the
// columns that record when something happened (ingest time).
std::string Dump(const fs::path& db_path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  const char* queries[] = {
      "SELECT key, value FROM meta ORDER BY key",
      "SELECT id, version FROM dictionaries ORDER BY id",
      "SELECT id, doc, date, publisher, url, content_hash, metadata, dictionary, sentences, events "
      "FROM articles ORDER BY id",
      "SELECT * FROM sentences ORDER BY article, idx",
      "SELECT * FROM events ORDER BY id",
      "SELECT * FROM event_groups ORDER BY id",
      "SELECT * FROM dyad_days ORDER BY source, target, day, quad, factual",
      "SELECT * FROM dyads ORDER BY source, target",
  };
  std::string out;
  for (const char* q : queries) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, q, -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    out += std::string("-- ") + q + "\n";
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* t = sqlite3_column_text(st, c);
        out += (c ? "|" : "") + std::string(t ? reinterpret_cast<const char*>(t) : "NULL");
      }
      out += "\n";
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

int64_t CountArticles(const fs::path& db_path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return 0;
  }
  sqlite3_busy_timeout(db, 1000);
  sqlite3_stmt* st = nullptr;
  int64_t n = 0;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM articles", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    n = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

class StoreCliTest : public BinaryTest {
 protected:
  StoreCliTest() : BinaryTest("entente_store_cli_test") {}

  void SetUp() override {
    BinaryTest::SetUp();
    sample_ = source_ / "data/samples/articles.jsonl";
  }

  std::vector<std::string> Args(std::vector<std::string> args) const {
    args.insert(args.begin(), binary_);
    return args;
  }
  // `entente ingest` options shared by every run: a cache in the test's
  // directory, so runs after the first load the compiled dictionaries.
  std::vector<std::string> Ingest(const fs::path& db, const fs::path& input,
                                  std::vector<std::string> more = {}) const {
    std::vector<std::string> a = {binary_, "ingest", "--db", db.string(), "--cache-dir",
                                  (dir_ / "cache").string()};
    a.insert(a.end(), more.begin(), more.end());
    a.push_back(input.string());
    return a;
  }


  // A corpus of `copies` x the sample, each copy with its own ids and text.
  fs::path BigCorpus(int copies) {
    const fs::path path = dir_ / "big.jsonl";
    std::ifstream in(sample_);
    std::vector<nlohmann::json> articles;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) articles.push_back(nlohmann::json::parse(line));
    }
    std::ofstream out(path);
    for (int k = 0; k < copies; ++k) {
      for (nlohmann::json a : articles) {
        a["id"] = a["id"].get<std::string>() + "-copy" + std::to_string(k);
        a["text"] = a["text"].get<std::string>() + " Filed as copy " + std::to_string(k) + ".";
        out << a.dump() << "\n";
      }
    }
    return path;
  }

  fs::path sample_;
};

TEST_F(StoreCliTest, IngestingTwiceChangesNothing) {
  const fs::path db = dir_ / "sample.db";
  Result first = Run(Ingest(db, sample_));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("84 records read, 84 coded, 0 skipped"), std::string::npos) << first.err;
  const std::string before = Dump(db);
  Result second = Run(Ingest(db, sample_));
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("84 records read, 0 coded, 0 skipped, 84 already stored"),
            std::string::npos)
      << second.err;
  EXPECT_EQ(Dump(db), before);
  // The same texts under other ids are recognised by their content hash.
  const fs::path renamed = dir_ / "renamed.jsonl";
  {
    std::ifstream in(sample_);
    std::ofstream out(renamed);
    for (std::string line; std::getline(in, line);) {
      nlohmann::json a = nlohmann::json::parse(line);
      a["id"] = "other-" + a["id"].get<std::string>();
      out << a.dump() << "\n";
    }
  }
  Result third = Run(Ingest(db, renamed));
  EXPECT_NE(third.err.find("84 already stored"), std::string::npos) << third.err;
  EXPECT_EQ(Dump(db), before);
}

TEST_F(StoreCliTest, KilledIngestResumesToTheSameDatabase) {
  const fs::path corpus = BigCorpus(120);  // 10,080 articles
  const fs::path whole = dir_ / "whole.db", resumed = dir_ / "resumed.db";
  Result r = Run(Ingest(whole, corpus, {"--batch", "25", "--progress", "off"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const int64_t total = CountArticles(whole);
  ASSERT_EQ(total, 10080);

  pid_t pid = Start(Ingest(resumed, corpus, {"--batch", "25", "--progress", "off"}));
  int64_t seen = 0;
  for (int i = 0; i < 20000 && seen < 300; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    seen = CountArticles(resumed);
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  Result killed = Wait(pid);
  EXPECT_EQ(killed.exit_code, 128 + SIGKILL);
  const int64_t at_kill = CountArticles(resumed);
  EXPECT_GE(at_kill, 300);
  ASSERT_LT(at_kill, total) << "the ingest finished before it was killed; make the corpus larger";
  EXPECT_EQ(at_kill % 25, 0) << "only whole batches are committed";

  Result again = Run(Ingest(resumed, corpus, {"--batch", "25", "--progress", "off"}));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find(std::to_string(at_kill) + " already stored"), std::string::npos)
      << again.err;
  EXPECT_EQ(Dump(resumed), Dump(whole));
}

TEST_F(StoreCliTest, AFullDiskStopsIngestCleanlyAndTheRerunCompletesIt) {
  // The disk fills up: the process may write files of at most 1 MB (bash's
  // ulimit -f, with SIGXFSZ ignored so a write past it fails with EFBIG as
  // on a full disk). The WAL reaches that after some batches.
  const fs::path corpus = BigCorpus(60);  // 5,040 articles
  const fs::path whole = dir_ / "whole.db", full = dir_ / "full.db";
  Result r = Run(Ingest(whole, corpus, {"--batch", "25", "--progress", "off"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(CountArticles(whole), 5040);
  ASSERT_GT(fs::file_size(whole), 2u << 20) << "make the corpus larger than the limit";

  std::string command = "trap '' XFSZ; ulimit -f 1024; exec";
  for (const std::string& a : Ingest(full, corpus, {"--batch", "25", "--progress", "off"})) {
    command += " '" + a + "'";
  }
  Result limited = Run({"/bin/bash", "-c", command});
  EXPECT_EQ(limited.exit_code, 1) << limited.err;
  EXPECT_NE(limited.err.find("full.db"), std::string::npos) << limited.err;
  const int64_t stored = CountArticles(full);
  EXPECT_GT(stored, 0);
  EXPECT_LT(stored, 5040);
  EXPECT_EQ(stored % 25, 0) << "only whole batches are committed";

  Result again = Run(Ingest(full, corpus, {"--batch", "25", "--progress", "off"}));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find(std::to_string(stored) + " already stored"), std::string::npos)
      << again.err;
  EXPECT_EQ(Dump(full), Dump(whole));
}

TEST_F(StoreCliTest, InterruptCommitsWhatWasCodedAndExits130) {
  const fs::path corpus = BigCorpus(120);
  const fs::path db = dir_ / "interrupted.db";
  pid_t pid = Start(Ingest(db, corpus, {"--batch", "1000", "--progress", "off"}));
  // Wait until it is coding (the database exists and has its schema).
  for (int i = 0; i < 20000 && !fs::exists(dir_ / "interrupted.db-wal"); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  ASSERT_EQ(kill(pid, SIGINT), 0);
  Result r = Wait(pid);
  if (r.exit_code == 0) GTEST_SKIP() << "the ingest finished before the interrupt";
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_NE(r.err.find("interrupted; everything coded so far is stored"), std::string::npos) << r.err;
  const int64_t stored = CountArticles(db);
  // Coded articles are stored even though no batch of 1000 was complete.
  EXPECT_NE(r.err.find(std::to_string(stored) + " coded"), std::string::npos) << r.err;
  Result rest = Run(Ingest(db, corpus, {"--progress", "off"}));
  ASSERT_EQ(rest.exit_code, 0) << rest.err;
  EXPECT_EQ(CountArticles(db), 10080);
}

TEST_F(StoreCliTest, ProgressLinesWhenStderrIsNotATerminal) {
  Result r = Run(Ingest(dir_ / "p.db", sample_, {"--progress", "lines", "--progress-seconds", "0.000001"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("entente: progress: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("articles ("), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ETA"), std::string::npos) << r.err;
  Result quiet = Run(Ingest(dir_ / "q.db", sample_, {"--progress", "off"}));
  EXPECT_EQ(quiet.err.find("progress"), std::string::npos) << quiet.err;
}

TEST_F(StoreCliTest, ReportsAndExportsReadTheStore) {
  const fs::path db = dir_ / "sample.db";
  ASSERT_EQ(Run(Ingest(db, sample_)).exit_code, 0);

  Result dyad = Run(Args({"dyad", "--db", db.string(), "RUS", "CHN", "--by", "quarter", "--json"}));
  ASSERT_EQ(dyad.exit_code, 0) << dyad.err;
  nlohmann::json j = nlohmann::json::parse(dyad.out);
  for (const char* key : {"dyad", "by", "series", "trend", "change_points"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  ASSERT_FALSE(j["series"].empty());
  for (const char* key : {"period", "events", "quad", "goldstein_sum", "goldstein_mean", "index"}) {
    EXPECT_TRUE(j["series"][0].contains(key)) << key;
  }
  int64_t events = 0;
  for (const auto& p : j["series"]) events += p["events"].get<int64_t>();
  EXPECT_GT(events, 60);

  Result brief = Run(Args({"brief", "--db", db.string(), "RUS", "CHN"}));
  ASSERT_EQ(brief.exit_code, 0) << brief.err;
  for (const char* section : {"Where it stands", "How it is moving", "Turning points",
                              "Most cooperative recent events", "Most conflictual recent events",
                              "Who acts"}) {
    EXPECT_NE(brief.out.find(section), std::string::npos) << section << "\n" << brief.out;
  }
  Result md = Run(Args({"brief", "--db", db.string(), "RUS", "CHN", "--markdown"}));
  EXPECT_EQ(md.out.rfind("# Brief: RUS and CHN", 0), 0u) << md.out;
  Result bj = Run(Args({"brief", "--db", db.string(), "RUS", "CHN", "--json"}));
  EXPECT_TRUE(nlohmann::json::parse(bj.out).contains("report"));

  // GDELT: one row per group, 61 tab-separated columns.
  Result gdelt = Run(Args({"export", "--db", db.string(), "--format", "gdelt"}));
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  std::istringstream rows(gdelt.out);
  int lines = 0;
  for (std::string line; std::getline(rows, line); ++lines) {
    ASSERT_EQ(std::count(line.begin(), line.end(), '\t'), 60) << line;
  }
  Result jsonl = Run(Args({"export", "--db", db.string(), "--format", "jsonl"}));
  std::istringstream events_in(jsonl.out);
  int reports = 0;
  for (std::string line; std::getline(events_in, line); ++reports) {
    nlohmann::json e = nlohmann::json::parse(line);
    EXPECT_FALSE(e["negated"].get<bool>() || e["hypothetical"].get<bool>()) << line;
  }
  EXPECT_GT(lines, 0);
  EXPECT_LT(lines, reports);  // repeated reports were grouped
  Result csv = Run(Args({"export", "--db", db.string(), "--format", "csv", "--actor", "SAU"}));
  EXPECT_EQ(csv.out.rfind("event_id,group_id,date,", 0), 0u) << csv.out.substr(0, 200);
  EXPECT_NE(csv.out.find("SAU"), std::string::npos);
}

TEST_F(StoreCliTest, MissingDatabaseIsAClearErrorAndIsNotCreated) {
  Result r = Run(Args({"brief", "--db", (dir_ / "none.db").string(), "RUS", "CHN"}));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("none.db: no such database"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "none.db"));
  Result bad = Run(Args({"dyad", "--db", (dir_ / "none.db").string(), "RUS", "CHN", "--by", "decade"}));
  EXPECT_EQ(bad.exit_code, 2);
}

}  // namespace
