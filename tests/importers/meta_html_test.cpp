// The Meta HTML readers (importers/meta/html_thread.hpp) on every HTML fixture of
// ../shared/fixtures/meta/ (facts from its EXPECTED.md §1.4, §4, §5, §8.4, §8.5), on our own
// hand-written pages, and on hostile ones.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "importers/meta/html_body.hpp"
#include "importers/meta/html_document.hpp"
#include "importers/meta/html_thread.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/time.hpp"
#include "util/utf8.hpp"

using namespace chatvault;
using namespace chatvault::importers::meta;
using model::AttachmentKind;
using model::MessageKind;
namespace fs = std::filesystem;

namespace {

// Finds uris as files below `root`, as the importer's resolver finds them in the export, and
// notes every uri it is asked for in `asked`.
MediaResolver folder_resolver(const fs::path& root, const std::shared_ptr<std::vector<std::string>>& asked) {
  return [root, asked](const std::string& uri, model::Attachment& a) {
    asked->push_back(uri);
    a.missing = true;
    if (uri.starts_with("http://") || uri.starts_with("https://") || uri.find("..") != std::string::npos) return;
    std::error_code ec;
    if (!root.empty() && fs::is_regular_file(root / uri, ec)) {
      a.missing = false;
      a.size = fs::file_size(root / uri, ec);
    }
  };
}

std::optional<fs::path> meta_fixtures() {
  const auto dir = test::fixtures_dir();
  if (!dir) return std::nullopt;
  REQUIRE(fs::is_directory(*dir / "meta"));
  return *dir / "meta";
}

struct Read {
  HtmlThread thread;
  test::RecordingSink sink;
  std::shared_ptr<std::vector<std::string>> asked = std::make_shared<std::vector<std::string>>();
};

// The page at `root`/`entry`, `entry` being its path in the export.
Read read_page(const fs::path& root, const std::string& entry, timeutil::ZoneClock* clock = nullptr) {
  Read r;
  r.thread = read_html_thread(test::read_file(root / entry), entry, folder_resolver(root, r.asked), clock, r.sink);
  return r;
}

HtmlThread read_text(const std::string& html, test::RecordingSink& sink, timeutil::ZoneClock* clock = nullptr) {
  return read_html_thread(html, "messages/inbox/sample_1/message_1.html",
                          folder_resolver({}, std::make_shared<std::vector<std::string>>()), clock, sink);
}

std::string iso(std::int64_t ms) { return timeutil::format_iso_utc(ms); }
nlohmann::json extra(const model::Message& m) { return nlohmann::json::parse(m.extra_json); }

std::vector<std::string> texts(const HtmlThread& t) {
  std::vector<std::string> out;
  for (const auto& m : t.messages) out.push_back(m.text);
  return out;
}

// Our own 2018-2022-style page: class names of that generation, newest first.
std::string page_2020(const std::string& blocks) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>Sample Chat</title></head><body>"
         "<div class=\"_4t5n\" role=\"main\"><div class=\"_3b0d\">Sample Chat</div>" +
         blocks + "</div></body></html>";
}
std::string block_2020(const std::string& sender, const std::string& body, const std::string& time) {
  return "<div class=\"pam _3-95 _2pi0 _2lej uiBoxWhite noborder\"><div class=\"_3-96 _2pio _2lek _2lel\">" + sender +
         "</div><div class=\"_3-96 _2let\"><div><div></div><div>" + body +
         "</div><div></div><div></div></div></div><div class=\"_3-94 _2lem\">" + time + "</div></div>";
}

}  // namespace

TEST_CASE("meta html fixtures: msgvault's 2023+ style page (html_simple)") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  const Read r = read_page(*fx / "facebook-html/msgvault/html_simple",
                           "your_activity_across_facebook/messages/inbox/alice_ABC123/message_1.html");
  const HtmlThread& t = r.thread;
  CHECK(r.sink.skips.empty());
  CHECK(t.title == "Alice Example");
  CHECK(t.participants == std::vector<std::string>{"Test User", "Alice Example"});
  CHECK(t.owner.empty());
  CHECK(t.language == "en");
  CHECK(texts(t) == std::vector<std::string>{"Hello", "café time?", "See you soon"});
  REQUIRE(t.messages.size() == 3);
  CHECK(t.messages[0].sender == "Test User");
  CHECK(t.messages[1].sender == "Alice Example");
  // The JSON copy says 12:26:40; HTML has the minute only.
  CHECK(iso(t.messages[0].time_ms) == "2020-09-13T12:26:00Z");
  CHECK(t.messages[0].native_time == "2020-09-13T12:26");
  CHECK(iso(t.messages[2].time_ms) == "2020-09-13T12:28:00Z");
  CHECK(t.messages[0].origin.file == "your_activity_across_facebook/messages/inbox/alice_ABC123/message_1.html");
  CHECK(t.messages[0].origin.path == "message block 1");
  CHECK(t.messages[0].kind == MessageKind::text);
  CHECK(t.messages[0].extra_json == "{}");
  CHECK(r.asked->empty());
}

