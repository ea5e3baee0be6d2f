#include "exporters/txt_exporter.hpp"

#include <doctest/doctest.h>

#include "tests/exporters/fake_chat_reader.hpp"
#include "tests/support.hpp"

namespace chatvault::exporters {

TEST_CASE("txt: a chat in Europe/Berlin, across the DST change") {
  test::TempDir tmp;
  auto reader = test::two_chats();
  auto exporter = make_txt_exporter();
  CollectingReporter reporter;
  (void)export_chats(reader, *exporter, {tmp / "out", {"Mum/Dad: \"Plans\"?"}, true}, reporter);
  // 22:15Z is 23:15 CET (+1); 00:30Z is 01:30 CET; 01:30Z is 03:30 CEST (+2), after the
  // clocks went forward at 02:00 local; July is CEST.
  CHECK(test::read_file(tmp / "out" / "Mum_Dad_ _Plans__.txt") ==
        "Chat: Mum/Dad: \"Plans\"?\n"
        "Platform: whatsapp (group)\n"
        "Participants: Mum, Dad, Me (you)\n"
        "Time zone: Europe/Berlin\n"
        "Messages: 4\n"
        "\n"
        "2024-03-30 23:15:00  * Mum created group \"Plans\"\n"
        "2024-03-31 01:30:00  Mum: Dinner at 8? (edited)\n"
        "2024-03-31 03:30:00  Dad: [deleted] oops\n"
        "2024-07-01 14:00:00  Dad: [poll: Where?]\n"
        "  - Home: 2 votes\n"
        "  - Out: 1 vote\n");
}

TEST_CASE("txt: UTC chat with media, multi-line text, reactions and a location") {
  test::TempDir tmp;
  auto reader = test::two_chats();
  auto exporter = make_txt_exporter();
  CollectingReporter reporter;
  (void)export_chats(reader, *exporter, {tmp / "out", {"Anna"}, true}, reporter);
  CHECK(test::read_file(tmp / "out" / "Anna.txt") ==
        "Chat: Anna\n"
        "Platform: whatsapp\n"
        "Participants: Anna, Me (you)\n"
        "Time zone: UTC (the source gave no time zone)\n"
        "Messages: 5\n"
        "\n"
        "2024-01-05 09:00:00  Anna: [photo: IMG-1.jpg] Look \xF0\x9F\x8C\x85\n"
        "2024-01-05 09:01:00  Me: [reply to 101] line one\n"
        "  line \"two\" \\ end\n"
        "  line three\n"
        "  reactions: \xE2\x9D\xA4\xEF\xB8\x8F Anna\n"
        "2024-01-05 09:02:00  Anna: [photo: IMG-1.jpg] [video: VID-2.mp4 (not in export)]\n"
        "2024-01-05 09:03:00  Anna: [photo: IMG-1.jpg (saved as Anna_media/IMG-1 (2).jpg)]\n"
        "2024-01-05 09:04:00  Anna: [location 51.5, -0.12: Big Ben]\n");
  CHECK(test::read_file(tmp / "out" / "Anna_media" / "IMG-1.jpg") == test::blob1());
}

TEST_CASE("txt: calls, unknown zones, edited multi-line text") {
  test::FakeChatReader reader;
  model::StoredChat chat;
  chat.id = 1;
  chat.chat.key = chat.chat.title = "Z\nZ";
  chat.chat.zone = "Mars/Olympus_Mons";
  model::Message call;
  call.time_ms = test::utc("2020-02-29T23:59:59Z") + 999;
  call.sender = "Ann";
  call.kind = model::MessageKind::call;
  call.call = model::Call{125, false, true};
  // WhatsApp's "<Media omitted>" names no file.
  model::Message omitted;
  omitted.time_ms = test::utc("2020-02-29T23:59:59Z") + 999;
  omitted.sender = "Ann";
  omitted.kind = model::MessageKind::media;
  omitted.attachments = {test::attachment(model::AttachmentKind::photo, "", "")};
  omitted.attachments[0].missing = true;
  model::Message edited;
  edited.time_ms = test::utc("2020-03-01T00:00:00Z");
  edited.sender = "Bob";
  edited.text = "a\r\nb";
  edited.edited = true;
  reader.add_chat(chat, {call, omitted, edited});

  test::TempDir tmp;
  auto exporter = make_txt_exporter();
  CollectingReporter reporter;
  (void)export_chats(reader, *exporter, {tmp / "out", {}, true}, reporter);
  CHECK(test::read_file(tmp / "out" / "Z_Z.txt") ==
        "Chat: Z Z\n"
        "Platform: whatsapp\n"
        "Participants: \n"
        "Time zone: UTC (the chat's zone 'Mars/Olympus_Mons' is unknown on this system)\n"
        "Messages: 3\n"
        "\n"
        "2020-02-29 23:59:59  Ann: [video call, 125 s]\n"
        "2020-02-29 23:59:59  Ann: [photo (not in export)]\n"
        "2020-03-01 00:00:00  Bob: a\n"
        "  b (edited)\n");
}

TEST_CASE("txt: a link behind a word is written out; a URL already in the text is not repeated") {
  test::FakeChatReader reader;
  model::StoredChat chat;
  chat.id = 1;
  chat.chat.key = chat.chat.title = "L";
  model::Message behind;
  behind.time_ms = test::utc("2024-05-12T09:00:00Z");
  behind.sender = "Ann";
  behind.text = "see the route";
  behind.links = {{"https://example.org/route", "route"}};
  model::Message bare = behind;
  bare.text = "https://example.org/route";
  bare.links = {{"https://example.org/route", ""}};
  reader.add_chat(chat, {behind, bare});

  test::TempDir tmp;
  auto exporter = make_txt_exporter();
  CollectingReporter reporter;
  (void)export_chats(reader, *exporter, {tmp / "out", {}, true}, reporter);
  const std::string text = test::read_file(tmp / "out" / "L.txt");
  CHECK(text.find("2024-05-12 09:00:00  Ann: [link: route <https://example.org/route>] see the route\n") !=
        std::string::npos);
  CHECK(text.find("2024-05-12 09:00:00  Ann: https://example.org/route\n") != std::string::npos);
}

}  // namespace chatvault::exporters
