// What the importer remembers across imports of one chat (date order, self), and names that
// contain ": ".
#include <doctest/doctest.h>

#include <string>

#include "tests/importers/whatsapp_test_util.hpp"
#include "util/time.hpp"

using namespace chatvault;
using test::wa_util::import;

namespace {

importers::ImportOptions knowing(model::Chat known) {
  importers::ImportOptions o;
  o.zone = "UTC";
  o.known_chat = [known](model::Platform p, std::string_view key) -> std::optional<model::Chat> {
    if (p == model::Platform::whatsapp && key == known.key) return known;
    return std::nullopt;
  };
  return o;
}

model::Chat known_chat(std::string order) {
  model::Chat c;
  c.key = "T";
  c.title = "T";
  c.zone = "UTC";
  c.date_order = std::move(order);
  return c;
}

bool has_note(const importers::ImportReport& r, std::string_view what) {
  for (const auto& n : r.notes) {
    if (n.find(what) != std::string::npos) return true;
  }
  return false;
}

const char* k_ambiguous = "1/2/21, 10:00 - Anna: one\n1/2/21, 10:01 - Ben: two\n";

}  // namespace

TEST_CASE("whatsapp memory: the decided order is stored on the chat") {
  auto r = import("18/03/2022, 14:56 - Anna: Hi\n");
  CHECK(r.sink.chats.at(0).date_order == "dmy");
  r = import("[3/18/22, 14:56:00] Anna: Hi\r\n");
  CHECK(r.sink.chats.at(0).date_order == "mdy");
  r = import("2022-03-18 14:56 - Anna: Hi\n");
  CHECK(r.sink.chats.at(0).date_order == "ymd");
  r = import(k_ambiguous);
  CHECK(r.sink.chats.at(0).date_order == "dmy");
  CHECK_FALSE(r.sink.warnings.empty());  // the ambiguity warning stays
}

TEST_CASE("whatsapp memory: an ambiguous file follows the order remembered for the chat") {
  const auto r = import(k_ambiguous, knowing(known_chat("mdy")));
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(timeutil::format_iso_utc(r.sink.messages[0].time_ms) == "2021-01-02T10:00:00Z");
  CHECK(r.report.date_order == "mdy");
  CHECK(r.sink.chats.at(0).date_order == "mdy");
  CHECK(r.sink.warnings.empty());      // nothing ambiguous about it now
  CHECK_FALSE(has_note(r.report, "imported before"));  // no contradiction
  // Without memory the same file is day-first.
  const auto plain = import(k_ambiguous);
  CHECK(timeutil::format_iso_utc(plain.sink.messages[0].time_ms) == "2021-02-01T10:00:00Z");
}

TEST_CASE("whatsapp memory: a file whose dates contradict the remembered order is noted") {
  const auto r = import("1/2/21, 10:00 - Anna: one\n1/25/21, 10:01 - Ben: two\n", knowing(known_chat("dmy")));
  CHECK(r.report.date_order == "dmy");
  CHECK(has_note(r.report, "imported before as dmy"));
}

TEST_CASE("whatsapp memory: a forced order beats the memory") {
  auto o = knowing(known_chat("mdy"));
  o.date_order = importers::DateOrder::dmy;
  const auto r = import(k_ambiguous, o);
  CHECK(timeutil::format_iso_utc(r.sink.messages[0].time_ms) == "2021-02-01T10:00:00Z");
}

TEST_CASE("whatsapp memory: self from the known chat when --self is not given") {
  auto known = known_chat("dmy");
  known.participants = {{"Anna", "", false}, {"Ben", "", true}};
  auto r = import("18/03/2022, 14:56 - Anna: Hi\n18/03/2022, 14:57 - Ben: Ho\n", knowing(known));
  const auto& ps = r.sink.chats.at(0).participants;
  REQUIRE(ps.size() == 2);
  CHECK_FALSE(ps[0].is_self);
  CHECK(ps[1].is_self);
  auto o = knowing(known);
  o.self_name = "Anna";  // --self wins
  r = import("18/03/2022, 14:56 - Anna: Hi\n18/03/2022, 14:57 - Ben: Ho\n", o);
  CHECK(r.sink.chats.at(0).participants[0].is_self);
  CHECK_FALSE(r.sink.chats.at(0).participants[1].is_self);
}

TEST_CASE("whatsapp names: an author whose name contains \": \" is learned from the file") {
  const auto r = import("18/03/2022, 14:56 - Dr: Who: hello\n18/03/2022, 14:57 - Ben: hi\n"
                        "18/03/2022, 14:58 - Dr: Who: Re: your note\n18/03/2022, 14:59 - Dr: Who: ok\n");
  const auto& ms = r.sink.messages;
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].sender == "Dr: Who");
  CHECK(ms[0].text == "hello");
  CHECK(ms[2].sender == "Dr: Who");
  CHECK(ms[2].text == "Re: your note");
  CHECK(ms[1].sender == "Ben");
  const auto& ps = r.sink.chats.at(0).participants;
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].name == "Dr: Who");
}

TEST_CASE("whatsapp names: a person who often starts with \"Re: \" keeps the first split") {
  const auto r = import("18/03/2022, 14:56 - Anna: Re: one\n18/03/2022, 14:57 - Anna: Re: two\n"
                        "18/03/2022, 14:58 - Anna: plain\n");
  for (const auto& m : r.sink.messages) CHECK(m.sender == "Anna");
  CHECK(r.sink.messages[0].text == "Re: one");
}

TEST_CASE("whatsapp names: a known name with \": \" splits even on a single line") {
  auto known = known_chat("dmy");
  known.participants = {{"Team: Ops", "", false}};
  const auto r = import("18/03/2022, 14:56 - Team: Ops: deploy done\n", knowing(known));
  REQUIRE(r.sink.messages.size() == 1);
  CHECK(r.sink.messages[0].sender == "Team: Ops");
  CHECK(r.sink.messages[0].text == "deploy done");
}
