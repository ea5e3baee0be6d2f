// The fast thread reader (simdjson On-Demand) against the nlohmann tree it replaced: on every
// thread file of the fixtures and samples, on a thread with every field kind and trap, and on
// damaged text, both must give the same head, messages (every field, via the bench's dump) and
// skips, or both refuse the file.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/dump_sink.hpp"
#include "importers/meta/dyi_message.hpp"
#include "importers/meta/json_file.hpp"
#include "importers/meta/mojibake.hpp"
#include "importers/meta/thread_reader.hpp"
#include "tests/support.hpp"

namespace fs = std::filesystem;
namespace meta = chatvault::importers::meta;
namespace test = chatvault::test;
using Json = nlohmann::ordered_json;
using meta::ThreadRead;

namespace {

// A resolver whose answer depends on the uri, so a uri read wrong shows in the dump.
void resolve(const std::string& uri, chatvault::model::Attachment& a) {
  a.missing = uri.find("missing") != std::string::npos;
  a.size = uri.size();
}

// One reading of a thread file, printable: the verdict, the head and every message field.
struct Reading {
  ThreadRead::Verdict verdict = ThreadRead::Verdict::ok;
  std::string head;
  std::string messages;
  std::vector<std::size_t> skipped;
};

std::string dump(std::vector<chatvault::model::Message>&& messages) {
  std::ostringstream out;
  chatvault::bench::DumpSink sink(out);
  for (auto& m : messages) sink.message(std::move(m));
  return out.str();
}

// What the importer did before the fast reader: the whole tree, repaired, then convert_message.
Reading by_tree(const std::string& text) {
  Reading r;
  Json doc;
  try {
    doc = Json::parse(meta::strip_bom(text));
  } catch (const Json::exception&) {
    r.verdict = ThreadRead::Verdict::invalid_json;
    return r;
  }
  const auto messages = doc.is_object() ? doc.find("messages") : doc.end();
  if (!doc.is_object() || messages == doc.end() || !messages->is_array()) {
    r.verdict = ThreadRead::Verdict::not_a_thread;
    return r;
  }
  meta::repair_strings(doc);
  std::vector<chatvault::model::Message> out;
  for (std::size_t i = 0; i < messages->size(); ++i) {
    auto m = meta::convert_message((*messages)[i], resolve);
    if (!m) {
      r.skipped.push_back(i);
      continue;
    }
    m->origin.path = "$.messages[" + std::to_string(i) + "]";
    out.push_back(std::move(*m));
  }
  doc.erase("messages");
  r.head = doc.dump();
  r.messages = dump(std::move(out));
  return r;
}

Reading by_reader(meta::ThreadReader& reader, std::string text) {
  ThreadRead read = reader.read(text, resolve);
  Reading r;
  r.verdict = read.verdict;
  if (read.verdict != ThreadRead::Verdict::ok) {
    CHECK(read.messages.empty());
    return r;
  }
  r.head = read.head.dump();
  r.messages = dump(std::move(read.messages));
  r.skipped = read.skipped;
  return r;
}

void check_same(meta::ThreadReader& reader, const std::string& text) {
  const Reading want = by_tree(text);
  const Reading got = by_reader(reader, text);
  CHECK(static_cast<int>(got.verdict) == static_cast<int>(want.verdict));
  CHECK(got.head == want.head);
  CHECK(got.messages == want.messages);
  CHECK(got.skipped == want.skipped);
}

std::vector<fs::path> thread_files(const fs::path& root) {
  std::vector<fs::path> out;
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const std::string name = e.path().filename().string();
    if (e.is_regular_file() && name.starts_with("message_") && name.ends_with(".json")) out.push_back(e.path());
  }
  return out;
}

