// Store tests on real SQLite files in a temporary directory: schema and
// migrations, idempotence, transactions, grouping of reports, dyad counts,
// evidence and export rows. Each renders the store's state as text and
// compares it once.
#include "entente/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "base/date_test_util.h"
#include "store/schema.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("entente_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name = "test.db") const { return (dir_ / name).string(); }

  static std::unique_ptr<Store> OpenOrDie(const std::string& path, int window = 1) {
    StoreOptions options;
    options.group_window_days = window;
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, options, &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }

  fs::path dir_;
};

Event E(const char* source, const char* target, const char* code, const char* date,
        int sentence = 0) {
  Event e;
  e.source = source;
  e.target = target;
  e.code = code;
  e.date = D(date);
  e.sentence = sentence;
  e.verb_text = "MET";
  return e;
}

// Adds one article with one sentence per event (or one sentence when none).
Status AddArticle(Store* store, const std::string& doc, const char* date,
                  const std::string& publisher, std::vector<Event> events) {
  StoredArticle a;
  a.doc = doc;
  a.date = D(date);
  a.publisher = publisher;
  a.content_hash = ContentHash(doc + " text");
  std::vector<std::string> texts;
  for (size_t i = 0; i < std::max<size_t>(events.size(), 1); ++i) {
    texts.push_back(doc + " sentence " + std::to_string(i) + ".");
  }
  std::vector<std::string_view> views(texts.begin(), texts.end());
  for (size_t i = 0; i < events.size(); ++i) events[i].sentence = static_cast<int>(i);
  return store->Add(a, views, events, "dict-test");
}

// The groups as "source target root factual date mentions/articles/sources"
// lines, sorted: independent of row ids and insertion order.
std::string RenderGroups(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT source, target, root, factual, date, mentions, articles, sources "
                     "FROM event_groups",
                     -1, &st, nullptr);
  std::vector<std::string> lines;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string line;
    for (int c = 0; c < 8; ++c) {
      if (c) line += ' ';
      if (c == 4) {
        line += FormatIsoDate(static_cast<Day>(sqlite3_column_int64(st, c)));
      } else {
        const unsigned char* t = sqlite3_column_text(st, c);
        line += t ? reinterpret_cast<const char*>(t) : "NULL";
      }
    }
    lines.push_back(line);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::string RenderDays(const std::vector<DailyCount>& rows) {
  std::string out;
  for (const DailyCount& r : rows) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s q%d %lld %.1f\n", FormatIsoDate(r.day).c_str(), r.quad,
                  static_cast<long long>(r.events), r.goldstein_sum);
    out += buf;
  }
  return out;
}

TEST_F(StoreTest, CreatesTheSchemaAndReopensIt) {
  {
    auto store = OpenOrDie(Path(), 3);
    EXPECT_EQ(store->group_window_days(), 3);
  }
  auto again = OpenOrDie(Path(), 1);  // the window is the database's
  EXPECT_EQ(again->group_window_days(), 3);
  Store::Totals t;
  ASSERT_TRUE(again->GetTotals(&t).ok());
  EXPECT_EQ(t.articles, 0);
}

TEST_F(StoreTest, RefusesADatabaseFromANewerVersionAndAFileThatIsNotOne) {
  { OpenOrDie(Path()); }
  sqlite3* db = nullptr;
  sqlite3_open(Path().c_str(), &db);
  sqlite3_exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  std::unique_ptr<Store> store;
  Status s = Store::Open(Path(), {}, &store);
  EXPECT_EQ(s.kind(), Status::Kind::kInvalidArgument) << s.ToString();
  EXPECT_NE(s.message().find("newer entente"), std::string::npos) << s.ToString();

  std::ofstream(Path("junk.db")) << "this is not a database, just some text that is long enough";
  s = Store::Open(Path("junk.db"), {}, &store);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("junk.db"), std::string::npos) << s.ToString();

  StoreOptions must;
  must.must_exist = true;
  s = Store::Open(Path("absent.db"), must, &store);
  EXPECT_EQ(s.kind(), Status::Kind::kNotFound) << s.ToString();
  EXPECT_FALSE(fs::exists(Path("absent.db")));
}

