// convert, and the migration it exists for: a WhatsApp export -> Telegram packages -> read back
// by the WhatsApp importer (what Telegram's server parses) with the same senders, instants, texts.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "app/convert.hpp"
#include "importers/source_tree.hpp"
#include "importers/telegram/telegram_importer.hpp"
#include "importers/whatsapp/whatsapp_importer.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"

using namespace chatvault;
using chatvault::test::TempDir;

namespace {

using Recorder = test::RecordingSink;

Recorder read_whatsapp(const std::filesystem::path& path, const std::string& zone) {
  const auto tree = importers::SourceTree::open(path);
  const auto importer = importers::make_whatsapp_importer();
  REQUIRE(importer->detect(tree).confidence > 0);
  importers::ImportOptions o;
  o.zone = zone;
  Recorder r;
  importer->import(tree, o, r);
  return r;
}

std::filesystem::path sample(const std::string& name) { return test::samples_dir() / "whatsapp" / name; }

std::size_t entries_in(const std::filesystem::path& dir) {
  std::size_t n = 0;
  if (std::filesystem::exists(dir)) {
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) {
      ++n;
    }
  }
  return n;
}

app::ConvertRequest to_telegram(const std::filesystem::path& source, const std::string& zone, const TempDir& dir) {
  app::ConvertRequest req;
  req.sources = {source};
  req.import.zone = zone;
  req.format = "telegram";
  req.output.out_dir = dir / "out";
  req.spool_parent = dir / "spool";
  std::filesystem::create_directories(req.spool_parent);
  return req;
}

// The package read back holds every message of the export at its instant, from its sender,
// with its text; media messages keep their captions and their files.
void check_same_chat(const Recorder& original, const Recorder& back) {
  REQUIRE(back.chats.size() == 1);
  CHECK(back.chats[0].title == original.chats[0].title);
  CHECK(back.chats[0].is_group == original.chats[0].is_group);
  // A group package starts with its creation line, which the original did not have.
  const std::size_t skip = original.chats[0].is_group ? 1 : 0;
  REQUIRE(back.messages.size() == original.messages.size() + skip);
  for (std::size_t i = 0; i < original.messages.size(); ++i) {
    const model::Message& a = original.messages[i];
    const model::Message& b = back.messages[i + skip];
    CAPTURE(i);
    CAPTURE(a.text);
    CHECK(b.time_ms == a.time_ms);
    if (a.is_system()) {
      CHECK(b.is_system());
      CHECK(b.text == a.text);
      continue;
    }
    CHECK(b.sender == a.sender);
    if (a.kind == model::MessageKind::text && !a.edited) {
      CHECK(b.text == a.text);
    } else if (a.kind == model::MessageKind::text) {
      CHECK(b.text.find(a.text) != std::string::npos);
    }
    const bool stored = std::any_of(a.attachments.begin(), a.attachments.end(),
                                    [](const model::Attachment& att) { return !att.missing; });
    if (stored) {
      REQUIRE(b.attachments.size() == 1);
      CHECK_FALSE(b.attachments[0].missing);
      CHECK(b.text == a.text);  // the caption
    }
  }
}

}  // namespace

TEST_CASE("convert: a WhatsApp zip becomes Telegram packages the WhatsApp importer reads back the same") {
  for (const auto& [file, zone, title] :
       {std::tuple{"WhatsApp Chat with Anna Schmidt.zip", "Europe/Berlin", "Anna Schmidt"},
        std::tuple{"WhatsApp Chat - Hiking Club.zip", "America/New_York", "Hiking Club"}}) {
    CAPTURE(file);
    TempDir dir;
    CollectingReporter reporter;
    const auto result = app::run_convert(to_telegram(sample(file), zone, dir), reporter);
    CHECK(result.exported.chats == 1);
    // The spool is gone: nothing but the output stays on disk.
    CHECK(entries_in(dir / "spool") == 0);

    const Recorder original = read_whatsapp(sample(file), zone);
    const std::string t = title;
    const auto iphone = dir / "out" / ("WhatsApp Chat - " + t + ".zip");
    const auto android = dir / "out" / ("WhatsApp Chat with " + t);
    REQUIRE(std::filesystem::exists(iphone));
    REQUIRE(std::filesystem::exists(android / ("WhatsApp Chat with " + t + ".txt")));
    CHECK(std::filesystem::exists(dir / "out" / "IMPORT-TO-TELEGRAM.txt"));
    SUBCASE("iPhone zip") { check_same_chat(original, read_whatsapp(iphone, zone)); }
    SUBCASE("Android folder") { check_same_chat(original, read_whatsapp(android, zone)); }
  }
}