// Every kind of field and the traps Meta's files and damaged copies hold: mojibake in every
// string (keys not), duplicate keys, wrong types, floats and huge numbers, escaped keys, nested
// extras, a photo with no uri, entries that are not messages.
const char* const k_thread = R"({
  "participants": [{"name": "Zo\u00c3\u00ab M\u00c3\u00bcller"}, {"name": "Jonas"}],
  "title": "Caf\u00c3\u00a9 \u00f0\u009f\u0098\u0082",
  "is_still_participant": true, "thread_path": "inbox/x_1", "magic_words": [], "image": null,
  "title": "Repeated title",
  "messages": [
    {"sender_name": "Jonas", "timestamp_ms": 1700000009000, "content": "plain", "is_geoblocked_for_viewer": false},
    {"sender_name": "Zo\u00c3\u00ab M\u00c3\u00bcller", "timestamp_ms": 1700000008000,
     "content": "\u00f0\u009f\u0091\u008d caf\u00c3\u00a9 \u00d0\u009f\u00d1\u0080\u00d0\u00b8", "reactions": [
       {"reaction": "\u00e2\u009d\u00a4", "actor": "Jonas"}, {"actor": "Zo\u00c3\u00ab M\u00c3\u00bcller"}, 7,
       {"reaction": "\u00f0\u009f\u0098\u0082", "actor": "Jonas", "timestamp": 3}]},
    {"sender_name": "Jonas", "timestamp_ms": 1700000007000, "photos": [
       {"uri": "messages/inbox/x_1/photos/a.jpg", "creation_timestamp": 1700000007},
       {"creation_timestamp": 1}, "not an object", {"uri": "messages/inbox/x_1/photos/missing.png"}],
     "videos": [{"uri": "messages/inbox/x_1/videos/v.mp4", "thumbnail": {"uri": "t.jpg"}}],
     "audio_files": [{"uri": "messages/inbox/x_1/audio/missing.aac"}],
     "files": [{"uri": "messages/inbox/x_1/files/r\u00c3\u00a9sum\u00c3\u00a9.pdf"}],
     "gifs": [{"uri": "messages/inbox/x_1/gifs/g.gif"}]},
    {"sender_name": "Jonas", "timestamp_ms": 1700000006000, "sticker": {"uri": "messages/stickers_used/s.png"}},
    {"sender_name": "Jonas", "timestamp_ms": 1700000005000, "content": "https://example.org/a",
     "share": {"link": "https://example.org/a", "share_text": "Caf\u00c3\u00a9", "original_content_owner": "o"}},
    {"sender_name": "Jonas", "timestamp_ms": 1700000004500, "share": "not an object", "type": "Share"},
    {"sender_name": "Jonas", "timestamp_ms": 1700000004000, "content": "Jonas called you.", "type": "Call",
     "call_duration": 125},
    {"sender_name": "Jonas", "timestamp_ms": 1700000003900, "content": "You missed a call from Jonas.",
     "type": "Call", "call_duration": 0, "missed": true},
    {"sender_name": "Jonas", "timestamp_ms": 1700000003800, "type": "Call", "call_duration": "long", "missed": "yes"},
    {"sender_name": "Jonas", "timestamp_ms": 1700000003000, "content": "Zo\u00c3\u00ab left the group.",
     "type": "Unsubscribe", "users": [{"name": "Zo\u00c3\u00ab"}]},
    {"sender_name": "Jonas", "timestamp_ms": 1700000002900, "is_unsent": true, "content": "removed"},
    {"sender_name": "Jonas", "timestamp_ms": 1700000002800, "content": "sent $5", "type": "Payment",
     "payment": {"amount": 5.25, "currency": "EUR", "huge": 123456789012345678901234567890, "neg": -0.0, "e": 1e300}},
    {"sender_name": "Jonas", "timestamp_ms": 1700000002700, "content": "first", "content": "second",
     "sender_name": "Zo\u00c3\u00ab M\u00c3\u00bcller", "x": 1, "x": {"nested": [1, [2, {"deep": "\u00c3\u00a9"}]]}},
    {"sender\u005fname": "Jonas", "timestamp_ms": 1700000002600.75, "content": "escaped key, float time"},
    {"sender_name": "Jonas", "timestamp": 1525000000, "content": "2018: seconds"},
    {"sender_name": "Jonas", "timestamp_ms": 1e30, "content": "time out of range"},
    {"sender_name": "Jonas", "timestamp_ms": "1700000002000", "content": "time as a string"},
    {"sender_name": 42, "timestamp_ms": 1700000001900, "content": "sender not a string"},
    {"timestamp_ms": 1700000001800, "content": "no sender"},
    {"sender_name": "Jonas", "content": "no time"},
    [1, 2], "a string", null, 3.5,
    {"sender_name": "Jonas", "timestamp_ms": 1700000001000, "content": "tab\tnewline\nquote\" back\\ \u0000 nul",
     "poll": {"question": "Q?", "options": [{"option": "a", "voters": ["Jonas"]}]},
     "plan": {"title": "Dinner", "time": 1700000000}},
    {"sender_name": "Jonas", "timestamp_ms": -5, "content": "before 1970"},
    {"sender_name": "Jonas", "timestamp_ms": 20, "is_geoblocked_for_viewer": false, "n": 1},
    {"sender_name": "Jonas", "timestamp_ms": 19, "is_geoblocked_for_viewer": false, "n": 1},
    {"sender_name": "Jonas", "timestamp_ms": 18, "is_geoblocked_for_viewer": false, "n": 1.0},
    {"sender_name": "Jonas", "timestamp_ms": 17, "is_geoblocked_for_viewer": false, "n": 1},
    {"sender_name": "Jonas", "timestamp_ms": 16, "is_geoblocked_for_viewer": 0, "n": 1},
    {"sender_name": "Jonas", "timestamp_ms": 15, "n": 1, "is_geoblocked_for_viewer": false},
    {"sender_name": "Jonas", "timestamp_ms": 14, "n": [1]},
    {"sender_name": "Jonas", "timestamp_ms": 13, "n": [1.0]},
    {"sender_name": "Jonas", "timestamp_ms": 12, "n": "Caf\u00c3\u00a9"},
    {"sender_name": "Jonas", "timestamp_ms": 11, "n": "Caf\u00c3\u00a9", "type": "Generic"},
    {"sender_name": "Jonas", "timestamp_ms": 10, "n": "Caf\u00c3\u00a9", "type": "Share"},
    {"sender_name": "Jonas", "timestamp_ms": 9, "n": "Caf\u00c3\u00a9", "content": "Liked a message"},
    {"sender_name": "Jonas", "timestamp_ms": 8, "n": "Caf\u00c3\u00a9"},
    {"sender_name": "", "timestamp_ms": 0, "content": ""}
  ],
  "joinable_mode": {"mode": 1, "link": ""}
})";

}  // namespace

