#include "store/sqlite.h"

#include <filesystem>

namespace entente::store {
namespace {

// "NAME: WHAT: DETAIL", or "NAME: DETAIL" when `what` is empty; DETAIL is
// the connection's message, else the code's.
Status FromCode(int rc, const std::string& name, std::string_view what, sqlite3* db,
                const char* detail = nullptr) {
  std::string msg = name + ": ";
  if (!what.empty()) msg += std::string(what) + ": ";
  msg += detail ? detail : db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return Status::Corruption(std::move(msg));
    case SQLITE_CANTOPEN: return Status::NotFound(std::move(msg));
    default: return Status::IoError(std::move(msg));
  }
}

}  // namespace

Status Stmt::Step(bool* row) {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) {
    *row = true;
    return Status::Ok();
  }
  *row = false;
  if (rc == SQLITE_DONE) return Status::Ok();
  return FromCode(rc, *name_, "query failed", db_);
}

Status Stmt::Run() {
  bool row = true;
  while (row) {
    Status s = Step(&row);
    if (!s.ok()) {
      sqlite3_reset(stmt_);
      return s;
    }
  }
  sqlite3_reset(stmt_);
  return Status::Ok();
}

Status Db::Open(const std::string& path, bool must_exist) {
  // Before SQLite initialises: no memory statistics, so its allocator takes
  // no global mutex (ingest's writer and the coding thread both allocate).
  // Fails harmlessly when something in the process initialised SQLite first.
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
  name_ = path;
  std::error_code ec;
  if (must_exist && !std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no such database (run `entente ingest --db " + path +
                            "` first)");
  }
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (!must_exist) flags |= SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) return FromCode(rc, name_, "cannot open", db_);
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 10000);
  return Status::Ok();
}

Status Db::Exec(const char* sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  // err is SQLite's message: "NAME: disk I/O error", not the message twice.
  Status s = FromCode(rc, name_, err ? "" : "statement failed", nullptr, err);
  sqlite3_free(err);
  return s;
}

Status Db::Prepare(std::string_view sql, Stmt* out) {
  sqlite3_finalize(out->stmt_);
  out->stmt_ = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &out->stmt_, nullptr);
  if (rc != SQLITE_OK) return FromCode(rc, name_, "cannot prepare statement", db_);
  out->name_ = &name_;
  out->db_ = db_;
  return Status::Ok();
}

Status Db::Error(std::string_view what) const {
  return FromCode(sqlite3_errcode(db_), name_, what, db_);
}

}  // namespace entente::store
