// The Messenger and Instagram DYI JSON importers on our samples and on every JSON fixture of
// ../shared/fixtures/meta/ (facts from its EXPECTED.md).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "importers/meta/instagram_legacy.hpp"
#include "importers/meta/meta_importers.hpp"
#include "importers/source_tree.hpp"
#include "importers/telegram/telegram_importer.hpp"
#include "importers/whatsapp/whatsapp_importer.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"
#include "tests/zip_writer.hpp"
#include "util/time.hpp"

using namespace chatvault;
using model::AttachmentKind;
using model::MessageKind;
namespace fs = std::filesystem;

namespace {

struct Chat {
  model::Chat chat;
  std::vector<model::Message> messages;
};

// What an import gave, chat by chat.
struct Imported {
  std::vector<Chat> chats;
  std::vector<std::string> skips;
  importers::ImportReport report;
  const Chat& by_key(const std::string& key) const {
    for (const auto& c : chats) {
      if (c.chat.key == key) return c;
    }
    FAIL("no chat " << key);
    return chats.front();
  }
};

Imported run(const importers::Importer& importer, const fs::path& p, importers::ImportOptions o = {}) {
  test::RecordingSink sink;
  Imported out;
  out.report = importer.import(importers::SourceTree::open(p), o, sink);
  std::size_t next = 0;
  for (std::size_t c = 0; c < sink.chats.size(); ++c) {
    Chat chat{sink.chats[c], {}};
    for (std::size_t i = 0; i < sink.chat_sizes[c]; ++i) chat.messages.push_back(std::move(sink.messages[next++]));
    out.chats.push_back(std::move(chat));
  }
  for (const auto& skip : sink.skips) out.skips.push_back(skip.text());
  return out;
}
Imported messenger(const fs::path& p, importers::ImportOptions o = {}) {
  return run(*importers::make_messenger_importer(), p, std::move(o));
}
Imported instagram(const fs::path& p, importers::ImportOptions o = {}) {
  return run(*importers::make_instagram_importer(), p, std::move(o));
}

std::string iso(std::int64_t ms) { return timeutil::format_iso_utc(ms); }
nlohmann::json extra(const model::Message& m) { return nlohmann::json::parse(m.extra_json); }

std::string read_all(const model::Attachment& a) {
  REQUIRE(a.open);
  auto r = a.open();
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = r->read(buf, sizeof buf)) > 0;) out.append(buf, n);
  return out;
}

fs::path messenger_sample() { return test::samples_dir() / "messenger" / "facebook-jonasweber-2025"; }
fs::path instagram_sample() { return test::samples_dir() / "instagram" / "instagram-jonas.weber-2024"; }

std::optional<fs::path> meta_fixtures() {
  const auto dir = test::fixtures_dir();
  if (!dir) return std::nullopt;
  REQUIRE(fs::is_directory(*dir / "meta"));
  return *dir / "meta";
}

}  // namespace

