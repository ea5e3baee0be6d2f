// Messenger and Instagram DYI JSON (FORMAT.md §1, §4.1): one schema, two products. Each thread
// is read file by file (message_N.json holds at most ~10,000 messages); memory is one file's
// messages, never a whole thread or the download.
#include <algorithm>
#include <climits>
#include <iterator>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "importers/meta/dyi_layout.hpp"
#include "importers/meta/dyi_message.hpp"
#include "importers/meta/e2ee_thread.hpp"
#include "importers/meta/html_import.hpp"
#include "importers/meta/instagram_legacy.hpp"
#include "importers/meta/json_fields.hpp"
#include "importers/meta/json_file.hpp"
#include "importers/meta/owner.hpp"
#include "importers/meta/thread_reader.hpp"
#include "importers/meta/meta_importers.hpp"
#include "util/error.hpp"

namespace chatvault::importers {
namespace {

using Json = nlohmann::ordered_json;
using meta::Product;

// Repeats at a seam are this file's copy of the previous file's last messages.
constexpr std::size_t k_seam_window = 64;

bool same_message(const model::Message& a, const model::Message& b) {
  if (a.time_ms != b.time_ms || a.sender != b.sender || a.text != b.text || a.kind != b.kind ||
      a.extra_json != b.extra_json || a.attachments.size() != b.attachments.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.attachments.size(); ++i) {
    if (a.attachments[i].file_name != b.attachments[i].file_name) return false;
  }
  return true;
}

class DyiJsonImporter final : public Importer {
 public:
  explicit DyiJsonImporter(Product product) : m_product(product) {}

  std::string_view name() const override { return m_product == Product::messenger ? "messenger" : "instagram"; }
  model::Platform platform() const override {
    return m_product == Product::messenger ? model::Platform::messenger : model::Platform::instagram;
  }

  Detection detect(const SourceTree& tree) const override {
    try {
      const meta::Layout layout = meta::find_threads(tree, m_product);
      if (layout.threads.empty() && m_product == Product::messenger) {
        const auto e2ee = meta::find_e2ee_files(tree);
        if (!e2ee.empty()) {
          return {90, std::to_string(e2ee.size()) + " chat file(s) of an end-to-end-encrypted Messenger download"};
        }
      }
      if (layout.threads.empty() && m_product == Product::instagram && !meta::find_instagram_legacy(tree).empty()) {
        return {90, "Instagram's messages.json of 2018-2020"};
      }
      if (layout.threads.empty()) return detect_html(tree, layout);
      // The content decides, from the first few threads (one damaged thread must not hide the rest).
      std::string head;
      std::string file;
      bool thread = false;
      for (std::size_t t = 0; t < layout.threads.size() && t < 5 && !thread; ++t) {
        file = layout.threads[t].files.back();
        head = meta::strip_bom(tree.read_head(file, meta::k_detect_window));
        const std::size_t first = head.find_first_not_of(" \t\r\n");
        thread = first != std::string::npos && head[first] == '{' &&
                 (head.find("\"sender_name\"") != std::string::npos ||
                  (head.find("\"participants\"") != std::string::npos && head.find("\"messages\"") != std::string::npos &&
                   head.find("\"threadName\"") == std::string::npos));
      }
      if (!thread) return {0, file + " is not a " + std::string(product_name()) + " thread"};
      // A lone file could be either product's: Messenger is the likelier, Instagram says so in its text.
      if (tree.kind() == SourceTree::Kind::file) {
        const bool ig = head.find("instagram.com") != std::string::npos || head.find("Instagram User") != std::string::npos;
        return {(m_product == Product::instagram) == ig ? 80 : 70, file + " looks like a " + std::string(product_name()) + " thread"};
      }
      return {90, std::to_string(layout.threads.size()) + " " + std::string(product_name()) + " thread(s) under " +
                      layout.threads.front().folder.substr(0, layout.threads.front().folder.rfind('/') + 1)};
    } catch (const std::exception& e) {
      return {0, e.what()};
    }
  }

