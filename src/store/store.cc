// Store::Open and the building of batches (store_impl.h explains the
// write path).
#include <algorithm>
#include <tuple>

#include "entente/codebook.h"
#include "output/json_escape.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace entente {

std::string ContentHash(std::string_view text) {
  // Two FNV-1a passes with different offset bases: 128 bits, so distinct
  // articles practically never collide; stable across machines and builds.
  uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
  for (unsigned char c : text) {
    a = (a ^ c) * 0x100000001b3ULL;
    b = (b ^ c) * 0x100000001b3ULL;
    b ^= b >> 31;
  }
  char out[33];
  std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return out;
}

Status Store::Open(const std::string& path, const StoreOptions& options,
                   std::unique_ptr<Store>* out) {
  if (options.group_window_days < 1) {
    return Status::InvalidArgument("group window must be at least 1 day");
  }
  auto store = std::make_unique<store::SqliteStore>();
  Status s = store->Init(path, options);
  if (!s.ok()) return s;
  *out = std::move(store);
  return Status::Ok();
}

namespace store {
namespace {

// First day of the window holding `d` (windows of `w` days from day 0).
Day WindowStart(Day d, int w) {
  if (d == kNoDate) return kNoDate;
  const Day q = d >= 0 ? d / w : -((-d + w - 1) / w);
  return q * w;
}

}  // namespace

namespace {

uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

// "04" -> 4; "" (no root) -> -1.
int16_t RootNumber(std::string_view root) {
  return root.size() == 2 ? static_cast<int16_t>((root[0] - '0') * 10 + (root[1] - '0')) : -1;
}

Day MonthStart(Day d) {
  int y, m, dd;
  CivilFromDay(d, &y, &m, &dd);
  return DayFromCivil(y, m, 1);
}

std::string RootText(int16_t root) {
  if (root < 0) return std::string();
  return std::string{static_cast<char>('0' + root / 10), static_cast<char>('0' + root % 10)};
}

}  // namespace

bool GroupState::HasPublisher(int32_t p) const {
  return publisher == p ||
         std::find(more_publishers.begin(), more_publishers.end(), p) != more_publishers.end();
}

void GroupState::AddPublisher(int32_t p) {
  if (publisher < 0) {
    publisher = p;
  } else {
    more_publishers.push_back(p);
  }
}

int32_t Interner::Id(std::string_view name) {
  auto it = ids_.find(name);
  if (it != ids_.end()) return it->second;
  const int32_t id = static_cast<int32_t>(names_.size());
  names_.emplace_back(name);
  ids_.emplace(std::string(name), id);
  return id;
}

size_t GroupKeyHash::operator()(const GroupKey& k) const {
  const uint64_t a = (static_cast<uint64_t>(static_cast<uint32_t>(k.source)) << 32) |
                     static_cast<uint32_t>(k.target);
  const uint64_t b = (static_cast<uint64_t>(static_cast<uint32_t>(k.window)) << 32) |
                     (static_cast<uint32_t>(static_cast<uint16_t>(k.root)) << 1) | (k.factual ? 1 : 0);
  return Mix64(a ^ Mix64(b));
}

size_t DayKeyHash::operator()(const DayKey& k) const {
  const uint64_t a = (static_cast<uint64_t>(static_cast<uint32_t>(k.source)) << 32) |
                     static_cast<uint32_t>(k.target);
  const uint64_t b = (static_cast<uint64_t>(static_cast<uint32_t>(k.day)) << 16) |
                     (static_cast<uint64_t>(static_cast<uint8_t>(k.quad)) << 8) |
                     static_cast<uint8_t>(k.factual);
  return Mix64(a ^ Mix64(b));
}

SqliteStore::~SqliteStore() = default;

Status SqliteStore::Init(const std::string& path, const StoreOptions& options) {
  Status s = db_.Open(path, options.must_exist);
  if (!s.ok()) return s;
  // WAL: readers never block the writer; synchronous=NORMAL is durable at
  // every checkpoint and never corrupts (a power cut may lose the last
  // commits, which a re-run restores). Pages of 16 KiB (new databases
  // only): the tables grow at their ends, and bigger pages mean fewer
  // splits and WAL frames. 10M-event ingest measured 4 KiB 219k events/s,
  // 16 KiB 250k, 64 KiB 258k; 16 KiB wastes less on small commits.
  s = db_.Exec("PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
               "PRAGMA foreign_keys=OFF; PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY;"
               "PRAGMA mmap_size=268435456;");
  if (!s.ok()) return s;
  s = Migrate(&db_, options.group_window_days, &window_);
  if (!s.ok()) return s;
  // Checkpoint when the WAL holds 256 MiB, whatever the page size.
  Stmt page;
  bool row = false;
  if (!(s = db_.Prepare("PRAGMA page_size", &page)).ok() || !(s = page.Step(&row)).ok()) return s;
  const int64_t page_size = row && page.Int(0) > 0 ? page.Int(0) : 4096;
  const std::string checkpoint =
      "PRAGMA wal_autocheckpoint=" + std::to_string((int64_t{256} << 20) / page_size);
  if (!(s = db_.Exec(checkpoint.c_str())).ok()) return s;

  if (!(s = read_.Open(path, true)).ok()) return s;
  // 256 MB until the first query widens it (StartQuery).
  s = read_.Exec("PRAGMA foreign_keys=OFF; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;"
                 "PRAGMA mmap_size=268435456;");
  if (!s.ok()) return s;
  if (!(s = ReadNextIds()).ok()) return s;
  if (!(s = Prepare()).ok()) return s;
  batch_ = std::make_unique<Batch>();
  return writer_.Start(&db_);
}

Status SqliteStore::ReadNextIds() {
  Stmt st;
  Status s = read_.Prepare(
      "SELECT (SELECT coalesce(max(id), 0) + 1 FROM event_groups), "
      "(SELECT max(window) FROM event_groups), (SELECT coalesce(max(id), 0) + 1 FROM events), "
      "(SELECT coalesce(max(id), 0) + 1 FROM articles)",
      &st);
  bool row = false;
  if (s.ok()) s = st.Step(&row);
  if (s.ok()) {
    next_group_id_ = st.Int(0);
    db_max_window_ = st.IsNull(1) ? kNoDate : static_cast<Day>(st.Int(1));
    next_event_id_ = st.Int(2);
    next_article_id_ = st.Int(3);
  }
  return s;
}

Status SqliteStore::Prepare() {
  const std::pair<Stmt*, const char*> statements[] = {
      {&contains_,
       "SELECT EXISTS(SELECT 1 FROM articles WHERE doc = ?1) OR "
       "EXISTS(SELECT 1 FROM articles WHERE content_hash = ?2)"},
      {&find_group_,
       "SELECT id, date, mentions, articles, sources, first_event, publishers FROM event_groups "
       "WHERE window = ?3 AND source = ?1 AND target = ?2 AND root = ?4 AND factual = ?5"},
  };
  for (const auto& [stmt, sql] : statements) {
    Status s = read_.Prepare(sql, stmt);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status SqliteStore::Fail(Status s) {
  broken_ = true;
  batch_->Clear();
  groups_.clear();
  group_pool_.clear();
  dirty_.clear();
  day_deltas_.clear();
  month_deltas_.clear();
  new_dyads_.clear();
  known_dyads_.clear();
  docs_.clear();
  hashes_.clear();
  return s;
}

Status SqliteStore::Contains(std::string_view doc, std::string_view content_hash, bool* present) {
  const std::string d(doc), h(content_hash);
  if (docs_.count(d) || hashes_.count(h) || writing_docs_.count(d) || writing_hashes_.count(h)) {
    *present = true;
    return Status::Ok();
  }
  contains_.Bind(1, doc);
  contains_.Bind(2, content_hash);
  bool row = false;
  Status s = contains_.Step(&row);
  *present = s.ok() && row && contains_.Int(0) != 0;
  contains_.Reset();
  return s;
}

Status SqliteStore::FindGroup(const GroupKey& key, GroupState** out, bool* created) {
  *created = false;
  auto it = groups_.find(key);
  if (it != groups_.end()) {
    *out = it->second;
    return Status::Ok();
  }
  GroupState* state = &group_pool_.emplace_back();
  bool row = false;
  Status s;
  if (key.window == kNoDate || (db_max_window_ != kNoDate && key.window <= db_max_window_)) {
    s = LoadGroup(key, state, &row);
    if (!s.ok()) return s;
  }
  if (!row) {
    state->id = next_group_id_++;
    session_max_window_ = std::max(session_max_window_, key.window);
    *created = true;
  }
  auto [pos, inserted] = groups_.emplace(key, state);
  state->key = &pos->first;
  *out = state;
  return Status::Ok();
}

Status SqliteStore::LoadGroup(const GroupKey& key, GroupState* state, bool* found) {
  const std::string root = RootText(key.root);
  find_group_.Bind(1, actors_.Name(key.source));
  find_group_.Bind(2, actors_.Name(key.target));
  find_group_.Bind(3, static_cast<int64_t>(key.window));
  find_group_.Bind(4, root);
  find_group_.Bind(5, key.factual ? 1 : 0);
  bool& row = *found;
  Status s = find_group_.Step(&row);
  if (s.ok() && row) {
    state->in_db = true;
    state->id = find_group_.Int(0);
    state->date = find_group_.IsNull(1) ? kNoDate : static_cast<Day>(find_group_.Int(1));
    state->mentions = find_group_.Int(2);
    state->articles = find_group_.Int(3);
    state->sources = find_group_.Int(4);
    state->first_event = find_group_.Int(5);
    std::string_view list = find_group_.Text(6);
    for (size_t end; (end = list.find('\x1f')) != std::string_view::npos; list.remove_prefix(end + 1)) {
      state->AddPublisher(publishers_.Id(list.substr(0, end)));
    }
  }
  find_group_.Reset();
  return s;
}

Status SqliteStore::Add(const StoredArticle& article, std::span<const std::string_view> sentences,
                        std::span<const Event> events, std::string_view dictionary_version) {
  if (broken_) return Status::InvalidArgument(db_.name() + ": an earlier write failed; reopen the store");
  Batch& b = *batch_;
  const int64_t article_id = next_article_id_++;
  Batch::Article& a = b.articles.emplace_back();
  a.id = article_id;
  a.date = article.date;
  a.doc = b.Put(article.doc);
  a.publisher = b.Put(article.publisher);
  a.url = b.Put(article.url);
  a.content_hash = b.Put(article.content_hash);
  a.metadata = b.Put(article.metadata.empty() ? std::string_view("{}") : std::string_view(article.metadata));
  a.dictionary = b.Put(dictionary_version);
  a.ingested = b.Put(UtcNow());
  a.sentences.offset = b.text.size();
  b.text += '[';
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) b.text += ',';
    AppendJsonString(sentences[i], &b.text);
  }
  b.text += ']';
  a.sentences.size = b.text.size() - a.sentences.offset;
  a.events = static_cast<int64_t>(events.size());
  b.sentences += static_cast<int64_t>(sentences.size());
  docs_.insert(article.doc);
  hashes_.insert(article.content_hash);

  GroupKey key;
  const int32_t publisher = publishers_.Id(article.publisher);
  for (const Event& e : events) {
    const CameoInfo* info = LookupCameo(e.code);
    const int quad = QuadClass(e.code);
    const double goldstein = info ? info->goldstein : 0.0;
    const std::string_view root = CameoRoot(e.code);
    key.source = actors_.Id(e.source);
    key.target = actors_.Id(e.target);
    key.root = RootNumber(root);
    key.factual = !e.negated && !e.hypothetical;
    key.window = WindowStart(e.date, window_);
    GroupState* g = nullptr;
    bool created = false;
    if (Status s = FindGroup(key, &g, &created); !s.ok()) return Fail(s);
    if (created) {
      g->code = codes_.Id(e.code);
      g->quad = quad;
      g->goldstein = goldstein;
      g->date = e.date;
    }

    const int64_t event_id = next_event_id_++;
    Batch::EventRow& r = b.events.emplace_back();
    r.id = event_id;
    r.article = article_id;
    r.group = g->id;
    r.sentence = e.sentence;
    r.date = e.date;
    r.source = b.Put(e.source);
    r.target = b.Put(e.target);
    r.code = b.Put(e.code);
    r.root = b.Put(root);
    r.quad = quad;
    r.known = info != nullptr;
    r.goldstein = goldstein;
    r.negated = e.negated;
    r.hypothetical = e.hypothetical;
    r.source_text = b.Put(e.source_text);
    r.target_text = b.Put(e.target_text);
    r.verb_text = b.Put(e.verb_text);

    if (!g->dirty) {
      g->dirty = true;
      dirty_.push_back(g);
    }
    if (g->first_event == 0) g->first_event = event_id;
    if (e.date != kNoDate && (g->date == kNoDate || e.date < g->date)) g->date = e.date;
    ++g->mentions;
    if (g->last_article != article_id) {
      g->last_article = article_id;
      ++g->articles;
    }
    if (!g->HasPublisher(publisher)) {
      g->AddPublisher(publisher);
      ++g->sources;
    }
    if (key.window != kNoDate) {
      DayKey day{key.source, key.target, key.window, static_cast<int8_t>(quad),
                 static_cast<int8_t>(key.factual)};
      DayKey month = day;
      month.day = MonthStart(key.window);
      for (DayDelta* d : {&day_deltas_[day], &month_deltas_[month]}) {
        if (created) {
          ++d->groups;
          d->goldstein_groups += goldstein;
        }
        ++d->mentions;
        d->goldstein_mentions += goldstein;
      }
    }
    const int64_t dyad = (static_cast<int64_t>(key.source) << 32) | static_cast<uint32_t>(key.target);
    if (known_dyads_.insert(dyad).second) new_dyads_.emplace_back(key.source, key.target);
  }
  return Status::Ok();
}

Status SqliteStore::Commit() {
  if (broken_) return Status::InvalidArgument(db_.name() + ": an earlier write failed; reopen the store");
  if (batch_->empty()) return Status::Ok();
  PutGroups();
  PutCounts(&day_deltas_, &batch_->days);
  PutCounts(&month_deltas_, &batch_->months);
  for (const auto& [source, target] : new_dyads_) {
    batch_->dyads.emplace_back(batch_->Put(actors_.Name(source)), batch_->Put(actors_.Name(target)));
  }
  new_dyads_.clear();
  // Waits for the batch before (so its docs are in the database now).
  if (Status s = writer_.Submit(&batch_); !s.ok()) return Fail(s);
  writing_docs_.swap(docs_);
  writing_hashes_.swap(hashes_);
  docs_.clear();
  hashes_.clear();
  // Bound memory on long ingests: once the database has every group, keys
  // up to the latest window written are looked up there.
  if (groups_.size() > (1u << 20)) {
    if (Status s = writer_.Wait(); !s.ok()) return Fail(s);
    groups_.clear();
    group_pool_.clear();
    if (session_max_window_ != kNoDate &&
        (db_max_window_ == kNoDate || session_max_window_ > db_max_window_)) {
      db_max_window_ = session_max_window_;
    }
  }
  return Status::Ok();
}

Status SqliteStore::Flush() {
  if (broken_) return Status::InvalidArgument(db_.name() + ": an earlier write failed; reopen the store");
  if (Status s = writer_.Wait(); !s.ok()) return Fail(s);
  writing_docs_.clear();
  writing_hashes_.clear();
  return Status::Ok();
}

void SqliteStore::PutGroups() {
  // In key order: neighbouring keys share index pages.
  std::sort(dirty_.begin(), dirty_.end(), [](const GroupState* x, const GroupState* y) {
    const GroupKey& a = *x->key;
    const GroupKey& b = *y->key;
    return std::tie(a.window, a.source, a.target, a.root, a.factual) <
           std::tie(b.window, b.source, b.target, b.root, b.factual);
  });
  Batch& b = *batch_;
  std::string& publishers = publishers_scratch_;
  for (GroupState* g : dirty_) {
    publishers.clear();
    if (g->publisher >= 0) {
      publishers += publishers_.Name(g->publisher);
      publishers += '\x1f';
    }
    for (int32_t p : g->more_publishers) {
      publishers += publishers_.Name(p);
      publishers += '\x1f';
    }
    Batch::Group& row = b.groups.emplace_back();
    row.insert = !g->in_db;
    row.id = g->id;
    row.date = g->date;
    row.mentions = g->mentions;
    row.articles = g->articles;
    row.sources = g->sources;
    row.first_event = g->first_event;
    row.publishers = b.Put(publishers);
    if (row.insert) {
      row.source = b.Put(actors_.Name(g->key->source));
      row.target = b.Put(actors_.Name(g->key->target));
      row.root = b.Put(RootText(g->key->root));
      row.code = b.Put(codes_.Name(g->code));
      row.factual = g->key->factual;
      row.window = g->key->window;
      row.quad = g->quad;
      row.goldstein = g->goldstein;
      g->in_db = true;
    }
    g->dirty = false;
  }
  dirty_.clear();
}

void SqliteStore::PutCounts(DayDeltas* deltas, std::vector<Batch::Count>* out) {
  // In key order: neighbouring keys share pages.
  std::vector<std::pair<DayKey, DayDelta>> rows(deltas->begin(), deltas->end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  Batch& b = *batch_;
  out->reserve(rows.size());
  for (const auto& [k, d] : rows) {
    Batch::Count& c = out->emplace_back();
    c.source = b.Put(actors_.Name(k.source));
    c.target = b.Put(actors_.Name(k.target));
    c.day = k.day;
    c.quad = k.quad;
    c.factual = k.factual;
    c.delta = d;
  }
  deltas->clear();
}

}  // namespace store
}  // namespace entente
