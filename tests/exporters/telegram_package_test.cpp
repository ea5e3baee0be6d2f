// Tests of the "telegram" format: the WhatsApp-iOS text, the zip and folder packages, splitting.
#include <doctest/doctest.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "exporters/exporter.hpp"
#include "exporters/output_dir.hpp"
#include "exporters/telegram_package_exporter.hpp"
#include "tests/exporters/fake_chat_reader.hpp"
#include "tests/support.hpp"
#include "util/utf8.hpp"

namespace chatvault::exporters {
namespace fs = std::filesystem;
namespace {

using test::read_file;
using test::utc;

struct ZipEntry {
  std::string bytes;
  zip_uint16_t method = 0;
};

// Every entry of the zip at `path`: name -> bytes and compression method.
std::map<std::string, ZipEntry> read_zip(const fs::path& path) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  REQUIRE(z != nullptr);
  std::map<std::string, ZipEntry> out;
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    REQUIRE(zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) == 0);
    ZipEntry e;
    e.method = st.comp_method;
    e.bytes.resize(st.size);
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    REQUIRE(f != nullptr);
    if (st.size > 0) {
      CHECK(zip_fread(f, e.bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
    }
    zip_fclose(f);
    out[st.name] = std::move(e);
  }
  zip_discard(z);
  return out;
}

std::map<std::string, std::string> folder_files(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    REQUIRE(entry.is_regular_file());
    out[entry.path().filename().string()] = read_file(entry.path());
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto nl = text.find('\n', start);
    out.push_back(text.substr(start, nl - start));
    start = nl == std::string::npos ? text.size() : nl + 1;
  }
  return out;
}

// Every NAME in `<attached: NAME>` tokens of the text.
std::set<std::string> attached_names(const std::string& text) {
  std::set<std::string> names;
  const std::string open = "<attached: ";
  for (std::size_t pos = text.find(open); pos != std::string::npos; pos = text.find(open, pos + 1)) {
    const auto end = text.find('>', pos);
    names.insert(text.substr(pos + open.size(), end - pos - open.size()));
  }
  return names;
}

ExportOptions options(const fs::path& out) {
  ExportOptions o;
  o.out_dir = out;
  return o;
}

ExportResult run(model::ChatReader& reader, const ExportOptions& o, std::size_t limit = k_telegram_text_limit) {
  const auto exporter = make_telegram_package_exporter(limit);
  CollectingReporter reporter;
  return export_chats(reader, *exporter, o, reporter);
}

// Checks one package: zip entries are exactly _chat.txt + referenced media, the Android
// folder the same, bytes equal. Returns the text.
std::string check_package(const fs::path& out, const std::string& title) {
  const fs::path zip = out / ("WhatsApp Chat - " + title + ".zip");
  const fs::path folder = out / ("WhatsApp Chat with " + title);
  REQUIRE(fs::exists(zip));
  REQUIRE(fs::is_directory(folder));
  auto entries = read_zip(zip);
  REQUIRE(entries.count("_chat.txt") == 1);
  const std::string text = entries["_chat.txt"].bytes;
  CHECK(entries["_chat.txt"].method == ZIP_CM_DEFLATE);
  auto files = folder_files(folder);
  const std::string android_txt = "WhatsApp Chat with " + title + ".txt";
  REQUIRE(files.count(android_txt) == 1);
  CHECK(files[android_txt] == text);
  const auto names = attached_names(text);
  std::set<std::string> zip_media;
  for (const auto& [name, e] : entries) {
    if (name != "_chat.txt") {
      zip_media.insert(name);
      CHECK(files.count(name) == 1);
      CHECK(files[name] == e.bytes);
    }
  }
  std::set<std::string> folder_media;
  for (const auto& [name, bytes] : files) {
    if (name != android_txt) {
      folder_media.insert(name);
    }
  }
  CHECK(zip_media == names);
  CHECK(folder_media == names);
  CHECK(text.find('\r') == std::string::npos);
  CHECK(text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
  return text;
}

model::StoredChat one_chat(std::string title, bool group = false, std::string zone = "") {
  model::StoredChat c;
  c.id = 7;
  c.chat.key = title;
  c.chat.title = std::move(title);
  c.chat.is_group = group;
  c.chat.zone = std::move(zone);
  c.chat.participants = {{"Anna", "", false}, {"Me", "", true}};
  return c;
}

model::Message text_msg(const char* iso, std::string sender, std::string text) {
  model::Message m;
  m.time_ms = utc(iso);
  m.sender = std::move(sender);
  m.text = std::move(text);
  return m;
}

}  // namespace

