// What every registered importer and exporter must do; a new format joins by being registered
// and by putting its samples under samples/<importer name>/.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "app/export.hpp"
#include "app/import.hpp"
#include "app/init.hpp"
#include "exporters/exporter.hpp"
#include "importers/importer.hpp"
#include "tests/app/temp_archive.hpp"
#include "tests/support.hpp"

using namespace chatvault;
using chatvault::test::TempDir;

namespace {

// samples/<name>/<each entry>: the exports we wrote for that importer.
std::map<std::string, std::vector<std::filesystem::path>> samples_by_importer() {
  std::map<std::string, std::vector<std::filesystem::path>> out;
  for (const auto& name : importers::builtin_importers().names()) {
    const auto dir = test::samples_dir() / name;
    if (std::filesystem::is_directory(dir)) {
      for (const auto& e : std::filesystem::directory_iterator(dir)) {
        out[name].push_back(e.path());
      }
    }
  }
  return out;
}

struct Store : test::TempArchive {
  Store() : TempArchive("conformance") {}
  app::ImportResult import(const std::filesystem::path& source) {
    CollectingReporter reporter;
    return TempArchive::import({source}, reporter, "UTC");
  }
};

struct FakeImporter : importers::Importer {
  std::string m_name;
  int m_confidence;
  FakeImporter(std::string name, int confidence) : m_name(std::move(name)), m_confidence(confidence) {}
  std::string_view name() const override { return m_name; }
  model::Platform platform() const override { return model::Platform::sms; }
  importers::Detection detect(const importers::SourceTree&) const override { return {m_confidence, "fake"}; }
  importers::ImportReport import(const importers::SourceTree&, const importers::ImportOptions&,
                                 model::Sink&) const override {
    return {};
  }
};

}  // namespace

TEST_CASE("conformance: every importer has samples, claims its own and no other's") {
  const auto registry = importers::builtin_importers();
  const auto samples = samples_by_importer();
  for (const auto& name : registry.names()) {
    CAPTURE(name);
    REQUIRE_MESSAGE(samples.count(name) == 1, "samples/" << name << "/ holds no sample export");
  }
  for (const auto& [owner, paths] : samples) {
    for (const auto& path : paths) {
      CAPTURE(path.string());
      const auto tree = importers::SourceTree::open(path);
      CHECK(registry.choose(tree, "").name() == owner);
      for (const auto& other : registry.names()) {
        if (other != owner) {
          CAPTURE(other);
          CHECK(registry.find(other)->detect(tree).confidence == 0);
        }
      }
    }
  }
}

TEST_CASE("conformance: empty, truncated and very long inputs fail cleanly or import what they hold") {
  const auto registry = importers::builtin_importers();
  TempDir dir;
  test::write_file(dir / "empty.txt", "");
  std::string message;
  CHECK(test::category_of([&] { registry.choose(importers::SourceTree::open(dir / "empty.txt"), ""); }, &message) ==
        ErrorCategory::input);
  CHECK(message.find("not a chat export") != std::string::npos);

  // A megabyte on one line with no structure at all.
  test::write_file(dir / "long.txt", std::string(1 << 20, 'x'));
  CHECK(test::category_of([&] { registry.choose(importers::SourceTree::open(dir / "long.txt"), ""); }) ==
        ErrorCategory::input);

  // Every importer run on the first half of each of its samples' main files, forced by --format:
  // an input error or an import of what is there, never a crash or another kind of error.
  for (const auto& [owner, paths] : samples_by_importer()) {
    for (const auto& path : paths) {
      CAPTURE(path.string());
      const auto tree = importers::SourceTree::open(path);
      std::string main_entry;
      std::uint64_t biggest = 0;
      for (const auto& e : tree.entries()) {
        const bool text = e.path.ends_with(".txt") || e.path.ends_with(".json") || e.path.ends_with(".html") ||
                          e.path.ends_with(".htm");
        if (text && e.size > biggest) {
          biggest = e.size;
          main_entry = e.path;
        }
      }
      REQUIRE(!main_entry.empty());
      const std::string bytes = tree.read_all(main_entry, 64 << 20);
      const auto cut = dir / (owner + "-cut") / std::filesystem::path(main_entry).filename();
      std::filesystem::create_directories(cut.parent_path());
      std::filesystem::remove(cut);
      test::write_file(cut, bytes.substr(0, bytes.size() / 2));
      Store store;
      CollectingReporter reporter;
      app::ImportRequest req;
      req.archive = store.path;
      req.passphrase = &store.passphrase;
      req.sources = {cut};
      req.format = owner;
      req.options.zone = "UTC";
      try {
        app::run_import(req, reporter);
      } catch (const Error& e) {
        CHECK_MESSAGE(e.category() == ErrorCategory::input, e.what());
      }
    }
  }
}

TEST_CASE("conformance: importing a sample twice adds nothing; every exporter writes every sample") {
  for (const auto& [owner, paths] : samples_by_importer()) {
    for (const auto& path : paths) {
      CAPTURE(path.string());
      Store store;
      const auto first = store.import(path);
      REQUIRE(first.sources.size() == 1);
      CHECK(first.sources[0].counts.messages_added > 0);
      const auto second = store.import(path);
      CHECK(second.sources[0].counts.messages_added == 0);
      CHECK(second.sources[0].counts.duplicates == first.sources[0].counts.messages_added);

      for (const auto& format : exporters::builtin_exporters().names()) {
        CAPTURE(format);
        CollectingReporter reporter;
        app::ExportRequest exp;
        exp.archive = {store.path, &store.passphrase};
        exp.format = format;
        exp.options.out_dir = store.dir / ("out-" + format);
        const auto result = app::run_export(exp, reporter);
        CHECK(result.messages == first.sources[0].counts.messages_added);
        CHECK(!std::filesystem::is_empty(exp.options.out_dir));
      }
    }
  }
}

TEST_CASE("conformance: choose() with no candidate, a tie, and an unknown --format") {
  TempDir dir;
  test::write_file(dir / "x.txt", "hello\n");
  const auto tree = importers::SourceTree::open(dir / "x.txt");
  importers::ImporterRegistry none;
  none.add(std::make_unique<FakeImporter>("a", 0));
  CHECK(test::category_of([&] { none.choose(tree, ""); }) == ErrorCategory::input);

  importers::ImporterRegistry tie;
  tie.add(std::make_unique<FakeImporter>("a", 50));
  tie.add(std::make_unique<FakeImporter>("b", 50));
  std::string message;
  CHECK(test::category_of([&] { tie.choose(tree, ""); }, &message) == ErrorCategory::input);
  CHECK(message.find("--format") != std::string::npos);
  CHECK(tie.choose(tree, "b").name() == "b");

  CHECK(test::category_of([&] { tie.choose(tree, "c"); }, &message) == ErrorCategory::usage);
  CHECK(message.find("a, b") != std::string::npos);
  CHECK(test::category_of([&] { app::require_exporter("nope"); }, &message) == ErrorCategory::usage);
  CHECK(message.find("telegram") != std::string::npos);
}