TEST_CASE("messenger sample: every section, the owner from the profile, files merged, fields mapped") {
  const auto tree = importers::SourceTree::open(messenger_sample());
  CHECK(importers::make_messenger_importer()->detect(tree).confidence == 90);
  CHECK(importers::make_instagram_importer()->detect(tree).confidence == 0);
  CHECK(importers::make_telegram_importer()->detect(tree).confidence == 0);
  CHECK(importers::make_whatsapp_importer()->detect(tree).confidence == 0);

  const Imported r = messenger(messenger_sample());
  CHECK(r.skips.empty());
  REQUIRE(r.chats.size() == 4);  // inbox ×2, archived_threads, e2ee_cutover; not the settings file
  CHECK(std::find(r.report.notes.begin(), r.report.notes.end(),
                  "you are \"Jonas Weber\" (from the download's profile)") != r.report.notes.end());

  const Chat& lena = r.by_key("messenger:lenafischer_1029384756473829");
  CHECK(lena.chat.platform == model::Platform::messenger);
  CHECK(lena.chat.title == "Lena Fischer");
  CHECK_FALSE(lena.chat.is_group);
  REQUIRE(lena.chat.participants.size() == 2);
  CHECK_FALSE(lena.chat.participants[0].is_self);
  CHECK(lena.chat.participants[1].name == "Jonas Weber");
  CHECK(lena.chat.participants[1].is_self);
  // message_2.json (older) and message_1.json, in time order; the message both repeat, once.
  const auto& ms = lena.messages;
  REQUIRE(ms.size() == 11);
  for (std::size_t i = 1; i < ms.size(); ++i) CHECK(ms[i - 1].time_ms <= ms[i].time_ms);
  CHECK(iso(ms[0].time_ms) == "2025-01-01T10:00:00Z");
  CHECK(ms[0].text == "Frohes neues Jahr! 🎆 Wie war eure Silvesterparty?");
  CHECK(ms[0].native_id.empty());  // Meta has no message ids
  CHECK(ms[0].native_time == "2025-01-01T10:00");  // the minute, as the HTML download shows it
  CHECK(ms[0].origin.file.ends_with("lenafischer_1029384756473829/message_2.json"));
  REQUIRE(ms[1].reactions.size() == 1);  // the export repeats it
  CHECK(ms[1].reactions[0].emoji == "😂");
  CHECK(ms[1].reactions[0].actor == "Lena Fischer");
  CHECK(ms[2].kind == MessageKind::media);
  REQUIRE(ms[2].attachments.size() == 1);
  CHECK(ms[2].attachments[0].kind == AttachmentKind::photo);
  CHECK(ms[2].attachments[0].mime == "image/jpeg");
  CHECK(read_all(ms[2].attachments[0]) ==
        test::read_file(messenger_sample() /
                        "your_facebook_activity/messages/inbox/lenafischer_1029384756473829/photos/5550001112223334.jpg"));
  CHECK(ms[3].text == "Reacted ❤️ to your message ");
  CHECK(extra(ms[3])["pseudo_reaction"] == true);
  CHECK(ms[4].links.size() == 1);
  CHECK(ms[4].links[0].url == "https://www.example.org/rezepte/kaesespaetzle");
  CHECK(ms[4].links[0].title == "Käsespätzle wie bei Oma");
  CHECK(ms[5].kind == MessageKind::call);
  CHECK(ms[5].call->duration_s == 754);
  CHECK_FALSE(ms[5].call->missed);
  CHECK(ms[6].call->missed);
  CHECK(ms[7].attachments.at(0).kind == AttachmentKind::voice);
  CHECK(ms[8].kind == MessageKind::deleted);
  CHECK(ms[8].deleted);
  CHECK(ms[9].kind == MessageKind::location);
  CHECK(ms[9].location->lat == doctest::Approx(52.516275));
  CHECK(ms[9].location->lon == doctest::Approx(13.377704));
  CHECK(ms[9].location->label == "Brandenburger Tor");
  CHECK(ms[10].text == "Bis morgen 👋\nUnd vergiss die Tickets nicht!");

  const Chat& club = r.by_key("messenger:buchclub_2938475610293847");
  CHECK(club.chat.title == "Buchclub 📚");
  CHECK(club.chat.is_group);
  // Who left is no participant any more, but wrote messages: listed too.
  std::vector<std::string> names;
  for (const auto& p : club.chat.participants) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"Jonas Weber", "Sofía Martínez", "Yuki Tanaka", "Omar Haddad", "Facebook user"});
  REQUIRE(club.messages.size() == 10);
  CHECK(club.messages[0].kind == MessageKind::system);
  CHECK(club.messages[0].sender.empty());
  CHECK(extra(club.messages[0])["actor"] == "Jonas Weber");
  CHECK(club.messages[4].text == "こんにちは！村上春樹の『ノルウェイの森』はどうですか？");
  CHECK(club.messages[5].text == "مرحبا! أنا موافق على أي كتاب 🙂");
  CHECK(club.messages[6].kind == MessageKind::system);
  CHECK(club.messages[8].attachments.at(0).kind == AttachmentKind::document);
  CHECK(club.messages[8].attachments[0].file_name == "leseliste_2024.pdf");
  CHECK_FALSE(club.messages[8].attachments[0].missing);
  CHECK(club.messages[9].kind == MessageKind::sticker);
  CHECK(club.messages[9].attachments.at(0).missing);  // stickers_used/ is not in the sample

  const Chat& old = r.by_key("messenger:markusbauer_3847561029384756");
  REQUIRE(old.messages.size() == 2);
  CHECK(extra(old.messages[0])["ip"] == "198.51.100.7");
  CHECK(r.by_key("messenger:lenafischer_4756102938475610").messages.size() == 2);
}