  ImportReport import(const SourceTree& tree, const ImportOptions& options, model::Sink& sink) const override {
    const meta::Layout layout = meta::find_threads(tree, m_product);
    const std::vector<std::string> e2ee =
        m_product == Product::messenger ? meta::find_e2ee_files(tree) : std::vector<std::string>{};
    const std::vector<std::string> legacy =
        m_product == Product::instagram ? meta::find_instagram_legacy(tree) : std::vector<std::string>{};
    const std::vector<std::string> legacy_html =
        m_product == Product::messenger ? meta::find_legacy_html(tree) : std::vector<std::string>{};
    if (layout.threads.empty() && e2ee.empty() && legacy.empty() && layout.html_threads.empty() && legacy_html.empty()) {
      throw Error(ErrorCategory::input, model::Origin{tree.path().string(), 0, {}},
                  "no " + std::string(product_name()) +
                      " threads found (message_1.json under messages/inbox/<thread>/): not a " +
                      std::string(product_name()) + " download");
    }
    ImportReport report;
    Run run{tree, options, sink, layout, e2ee, report, {}, 0, 0, false, {}, {}, 0, {}, {}};
    run.owner_in_pages = layout.threads.empty() && e2ee.empty() && layout.html_threads.empty() && !legacy_html.empty();
    run.owner = decide_owner(run);
    for (const meta::ThreadFiles& thread : layout.threads) {
      import_thread(run, thread);
    }
    const meta::EmitContext context{tree, options, sink, run.owner};
    const meta::ChatKeyFor e2ee_key = [&](const meta::E2eeThread& t, std::string own) {
      if (t.messages.empty()) return own;
      return stitched_key(run, {t.participants.begin(), t.participants.end()}, std::move(own), true,
                          t.messages.front().time_ms, t.messages.back().time_ms);
    };
    for (const std::string& file : e2ee) {
      run.threads_read += meta::emit_e2ee_file(context, file, e2ee_key) ? 1 : 0;
    }
    if (run.stitched > 0) {
      report.notes.push_back(std::to_string(run.stitched) +
                             " end-to-end-encrypted chat(s) joined to the history Messenger keeps of them before the "
                             "switch (e2ee_cutover), matched by their participants");
    }
    for (const std::string& file : legacy) {
      run.threads_read += meta::emit_instagram_legacy(context, file) ? 1 : 0;
    }
    if (!layout.html_threads.empty() || !legacy_html.empty()) {
      run.threads_read += import_html(run, context, legacy_html);
    }
    if (layout.html_shadowed > 0) {
      report.notes.push_back(std::to_string(layout.html_shadowed) +
                             " thread folder(s) hold both JSON and HTML: the JSON was read (exact times, reactions, "
                             "flags), the HTML pages not");
    }
    if (run.seam_duplicates > 0) {
      report.notes.push_back(std::to_string(run.seam_duplicates) +
                             " message(s) repeated where a thread's files meet were read once");
    }
    if (run.threads_read == 0) {
      throw Error(ErrorCategory::input, model::Origin{tree.path().string(), 0, {}},
                  "none of the " +
                      std::to_string(layout.threads.size() + e2ee.size() + legacy.size() + layout.html_threads.size() +
                                     legacy_html.size()) +
                      " thread file(s) could be read");
    }
    return report;
  }

 private:
  struct Run {
    const SourceTree& tree;
    const ImportOptions& options;
    model::Sink& sink;
    const meta::Layout& layout;
    const std::vector<std::string>& e2ee;
    ImportReport& report;
    std::string owner;
    std::uint64_t seam_duplicates = 0;
    std::size_t threads_read = 0;
    bool owner_in_pages = false;  // only legacy HTML pages: each names its owner in its heading
    std::map<std::set<std::string>, std::string> cutover_keys;  // this download's e2ee_cutover threads, by people
    std::optional<std::vector<model::StoredChat>> known;        // the archive's chats, asked once
    std::size_t stitched = 0;
    meta::ThreadReader reader;
    std::string text;  // the thread file being read: one buffer for all, so no file costs new pages
  };

  std::string_view product_name() const { return m_product == Product::messenger ? "Messenger" : "Instagram"; }
  std::string key_of(const meta::ThreadFiles& t) const { return std::string(name()) + ":" + t.name; }

