// tests/data/archive/v1-two-whatsapp-chats.chatvault was written by the format-1 code (commit
// 1d4fe85, before any schema change): every later version must keep reading it.
#include <doctest/doctest.h>

#include <filesystem>

#include "app/export.hpp"
#include "tests/support.hpp"

using namespace chatvault;

TEST_CASE("archive format 1: a file the first release wrote opens, reads and exports") {
  test::TempDir dir;
  // Work on a copy: opening may roll back or migrate, and the kept file must stay as it was.
  const auto copy = dir / "v1.chatvault";
  std::filesystem::copy_file(test::source_dir() / "tests" / "data" / "archive" / "v1-two-whatsapp-chats.chatvault",
                             copy);
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

  CollectingReporter reporter;
  app::ExportRequest exp;
  exp.archive = {copy, &passphrase};
  exp.format = "jsonl";
  exp.options.out_dir = dir / "out";
  const auto result = app::run_export(exp, reporter);
  CHECK(result.messages == 43);
  CHECK(result.media_files == 2);
}
