// The WhatsApp importer against the shared real-world fixtures and their verified facts
// (../shared/fixtures/whatsapp/EXPECTED.json, "verified_by_reading").
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "importers/source_tree.hpp"
#include "importers/whatsapp/whatsapp_importer.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"
#include "util/time.hpp"

using namespace chatvault;

namespace {

using Recorder = test::RecordingSink;

// "2022-03-18T14:56:01Z" → "2022-03-18T14:56:01" (the fixtures' naive wall clock, read in UTC).
std::string wall(std::int64_t ms) {
  std::string s = timeutil::format_iso_utc(ms);
  if (!s.empty() && s.back() == 'Z') {
    s.pop_back();
  }
  return s;
}

}  // namespace

TEST_CASE("whatsapp fixtures: counts, first/last times, authors and date order match EXPECTED.json") {
  const auto fixtures = test::fixtures_dir();
  if (!fixtures) {
    return;
  }
  const auto dir = *fixtures / "whatsapp";
  const auto expected = nlohmann::json::parse(test::read_file(dir / "EXPECTED.json"));
  const auto importer = importers::make_whatsapp_importer();
  int checked = 0;
  for (const auto& [name, facts] : expected.items()) {
    CAPTURE(name);
    const auto& v = facts.at("verified_by_reading");
    const auto tree = importers::SourceTree::open(dir / name);
    CHECK(importer->detect(tree).confidence >= 90);
    Recorder sink;
    importers::ImportOptions o;
    o.zone = "UTC";
    const auto report = importer->import(tree, o, sink);
    ++checked;
    CHECK(sink.chats.size() == 1);
    CHECK(sink.messages.size() == v.at("message_header_lines").get<std::size_t>());
    if (sink.messages.empty()) {
      continue;
    }
    CHECK(wall(sink.messages.front().time_ms) == v.at("first_written").get<std::string>());
    CHECK(wall(sink.messages.back().time_ms) == v.at("last_written").get<std::string>());
    CHECK(report.date_order == v.at("date_order").get<std::string>());

    // "Authors with colon" are the senders plus the names iOS puts on its own notices: every
    // sender must be one of them, and senders with notice authors must be all of them.
    std::set<std::string> expected_authors;
    for (const auto& a : v.at("authors_with_colon")) {
      expected_authors.insert(a.get<std::string>());
    }
    std::set<std::string> senders;
    std::set<std::string> all;
    for (const auto& m : sink.messages) {
      if (!m.sender.empty()) {
        senders.insert(m.sender);
        all.insert(m.sender);
      }
      const auto extra = nlohmann::json::parse(m.extra_json);
      if (extra.contains("attributed_to")) {
        all.insert(extra["attributed_to"].get<std::string>());
      }
    }
    for (const auto& s : senders) {
      CAPTURE(s);
      CHECK(expected_authors.count(s) == 1);
    }
    CHECK(all == expected_authors);
  }
  CHECK(checked == static_cast<int>(expected.size()));
}