TEST_CASE("meta html fixtures: a photo attaches to its own block (html_with_media, html_multi_media)") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  {
    const Read r = read_page(*fx / "facebook-html/msgvault/html_with_media",
                             "your_activity_across_facebook/messages/inbox/bob_XYZ789/message_1.html");
    CHECK(r.sink.skips.empty());
    CHECK(r.thread.title == "Bob Mediafile");
    REQUIRE(r.thread.messages.size() == 1);
    const model::Message& m = r.thread.messages[0];
    CHECK(m.sender == "Bob Mediafile");
    CHECK(m.text == "Here's a photo");
    CHECK(m.kind == MessageKind::media);
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].file_name == "tiny.png");
    CHECK(m.attachments[0].mime == "image/png");
    CHECK(m.attachments[0].kind == AttachmentKind::photo);
    // "photos/tiny.png" is relative to the page: found after the root-relative reading fails.
    CHECK_FALSE(m.attachments[0].missing);
    CHECK(m.attachments[0].size == 69);
    const std::vector<std::string> tried = {
        "photos/tiny.png", "your_activity_across_facebook/messages/inbox/bob_XYZ789/photos/tiny.png"};
    CHECK(*r.asked == tried);
  }
  {
    const Read r = read_page(*fx / "facebook-html/msgvault/html_multi_media",
                             "your_activity_across_facebook/messages/inbox/carol_IMG456/message_1.html");
    const auto& ms = r.thread.messages;
    REQUIRE(ms.size() == 3);
    CHECK(texts(r.thread) == std::vector<std::string>{"Hello Carol", "Check out this photo", "Nice picture"});
    CHECK(ms[0].attachments.empty());
    REQUIRE(ms[1].attachments.size() == 1);
    CHECK(ms[1].attachments[0].file_name == "photo1.png");
    CHECK_FALSE(ms[1].attachments[0].missing);
    CHECK(ms[2].attachments.empty());
  }
}

TEST_CASE("meta html fixtures: three layouts, one message at 2019-10-19 14:37 (html_timestamps)") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  for (const char* layout : {"layout1.html", "layout2.html", "layout3.html"}) {
    INFO(layout);
    const Read r = read_page(*fx / "facebook-html/msgvault/html_timestamps", layout);
    CHECK(r.sink.skips.empty());
    CHECK(r.thread.title == "TS Test");
    CHECK(r.thread.participants == std::vector<std::string>{"Test User", "TS Test"});
    REQUIRE(r.thread.messages.size() == 1);
    CHECK(r.thread.messages[0].sender == "Test User");
    CHECK(r.thread.messages[0].text == "ping");
    CHECK(iso(r.thread.messages[0].time_ms) == "2019-10-19T14:37:00Z");
  }
}

TEST_CASE("meta html fixtures: the HTML half of a thread exported both ways (mixed)") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  const Read r = read_page(*fx / "facebook-html/msgvault/mixed",
                           "your_activity_across_facebook/messages/inbox/eve_MIX/message_1.html");
  CHECK(texts(r.thread) == std::vector<std::string>{"Mixed hello", "Mixed reply"});
  REQUIRE(r.thread.messages.size() == 2);
  CHECK(r.thread.messages[0].time_ms == 1599999960000);  // 1600000000000 to the minute
  CHECK(r.thread.messages[1].time_ms == 1600000020000);
  CHECK(r.thread.messages[1].sender == "Eve Mixer");
}

