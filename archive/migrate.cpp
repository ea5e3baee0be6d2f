// Version 1 → 2 (docs/ARCHIVE_SCHEMA.md, "Versions"): native ids, sender ids and links.
#include "archive/migrate.hpp"

#include <string>

#include "archive/schema.hpp"
#include "util/error.hpp"

namespace chatvault::archive {

namespace {

// Columns appended by ALTER TABLE: SQLite writes no row again, so this is quick on any size.
// (A new archive has the same columns from schema.sql; readers name columns, never rely on order.)
constexpr const char* k_v1_to_v2 =
    "ALTER TABLE messages ADD COLUMN native_id TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE messages ADD COLUMN sender_id TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE messages ADD COLUMN links TEXT;"
    "CREATE INDEX messages_by_native_id ON messages (chat_id, native_id) WHERE native_id <> '';";

}  // namespace

void migrate(Connection& conn) {
  if (!conn.writable) {
    throw Error(ErrorCategory::internal, conn.path.string() + ": migrating a read-only archive");
  }
  if (conn.format >= k_format_version) {
    return;
  }
  sql::Database& db = conn.db;
  {
    sql::Transaction tx(db);
    if (conn.format < 2) {
      db.exec(k_v1_to_v2);
    }
    const std::string v = std::to_string(k_format_version);
    db.exec("UPDATE meta SET value = '" + v + "' WHERE key IN ('format_version', 'schema_version')");
    db.exec("INSERT OR IGNORE INTO meta (key, value) VALUES ('migrated_from', '" + std::to_string(conn.format) +
            "')");
    tx.commit();
  }
  if (conn.sealed()) {
    crypto::store_seal(db.handle());
  }
  conn.format = k_format_version;
}

}  // namespace chatvault::archive