TEST_F(StoreTest, MigratesAVersion1DatabaseKeepingItsCounts) {
  {
    // A version 1 database as entente wrote it, with counts for two days.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(Path().c_str(), &db), SQLITE_OK);
    std::string sql = store::MigrationSql(0);
    sql += "INSERT INTO meta VALUES ('schema_version', '1'), ('group_window_days', '1');"
           "INSERT INTO dyads VALUES ('RUSGOV', 'CHNGOV');"
           "INSERT INTO dictionaries VALUES (1, 'dict-old', '2024-05-16T00:00:00Z');"
           "INSERT INTO articles VALUES (1, 'old', NULL, '', '', 'h', '{}', 1, '2024-05-16T00:00:00Z', "
           "'[\"One.\",\"Two.\",\"Three.\"]', 0);"
           "INSERT INTO dyad_days VALUES ('RUSGOV', 'CHNGOV', " + std::to_string(D("2024-05-16")) +
           ", 1, 1, 2, 3, 8.0, 12.0), ('RUSGOV', 'CHNGOV', " + std::to_string(D("2024-05-17")) +
           ", 4, 1, 1, 1, -10.0, -10.0);"
           "INSERT INTO dyad_months VALUES ('RUSGOV', 'CHNGOV', " + std::to_string(D("2024-05-01")) +
           ", 1, 1, 2, 3, 8.0, 12.0), ('RUSGOV', 'CHNGOV', " + std::to_string(D("2024-05-01")) +
           ", 4, 1, 1, 1, -10.0, -10.0);";
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << err;
    sqlite3_close(db);
  }
  auto store = OpenOrDie(Path());
  Store::Totals t;
  ASSERT_TRUE(store->GetTotals(&t).ok());  // counted once by the migration
  EXPECT_EQ(t.articles, 1);
  EXPECT_EQ(t.sentences, 3);
  EXPECT_EQ(t.events, 0);
  std::vector<DailyCount> days;
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, kNoDate, kNoDate, CountBy::kMentions, &days).ok());
  EXPECT_EQ(RenderDays(days), "2024-05-16 q1 3 12.0\n2024-05-17 q4 1 -10.0\n");
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, D("2024-05-01"), D("2024-05-31"), CountBy::kGroups,
                                 &days, false, true).ok());
  EXPECT_EQ(RenderDays(days), "2024-05-01 q1 2 8.0\n2024-05-01 q4 1 -10.0\n");
  // New counts go into the migrated tables.
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-05-16", "wire",
                         {E("RUSGOV", "CHNGOV", "036", "2024-05-16")}).ok());
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, D("2024-05-16"), D("2024-05-16"), CountBy::kGroups,
                                 &days).ok());
  EXPECT_EQ(RenderDays(days), "2024-05-16 q1 3 12.0\n");
  store.reset();
  sqlite3* db = nullptr;
  sqlite3_open(Path().c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT (SELECT value FROM meta WHERE key = 'schema_version'), "
                         "(SELECT sql FROM sqlite_master WHERE name = 'dyad_days')", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))), "2");
  EXPECT_NE(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)))
                .find("PRIMARY KEY(day, source, target, quad, factual)"),
            std::string::npos);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(StoreTest, ContainsFindsArticlesByIdAndByContentHash) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-05-16", "wire", {}).ok());
  bool present = false;
  ASSERT_TRUE(store->Contains("a1", "other-hash", &present).ok());
  EXPECT_TRUE(present);  // same id, before the commit too
  ASSERT_TRUE(store->Contains("other-id", ContentHash("a1 text"), &present).ok());
  EXPECT_TRUE(present);  // same text under another id
  ASSERT_TRUE(store->Contains("a2", ContentHash("a2 text"), &present).ok());
  EXPECT_FALSE(present);
  EXPECT_NE(ContentHash("a"), ContentHash("b"));
  EXPECT_EQ(ContentHash("same"), ContentHash("same"));
  EXPECT_EQ(ContentHash("").size(), 32u);
}