TEST_CASE("meta html fixtures: synthesized Facebook 2020 page (entities, newest first, <base>)") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  timeutil::ZoneClock berlin("Europe/Berlin");
  const Read r =
      read_page(*fx / "synthesized/facebook-html-2020", "messages/inbox/zoemuller_abcdefghij/message_1.html", &berlin);
  const HtmlThread& t = r.thread;
  CHECK(r.sink.skips.empty());
  CHECK(t.title == "Zoë Müller");
  // No participant list on these pages: the senders, oldest first.
  CHECK(t.participants == std::vector<std::string>{"Alex Sample", "Zoë Müller"});
  REQUIRE(t.messages.size() == 3);
  CHECK(t.messages[0].sender == "Alex Sample");
  CHECK(t.messages[0].text == "Hello & welcome — <not a tag>");
  CHECK(t.messages[0].native_time == "2020-01-02T14:45");  // the UTC minute, as JSON
  CHECK(iso(t.messages[0].time_ms) == "2020-01-02T14:45:00Z");  // read in --tz Europe/Berlin
  CHECK(t.messages[0].offset_min == 60);
  CHECK(t.messages[0].origin.path == "message block 3");
  CHECK(t.messages[1].sender == "Alex Sample");
  CHECK(t.messages[1].text.empty());
  CHECK(t.messages[1].kind == MessageKind::media);
  REQUIRE(t.messages[1].attachments.size() == 1);
  const model::Attachment& photo = t.messages[1].attachments[0];
  CHECK(photo.file_name == "82178221_1234567890_n_1111111111111111.jpg");
  CHECK(photo.kind == AttachmentKind::photo);
  CHECK(photo.missing);  // the fixture ships no photo
  // <base href="../../../"> makes the path root-relative, as the JSON uris are.
  REQUIRE_FALSE(r.asked->empty());
  CHECK(r.asked->at(0) == "messages/inbox/zoemuller_abcdefghij/photos/82178221_1234567890_n_1111111111111111.jpg");
  CHECK(t.messages[2].sender == "Zoë Müller");
  CHECK(t.messages[2].text == "Grüße aus Köln 👋");
  CHECK(t.messages[2].native_time == "2020-01-02T14:47");
}

TEST_CASE("meta html fixtures: synthesized Instagram 2025 page (reactions, reel, story, voice, photo)") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  const std::string dir = "your_instagram_activity/messages/inbox/zoe.mueller_17845000000000000/";
  const Read r = read_page(*fx / "synthesized/instagram-html-2025", dir + "message_1.html");
  const HtmlThread& t = r.thread;
  CHECK(r.sink.skips.empty());
  CHECK(t.title == "Zoë Müller");
  const auto& ms = t.messages;
  REQUIRE(ms.size() == 5);
  for (std::size_t i = 0; i < ms.size(); ++i) {
    CHECK(iso(ms[i].time_ms) == "2024-07-03T09:5" + std::to_string(i == 4 ? 6 : i + 1) + ":00Z");
  }
  CHECK(ms[0].sender == "Alex Sample");
  CHECK(ms[0].kind == MessageKind::media);
  REQUIRE(ms[0].attachments.size() == 1);  // <a href> and <img src> name the same file
  CHECK(ms[0].attachments[0].file_name == "3707564116045928.jpg");
  CHECK(ms[0].attachments[0].kind == AttachmentKind::photo);
  CHECK(ms[0].text.empty());

  CHECK(ms[1].sender == "Zoë Müller");
  REQUIRE(ms[1].attachments.size() == 1);
  CHECK(ms[1].attachments[0].kind == AttachmentKind::voice);
  CHECK(ms[1].attachments[0].file_name == "868967024615674.mp4");
  CHECK(ms[1].attachments[0].mime == "video/mp4");
  CHECK(ms[1].text.empty());  // not "Click for audio"

  CHECK(ms[2].text == "😍 where is this?");
  REQUIRE(ms[2].links.size() == 1);
  CHECK(ms[2].links[0].url == "https://instagram.com/stories/alex.sample/3123456789012345678");
  CHECK(ms[2].links[0].title.empty());
  CHECK(ms[2].attachments.empty());

  CHECK(ms[3].sender == "Alex Sample");
  CHECK(ms[3].text == "You sent an attachment.");
  REQUIRE(ms[3].links.size() == 1);
  CHECK(ms[3].links[0].url == "https://www.instagram.com/reel/C1LHowONl_N/?id=1234567890_12345678");
  CHECK(ms[3].links[0].title == "daily dance memes 💃 #fyp");
  CHECK(extra(ms[3])["share"]["original_content_owner"] == "daily.dance.memes");
  REQUIRE(ms[3].reactions.size() == 1);
  CHECK(ms[3].reactions[0].emoji == "❤️");
  CHECK(ms[3].reactions[0].actor == "Zoë Müller");

  CHECK(ms[4].text == "Liked a message");
  CHECK(extra(ms[4])["pseudo_reaction"] == true);
  // No media link is ever asked for outside the export.
  for (const std::string& uri : *r.asked) CHECK(uri.starts_with(dir));
}