TEST_CASE("messenger sample: --self wins, without media nothing is opened, zipped reads the same") {
  importers::ImportOptions o;
  o.self_name = "Lena Fischer";
  o.include_media = false;
  const Imported r = messenger(messenger_sample(), o);
  const Chat& lena = r.by_key("messenger:lenafischer_1029384756473829");
  CHECK(lena.chat.participants[0].is_self);
  CHECK_FALSE(lena.chat.participants[1].is_self);
  CHECK_FALSE(lena.messages[2].attachments[0].missing);
  CHECK_FALSE(lena.messages[2].attachments[0].open);

  test::TempDir tmp;
  std::vector<std::pair<std::string, std::string>> entries;
  for (const auto& e : fs::recursive_directory_iterator(messenger_sample())) {
    if (e.is_regular_file()) {
      entries.emplace_back(fs::relative(e.path(), messenger_sample()).generic_string(), test::read_file(e.path()));
    }
  }
  test::make_zip(tmp / "facebook-jonasweber-2025.zip", entries);
  const Imported z = messenger(tmp / "facebook-jonasweber-2025.zip");
  REQUIRE(z.chats.size() == 4);
  const auto& zl = z.by_key("messenger:lenafischer_1029384756473829").messages;
  REQUIRE(zl.size() == 11);
  CHECK(zl[2].attachments[0].size ==
        fs::file_size(messenger_sample() /
                      "your_facebook_activity/messages/inbox/lenafischer_1029384756473829/photos/5550001112223334.jpg"));
  CHECK(read_all(zl[2].attachments[0]) == read_all(messenger(messenger_sample()).by_key(
                                               "messenger:lenafischer_1029384756473829").messages[2].attachments[0]));
}

TEST_CASE("instagram sample: shares, story replies, voice, likes and the owner from the profile") {
  const auto tree = importers::SourceTree::open(instagram_sample());
  CHECK(importers::make_instagram_importer()->detect(tree).confidence == 90);
  CHECK(importers::make_messenger_importer()->detect(tree).confidence == 0);
  const Imported r = instagram(instagram_sample());
  REQUIRE(r.chats.size() == 1);
  const Chat& c = r.chats[0];
  CHECK(c.chat.platform == model::Platform::instagram);
  CHECK(c.chat.key == "instagram:marta.ruiz_17841400000000001");
  CHECK(c.chat.title == "Marta Ruiz");
  CHECK(c.chat.participants[1].is_self);
  const auto& ms = c.messages;
  REQUIRE(ms.size() == 8);
  CHECK(ms[0].text == "¡Hola Jonas! Mañana vamos a la playa 🏖️ ¿Te apuntas?");
  CHECK(ms[1].links.at(0).url == "https://www.instagram.com/reel/C8xYzAbCdEf/");
  CHECK(ms[1].links[0].title == "Best paella in Valencia 🥘 #foodie");
  CHECK(extra(ms[1])["share"]["original_content_owner"] == "valencia.eats");
  CHECK(ms[1].reactions.at(0).emoji == "❤️");
  CHECK(extra(ms[2])["pseudo_reaction"] == true);
  CHECK(ms[3].text == "😍 ¿dónde es esto?");
  CHECK(ms[3].links.at(0).url.starts_with("https://instagram.com/stories/"));
  CHECK(ms[4].attachments.at(0).kind == AttachmentKind::voice);
  CHECK_FALSE(ms[4].attachments[0].missing);
  CHECK(ms[5].attachments.at(0).kind == AttachmentKind::photo);
  CHECK(extra(ms[6])["pseudo_reaction"] == true);  // "Liked a message"
  CHECK(ms[7].text == "Straße, naïve café — 你好! Bis bald 👋");
}

