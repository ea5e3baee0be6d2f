#pragma once
// Schema migrations: an archive written by an older chatvault brought to k_format_version.
#include "archive/connection.hpp"

namespace chatvault::archive {

// Upgrades the tables of `conn` (writable, conn.format older than k_format_version) in one
// transaction, then reseals the file. A failure rolls back: the archive stays as it was, at its
// old version, and keeps opening.
void migrate(Connection& conn);

}  // namespace chatvault::archive
