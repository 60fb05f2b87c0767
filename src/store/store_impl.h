// SqliteStore: the Store over SQLite. Building batches lives in store.cc,
// writing them in writer.cc, reading in store_query.cc.
//
// Write path: Add() files one article, its sentences and its events into
// the open Batch, and per event finds its group (by key in groups_, else in
// the database, else created in memory with the next id) and adds to the
// in-memory deltas of the group's counts and the dyad's day and month.
// Commit() adds the changed groups (one row per group per commit) and the
// deltas to the batch and hands it to the Writer, whose thread writes it as
// one transaction while the next batch is built. Ids of articles, events
// and groups are given here, so nothing waits for the database.
//
// Two connections: db_ belongs to the writer; read_ serves Contains, group
// lookups and every query. A key missing from groups_ was never created or
// is in a committed batch: groups_ is emptied only once the writer is idle.
#ifndef ENTENTE_STORE_STORE_IMPL_H_
#define ENTENTE_STORE_STORE_IMPL_H_

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entente/codebook.h"
#include "entente/store.h"
#include "store/sqlite.h"
#include "store/writer.h"

namespace entente::store {

// Small integers for the strings the write path hashes and compares over
// and over (actor codes, publishers), so group keys are 16 bytes.
class Interner {
 public:
  int32_t Id(std::string_view name);
  const std::string& Name(int32_t id) const { return names_[static_cast<size_t>(id)]; }
  void Clear() {
    ids_.clear();
    names_.clear();
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> names_;
};

struct GroupKey {
  int32_t source = 0, target = 0;  // Interner ids
  Day window = 0;
  int16_t root = -1;               // CAMEO root as a number; -1 for none
  bool factual = true;
  bool operator==(const GroupKey&) const = default;
};
struct GroupKeyHash {
  size_t operator()(const GroupKey& k) const;
};

struct GroupState {
  const GroupKey* key = nullptr;  // points at the map's key
  bool in_db = false;             // false: inserted at the next Commit
  int32_t code = 0;               // of the first event (codes_ id)
  int quad = 0;
  double goldstein = 0;
  int64_t id = 0;
  Day date = kNoDate;          // earliest event date
  int64_t mentions = 0, articles = 0, sources = 0;
  int64_t first_event = 0;
  int64_t last_article = 0;    // the article that last added a mention
  // Distinct publishers (publishers_ ids): the first inline, since most
  // groups have one, the others in `more`.
  int32_t publisher = -1;
  std::vector<int32_t> more_publishers;
  bool HasPublisher(int32_t p) const;
  void AddPublisher(int32_t p);
  bool dirty = false;
};

// Key of one dyad_days row.
struct DayKey {
  int32_t source = 0, target = 0;
  Day day = 0;
  int8_t quad = 0, factual = 0;
  bool operator==(const DayKey&) const = default;
  auto operator<=>(const DayKey&) const = default;
};
struct DayKeyHash {
  size_t operator()(const DayKey& k) const;
};

class SqliteStore final : public Store {
 public:
  SqliteStore() = default;
  ~SqliteStore() override;
  Status Init(const std::string& path, const StoreOptions& options);

  int group_window_days() const override { return window_; }
  Status Contains(std::string_view doc, std::string_view content_hash, bool* present) override;
  Status Add(const StoredArticle& article, std::span<const std::string_view> sentences,
             std::span<const Event> events, std::string_view dictionary_version) override;
  Status Commit() override;
  Status Flush() override;

  Status DailyCounts(const DyadSelector& dyad, Day from, Day to, CountBy by,
                     std::vector<DailyCount>* out, bool with_modal, bool whole_months) override;
  Status Evidence(const DyadSelector& dyad, Day from, Day to, EvidenceOrder order, size_t limit,
                  std::vector<EvidenceEvent>* out) override;
  Status Initiative(const DyadSelector& dyad, Day from, Day to, CountBy by, int64_t* a_to_b,
                    int64_t* b_to_a) override;
  Status Export(const ExportFilter& filter,
                const std::function<void(const ExportRecord&)>& row) override;
  Status GetTotals(Totals* out) override;
  Status GroupReports(int64_t group, std::vector<StoredReport>* out) override;

 private:
  Status Prepare();
  Status ReadNextIds();
  Status Fail(Status s);  // drops the open batch and the caches, returns s
  Status FindGroup(const GroupKey& key, GroupState** out, bool* created);
  // Reads the group with this key from the database into *state.
  Status LoadGroup(const GroupKey& key, GroupState* state, bool* found);
  void PutGroups();  // the changed groups into batch_
  using DayDeltas = std::unordered_map<DayKey, DayDelta, DayKeyHash>;
  void PutCounts(DayDeltas* deltas, std::vector<Batch::Count>* out);  // then clears *deltas
  // Every query starts here. Queries read what is committed: they wait for
  // the batch being written (a write error is for Commit and Flush to
  // report). The first widens the reader's memory map.
  void StartQuery();
  // The (source, target) pairs a selector covers, from the dyads table.
  Status Pairs(const DyadSelector& dyad, std::vector<std::pair<std::string, std::string>>* out);
  // The first and last value of `column` in `table` (kNoDate: empty); the
  // column leads the table's key, so this is two seeks.
  Status DayBounds(const char* table, const char* column, Day* first, Day* last);

  Db db_;    // the writer's
  Db read_;  // everything else
  int window_ = 1;
  bool broken_ = false;
  bool wide_map_ = false;  // the reader maps up to 16 GB (after the first query)
  std::unordered_map<GroupKey, GroupState*, GroupKeyHash> groups_;
  std::deque<GroupState> group_pool_;  // owns the states groups_ points at
  std::vector<GroupState*> dirty_;  // groups changed since the last Commit
  int64_t next_group_id_ = 0;       // ids are given here, rows written by the writer
  int64_t next_event_id_ = 0;
  int64_t next_article_id_ = 0;
  std::unique_ptr<Batch> batch_;    // the batch being built
  // Doc ids and content hashes of the batch being built and of the one
  // being written, for Contains.
  std::unordered_set<std::string> docs_, hashes_, writing_docs_, writing_hashes_;
  // Latest window of any group in the database that may be missing from
  // groups_ (kNoDate: none). A key in a later window that groups_ lacks is
  // new without asking the database: news mostly arrives in date order.
  Day db_max_window_ = kNoDate;
  Day session_max_window_ = kNoDate;  // latest window of a group created since
  std::unordered_map<DayKey, DayDelta, DayKeyHash> day_deltas_, month_deltas_;
  std::unordered_set<int64_t> known_dyads_;               // source << 32 | target
  std::vector<std::pair<int32_t, int32_t>> new_dyads_;
  Interner actors_, publishers_, codes_;
  std::string publishers_scratch_;

  Stmt contains_, find_group_;  // on read_
  Writer writer_;  // last: destroyed first, finishing its batch
};

}  // namespace entente::store

#endif  // ENTENTE_STORE_STORE_IMPL_H_
