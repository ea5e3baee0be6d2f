#include <doctest/doctest.h>
#include <zip.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "importers/source_tree.hpp"
#include "tests/support.hpp"
#include "tests/zip_writer.hpp"
#include "util/error.hpp"

using chatvault::Error;
using chatvault::ErrorCategory;
using chatvault::importers::normalise_entry_path;
using chatvault::importers::SourceTree;
using chatvault::test::TempDir;
namespace fs = std::filesystem;

using chatvault::test::category_of;

using chatvault::test::make_zip;

namespace {

std::string read_via(const SourceTree& tree, const std::string& entry) {
  return tree.read_all(entry, 1 << 20);
}

}  // namespace

TEST_CASE("source tree: a zip is read in place, entries sorted and normalised") {
  TempDir dir;
  const auto zip = dir / "WhatsApp Chat with Anna.zip";
  make_zip(zip, {{"_chat.txt", "hello\n"}, {"./media\\IMG-1.jpg", "JPEGDATA"}, {"folder/", ""}});
  const SourceTree tree = SourceTree::open(zip);
  CHECK(tree.kind() == SourceTree::Kind::zip);
  CHECK(tree.stem() == "WhatsApp Chat with Anna");
  REQUIRE(tree.entries().size() == 2);
  CHECK(tree.entries()[0].path == "_chat.txt");
  CHECK(tree.entries()[1].path == "media/IMG-1.jpg");
  CHECK(tree.entries()[1].size == 8);
  CHECK(read_via(tree, "media/IMG-1.jpg") == "JPEGDATA");
  CHECK_FALSE(tree.find("IMG-1.jpg").has_value());
  // Openers outlive the tree object: the archive reads media after the importer is done.
  chatvault::model::Opener opener = tree.opener("_chat.txt");
  { const SourceTree moved = tree; }
  auto reader = opener();
  char buf[16] = {};
  CHECK(reader->read(buf, sizeof buf) == 6);
  CHECK(std::string(buf, 6) == "hello\n");
}

TEST_CASE("source tree: a folder and a single file") {
  TempDir dir;
  chatvault::test::write_file(dir / "export" / "chat.txt", "a");
  chatvault::test::write_file(dir / "export" / "media" / "b.jpg", "bb");
  const SourceTree folder = SourceTree::open(dir.path() / "export" / "");
  CHECK(folder.kind() == SourceTree::Kind::folder);
  CHECK(folder.stem() == "export");
  REQUIRE(folder.entries().size() == 2);
  CHECK(folder.entries()[0].path == "chat.txt");
  CHECK(folder.entries()[1].path == "media/b.jpg");
  CHECK(read_via(folder, "media/b.jpg") == "bb");

  const SourceTree file = SourceTree::open(dir.path() / "export" / "chat.txt");
  CHECK(file.kind() == SourceTree::Kind::file);
  CHECK(file.stem() == "chat");
  REQUIRE(file.entries().size() == 1);
  CHECK(read_via(file, "chat.txt") == "a");
}

TEST_CASE("source tree: a zip is recognised by its signature, not its name") {
  TempDir dir;
  const auto path = dir / "export.txt";
  make_zip(path, {{"_chat.txt", "x"}});
  CHECK(SourceTree::open(path).kind() == SourceTree::Kind::zip);
}

TEST_CASE("source tree: entries that climb out, absolute paths and NUL bytes are refused") {
  TempDir dir;
  std::string msg;
  make_zip(dir / "dots.zip", {{"ok.txt", "x"}, {"media/../../evil.txt", "x"}});
  CHECK(category_of([&] { SourceTree::open(dir / "dots.zip"); }, &msg) == ErrorCategory::input);
  CHECK(msg.find("dots.zip") != std::string::npos);
  CHECK(msg.find("'..'") != std::string::npos);

  make_zip(dir / "abs.zip", {{"/etc/passwd", "x"}});
  CHECK(category_of([&] { SourceTree::open(dir / "abs.zip"); }, &msg) == ErrorCategory::input);
  CHECK(msg.find("absolute") != std::string::npos);

  // libzip cannot write a NUL in a name, so patch one into the stored bytes.
  make_zip(dir / "nul.zip", {{"aQQQb.txt", "x"}});
  std::string bytes = chatvault::test::read_file(dir / "nul.zip");
  for (std::size_t at = bytes.find("aQQQb"); at != std::string::npos; at = bytes.find("aQQQb", at + 1)) {
    bytes[at + 2] = '\0';
  }
  chatvault::test::write_file(dir / "nul.zip", bytes);
  const ErrorCategory cat = category_of([&] { SourceTree::open(dir / "nul.zip"); }, &msg);
  CHECK(cat == ErrorCategory::input);
  CHECK(msg.find("NUL") != std::string::npos);

  CHECK_THROWS_AS(normalise_entry_path("C:\\Windows\\x", "z"), Error);
  CHECK_THROWS_AS(normalise_entry_path("a\\..\\..\\b", "z"), Error);
  CHECK(normalise_entry_path("a//./b/", "z") == "a/b");
}

