#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "importers/background_import.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"

using chatvault::Error;
using chatvault::ErrorCategory;
using chatvault::importers::ImportOptions;
using chatvault::importers::ImportReport;
using chatvault::importers::Importer;
using chatvault::importers::SourceTree;
namespace model = chatvault::model;

namespace {

// Writes every event as one line, and reads each attachment's bytes the way the archive does
// (on the thread that calls the sink).
class RecordingSink : public model::Sink {
 public:
  void begin_chat(const model::Chat& chat) override { lines.push_back("begin " + chat.title); }
  void message(model::Message&& msg) override {
    std::string line = "msg " + std::to_string(msg.origin.line) + " " + msg.sender + ": " + msg.text;
    for (const auto& a : msg.attachments) {
      line += " [" + a.file_name + (a.open ? " " + std::to_string(read_all(a)) + " bytes" : " -") + "]";
    }
    lines.push_back(line);
    if (fail_at != 0 && ++seen == fail_at) {
      throw Error(ErrorCategory::io, "disk full (test)");
    }
  }
  void end_chat() override { lines.push_back("end"); }
  void skipped(const model::Origin& where, std::string_view reason) override {
    lines.push_back("skip " + std::to_string(where.line) + " " + std::string(reason));
  }
  void warning(const model::Origin& where, std::string_view text) override {
    lines.push_back("warn " + std::to_string(where.line) + " " + std::string(text));
  }
  static std::size_t read_all(const model::Attachment& a) {
    auto r = a.open();
    std::size_t total = 0;
    char buf[4096];
    for (std::size_t n; (n = r->read(buf, sizeof buf)) > 0;) total += n;
    return total;
  }

  std::vector<std::string> lines;
  std::uint64_t fail_at = 0;  // throw at this message (1-based); 0: never
  std::uint64_t seen = 0;
};

// An importer that sends a scripted stream, asks for a known chat half-way, and can fail.
class ScriptedImporter : public Importer {
 public:
  std::string_view name() const override { return "scripted"; }
  model::Platform platform() const override { return model::Platform::whatsapp; }
  chatvault::importers::Detection detect(const SourceTree&) const override { return {}; }
  ImportReport import(const SourceTree&, const ImportOptions& options, model::Sink& sink) const override {
    model::Chat chat;
    chat.title = "Scripted";
    sink.begin_chat(chat);
    for (std::uint64_t i = 1; i <= messages; ++i) {
      if (i == messages / 2 && options.known_chat) {
        const auto known = options.known_chat(model::Platform::whatsapp, "Scripted");
        sink.warning({"chat.txt", i, {}}, known ? "known as " + known->title : "unknown");
      }
      if (i % 1000 == 0) sink.skipped({"chat.txt", i, {}}, "every thousandth");
      model::Message m;
      m.origin = {"chat.txt", i, {}};
      m.sender = i % 2 ? "Anna" : "Ben";
      m.text = "message " + std::to_string(i);
      sink.message(std::move(m));
      sent.fetch_add(1);
      if (i == throw_at) throw Error(ErrorCategory::input, "chat.txt line " + std::to_string(i) + ": broken (test)");
    }
    sink.end_chat();
    ImportReport report;
    report.notes.push_back("done");
    return report;
  }
  std::uint64_t messages = 20000;
  std::uint64_t throw_at = 0;
  mutable std::atomic<std::uint64_t> sent{0};
};

SourceTree any_tree() { return SourceTree::open(chatvault::test::samples_dir() / "whatsapp"); }

}  // namespace

TEST_CASE("background import delivers every event in order and answers known_chat on the calling thread") {
  ScriptedImporter importer;
  const auto caller = std::this_thread::get_id();
  std::thread::id asked_on;
  ImportOptions options;
  options.known_chat = [&](model::Platform, std::string_view key) {
    asked_on = std::this_thread::get_id();
    model::Chat c;
    c.title = "remembered " + std::string(key);
    return std::optional<model::Chat>(c);
  };
  const SourceTree tree = any_tree();
  RecordingSink direct;
  const ImportReport direct_report = importer.import(tree, options, direct);
  RecordingSink background;
  const ImportReport report = chatvault::importers::import_in_background(importer, tree, options, background);
  CHECK(asked_on == caller);
  REQUIRE(background.lines.size() == direct.lines.size());
  CHECK(background.lines == direct.lines);
  CHECK(background.lines.size() == 20000 + 20 + 1 + 2);
  CHECK(report.notes == direct_report.notes);
}

TEST_CASE("background import: an importer error arrives after every message sent before it") {
  ScriptedImporter importer;
  importer.throw_at = 3000;
  RecordingSink sink;
  std::string message;
  const auto category = chatvault::test::category_of(
      [&] { chatvault::importers::import_in_background(importer, any_tree(), {}, sink); }, &message);
  CHECK(category == ErrorCategory::input);
  CHECK(message.find("line 3000: broken") != std::string::npos);
  std::size_t messages = 0;
  for (const auto& l : sink.lines) messages += l.starts_with("msg ") ? 1 : 0;
  CHECK(messages == 3000);
  CHECK(sink.lines.back() == "msg 3000 Ben: message 3000");
}

TEST_CASE("background import: a sink error stops the importer and reaches the caller") {
  ScriptedImporter importer;
  importer.messages = 1000000;
  RecordingSink sink;
  sink.fail_at = 500;
  std::string message;
  const auto category = chatvault::test::category_of(
      [&] { chatvault::importers::import_in_background(importer, any_tree(), {}, sink); }, &message);
  CHECK(category == ErrorCategory::io);
  CHECK(message.find("disk full") != std::string::npos);
  // The worker stopped at the bounded queue, far short of the million it would send.
  CHECK(importer.sent.load() < 20000);
}

TEST_CASE("background import of a real WhatsApp zip reads the same media bytes as a direct import") {
  const auto zip = chatvault::test::samples_dir() / "whatsapp" / "WhatsApp Chat with Anna Schmidt.zip";
  REQUIRE(std::filesystem::exists(zip));
  const SourceTree tree = SourceTree::open(zip);
  const auto registry = chatvault::importers::builtin_importers();
  const Importer& importer = registry.choose(tree, "");
  ImportOptions options;
  options.zone = "Europe/Berlin";
  RecordingSink direct;
  importer.import(tree, options, direct);
  RecordingSink background;
  chatvault::importers::import_in_background(importer, tree, options, background);
  CHECK(background.lines == direct.lines);
  std::size_t with_bytes = 0;
  for (const auto& l : background.lines) with_bytes += l.find(" bytes]") != std::string::npos ? 1 : 0;
  CHECK(with_bytes == 2);  // the sample holds two media files
}
