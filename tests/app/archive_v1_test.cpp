// tests/data/archive/v1-two-whatsapp-chats.chatvault was written by the format-1 code (commit
// 1d4fe85, before any schema change): every later version must keep reading it.
#include <doctest/doctest.h>

#include <filesystem>

#include "app/export.hpp"
#include "app/import.hpp"
#include "app/verify.hpp"
#include "archive/schema.hpp"
#include "tests/archive/sealed_sql.hpp"
#include "tests/support.hpp"

using namespace chatvault;

namespace {

std::filesystem::path copy_of_v1(const test::TempDir& dir) {
  const auto copy = dir / "v1.chatvault";
  std::filesystem::copy_file(test::source_dir() / "tests" / "data" / "archive" / "v1-two-whatsapp-chats.chatvault",
                             copy);
  return copy;
}

std::int64_t format_of(const std::filesystem::path& archive) {
  return test::sql_int(archive, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'format_version'");
}

}  // namespace

TEST_CASE("archive format 1: a file the first release wrote opens, reads and exports") {
  test::TempDir dir;
  // Work on a copy: opening may roll back or migrate, and the kept file must stay as it was.
  const auto copy = copy_of_v1(dir);
  const std::string before = test::read_file(copy);
  const Secret passphrase(test::k_passphrase);
  const auto store = app::open_for_reading({copy, &passphrase});
  const auto chats = store->chats();
  REQUIRE(chats.size() == 2);
  std::uint64_t messages = 0;
  for (const auto& c : chats) {
    messages += c.message_count;
    CHECK(c.chat.platform == model::Platform::whatsapp);
  }
  CHECK(messages == 43);
  CHECK(chats[0].chat.zone == "Europe/Berlin");
  std::size_t read = 0;
  bool found_photo = false;
  store->for_each_message(chats[0].id, [&](const model::Message& m) {
    ++read;
    for (const auto& a : m.attachments) {
      if (a.kind == model::AttachmentKind::photo && !a.missing) {
        found_photo = true;
        CHECK(store->open_blob(a.content_hash) != nullptr);
      }
    }
  });
  CHECK(read == 25);
  CHECK(found_photo);
  store->for_each_message(chats[1].id, [&](const model::Message& m) {
    CHECK(m.native_id.empty());
    CHECK(m.sender_id.empty());
    CHECK(m.links.empty());
  });

  CollectingReporter reporter;
  app::ExportRequest exp;
  exp.archive = {copy, &passphrase};
  exp.format = "jsonl";
  exp.options.out_dir = dir / "out";
  const auto result = app::run_export(exp, reporter);
  CHECK(result.messages == 43);
  CHECK(result.media_files == 2);

  // Reading is read-only: the file is still format 1, byte for byte.
  CHECK(test::read_file(copy) == before);
  CHECK(format_of(copy) == 1);
}

TEST_CASE("archive format 1: the first import into it migrates it in place, and nothing is lost") {
  test::TempDir dir;
  const auto copy = copy_of_v1(dir);
  const Secret passphrase(test::k_passphrase);
  CHECK(format_of(copy) == 1);

  CollectingReporter reporter;
  app::ImportRequest req;
  req.archive = copy;
  req.passphrase = &passphrase;
  req.sources = {test::samples_dir() / "telegram" / "ChatExport_2024-05-12"};
  const auto imported = app::run_import(req, reporter);
  REQUIRE(imported.sources.size() == 1);
  CHECK(imported.sources[0].counts.messages_added == 18);

  CHECK(format_of(copy) == archive::k_format_version);
  CHECK(test::sql_int(copy, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'migrated_from'") == 1);
  CHECK(test::sql_int(copy, "SELECT count(*) FROM sources WHERE platform = 'telegram'") == 1);
  // The new columns hold the Telegram ids; the version-1 messages are all still there.
  CHECK(test::sql_int(copy, "SELECT count(*) FROM messages WHERE native_id <> ''") == 18);
  CHECK(test::sql_int(copy, "SELECT count(*) FROM messages") == 43 + 18);

  const auto verified = app::run_verify({copy, &passphrase});
  CHECK(verified.ok);
  CHECK(verified.seal_matches);
  CHECK(verified.messages == 43 + 18);

  // Searching and reading the migrated file see old and new messages alike.
  const auto store = app::open_for_reading({copy, &passphrase});
  std::size_t with_ids = 0;
  std::size_t replies = 0;
  for (const auto& c : store->chats()) {
    store->for_each_message(c.id, [&](const model::Message& m) {
      with_ids += m.native_id.empty() ? 0 : 1;
      replies += m.reply_to ? 1 : 0;
    });
  }
  CHECK(with_ids == 18);
  CHECK(replies >= 1);
}