TEST_CASE("source tree: a truncated zip and a missing path give clear input errors") {
  TempDir dir;
  std::string content(200000, '\0');
  for (std::size_t i = 0; i < content.size(); ++i) {
    content[i] = static_cast<char>((i * 7919) % 251);
  }
  make_zip(dir / "full.zip", {{"_chat.txt", content}});
  std::string bytes = chatvault::test::read_file(dir / "full.zip");
  chatvault::test::write_file(dir / "cut.zip", bytes.substr(0, bytes.size() / 2));
  std::string msg;
  CHECK(category_of([&] { SourceTree::open(dir / "cut.zip"); }, &msg) == ErrorCategory::input);
  CHECK(msg.find("cut.zip") != std::string::npos);
  CHECK(msg.find("zip") != std::string::npos);

  CHECK(category_of([&] { SourceTree::open(dir / "nope.zip"); }, &msg) == ErrorCategory::input);
  CHECK(msg.find("no such file") != std::string::npos);
}

TEST_CASE("source tree: a damaged entry is an error when read, not garbage") {
  TempDir dir;
  std::string content(100000, 'a');
  for (std::size_t i = 0; i < content.size(); i += 3) {
    content[i] = static_cast<char>('a' + (i % 26));
  }
  make_zip(dir / "ok.zip", {{"_chat.txt", content}});
  std::string bytes = chatvault::test::read_file(dir / "ok.zip");
  // Flip bytes inside the compressed data (after the 30-byte local header and the name).
  for (std::size_t i = 60; i < 400; i += 7) {
    bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
  }
  chatvault::test::write_file(dir / "bad.zip", bytes);
  const SourceTree tree = SourceTree::open(dir / "bad.zip");
  CHECK(category_of([&] { tree.read_all("_chat.txt", 1 << 20); }) == ErrorCategory::input);
}

TEST_CASE("source tree: read_all refuses entries above the limit, unknown entries are errors") {
  TempDir dir;
  make_zip(dir / "a.zip", {{"big.txt", std::string(5000, 'x')}});
  const SourceTree tree = SourceTree::open(dir / "a.zip");
  CHECK(category_of([&] { tree.read_all("big.txt", 100); }) == ErrorCategory::input);
  CHECK(category_of([&] { tree.open_entry("other.txt"); }) == ErrorCategory::input);
}

TEST_CASE("source tree: parts of one export merge into one tree") {
  TempDir dir;
  make_zip(dir / "meta-20240101-part1.zip", {{"messages/inbox/anna/message_1.json", "{\"a\":1}"},
                                            {"index.html", "<html>same</html>"}});
  make_zip(dir / "meta-20240101-part2.zip", {{"messages/inbox/anna/photos/1.jpg", "jpeg"},
                                            {"index.html", "<html>same</html>"}});
  std::vector<SourceTree> parts;
  parts.push_back(SourceTree::open(dir / "meta-20240101-part1.zip"));
  parts.push_back(SourceTree::open(dir / "meta-20240101-part2.zip"));
  const SourceTree tree = SourceTree::merge(std::move(parts));
  CHECK(tree.kind() == SourceTree::Kind::merged);
  CHECK(tree.stem() == "meta-20240101");
  CHECK(tree.part_paths().size() == 2);
  std::vector<std::string> paths;
  for (const auto& e : tree.entries()) paths.push_back(e.path);
  CHECK(paths == std::vector<std::string>{"index.html", "messages/inbox/anna/message_1.json",
                                          "messages/inbox/anna/photos/1.jpg"});
  CHECK(read_via(tree, "messages/inbox/anna/message_1.json") == "{\"a\":1}");
  CHECK(read_via(tree, "messages/inbox/anna/photos/1.jpg") == "jpeg");
  CHECK(read_via(tree, "index.html") == "<html>same</html>");
  // Openers outlive the merged tree, like a single zip's.
  const auto open_photo = SourceTree::merge([&] {
    std::vector<SourceTree> again;
    again.push_back(SourceTree::open(dir / "meta-20240101-part1.zip"));
    again.push_back(SourceTree::open(dir / "meta-20240101-part2.zip"));
    return again;
  }()).opener("messages/inbox/anna/photos/1.jpg");
  char buf[16] = {};
  CHECK(open_photo()->read(buf, sizeof buf) == 4);
  CHECK(category_of([&] { (void)tree.open_entry("nope.txt"); }) == ErrorCategory::input);
}

TEST_CASE("source tree: parts that disagree about one entry are refused, one part is itself") {
  TempDir dir;
  make_zip(dir / "x-part1.zip", {{"index.html", "<html>one</html>"}});
  make_zip(dir / "x-part2.zip", {{"index.html", "<html>two</html>"}});  // same size, other bytes
  std::vector<SourceTree> parts;
  parts.push_back(SourceTree::open(dir / "x-part1.zip"));
  parts.push_back(SourceTree::open(dir / "x-part2.zip"));
  std::string message;
  CHECK(category_of([&] { SourceTree::merge(std::move(parts)); }, &message) == ErrorCategory::input);
  CHECK(message.find("'index.html' is in both") != std::string::npos);
  CHECK(message.find("x-part2.zip") != std::string::npos);

  std::vector<SourceTree> one;
  one.push_back(SourceTree::open(dir / "x-part1.zip"));
  const SourceTree single = SourceTree::merge(std::move(one));
  CHECK(single.kind() == SourceTree::Kind::zip);
  CHECK(single.stem() == "x-part1");
}