  // --self; else the profile file; else the one name in every thread (with two or more);
  // else who an earlier import of the same chat knew as the owner.
  std::string decide_owner(Run& run) const {
    if (!run.options.self_name.empty()) return run.options.self_name;
    if (std::string p = meta::owner_from_profile(run.tree, m_product); !p.empty()) {
      run.report.notes.push_back("you are \"" + p + "\" (from the download's profile)");
      return p;
    }
    if (run.layout.threads.size() + run.e2ee.size() >= 2) {
      std::vector<std::string> files;
      for (const auto& t : run.layout.threads) files.push_back(t.files.back());
      files.insert(files.end(), run.e2ee.begin(), run.e2ee.end());
      std::optional<std::set<std::string>> common;
      for (const std::string& file : files) {
        std::set<std::string> names;
        try {
          const auto e = run.tree.find(file);
          if (!e || e->size > meta::k_max_thread_file) continue;
          run.tree.read_all(file, meta::k_max_thread_file, run.text);
          const meta::ThreadRead head = run.reader.read(run.text, {}, false);
          for (auto& n : meta::participant_names(head.head)) names.insert(std::move(n));
        } catch (const Error&) {
          continue;
        }
        if (names.empty()) continue;
        if (!common) {
          common = std::move(names);
        } else {
          std::set<std::string> both;
          std::set_intersection(common->begin(), common->end(), names.begin(), names.end(),
                                std::inserter(both, both.begin()));
          common = std::move(both);
        }
      }
      if (common && common->size() == 1) {
        run.report.notes.push_back("you are \"" + *common->begin() + "\" (the one person in every thread)");
        return *common->begin();
      }
    }
    if (run.options.known_chat) {
      std::vector<const meta::ThreadFiles*> all;
      for (const auto& t : run.layout.threads) all.push_back(&t);
      for (const auto& t : run.layout.html_threads) all.push_back(&t);
      for (const meta::ThreadFiles* t_ptr : all) {
        const meta::ThreadFiles& t = *t_ptr;
        if (const auto known = run.options.known_chat(platform(), key_of(t))) {
          for (const auto& p : known->participants) {
            if (p.is_self) return p.name;
          }
        }
      }
    }
    if (!run.owner_in_pages) {
      run.report.notes.push_back("who you are is not in this download: pass --self \"Your Name\" to mark your messages");
    }
    return {};
  }

  void resolve(const Run& run, const meta::ThreadFiles& thread, const std::string& uri, model::Attachment& a) const {
    a.missing = true;
    if (uri.empty() || uri.starts_with("http://") || uri.starts_with("https://")) return;
    std::vector<std::string> candidates;
    try {
      const std::string rel = normalise_entry_path(uri, thread.folder);
      candidates = {rel, run.layout.prefix + rel};
      // Exports that moved the root keep the old prefix in their uris (and back): swap it.
      if (const std::size_t at = rel.find("messages/"); at != std::string::npos) {
        const std::string tail = rel.substr(at);
        for (const char* root : {"", "your_facebook_activity/", "your_activity_across_facebook/", "your_instagram_activity/"}) {
          candidates.push_back(run.layout.prefix + root + tail);
        }
      }
      candidates.push_back(thread.folder + "/" + std::string(meta::base_name(rel)));
    } catch (const Error&) {
      return;  // ".." or an absolute path: never looked up
    }
    for (const std::string& c : candidates) {
      if (const auto hit = run.tree.find(c)) {
        a.missing = false;
        a.size = hit->size;
        if (run.options.include_media) a.open = run.tree.opener(hit->path);
        return;
      }
    }
  }