TEST_CASE("meta: bad input") {
  test::TempDir tmp;
  const std::string thread = "your_facebook_activity/messages/inbox/x_1/";
  // Truncated: a counted skip naming the file; the thread beside it still imports.
  test::make_zip(tmp / "t.zip", {{thread + "message_1.json", R"({"participants": [{"name": "A"}], "messages": [{"sender_)"},
                                 {"your_facebook_activity/messages/inbox/y_2/message_1.json",
                                  R"({"participants": [{"name": "B"}], "messages": [{"sender_name": "B", "timestamp_ms": 5, "content": "ok"}]})"}});
  const Imported t = messenger(tmp / "t.zip");
  REQUIRE(t.skips.size() == 1);
  CHECK(t.skips[0].find("x_1/message_1.json") != std::string::npos);
  CHECK(t.skips[0].find("not valid JSON") != std::string::npos);
  REQUIRE(t.chats.size() == 1);
  CHECK(t.chats[0].messages.size() == 1);
  // Another product's JSON where a thread should be: not a thread.
  test::make_zip(tmp / "o.zip", {{thread + "message_1.json", R"({"ads_interests": []})"}});
  CHECK(importers::make_messenger_importer()->detect(importers::SourceTree::open(tmp / "o.zip")).confidence == 0);
  std::string message;
  CHECK(test::category_of([&] { messenger(tmp / "o.zip"); }, &message) == ErrorCategory::input);
  CHECK(message.find("none of the 1 thread file(s) could be read") != std::string::npos);
  // Messages without a sender or a time: counted skips naming their JSON path.
  test::make_zip(tmp / "m.zip", {{thread + "message_1.json",
                                  R"({"participants": [], "messages": [{"content": "x", "timestamp_ms": 1}, {"sender_name": "A"}, 7]})"}});
  const Imported m = messenger(tmp / "m.zip");
  CHECK(m.skips.size() == 3);
  CHECK(m.skips[0].find("$.messages[2]") != std::string::npos);
  // Fields of the wrong type read as absent, never as a crash.
  test::make_zip(tmp / "w.zip", {{thread + "message_1.json",
                                  R"({"participants": 7, "thread_type": 5, "title": [], "messages": [)"
                                  R"({"sender_name": "A", "timestamp_ms": 9, "is_unsent": "yes", "missed": 1, "call_duration": "x",)"
                                  R"( "reactions": 3, "photos": {"uri": 4}, "share": {"link": 5}, "content": 6},)"
                                  R"({"sender_name": "A", "timestamp_ms": "x"}]})"}});
  const Imported w = messenger(tmp / "w.zip");
  REQUIRE(w.chats.size() == 1);
  REQUIRE(w.chats[0].messages.size() == 1);
  CHECK_FALSE(w.chats[0].messages[0].deleted);
  CHECK(w.chats[0].messages[0].kind == MessageKind::call);
  CHECK(w.skips.size() == 1);
  // No threads at all.
  test::make_zip(tmp / "n.zip", {{"your_facebook_activity/other/thing.json", "{}"}});
  CHECK(test::category_of([&] { messenger(tmp / "n.zip"); }, &message) == ErrorCategory::input);
  CHECK(message.find("no Messenger threads found") != std::string::npos);
  // A uri that climbs out of the export is never looked up.
  test::make_zip(tmp / "u.zip", {{thread + "message_1.json",
                                  R"({"participants": [], "messages": [{"sender_name": "A", "timestamp_ms": 1, "photos": [{"uri": "../../etc/passwd"}]}]})"},
                                 {"etc/passwd", "secret"}});
  const Imported u = messenger(tmp / "u.zip");
  CHECK(u.chats.at(0).messages.at(0).attachments.at(0).missing);
}

