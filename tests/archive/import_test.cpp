#include <doctest/doctest.h>
#include <sqlite3.h>

#include <set>

#include "archive/archive_impl.hpp"
#include "archive/merge_matcher.hpp"
#include "tests/archive/feed.hpp"
#include "tests/archive/sealed_sql.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/hash.hpp"

using namespace chatvault;
using chatvault::test::sql_int;
using chatvault::archive::OpenMode;

namespace {

std::vector<model::Message> conversation(int first, int count) {
  std::vector<model::Message> out;
  for (int i = first; i < first + count; ++i) {
    out.push_back(test::text_msg(i, i % 2 == 0 ? "Alice" : "Bob", "message number " + std::to_string(i)));
  }
  return out;
}


}  // namespace

TEST_CASE("import: the same export twice adds nothing the second time") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  const std::vector<test::ChatFeed> feed{{test::make_chat("Family"), conversation(0, 50)},
                                         {test::make_chat("Work"), conversation(0, 10)}};
  const auto first = test::import_feed(*ar, feed);
  CHECK(first.chats == 2);
  CHECK(first.messages_added == 60);
  CHECK(first.duplicates == 0);
  const auto second = test::import_feed(*ar, feed);
  CHECK(second.messages_added == 0);
  CHECK(second.duplicates == 60);
  CHECK(second.updated == 0);
  CHECK(test::stored_messages(*ar, "Family").size() == 50);
  CHECK(test::stored_messages(*ar, "Work").size() == 10);
}

TEST_CASE("import: a newer overlapping export adds exactly the new messages") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  test::import_feed(*ar, {{test::make_chat("Family"), conversation(0, 100)}});
  // The newer export lost its oldest 40 messages (WhatsApp's cap) and has 30 new ones.
  const auto counts = test::import_feed(*ar, {{test::make_chat("Family"), conversation(40, 90)}});
  CHECK(counts.messages_added == 30);
  CHECK(counts.duplicates == 60);
  CHECK(counts.warnings == 0);
  const auto stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 130);
  for (std::size_t i = 0; i < stored.size(); ++i) {
    CHECK(stored[i].text == "message number " + std::to_string(i));
  }
}

TEST_CASE("import: identical repeated messages in one export are all kept, once") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  std::vector<model::Message> msgs{test::text_msg(1, "Alice", "ok"), test::text_msg(1, "Alice", "ok"),
                                   test::text_msg(1, "Alice", "ok")};
  const auto counts = test::import_feed(*ar, {{test::make_chat("Family"), msgs}});
  CHECK(counts.messages_added == 3);
  const auto again = test::import_feed(*ar, {{test::make_chat("Family"), msgs}});
  CHECK(again.messages_added == 0);
  CHECK(again.duplicates == 3);
  // An export holding one more of them adds exactly that one.
  msgs.push_back(test::text_msg(1, "Alice", "ok"));
  CHECK(test::import_feed(*ar, {{test::make_chat("Family"), msgs}}).messages_added == 1);
  const auto stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 4);
  // Same millisecond: ids in import order, all distinct and time-ordered.
  CHECK(stored[0].id == stored[0].time_ms * 4096);
  CHECK(stored[1].id == stored[0].id + 1);
  CHECK(stored[3].id == stored[0].id + 3);
}

TEST_CASE("import: ids are time-ordered across imports and chats") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(10, "Alice", "late")}}});
  test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(5, "Alice", "early")}},
                          {test::make_chat("Work"), {test::text_msg(10, "Bob", "same time")}}});
  const auto family = test::stored_messages(*ar, "Family");
  REQUIRE(family.size() == 2);
  CHECK(family[0].text == "early");
  CHECK(family[1].text == "late");
  const auto work = test::stored_messages(*ar, "Work");
  REQUIRE(work.size() == 1);
  CHECK(work[0].id == family[1].id + 1);  // same millisecond as "late", next sequence number
}

