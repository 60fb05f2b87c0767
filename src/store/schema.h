// Creating and migrating the store's schema.
#ifndef ENTENTE_STORE_SCHEMA_H_
#define ENTENTE_STORE_SCHEMA_H_

#include "entente/status.h"
#include "store/sqlite.h"

namespace entente::store {

// In one transaction: creates the schema in an empty database, or brings an
// older one to kStoreSchemaVersion; a newer one is InvalidArgument. A new
// database records `group_window_days`; *window_out receives the window the
// database holds.
Status Migrate(Db* db, int group_window_days, int* window_out);

// The SQL taking a database from schema version `from` to `from + 1` (tests
// build databases of older versions with it).
const char* MigrationSql(int from);

}  // namespace entente::store

#endif  // ENTENTE_STORE_SCHEMA_H_