TEST_CASE("thread reader: the synthesized thread reads as the tree reads it") {
  meta::ThreadReader reader;
  const Reading got = by_reader(reader, k_thread);
  REQUIRE(got.verdict == ThreadRead::Verdict::ok);
  // The traps did reach the readers: repaired names, repeated keys' last values, skips.
  CHECK(got.head.find("Zoë Müller") != std::string::npos);
  CHECK(got.head.find("Repeated title") != std::string::npos);
  CHECK(got.messages.find("text=\"second\"") != std::string::npos);
  CHECK(got.messages.find("👍 café При") != std::string::npos);
  CHECK(got.messages.find("résumé.pdf") != std::string::npos);
  CHECK(got.skipped.size() >= 8);
  check_same(reader, k_thread);
  // A BOM, and the same reader used again on another file.
  check_same(reader, std::string("\xEF\xBB\xBF") + k_thread);
  check_same(reader, R"({"participants": [], "messages": []})");
}

TEST_CASE("thread reader: files that are not threads, and damaged files, as the tree reader says") {
  meta::ThreadReader reader;
  for (const char* text : {"", "   ", "[]", "null", "\"messages\"", "{}", R"({"messages": {}})", R"({"messages": 3})",
                           R"({"messages": [], "messages": null})", R"({"participants": [{"name": "A"}]})",
                           R"({"messages": []} {})", R"({"messages": []} x)", R"({"messages": [}])",
                           R"({"messages": [{"sender_name": "A\x", "timestamp_ms": 1}]})",
                           R"({"messages": [{"sender_name": "A", "timestamp_ms": 1}]},)",
                           "{\"messages\": [{\"sender_name\": \"\xC3\x28\", \"timestamp_ms\": 1}]}",
                           R"({"messages": [{"sender_name": "A", "timestamp_ms": 01}]})",
                           R"({"messages": [{"sender_name": "A", "timestamp_ms": 1,}]})"}) {
    CAPTURE(text);
    check_same(reader, text);
  }
  // Cut off anywhere: never a crash, never a partial thread.
  const std::string whole = k_thread;
  for (std::size_t n = 0; n + 1 < whole.size(); n += 7) {
    CAPTURE(n);
    const Reading got = by_reader(reader, whole.substr(0, n));
    CHECK(got.verdict != ThreadRead::Verdict::ok);
  }
  // One byte changed anywhere: when both readers take the file, they read it alike.
  for (std::size_t i = 0; i < whole.size(); i += 5) {
    for (const char c : {'"', '}', ',', '\\', 'x'}) {
      std::string damaged = whole;
      damaged[i] = c;
      const Reading want = by_tree(damaged);
      const Reading got = by_reader(reader, damaged);
      if (want.verdict == ThreadRead::Verdict::ok && got.verdict == ThreadRead::Verdict::ok) {
        CAPTURE(i);
        CHECK(got.messages == want.messages);
        CHECK(got.skipped == want.skipped);
      }
    }
  }
  check_same(reader, k_thread);  // still good after all that
}