TEST_F(StoreTest, ContainsSeesTheBatchBeingWrittenAndQueriesSeeCommits) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-05-16", "wire",
                         {E("RUSGOV", "CHNGOV", "036", "2024-05-16")}).ok());
  ASSERT_TRUE(store->Commit().ok());  // a1 may still be being written
  ASSERT_TRUE(AddArticle(store.get(), "a2", "2024-05-17", "wire",
                         {E("RUSGOV", "CHNGOV", "036", "2024-05-17")}).ok());
  for (const char* doc : {"a1", "a2"}) {
    bool present = false;
    ASSERT_TRUE(store->Contains(doc, "no-such-hash", &present).ok());
    EXPECT_TRUE(present) << doc;
    ASSERT_TRUE(store->Contains("no-such-doc", ContentHash(std::string(doc) + " text"), &present).ok());
    EXPECT_TRUE(present) << doc;
  }
  Store::Totals t;
  ASSERT_TRUE(store->GetTotals(&t).ok());
  EXPECT_EQ(t.articles, 1);  // committed only
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(store->GetTotals(&t).ok());
  EXPECT_EQ(t.articles, 2);
  EXPECT_EQ(t.groups, 2);
}

TEST_F(StoreTest, AFailedWriteRollsBackItsWholeBatchAndIsReported) {
  {
    auto store = OpenOrDie(Path());
    ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-05-16", "wire",
                           {E("RUSGOV", "CHNGOV", "036", "2024-05-16")}).ok());
    ASSERT_TRUE(store->Commit().ok());
    ASSERT_TRUE(store->Flush().ok());
  }
  auto store = OpenOrDie(Path());
  // Against Add's contract, a stored doc id again: the articles INSERT fails
  // on the writer thread, after the new group and a2 were written.
  ASSERT_TRUE(AddArticle(store.get(), "a2", "2024-05-17", "wire",
                         {E("RUSGOV", "CHNGOV", "042", "2024-05-17")}).ok());
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-05-18", "wire",
                         {E("USAGOV", "CHNGOV", "036", "2024-05-18")}).ok());
  ASSERT_TRUE(store->Commit().ok());  // handed over; the error comes later
  Status s = store->Flush();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("UNIQUE"), std::string::npos) << s.ToString();
  EXPECT_FALSE(AddArticle(store.get(), "a3", "2024-05-19", "wire", {}).ok());
  EXPECT_FALSE(store->Commit().ok());
  Store::Totals t;
  ASSERT_TRUE(store->GetTotals(&t).ok());  // reading still works
  EXPECT_EQ(t.articles, 1);
  EXPECT_EQ(t.events, 1);
  EXPECT_EQ(RenderGroups(Path()), "RUSGOV CHNGOV 03 1 2024-05-16 1 1 1\n");
  std::vector<DailyCount> days;
  ASSERT_TRUE(store->DailyCounts({"", ""}, kNoDate, kNoDate, CountBy::kGroups, &days).ok());
  EXPECT_EQ(RenderDays(days), "2024-05-16 q1 1 4.0\n");
}

TEST_F(StoreTest, WithoutCommitNothingIsKept) {
  {
    auto store = OpenOrDie(Path());
    ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-05-16", "wire",
                           {E("RUSGOV", "CHNGOV", "036", "2024-05-16")}).ok());
    ASSERT_TRUE(store->Commit().ok());
    ASSERT_TRUE(AddArticle(store.get(), "a2", "2024-05-17", "wire",
                           {E("RUSGOV", "CHNGOV", "036", "2024-05-17")}).ok());
    // destroyed without Commit: a2 is rolled back
  }
  auto store = OpenOrDie(Path());
  Store::Totals t;
  ASSERT_TRUE(store->GetTotals(&t).ok());
  EXPECT_EQ(t.articles, 1);
  EXPECT_EQ(t.events, 1);
  EXPECT_EQ(RenderGroups(Path()), "RUSGOV CHNGOV 03 1 2024-05-16 1 1 1\n");
  std::vector<DailyCount> days;
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, kNoDate, kNoDate, CountBy::kGroups, &days).ok());
  EXPECT_EQ(RenderDays(days), "2024-05-16 q1 1 4.0\n");
}