TEST_CASE("telegram: the fixture as packages, media matched byte for byte") {
  test::TempDir tmp;
  auto reader = test::two_chats();
  const ExportResult result = run(reader, options(tmp / "out"));
  CHECK(result.chats == 2);
  CHECK(result.media_files == 0);  // the driver copied nothing itself

  const std::string anna = check_package(tmp / "out", "Anna");
  const auto lines = lines_of(anna);
  REQUIRE(lines.size() >= 8);
  CHECK(lines[0] == "[05/01/2024, 09:00:00] Anna: <attached: 00000001-PHOTO-2024-01-05-09-00-00.jpg>");
  CHECK(lines[1] == "Look \xF0\x9F\x8C\x85");
  CHECK(lines[2] == "[05/01/2024, 09:01:00] Me: \xE2\x86\xAA reply to message 101");
  CHECK(lines[3] == "line one");
  CHECK(lines[4] == "line \"two\" \\ end");
  CHECK(lines[5] == "line three");
  CHECK(lines[6] == "reactions: \xE2\x9D\xA4\xEF\xB8\x8F Anna");
  // The same IMG-1.jpg again: the one copy already in the package.
  CHECK(lines[7] == "[05/01/2024, 09:02:00] Anna: <attached: 00000001-PHOTO-2024-01-05-09-00-00.jpg>");
  CHECK(lines[8] == "[05/01/2024, 09:02:00] Anna: \xE2\x80\xB9video not in the export: VID-2.mp4\xE2\x80\xBA");
  CHECK(lines[9] == "[05/01/2024, 09:03:00] Anna: <attached: 00000002-PHOTO-2024-01-05-09-03-00.jpg>");
  CHECK(lines[10] == "[05/01/2024, 09:04:00] Anna: \xF0\x9F\x93\x8D Big Ben https://maps.google.com/?q=51.5,-0.12");

  const auto entries = read_zip(tmp / "out" / "WhatsApp Chat - Anna.zip");
  CHECK(entries.at("00000001-PHOTO-2024-01-05-09-00-00.jpg").bytes == test::blob1());
  CHECK(entries.at("00000001-PHOTO-2024-01-05-09-00-00.jpg").method == ZIP_CM_STORE);
  CHECK(entries.at("00000002-PHOTO-2024-01-05-09-03-00.jpg").bytes == "second image");
  CHECK(entries.size() == 3);  // _chat.txt and two photos

  // The group: creation line first, Berlin wall clock across the DST change.
  const std::string family = check_package(tmp / "out", "Mum_Dad_ _Plans__");
  const auto f = lines_of(family);
  REQUIRE(f.size() >= 7);
  const std::string title = "Mum/Dad\xE2\x88\xB6 \"Plans\"?";
  CHECK(f[0] == "[30/03/2024, 23:15:00] " + title + ": \xE2\x80\x8EMum created group \"" + title + "\"");
  CHECK(f[1] == "[30/03/2024, 23:15:00] " + title + ": \xE2\x80\x8EMum created group \"Plans\"");
  CHECK(f[2] == "[31/03/2024, 01:30:00] Mum: Dinner at 8? (edited)");
  CHECK(f[3] == "[31/03/2024, 03:30:00] Dad: This message was deleted");
  CHECK(f[4] == "deleted: oops");
  CHECK(f[5] == "[01/07/2024, 14:00:00] Dad: \xF0\x9F\x93\x8A POLL: Where?");
  CHECK(f[6] == "- Home (2 votes)");
  CHECK(f[7] == "- Out (1 vote)");

  const std::string guide = read_file(tmp / "out" / "IMPORT-TO-TELEGRAM.txt");
  CHECK(guide.find("WhatsApp Chat - Anna.zip") != std::string::npos);
  CHECK(guide.find("WhatsApp Chat with Anna/") != std::string::npos);
  CHECK(guide.find("WhatsApp Chat - Mum_Dad_ _Plans__.zip") != std::string::npos);
  CHECK(guide.find("mutual contact") != std::string::npos);
  CHECK(guide.find("admin") != std::string::npos);
}