TEST_CASE("meta html fixtures: legacy messages.htm of fbchat-archive-parser") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  test::RecordingSink sink;
  const auto threads = read_legacy_messages_htm(
      test::read_file(*fx / "facebook-html-legacy/fbchat-archive-parser/html/messages.htm"), "html/messages.htm",
      nullptr, sink);
  CHECK(sink.skips.empty());
  CHECK(sink.warnings.empty());
  REQUIRE(threads.size() == 3);
  std::vector<std::set<std::string>> others;
  for (const HtmlThread& t : threads) {
    CHECK(t.owner == "First User 一");
    CHECK(t.title.empty());
    CHECK(t.language == "en");
    std::set<std::string> names(t.participants.begin(), t.participants.end());
    names.erase(t.owner);
    others.push_back(names);
  }
  CHECK(others[0] == std::set<std::string>{"Second User 二"});
  CHECK(others[1] == std::set<std::string>{"Third User 三"});
  CHECK(others[2] == std::set<std::string>{"Second User 二", "Third User 三"});
  // The page is newest first: reversed, and equal minutes keep that reversed order.
  CHECK(texts(threads[0]) ==
        std::vector<std::string>{"X Y Z", "X? Y Z!", "This is a test", "Yes, it is", "The last message! Hello"});
  CHECK(iso(threads[0].messages[0].time_ms) == "2013-10-05T05:04:00Z");  // 10:04pm PDT
  CHECK(threads[0].messages[0].offset_min == -420);
  CHECK(threads[0].messages[0].native_time == "2013-10-05T05:04");  // the UTC minute
  CHECK(threads[0].messages[0].sender == "Second User 二");
  CHECK(texts(threads[1]) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7"});
  CHECK(texts(threads[2]) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7", "8"});
  CHECK(iso(threads[2].messages.back().time_ms) == "2015-12-14T20:03:00Z");
  CHECK(threads[2].messages.back().sender == "Second User 二");
  // Blocks are counted over the whole page.
  CHECK(threads[0].messages.back().origin.path == "message block 1");
  CHECK(threads[2].messages.back().origin.path == "message block 13");
}

TEST_CASE("meta html fixtures: legacy messages.htm of ParseBook (ids as participants, oldest first)") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  test::RecordingSink sink;
  const auto threads = read_legacy_messages_htm(
      test::read_file(*fx / "facebook-html-legacy/parsebook/html/messages.htm"), "html/messages.htm", nullptr, sink);
  CHECK(sink.skips.empty());
  REQUIRE(threads.size() == 2);
  CHECK(threads[0].owner == "User One");
  CHECK(threads[0].participants == std::vector<std::string>{"2@facebook.com", "1@facebook.com"});
  CHECK(threads[1].participants == std::vector<std::string>{"3@facebook.com", "1@facebook.com"});
  REQUIRE(threads[0].messages.size() == 2);
  CHECK(threads[0].messages[0].sender == "User One");
  CHECK(threads[0].messages[0].text == "Hey User Two");
  CHECK(iso(threads[0].messages[0].time_ms) == "2017-06-27T04:04:00Z");  // 12:04am EDT
  CHECK(threads[0].messages[1].sender == "User Two");
  CHECK(iso(threads[0].messages[1].time_ms) == "2017-06-27T04:05:00Z");
  // Equal times keep the page's order, which the file's other thread shows to be oldest first.
  REQUIRE(threads[1].messages.size() == 2);
  CHECK(threads[1].messages[0].text == "Hey User Three");
  CHECK(threads[1].messages[1].text == "Hey User One");
  CHECK(threads[1].messages[0].time_ms == threads[1].messages[1].time_ms);
}