TEST_CASE("meta fixtures: msgvault's Messenger JSON trees") {
  const auto dir = meta_fixtures();
  if (!dir) return;
  const fs::path mv = *dir / "facebook-json" / "msgvault";
  {
    const Imported r = messenger(mv / "json_simple");
    REQUIRE(r.chats.size() == 2);
    std::size_t total = 0;
    for (const auto& c : r.chats) total += c.messages.size();
    CHECK(total == 4);
    const Chat& alice = r.by_key("messenger:alice_ABC123");
    CHECK_FALSE(alice.chat.is_group);
    CHECK(alice.chat.participants.size() == 2);
    REQUIRE(alice.messages.size() == 3);
    CHECK(alice.messages[0].text == "Hello");
    CHECK(alice.messages[0].time_ms == 1600000000000);
    CHECK(alice.messages[1].text == "café time?");
    REQUIRE(alice.messages[1].reactions.size() == 2);
    CHECK(alice.messages[1].reactions[0].emoji == "\u2764");
    CHECK(alice.messages[1].reactions[0].actor == "Test User");
    CHECK(alice.messages[1].reactions[1].emoji == "👍");
    CHECK(alice.messages[2].text == "See you soon");
    const Chat& zoe = r.by_key("messenger:zoe_ARCH");
    CHECK(zoe.messages.at(0).text == "Old message in archive");
    CHECK(zoe.messages[0].time_ms == 1500000000000);
    // Test User is in both threads: the owner.
    CHECK(alice.chat.participants[0].name == "Test User");
    CHECK(alice.chat.participants[0].is_self);
  }
  {
    const Imported r = messenger(mv / "json_multifile");
    REQUIRE(r.chats.size() == 1);
    std::vector<std::string> texts;
    for (const auto& m : r.chats[0].messages) texts.push_back(m.text);
    CHECK(texts == std::vector<std::string>{"Message A (from file 1, oldest)", "Message B (from file 1, newer)",
                                            "Message C (from file 2)", "Message D (from file 10, newest)"});
  }
  {
    const Imported r = messenger(mv / "json_nontext");
    const auto& ms = r.chats.at(0).messages;
    REQUIRE(ms.size() == 6);
    std::vector<MessageKind> kinds;
    for (const auto& m : ms) kinds.push_back(m.kind);
    CHECK(kinds == std::vector<MessageKind>{MessageKind::system, MessageKind::text, MessageKind::call, MessageKind::call,
                                            MessageKind::media, MessageKind::sticker});
    CHECK(ms[1].links.at(0).url == "https://example.com/article");
    CHECK(ms[1].links[0].title == "Example share text");
    CHECK(ms[2].call->missed);
    CHECK(ms[3].call->duration_s == 192);
  }
  for (const char* tree : {"json_with_media", "json_with_media_alt"}) {
    CAPTURE(tree);
    const Imported r = messenger(mv / tree);
    const auto& a = r.chats.at(0).messages.at(0).attachments.at(0);
    CHECK(a.mime == "image/png");
    CHECK_FALSE(a.missing);
    std::string png;
    for (const auto& e : fs::recursive_directory_iterator(mv / tree)) {
      if (e.path().filename() == "tiny.png") png = test::read_file(e.path());
    }
    CHECK(read_all(a) == png);
  }
  {
    const Imported r = messenger(mv / "json_group");
    CHECK(r.chats.at(0).chat.is_group);
    CHECK(r.chats[0].chat.participants.size() == 3);
  }
  {
    const Imported r = messenger(mv / "corrupt");
    CHECK(r.skips.size() == 1);
    CHECK(r.skips[0].find("broken_BAD") != std::string::npos);
    REQUIRE(r.chats.size() == 1);
    CHECK(r.chats[0].chat.key == "messenger:goodsibling_OK");
  }
}

