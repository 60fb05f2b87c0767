// Store::Open and the write path (store_impl.h explains the order).
#include <algorithm>
#include <cmath>
#include <ctime>
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

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void BindDay(Stmt* st, int i, Day d) {
  if (d == kNoDate) {
    st->BindNull(i);
  } else {
    st->Bind(i, static_cast<int64_t>(d));
  }
}

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

SqliteStore::~SqliteStore() {
  if (db_.InTransaction()) db_.Exec("ROLLBACK");
}

Status SqliteStore::Init(const std::string& path, const StoreOptions& options) {
  Status s = db_.Open(path, options.must_exist);
  if (!s.ok()) return s;
  // WAL: readers never block the writer; synchronous=NORMAL is durable at
  // every checkpoint and never corrupts (a power cut may lose the last
  // commits, which a re-run restores).
  s = db_.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"
               "PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=65536; PRAGMA mmap_size=268435456;");
  if (!s.ok()) return s;
  s = Migrate(&db_, options.group_window_days, &window_);
  if (!s.ok()) return s;
  s = ReadNextGroupId();
  if (!s.ok()) return s;
  return Prepare();
}

Status SqliteStore::ReadNextGroupId() {
  Stmt st;
  Status s = db_.Prepare("SELECT coalesce(max(id), 0) + 1, max(window) FROM event_groups", &st);
  bool row = false;
  if (s.ok()) s = st.Step(&row);
  if (s.ok()) {
    next_group_id_ = st.Int(0);
    db_max_window_ = st.IsNull(1) ? kNoDate : static_cast<Day>(st.Int(1));
  }
  Stmt events;
  if (s.ok()) s = db_.Prepare("SELECT coalesce(max(id), 0) + 1 FROM events", &events);
  if (s.ok()) s = events.Step(&row);
  if (s.ok()) next_event_id_ = events.Int(0);
  return s;
}

