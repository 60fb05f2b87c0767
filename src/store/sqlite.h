// Thin RAII wrappers over the SQLite C API, for the store only.
//
//   Db db;
//   Status s = db.Open("entente.db");
//   Stmt st;
//   s = db.Prepare("SELECT id FROM articles WHERE doc = ?", &st);
//   st.Bind(1, "reuters-0001");
//   bool row = false;
//   s = st.Step(&row);          // row: a result row is available
//   int64_t id = row ? st.Int(0) : 0;
//   st.Reset();                 // ready to bind and step again
//
// Every error is a Status carrying the database's file name and SQLite's
// message. Statements are prepared once and reused (Reset between uses).
#ifndef ENTENTE_STORE_SQLITE_H_
#define ENTENTE_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente::store {

class Stmt {
 public:
  Stmt() = default;
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  // Binds the bytes without copying them. REQUIRES: they stay alive and
  // unchanged until the statement is stepped and Reset; use BindCopy for a
  // temporary.
  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void BindCopy(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }

  // Runs one step. *row is true when a result row is ready to read.
  Status Step(bool* row);
  // Runs to completion (for statements that return no rows).
  Status Run();
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string_view Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string_view(reinterpret_cast<const char*>(p),
                                static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string_view();
  }

 private:
  friend class Db;
  sqlite3_stmt* stmt_ = nullptr;
  const std::string* name_ = nullptr;  // the database's file name, for messages
  sqlite3* db_ = nullptr;
};

class Db {
 public:
  Db() = default;
  ~Db() { sqlite3_close_v2(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens (creating when absent unless must_exist) the file at `path`.
  Status Open(const std::string& path, bool must_exist);
  // Runs one or more statements that return no rows.
  Status Exec(const char* sql);
  Status Prepare(std::string_view sql, Stmt* out);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  bool InTransaction() const { return db_ && !sqlite3_get_autocommit(db_); }

  const std::string& name() const { return name_; }
  // "NAME: message" with SQLite's current error message.
  Status Error(std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string name_;
};

}  // namespace entente::store

#endif  // ENTENTE_STORE_SQLITE_H_