TEST_CASE("meta html fixtures: each reader refuses the other's pages") {
  const auto fx = meta_fixtures();
  if (!fx) return;
  test::RecordingSink sink;
  const MediaResolver none = folder_resolver({}, std::make_shared<std::vector<std::string>>());
  std::string message;
  CHECK(test::category_of(
            [&] {
              (void)read_html_thread(test::read_file(*fx / "facebook-html-legacy/parsebook/html/messages.htm"),
                                     "html/messages.htm", none, nullptr, sink);
            },
            &message) == ErrorCategory::input);
  CHECK(message.find("legacy") != std::string::npos);
  CHECK(message.find("html/messages.htm") != std::string::npos);
  CHECK(test::category_of(
            [&] {
              const fs::path page = *fx / "synthesized/facebook-html-2020/messages/inbox/zoemuller_abcdefghij";
              (void)read_legacy_messages_htm(test::read_file(page / "message_1.html"), "message_1.html", nullptr, sink);
            },
            &message) == ErrorCategory::input);
  CHECK(message.find("not a legacy") != std::string::npos);
}

TEST_CASE("meta html: entities, line breaks and a group's participant list") {
  test::RecordingSink sink;
  const std::string html =
      "<html lang=\"en\"><head><title>Weekend crew</title></head><body>"
      "<h2 class=\"_a6-h\">Participants: Alex Sample, Zoë Müller and Kim Lee</h2>"
      "<div class=\"b\"><h2>Kim Lee</h2>"
      "<div><div>line one<br>line two &amp; &lt;three&gt; &#x1F44B; caf&eacute;</div></div>"
      "<div>Jul 03, 2024 9:57 am</div></div>"
      "<div class=\"b\"><h2>Alex Sample</h2><div><div>Reacted ❤️ to your message </div></div>"
      "<div>Jul 03, 2024 9:56 am</div></div></body></html>";
  const HtmlThread t = read_text(html, sink);
  CHECK(sink.skips.empty());
  CHECK(t.title == "Weekend crew");
  CHECK(t.participants == std::vector<std::string>{"Alex Sample", "Zoë Müller", "Kim Lee"});
  REQUIRE(t.messages.size() == 2);
  CHECK(t.messages[0].text == "Reacted ❤️ to your message");
  CHECK(extra(t.messages[0])["pseudo_reaction"] == true);
  CHECK(t.messages[1].text == "line one\nline two & <three> 👋 café");
}

TEST_CASE("meta html: unreadable blocks are skipped by number, the rest kept") {
  test::RecordingSink sink;
  const std::string html = page_2020(block_2020("Zoë Müller", "newest", "Jan 02, 2020, 3:48 PM") +
                                     block_2020("Alex Sample", "when?", "yesterday") +
                                     block_2020("Alex Sample", "oldest", "Jan 02, 2020, 3:45 PM") +
                                     // Cut off in the middle of its body:
                                     "<div class=\"pam _3-95 _2pi0 _2lej uiBoxWhite noborder\">"
                                     "<div class=\"_3-96 _2pio\">Bob</div>"
                                     "<div class=\"_3-96 _2let\"><div>Hel");
  const HtmlThread t = read_text(html, sink);
  CHECK(texts(t) == std::vector<std::string>{"oldest", "newest"});
  REQUIRE(sink.skips.size() == 2);
  CHECK(sink.skips[0].where.path == "message block 2");
  CHECK(sink.skips[0].reason.find("'yesterday' is not a date") != std::string::npos);
  CHECK(sink.skips[1].where.path == "message block 4");
  CHECK(sink.skips[1].where.file == "messages/inbox/sample_1/message_1.html");
  CHECK_MESSAGE(sink.skips[1].reason.find("no readable time") != std::string::npos, sink.skips[1].reason);
}

TEST_CASE("meta html: the page's language decides, and German times are read") {
  test::RecordingSink sink;
  const std::string html = "<html lang=\"de\"><body>" +
                           block_2020("Lena Fischer", "Hallo", "2. Januar 2020 um 15:47") +
                           block_2020("Jonas Weber", "Na?", "02.01.2020, 15:46") + "</body></html>";
  timeutil::ZoneClock berlin("Europe/Berlin");
  const HtmlThread t = read_text(html, sink, &berlin);
  CHECK(sink.skips.empty());
  CHECK(t.language == "de");
  CHECK(texts(t) == std::vector<std::string>{"Na?", "Hallo"});
  CHECK(iso(t.messages[1].time_ms) == "2020-01-02T14:47:00Z");
}