TEST_CASE("telegram: --tz overrides the chat zone; an unknown zone is a usage error") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  reader.add_chat(one_chat("Zed", false, "Europe/Berlin"), {text_msg("2021-03-12T09:00:00Z", "Anna", "hi")});
  {
    ExportOptions o = options(tmp / "a");
    const std::string text = (run(reader, o), check_package(tmp / "a", "Zed"));
    CHECK(text == "[12/03/2021, 10:00:00] Anna: hi\n");
  }
  {
    ExportOptions o = options(tmp / "b");
    o.zone = "America/New_York";
    run(reader, o);
    CHECK(check_package(tmp / "b", "Zed") == "[12/03/2021, 04:00:00] Anna: hi\n");
  }
  ExportOptions o = options(tmp / "c");
  o.zone = "Mars/Olympus";
  std::string message;
  CHECK(test::category_of([&] { run(reader, o); }, &message) == ErrorCategory::usage);
  CHECK(message.find("Mars/Olympus") != std::string::npos);
}

TEST_CASE("telegram: continuation lines that look like a date and hostile senders") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  reader.add_chat(one_chat("Zed"),
                  {text_msg("2021-03-12T09:00:00Z", "Anna",
                            "first\r\n[12/03/2021, 10:00:00] fake\n12/03/2021, 10:00 - fake\n  [x\nplain"),
                   text_msg("2021-03-12T09:01:00Z", "Dr: Evil\nX", "boo"),
                   text_msg("2021-03-12T09:02:00Z", "[Bracket", "b"), text_msg("2021-03-12T09:03:00Z", "", "x")});
  run(reader, options(tmp / "out"));
  const auto l = lines_of(check_package(tmp / "out", "Zed"));
  REQUIRE(l.size() == 8);
  CHECK(l[0] == "[12/03/2021, 09:00:00] Anna: first");
  CHECK(l[1] == " [12/03/2021, 10:00:00] fake");
  CHECK(l[2] == " 12/03/2021, 10:00 - fake");
  CHECK(l[3] == "  [x");  // '[' without a digit after it cannot start a stamp
  CHECK(l[4] == "plain");
  CHECK(l[5] == "[12/03/2021, 09:01:00] Dr\xE2\x88\xB6 Evil X: boo");
  CHECK(l[6] == "[12/03/2021, 09:02:00] Bracket: b");
  CHECK(l[7] == "[12/03/2021, 09:03:00] Unknown: x");
  // Every line either starts a message or cannot be read as one.
  for (const auto& line : l) {
    if (line.rfind("[12/03/2021, 09:", 0) == 0) {
      const auto close = line.find("] ");
      const auto colon = line.find(": ", close);
      REQUIRE(colon != std::string::npos);
      const std::string sender = line.substr(close + 2, colon - close - 2);
      CHECK(sender.find(':') == std::string::npos);
    }
  }
}

