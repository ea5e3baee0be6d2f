#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "exporters/exporter.hpp"
#include "exporters/output_dir.hpp"
#include "tests/exporters/fake_chat_reader.hpp"
#include "tests/support.hpp"

namespace chatvault::exporters {
namespace fs = std::filesystem;
namespace {

using test::read_file;

// Every file under `root`: relative path -> bytes.
std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) {
      out[fs::relative(entry.path(), root).generic_string()] = read_file(entry.path());
    }
  }
  return out;
}

// Records what the driver hands a format, to check the loop itself.
class RecordingExporter : public Exporter {
 public:
  struct Writer : ChatWriter {
    Writer(RecordingExporter& owner, std::string file) : m_owner(owner), m_file(std::move(file)) {}
    void write_message(const model::Message& msg, const std::vector<std::string>& media_paths) override {
      std::string line = m_file + " " + std::to_string(msg.id);
      for (const auto& p : media_paths) {
        line += " [" + p + "]";
      }
      m_owner.log.push_back(line);
    }
    void end_chat() override { m_owner.log.push_back(m_file + " end"); }
    const std::string& file() const override { return m_file; }
    RecordingExporter& m_owner;
    std::string m_file;
  };

  std::string_view name() const override { return "recording"; }
  std::string_view description() const override { return "test"; }
  std::unique_ptr<ChatWriter> begin_chat(const ChatTarget& target, OutputDir&) override {
    log.push_back("begin " + target.stem + " | " + target.media_dir);
    return std::make_unique<Writer>(*this, target.stem);
  }
  void finish(const std::vector<ExportedChat>& chats, OutputDir&) override {
    std::string line = "finish";
    for (const auto& c : chats) {
      line += " " + c.file + ":" + std::to_string(c.messages) + ":" + std::to_string(c.media_files);
    }
    log.push_back(line);
  }
  std::vector<std::string> log;
};

class ProgressReporter : public CollectingReporter {
 public:
  void progress(std::string_view what, std::uint64_t done, std::uint64_t total) override {
    calls.push_back(std::string(what) + " " + std::to_string(done) + "/" + std::to_string(total));
  }
  std::vector<std::string> calls;
};

}  // namespace

TEST_CASE("driver: order, hooks, media paths, progress, counts") {
  test::TempDir tmp;
  auto reader = test::two_chats();
  RecordingExporter exporter;
  ProgressReporter reporter;
  const ExportResult result = export_chats(reader, exporter, {tmp / "out", {}, true}, reporter);
  CHECK(result.chats == 2);
  CHECK(result.messages == 9);
  CHECK(result.media_files == 2);
  const std::vector<std::string> expected{
      "begin Anna | Anna_media",
      "Anna 101 [Anna_media/IMG-1.jpg]",
      "Anna 102",
      "Anna 103 [Anna_media/IMG-1.jpg] []",
      "Anna 104 [Anna_media/IMG-1 (2).jpg]",
      "Anna 105",
      "Anna end",
      "begin Mum_Dad_ _Plans__ | Mum_Dad_ _Plans___media",
      "Mum_Dad_ _Plans__ 201",
      "Mum_Dad_ _Plans__ 202",
      "Mum_Dad_ _Plans__ 203",
      "Mum_Dad_ _Plans__ 204",
      "Mum_Dad_ _Plans__ end",
      "finish Anna:5:2 Mum_Dad_ _Plans__:4:0",
  };
  CHECK(exporter.log == expected);
  REQUIRE(!reporter.calls.empty());
  CHECK(reporter.calls.front() == "export 0/9");
  CHECK(reporter.calls.back() == "export 9/9");
}

TEST_CASE("driver: selection by title and by key, each chat once") {
  auto reader = test::two_chats();
  CollectingReporter reporter;
  for (const auto& names : std::vector<std::vector<std::string>>{
           {"Anna"}, {"WhatsApp Chat with Anna"}, {"WhatsApp Chat with Anna", "Anna"}}) {
    test::TempDir tmp;
    RecordingExporter exporter;
    const ExportResult result = export_chats(reader, exporter, {tmp / "out", names, true}, reporter);
    CHECK(result.chats == 1);
    CHECK(exporter.log.front() == "begin Anna | Anna_media");
    CHECK(exporter.log.back() == "finish Anna:5:2");
  }
  test::TempDir tmp;
  RecordingExporter exporter;
  const ExportResult result =
      export_chats(reader, exporter, {tmp / "out", {"Mum/Dad: \"Plans\"?", "Anna"}, true}, reporter);
  CHECK(result.chats == 2);
  CHECK(exporter.log.front() == "begin Anna | Anna_media");  // the stable order, not the request's
}

TEST_CASE("driver: an unknown chat is a usage error, and nothing is written") {
  test::TempDir tmp;
  auto reader = test::two_chats();
  RecordingExporter exporter;
  CollectingReporter reporter;
  try {
    (void)export_chats(reader, exporter, {tmp / "out", {"Anna", "anna"}, true}, reporter);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.category() == ErrorCategory::usage);
    CHECK(std::string(e.what()) == "no chat named 'anna' in the archive; 'chatvault chats ARCHIVE' lists them");
  }
  CHECK(exporter.log.empty());
  CHECK_FALSE(fs::exists(tmp / "out"));
}