TEST_CASE("meta html: media paths never leave the export, and a failing resolver skips only its block") {
  test::RecordingSink sink;
  const std::string html = page_2020(
      block_2020("Alex", "<a href=\"../../../../../etc/passwd\">x</a><img src=\"/etc/hosts\">",
                 "Jan 02, 2020, 3:48 PM") +
      block_2020("Alex", "<img src=\"photos/boom.jpg\">", "Jan 02, 2020, 3:47 PM") +
      block_2020("Alex", "<video src=\"videos/v.mp4\"></video><a href=\"files/doc.pdf\">doc.pdf</a>"
                         "<img src=\"https://scontent.example/x.jpg?a=1\"><a href=\"mailto:a@b.c\">mail</a>",
                 "Jan 02, 2020, 3:46 PM"));
  std::vector<std::string> asked;
  const MediaResolver resolve = [&](const std::string& uri, model::Attachment& a) {
    asked.push_back(uri);
    if (uri.find("boom") != std::string::npos) throw Error(ErrorCategory::input, "resolver refuses " + uri);
    a.missing = true;
  };
  const HtmlThread t = read_html_thread(html, "messages/inbox/sample_1/message_1.html", resolve, nullptr, sink);
  REQUIRE(sink.skips.size() == 1);
  CHECK(sink.skips[0].where.path == "message block 2");
  CHECK(sink.skips[0].reason.find("resolver refuses") != std::string::npos);
  REQUIRE(t.messages.size() == 2);
  const model::Message& mixed = t.messages[0];
  REQUIRE(mixed.attachments.size() == 3);
  CHECK(mixed.attachments[0].kind == AttachmentKind::video);
  CHECK(mixed.attachments[1].kind == AttachmentKind::document);
  CHECK(mixed.attachments[1].file_name == "doc.pdf");
  CHECK(mixed.attachments[2].file_name == "x.jpg");
  CHECK(mixed.attachments[2].missing);
  CHECK(mixed.text == "mail");
  const model::Message& escape = t.messages[1];
  REQUIRE(escape.attachments.size() == 2);
  CHECK(escape.attachments[0].missing);
  CHECK(escape.attachments[1].missing);
  for (const std::string& uri : asked) {
    CHECK(uri.find("..") == std::string::npos);
    CHECK_FALSE(uri.starts_with("/"));
  }
}

TEST_CASE("meta html: pages that are not threads, and hostile pages, fail cleanly") {
  test::RecordingSink sink;
  auto fails_as_input = [&](const std::string& html, const char* words) {
    std::string message;
    CHECK(test::category_of([&] { (void)read_text(html, sink); }, &message) == ErrorCategory::input);
    CHECK_MESSAGE(message.find(words) != std::string::npos, message);
  };
  fails_as_input("", "not a Messenger or Instagram thread page");
  fails_as_input("<html><head><title>Profile information</title></head><body><h1>Profile</h1><table>"
                 "<tr><td>Name</td><td>Zoë Müller</td></tr><tr><td>Born</td><td>Jan 02, 1990</td></tr>"
                 "</table></body></html>",
                 "not a Messenger or Instagram thread page");
  fails_as_input(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "not a Messenger or Instagram thread page");

  const auto started = std::chrono::steady_clock::now();
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  fails_as_input(deep, "nested more than");
  // End tags that close nothing do not hide the nesting gumbo would build.
  std::string formatting;
  for (int i = 0; i < 100000; ++i) formatting += "<b></p>";
  fails_as_input(formatting, "nested more than");
  std::string tables;
  for (int i = 0; i < 100000; ++i) tables += "<table><tr><td>";
  fails_as_input(tables, "nested more than");
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));

  std::string legacy_index = "<html><body><a href=\"messages/1.html\">Alex</a></body></html>";
  std::string message;
  CHECK(test::category_of([&] { (void)read_legacy_messages_htm(legacy_index, "html/messages.htm", nullptr, sink); },
                          &message) == ErrorCategory::input);
  CHECK(message.find("index") != std::string::npos);
}