  // Messenger hands out a chat it switched to end-to-end encryption in two halves: its history in
  // the DYI download's e2ee_cutover folder, its later messages in the E2EE download, with no id in
  // common. Both halves go under one key, matched by the set of participant names (which both
  // write alike) and by time: the history ends before the E2EE half begins, and once joined, the
  // chat begins with the history and ends with the E2EE half. [first_ms, last_ms] is this half's
  // span. This download's cutover threads are asked first, then the archive's chats. A key the
  // archive already holds stays, and so does a chat that matches more than one other.
  std::string stitched_key(Run& run, const std::set<std::string>& people, std::string own, bool e2ee_half,
                           std::int64_t first_ms, std::int64_t last_ms) const {
    if (people.size() < 2) return own;
    if (run.options.known_chat && run.options.known_chat(platform(), own)) return own;
    if (e2ee_half) {
      if (const auto it = run.cutover_keys.find(people); it != run.cutover_keys.end()) {
        ++run.stitched;
        return it->second;
      }
    }
    if (!run.options.known_chats) return own;
    if (!run.known) run.known = run.options.known_chats(platform());
    const std::string e2ee_prefix = std::string(name()) + ":e2ee:";
    const std::string legacy_prefix = std::string(name()) + ":legacy:";
    std::optional<std::string> match;
    std::size_t matches = 0;
    for (const model::StoredChat& stored : *run.known) {
      const model::Chat& c = stored.chat;
      if (stored.message_count == 0) continue;
      const bool other_half = e2ee_half ? !c.key.starts_with(e2ee_prefix) && !c.key.starts_with(legacy_prefix) &&
                                              stored.first_ms <= first_ms && stored.last_ms <= last_ms
                                        : c.key.starts_with(e2ee_prefix) && stored.first_ms >= first_ms &&
                                              stored.last_ms >= last_ms;
      if (!other_half) continue;
      std::set<std::string> names;
      for (const auto& p : c.participants) names.insert(p.name);
      if (names == people) {
        match = c.key;
        ++matches;
      }
    }
    if (matches > 1) {
      std::string names;
      for (const std::string& n : people) names += (names.empty() ? "" : ", ") + n;
      run.report.notes.push_back("the chat of " + names + " could continue any of " + std::to_string(matches) +
                                 " chats with the same people: kept as a chat of its own (import both downloads "
                                 "together, in one folder, to join the halves)");
    }
    if (matches != 1) return own;
    ++run.stitched;
    return *match;
  }

  // The HTML download: no JSON threads, but message_N.html pages, or the legacy messages.htm.
  Detection detect_html(const SourceTree& tree, const meta::Layout& layout) const {
    const std::vector<std::string> legacy =
        m_product == Product::messenger ? meta::find_legacy_html(tree) : std::vector<std::string>{};
    if (layout.html_threads.empty() && legacy.empty()) return {0, "no message_N.json or message_N.html threads"};
    if (layout.html_threads.empty()) {
      return {85, std::to_string(legacy.size()) + " page(s) of Facebook's legacy HTML archive (messages.htm)"};
    }
    std::string head;
    const std::string& file = layout.html_threads.front().files.back();
    head = tree.read_head(file, meta::k_detect_window);
    if (head.find('<') == std::string::npos) return {0, file + " is not an HTML page"};
    if (tree.kind() == SourceTree::Kind::file) {
      const bool ig = head.find("instagram.com") != std::string::npos || head.find("Instagram") != std::string::npos;
      return {(m_product == Product::instagram) == ig ? 75 : 65, file + " looks like a " + std::string(product_name()) + " HTML thread"};
    }
    return {85, std::to_string(layout.html_threads.size()) + " " + std::string(product_name()) + " HTML thread(s) under " +
                    layout.html_threads.front().folder.substr(0, layout.html_threads.front().folder.rfind('/') + 1)};
  }

