// The store's schema and its migrations (docs/formats/store.md).
//
// kMigrations[i] takes a database from schema version i to i + 1. A new
// version appends one entry and bumps kStoreSchemaVersion; entries already
// released never change, so every older database can be brought forward.
#include "store/schema.h"

#include <string>

#include "entente/store.h"

namespace entente::store {
namespace {

constexpr const char* kMigrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE dictionaries(
  id INTEGER PRIMARY KEY,
  version TEXT NOT NULL UNIQUE,      -- Coder::DictionaryVersion(), "dict-<16 hex>"
  first_used TEXT NOT NULL           -- UTC, YYYY-MM-DDTHH:MM:SSZ
);

CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL UNIQUE,          -- the input's article id
  date INTEGER,                      -- days since 1970-01-01; NULL when unknown
  publisher TEXT NOT NULL,
  url TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE, -- ContentHash() of the normalised text
  metadata TEXT NOT NULL,            -- the input's other fields, a JSON object
  dictionary INTEGER NOT NULL REFERENCES dictionaries(id),
  ingested TEXT NOT NULL,            -- UTC, YYYY-MM-DDTHH:MM:SSZ
  sentences TEXT NOT NULL,           -- JSON array of the normalised sentences
  events INTEGER NOT NULL
);

-- One row per sentence, index 0-based as Event::sentence. Sentences are
-- kept with their article, one row instead of one per sentence: ingest speed.
CREATE VIEW sentences(article, idx, text) AS
  SELECT a.id, CAST(j.key AS INTEGER), j.value FROM articles a, json_each(a.sentences) j;

CREATE TABLE event_groups(
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  root TEXT NOT NULL,                -- CAMEO root, "04"
  factual INTEGER NOT NULL,          -- 1 unless negated or hypothetical
  window INTEGER NOT NULL,           -- first day of the grouping window
  date INTEGER,                      -- earliest event date in the group
  code TEXT NOT NULL,                -- code, quad and Goldstein of the first event stored
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  mentions INTEGER NOT NULL,         -- events (reports)
  articles INTEGER NOT NULL,         -- distinct articles
  sources INTEGER NOT NULL,          -- distinct publishers
  publishers TEXT NOT NULL,          -- those publishers, each followed by a 0x1f byte
  first_event INTEGER NOT NULL,
  -- Time first: news arrives roughly in date order, so new groups land at
  -- the end of the index instead of all over it.
  UNIQUE(window, source, target, root, factual)
);

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  date INTEGER,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL,                    -- NULL when the code is unknown
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  source_text TEXT NOT NULL,         -- the words matched: the evidence spans
  target_text TEXT NOT NULL,
  verb_text TEXT NOT NULL,
  grp INTEGER NOT NULL REFERENCES event_groups(id)
);
-- No secondary index on events: ingest speed. Queries reach events
-- through event_groups (first_event) or scan them in id order (export).

-- Pre-aggregated daily counts, kept by ingest, so dyad series need not
-- scan events: per dyad, window day, quad class and factuality.
CREATE TABLE dyad_days(
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  day INTEGER NOT NULL,
  quad INTEGER NOT NULL,
  factual INTEGER NOT NULL,
  groups INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  goldstein_groups REAL NOT NULL,
  goldstein_mentions REAL NOT NULL,
  PRIMARY KEY(source, target, day, quad, factual)
) WITHOUT ROWID;

-- The same counts per calendar month (day = the month's first day, for the
-- window starting in it): a monthly series over ten years reads 30 times
-- fewer rows.
CREATE TABLE dyad_months(
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  day INTEGER NOT NULL,
  quad INTEGER NOT NULL,
  factual INTEGER NOT NULL,
  groups INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  goldstein_groups REAL NOT NULL,
  goldstein_mentions REAL NOT NULL,
  PRIMARY KEY(source, target, day, quad, factual)
) WITHOUT ROWID;

-- Every dyad seen, so an actor-prefix query finds its pairs without a scan.
CREATE TABLE dyads(
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  PRIMARY KEY(source, target)
) WITHOUT ROWID;
)sql",

    // 1 -> 2: dyad_days and dyad_months keyed day first. Keyed dyad first,
    // every commit rewrote a page of each dyad's recent days all over both
    // tables; day first, ingest appends at their ends (10M-event ingest 38%
    // faster). Dyad queries seek each (day, pair) instead of one range.
    // And the totals in meta, which counting took seconds on 10M events.
    R"sql(