TEST_CASE("import: chat upsert keeps the zone, updates title, adds participants") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  test::import_feed(*ar, {{test::make_chat("Family", "Europe/Berlin"), {test::text_msg(1, "Alice", "hi")}}});
  auto chat = test::make_chat("Family", "");
  chat.title = "Family 2";
  chat.participants = {{"Bob", "", false}, {"Carol", "", false}};
  test::import_feed(*ar, {{chat, {test::text_msg(1, "Alice", "hi")}}});
  const auto found = ar->find_chat(model::Platform::whatsapp, "Family");
  REQUIRE(found);
  CHECK(found->zone == "Europe/Berlin");
  CHECK(found->title == "Family 2");
  CHECK(found->is_group);
  REQUIRE(found->participants.size() == 3);
  CHECK(found->participants[0].name == "Alice");
  CHECK(found->participants[0].is_self);
  CHECK(found->participants[2].name == "Carol");
  CHECK_FALSE(ar->find_chat(model::Platform::telegram, "Family"));
  CHECK(ar->chats().size() == 1);
}

TEST_CASE("import: media are stored once, chunked, and read back byte-identical") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  std::string big(2 * 1024 * 1024 + 12345, '\0');
  for (std::size_t i = 0; i < big.size(); ++i) {
    big[i] = static_cast<char>((i * 131 + i / 7) & 0xff);
  }
  const std::string small = "small photo bytes";
  const auto counts = test::import_feed(
      *ar, {{test::make_chat("Family"),
             {test::media_msg(1, "Alice", test::bytes_attachment("a.jpg", small)),
              test::media_msg(2, "Bob", test::bytes_attachment("copy-of-a.jpg", small)),
              test::media_msg(3, "Bob", test::bytes_attachment("video.mp4", big)),
              test::media_msg(4, "Alice", test::bytes_attachment("video again.mp4", big)),
              test::media_msg(5, "Alice", test::bytes_attachment("empty.bin", ""))}},
            {test::make_chat("Work"), {test::media_msg(1, "Carol", test::bytes_attachment("x.jpg", small))}}});
  CHECK(counts.attachments_stored == 6);
  CHECK(counts.blobs_added == 3);
  const auto msgs = test::stored_messages(*ar, "Family");
  REQUIRE(msgs.size() == 5);
  CHECK(msgs[0].attachments.at(0).content_hash == Blake2b256::hex(small));
  CHECK(msgs[1].attachments.at(0).content_hash == msgs[0].attachments.at(0).content_hash);
  CHECK(msgs[1].attachments.at(0).file_name == "copy-of-a.jpg");
  CHECK(msgs[2].attachments.at(0).content_hash == Blake2b256::hex(big));
  CHECK(msgs[2].attachments.at(0).size == big.size());
  CHECK_FALSE(msgs[2].attachments.at(0).missing);
  CHECK(msgs[2].attachments.at(0).mime == "image/jpeg");
  CHECK(msgs[2].kind == model::MessageKind::media);

  auto reader = ar->open_blob(Blake2b256::hex(big));
  CHECK(test::read_all(*reader) == big);
  CHECK(test::read_all(*ar->open_blob(Blake2b256::hex(small))) == small);
  CHECK(test::read_all(*ar->open_blob(Blake2b256::hex(""))).empty());
  CHECK_THROWS_AS(ar->open_blob(std::string(64, '0')), Error);
  try {
    ar->open_blob("nope");
  } catch (const Error& e) {
    CHECK(e.category() == ErrorCategory::damaged);
  }
  ar.reset();
  const auto path = dir / "a";
  CHECK(sql_int(path, "SELECT count(*) FROM blobs") == 3);
  CHECK(sql_int(path, "SELECT chunks FROM blobs WHERE size > 2000000") == 3);
  CHECK(sql_int(path, "SELECT max(length(data)) FROM blob_chunks") == 1024 * 1024);
  CHECK(sql_int(path, "SELECT count(*) FROM blob_chunks WHERE hash = 'staging'") == 0);
}

