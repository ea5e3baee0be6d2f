// Merging a newer export into a chat: messages deleted or edited since the older export update
// the stored ones (dedup "fp2"), the chat's date order is remembered, fp1 chats still match.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <map>

#include "archive/fingerprint.hpp"
#include "tests/archive/feed.hpp"
#include "tests/archive/sealed_sql.hpp"
#include "tests/support.hpp"

using namespace chatvault;
using chatvault::test::sql_int;
using chatvault::test::sql_exec;

namespace {

model::Message deleted_msg(int minute, std::string sender, std::string text = "This message was deleted") {
  model::Message m = test::text_msg(minute, std::move(sender), std::move(text));
  m.kind = model::MessageKind::deleted;
  m.deleted = true;
  return m;
}

model::Message edited_msg(int minute, std::string sender, std::string text) {
  model::Message m = test::text_msg(minute, std::move(sender), std::move(text));
  m.edited = true;
  return m;
}

nlohmann::json extra_of(const model::Message& m) { return nlohmann::json::parse(m.extra_json); }

std::size_t hits(archive::Archive& ar, const std::string& words) {
  archive::SearchQuery q;
  q.text = words;
  q.limit = 0;
  return ar.search(q).size();
}

}  // namespace

TEST_CASE("merge: the chat's date order is stored, returned, and kept when a later import has none") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  auto chat = test::make_chat("Family");
  chat.date_order = "mdy";
  test::import_feed(*ar, {{chat, {test::text_msg(1, "Alice", "hi")}}});
  auto found = ar->find_chat(model::Platform::whatsapp, "Family");
  REQUIRE(found);
  CHECK(found->date_order == "mdy");
  REQUIRE(ar->chats().size() == 1);
  CHECK(ar->chats()[0].chat.date_order == "mdy");

  chat.date_order.clear();
  test::import_feed(*ar, {{chat, {test::text_msg(2, "Alice", "again")}}});
  CHECK(ar->find_chat(model::Platform::whatsapp, "Family")->date_order == "mdy");
  chat.date_order = "dmy";  // forced by the user for a later import
  test::import_feed(*ar, {{chat, {test::text_msg(3, "Alice", "third")}}});
  CHECK(ar->find_chat(model::Platform::whatsapp, "Family")->date_order == "dmy");

  test::import_feed(*ar, {{test::make_chat("Work"), {test::text_msg(1, "Bob", "no order")}}});
  CHECK(ar->find_chat(model::Platform::whatsapp, "Work")->date_order.empty());
  ar.reset();
  CHECK(sql_int(dir / "a", "SELECT count(*) FROM chats WHERE date_order = 'dmy'") == 1);
}

TEST_CASE("merge: a message deleted since the older export is flagged, its text kept") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  const std::vector<model::Message> older{test::text_msg(1, "Alice", "Dinner?"), test::text_msg(2, "Bob", "See you at 8"),
                                          test::text_msg(3, "Alice", "ok")};
  REQUIRE(test::import_feed(*ar, {{test::make_chat("Family"), older}}).messages_added == 3);

  const std::vector<model::Message> newer{test::text_msg(1, "Alice", "Dinner?"), deleted_msg(2, "Bob"),
                                          test::text_msg(3, "Alice", "ok"), test::text_msg(4, "Bob", "new")};
  const auto counts = test::import_feed(*ar, {{test::make_chat("Family"), newer}});
  CHECK(counts.messages_added == 1);
  CHECK(counts.updated == 1);
  CHECK(counts.duplicates == 2);
  CHECK(counts.warnings == 0);
  const auto stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 4);
  CHECK(stored[1].deleted);
  CHECK(stored[1].kind == model::MessageKind::text);
  CHECK(stored[1].text == "See you at 8");
  CHECK(extra_of(stored[1])["deleted_text"] == "This message was deleted");
  CHECK(hits(*ar, "see you") == 1);  // a deletion never erases stored text

  // Both exports again: nothing added, nothing updated.
  const auto again_newer = test::import_feed(*ar, {{test::make_chat("Family"), newer}});
  CHECK(again_newer.messages_added == 0);
  CHECK(again_newer.updated == 0);
  CHECK(again_newer.duplicates == 4);
  const auto again_older = test::import_feed(*ar, {{test::make_chat("Family"), older}});
  CHECK(again_older.messages_added == 0);
  CHECK(again_older.updated == 0);
  // An iOS export writes the marker with a period: the same deleted message.
  const auto ios = test::import_feed(*ar, {{test::make_chat("Family"), {deleted_msg(2, "Bob", "\xE2\x80\x8EThis message was deleted.")}}});
  CHECK(ios.messages_added == 0);
  CHECK(ios.duplicates == 1);
  CHECK(test::stored_messages(*ar, "Family").size() == 4);
}

