// Store::Open and the write path (store_impl.h explains the order).
#include <algorithm>
#include <cmath>
#include <ctime>
#include <tuple>

#include "entente/codebook.h"
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

std::string RootText(int16_t root) {
  if (root < 0) return std::string();
  return std::string{static_cast<char>('0' + root / 10), static_cast<char>('0' + root % 10)};
}

}  // namespace

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
               "PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8192;");
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
  return s;
}

Status SqliteStore::Prepare() {
  const std::pair<Stmt*, const char*> statements[] = {
      {&contains_,
       "SELECT EXISTS(SELECT 1 FROM articles WHERE doc = ?1) OR "
       "EXISTS(SELECT 1 FROM articles WHERE content_hash = ?2)"},
      {&insert_article_,
       "INSERT INTO articles(doc, date, publisher, url, content_hash, metadata, dictionary, "
       "ingested, sentences, events) VALUES (?,?,?,?,?,?,?,?,?,?)"},
      {&insert_sentence_, "INSERT INTO sentences(article, idx, text) VALUES (?,?,?)"},
      {&insert_event_,
       "INSERT INTO events(article, sentence, date, source, target, code, root, quad, goldstein, "
       "negated, hypothetical, source_text, target_text, verb_text, grp) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&find_group_,
       "SELECT id, date, mentions, articles, sources, first_event, publishers FROM event_groups "
       "WHERE source = ? AND target = ? AND window = ? AND root = ? AND factual = ?"},
      {&insert_group_,
       "INSERT INTO event_groups(id, source, target, root, factual, window, date, code, quad, "
       "goldstein, mentions, articles, sources, first_event, publishers) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&update_group_,
       "UPDATE event_groups SET date = ?, mentions = ?, articles = ?, sources = ?, "
       "first_event = ?, publishers = ? WHERE id = ?"},
      {&upsert_day_,
       "INSERT INTO dyad_days(source, target, day, quad, factual, groups, mentions, "
       "goldstein_groups, goldstein_mentions) VALUES (?,?,?,?,?,?,?,?,?) "
       "ON CONFLICT(source, target, day, quad, factual) DO UPDATE SET "
       "groups = groups + excluded.groups, mentions = mentions + excluded.mentions, "
       "goldstein_groups = goldstein_groups + excluded.goldstein_groups, "
       "goldstein_mentions = goldstein_mentions + excluded.goldstein_mentions"},
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
  dirty_.clear();
  day_deltas_.clear();
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
    *out = it->second.get();
    return Status::Ok();
  }
  auto state = std::make_unique<GroupState>();
  bool row = false;
  Status s;
  if (key.window == kNoDate || (db_max_window_ != kNoDate && key.window <= db_max_window_)) {
    s = LoadGroup(key, state.get(), &row);
    if (!s.ok()) return s;
  }
  if (!row) {
    state->id = next_group_id_++;
    session_max_window_ = std::max(session_max_window_, key.window);
    *created = true;
  }
  auto [pos, inserted] = groups_.emplace(key, std::move(state));
  pos->second->key = &pos->first;
  *out = pos->second.get();
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
      state->publishers.push_back(publishers_.Id(list.substr(0, end)));
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
  a.Bind(9, static_cast<int64_t>(sentences.size()));
  a.Bind(10, static_cast<int64_t>(events.size()));
  s = a.Run();
  a.Reset();
  if (!s.ok()) return Fail(s);
  const int64_t article_id = db_.LastInsertId();

  for (size_t i = 0; i < sentences.size(); ++i) {
    insert_sentence_.Bind(1, article_id);
    insert_sentence_.Bind(2, static_cast<int64_t>(i));
    insert_sentence_.Bind(3, sentences[i]);
    s = insert_sentence_.Run();
    insert_sentence_.Reset();
    if (!s.ok()) return Fail(s);
  }

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
    if (!(s = FindGroup(key, &g, &created)).ok()) return Fail(s);
    if (created) {
      g->code = e.code;
      g->quad = quad;
      g->goldstein = goldstein;
      g->date = e.date;
    }

    Stmt& ev = insert_event_;
    ev.Bind(1, article_id);
    ev.Bind(2, e.sentence);
    BindDay(&ev, 3, e.date);
    ev.Bind(4, e.source);
    ev.Bind(5, e.target);
    ev.Bind(6, e.code);
    ev.Bind(7, root);
    ev.Bind(8, quad);
    if (info) {
      ev.Bind(9, info->goldstein);
    } else {
      ev.BindNull(9);
    }
    ev.Bind(10, e.negated ? 1 : 0);
    ev.Bind(11, e.hypothetical ? 1 : 0);
    ev.Bind(12, e.source_text);
    ev.Bind(13, e.target_text);
    ev.Bind(14, e.verb_text);
    ev.Bind(15, g->id);
    s = ev.Run();
    ev.Reset();
    if (!s.ok()) return Fail(s);
    const int64_t event_id = db_.LastInsertId();

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
    if (std::find(g->publishers.begin(), g->publishers.end(), publisher) == g->publishers.end()) {
      g->publishers.push_back(publisher);
      ++g->sources;
    }
    if (key.window != kNoDate) {
      DayDelta& d = day_deltas_[DayKey{key.source, key.target, key.window,
                                       static_cast<int8_t>(quad), static_cast<int8_t>(key.factual)}];
      if (created) {
        ++d.groups;
        d.goldstein_groups += goldstein;
      }
      ++d.mentions;
      d.goldstein_mentions += goldstein;
    }
    const int64_t dyad = (static_cast<int64_t>(key.source) << 32) | static_cast<uint32_t>(key.target);
    if (known_dyads_.insert(dyad).second) new_dyads_.emplace_back(key.source, key.target);
  }
  return Status::Ok();
}

Status SqliteStore::Commit() {
  if (broken_) return Status::InvalidArgument(db_.name() + ": an earlier write failed; reopen the store");
  if (!db_.InTransaction()) return Status::Ok();
  Status s = WriteGroups();
  if (!s.ok()) return Fail(s);
  if (!(s = WriteDays()).ok()) return Fail(s);
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
    return std::tie(a.source, a.target, a.window, a.root, a.factual) <
           std::tie(b.source, b.target, b.window, b.root, b.factual);
  });
  std::string publishers, root;
  for (GroupState* g : dirty_) {
    Status s;
    publishers.clear();
    for (int32_t p : g->publishers) {
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
      st.Bind(8, g->code);
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

Status SqliteStore::WriteDays() {
  std::vector<std::pair<DayKey, DayDelta>> rows(day_deltas_.begin(), day_deltas_.end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [k, d] : rows) {
    upsert_day_.Bind(1, actors_.Name(k.source));
    upsert_day_.Bind(2, actors_.Name(k.target));
    upsert_day_.Bind(3, static_cast<int64_t>(k.day));
    upsert_day_.Bind(4, static_cast<int>(k.quad));
    upsert_day_.Bind(5, static_cast<int>(k.factual));
    upsert_day_.Bind(6, d.groups);
    upsert_day_.Bind(7, d.mentions);
    upsert_day_.Bind(8, d.goldstein_groups);
    upsert_day_.Bind(9, d.goldstein_mentions);
    Status s = upsert_day_.Run();
    upsert_day_.Reset();
    if (!s.ok()) return s;
  }
  day_deltas_.clear();
  return Status::Ok();
}

}  // namespace store
}  // namespace entente
