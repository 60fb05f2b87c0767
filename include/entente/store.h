// Store: coded articles and events in an embedded SQLite database.
//
//   std::unique_ptr<entente::Store> store;
//   entente::Status s = entente::Store::Open("entente.db", {}, &store);
//   if (!s.ok()) return s;              // "entente.db: file is not a database"
//   bool present = false;
//   store->Contains(article.doc, article.content_hash, &present);
//   if (!present) store->Add(article, sentences, events, "dict-0123...");
//   store->Commit();                    // one transaction, written in the background
//   store->Flush();                     // durable from here on
//
//   std::vector<entente::DailyCount> days;
//   store->DailyCounts({"RUS", "CHN", false}, entente::kNoDate, entente::kNoDate,
//                      entente::CountBy::kGroups, &days);
//   // -> one row per (day, quad class): events and their Goldstein sum,
//   //    both directions, every actor code starting RUS and CHN
//
// The schema (docs/formats/store.md) keeps articles (doc id, date,
// publisher, url, content hash, metadata, dictionary version), every
// sentence, and every event with its evidence: article, sentence index and
// the words matched for source, target and verb.
//
// One real event, many reports: events with the same source, target, CAMEO
// root and factuality (negated/hypothetical or not) whose dates fall in the
// same window of `group_window_days` days (consecutive windows counted from
// 1970-01-01; the default, 1, is the calendar day) form one group, which
// counts its mentions (events), articles and sources (distinct publishers),
// as GDELT's NumMentions, NumArticles, NumSources. The rule depends only on
// the events, never on the order they arrive in, so ingesting the same
// articles in any order, in one run or in several, gives the same groups.
//
// Transactions: everything Add()ed between two Commit()s is one SQLite
// transaction (the database runs in WAL mode). Commit hands it to a writer
// thread and returns, so coding and grouping the next batch overlaps
// writing this one; Flush waits until every committed batch is written,
// and so does destroying the Store. A process killed at any point leaves
// the database as it was after some Commit's transaction (all of it or
// none); Contains() then says which articles still need coding. Added but
// not committed articles are dropped when the Store is destroyed. Queries
// see what has been committed (they wait for the writer first).
//
// Errors: every method returns a Status; SQLite's message and the file name
// are in it ("entente.db: database or disk is full"). A failed write rolls
// back its whole transaction; its error is returned by the next Commit or
// Flush, and the Store must not be used for writing again (open a new one
// to resume).
//
// Thread safety: a Store is used by one thread at a time (its writer thread
// is its own business). Several processes
// may read while one writes (WAL); a second writer waits up to 10 s, then
// gets an error.
#ifndef ENTENTE_STORE_H_
#define ENTENTE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entente/analytics.h"
#include "entente/date.h"
#include "entente/event.h"
#include "entente/export.h"
#include "entente/status.h"

namespace entente {

// The schema version this build writes; docs/formats/store.md lists them.
inline constexpr int kStoreSchemaVersion = 2;

struct StoreOptions {
  // Window for grouping reports of one event. Only used when the database
  // is created; an existing database keeps the window it was created with.
  int group_window_days = 1;
  // Open an existing database only (Open fails with NotFound otherwise).
  bool must_exist = false;
};

struct StoredArticle {
  std::string doc;           // the input's article id; unique in the store
  Day date = kNoDate;
  std::string publisher;     // "" when the input has none
  std::string url;           // "" when the input has none
  std::string metadata;      // the input's other fields as a JSON object
  std::string content_hash;  // ContentHash() of the article's text
};

// 32 hex digits identifying an article's text (two 64-bit FNV-1a variants).
std::string ContentHash(std::string_view text);

// Which events a query covers: source codes starting with `a` and target
// codes starting with `b`, and unless `directed`, also b... -> a... .
struct DyadSelector {
  std::string a, b;
  bool directed = false;
};

// Counting: one per group (one real event), or one per report.
enum class CountBy { kGroups, kMentions };

// One event with its evidence, for change points and briefs.
struct EvidenceEvent {
  int64_t event_id = 0, group_id = 0;
  Day date = kNoDate;
  std::string source, target, code;
  double goldstein = 0;
  int quad = 0;
  std::string doc, publisher;
  int sentence = 0;
  std::string text;          // the sentence
  int64_t mentions = 1;      // of its group
};

enum class EvidenceOrder { kMostCooperative, kMostConflictual, kLatest };

class Store {
 public:
  // Opens or creates the database at `path` and brings its schema to
  // kStoreSchemaVersion (migrations run in one transaction). A database
  // written by a newer entente is refused (InvalidArgument); a file that is
  // not an SQLite database is Corruption.
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* out);
  virtual ~Store() = default;