TEST_CASE("merge: a message edited since the older export gets the new text, the old one kept") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  REQUIRE(test::import_feed(*ar, {{test::make_chat("Family"),
                                   {test::text_msg(1, "Alice", "Meet at the statoin"), test::text_msg(2, "Bob", "ok")}}})
              .messages_added == 2);
  const auto counts = test::import_feed(
      *ar, {{test::make_chat("Family"), {edited_msg(1, "Alice", "Meet at the station"), test::text_msg(2, "Bob", "ok")}}});
  CHECK(counts.messages_added == 0);
  CHECK(counts.updated == 1);
  CHECK(counts.duplicates == 1);
  auto stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 2);
  CHECK(stored[0].text == "Meet at the station");
  CHECK(stored[0].edited);
  CHECK_FALSE(stored[0].deleted);
  CHECK(extra_of(stored[0])["previous_texts"] == nlohmann::json::array({"Meet at the statoin"}));
  // The full-text index follows the new text.
  CHECK(hits(*ar, "station") == 1);
  CHECK(hits(*ar, "statoin") == 0);

  // Edited once more in a third export; the second export again changes nothing.
  const auto third = test::import_feed(*ar, {{test::make_chat("Family"), {edited_msg(1, "Alice", "Meet at the bus stop")}}});
  CHECK(third.messages_added == 0);
  CHECK(third.updated == 1);
  stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 2);
  CHECK(stored[0].text == "Meet at the bus stop");
  CHECK(extra_of(stored[0])["previous_texts"] ==
        nlohmann::json::array({"Meet at the statoin", "Meet at the station"}));
  const auto second_again = test::import_feed(
      *ar, {{test::make_chat("Family"), {edited_msg(1, "Alice", "Meet at the station"), test::text_msg(2, "Bob", "ok")}}});
  CHECK(second_again.messages_added == 0);
  CHECK(second_again.updated == 0);
  CHECK(test::stored_messages(*ar, "Family")[0].text == "Meet at the bus stop");
  // Then deleted: flagged, the latest text kept.
  const auto gone = test::import_feed(*ar, {{test::make_chat("Family"), {deleted_msg(1, "Alice")}}});
  CHECK(gone.messages_added == 0);
  CHECK(gone.updated == 1);
  stored = test::stored_messages(*ar, "Family");
  CHECK(stored[0].deleted);
  CHECK(stored[0].text == "Meet at the bus stop");
  CHECK(stored.size() == 2);
}

TEST_CASE("merge: updates need the same time and sender, never take two stored messages, follow the order") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  REQUIRE(test::import_feed(*ar, {{test::make_chat("Family"),
                                   {test::text_msg(1, "Alice", "one"), test::text_msg(1, "Alice", "two"),
                                    test::text_msg(1, "Alice", "three"), test::text_msg(5, "Bob", "later")}}})
              .messages_added == 4);
  // Another sender, another minute, an unedited new text: new messages, not updates.
  auto c = test::import_feed(*ar, {{test::make_chat("Family"),
                                    {deleted_msg(1, "Bob"), edited_msg(2, "Alice", "x"), test::text_msg(1, "Alice", "four")}}});
  CHECK(c.messages_added == 3);
  CHECK(c.updated == 0);
  // "one" is in the export, so the deletion after it is of "two", the edit after that of "three".
  c = test::import_feed(*ar, {{test::make_chat("Family"),
                               {test::text_msg(1, "Alice", "one"), deleted_msg(1, "Alice"),
                                edited_msg(1, "Alice", "three!")}}});
  CHECK(c.messages_added == 0);
  CHECK(c.updated == 2);
  auto stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 7);
  CHECK_FALSE(stored[0].deleted);
  CHECK(stored[1].text == "two");
  CHECK(stored[1].deleted);
  CHECK(stored[2].text == "three!");
  // Three deletions at that minute: the first is the one already stored (the deleted "two"), the
  // others update what follows it ("three!" and "four"); "one", before it, stays.
  c = test::import_feed(*ar, {{test::make_chat("Family"),
                               {deleted_msg(1, "Alice"), deleted_msg(1, "Alice"), deleted_msg(1, "Alice")}}});
  CHECK(c.duplicates == 1);
  CHECK(c.updated == 2);
  CHECK(c.messages_added == 0);
  stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 7);
  CHECK_FALSE(stored[0].deleted);
  CHECK(stored[2].deleted);
  CHECK(stored[4].text == "four");  // after Bob's deleted message of the same minute
  CHECK(stored[4].deleted);
  // A fourth finds nothing left to update: it is a new message.
  c = test::import_feed(*ar, {{test::make_chat("Family"),
                               {deleted_msg(1, "Alice"), deleted_msg(1, "Alice"), deleted_msg(1, "Alice"),
                                deleted_msg(1, "Alice")}}});
  CHECK(c.duplicates == 3);
  CHECK(c.messages_added == 1);
  CHECK(test::stored_messages(*ar, "Family").size() == 8);
}

