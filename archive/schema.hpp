#pragma once
// The archive schema (archive/schema.sql, embedded at build time) and its version numbers.
#include <string_view>

namespace chatvault::archive {

// meta.format_version: the layout of the file and tables. Opening a newer one is refused; an
// older one is read as it is and migrated when opened for writing (migrate.hpp).
inline constexpr int k_format_version = 2;
// meta.dedup_version: the fingerprint algorithm (fingerprint.hpp).
inline constexpr int k_dedup_version = 2;

// The statements that create a new archive's tables (schema.sql).
std::string_view schema_sql();

}  // namespace chatvault::archive
