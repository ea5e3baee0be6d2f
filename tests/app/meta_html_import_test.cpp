// Meta's HTML downloads beside its JSON ones, and the two halves of a chat Messenger moved to
// end-to-end encryption: what is one chat stays one chat, whatever order the downloads come in.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "app/chats.hpp"
#include "tests/app/temp_archive.hpp"
#include "tests/support.hpp"
#include "util/time.hpp"

using namespace chatvault;
namespace fs = std::filesystem;

namespace {

using Store = test::TempArchive;

std::vector<model::StoredChat> chats_of(Store& store) { return app::run_chats({store.path, &store.passphrase}); }

const model::StoredChat* chat_titled(const std::vector<model::StoredChat>& chats, const std::string& title,
                                     std::uint64_t messages) {
  for (const auto& c : chats) {
    if (c.chat.title == title && c.message_count == messages) return &c;
  }
  return nullptr;
}

bool told(const CollectingReporter& r, const std::string& part) {
  return std::any_of(r.infos.begin(), r.infos.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("meta html: the HTML and the JSON download of one chat are the same messages, in either order") {
  const auto fx = test::fixtures_dir();
  if (!fx) return;
  const fs::path json = *fx / "meta/facebook-json/msgvault/json_simple";  // alice_ABC123 + an archived thread
  const fs::path html = *fx / "meta/facebook-html/msgvault/html_simple";  // alice_ABC123, to the minute
  {
    Store store;
    CollectingReporter reporter;
    CHECK(store.import({json}, reporter, "UTC").sources.at(0).counts.messages_added == 4);
    const auto again = store.import({html}, reporter, "UTC").sources.at(0);
    CHECK(again.format == "messenger");
    CHECK(again.counts.messages_added == 0);
    CHECK(again.counts.duplicates == 3);
    CHECK(again.counts.warnings == 0);
    CHECK(told(reporter, "HTML pages write no time zone: their times were read in UTC"));
  }
  {
    Store store;
    CollectingReporter reporter;
    CHECK(store.import({html}, reporter, "UTC").sources.at(0).counts.messages_added == 3);
    const auto later = store.import({json}, reporter, "UTC").sources.at(0);
    CHECK(later.counts.messages_added == 1);  // only the archived thread's message is new
    CHECK(later.counts.duplicates == 3);
    const auto chats = chats_of(store);
    CHECK(chats.size() == 2);
    CHECK(chat_titled(chats, "Alice Example", 3) != nullptr);
  }
  {
    // Read in another zone, the HTML's wall clocks are other instants: not the same messages.
    Store store;
    CollectingReporter reporter;
    store.import({json}, reporter, "UTC");
    CHECK(store.import({html}, reporter, "Asia/Tokyo").sources.at(0).counts.messages_added == 3);
  }
}

TEST_CASE("meta html: a thread folder with both JSON and HTML is read from its JSON, and the user is told") {
  const auto fx = test::fixtures_dir();
  if (!fx) return;
  Store store;
  CollectingReporter reporter;
  const auto r = store.import({*fx / "meta/facebook-html/msgvault/mixed"}, reporter, "UTC").sources.at(0);
  CHECK(r.counts.chats == 1);
  CHECK(r.counts.messages_added == 2);  // "Mixed hello", "Mixed reply"; no HTML-derived rows
  CHECK(told(reporter, "1 thread folder(s) hold both JSON and HTML: the JSON was read"));
}

TEST_CASE("meta html: the legacy messages.htm gives one chat per thread, its owner from the page") {
  const auto fx = test::fixtures_dir();
  if (!fx) return;
  Store store;
  CollectingReporter reporter;
  const auto r = store.import({*fx / "meta/facebook-html-legacy/fbchat-archive-parser"}, reporter).sources.at(0);
  CHECK(r.format == "messenger");
  CHECK(r.counts.chats == 3);
  CHECK(r.counts.messages_added == 20);
  CHECK_FALSE(told(reporter, "who you are is not in this download"));
  const auto chats = chats_of(store);
  const model::StoredChat* group = chat_titled(chats, "Second User 二, Third User 三", 8);
  REQUIRE(group != nullptr);
  CHECK(group->chat.is_group);
  CHECK(group->chat.key.starts_with("messenger:legacy:"));
  const auto self = std::find_if(group->chat.participants.begin(), group->chat.participants.end(),
                                 [](const model::Participant& p) { return p.is_self; });
  REQUIRE(self != group->chat.participants.end());
  CHECK(self->name == "First User 一");
  // The same page again: nothing new.
  CHECK(store.import({*fx / "meta/facebook-html-legacy/fbchat-archive-parser"}, reporter).sources.at(0)
            .counts.messages_added == 0);
}

TEST_CASE("meta e2ee: the e2ee_cutover history and the E2EE download of one chat are one chat, in either order") {
  const auto fx = test::fixtures_dir();
  if (!fx) return;
  const fs::path dyi = *fx / "meta/synthesized/facebook-json-2025";  // e2ee_cutover/zoemuller_…: 2 messages
  const fs::path e2ee = *fx / "meta/synthesized/messenger-e2ee";     // Zoë Müller_3.json: 6 messages, later
  for (const bool dyi_first : {true, false}) {
    CAPTURE(dyi_first);
    Store store;
    CollectingReporter reporter;
    const std::vector<fs::path> order = dyi_first ? std::vector<fs::path>{dyi, e2ee} : std::vector<fs::path>{e2ee, dyi};
    std::uint64_t warnings = 0;
    for (const auto& source : order) warnings += store.import({source}, reporter).sources.at(0).counts.warnings;
    CHECK(warnings == 0);  // no "no overlap" warning: the halves are known not to overlap
    CHECK(told(reporter, "1 end-to-end-encrypted chat(s) joined to the history"));
    // Again, in the same order: the joined chat is found again, nothing doubles.
    for (const auto& source : order) CHECK(store.import({source}, reporter).sources.at(0).counts.messages_added == 0);
    const auto chats = chats_of(store);
    const model::StoredChat* joined = chat_titled(chats, "Zoë Müller", 8);
    REQUIRE(joined != nullptr);
    CHECK(timeutil::format_iso_utc(joined->first_ms) == "2023-07-22T04:26:40Z");  // the history's first
    // The inbox thread with the same two people is another chat, left alone.
    CHECK(chat_titled(chats, "Zoë Müller", 19) != nullptr);
    CHECK(chats.size() == 5);  // 4 threads of the DYI download, the E2EE one joined; "Nobody Here" empty
  }
}

TEST_CASE("meta html: our samples — Instagram's HTML download of a chat already imported from JSON adds nothing") {
  const fs::path ig = test::samples_dir() / "instagram";
  Store store;
  CollectingReporter reporter;
  CHECK(store.import({ig / "instagram-jonas.weber-2024"}, reporter).sources.at(0).counts.messages_added == 8);
  const auto html = store.import({ig / "instagram-html-2024"}, reporter, "Europe/Madrid").sources.at(0);
  CHECK(html.format == "instagram");
  CHECK(html.counts.messages_added == 0);
  CHECK(html.counts.duplicates == 8);
  CHECK(html.counts.skipped == 0);
  // The owner is the one the JSON download named.
  CHECK_FALSE(told(reporter, "who you are is not in this download"));
}

TEST_CASE("meta html: our samples — a 2018-2022 group thread in two pages, and the legacy page") {
  const fs::path fb = test::samples_dir() / "messenger";
  Store store;
  CollectingReporter reporter;
  const auto group = store.import({fb / "facebook-html-2021"}, reporter, "Europe/Berlin").sources.at(0);
  CHECK(group.format == "messenger");
  CHECK(group.counts.messages_added == 10);
  CHECK(group.counts.attachments_stored == 1);
  CHECK(group.counts.skipped == 0);
  const auto legacy = store.import({fb / "facebook-legacy-2016"}, reporter).sources.at(0);
  CHECK(legacy.counts.chats == 2);
  CHECK(legacy.counts.messages_added == 5);
  const auto chats = chats_of(store);
  const model::StoredChat* hikers = chat_titled(chats, "Wanderfreunde", 10);
  REQUIRE(hikers != nullptr);
  CHECK(hikers->chat.key == "messenger:wanderfreunde_4455667788");
  CHECK(hikers->chat.is_group);
  CHECK(hikers->chat.zone == "Europe/Berlin");
  CHECK(hikers->chat.participants.size() == 3);
  CHECK(timeutil::format_iso_utc(hikers->first_ms) == "2021-01-02T13:07:00Z");  // 2:07 PM in Berlin
  CHECK(timeutil::format_iso_utc(hikers->last_ms) == "2021-01-03T14:08:00Z");
  const model::StoredChat* lena = chat_titled(chats, "Lena Fischer", 3);
  REQUIRE(lena != nullptr);
  CHECK(timeutil::format_iso_utc(lena->first_ms) == "2016-12-04T12:54:00Z");  // 13:54 UTC+01
}

TEST_CASE("meta e2ee: our samples — Lena's e2ee_cutover history and her E2EE file: joined when it is clear which") {
  const fs::path fb = test::samples_dir() / "messenger";
  auto lena_chats = [](Store& store) {
    std::vector<std::uint64_t> counts;
    for (const auto& c : chats_of(store)) {
      if (c.chat.title == "Lena Fischer") counts.push_back(c.message_count);
    }
    std::sort(counts.begin(), counts.end());
    return counts;
  };
  {
    // Apart: the inbox thread with Lena ends before the E2EE file begins too, so either could be
    // its history; nothing is joined on a guess, and the user hears so.
    Store store;
    CollectingReporter reporter;
    store.import({fb / "facebook-jonasweber-2025"}, reporter);
    const auto e2ee = store.import({fb / "messenger-secure-storage-2025"}, reporter).sources.at(0);
    CHECK(e2ee.counts.messages_added == 6);
    CHECK(told(reporter, "could continue any of 2 chats with the same people: kept as a chat of its own"));
    CHECK(lena_chats(store) == std::vector<std::uint64_t>{2, 6, 11});
  }
  {
    // Together in one folder, the cutover thread says which: 2 + 6 in one chat.
    test::TempDir tmp;
    fs::create_directories(tmp / "downloads");
    fs::copy(fb / "facebook-jonasweber-2025", tmp / "downloads" / "facebook-jonasweber-2025", fs::copy_options::recursive);
    fs::copy(fb / "messenger-secure-storage-2025", tmp / "downloads" / "messenger-secure-storage-2025",
             fs::copy_options::recursive);
    Store store;
    CollectingReporter reporter;
    const auto both = store.import({tmp / "downloads"}, reporter).sources.at(0);
    CHECK(both.counts.messages_added == 25 + 6);
    CHECK(both.counts.warnings == 0);
    CHECK(told(reporter, "1 end-to-end-encrypted chat(s) joined"));
    CHECK(lena_chats(store) == std::vector<std::uint64_t>{8, 11});
  }
}