TEST_CASE("merge: an edit is never taken for an update of a message of the same import") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  REQUIRE(test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(1, "Alice", "hi")}}}).messages_added == 1);
  const auto c = test::import_feed(*ar, {{test::make_chat("Family"),
                                          {test::text_msg(1, "Alice", "hi"), test::text_msg(3, "Bob", "new"),
                                           edited_msg(3, "Bob", "also new")}}});
  CHECK(c.messages_added == 2);
  CHECK(c.updated == 0);
  // In a chat's first import an edited or deleted message is just a message.
  const auto fresh = test::import_feed(*ar, {{test::make_chat("Work"),
                                              {test::text_msg(1, "Bob", "a"), edited_msg(1, "Bob", "b"), deleted_msg(1, "Bob")}}});
  CHECK(fresh.messages_added == 3);
  const auto work = test::stored_messages(*ar, "Work");
  REQUIRE(work.size() == 3);
  CHECK(work[1].text == "b");  // file order kept
  CHECK(work[2].deleted);
}

TEST_CASE("merge: a media message's caption is filled in, an edited caption replaces the stored one") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  test::import_feed(*ar, {{test::make_chat("Family"),
                           {test::media_msg(1, "Alice", test::missing_attachment()),
                            test::media_msg(2, "Bob", test::missing_attachment(), "old caption")}}});
  auto edited = test::media_msg(2, "Bob", test::missing_attachment(), "new caption");
  edited.edited = true;
  const auto c = test::import_feed(
      *ar, {{test::make_chat("Family"),
             {test::media_msg(1, "Alice", test::bytes_attachment("IMG-1.jpg", "JPEG"), "Sunset at the lake"), edited}}});
  CHECK(c.messages_added == 0);
  CHECK(c.duplicates == 2);
  CHECK(c.updated == 2);
  const auto stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 2);
  CHECK(stored[0].text == "Sunset at the lake");
  CHECK_FALSE(stored[0].attachments.at(0).missing);
  CHECK(stored[1].text == "new caption");
  CHECK(stored[1].edited);
  CHECK(extra_of(stored[1])["previous_texts"] == nlohmann::json::array({"old caption"}));
  CHECK(hits(*ar, "sunset") == 1);
  // An unedited different caption (another platform's wording) changes nothing.
  const auto other = test::import_feed(*ar, {{test::make_chat("Family"),
                                              {test::media_msg(2, "Bob", test::missing_attachment(), "whatever")}}});
  CHECK(other.updated == 0);
  CHECK(test::stored_messages(*ar, "Family")[1].text == "new caption");
}

TEST_CASE("merge: fp2 ignores the wording of deleted markers and located locations") {
  auto android = test::text_msg(1, "Bob", "location: https://maps.google.com/?q=52.520008,13.404954");
  android.kind = model::MessageKind::location;
  android.location = model::Location{52.520008, 13.404954, "", false};
  auto ios = android;
  ios.text = "\xE2\x80\x8ELocation: https://maps.google.com/?q=52.520008,13.404954";
  CHECK(archive::fingerprint(archive::fingerprint_key(android), 0) == archive::fingerprint(archive::fingerprint_key(ios), 0));
  CHECK(archive::fingerprint_text(android) == "geo:52.520008,13.404954");
  auto elsewhere = ios;
  elsewhere.location->lat = 48.1;
  CHECK(archive::fingerprint(archive::fingerprint_key(elsewhere), 0) != archive::fingerprint(archive::fingerprint_key(ios), 0));
  const auto d1 = deleted_msg(1, "Bob", "This message was deleted");
  const auto d2 = deleted_msg(1, "Bob", "You deleted this message.");
  CHECK(archive::fingerprint(archive::fingerprint_key(d1), 0) == archive::fingerprint(archive::fingerprint_key(d2), 0));
  CHECK(archive::fingerprint(archive::fingerprint_key(d1, 1), 0) != archive::fingerprint(archive::fingerprint_key(d2, 1), 0));
  CHECK(archive::fingerprint(archive::fingerprint_key(d1, 1), 0).rfind("fp1:", 0) == 0);
  CHECK(archive::fingerprint(archive::fingerprint_key(d1), 0).rfind("fp2:", 0) == 0);
  CHECK(archive::k_fingerprint_version == 2);
}