CREATE TABLE dyad_days_v2(
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  day INTEGER NOT NULL,
  quad INTEGER NOT NULL,
  factual INTEGER NOT NULL,
  groups INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  goldstein_groups REAL NOT NULL,
  goldstein_mentions REAL NOT NULL,
  PRIMARY KEY(day, source, target, quad, factual)
) WITHOUT ROWID;
INSERT INTO dyad_days_v2 SELECT * FROM dyad_days;
DROP TABLE dyad_days;
ALTER TABLE dyad_days_v2 RENAME TO dyad_days;

CREATE TABLE dyad_months_v2(
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  day INTEGER NOT NULL,
  quad INTEGER NOT NULL,
  factual INTEGER NOT NULL,
  groups INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  goldstein_groups REAL NOT NULL,
  goldstein_mentions REAL NOT NULL,
  PRIMARY KEY(day, source, target, quad, factual)
) WITHOUT ROWID;
INSERT INTO dyad_months_v2 SELECT * FROM dyad_months;
DROP TABLE dyad_months;
ALTER TABLE dyad_months_v2 RENAME TO dyad_months;

-- Totals kept by ingest, so reading them needs no scan of the tables.
INSERT INTO meta(key, value) SELECT 'articles', count(*) FROM articles;
INSERT INTO meta(key, value)
  SELECT 'sentences', coalesce(sum(json_array_length(sentences)), 0) FROM articles;
INSERT INTO meta(key, value) SELECT 'events', count(*) FROM events;
INSERT INTO meta(key, value) SELECT 'groups', count(*) FROM event_groups;
)sql",
};

static_assert(std::size(kMigrations) == kStoreSchemaVersion,
              "one migration per schema version");

Status ReadVersion(Db* db, int* version) {
  Stmt st;
  Status s = db->Prepare(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", &st);
  if (!s.ok()) return s;
  bool row = false;
  if (!(s = st.Step(&row)).ok()) return s;
  if (st.Int(0) == 0) {
    *version = 0;
    return Status::Ok();
  }
  Stmt get;
  if (!(s = db->Prepare("SELECT value FROM meta WHERE key = 'schema_version'", &get)).ok()) return s;
  if (!(s = get.Step(&row)).ok()) return s;
  if (!row) return Status::Corruption(db->name() + ": meta table has no schema_version");
  *version = std::stoi(std::string(get.Text(0)));
  return Status::Ok();
}

}  // namespace

const char* MigrationSql(int from) { return kMigrations[from]; }

Status Migrate(Db* db, int group_window_days, int* window_out) {
  Status s = db->Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  int version = 0;
  s = ReadVersion(db, &version);
  if (s.ok() && version > kStoreSchemaVersion) {
    s = Status::InvalidArgument(db->name() + ": schema version " + std::to_string(version) +
                                " was written by a newer entente (this one knows up to " +
                                std::to_string(kStoreSchemaVersion) + ")");
  }
  for (int v = version; s.ok() && v < kStoreSchemaVersion; ++v) s = db->Exec(kMigrations[v]);
  if (s.ok() && version == 0) {
    Stmt put;
    s = db->Prepare("INSERT INTO meta(key, value) VALUES (?, ?)", &put);
    if (s.ok()) {
      put.Bind(1, "group_window_days");
      put.BindCopy(2, std::to_string(group_window_days));
      s = put.Run();
    }
  }
  if (s.ok() && version != kStoreSchemaVersion) {
    Stmt put;
    s = db->Prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", &put);
    if (s.ok()) {
      put.BindCopy(1, std::to_string(kStoreSchemaVersion));
      s = put.Run();
    }
  }
  if (s.ok()) {
    Stmt get;
    bool row = false;
    s = db->Prepare("SELECT value FROM meta WHERE key = 'group_window_days'", &get);
    if (s.ok()) s = get.Step(&row);
    if (s.ok() && !row) s = Status::Corruption(db->name() + ": meta has no group_window_days");
    if (s.ok()) *window_out = std::stoi(std::string(get.Text(0)));
  }
  if (!s.ok()) {
    db->Exec("ROLLBACK");
    return s;
  }
  return db->Exec("COMMIT");
}

}  // namespace entente::store
