// SqliteStore: the Store over SQLite. Writing lives in store.cc, reading in
// store_query.cc.
//
// Write path, per Add(): one articles row, its sentences, then per event
// its group (looked up by key in groups_, else in the database, else
// created in memory with the next id), one events row, and in-memory deltas
// for the group's counts and the dyad's day. Commit() inserts the new
// groups and updates the changed ones (one write per group per commit),
// adds the day deltas and the new dyads, then commits. The caches mirror the database exactly after a
// Commit; after a failed write they are dropped with the transaction.
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
struct DayDelta {
  int64_t groups = 0, mentions = 0;
  double goldstein_groups = 0, goldstein_mentions = 0;
};

// One events row waiting for its INSERT.
struct EventRow {
  const Event* event;
  std::string_view root;
  int quad;
  const CameoInfo* info;  // nullptr for an unknown code
  int64_t group, id;
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
  Status Begin();
  Status ReadNextGroupId();
  Status Fail(Status s);  // rolls back, drops the caches, returns s
  Status DictionaryId(std::string_view version, int64_t* id);
  Status FindGroup(const GroupKey& key, GroupState** out, bool* created);
  // Reads the group with this key from the database into *state.
  Status LoadGroup(const GroupKey& key, GroupState* state, bool* found);
  Status WriteGroups();
  Status InsertEvents(int64_t article_id);  // rows_, then clears it
  static void BindEvent(Stmt* st, int first, int64_t article_id, const EventRow& r);
  using DayDeltas = std::unordered_map<DayKey, DayDelta, DayKeyHash>;
  Status WriteDays(DayDeltas* deltas, Stmt* upsert);  // then clears *deltas
  // The (source, target) pairs a selector covers, from the dyads table.
  Status Pairs(const DyadSelector& dyad, std::vector<std::pair<std::string, std::string>>* out);

  Db db_;
  int window_ = 1;
  bool broken_ = false;
  std::unordered_map<std::string, int64_t> dictionaries_;
  std::unordered_map<GroupKey, GroupState*, GroupKeyHash> groups_;
  std::deque<GroupState> group_pool_;  // owns the states groups_ points at
  std::vector<GroupState*> dirty_;  // groups changed since the last Commit
  int64_t next_group_id_ = 0;       // ids are given here, rows written at Commit
  int64_t next_event_id_ = 0;
  std::vector<EventRow> rows_;      // the events of the article being added
  // Latest window of any group in the database that may be missing from
  // groups_ (kNoDate: none). A key in a later window that groups_ lacks is
  // new without asking the database: news mostly arrives in date order.
  Day db_max_window_ = kNoDate;
  Day session_max_window_ = kNoDate;  // latest window of a group created since
  std::unordered_map<DayKey, DayDelta, DayKeyHash> day_deltas_, month_deltas_;
  std::unordered_set<int64_t> known_dyads_;               // source << 32 | target
  std::vector<std::pair<int32_t, int32_t>> new_dyads_;
  Interner actors_, publishers_, codes_;
  std::string sentences_json_;  // scratch for Add

  Stmt contains_, insert_article_, insert_event_, find_group_,
      insert_group_, update_group_, upsert_day_, upsert_month_,
      insert_dyad_, find_dictionary_, insert_dictionary_;
};

}  // namespace entente::store

#endif  // ENTENTE_STORE_STORE_IMPL_H_