  // HTML pages write no zone: their wall clocks are read in --tz, else the zone the chat was read
  // in before, else this computer's; the user hears which.
  std::size_t import_html(Run& run, const meta::EmitContext& context, const std::vector<std::string>& legacy_html) const {
    std::string zone = run.options.zone;
    if (zone.empty() && run.options.known_chat) {
      for (const auto& t : run.layout.html_threads) {
        if (const auto known = run.options.known_chat(platform(), key_of(t)); known && !known->zone.empty()) {
          zone = known->zone;
          break;
        }
      }
    }
    if (zone.empty()) zone = timeutil::ZoneClock::system_zone_name();
    meta::HtmlRun html(zone);
    std::size_t read = 0;
    for (const meta::ThreadFiles& thread : run.layout.html_threads) {
      const bool ok = meta::emit_html_thread(context, html, thread, key_of(thread), platform(),
                                             [&](const std::string& uri, model::Attachment& a) { resolve(run, thread, uri, a); });
      read += ok ? 1 : 0;
    }
    for (const std::string& file : legacy_html) read += meta::emit_legacy_html(context, html, file);
    if (!run.layout.html_threads.empty()) {
      run.report.zone = html.clock.name();
      run.report.dst_gaps += html.clock.gaps();
      run.report.dst_overlaps += html.clock.overlaps();
      run.report.notes.push_back("HTML pages write no time zone: their times were read in " + html.clock.name() +
                                 (run.options.zone.empty() ? " (pass --tz with the zone your account showed)" : ""));
    }
    return read;
  }

  // A file's messages, converted, newest first as the file lists them (sorted so where a clock
  // jump put them out of order; equal times keep the file's order); nullopt after a counted skip.
  // Handed on from the back, oldest first: reversing would move every message.
  std::optional<std::vector<model::Message>> read_thread_file(Run& run, const meta::ThreadFiles& thread,
                                                              const std::string& file, nlohmann::ordered_json& doc) const {
    const auto entry = run.tree.find(file);
    if (entry && entry->size > meta::k_max_thread_file) {
      run.sink.skipped({file, 0, "$"}, "file of " + std::to_string(entry->size >> 20) +
                                          " MiB is larger than a Meta thread file can be (256 MiB); not read");
      return std::nullopt;
    }
    run.tree.read_all(file, meta::k_max_thread_file, run.text);
    meta::ThreadRead read = run.reader.read(
        run.text, [&](const std::string& uri, model::Attachment& a) { resolve(run, thread, uri, a); });
    if (read.verdict == meta::ThreadRead::Verdict::invalid_json) {
      run.sink.skipped({file, 0, "$"}, "not valid JSON (truncated or damaged); its messages are not imported");
      return std::nullopt;
    }
    if (read.verdict == meta::ThreadRead::Verdict::not_a_thread) {
      run.sink.skipped({file, 0, "$"}, "not a " + std::string(product_name()) + " thread: missing 'messages'");
      return std::nullopt;
    }
    doc = std::move(read.head);
    for (auto skip = read.skipped.rbegin(); skip != read.skipped.rend(); ++skip) {
      run.sink.skipped({file, 0, "$.messages[" + std::to_string(*skip) + "]"},
                       "message without sender_name or timestamp_ms");
    }
    std::vector<model::Message> out = std::move(read.messages);
    for (model::Message& m : out) m.origin.file = file;
    const auto newer = [](const model::Message& a, const model::Message& b) { return a.time_ms > b.time_ms; };
    if (!std::is_sorted(out.begin(), out.end(), newer)) std::stable_sort(out.begin(), out.end(), newer);
    return out;
  }