TEST_CASE("telegram: forwards, calls, media kinds, unique document names, no media") {
  using model::AttachmentKind;
  test::TempDir tmp;
  test::FakeChatReader reader;
  auto fwd = text_msg("2022-05-01T10:00:00Z", "Anna", "look");
  fwd.forwarded_from = "Ben";
  auto call = text_msg("2022-05-01T10:01:00Z", "Anna", "");
  call.kind = model::MessageKind::call;
  call.call = model::Call{42, false, false};
  auto missed = text_msg("2022-05-01T10:02:00Z", "Me", "");
  missed.call = model::Call{std::nullopt, true, true};
  auto media = text_msg("2022-05-01T10:03:00Z", "Anna", "cap");
  media.attachments = {test::attachment(AttachmentKind::voice, "PTT-1.OPUS", test::k_hash1),
                       test::attachment(AttachmentKind::document, "report.pdf", test::k_hash2),
                       test::attachment(AttachmentKind::document, "REPORT.pdf", test::k_hash2),
                       test::attachment(AttachmentKind::document, "../../etc/passwd", test::k_hash2),
                       test::attachment(AttachmentKind::sticker, "s", test::k_hash2),
                       test::attachment(AttachmentKind::video, "v.mov", test::k_hash2)};
  reader.add_chat(one_chat("Zed"), {fwd, call, missed, media});
  reader.add_blob(test::k_hash1, "voice");
  reader.add_blob(test::k_hash2, "doc");
  run(reader, options(tmp / "out"));
  const std::string text = check_package(tmp / "out", "Zed");
  const auto l = lines_of(text);
  REQUIRE(l.size() == 11);
  CHECK(l[0] == "[01/05/2022, 10:00:00] Anna: \xE2\x86\xAA forwarded from Ben");
  CHECK(l[1] == "look");
  CHECK(l[2] == "[01/05/2022, 10:01:00] Anna: \xF0\x9F\x93\x9E Call (42 s)");
  CHECK(l[3] == "[01/05/2022, 10:02:00] Me: \xF0\x9F\x93\x9E Missed video call");
  CHECK(l[4] == "[01/05/2022, 10:03:00] Anna: <attached: 00000001-AUDIO-2022-05-01-10-03-00.opus>");
  CHECK(l[5] == "cap");
  CHECK(l[6] == "[01/05/2022, 10:03:00] Anna: <attached: report.pdf>");
  CHECK(l[7] == "[01/05/2022, 10:03:00] Anna: <attached: REPORT (2).pdf>");
  CHECK(l[8].find("<attached: ") != std::string::npos);
  CHECK(l[8].substr(l[8].find("<attached: ")).find('/') == std::string::npos);
  CHECK(l[9] == "[01/05/2022, 10:03:00] Anna: <attached: 00000002-STICKER-2022-05-01-10-03-00.webp>");
  CHECK(l[10] == "[01/05/2022, 10:03:00] Anna: <attached: 00000003-VIDEO-2022-05-01-10-03-00.mov>");

  // Without media: no file shipped, no reference, the attachment said in words.
  ExportOptions o = options(tmp / "bare");
  o.copy_media = false;
  run(reader, o);
  const std::string bare = check_package(tmp / "bare", "Zed");
  CHECK(attached_names(bare).empty());
  CHECK(bare.find("\xE2\x80\xB9voice message not in the export: PTT-1.OPUS\xE2\x80\xBA") != std::string::npos);
  CHECK(read_zip(tmp / "bare" / "WhatsApp Chat - Zed.zip").size() == 1);
}