TEST_CASE("import: 'with media' after 'without media' fills the attachments in") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  const auto without = test::import_feed(
      *ar, {{test::make_chat("Family"),
             {test::text_msg(1, "Alice", "look"), test::media_msg(2, "Alice", test::missing_attachment(), "<Media omitted>")}}});
  CHECK(without.messages_added == 2);
  auto before = test::stored_messages(*ar, "Family");
  REQUIRE(before.size() == 2);
  REQUIRE(before[1].attachments.size() == 1);
  CHECK(before[1].attachments[0].missing);
  CHECK(before[1].attachments[0].content_hash.empty());

  const auto with = test::import_feed(
      *ar, {{test::make_chat("Family"),
             {test::text_msg(1, "Alice", "look"),
              test::media_msg(2, "Alice", test::bytes_attachment("IMG-1.jpg", "JPEG!"), "IMG-1.jpg (file attached)")}}});
  CHECK(with.messages_added == 0);
  CHECK(with.duplicates == 2);
  CHECK(with.updated == 1);
  CHECK(with.blobs_added == 1);
  const auto after = test::stored_messages(*ar, "Family");
  REQUIRE(after.size() == 2);
  REQUIRE(after[1].attachments.size() == 1);
  CHECK_FALSE(after[1].attachments[0].missing);
  CHECK(after[1].attachments[0].file_name == "IMG-1.jpg");
  CHECK(after[1].attachments[0].kind == model::AttachmentKind::photo);
  CHECK(test::read_all(*ar->open_blob(after[1].attachments[0].content_hash)) == "JPEG!");
  CHECK(after[1].id == before[1].id);
  // And again: nothing left to fill.
  const auto again = test::import_feed(
      *ar, {{test::make_chat("Family"), {test::media_msg(2, "Alice", test::bytes_attachment("IMG-1.jpg", "JPEG!"))}}});
  CHECK(again.updated == 0);
  CHECK(again.blobs_added == 0);
}

TEST_CASE("import: an opener failing mid-import keeps what was committed; re-running completes it") {
  test::TempDir dir;
  const auto path = dir / "a";
  auto ar = test::create_archive(path);
  constexpr std::size_t batch = archive::k_import_batch_messages;
  constexpr int n = static_cast<int>(batch);
  auto big_chat = conversation(0, n + 1000);
  auto failing = test::media_msg(n + 2000, "Bob", test::bytes_attachment("broken.jpg", ""));
  failing.attachments[0].open = [] { return std::make_unique<test::FailingReader>(1500000); };
  {
    auto session = ar->begin_import({model::Platform::whatsapp, "export.zip", "", {}});
    session->begin_chat(test::make_chat("Small"));
    for (auto m : conversation(0, 10)) {
      session->message(std::move(m));
    }
    session->end_chat();
    session->begin_chat(test::make_chat("Big"));
    for (auto m : big_chat) {
      session->message(std::move(m));
    }
    try {
      session->message(model::Message(failing));
      FAIL("the opener's failure did not propagate");
    } catch (const Error& e) {
      CHECK(e.category() == ErrorCategory::input);
      CHECK(std::string(e.what()).find("broken.jpg") != std::string::npos);
      CHECK(std::string(e.what()).find("unexpected end of zip entry") != std::string::npos);
    }
    CHECK_THROWS_AS(session->message(test::text_msg(n + 4000, "Bob", "after")), Error);
  }
  CHECK(test::stored_messages(*ar, "Small").size() == 10);
  // The first batch was committed; the batch in progress (1000) was rolled back.
  CHECK(test::stored_messages(*ar, "Big").size() == batch);
  ar.reset();
  CHECK(sql_int(path, "SELECT count(*) FROM sources WHERE finished_at IS NULL") == 1);
  CHECK(sql_int(path, "SELECT count(*) FROM blob_chunks") == 0);

  ar = test::open_archive(path);
  big_chat.push_back(test::media_msg(n + 2000, "Bob", test::bytes_attachment("broken.jpg", "now whole")));
  const auto counts = test::import_feed(*ar, {{test::make_chat("Small"), conversation(0, 10)},
                                              {test::make_chat("Big"), big_chat}});
  CHECK(counts.duplicates == batch + 10);
  CHECK(counts.messages_added == 1001);
  const auto big = test::stored_messages(*ar, "Big");
  CHECK(big.size() == batch + 1001);
  std::set<std::string> texts;
  for (const auto& m : big) {
    texts.insert(m.text);
  }
  CHECK(texts.size() == batch + 1001);
  ar.reset();
  CHECK(sql_int(path, "SELECT count(*) FROM sources WHERE finished_at IS NOT NULL") == 1);
  CHECK(sql_int(path, "SELECT count(*) FROM source_files") == 1);
}