TEST_CASE("convert: an unknown format fails before anything is read or written") {
  TempDir dir;
  CollectingReporter reporter;
  auto req = to_telegram(sample("WhatsApp Chat with Anna Schmidt.zip"), "UTC", dir);
  req.format = "telegramm";
  std::string message;
  CHECK(test::category_of([&] { app::run_convert(req, reporter); }, &message) == ErrorCategory::usage);
  CHECK(message.find("telegram") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "out"));
  CHECK(entries_in(dir / "spool") == 0);
}

TEST_CASE("convert: a source that is not an export fails cleanly and leaves no spool") {
  TempDir dir;
  test::write_file(dir / "notes.txt", "just some notes\nnothing else\n");
  CollectingReporter reporter;
  auto req = to_telegram(dir / "notes.txt", "UTC", dir);
  CHECK(test::category_of([&] { app::run_convert(req, reporter); }) == ErrorCategory::input);
  CHECK(entries_in(dir / "spool") == 0);
}

TEST_CASE("convert: two overlapping exports of one chat make one chat, once each message") {
  TempDir dir;
  CollectingReporter reporter;
  auto req = to_telegram(sample("WhatsApp Chat with Anna Schmidt.zip"), "Europe/Berlin", dir);
  req.sources.push_back(sample("WhatsApp Chat with Anna Schmidt.zip"));
  req.format = "jsonl";
  const auto result = app::run_convert(req, reporter);
  CHECK(result.exported.chats == 1);
  CHECK(result.exported.messages == 25);
  REQUIRE(result.imported.sources.size() == 2);
  CHECK(result.imported.sources[1].counts.duplicates == 25);
}

namespace {

Recorder read_telegram(const std::filesystem::path& path) {
  const auto tree = importers::SourceTree::open(path);
  const auto importer = importers::make_telegram_importer();
  REQUIRE(importer->detect(tree).confidence > 0);
  importers::ImportOptions o;
  o.zone = "UTC";
  Recorder r;
  importer->import(tree, o, r);
  return r;
}

}  // namespace

TEST_CASE("convert: Telegram export -> telegram-json -> the Telegram importer reads back the same messages") {
  TempDir dir;
  CollectingReporter reporter;
  const auto source = test::samples_dir() / "telegram" / "ChatExport_2024-05-12";
  auto req = to_telegram(source, "UTC", dir);
  req.format = "telegram-json";
  app::run_convert(req, reporter);
  const Recorder original = read_telegram(source);
  const Recorder back = read_telegram(dir / "out");
  REQUIRE(back.chats.size() == 1);
  CHECK(back.chats[0].title == original.chats[0].title);
  CHECK(back.chats[0].key == original.chats[0].key);
  REQUIRE(back.messages.size() == original.messages.size());
  for (std::size_t i = 0; i < original.messages.size(); ++i) {
    const auto& a = original.messages[i];
    const auto& b = back.messages[i];
    CAPTURE(i);
    CAPTURE(a.text);
    CHECK(b.time_ms == a.time_ms);
    CHECK(b.sender == a.sender);
    CHECK(b.text == a.text);
    CHECK(b.kind == a.kind);
    CHECK(b.reply_to == a.reply_to);
    CHECK(b.reactions.size() == a.reactions.size());
    REQUIRE(b.attachments.size() == a.attachments.size());
    for (std::size_t k = 0; k < a.attachments.size(); ++k) {
      CHECK(b.attachments[k].missing == a.attachments[k].missing);
      CHECK(b.attachments[k].kind == a.attachments[k].kind);
    }
  }
}

TEST_CASE("convert: two chats -> telegram-json account layout with chats.list") {
  TempDir dir;
  CollectingReporter reporter;
  auto req = to_telegram(sample("WhatsApp Chat with Anna Schmidt.zip"), "Europe/Berlin", dir);
  req.sources.push_back(sample("WhatsApp Chat - Hiking Club.zip"));
  req.format = "telegram-json";
  app::run_convert(req, reporter);
  const Recorder back = read_telegram(dir / "out");
  REQUIRE(back.chats.size() == 2);
  CHECK(back.messages.size() == 25 + 18);
  CHECK(std::filesystem::exists(dir / "out" / "chats" / "chat_01" / "photos"));
  const Recorder anna = read_whatsapp(sample("WhatsApp Chat with Anna Schmidt.zip"), "Europe/Berlin");
  CHECK(back.messages[1].text == anna.messages[1].text);
  CHECK(back.messages[1].time_ms == anna.messages[1].time_ms);
  CHECK(back.messages[1].sender == anna.messages[1].sender);
}