  virtual int group_window_days() const = 0;

  // ---- writing ----
  // *present is true when an article with this doc id or this content hash
  // is stored (committed, or added since the last Commit).
  virtual Status Contains(std::string_view doc, std::string_view content_hash, bool* present) = 0;
  // Adds one article, its sentences (index = position) and its events
  // (Event::sentence indexes `sentences`; Event::doc is ignored), coded with
  // dictionaries `dictionary_version`. REQUIRES: !Contains(article).
  virtual Status Add(const StoredArticle& article, std::span<const std::string_view> sentences,
                     std::span<const Event> events, std::string_view dictionary_version) = 0;
  // Ends the transaction holding everything added since the last Commit;
  // it is written in the background. Waits for the transaction before, and
  // returns its error if it failed.
  virtual Status Commit() = 0;
  // Waits until every committed transaction is written and durable; returns
  // the error of one that failed.
  virtual Status Flush() = 0;

  // ---- reading ----
  // Per day and quad class, the events of the dyad (factual ones only,
  // unless `with_modal`: negated and hypothetical too) with their Goldstein
  // sum; groups count once, on their window's first day. Days outside
  // [from, to] (kNoDate: open) are left out. Sorted by day, then quad.
  // With `whole_months`, the calendar months wholly inside [from, to] come
  // as one row per quad dated the month's first day (from pre-aggregated
  // monthly counts: much faster over years), the partial months at either
  // end day by day. Callers that fold rows into months or longer periods
  // get the same series either way.
  virtual Status DailyCounts(const DyadSelector& dyad, Day from, Day to, CountBy by,
                             std::vector<DailyCount>* out, bool with_modal = false,
                             bool whole_months = false) = 0;
  // Up to `limit` factual events of the dyad dated in [from, to], one per
  // group, in `order`.
  virtual Status Evidence(const DyadSelector& dyad, Day from, Day to, EvidenceOrder order,
                          size_t limit, std::vector<EvidenceEvent>* out) = 0;
  // Events initiated by each side over [from, to]: *a_to_b counts a...->b...,
  // *b_to_a the reverse (factual, counted as `by`).
  virtual Status Initiative(const DyadSelector& dyad, Day from, Day to, CountBy by,
                            int64_t* a_to_b, int64_t* b_to_a) = 0;

  struct ExportFilter {
    Day from = kNoDate, to = kNoDate;
    std::string actor;         // source or target starts with it; "" = all
    bool with_modal = false;   // negated and hypothetical events too
    bool one_per_group = false;  // the group's first event, with the group's counts
  };
  // Calls `row` for every matching event in (date, event id) order.
  virtual Status Export(const ExportFilter& filter,
                        const std::function<void(const ExportRecord&)>& row) = 0;

  // One article with its sentences and every event coded from it.
  struct StoredReport {
    std::string doc, publisher;
    Day date = kNoDate;
    std::vector<std::string> sentences;
    std::vector<Event> events;  // doc, sentence, text and the codes filled
  };
  // The articles that report group `group` (one real event), in article
  // order. NotFound when there is no such group. Scans the events table
  // (it has no index by group, for ingest speed): about a second per
  // ten million events.
  virtual Status GroupReports(int64_t group, std::vector<StoredReport>* out) = 0;

  struct Totals {
    int64_t articles = 0, sentences = 0, events = 0, groups = 0;
  };
  virtual Status GetTotals(Totals* out) = 0;
};

}  // namespace entente

#endif  // ENTENTE_STORE_H_