TEST_CASE("meta fixtures: chat-analytics (BOM, newest first), the 2018 layout, LangChain's 2023 thread") {
  const auto dir = meta_fixtures();
  if (!dir) return;
  {
    const Imported r = messenger(*dir / "facebook-json" / "chat-analytics");
    const auto& ms = r.chats.at(0).messages;
    REQUIRE(ms.size() == 7);
    CHECK(ms[0].time_ms == 1415147240411);
    CHECK(ms[0].sender == "Bob");
    CHECK(ms[0].attachments.at(0).kind == AttachmentKind::photo);
    CHECK(ms[1].kind == MessageKind::sticker);
    CHECK(ms[2].sender == "Alice");
    CHECK(ms[2].attachments.at(0).kind == AttachmentKind::voice);
    CHECK(ms[3].attachments.at(0).kind == AttachmentKind::document);
    CHECK(ms[4].text == "you what");
    CHECK(ms[5].text == "Whats up!");
    CHECK(ms[6].text == "Hello");
    CHECK(ms[6].sender == "Alice");
    for (const auto& m : ms) CHECK_FALSE(m.call.has_value());
  }
  {
    const Imported r = messenger(*dir / "facebook-json-2018" / "fbm-chat-analysis");
    const auto& ms = r.chats.at(0).messages;
    REQUIRE(ms.size() == 4);
    CHECK(iso(ms[0].time_ms) == "2018-05-25T19:44:10Z");
    CHECK(iso(ms[3].time_ms) == "2018-05-25T19:44:30Z");
    CHECK(ms[0].text == "Hi there you!!");
    REQUIRE(ms[0].reactions.size() == 2);
    CHECK(ms[0].reactions[0].emoji == "👍");
    CHECK(ms[3].sender == "Facebook User");
  }
}

TEST_CASE("meta fixtures: synthesized 2025 Messenger and 2024 Instagram downloads") {
  const auto dir = meta_fixtures();
  if (!dir) return;
  {
    const Imported r = messenger(*dir / "synthesized" / "facebook-json-2025");
    CHECK(r.skips.empty());
    const Chat& zoe = r.by_key("messenger:alexsample_1234567890123456");
    CHECK(zoe.chat.title == "Zoë Müller");
    CHECK_FALSE(zoe.chat.is_group);
    REQUIRE(zoe.messages.size() == 19);
    CHECK(zoe.messages.back().time_ms == 1735689600000);
    CHECK(zoe.messages.back().sender == "Zoë Müller");
    CHECK(zoe.messages.back().text == "Привет 👋 ça va? Zażółć gęślą jaźń");
    CHECK_FALSE(zoe.messages.back().reactions.empty());
    CHECK(zoe.messages.front().time_ms == 1420070400000);
    CHECK(zoe.messages.front().sender == "Alex Sample");
    CHECK(extra(zoe.messages.front()).contains("ip"));
    const Chat& crew = r.by_key("messenger:weekendcrew_2345678901234567");
    CHECK(crew.chat.title == "Weekend crew");
    CHECK(crew.chat.is_group);
    REQUIRE(crew.messages.size() == 7);
    CHECK(crew.messages.front().time_ms == 1700000240000);
    CHECK(crew.messages.back().time_ms == 1700000600000);
    CHECK(crew.messages.back().sender == "Bob Example");
    CHECK(crew.messages.back().text == "See you all Saturday!");
    CHECK(r.by_key("messenger:zoemuller_3456789012345678").messages.size() == 2);
    const Chat& stranger = r.by_key("messenger:strangerdanger_4567890123456789");
    CHECK(stranger.chat.title == "Stranger Danger · Used bike");
    CHECK(stranger.messages.size() == 1);
  }
  {
    const Imported r = instagram(*dir / "synthesized" / "instagram-json-2024");
    const Chat& c = r.chats.at(0);
    CHECK(c.chat.title == "Zoë Müller");
    REQUIRE(c.messages.size() == 8);
    CHECK(c.messages.front().time_ms == 1720000180000);
    CHECK(c.messages.back().time_ms == 1720000600000);
    CHECK(c.messages.front().text == "Straße, naïve café — 你好");
  }
  {
    const Imported r = instagram(*dir / "instagram-json" / "chat-miner");
    const auto& ms = r.chats.at(0).messages;
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].sender == "Jane Doe");
    CHECK(ms[0].text == "Hello John!");
    CHECK(ms[0].time_ms == 1577186580000);
    CHECK(ms[1].sender == "John Doe");
    CHECK(ms[1].time_ms == 1579294140000);
  }
}