TEST_CASE("meta html: broken bytes and many blocks stay well-formed and linear") {
  test::RecordingSink sink;
  std::string blocks;
  for (int i = 0; i < 3000; ++i) {
    blocks += block_2020("Alex", std::string("bad \xFF\xFE bytes \0 here ", 20) + std::to_string(i),
                         "Jan 02, 2020, 3:47 PM");
  }
  const auto started = std::chrono::steady_clock::now();
  const HtmlThread t = read_text(page_2020(blocks), sink);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
  REQUIRE(t.messages.size() == 3000);
  for (const auto& m : t.messages) CHECK(utf8::is_valid(m.text));
  // All in one minute: the page's newest-first order, reversed.
  CHECK(t.messages.front().text.ends_with(" 2999"));
  CHECK(t.messages.back().text.ends_with(" 0"));
}

TEST_CASE("meta html: every prefix of a page reads, or fails as input") {
  const std::string html = page_2020(block_2020("Zoë Müller", "Grüße &amp; <b>mehr</b>", "Jan 02, 2020, 3:48 PM") +
                                     block_2020("Alex", "<a href=\"photos/a.jpg\"><img src=\"photos/a.jpg\"></a>",
                                                "Jan 02, 2020, 3:47 PM") +
                                     block_2020("Alex", "<ul><li><span>👍Zoë</span></li></ul>",
                                                "Jan 02, 2020, 3:46 PM"));
  std::size_t read = 0;
  for (std::size_t n = 0; n <= html.size(); ++n) {
    test::RecordingSink sink;
    try {
      const HtmlThread t = read_text(html.substr(0, n), sink);
      ++read;
      CHECK(t.messages.size() + sink.skips.size() <= 3);
      for (const auto& m : t.messages) CHECK(utf8::is_valid(m.text));
    } catch (const Error& e) {
      CHECK(e.category() == ErrorCategory::input);
    }
  }
  CHECK(read > html.size() / 2);
}

TEST_CASE("meta html: an ambiguous legacy zone is read in --tz, with a warning") {
  test::RecordingSink sink;
  const std::string html =
      "<html><body><div class=\"contents\"><h1>Me</h1><div><div class=\"thread\">Me, You"
      "<div class=\"message\"><div class=\"message_header\"><span class=\"user\">You</span>"
      "<span class=\"meta\">Sunday, December 4, 2016 at 1:54pm CDT</span></div></div><p>hi</p>"
      "<div class=\"message\"><div class=\"message_header\">"
      "<span class=\"meta\">Sunday, December 4, 2016 at 1:55pm CDT</span>"
      "</div></div><p>who wrote this?</p>"
      "<div class=\"message\"><div class=\"message_header\"><span class=\"user\">Me</span>"
      "<span class=\"meta\">not a real timestamp</span></div></div><p>never</p>"
      "</div></div></div></body></html>";
  timeutil::ZoneClock chicago("America/Chicago");
  const auto threads = read_legacy_messages_htm(html, "html/messages.htm", &chicago, sink);
  REQUIRE(threads.size() == 1);
  CHECK(threads[0].owner == "Me");
  CHECK(threads[0].participants == std::vector<std::string>{"Me", "You"});
  REQUIRE(threads[0].messages.size() == 1);
  CHECK(threads[0].messages[0].text == "hi");
  CHECK(iso(threads[0].messages[0].time_ms) == "2016-12-04T19:54:00Z");
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0].find("CDT") != std::string::npos);
  CHECK(sink.warnings[0].find("America/Chicago") != std::string::npos);
  // The block without a sender is skipped; the third header is no date, so "never" is not a message.
  REQUIRE(sink.skips.size() == 1);
  CHECK(sink.skips[0].where.path == "message block 2");
}

TEST_CASE("meta html: reactions and whitespace helpers") {
  auto r = parse_reaction("❤️Zoë Müller (Jul 03, 2024 9:55 am)");
  REQUIRE(r);
  CHECK(r->emoji == "❤️");
  CHECK(r->actor == "Zoë Müller");
  r = parse_reaction("👍🏽 Kim");
  REQUIRE(r);
  CHECK(r->emoji == "👍🏽");
  CHECK(r->actor == "Kim");
  CHECK_FALSE(parse_reaction("Zoë Müller"));
  CHECK_FALSE(parse_reaction("❤️"));
  CHECK(html::normalise_space("  a \t b\xC2\xA0\n c  ") == "a b c");
  CHECK(html::normalise_space(" a \n\n b ", true) == "a\nb");
}