TEST_CASE("merge: a chat stored with fp1 fingerprints is still matched") {
  test::TempDir dir;
  const auto path = dir / "a";
  auto ar = test::create_archive(path);
  std::vector<model::Message> msgs{test::text_msg(1, "Alice", "hi"), test::text_msg(1, "Alice", "hi"),
                                   deleted_msg(2, "Bob"), test::text_msg(3, "Bob", "bye")};
  REQUIRE(test::import_feed(*ar, {{test::make_chat("Family"), msgs}}).messages_added == 4);
  ar.reset();
  // Rewrite the stored fingerprints as fp1 wrote them.
  std::map<std::string, std::uint32_t> ordinals;
  std::string sql = "BEGIN;";
  for (std::size_t i = 0; i < msgs.size(); ++i) {
    const auto key = archive::fingerprint_key(msgs[i], 1);
    const auto fp = archive::fingerprint(key, ordinals[key.digest]++);
    sql += "UPDATE messages SET fingerprint = '" + fp + "' WHERE id = (SELECT id FROM messages ORDER BY id LIMIT 1 OFFSET " +
           std::to_string(i) + ");";
  }
  sql_exec(path, sql + "COMMIT;");
  REQUIRE(sql_int(path, "SELECT count(*) FROM messages WHERE fingerprint LIKE 'fp1:%'") == 4);

  ar = test::open_archive(path);
  msgs.push_back(test::text_msg(4, "Alice", "new"));
  const auto c = test::import_feed(*ar, {{test::make_chat("Family"), msgs}});
  CHECK(c.messages_added == 1);
  CHECK(c.duplicates == 4);
  CHECK(c.updated == 0);
  CHECK(test::stored_messages(*ar, "Family").size() == 5);
  // New messages of such a chat get fp2 fingerprints; both kinds are found from then on.
  CHECK(test::import_feed(*ar, {{test::make_chat("Family"), msgs}}).messages_added == 0);
}

TEST_CASE("merge: fp2 fingerprints are stored as 17-byte BLOBs, version byte first") {
  test::TempDir dir;
  const auto path = dir / "a";
  auto ar = test::create_archive(path);
  REQUIRE(test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(1, "Alice", "hi"), test::text_msg(2, "Bob", "yo")}}})
              .messages_added == 2);
  ar.reset();
  CHECK(sql_int(path, "SELECT count(*) FROM messages WHERE typeof(fingerprint) = 'blob' AND length(fingerprint) = 17"
                      " AND substr(fingerprint, 1, 1) = x'02'") == 2);
}

TEST_CASE("merge: a repeat of a message days after its ordinal count was dropped gets the next ordinal") {
  test::TempDir dir;
  const auto path = dir / "a";
  auto ar = test::create_archive(path);
  // "ok" twice at the same native_time, far apart in the feed: more than 65536 other keys and more
  // than four days of messages between them, so the first one's count left memory.
  std::vector<model::Message> msgs{test::text_msg(0, "Alice", "ok")};
  for (int i = 1; i <= 70000; ++i) {
    msgs.push_back(test::text_msg(i, "Bob", "line " + std::to_string(i)));
  }
  msgs.push_back(test::text_msg(0, "Alice", "ok"));
  const auto first = test::import_feed(*ar, {{test::make_chat("Family"), msgs}});
  CHECK(first.messages_added == 70002);
  CHECK(first.skipped == 0);
  const auto again = test::import_feed(*ar, {{test::make_chat("Family"), msgs}});
  CHECK(again.messages_added == 0);
  CHECK(again.duplicates == 70002);
  CHECK(again.updated == 0);
  ar.reset();
  CHECK(sql_int(path, "SELECT count(*) FROM messages WHERE text = 'ok'") == 2);
}

TEST_CASE("merge: a full re-import of a long chat matches every message and still finds a late edit") {
  test::TempDir dir;
  const auto path = dir / "a";
  auto ar = test::create_archive(path);
  // More than 65536 matches over weeks: the memory of matches is swept along the way.
  std::vector<model::Message> msgs;
  for (int i = 0; i < 70000; ++i) {
    msgs.push_back(test::text_msg(i, i % 2 == 0 ? "Alice" : "Bob", "line " + std::to_string(i)));
  }
  msgs.push_back(test::text_msg(70000, "Alice", "typo"));
  msgs.push_back(test::text_msg(70000, "Alice", "after"));
  REQUIRE(test::import_feed(*ar, {{test::make_chat("Family"), msgs}}).messages_added == 70002);
  msgs[70000].text = "fixed";
  msgs[70000].edited = true;
  const auto again = test::import_feed(*ar, {{test::make_chat("Family"), msgs}});
  CHECK(again.messages_added == 0);
  CHECK(again.duplicates == 70001);
  CHECK(again.updated == 1);
  const auto third = test::import_feed(*ar, {{test::make_chat("Family"), msgs}});
  CHECK(third.messages_added == 0);
  CHECK(third.duplicates == 70002);
  CHECK(third.updated == 0);
  ar.reset();
  CHECK(sql_int(path, "SELECT count(*) FROM messages") == 70002);
  CHECK(sql_int(path, "SELECT count(*) FROM messages WHERE text = 'fixed' AND edited = 1") == 1);
}