TEST_CASE("telegram: a link behind a word keeps its URL; a link already in the text is not repeated") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  auto behind = text_msg("2022-05-01T10:00:00Z", "Anna", "see the route");
  behind.links = {{"https://example.org/route", "route"}};
  auto bare = text_msg("2022-05-01T10:01:00Z", "Anna", "https://example.org/x");
  bare.links = {{"https://example.org/x", ""}};
  reader.add_chat(one_chat("Links"), {behind, bare});
  run(reader, options(tmp / "out"));
  const auto l = lines_of(check_package(tmp / "out", "Links"));
  REQUIRE(l.size() == 3);
  CHECK(l[0] == "[01/05/2022, 10:00:00] Anna: see the route");
  CHECK(l[1] == "\xF0\x9F\x94\x97 route: https://example.org/route");
  CHECK(l[2] == "[01/05/2022, 10:01:00] Anna: https://example.org/x");
}

TEST_CASE("telegram: a chat over the limit splits by date into importable parts") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  std::vector<model::Message> msgs;
  for (int i = 0; i < 60; ++i) {
    char iso[32];
    std::snprintf(iso, sizeof iso, "2021-03-%02dT%02d:00:00Z", 1 + i / 6, 8 + i % 6);
    auto m = text_msg(iso, i % 2 ? "Anna" : "Me", "message number " + std::to_string(i) + " with some text");
    if (i == 10) {
      m.attachments = {test::attachment(model::AttachmentKind::photo, "a.png", test::k_hash2)};
    }
    msgs.push_back(m);
  }
  reader.add_chat(one_chat("Big", true), msgs);
  reader.add_blob(test::k_hash2, "png bytes");
  constexpr std::size_t limit = 2000;
  run(reader, options(tmp / "out"), limit);
  CHECK_FALSE(fs::exists(tmp / "out" / "WhatsApp Chat - Big.zip"));
  int parts = 0;
  std::string all;
  while (fs::exists(tmp / "out" / ("WhatsApp Chat - Big - part " + std::to_string(parts + 1) + ".zip"))) {
    ++parts;
    const std::string text = check_package(tmp / "out", "Big - part " + std::to_string(parts));
    CHECK(text.size() <= limit);
    const auto l = lines_of(text);
    REQUIRE(!l.empty());
    CHECK(l[0].find(": \xE2\x80\x8E" "Anna created group \"Big\"") != std::string::npos);
    for (std::size_t i = 1; i < l.size(); ++i) {
      all += l[i] + "\n";
    }
  }
  CHECK(parts >= 2);
  // Every message once, in order, none lost at a cut.
  std::size_t pos = 0;
  for (int i = 0; i < 60; ++i) {
    const std::string needle = "message number " + std::to_string(i) + " with";
    const auto at = all.find(needle, pos);
    CHECK_MESSAGE(at != std::string::npos, needle);
    pos = at == std::string::npos ? pos : at;
  }
  CHECK(all.find("<attached: 00000001-PHOTO-2021-03-02-12-00-00.png>") != std::string::npos);
  const std::string guide = read_file(tmp / "out" / "IMPORT-TO-TELEGRAM.txt");
  CHECK(guide.find("WhatsApp Chat - Big - part 2.zip") != std::string::npos);
}

TEST_CASE("telegram: hostile titles stay inside the output folder") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  const std::vector<std::string> titles = {"../../etc", "CON", "a/b", std::string("x\x01\ny\x7f"),
                                           std::string(300, 'L')};
  std::int64_t id = 1;
  for (const auto& t : titles) {
    auto c = one_chat(t);
    c.id = id++;
    c.chat.key = "k" + std::to_string(c.id);
    reader.add_chat(c, {text_msg("2021-03-12T09:00:00Z", "Anna", "hi")});
  }
  const fs::path out = tmp / "out";
  run(reader, options(out));
  const std::string root = fs::weakly_canonical(out).string() + "/";
  int zips = 0;
  for (const auto& entry : fs::recursive_directory_iterator(tmp.path())) {
    const std::string p = fs::weakly_canonical(entry.path()).string();
    if (entry.is_regular_file()) {
      CHECK_MESSAGE(p.rfind(root, 0) == 0, p);
      CHECK(entry.path().filename().string().size() <= 255);
    }
    if (entry.path().extension() == ".zip") {
      ++zips;
    }
  }
  CHECK(zips == static_cast<int>(titles.size()));
}

