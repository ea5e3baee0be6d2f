#pragma once
// Verify use case: check every page, the whole-file seal, SQLite's integrity and every blob.
#include <string>

#include "app/archive_ref.hpp"
#include "archive/archive.hpp"

namespace chatvault::app {

using VerifyResult = archive::VerifyResult;

// Opens nothing for writing; never throws for damage (see VerifyResult::ok and problems).
VerifyResult run_verify(const ArchiveRef& archive);

// One line: "ok: 812 pages authenticated, seal matches, integrity ok, 3 chats, 2,410 messages,
// 12 blobs rehashed" or "DAMAGED: ...".
std::string verify_summary(const VerifyResult& result);

}  // namespace chatvault::app
