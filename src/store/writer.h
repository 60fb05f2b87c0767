// Writer: writes the store's batches on a thread of its own, so that SQLite
// writing one batch overlaps the grouping and counting that build the next.
//
//   Writer writer;
//   Status s = writer.Start(&db);        // prepares the INSERTs, starts the thread
//   s = writer.Submit(&batch);           // waits for the batch before, returns
//                                        // its error; *batch comes back empty
//   s = writer.Wait();                   // everything submitted is durable
//
// A Batch is everything added between two Store::Commit()s, as rows ready
// to bind. Its strings live back to back in one buffer (`text`) and rows
// refer to them by offset, so building a batch allocates almost nothing and
// handing it over copies nothing. The writer writes one batch as one
// transaction: articles, events, group inserts and updates, the day and
// month counts, new dyads, the totals in meta, then COMMIT. A failed batch is rolled back in
// full; the writer then refuses every later one with the same error.
//
// Threads: Submit and Wait are called by one thread (the Store's user).
// While a batch is being written the writer thread owns the Db given to
// Start; the caller may use that Db only after Wait returns.
#ifndef ENTENTE_STORE_WRITER_H_
#define ENTENTE_STORE_WRITER_H_

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "entente/date.h"
#include "store/sqlite.h"

namespace entente::store {

// The current time in UTC, YYYY-MM-DDTHH:MM:SSZ.
std::string UtcNow();

// A string inside Batch::text.
struct TextRef {
  size_t offset = 0, size = 0;
};

// Counts added to one dyad_days or dyad_months row.
struct DayDelta {
  int64_t groups = 0, mentions = 0;
  double goldstein_groups = 0, goldstein_mentions = 0;
};

struct Batch {
  struct Article {
    int64_t id = 0;
    Day date = kNoDate;
    TextRef doc, publisher, url, content_hash, metadata, dictionary, ingested, sentences;
    int64_t events = 0;
  };
  struct EventRow {
    int64_t id = 0, article = 0, group = 0;
    int sentence = 0;
    Day date = kNoDate;
    TextRef source, target, code, root, source_text, target_text, verb_text;
    int quad = 0;
    bool known = false;  // the code is in the codebook: goldstein is set
    double goldstein = 0;
    bool negated = false, hypothetical = false;
  };
  struct Group {
    bool insert = true;  // false: an update of the counts of a stored group
    int64_t id = 0;
    TextRef source, target, root, code, publishers;
    bool factual = true;
    Day window = kNoDate, date = kNoDate;
    int quad = 0;
    double goldstein = 0;
    int64_t mentions = 0, articles = 0, sources = 0, first_event = 0;
  };
  struct Count {
    TextRef source, target;
    Day day = 0;
    int quad = 0, factual = 0;
    DayDelta delta;
  };

  std::string text;
  std::vector<Article> articles;
  std::vector<EventRow> events;
  std::vector<Group> groups;
  std::vector<Count> days, months;
  std::vector<std::pair<TextRef, TextRef>> dyads;
  int64_t sentences = 0;  // in `articles`, for the totals in meta

  TextRef Put(std::string_view s) {
    TextRef t{text.size(), s.size()};
    text.append(s);
    return t;
  }
  std::string_view Get(TextRef t) const { return std::string_view(text).substr(t.offset, t.size); }
  bool empty() const { return articles.empty() && groups.empty(); }
  // Empties the batch, keeping its capacity for the next one.
  void Clear();
};

class Writer {
 public:
  Writer() = default;
  ~Writer();  // finishes the batch being written, then stops the thread
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  Status Start(Db* db);
  // Waits for the batch before, then hands *batch to the thread and gives
  // back in *batch an empty one. Returns the error of any earlier batch
  // (then *batch is not written and is left as it was).
  Status Submit(std::unique_ptr<Batch>* batch);
  // Waits until every submitted batch is written; returns the first error.
  Status Wait();

 private:
  void Run();
  Status Write(const Batch& b);
  Status DictionaryId(std::string_view version, int64_t* id);
  Status WriteCounts(const Batch& b, const std::vector<Batch::Count>& rows, Stmt* upsert);

  Db* db_ = nullptr;
  Stmt insert_article_, insert_event_, insert_group_, update_group_, upsert_day_, upsert_month_,
      insert_dyad_, find_dictionary_, insert_dictionary_, add_total_;
  std::unordered_map<std::string, int64_t> dictionaries_;

  std::mutex mu_;
  std::condition_variable cv_;
  std::unique_ptr<Batch> writing_;  // set: the thread has a batch to write
  std::unique_ptr<Batch> spare_;    // the last batch written, emptied
  Status error_;                    // of the first batch that failed
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace entente::store

#endif  // ENTENTE_STORE_WRITER_H_