  // A thread is read one file at a time (memory: one file's messages, however long the thread).
  // Its files are put in time order by their first (newest) message, so exports that number
  // them the other way round read the same; its senders are found by a scan of every file's
  // text first, so the chat names people who left before the first message is handed on.
  void import_thread(Run& run, const meta::ThreadFiles& thread) const {
    std::vector<std::string> order = thread.files;
    std::vector<std::string> senders;
    std::int64_t newest_ms = INT64_MIN;  // the thread's newest message, where its files say
    if (order.size() > 1) {
      std::vector<std::pair<std::int64_t, std::string>> keyed;
      std::set<std::string> seen;
      for (std::size_t f = 0; f < order.size(); ++f) {
        meta::ThreadFileFacts facts;
        try {
          run.tree.read_all(order[f], meta::k_max_thread_file, run.text);
          facts = run.reader.scan(run.text);
        } catch (const Error&) {
        }
        for (auto& n : facts.senders) {
          if (seen.insert(n).second) senders.push_back(std::move(n));
        }
        keyed.emplace_back(facts.first_time_ms.value_or(INT64_MIN), order[f]);
      }
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      newest_ms = keyed.back().first;
      for (std::size_t f = 0; f < order.size(); ++f) order[f] = std::move(keyed[f].second);
    }

    bool begun = false;
    std::vector<model::Message> tail;  // the previous file's last messages, for repeats at the seam
    for (const std::string& file : order) {
      nlohmann::ordered_json doc;
      auto messages = read_thread_file(run, thread, file, doc);
      if (!messages) continue;
      if (!begun) {
        for (auto m = messages->rbegin(); m != messages->rend(); ++m) senders.push_back(m->sender);
        if (order.size() == 1 && !messages->empty()) newest_ms = messages->front().time_ms;
        model::Chat chat = chat_of(run, thread, doc, senders);
        if (m_product == Product::messenger && thread.section == "e2ee_cutover") {
          const std::vector<std::string> listed = meta::participant_names(doc);
          const std::set<std::string> people(listed.begin(), listed.end());
          const std::int64_t oldest_ms = messages->empty() ? INT64_MIN : messages->back().time_ms;
          std::string key = stitched_key(run, people, chat.key, false, oldest_ms,
                                         messages->empty() ? newest_ms : std::max(newest_ms, messages->front().time_ms));
          chat.continues_stored = key != chat.key;
          chat.key = std::move(key);
          run.cutover_keys.emplace(people, chat.key);
        }
        run.sink.begin_chat(chat);
        begun = true;
        ++run.threads_read;
      }
      // The same message at the seam of two files is one message (FORMAT.md §1.2): only messages no
      // newer than the previous file's last can be such a repeat.
      const std::int64_t seam_ms = tail.empty() ? INT64_MIN : tail.back().time_ms;
      const std::size_t keep = std::min<std::size_t>(messages->size(), k_seam_window);
      std::vector<model::Message> next_tail;
      next_tail.reserve(keep);
      for (std::size_t left = messages->size(); left-- > 0;) {
        model::Message& m = (*messages)[left];
        const bool repeat = m.time_ms <= seam_ms && std::any_of(tail.begin(), tail.end(), [&](const model::Message& t) {
                              return same_message(t, m);
                            });
        if (left < keep) next_tail.push_back(m);
        if (repeat) {
          ++run.seam_duplicates;
          continue;
        }
        run.sink.message(std::move(m));
      }
      tail = std::move(next_tail);
      run.reader.give_back(std::move(*messages));
    }
    if (begun) run.sink.end_chat();
  }

  // The thread as the file describes it: its title, participants (and whoever else wrote in it),
  // group or not.
  model::Chat chat_of(const Run& run, const meta::ThreadFiles& thread, const nlohmann::ordered_json& doc,
                      const std::vector<std::string>& senders) const {
    model::Chat chat;
    chat.platform = platform();
    chat.key = key_of(thread);
    const std::vector<std::string> names = meta::participant_names(doc);
    std::set<std::string> listed;
    for (const std::string& n : names) {
      if (listed.insert(n).second) chat.participants.push_back({n, {}, !run.owner.empty() && n == run.owner});
    }
    // People who left are not listed any more, but their messages are there.
    for (const std::string& n : senders) {
      if (!n.empty() && listed.insert(n).second) chat.participants.push_back({n, {}, !run.owner.empty() && n == run.owner});
    }
    const std::string type = meta::string_field(doc, "thread_type");
    chat.is_group = type.find("Group") != std::string::npos || doc.contains("joinable_mode") || names.size() > 2;
    chat.title = meta::string_field(doc, "title");
    if (chat.title.empty()) {
      for (const auto& p : chat.participants) {
        if (!p.is_self) chat.title += (chat.title.empty() ? "" : ", ") + p.name;
      }
    }
    return chat;
  }

  Product m_product;
};

}  // namespace

std::unique_ptr<Importer> make_messenger_importer() { return std::make_unique<DyiJsonImporter>(Product::messenger); }
std::unique_ptr<Importer> make_instagram_importer() { return std::make_unique<DyiJsonImporter>(Product::instagram); }

}  // namespace chatvault::importers