TEST_CASE("thread reader: nesting no Meta file has is refused, not recursed into") {
  meta::ThreadReader reader;
  for (const std::size_t depth : {100u, 100000u}) {
    CAPTURE(depth);
    const std::string text = R"({"messages": [{"sender_name": "A", "timestamp_ms": 1, "x": )" + std::string(depth, '[') +
                             std::string(depth, ']') + "}]}";
    const Reading got = by_reader(reader, text);
    if (depth < 500) {
      CHECK(got.verdict == ThreadRead::Verdict::ok);
      check_same(reader, text);
    } else {
      CHECK(got.verdict == ThreadRead::Verdict::invalid_json);
      // The tree readers (E2EE, Instagram 2019) refuse it too, before repairing or dumping recurse.
      CHECK_FALSE(meta::parse_json(text).has_value());
    }
  }
}

TEST_CASE("thread reader: the head alone, for naming a download's owner") {
  meta::ThreadReader reader;
  std::string text = k_thread;
  const ThreadRead head = reader.read(text, {}, false);
  REQUIRE(head.verdict == ThreadRead::Verdict::ok);
  CHECK(head.messages.empty());
  CHECK(meta::participant_names(head.head) == std::vector<std::string>{"Zoë Müller", "Jonas"});
}

TEST_CASE("thread reader: every thread file of the fixtures and samples reads as the tree reads it") {
  std::vector<fs::path> files = thread_files(test::samples_dir());
  const std::size_t samples = files.size();
  CHECK(samples >= 5);
  if (const auto fixtures = test::fixtures_dir()) {
    auto more = thread_files(*fixtures / "meta");
    CHECK(more.size() >= 10);
    files.insert(files.end(), more.begin(), more.end());
  }
  meta::ThreadReader reader;
  std::size_t messages = 0;
  for (const fs::path& file : files) {
    CAPTURE(file.string());
    const std::string text = test::read_file(file);
    check_same(reader, text);
    std::string copy = text;
    messages += reader.read(copy, resolve).messages.size();
  }
  CHECK(messages > 50);
}

TEST_CASE("thread reader: a file's senders (repaired, first-seen order, once) and first time, by scan") {
  meta::ThreadReader reader;
  std::string text = k_thread;
  const meta::ThreadFileFacts facts = reader.scan(text);
  CHECK(facts.first_time_ms == 1700000009000);
  // "Zoë Müller" is written both as it is repaired and, in one message, with an escaped key;
  // the sender 42 is no name.
  CHECK(facts.senders == std::vector<std::string>{"Jonas", "Zoë Müller", ""});
  // A value damaged inside the file: what comes before it. A file cut off: nothing, as simdjson
  // checks the whole structure first (read() then reports the damage either way).
  std::string damaged = k_thread;
  const std::size_t at = damaged.find(R"("Jonas", "timestamp_ms": 1700000006000)");
  REQUIRE(at != std::string::npos);
  damaged.replace(at, 7, R"("Jo\qnas")");
  const meta::ThreadFileFacts partial = reader.scan(damaged);
  CHECK(partial.first_time_ms == 1700000009000);
  CHECK(partial.senders == std::vector<std::string>{"Jonas", "Zoë Müller"});
  std::string cut = std::string(k_thread).substr(0, std::string(k_thread).find("\"timestamp_ms\": 1700000007000"));
  CHECK(reader.scan(cut).senders.empty());
  // No messages: nothing.
  std::string none = R"({"participants": [{"name": "A"}]})";
  CHECK(reader.scan(none).senders.empty());
  CHECK_FALSE(reader.scan(none).first_time_ms.has_value());
}