Status SqliteStore::Prepare() {
  auto upsert = [](const char* table) {
    return std::string("INSERT INTO ") + table +
           "(source, target, day, quad, factual, groups, mentions, "
           "goldstein_groups, goldstein_mentions) VALUES (?,?,?,?,?,?,?,?,?) "
           "ON CONFLICT(source, target, day, quad, factual) DO UPDATE SET "
           "groups = groups + excluded.groups, mentions = mentions + excluded.mentions, "
           "goldstein_groups = goldstein_groups + excluded.goldstein_groups, "
           "goldstein_mentions = goldstein_mentions + excluded.goldstein_mentions";
  };
  const std::string upsert_day_sql = upsert("dyad_days"), upsert_month_sql = upsert("dyad_months");
  const std::pair<Stmt*, const char*> statements[] = {
      {&contains_,
       "SELECT EXISTS(SELECT 1 FROM articles WHERE doc = ?1) OR "
       "EXISTS(SELECT 1 FROM articles WHERE content_hash = ?2)"},
      {&insert_article_,
       "INSERT INTO articles(doc, date, publisher, url, content_hash, metadata, dictionary, "
       "ingested, sentences, events) VALUES (?,?,?,?,?,?,?,?,?,?)"},
      {&insert_event_,
       "INSERT INTO events(id, article, sentence, date, source, target, code, root, quad, "
       "goldstein, negated, hypothetical, source_text, target_text, verb_text, grp) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&find_group_,
       "SELECT id, date, mentions, articles, sources, first_event, publishers FROM event_groups "
       "WHERE window = ?3 AND source = ?1 AND target = ?2 AND root = ?4 AND factual = ?5"},
      {&insert_group_,
       "INSERT INTO event_groups(id, source, target, root, factual, window, date, code, quad, "
       "goldstein, mentions, articles, sources, first_event, publishers) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&update_group_,
       "UPDATE event_groups SET date = ?, mentions = ?, articles = ?, sources = ?, "
       "first_event = ?, publishers = ? WHERE id = ?"},
      {&upsert_day_, upsert_day_sql.c_str()},
      {&upsert_month_, upsert_month_sql.c_str()},
      {&insert_dyad_, "INSERT OR IGNORE INTO dyads(source, target) VALUES (?, ?)"},
      {&find_dictionary_, "SELECT id FROM dictionaries WHERE version = ?"},
      {&insert_dictionary_, "INSERT INTO dictionaries(version, first_used) VALUES (?, ?)"},
  };
  for (const auto& [stmt, sql] : statements) {
    Status s = db_.Prepare(sql, stmt);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status SqliteStore::Begin() {
  if (broken_) return Status::InvalidArgument(db_.name() + ": an earlier write failed; reopen the store");
  if (db_.InTransaction()) return Status::Ok();
  return db_.Exec("BEGIN IMMEDIATE");
}

Status SqliteStore::Fail(Status s) {
  if (db_.InTransaction()) db_.Exec("ROLLBACK");
  broken_ = true;
  groups_.clear();
  group_pool_.clear();
  dirty_.clear();
  day_deltas_.clear();
  month_deltas_.clear();
  new_dyads_.clear();
  known_dyads_.clear();
  dictionaries_.clear();
  return s;
}

Status SqliteStore::Contains(std::string_view doc, std::string_view content_hash, bool* present) {
  contains_.Bind(1, doc);
  contains_.Bind(2, content_hash);
  bool row = false;
  Status s = contains_.Step(&row);
  *present = s.ok() && row && contains_.Int(0) != 0;
  contains_.Reset();
  return s;
}

Status SqliteStore::DictionaryId(std::string_view version, int64_t* id) {
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
    if (!(s = insert_dictionary_.Run()).ok()) return s;
    insert_dictionary_.Reset();
    *id = db_.LastInsertId();
  }
  dictionaries_.emplace(std::string(version), *id);
  return Status::Ok();
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
  Status s = Begin();
  if (!s.ok()) return s;
  int64_t dictionary = 0;
  if (!(s = DictionaryId(dictionary_version, &dictionary)).ok()) return Fail(s);

  Stmt& a = insert_article_;
  a.Bind(1, article.doc);
  BindDay(&a, 2, article.date);
  a.Bind(3, article.publisher);
  a.Bind(4, article.url);
  a.Bind(5, article.content_hash);
  a.Bind(6, article.metadata.empty() ? std::string_view("{}") : std::string_view(article.metadata));
  a.Bind(7, dictionary);
  a.BindCopy(8, UtcNow());
  sentences_json_.assign(1, '[');
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) sentences_json_ += ',';
    AppendJsonString(sentences[i], &sentences_json_);
  }
  sentences_json_ += ']';
  a.Bind(9, sentences_json_);
  a.Bind(10, static_cast<int64_t>(events.size()));
  s = a.Run();
  a.Reset();
  if (!s.ok()) return Fail(s);
  const int64_t article_id = db_.LastInsertId();

  GroupKey key;
  const int32_t publisher = publishers_.Id(article.publisher);
  rows_.clear();
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
    if (!(s = FindGroup(key, &g, &created)).ok()) return Fail(s);
    if (created) {
      g->code = codes_.Id(e.code);
      g->quad = quad;
      g->goldstein = goldstein;
      g->date = e.date;
    }

    const int64_t event_id = next_event_id_++;
    rows_.push_back({&e, root, quad, info, g->id, event_id});

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
  if (!(s = InsertEvents(article_id)).ok()) return Fail(s);
  return Status::Ok();
}

void SqliteStore::BindEvent(Stmt* st, int first, int64_t article_id, const EventRow& r) {
  const Event& e = *r.event;
  st->Bind(first, r.id);
  st->Bind(first + 1, article_id);
  st->Bind(first + 2, e.sentence);
  BindDay(st, first + 3, e.date);
  st->Bind(first + 4, e.source);
  st->Bind(first + 5, e.target);
  st->Bind(first + 6, e.code);
  st->Bind(first + 7, r.root);
  st->Bind(first + 8, r.quad);
  if (r.info) {
    st->Bind(first + 9, r.info->goldstein);
  } else {
    st->BindNull(first + 9);
  }
  st->Bind(first + 10, e.negated ? 1 : 0);
  st->Bind(first + 11, e.hypothetical ? 1 : 0);
  st->Bind(first + 12, e.source_text);
  st->Bind(first + 13, e.target_text);
  st->Bind(first + 14, e.verb_text);
  st->Bind(first + 15, r.group);
}

Status SqliteStore::InsertEvents(int64_t article_id) {
  Status s;
  for (size_t i = 0; s.ok() && i < rows_.size(); ++i) {
    BindEvent(&insert_event_, 1, article_id, rows_[i]);
    s = insert_event_.Run();
    insert_event_.Reset();
  }
  rows_.clear();
  return s;
}