TEST_F(StoreTest, ReportsOfOneEventFormOneGroupWithCounts) {
  auto store = OpenOrDie(Path());
  // Three reports of the Putin-Xi meeting from two publishers on one day, one
  // the next day (another window), one negated, one of another root.
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-05-16", "wire",
                         {E("RUSGOV", "CHNGOV", "036", "2024-05-16"),
                          E("RUSGOV", "CHNGOV", "040", "2024-05-16")}).ok());
  ASSERT_TRUE(AddArticle(store.get(), "a2", "2024-05-16", "daily",
                         {E("RUSGOV", "CHNGOV", "042", "2024-05-16"),
                          E("RUSGOV", "CHNGOV", "173", "2024-05-16")}).ok());
  ASSERT_TRUE(AddArticle(store.get(), "a3", "2024-05-17", "wire",
                         {E("RUSGOV", "CHNGOV", "040", "2024-05-17")}).ok());
  Event negated = E("RUSGOV", "CHNGOV", "040", "2024-05-16");
  negated.negated = true;
  ASSERT_TRUE(AddArticle(store.get(), "a4", "2024-05-16", "wire", {negated}).ok());
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(store->Flush().ok());  // written: another connection sees it
  Store::Totals t;
  ASSERT_TRUE(store->GetTotals(&t).ok());  // kept in meta by ingest: as counted
  EXPECT_EQ(t.articles, 4);
  EXPECT_EQ(t.sentences, 6);
  EXPECT_EQ(t.events, 6);
  EXPECT_EQ(t.groups, 5);
  EXPECT_EQ(RenderGroups(Path()),
            "RUSGOV CHNGOV 03 1 2024-05-16 1 1 1\n"
            "RUSGOV CHNGOV 04 0 2024-05-16 1 1 1\n"
            "RUSGOV CHNGOV 04 1 2024-05-16 2 2 2\n"
            "RUSGOV CHNGOV 04 1 2024-05-17 1 1 1\n"
            "RUSGOV CHNGOV 17 1 2024-05-16 1 1 1\n");

  std::vector<DailyCount> days;
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, kNoDate, kNoDate, CountBy::kGroups, &days).ok());
  EXPECT_EQ(RenderDays(days),
            "2024-05-16 q1 2 5.0\n"    // 036 (+4.0) and one 04 group (+1.0, first report 040)
            "2024-05-16 q4 1 -5.0\n"   // 173
            "2024-05-17 q1 1 1.0\n");
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, kNoDate, kNoDate, CountBy::kMentions, &days).ok());
  EXPECT_EQ(RenderDays(days),
            "2024-05-16 q1 3 6.9\n"    // 036 4.0 + 040 1.0 + 042 1.9
            "2024-05-16 q4 1 -5.0\n"
            "2024-05-17 q1 1 1.0\n");
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, kNoDate, kNoDate, CountBy::kGroups, &days,
                                 /*with_modal=*/true).ok());
  EXPECT_EQ(RenderDays(days).substr(0, 20), "2024-05-16 q1 3 6.0\n");
}

TEST_F(StoreTest, GroupsDoNotDependOnIngestOrderOrOnCommits) {
  std::vector<std::pair<std::string, Event>> reports;
  const char* codes[] = {"036", "040", "042", "111", "173", "190", "057"};
  const char* actors[] = {"RUSGOV", "CHNGOV", "USAGOV", "UKRMIL"};
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    Event e = E(actors[rng() % 4], actors[rng() % 4], codes[rng() % 7], "2024-01-01");
    e.date += static_cast<Day>(rng() % 20);
    reports.emplace_back("doc" + std::to_string(i), e);
  }
  auto ingest = [&](const std::string& path, int window, bool commit_often) {
    auto store = OpenOrDie(path, window);
    for (const auto& [doc, e] : reports) {
      const std::string publisher = "pub" + std::to_string(doc.size() % 3);
      ASSERT_TRUE(AddArticle(store.get(), doc, "2024-01-01", publisher, {e}).ok());
      if (commit_often) {
        ASSERT_TRUE(store->Commit().ok());
      }
    }
    ASSERT_TRUE(store->Commit().ok());
  };
  ingest(Path("forward.db"), 3, false);
  std::reverse(reports.begin(), reports.end());
  ingest(Path("backward.db"), 3, true);
  const std::string groups = RenderGroups(Path("forward.db"));
  EXPECT_EQ(groups, RenderGroups(Path("backward.db")));
  const auto lines = std::count(groups.begin(), groups.end(), '\n');
  EXPECT_LT(lines, 200);  // some reports were grouped
  EXPECT_GT(lines, 50);
}