TEST_CASE("import: an uncommitted session keeps its finished chats; warnings and skips are counted") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  {
    auto session = ar->begin_import({model::Platform::whatsapp, "x", "", {}});
    session->begin_chat(test::make_chat("Family"));
    session->message(test::text_msg(1, "Alice", "kept"));
    session->end_chat();
    session->begin_chat(test::make_chat("Work"));
    session->message(test::text_msg(1, "Bob", "lost"));
    for (int i = 0; i < 150; ++i) {
      session->warning({"chat.txt", static_cast<std::uint64_t>(i + 1), ""}, "invalid UTF-8 repaired");
    }
    session->skipped({"chat.txt", 7, ""}, "unreadable line");
    auto m = test::text_msg(1, "Bob", "far future");
    m.time_ms = std::int64_t{1} << 60;
    session->message(std::move(m));
    const auto& c = session->counts();
    CHECK(c.warnings == 150);
    CHECK(c.warning_texts.size() == 100);
    CHECK(c.warning_texts[0] == "chat.txt line 1: invalid UTF-8 repaired");
    CHECK(c.skipped == 2);
    CHECK(c.skipped_texts[0] == "chat.txt line 7: unreadable line");
  }
  CHECK(test::stored_messages(*ar, "Family").size() == 1);
  CHECK(test::stored_messages(*ar, "Work").empty());
}

TEST_CASE("import: a newer export sharing nothing with its chat is reported") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  test::import_feed(*ar, {{test::make_chat("Family"), conversation(0, 5)}});
  const auto counts = test::import_feed(*ar, {{test::make_chat("Family"), conversation(100, 5)}});
  CHECK(counts.messages_added == 5);
  REQUIRE(counts.warnings == 1);
  CHECK(counts.warning_texts[0].find("no overlap") != std::string::npos);
}