TEST_CASE("messenger secure-storage sample: the end-to-end-encrypted download") {
  const fs::path dir = test::samples_dir() / "messenger" / "messenger-secure-storage-2025";
  const auto tree = importers::SourceTree::open(dir);
  CHECK(importers::make_messenger_importer()->detect(tree).confidence == 90);
  CHECK(importers::make_instagram_importer()->detect(tree).confidence == 0);
  const Imported r = messenger(dir);
  CHECK(r.skips.empty());
  REQUIRE(r.chats.size() == 2);
  const Chat& lena = r.by_key("messenger:e2ee:Lena Fischer_2");
  CHECK(lena.chat.title == "Lena Fischer");
  CHECK_FALSE(lena.chat.is_group);
  // Jonas is in both files: the owner.
  CHECK(lena.chat.participants.at(1).name == "Jonas Weber");
  CHECK(lena.chat.participants[1].is_self);
  const auto& ms = lena.messages;
  REQUIRE(ms.size() == 6);  // the unsent one is kept, as deleted
  CHECK(ms[0].text == "Jetzt verschlüsselt 🔒 – klappt's?");
  CHECK(ms[0].reactions.at(0).emoji == "👍");
  CHECK(ms[1].links.at(0).url == "https://www.example.org/tickets");
  CHECK(ms[2].attachments.at(0).kind == AttachmentKind::photo);
  CHECK(read_all(ms[2].attachments[0]) == test::read_file(dir / "media" / "3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f.jpeg"));
  CHECK(ms[3].attachments.at(0).kind == AttachmentKind::voice);
  CHECK_FALSE(ms[3].attachments[0].missing);
  CHECK(ms[4].attachments.at(0).missing);  // "Failed to download media"
  CHECK(ms[5].kind == MessageKind::deleted);
  CHECK(ms[5].deleted);
  CHECK(r.by_key("messenger:e2ee:Leerer Chat_7").messages.empty());
}

TEST_CASE("meta fixtures: end-to-end-encrypted downloads (msgvault's and the synthesized one)") {
  const auto dir = meta_fixtures();
  if (!dir) return;
  {
    const Imported r = messenger(*dir / "messenger-e2ee" / "msgvault" / "e2ee_simple");
    const Chat& alice = r.by_key("messenger:e2ee:alice_1");
    CHECK_FALSE(alice.chat.is_group);
    CHECK(alice.chat.participants.size() == 2);
    REQUIRE(alice.messages.size() == 4);  // msgvault drops the unsent "oops"; it is kept here, as deleted
    std::size_t deleted = 0;
    for (const auto& m : alice.messages) deleted += m.deleted ? 1 : 0;
    CHECK(deleted == 1);
    CHECK(alice.messages[1].text == "café time?");
    std::size_t reactions = 0;
    for (const auto& m : alice.messages) reactions += m.reactions.size();
    CHECK(reactions == 1);
    const Chat& group = r.by_key("messenger:e2ee:group_2");
    CHECK(group.chat.title == "Weekend crew");
    CHECK(group.chat.is_group);
    CHECK(group.chat.participants.size() == 3);
    REQUIRE(group.messages.size() == 2);
    REQUIRE(group.messages[1].attachments.size() == 1);
    CHECK_FALSE(group.messages[1].attachments[0].missing);
  }
  {
    const Imported r = messenger(*dir / "synthesized" / "messenger-e2ee");
    const Chat& zoe = r.by_key("messenger:e2ee:Zoë Müller_3");
    CHECK(zoe.chat.title == "Zoë Müller");
    REQUIRE(zoe.messages.size() == 6);
    CHECK(zoe.messages[0].time_ms == 1700000000000);
    CHECK(zoe.messages[0].reactions.at(0).actor == "Alex Sample");
    CHECK(zoe.messages[1].links.at(0).url == "https://example.com/x");
    std::size_t found = 0;
    std::size_t missing = 0;
    for (const auto& m : zoe.messages) {
      for (const auto& a : m.attachments) (a.missing ? missing : found) += 1;
    }
    CHECK(found == 2);
    CHECK(missing == 1);
    CHECK(zoe.messages[5].deleted);
    CHECK(r.by_key("messenger:e2ee:Nobody Here_1").messages.empty());
  }
}