TEST_CASE("telegram: an existing package is never overwritten") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  reader.add_chat(one_chat("Zed"), {text_msg("2021-03-12T09:00:00Z", "Anna", "hi")});
  run(reader, options(tmp / "out"));
  const fs::path zip = tmp / "out" / "WhatsApp Chat - Zed.zip";
  const std::string before = read_file(zip);
  test::FakeChatReader other;
  other.add_chat(one_chat("Zed"), {text_msg("2021-03-12T09:00:00Z", "Anna", "changed")});
  CHECK(test::category_of([&] { run(other, options(tmp / "out")); }) == ErrorCategory::io);
  CHECK(read_file(zip) == before);
  CHECK(read_file(tmp / "out" / "WhatsApp Chat with Zed" / "WhatsApp Chat with Zed.txt").find("changed") ==
        std::string::npos);
}

TEST_CASE("telegram: --self and --rename") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  auto m = text_msg("2021-03-12T09:01:00Z", "Anna", "yo");
  m.reactions = {{"Me", "\xF0\x9F\x91\x8D"}};
  reader.add_chat(one_chat("Zed", true), {text_msg("2021-03-12T09:00:00Z", "Me", "hi"), m});
  ExportOptions o = options(tmp / "out");
  o.self_name = "Jo Bloggs";
  o.renames = {{"Anna", "Anna K"}, {"Nobody", "X"}};
  run(reader, o);
  const auto l = lines_of(check_package(tmp / "out", "Zed"));
  REQUIRE(l.size() == 4);
  CHECK(l[0] == "[12/03/2021, 09:00:00] Zed: \xE2\x80\x8E" "Anna K created group \"Zed\"");
  CHECK(l[1] == "[12/03/2021, 09:00:00] Jo Bloggs: hi");
  CHECK(l[2] == "[12/03/2021, 09:01:00] Anna K: yo");
  CHECK(l[3] == "reactions: \xF0\x9F\x91\x8D Jo Bloggs");
}

TEST_CASE("telegram: registered, and txt honours --tz") {
  const auto registry = builtin_exporters();
  REQUIRE(registry.find("telegram") != nullptr);
  CHECK(registry.find("telegram")->copies_media_itself());
  test::TempDir tmp;
  test::FakeChatReader reader;
  reader.add_chat(one_chat("Zed"), {text_msg("2021-03-12T09:00:00Z", "Anna", "hi")});
  ExportOptions o = options(tmp / "out");
  o.zone = "Asia/Tokyo";
  CollectingReporter reporter;
  export_chats(reader, *registry.find("txt"), o, reporter);
  const std::string txt = read_file(tmp / "out" / "Zed.txt");
  CHECK(txt.find("2021-03-12 18:00:00  Anna: hi") != std::string::npos);
}

TEST_CASE("telegram: numbered lists stay as written; system lines carry the iPhone mark") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  model::Message sys = text_msg("2021-03-12T09:01:00Z", "", "Anna changed the subject");
  sys.kind = model::MessageKind::system;
  reader.add_chat(one_chat("Zed"), {text_msg("2021-03-12T09:00:00Z", "Anna", "Plan:\n1. bread\n2. cheese\n2021-03-12 market"),
                                    sys});
  run(reader, options(tmp / "out"));
  const auto l = lines_of(check_package(tmp / "out", "Zed"));
  REQUIRE(l.size() == 5);
  CHECK(l[1] == "1. bread");
  CHECK(l[2] == "2. cheese");
  CHECK(l[3] == " 2021-03-12 market");
  CHECK(l[4] == "[12/03/2021, 09:01:00] Zed: \xE2\x80\x8E" "Anna changed the subject");
}

