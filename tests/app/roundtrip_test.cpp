// Each bundled sample, imported and exported to JSONL, equals the hand-written expectation in
// tests/data/expected/ (written from reading the sample, not from chatvault's output).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/export.hpp"
#include "app/import.hpp"
#include "app/init.hpp"
#include "tests/support.hpp"

using namespace chatvault;
using chatvault::test::read_file;
using chatvault::test::TempDir;

namespace {

struct Sample {
  const char* file;
  const char* zone;
  const char* self;
  const char* expected;
  const char* exported;
};

void round_trip(const Sample& s) {
  TempDir dir;
  const Secret passphrase("round trip");
  app::InitRequest init;
  init.archive = dir / "a.chatvault";
  init.passphrase = &passphrase;
  init.kdf = archive::KdfLevel::interactive;
  app::run_init(init);

  CollectingReporter reporter;
  app::ImportRequest req;
  req.archive = init.archive;
  req.passphrase = &passphrase;
  req.sources = {test::samples_dir() / "whatsapp" / s.file};
  req.options.zone = s.zone;
  req.options.self_name = s.self;
  const auto imported = app::run_import(req, reporter);
  REQUIRE(imported.sources.size() == 1);
  CHECK(imported.sources[0].counts.warnings == 0);
  CHECK(imported.sources[0].counts.skipped == 0);

  app::ExportRequest exp;
  exp.archive = {init.archive, &passphrase};
  exp.format = "jsonl";
  exp.options.out_dir = dir / "out";
  app::run_export(exp, reporter);

  const std::string expected = read_file(test::source_dir() / "tests" / "data" / "expected" / s.expected);
  const std::string actual = read_file(dir / "out" / s.exported);
  // Line by line, so a failure shows the first message that differs.
  std::size_t e = 0;
  std::size_t a = 0;
  int line = 1;
  while (e < expected.size() && a < actual.size()) {
    const std::string el = expected.substr(e, expected.find('\n', e) - e);
    const std::string al = actual.substr(a, actual.find('\n', a) - a);
    CHECK_MESSAGE(al == el, s.exported << " line " << line);
    e += el.size() + 1;
    a += al.size() + 1;
    ++line;
  }
  CHECK(actual.size() == expected.size());
}

}  // namespace

TEST_CASE("round trip: Android sample with media to JSONL") {
  round_trip({"WhatsApp Chat with Anna Schmidt.zip", "Europe/Berlin", "Ben Carter", "anna_schmidt.jsonl",
              "Anna Schmidt.jsonl"});
}

TEST_CASE("round trip: iOS group sample to JSONL") {
  round_trip({"WhatsApp Chat - Hiking Club.zip", "America/New_York", "", "hiking_club.jsonl", "Hiking Club.jsonl"});
}
