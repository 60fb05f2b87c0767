// Store benchmark: ingest rate into SQLite and dyad query time on a large
// synthetic database (bench/store.sh runs it from `make bench`).
//
//   store_bench --db /tmp/bench.db --events 10000000
//
// Synthetic events: 20 countries x 3 actor types and 40 CAMEO codes across
// all roots, both drawn Zipf-like (the k-th most frequent with weight 1/k,
// as actor and event frequencies in GDELT and ICEWS are heavily skewed),
// articles in date order over 2015-2024 (each up to 3 days late), 10 events
// per article, 20 publishers;
// 5% of events are Russia-China, the dyad queried, as real news skews to a
// few dyads. Each article is also reported a second time by another
// publisher one time in four (same events: they join the same groups).
// Ingest goes through Store::Add/Commit in transactions of 5,000 articles,
// exactly as `entente ingest` does (coding excluded: measured by
// bench/run.sh), timed until Flush returns: everything durable. The query is BuildDyadReport for RUS <-> CHN by month over
// the ten years: daily aggregates, series, trend, PELT and the evidence
// queries of its change points.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "entente/report.h"
#include "entente/store.h"

namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

int Fail(const entente::Status& s) {
  std::fprintf(stderr, "store_bench: %s\n", s.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace entente;
  std::string db = "store-bench.db";
  long long total_events = 10'000'000;
  int queries = 20;
  int batch = 5000;  // articles per transaction (entente ingest --batch)
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--db") db = argv[i + 1];
    else if (flag == "--events") total_events = std::atoll(argv[i + 1]);
    else if (flag == "--queries") queries = std::atoi(argv[i + 1]);
    else if (flag == "--batch") batch = std::atoi(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: store_bench [--db FILE] [--events N] [--queries N] [--batch N]\n");
      return 2;
    }
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);

  const char* countries[] = {"RUS", "CHN", "USA", "UKR", "SAU", "IRN", "ISR", "TUR", "IND", "BRA",
                             "DEU", "FRA", "GBR", "JPN", "KOR", "PRK", "PAK", "EGY", "ZAF", "MEX"};
  const char* types[] = {"GOV", "MIL", "BUS"};
  const char* codes[] = {"010", "012", "020", "030", "036", "040", "042", "043", "046", "050",
                         "051", "057", "061", "062", "070", "071", "080", "081", "090", "100",
                         "110", "111", "112", "120", "125", "130", "138", "140", "141", "150",
                         "160", "163", "172", "173", "180", "181", "190", "193", "195", "200"};
  std::mt19937_64 rng(20241129);
  auto zipf = [](size_t n) {
    std::vector<double> w;
    for (size_t k = 1; k <= n; ++k) w.push_back(1.0 / static_cast<double>(k));
    return std::discrete_distribution<size_t>(w.begin(), w.end());
  };
  auto pick_country = zipf(std::size(countries));
  auto pick_code = zipf(std::size(codes));
  const Day first = DayFromCivil(2015, 1, 1), last = DayFromCivil(2024, 12, 31);

  std::unique_ptr<Store> store;
  Status s = Store::Open(db, {}, &store);
  if (!s.ok()) return Fail(s);

  const int per_article = 10;
  std::vector<Event> events(per_article);
  std::vector<std::string> texts(per_article);
  std::vector<std::string_view> sentences(per_article);
  StoredArticle article;
  long long written = 0, articles = 0;
  const auto t0 = Clock::now();
  while (written < total_events) {
    // In date order, as an archive or a feed is ingested, with reports up
    // to three days late.
    const long long expected_articles = total_events / per_article;
    const Day date = std::min<Day>(
        last, first + static_cast<Day>((last - first + 1) * articles / expected_articles) +
                  static_cast<Day>(rng() % 4));
    for (int k = 0; k < per_article; ++k) {
      Event& e = events[k];
      if (rng() % 20 == 0) {  // Russia-China
        const bool forward = rng() & 1;
        e.source = std::string(forward ? "RUS" : "CHN") + types[rng() % 3];
        e.target = std::string(forward ? "CHN" : "RUS") + types[rng() % 3];
      } else {
        e.source = std::string(countries[pick_country(rng)]) + types[rng() % 3];
        e.target = std::string(countries[pick_country(rng)]) + types[rng() % 3];
      }
      e.code = codes[pick_code(rng)];
      e.date = date;
      e.sentence = k;
      e.source_text = e.source;
      e.target_text = e.target;
      e.verb_text = "VERB";
      texts[k] = "Synthetic sentence " + std::to_string(k) + " of article " + std::to_string(articles) + ".";
      sentences[k] = texts[k];
    }
    const int reports = rng() % 4 == 0 ? 2 : 1;
    for (int r = 0; r < reports && written < total_events; ++r) {
      article.doc = "a" + std::to_string(articles);
      article.date = date;
      article.publisher = "publisher-" + std::to_string(rng() % 20);
      article.content_hash = ContentHash(article.doc);
      if (!(s = store->Add(article, sentences, events, "dict-bench")).ok()) return Fail(s);
      ++articles;
      written += per_article;
      if (articles % batch == 0 && !(s = store->Commit()).ok()) return Fail(s);
    }
  }
  if (!(s = store->Commit()).ok() || !(s = store->Flush()).ok()) return Fail(s);
  const double ingest_seconds = Seconds(t0, Clock::now());
  Store::Totals totals;
  if (!(s = store->GetTotals(&totals)).ok()) return Fail(s);
  std::error_code ec;
  const double mb = static_cast<double>(std::filesystem::file_size(db, ec)) / 1e6;
  const double rate = static_cast<double>(totals.events) / ingest_seconds;
  std::printf("store: ingested %lld events (%lld articles, %lld groups) in %.1f s: %.0f events/s "
              "(target 200000: %s); database %.0f MB\n",
              static_cast<long long>(totals.events), static_cast<long long>(totals.articles),
              static_cast<long long>(totals.groups), ingest_seconds, rate,
              rate >= 200000 ? "met" : "NOT met", mb);
  store.reset();

  // Queries on a freshly opened store (as `entente dyad` would).
  StoreOptions options;
  options.must_exist = true;
  if (!(s = Store::Open(db, options, &store)).ok()) return Fail(s);
  DyadQuery q;
  q.dyad = {"RUS", "CHN", false};
  q.by = Period::kMonth;
  q.from = first;
  q.to = last;
  std::vector<double> ms;
  DyadReport report;
  for (int i = 0; i < queries; ++i) {
    const auto a = Clock::now();
    if (!(s = BuildDyadReport(store.get(), q, &report)).ok()) return Fail(s);
    ms.push_back(Seconds(a, Clock::now()) * 1000);
  }
  const double first_ms = ms.front();
  std::sort(ms.begin(), ms.end());
  int64_t dyad_events = 0;
  for (const PeriodStats& p : report.series) dyad_events += p.events;
  std::printf("store: dyad RUS<->CHN by month over 10 years (%zu periods, %lld events, %zu change "
              "points): median %.1f ms (target < 100: %s), first %.1f ms, max %.1f ms (%d runs)\n",
              report.series.size(), static_cast<long long>(dyad_events),
              report.change_points.size(), ms[ms.size() / 2], ms[ms.size() / 2] < 100 ? "met" : "NOT met",
              first_ms, ms.back(), queries);
  return 0;
}