Status SqliteStore::Commit() {
  if (broken_) return Status::InvalidArgument(db_.name() + ": an earlier write failed; reopen the store");
  if (!db_.InTransaction()) return Status::Ok();
  Status s = WriteGroups();
  if (!s.ok()) return Fail(s);
  if (!(s = WriteDays(&day_deltas_, &upsert_day_)).ok()) return Fail(s);
  if (!(s = WriteDays(&month_deltas_, &upsert_month_)).ok()) return Fail(s);
  for (const auto& [source, target] : new_dyads_) {
    insert_dyad_.Bind(1, actors_.Name(source));
    insert_dyad_.Bind(2, actors_.Name(target));
    s = insert_dyad_.Run();
    insert_dyad_.Reset();
    if (!s.ok()) return Fail(s);
  }
  if (!(s = db_.Exec("COMMIT")).ok()) return Fail(s);
  day_deltas_.clear();
  new_dyads_.clear();
  // Bound memory on long ingests: the database has everything now, so from
  // here on keys up to the latest window written must be looked up there.
  if (groups_.size() > (1u << 20)) {
    groups_.clear();
    group_pool_.clear();
    if (session_max_window_ != kNoDate &&
        (db_max_window_ == kNoDate || session_max_window_ > db_max_window_)) {
      db_max_window_ = session_max_window_;
    }
  }
  return Status::Ok();
}

Status SqliteStore::WriteGroups() {
  // In key order: neighbouring keys share index pages.
  std::sort(dirty_.begin(), dirty_.end(), [](const GroupState* x, const GroupState* y) {
    const GroupKey& a = *x->key;
    const GroupKey& b = *y->key;
    return std::tie(a.window, a.source, a.target, a.root, a.factual) <
           std::tie(b.window, b.source, b.target, b.root, b.factual);
  });
  std::string publishers, root;
  for (GroupState* g : dirty_) {
    Status s;
    publishers.clear();
    if (g->publisher >= 0) {
      publishers += publishers_.Name(g->publisher);
      publishers += '\x1f';
    }
    for (int32_t p : g->more_publishers) {
      publishers += publishers_.Name(p);
      publishers += '\x1f';
    }
    if (g->in_db) {
      BindDay(&update_group_, 1, g->date);
      update_group_.Bind(2, g->mentions);
      update_group_.Bind(3, g->articles);
      update_group_.Bind(4, g->sources);
      update_group_.Bind(5, g->first_event);
      update_group_.Bind(6, publishers);
      update_group_.Bind(7, g->id);
      s = update_group_.Run();
      update_group_.Reset();
    } else {
      Stmt& st = insert_group_;
      st.Bind(1, g->id);
      root = RootText(g->key->root);
      st.Bind(2, actors_.Name(g->key->source));
      st.Bind(3, actors_.Name(g->key->target));
      st.Bind(4, root);
      st.Bind(5, g->key->factual ? 1 : 0);
      st.Bind(6, static_cast<int64_t>(g->key->window));
      BindDay(&st, 7, g->date);
      st.Bind(8, codes_.Name(g->code));
      st.Bind(9, g->quad);
      st.Bind(10, g->goldstein);
      st.Bind(11, g->mentions);
      st.Bind(12, g->articles);
      st.Bind(13, g->sources);
      st.Bind(14, g->first_event);
      st.Bind(15, publishers);
      s = st.Run();
      st.Reset();
      g->in_db = true;
    }
    if (!s.ok()) return s;
    g->dirty = false;
  }
  dirty_.clear();
  return Status::Ok();
}

Status SqliteStore::WriteDays(DayDeltas* deltas, Stmt* upsert) {
  // In key order: neighbouring keys share pages.
  std::vector<std::pair<DayKey, DayDelta>> rows(deltas->begin(), deltas->end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [k, d] : rows) {
    upsert->Bind(1, actors_.Name(k.source));
    upsert->Bind(2, actors_.Name(k.target));
    upsert->Bind(3, static_cast<int64_t>(k.day));
    upsert->Bind(4, static_cast<int>(k.quad));
    upsert->Bind(5, static_cast<int>(k.factual));
    upsert->Bind(6, d.groups);
    upsert->Bind(7, d.mentions);
    upsert->Bind(8, d.goldstein_groups);
    upsert->Bind(9, d.goldstein_mentions);
    Status s = upsert->Run();
    upsert->Reset();
    if (!s.ok()) return s;
  }
  deltas->clear();
  return Status::Ok();
}

}  // namespace store
}  // namespace entente
