// Archive::verify: every page authenticated, the whole-file seal and size, SQLite's own checks,
// every blob rehashed; damage it finds becomes a problem of the report instead of an exception.
#include <sqlite3.h>

#include <algorithm>

#include "archive/archive_impl.hpp"
#include "archive/blobs.hpp"
#include "util/error.hpp"

namespace chatvault::archive {
namespace fs = std::filesystem;
namespace cr = crypto;

namespace {

void copy_report(const cr::VerifyReport& r, VerifyResult& out) {
  out.pages = r.pages;
  out.bad_pages = r.bad_pages;
  out.first_bad_page = r.first_bad_page;
  out.sealed = r.sealed;
  out.seal_matches = r.seal_matches;
  out.journal_present = r.journal_present;
  out.generation = r.generation;
  out.problems.insert(out.problems.end(), r.problems.begin(), r.problems.end());
}

// The page named by the VFS's last authentication failure, if any.
void note_failure(const cr::ArchiveKeys& keys, VerifyResult& out) {
  if (auto f = keys.last_failure(); f && f->where == cr::SealFailure::Where::page && !out.first_bad_page) {
    out.first_bad_page = f->page;
    out.bad_pages = std::max<std::uint64_t>(out.bad_pages, 1);
  }
}

// Runs `fn`; damage it throws becomes a problem of the report.
template <typename Fn>
void checked(VerifyResult& out, const cr::ArchiveKeys& keys, Fn&& fn) {
  try {
    fn();
  } catch (const Error& e) {
    if (e.category() != ErrorCategory::damaged) {
      throw;
    }
    note_failure(keys, out);
    const std::string what = e.what();
    if (std::find(out.problems.begin(), out.problems.end(), what) == out.problems.end()) {
      out.problems.push_back(what);
    }
  }
}

}  // namespace

VerifyResult Archive::verify(const fs::path& path, const Secret& key) {
  check_is_archive_file(path);
  const cr::ArchiveKeysPtr keys = unlock_keys(path, key);
  VerifyResult out;
  ConnectionPtr conn;
  checked(out, *keys, [&] {
    auto opened = std::make_shared<Connection>(path, false, false, [&] { return keys; });
    configure_connection(*opened, false);
    conn = std::move(opened);
  });
  if (!conn) {
    // SQLite refuses the file: authenticate every page on a bare connection all the same.
    keys->clear_failure();
    cr::SealedVfs vfs(keys);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, vfs.name()) == SQLITE_OK) {
      std::vector<std::string> earlier = std::move(out.problems);
      out.problems.clear();
      try {
        copy_report(cr::verify(db), out);
      } catch (...) {
        sqlite3_close(db);
        throw;
      }
      if (out.problems.empty()) {  // the pages say nothing: SQLite's complaint is all there is
        out.problems = std::move(earlier);
      }
    }
    sqlite3_close(db);
    note_failure(*keys, out);
    out.ok = false;
    return out;
  }
  sql::Database& db = conn->db;
  db.exec("BEGIN");  // one snapshot for all the checks below
  checked(out, *keys, [&] {
    sql::Statement st(db, "SELECT (SELECT count(*) FROM chats), (SELECT count(*) FROM messages)", false);
    if (st.step()) {
      out.chats = static_cast<std::uint64_t>(st.column_int64(0));
      out.messages = static_cast<std::uint64_t>(st.column_int64(1));
    }
  });
  copy_report(cr::verify(db.handle()), out);
  checked(out, *keys, [&] {
    sql::Statement st(db, "PRAGMA integrity_check", false);
    std::vector<std::string> lines;
    while (st.step()) {
      std::string line = st.column_text(0);
      if (line.rfind("*** in database", 0) == 0) {  // "*** in database main ***\n<the problem>"
        line = line.substr(std::min(line.size(), line.find('\n') + 1));
      }
      lines.push_back(std::move(line));
    }
    out.integrity = lines.empty() ? std::string("no answer") : lines.front();
    if (out.integrity != "ok") {
      out.problems.push_back("archive damaged: SQLite integrity_check: " + out.integrity +
                             (lines.size() > 1 ? " (and " + std::to_string(lines.size() - 1) + " more)" : ""));
    }
  });
  // Imports write without foreign-key enforcement (see import_session.cpp): this is where a
  // row that lost its parent would show.
  checked(out, *keys, [&] {
    sql::Statement st(db, "PRAGMA foreign_key_check", false);
    std::string first;
    while (st.step()) {
      if (out.dangling_references++ == 0) {
        first = st.column_text(0) + " row " + st.column_text(1) + " refers to a missing " + st.column_text(2) + " row";
      }
    }
    if (out.dangling_references > 0) {
      out.problems.push_back("archive damaged: " + std::to_string(out.dangling_references) +
                             " row(s) refer to rows that do not exist (first: " + first + ")");
    }
  });
  checked(out, *keys, [&] {
    std::vector<std::string> hashes;
    {
      sql::Statement st(db, "SELECT hash FROM blobs ORDER BY hash", false);
      while (st.step()) {
        hashes.push_back(st.column_text(0));
      }
    }
    std::vector<char> buf(1 << 16);
    for (const std::string& hash : hashes) {
      ++out.blobs;
      try {
        auto reader = open_blob_reader(conn, hash);
        while (reader->read(buf.data(), buf.size()) > 0) {
        }
      } catch (const Error& e) {
        if (e.category() != ErrorCategory::damaged) {
          throw;
        }
        note_failure(*keys, out);
        ++out.bad_blobs;
        if (out.bad_blobs == 1) {
          out.problems.push_back(std::string("archive damaged: blob ") + hash + ": " + e.what());
        }
      }
    }
  });
  sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  out.ok = out.problems.empty();
  return out;
}

}  // namespace chatvault::archive