TEST_CASE("telegram: the same stored file attached again is shipped once per package") {
  using model::AttachmentKind;
  test::TempDir tmp;
  test::FakeChatReader reader;
  auto a = text_msg("2021-03-12T09:00:00Z", "Anna", "");
  a.attachments = {test::attachment(AttachmentKind::photo, "IMG-1.jpg", test::k_hash1)};
  auto again = text_msg("2021-03-12T09:01:00Z", "Anna", "again");
  again.attachments = {test::attachment(AttachmentKind::photo, "IMG-1.jpg", test::k_hash1)};
  auto twice = text_msg("2021-03-12T09:02:00Z", "Me", "");
  twice.attachments = {test::attachment(AttachmentKind::document, "report.pdf", test::k_hash2),
                       test::attachment(AttachmentKind::document, "report.pdf", test::k_hash2)};
  // Same name, other content; same content, other name: different files, each shipped.
  auto other_bytes = text_msg("2021-03-12T09:03:00Z", "Anna", "");
  other_bytes.attachments = {test::attachment(AttachmentKind::photo, "IMG-1.jpg", test::k_hash2)};
  auto other_name = text_msg("2021-03-12T09:04:00Z", "Anna", "");
  other_name.attachments = {test::attachment(AttachmentKind::document, "copy.bin", test::k_hash1)};
  reader.add_chat(one_chat("Zed"), {a, again, twice, other_bytes, other_name});
  reader.add_blob(test::k_hash1, "photo bytes");
  reader.add_blob(test::k_hash2, "pdf bytes");
  run(reader, options(tmp / "out"));

  CHECK(check_package(tmp / "out", "Zed") ==
        "[12/03/2021, 09:00:00] Anna: <attached: 00000001-PHOTO-2021-03-12-09-00-00.jpg>\n"
        "[12/03/2021, 09:01:00] Anna: <attached: 00000001-PHOTO-2021-03-12-09-00-00.jpg>\n"
        "again\n"
        "[12/03/2021, 09:02:00] Me: <attached: report.pdf>\n"
        "[12/03/2021, 09:02:00] Me: <attached: report.pdf>\n"
        "[12/03/2021, 09:03:00] Anna: <attached: 00000002-PHOTO-2021-03-12-09-03-00.jpg>\n"
        "[12/03/2021, 09:04:00] Anna: <attached: copy.bin>\n");
  const auto entries = read_zip(tmp / "out" / "WhatsApp Chat - Zed.zip");
  CHECK(entries.size() == 5);  // _chat.txt and four files
  CHECK(entries.at("00000001-PHOTO-2021-03-12-09-00-00.jpg").bytes == "photo bytes");
  CHECK(entries.at("report.pdf").bytes == "pdf bytes");
  CHECK(reader.blob_opens == 4);

  // A package is imported on its own: the next part ships its own copy.
  test::FakeChatReader split;
  auto later = again;
  later.time_ms = utc("2021-03-20T09:00:00Z");
  split.add_chat(one_chat("Zed"), {a, later});
  split.add_blob(test::k_hash1, "photo bytes");
  run(split, options(tmp / "split"), 120);
  CHECK(attached_names(check_package(tmp / "split", "Zed - part 1")) ==
        std::set<std::string>{"00000001-PHOTO-2021-03-12-09-00-00.jpg"});
  CHECK(attached_names(check_package(tmp / "split", "Zed - part 2")) ==
        std::set<std::string>{"00000001-PHOTO-2021-03-20-09-00-00.jpg"});
}

namespace {

// The text of the messages whose lines start with `prefix`, joined without their line breaks;
// counts those messages in `starts`.
std::string pieces_of(const std::vector<std::string>& lines, const std::string& prefix, int* starts) {
  std::string joined;
  bool inside = false;
  for (const auto& line : lines) {
    if (line.rfind("[", 0) == 0 && line.find("] ") != std::string::npos) {
      inside = line.rfind(prefix, 0) == 0;
      if (inside) {
        ++*starts;
        joined += line.substr(prefix.size());
      }
    } else if (inside) {
      joined += line;
    }
  }
  return joined;
}

}  // namespace

