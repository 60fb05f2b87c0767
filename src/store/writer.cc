// The writer thread and the SQL of the write path (writer.h).
#include "store/writer.h"

#include <pthread.h>

#include <ctime>
#include <utility>

namespace entente::store {
namespace {

void BindDay(Stmt* st, int i, Day d) {
  if (d == kNoDate) {
    st->BindNull(i);
  } else {
    st->Bind(i, static_cast<int64_t>(d));
  }
}

std::string UpsertSql(const char* table) {
  return std::string("INSERT INTO ") + table +
         "(source, target, day, quad, factual, groups, mentions, "
         "goldstein_groups, goldstein_mentions) VALUES (?,?,?,?,?,?,?,?,?) "
         "ON CONFLICT(day, source, target, quad, factual) DO UPDATE SET "
         "groups = groups + excluded.groups, mentions = mentions + excluded.mentions, "
         "goldstein_groups = goldstein_groups + excluded.goldstein_groups, "
         "goldstein_mentions = goldstein_mentions + excluded.goldstein_mentions";
}

}  // namespace

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void Batch::Clear() {
  text.clear();
  articles.clear();
  events.clear();
  groups.clear();
  days.clear();
  months.clear();
  dyads.clear();
  sentences = 0;
}

Writer::~Writer() {
  if (!thread_.joinable()) return;
  {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [this] { return writing_ == nullptr; });
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

Status Writer::Start(Db* db) {
  db_ = db;
  const std::string upsert_day = UpsertSql("dyad_days"), upsert_month = UpsertSql("dyad_months");
  const std::pair<Stmt*, const char*> statements[] = {
      {&insert_article_,
       "INSERT INTO articles(id, doc, date, publisher, url, content_hash, metadata, dictionary, "
       "ingested, sentences, events) VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
      {&insert_event_,
       "INSERT INTO events(id, article, sentence, date, source, target, code, root, quad, "
       "goldstein, negated, hypothetical, source_text, target_text, verb_text, grp) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&insert_group_,
       "INSERT INTO event_groups(id, source, target, root, factual, window, date, code, quad, "
       "goldstein, mentions, articles, sources, first_event, publishers) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&update_group_,
       "UPDATE event_groups SET date = ?, mentions = ?, articles = ?, sources = ?, "
       "first_event = ?, publishers = ? WHERE id = ?"},
      {&upsert_day_, upsert_day.c_str()},
      {&upsert_month_, upsert_month.c_str()},
      {&insert_dyad_, "INSERT OR IGNORE INTO dyads(source, target) VALUES (?, ?)"},
      {&find_dictionary_, "SELECT id FROM dictionaries WHERE version = ?"},
      {&insert_dictionary_, "INSERT INTO dictionaries(version, first_used) VALUES (?, ?)"},
      {&add_total_, "UPDATE meta SET value = CAST(value AS INTEGER) + ?2 WHERE key = ?1"},
  };
  for (const auto& [stmt, sql] : statements) {
    Status s = db_->Prepare(sql, stmt);
    if (!s.ok()) return s;
  }
  spare_ = std::make_unique<Batch>();
  thread_ = std::thread([this] {
    pthread_setname_np(pthread_self(), "entente-writer");  // shown by top, perf, gdb
    Run();
  });
  return Status::Ok();
}

Status Writer::Submit(std::unique_ptr<Batch>* batch) {
  {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [this] { return writing_ == nullptr; });
    if (!error_.ok()) return error_;
    writing_ = std::move(*batch);
    *batch = std::move(spare_);
  }
  cv_.notify_all();
  return Status::Ok();
}

Status Writer::Wait() {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [this] { return writing_ == nullptr; });
  return error_;
}

void Writer::Run() {
  std::unique_lock lock(mu_);
  for (;;) {
    cv_.wait(lock, [this] { return stop_ || writing_ != nullptr; });
    if (writing_ == nullptr) return;  // stop_, nothing left to write
    lock.unlock();
    Status s = Write(*writing_);
    if (!s.ok() && db_->InTransaction()) db_->Exec("ROLLBACK");
    writing_->Clear();
    lock.lock();
    if (!s.ok() && error_.ok()) error_ = std::move(s);
    spare_ = std::move(writing_);
    cv_.notify_all();
  }
}

Status Writer::DictionaryId(std::string_view version, int64_t* id) {
  auto it = dictionaries_.find(std::string(version));
  if (it != dictionaries_.end()) {
    *id = it->second;
    return Status::Ok();
  }
  find_dictionary_.Bind(1, version);
  bool row = false;
  Status s = find_dictionary_.Step(&row);
  if (s.ok() && row) *id = find_dictionary_.Int(0);
  find_dictionary_.Reset();
  if (!s.ok()) return s;
  if (!row) {
    insert_dictionary_.Bind(1, version);
    insert_dictionary_.BindCopy(2, UtcNow());
    s = insert_dictionary_.Run();
    insert_dictionary_.Reset();
    if (!s.ok()) return s;
    *id = db_->LastInsertId();
  }
  return Status::Ok();
}

// Every statement binds all its parameters before each run, and Run()
// resets it: no Reset() (which also clears the bindings) in the loops.
Status Writer::Write(const Batch& b) {
  Status s = db_->Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  // Dictionary ids met in this batch; kept for later batches once committed
  // (a rolled-back batch takes a new dictionaries row with it).
  std::unordered_map<std::string_view, int64_t> batch_dictionaries;
  for (const Batch::Article& a : b.articles) {
    const std::string_view version = b.Get(a.dictionary);
    auto [it, added] = batch_dictionaries.emplace(version, 0);
    if (added && !(s = DictionaryId(version, &it->second)).ok()) return s;
    const int64_t dictionary = it->second;
    Stmt& st = insert_article_;
    st.Bind(1, a.id);
    st.Bind(2, b.Get(a.doc));
    BindDay(&st, 3, a.date);
    st.Bind(4, b.Get(a.publisher));
    st.Bind(5, b.Get(a.url));
    st.Bind(6, b.Get(a.content_hash));
    st.Bind(7, b.Get(a.metadata));
    st.Bind(8, dictionary);
    st.Bind(9, b.Get(a.ingested));
    st.Bind(10, b.Get(a.sentences));
    st.Bind(11, a.events);
    s = st.Run();
    if (!s.ok()) return s;
  }
  for (const Batch::EventRow& e : b.events) {
    Stmt& st = insert_event_;
    st.Bind(1, e.id);
    st.Bind(2, e.article);
    st.Bind(3, e.sentence);
    BindDay(&st, 4, e.date);
    st.Bind(5, b.Get(e.source));
    st.Bind(6, b.Get(e.target));
    st.Bind(7, b.Get(e.code));
    st.Bind(8, b.Get(e.root));
    st.Bind(9, e.quad);
    if (e.known) {
      st.Bind(10, e.goldstein);
    } else {
      st.BindNull(10);
    }
    st.Bind(11, e.negated ? 1 : 0);
    st.Bind(12, e.hypothetical ? 1 : 0);
    st.Bind(13, b.Get(e.source_text));
    st.Bind(14, b.Get(e.target_text));
    st.Bind(15, b.Get(e.verb_text));
    st.Bind(16, e.group);
    s = st.Run();
    if (!s.ok()) return s;
  }
  for (const Batch::Group& g : b.groups) {
    if (g.insert) {
      Stmt& st = insert_group_;
      st.Bind(1, g.id);
      st.Bind(2, b.Get(g.source));
      st.Bind(3, b.Get(g.target));
      st.Bind(4, b.Get(g.root));
      st.Bind(5, g.factual ? 1 : 0);
      st.Bind(6, static_cast<int64_t>(g.window));
      BindDay(&st, 7, g.date);
      st.Bind(8, b.Get(g.code));
      st.Bind(9, g.quad);
      st.Bind(10, g.goldstein);
      st.Bind(11, g.mentions);
      st.Bind(12, g.articles);
      st.Bind(13, g.sources);
      st.Bind(14, g.first_event);
      st.Bind(15, b.Get(g.publishers));
      s = st.Run();
    } else {
      Stmt& st = update_group_;
      BindDay(&st, 1, g.date);
      st.Bind(2, g.mentions);
      st.Bind(3, g.articles);
      st.Bind(4, g.sources);
      st.Bind(5, g.first_event);
      st.Bind(6, b.Get(g.publishers));
      st.Bind(7, g.id);
      s = st.Run();
    }
    if (!s.ok()) return s;
  }
  if (!(s = WriteCounts(b, b.days, &upsert_day_)).ok()) return s;
  if (!(s = WriteCounts(b, b.months, &upsert_month_)).ok()) return s;
  for (const auto& [source, target] : b.dyads) {
    insert_dyad_.Bind(1, b.Get(source));
    insert_dyad_.Bind(2, b.Get(target));
    s = insert_dyad_.Run();
    if (!s.ok()) return s;
  }
  int64_t new_groups = 0;
  for (const Batch::Group& g : b.groups) new_groups += g.insert;
  const std::pair<const char*, int64_t> totals[] = {
      {"articles", static_cast<int64_t>(b.articles.size())},
      {"sentences", b.sentences},
      {"events", static_cast<int64_t>(b.events.size())},
      {"groups", new_groups}};
  for (const auto& [key, n] : totals) {
    add_total_.Bind(1, key);
    add_total_.Bind(2, n);
    if (!(s = add_total_.Run()).ok()) return s;
  }
  if (!(s = db_->Exec("COMMIT")).ok()) return s;
  for (const auto& [version, id] : batch_dictionaries) dictionaries_.emplace(version, id);
  return Status::Ok();
}

Status Writer::WriteCounts(const Batch& b, const std::vector<Batch::Count>& rows, Stmt* upsert) {
  for (const Batch::Count& c : rows) {
    upsert->Bind(1, b.Get(c.source));
    upsert->Bind(2, b.Get(c.target));
    upsert->Bind(3, static_cast<int64_t>(c.day));
    upsert->Bind(4, c.quad);
    upsert->Bind(5, c.factual);
    upsert->Bind(6, c.delta.groups);
    upsert->Bind(7, c.delta.mentions);
    upsert->Bind(8, c.delta.goldstein_groups);
    upsert->Bind(9, c.delta.goldstein_mentions);
    Status s = upsert->Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace entente::store