TEST_CASE("reader: every field round-trips") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  model::Message m = test::text_msg(3, "Alice", "where are you?");
  m.kind = model::MessageKind::location;
  m.offset_min = -300;
  m.edited = true;
  m.reply_to = "msg-1";
  m.forwarded_from = "Dave";
  m.location = model::Location{52.5, 13.4, "Berlin", true};
  m.reactions = {{"Bob", "\xF0\x9F\x91\x8D"}, {"Carol", "\xE2\x9D\xA4"}};
  m.extra_json = R"({"source_id":42})";
  model::Message poll = test::text_msg(4, "Bob", "lunch?");
  poll.kind = model::MessageKind::poll;
  poll.poll = model::Poll{"lunch?", {{"yes", 2}, {"no", 0}}};
  poll.deleted = true;
  model::Message call = test::text_msg(5, "Bob", "Missed voice call");
  call.kind = model::MessageKind::call;
  call.call = model::Call{std::nullopt, true, false};
  call.offset_min.reset();
  model::Message media = test::media_msg(6, "Bob", test::bytes_attachment("v.mp4", "video"));
  media.attachments[0].kind = model::AttachmentKind::video;
  media.attachments[0].duration_ms = 1500;
  media.attachments[0].width = 640;
  media.attachments[0].height = 480;
  media.attachments.push_back(test::missing_attachment("gone.pdf"));
  test::import_feed(*ar, {{test::make_chat("Family"), {m, poll, call, media}}});

  const auto chats = ar->chats();
  REQUIRE(chats.size() == 1);
  CHECK(chats[0].message_count == 4);
  CHECK(chats[0].first_ms == m.time_ms);
  CHECK(chats[0].last_ms == media.time_ms);
  CHECK(chats[0].chat.zone == "Europe/Berlin");
  CHECK(chats[0].chat.participants.size() == 2);

  const auto out = test::stored_messages(*ar, "Family");
  REQUIRE(out.size() == 4);
  CHECK(out[0].kind == model::MessageKind::location);
  CHECK(out[0].native_time == m.native_time);
  CHECK(out[0].offset_min == -300);
  CHECK(out[0].edited);
  CHECK_FALSE(out[0].deleted);
  CHECK(out[0].reply_to == "msg-1");
  CHECK(out[0].forwarded_from == "Dave");
  REQUIRE(out[0].location);
  CHECK(out[0].location->lat == 52.5);
  CHECK(out[0].location->label == "Berlin");
  CHECK(out[0].location->live);
  REQUIRE(out[0].reactions.size() == 2);
  CHECK(out[0].reactions[1].actor == "Carol");
  CHECK(out[0].reactions[1].emoji == "\xE2\x9D\xA4");
  CHECK(out[0].extra_json == R"({"source_id":42})");
  CHECK(out[0].origin.file.empty());
  REQUIRE(out[1].poll);
  CHECK(out[1].deleted);
  CHECK(out[1].poll->options.size() == 2);
  CHECK(out[1].poll->options[0].votes == 2);
  REQUIRE(out[2].call);
  CHECK(out[2].call->missed);
  CHECK_FALSE(out[2].call->duration_s);
  CHECK_FALSE(out[2].offset_min);
  REQUIRE(out[3].attachments.size() == 2);
  CHECK(out[3].attachments[0].kind == model::AttachmentKind::video);
  CHECK(out[3].attachments[0].duration_ms == 1500);
  CHECK(out[3].attachments[0].width == 640);
  CHECK(out[3].attachments[0].height == 480);
  CHECK_FALSE(out[3].attachments[0].open);
  CHECK(out[3].attachments[1].missing);
  CHECK(out[3].attachments[1].file_name == "gone.pdf");
  CHECK(out[3].attachments[1].content_hash.empty());
}

TEST_CASE("import: a full millisecond probes upward and keeps time order") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  std::vector<model::Message> msgs;
  for (int i = 0; i < 4097; ++i) {
    msgs.push_back(test::text_msg(1, "Alice", "burst " + std::to_string(i)));
  }
  auto later = test::text_msg(1, "Bob", "one millisecond later");
  later.time_ms += 1;
  msgs.push_back(later);
  CHECK(test::import_feed(*ar, {{test::make_chat("Family"), msgs}}).messages_added == 4098);
  const auto stored = test::stored_messages(*ar, "Family");
  REQUIRE(stored.size() == 4098);
  const std::int64_t base = stored[0].time_ms * 4096;
  CHECK(stored[0].id == base);
  CHECK(stored[4095].id == base + 4095);
  CHECK(stored[4096].id == base + 4096);  // borrowed from the next millisecond
  CHECK(stored[4096].text == "burst 4096");
  CHECK(stored[4097].id == base + 4097);
  CHECK(stored[4097].text == "one millisecond later");
}

TEST_CASE("import: repeated messages keep their ordinals while old keys are swept from memory") {
  // More keys than the matcher keeps (k_ordinal_keys_kept) over more than its window: old keys are
  // dropped along the way while repeats an hour later (out of order) still find theirs.
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  std::vector<model::Message> feed;
  const int minutes = static_cast<int>(archive::k_ordinal_keys_kept) + 5000;
  for (int i = 0; i < minutes; ++i) {
    feed.push_back(test::text_msg(i, "Alice", "same text"));
    if (i >= 60 && i % 7 == 0) {
      feed.push_back(test::text_msg(i - 60, "Alice", "same text"));
    }
  }
  feed.push_back(test::text_msg(7, "Alice", "same text"));  // days late: its key was dropped
  const auto first = test::import_feed(*ar, {{test::make_chat("Busy"), feed}});
  CHECK(first.messages_added == feed.size());
  const auto again = test::import_feed(*ar, {{test::make_chat("Busy"), feed}});
  CHECK(again.messages_added == 0);
  CHECK(again.duplicates == feed.size());
}