TEST_CASE("telegram: a message over the limit by itself is cut into messages that each fit a package") {
  using model::AttachmentKind;
  test::TempDir tmp;
  test::FakeChatReader reader;
  // Lines of every length, one far longer than a package, with 2-, 3- and 4-byte characters
  // placed so that cuts fall beside and inside them.
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "line " + std::string(static_cast<std::size_t>(i * 7 % 50), 'a') + " \xC3\xBC\n";
  }
  for (int i = 0; i < 300; ++i) {
    text += i % 3 == 0 ? "\xE2\x82\xAC" : i % 3 == 1 ? "\xF0\x9F\x8C\x85" : "\xC3\xA9";
  }
  text += "\nthe end";
  auto big = text_msg("2021-03-12T09:01:00Z", "Anna", text);
  big.edited = true;
  big.reply_to = "7";
  big.attachments = {test::attachment(AttachmentKind::photo, "IMG-1.jpg", test::k_hash1)};
  reader.add_chat(one_chat("Zed", true), {text_msg("2021-03-12T09:00:00Z", "Me", "before"), big,
                                          text_msg("2021-03-12T09:02:00Z", "Me", "after")});
  reader.add_blob(test::k_hash1, "photo bytes");
  constexpr std::size_t limit = 400;
  run(reader, options(tmp / "out"), limit);

  std::vector<std::string> lines;
  int parts = 0;
  while (fs::exists(tmp / "out" / ("WhatsApp Chat - Zed - part " + std::to_string(parts + 1) + ".zip"))) {
    ++parts;
    const std::string part = check_package(tmp / "out", "Zed - part " + std::to_string(parts));
    CHECK(part.size() <= limit);
    CHECK(utf8::is_valid(part));
    const auto l = lines_of(part);
    REQUIRE(!l.empty());
    CHECK(l[0].find("created group \"Zed\"") != std::string::npos);
    lines.insert(lines.end(), l.begin() + 1, l.end());
  }
  CHECK(parts >= 5);
  REQUIRE(lines.size() >= 4);
  CHECK(lines.front() == "[12/03/2021, 09:00:00] Me: before");
  CHECK(lines.back() == "[12/03/2021, 09:02:00] Me: after");
  // The first piece keeps the photo and the reply, the last the edit mark; between them
  // the text, whole and in order.
  const std::string prefix = "[12/03/2021, 09:01:00] Anna: ";
  CHECK(lines[1] == prefix + "<attached: 00000001-PHOTO-2021-03-12-09-01-00.jpg>");
  CHECK(lines[2] == "\xE2\x86\xAA reply to message 7");
  int starts = 0;
  std::string expected = text + " (edited)";
  expected.erase(std::remove(expected.begin(), expected.end(), '\n'), expected.end());
  const std::string got = pieces_of(lines, prefix, &starts);
  CHECK(got == "<attached: 00000001-PHOTO-2021-03-12-09-01-00.jpg>\xE2\x86\xAA reply to message 7" + expected);
  CHECK(starts >= 3);
}

TEST_CASE("telegram: a message that cannot fit a package even without its text is refused, named") {
  test::TempDir tmp;
  test::FakeChatReader reader;
  auto m = text_msg("2021-03-12T09:00:00Z", std::string(500, 'N'), "hi");
  m.id = 42;
  reader.add_chat(one_chat("Zed"), {m});
  std::string message;
  CHECK(test::category_of([&] { run(reader, options(tmp / "out"), 400); }, &message) == ErrorCategory::input);
  CHECK(message.find("12/03/2021, 09:00:00") != std::string::npos);
  CHECK(message.find("(id 42)") != std::string::npos);
  CHECK(message.find("400 bytes") != std::string::npos);
}

}  // namespace chatvault::exporters