TEST_CASE("driver: an existing output file is an error and is left alone") {
  test::TempDir tmp;
  test::write_file(tmp / "out" / "Mum_Dad_ _Plans__.jsonl", "keep me");
  auto reader = test::two_chats();
  const auto registry = builtin_exporters();
  CollectingReporter reporter;
  try {
    (void)export_chats(reader, *registry.find("jsonl"), {tmp / "out", {}, true}, reporter);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.category() == ErrorCategory::io);
    const std::string what = e.what();
    CHECK(what.rfind("cannot write ", 0) == 0);
    CHECK(what.find((tmp / "out" / "Mum_Dad_ _Plans__.jsonl").string()) != std::string::npos);
  }
  CHECK(read_file(tmp / "out" / "Mum_Dad_ _Plans__.jsonl") == "keep me");

  // Re-running a finished export into the same folder fails the same way.
  test::TempDir tmp2;
  CHECK_NOTHROW(export_chats(reader, *registry.find("txt"), {tmp2 / "out", {}, true}, reporter));
  const auto before = tree(tmp2 / "out");
  CHECK_THROWS_AS(export_chats(reader, *registry.find("txt"), {tmp2 / "out", {}, true}, reporter), Error);
  CHECK(tree(tmp2 / "out") == before);
}

TEST_CASE("driver: chats whose names differ only in case get distinct files") {
  test::FakeChatReader reader;
  model::StoredChat upper;
  upper.id = 1;
  upper.chat.key = upper.chat.title = "Anna";
  model::StoredChat lower;
  lower.id = 2;
  lower.chat.key = lower.chat.title = "anna";
  model::StoredChat untitled;
  untitled.id = 3;
  untitled.chat.key = "CON";
  model::Message m;
  m.id = 1;
  m.sender = "x";
  m.attachments = {test::attachment(model::AttachmentKind::photo, "../../evil.jpg", test::k_hash2)};
  reader.add_chat(lower, {m});
  reader.add_chat(upper, {m});
  reader.add_chat(untitled, {});
  reader.add_blob(test::k_hash2, "bytes");

  test::TempDir tmp;
  const auto registry = builtin_exporters();
  CollectingReporter reporter;
  (void)export_chats(reader, *registry.find("jsonl"), {tmp / "out", {}, true}, reporter);
  const auto files = tree(tmp / "out");
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) {
    names.push_back(name);
  }
  const std::vector<std::string> expected{"Anna.jsonl",         "Anna_media/_._.._evil.jpg", "_CON.jsonl",
                                          "anna (2).jsonl",     "anna (2)_media/_._.._evil.jpg",
                                          "chats.json"};
  CHECK(names == expected);
}

TEST_CASE("driver: a blob the reader lacks stops the export and leaves no empty media file") {
  test::FakeChatReader reader;
  model::StoredChat chat;
  chat.id = 1;
  chat.chat.key = chat.chat.title = "Anna";
  model::Message m;
  m.attachments = {test::attachment(model::AttachmentKind::photo, "IMG-1.jpg", test::k_hash1)};
  reader.add_chat(chat, {m});
  test::TempDir tmp;
  const auto registry = builtin_exporters();
  CollectingReporter reporter;
  CHECK_THROWS_AS(export_chats(reader, *registry.find("jsonl"), {tmp / "out", {}, true}, reporter), Error);
  CHECK_FALSE(fs::exists(tmp / "out" / "Anna_media" / "IMG-1.jpg"));
}

TEST_CASE("driver: output is deterministic") {
  const auto registry = builtin_exporters();
  for (const auto& format : registry.names()) {
    CAPTURE(format);
    test::TempDir tmp;
    CollectingReporter reporter;
    auto r1 = test::two_chats();
    auto r2 = test::two_chats();
    (void)export_chats(r1, *registry.find(format), {tmp / "one", {}, true}, reporter);
    (void)export_chats(r2, *registry.find(format), {tmp / "two", {}, true}, reporter);
    const auto one = tree(tmp / "one");
    CHECK(one.size() >= 3);  // telegram-json: one result.json for both chats
    CHECK(one == tree(tmp / "two"));
  }
}

TEST_CASE("registry: built-in formats, lookup, duplicates") {
  auto registry = builtin_exporters();
  CHECK(registry.names() == std::vector<std::string>{"jsonl", "telegram", "telegram-json", "txt"});
  REQUIRE(registry.find("jsonl") != nullptr);
  CHECK(registry.find("jsonl")->name() == "jsonl");
  CHECK(registry.find("txt") != nullptr);
  CHECK(registry.find("html") == nullptr);
  registry.add(std::make_unique<RecordingExporter>());
  CHECK_THROWS_AS(registry.add(std::make_unique<RecordingExporter>()), Error);
}

}  // namespace chatvault::exporters