TEST_F(StoreTest, PrefixesAndDirectionsSelectTheDyads) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-02-01", "wire",
                         {E("RUSGOV", "CHNGOV", "036", "2024-02-01"),
                          E("CHN", "RUSMIL", "111", "2024-02-01"),
                          E("RUSGOV", "USAGOV", "111", "2024-02-01"),
                          E("RUSGOV", "CHNBUS", "061", "2024-02-03")}).ok());
  ASSERT_TRUE(store->Commit().ok());
  std::vector<DailyCount> days;
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, kNoDate, kNoDate, CountBy::kGroups, &days).ok());
  EXPECT_EQ(RenderDays(days), "2024-02-01 q1 1 4.0\n2024-02-01 q3 1 -2.0\n2024-02-03 q2 1 6.4\n");
  ASSERT_TRUE(store->DailyCounts({"RUS", "CHN", true}, kNoDate, D("2024-02-02"), CountBy::kGroups,
                                 &days).ok());
  EXPECT_EQ(RenderDays(days), "2024-02-01 q1 1 4.0\n");
  int64_t ab = 0, ba = 0;
  ASSERT_TRUE(store->Initiative({"RUS", "CHN"}, kNoDate, kNoDate, CountBy::kGroups, &ab, &ba).ok());
  EXPECT_EQ(ab, 2);
  EXPECT_EQ(ba, 1);
  ASSERT_TRUE(store->DailyCounts({"", "USA"}, kNoDate, kNoDate, CountBy::kGroups, &days).ok());
  EXPECT_EQ(RenderDays(days), "2024-02-01 q3 1 -2.0\n");
}

// The monthly pre-aggregates give the series the daily rows give, for
// ranges that start and end mid-month too.
TEST_F(StoreTest, WholeMonthsGiveTheSameSeriesAsDays) {
  auto store = OpenOrDie(Path());
  std::mt19937 rng(11);
  const char* codes[] = {"036", "042", "111", "190", "061"};
  for (int i = 0; i < 300; ++i) {
    Event e = E(i % 3 ? "RUSGOV" : "CHNMIL", i % 3 ? "CHNGOV" : "RUSGOV", codes[rng() % 5],
                "2023-01-01");
    e.date += static_cast<Day>(rng() % 400);
    ASSERT_TRUE(AddArticle(store.get(), "d" + std::to_string(i), "2023-01-01",
                           "p" + std::to_string(rng() % 3), {e}).ok());
  }
  ASSERT_TRUE(store->Commit().ok());
  const std::pair<const char*, const char*> ranges[] = {
      {nullptr, nullptr}, {"2023-01-01", "2023-12-31"}, {"2023-02-15", "2023-11-03"},
      {"2023-03-10", "2023-03-20"}, {"2023-05-31", "2024-01-01"}};
  for (const auto& [lo, hi] : ranges) {
    const Day from = lo ? D(lo) : kNoDate, to = hi ? D(hi) : kNoDate;
    for (CountBy by : {CountBy::kGroups, CountBy::kMentions}) {
      std::vector<DailyCount> days, months;
      ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, from, to, by, &days, false, false).ok());
      ASSERT_TRUE(store->DailyCounts({"RUS", "CHN"}, from, to, by, &months, false, true).ok());
      EXPECT_LE(months.size(), days.size());
      if (!lo) {
        EXPECT_LT(months.size(), days.size() / 3);
      }
      auto render = [&](const std::vector<DailyCount>& rows) {
        std::string out;
        for (const PeriodStats& p : BuildSeries(rows, Period::kMonth, from, to)) {
          char buf[96];
          std::snprintf(buf, sizeof buf, "%s %lld %lld %lld %.1f\n", p.label.c_str(),
                        static_cast<long long>(p.quad[1]), static_cast<long long>(p.quad[3]),
                        static_cast<long long>(p.quad[4]), p.goldstein_sum);
          out += buf;
        }
        return out;
      };
      EXPECT_EQ(render(months), render(days)) << (lo ? lo : "open") << ".." << (hi ? hi : "open");
    }
  }
}