TEST_CASE("instagram legacy sample: messages.json of 2018-2020") {
  const fs::path dir = test::samples_dir() / "instagram" / "instagram-legacy-2019";
  const auto tree = importers::SourceTree::open(dir);
  CHECK(importers::make_instagram_importer()->detect(tree).confidence == 90);
  CHECK(importers::make_messenger_importer()->detect(tree).confidence == 0);
  const Imported r = instagram(dir);
  CHECK(r.skips.empty());
  REQUIRE(r.chats.size() == 2);
  const Chat& marta = r.by_key("instagram:legacy:jonas.weber,marta.ruiz");
  CHECK(marta.chat.title == "marta.ruiz");
  CHECK(marta.chat.participants.at(0).is_self);  // jonas.weber is in both conversations
  const auto& ms = marta.messages;
  REQUIRE(ms.size() == 6);
  CHECK(ms[0].text == "Hallo Marta! Wie geht's?");
  CHECK(iso(ms[0].time_ms) == "2019-07-29T12:00:00Z");
  CHECK(ms[1].attachments.at(0).kind == AttachmentKind::video);
  CHECK(ms[1].attachments[0].missing);
  CHECK(ms[1].attachments[0].file_name == "clip_2019.mp4");
  CHECK(ms[2].attachments.at(0).kind == AttachmentKind::voice);
  CHECK(iso(ms[2].time_ms) == "2019-07-30T20:15:00.500Z");
  CHECK(ms[3].text == "❤️");
  CHECK(ms[3].reactions.at(0).actor == "jonas.weber");
  CHECK(ms[4].links.at(0).title == "Sonnenuntergang an der Spree 🌅");
  CHECK(extra(ms[4])["media_owner"] == "visit.berlin");
  CHECK(iso(ms[4].time_ms) == "2019-08-02T18:29:41.004Z");
  CHECK(ms[5].text == "¡Qué bonito! 😍 ¿Dónde es?");
  const Chat& group = r.by_key("instagram:legacy:jonas.weber,marta.ruiz,yuki.t");
  CHECK(group.chat.is_group);
  CHECK(group.messages.at(0).kind == MessageKind::system);
  CHECK(group.messages[1].text == "よろしくお願いします！");
}

TEST_CASE("instagram legacy: created_at with microseconds and offsets") {
  using importers::meta::parse_created_at;
  CHECK(iso(*parse_created_at("2019-06-13T02:15:02.150760+00:00")) == "2019-06-13T02:15:02.150Z");
  CHECK(iso(*parse_created_at("2019-06-13T04:15:02+02:00")) == "2019-06-13T02:15:02Z");
  CHECK(iso(*parse_created_at("2019-06-12T21:15:02.5-05:00")) == "2019-06-13T02:15:02.500Z");
  CHECK_FALSE(parse_created_at("2019-06-13").has_value());
  CHECK_FALSE(parse_created_at("2019-06-13T02:15:02+0200").has_value());
  CHECK_FALSE(parse_created_at("yesterday at noon, roughly").has_value());
}

TEST_CASE("meta fixtures: synthesized Instagram messages.json of 2019") {
  const auto dir = meta_fixtures();
  if (!dir) return;
  const Imported r = instagram(*dir / "synthesized" / "instagram-legacy-2019");
  REQUIRE(r.chats.size() == 2);
  const auto& ms = r.chats[0].messages;
  REQUIRE(ms.size() == 9);
  CHECK(iso(ms.back().time_ms) == "2019-06-13T02:15:02.150Z");
  CHECK(ms.back().sender == "zoe.mueller");
  CHECK(ms.back().text == "😂 nice one");
  CHECK(iso(ms.front().time_ms) == "2018-06-01T08:00:00Z");
  CHECK(ms.front().attachments.at(0).missing);
  CHECK(r.chats[1].chat.participants.size() == 3);
  CHECK(r.chats[1].messages.at(0).kind == MessageKind::system);
  CHECK(r.chats[1].messages[0].text == "alex.sample named the group Weekend crew");
}