TEST_F(StoreTest, ManyPairsReadInOnePassGiveWhatPairByPairSeeksGive) {
  // 144 pairs over ten years: too many (day, pair) keys to seek one by one,
  // so DailyCounts reads the range once; each pair alone is sought.
  auto store = OpenOrDie(Path());
  std::mt19937 rng(5);
  const char* codes[] = {"036", "042", "111", "190", "061", "173"};
  for (int i = 0; i < 2000; ++i) {
    Event e = E("", "", codes[rng() % 6], "2015-01-01");
    e.source = "X" + std::to_string(10 + rng() % 12);  // same length: no code prefixes another
    e.target = "Y" + std::to_string(10 + rng() % 12);
    e.date += static_cast<Day>(rng() % 3650);
    e.negated = rng() % 10 == 0;
    ASSERT_TRUE(AddArticle(store.get(), "d" + std::to_string(i), "2015-01-01", "p", {e}).ok());
  }
  ASSERT_TRUE(store->Commit().ok());
  for (bool months : {false, true}) {
    std::vector<DailyCount> all;
    ASSERT_TRUE(store->DailyCounts({"", ""}, kNoDate, kNoDate, CountBy::kMentions, &all, true,
                                   months).ok());
    std::map<std::pair<Day, int>, DailyCount> merged;
    for (int x = 0; x < 12; ++x) {
      for (int y = 0; y < 12; ++y) {
        std::vector<DailyCount> one;
        ASSERT_TRUE(store->DailyCounts({"X" + std::to_string(10 + x), "Y" + std::to_string(10 + y), true},
                                       kNoDate, kNoDate, CountBy::kMentions, &one, true, months).ok());
        for (const DailyCount& c : one) {
          DailyCount& m = merged[{c.day, c.quad}];
          m.day = c.day;
          m.quad = c.quad;
          m.events += c.events;
          m.goldstein_sum += c.goldstein_sum;
        }
      }
    }
    std::vector<DailyCount> sum;
    for (const auto& [k, c] : merged) sum.push_back(c);
    EXPECT_EQ(RenderDays(all), RenderDays(sum)) << (months ? "months" : "days");
    int64_t events = 0;
    for (const DailyCount& c : all) events += c.events;
    EXPECT_EQ(events, 2000);
  }
}

TEST_F(StoreTest, EvidenceComesOnePerGroupWithItsSentence) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-03-01", "wire",
                         {E("RUSGOV", "CHNGOV", "036", "2024-03-01"),
                          E("CHNGOV", "RUSGOV", "111", "2024-03-01")}).ok());
  ASSERT_TRUE(AddArticle(store.get(), "a2", "2024-03-01", "daily",
                         {E("RUSGOV", "CHNGOV", "036", "2024-03-01")}).ok());
  ASSERT_TRUE(store->Commit().ok());
  std::vector<EvidenceEvent> ev;
  ASSERT_TRUE(store->Evidence({"RUS", "CHN"}, kNoDate, kNoDate, EvidenceOrder::kMostConflictual,
                              10, &ev).ok());
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].code, "111");
  EXPECT_EQ(ev[0].text, "a1 sentence 1.");
  EXPECT_EQ(ev[1].code, "036");
  EXPECT_EQ(ev[1].mentions, 2);
  EXPECT_EQ(ev[1].doc, "a1");
}

TEST_F(StoreTest, ExportGivesEveryReportOrOnePerGroup) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(AddArticle(store.get(), "a1", "2024-03-01", "wire",
                         {E("RUSGOV", "CHNGOV", "036", "2024-03-01")}).ok());
  Event hypothetical = E("USAGOV", "CHNGOV", "172", "2024-03-02");
  hypothetical.hypothetical = true;
  ASSERT_TRUE(AddArticle(store.get(), "a2", "2024-03-01", "daily",
                         {E("RUSGOV", "CHNGOV", "036", "2024-03-01"), hypothetical}).ok());
  ASSERT_TRUE(store->Commit().ok());
  auto rows = [&](Store::ExportFilter f) {
    std::string out;
    Status s = store->Export(f, [&](const ExportRecord& r) {
      out += r.article_id + " " + r.source + " " + r.code + " " + r.publisher + " " +
             std::to_string(r.num_mentions) + "/" + std::to_string(r.num_sources) + " |" + r.text +
             "|\n";
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  };
  EXPECT_EQ(rows({}), "a1 RUSGOV 036 wire 2/2 |a1 sentence 0.|\n"
                      "a2 RUSGOV 036 daily 2/2 |a2 sentence 0.|\n");
  Store::ExportFilter grouped;
  grouped.one_per_group = true;
  EXPECT_EQ(rows(grouped), "a1 RUSGOV 036 wire 2/2 |a1 sentence 0.|\n");
  Store::ExportFilter all;
  all.with_modal = true;
  all.actor = "USA";
  EXPECT_EQ(rows(all), "a2 USAGOV 172 daily 1/1 |a2 sentence 1.|\n");
}

}  // namespace
}  // namespace entente
