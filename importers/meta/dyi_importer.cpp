// Messenger and Instagram DYI JSON (FORMAT.md §1, §4.1): one schema, two products. Each thread
// is read file by file (message_N.json holds at most ~10,000 messages), its messages put in
// time order and emitted; memory is one thread's messages, never the whole download.
#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "importers/meta/dyi_layout.hpp"
#include "importers/meta/dyi_message.hpp"
#include "importers/meta/e2ee_thread.hpp"
#include "importers/meta/instagram_legacy.hpp"
#include "importers/meta/json_fields.hpp"
#include "importers/meta/meta_importers.hpp"
#include "importers/meta/mojibake.hpp"
#include "util/error.hpp"

namespace chatvault::importers {
namespace {

using Json = nlohmann::ordered_json;
using meta::Product;

// Real thread files stay far below this (~10,000 messages, a few MB); a larger one is reported
// and skipped instead of being parsed into memory whole.
constexpr std::uint64_t k_max_thread_file = 256ull << 20;
constexpr std::uint64_t k_max_profile_file = 4ull << 20;
constexpr std::size_t k_detect_window = 4096;

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string strip_bom(std::string text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  return text;
}

std::vector<std::string> participant_names(const Json& doc) {
  std::vector<std::string> out;
  const auto it = doc.find("participants");
  if (it == doc.end() || !it->is_array()) return out;
  for (const Json& p : *it) {
    // 2018's participants were plain strings.
    if (p.is_string()) {
      out.push_back(p.get<std::string>());
    } else if (p.is_object() && p.contains("name") && p["name"].is_string()) {
      out.push_back(p["name"].get<std::string>());
    }
  }
  return out;
}

std::optional<Json> read_json(const SourceTree& tree, const std::string& path, std::uint64_t max) {
  Json doc = Json::parse(strip_bom(tree.read_all(path, max)), nullptr, false);
  if (doc.is_discarded()) return std::nullopt;
  meta::repair_strings(doc);
  return doc;
}

const Json* at_path(const Json& j, std::initializer_list<const char*> keys) {
  const Json* cur = &j;
  for (const char* k : keys) {
    if (cur->is_array()) {
      if (cur->empty()) return nullptr;
      cur = &(*cur)[0];
    }
    if (!cur->is_object() || !cur->contains(k)) return nullptr;
    cur = &(*cur)[k];
  }
  return cur;
}

// The account owner's display name from the download's profile file, if it has one.
std::string owner_from_profile(const SourceTree& tree, Product product) {
  for (const SourceEntry& e : tree.entries()) {
    const std::string_view name = base_name(e.path);
    const bool wanted = product == Product::messenger ? name == "profile_information.json"
                                                      : name == "personal_information.json";
    if (!wanted || e.size > k_max_profile_file) continue;
    try {
      const auto doc = read_json(tree, e.path, k_max_profile_file);
      if (!doc) continue;
      const Json* v = product == Product::messenger ? at_path(*doc, {"profile_v2", "name", "full_name"}) : nullptr;
      if (v == nullptr && product == Product::messenger) v = at_path(*doc, {"profile", "name", "full_name"});
      if (product == Product::instagram) v = at_path(*doc, {"profile_user", "string_map_data", "Name", "value"});
      if (v != nullptr && v->is_string() && !v->get<std::string>().empty()) return v->get<std::string>();
    } catch (const Error&) {
    }
  }
  return {};
}

// The end-to-end-encrypted download's chat files (Messenger only): JSON files that are not
// message_N.json and say "threadName" near their start.
std::vector<std::string> find_e2ee_files(const SourceTree& tree) {
  std::vector<std::string> out;
  for (const SourceEntry& e : tree.entries()) {
    const std::string_view name = base_name(e.path);
    if (!name.ends_with(".json") || meta::message_file_number(name) >= 0 || e.size > k_max_thread_file ||
        e.path.starts_with("__MACOSX/")) {
      continue;
    }
    try {
      if (meta::looks_like_e2ee_thread(tree.read_head(e.path, k_detect_window))) out.push_back(e.path);
    } catch (const Error&) {
    }
  }
  return out;
}

// Instagram's 2018–2020 messages.json (one array of every conversation), if the tree has it.
std::vector<std::string> find_instagram_legacy(const SourceTree& tree) {
  std::vector<std::string> out;
  for (const SourceEntry& e : tree.entries()) {
    if (base_name(e.path) != "messages.json" || e.size > k_max_thread_file) continue;
    try {
      if (meta::looks_like_instagram_legacy(strip_bom(tree.read_head(e.path, k_detect_window)))) out.push_back(e.path);
    } catch (const Error&) {
    }
  }
  return out;
}

struct Pending {
  model::Message msg;
  std::size_t file = 0;  // which of the thread's files it came from
};

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
        const auto e2ee = find_e2ee_files(tree);
        if (!e2ee.empty()) {
          return {90, std::to_string(e2ee.size()) + " chat file(s) of an end-to-end-encrypted Messenger download"};
        }
      }
      if (layout.threads.empty() && m_product == Product::instagram && !find_instagram_legacy(tree).empty()) {
        return {90, "Instagram's messages.json of 2018-2020"};
      }
      if (layout.threads.empty()) return {0, "no message_N.json threads"};
      // The content decides, from the first few threads (one damaged thread must not hide the rest).
      std::string head;
      std::string file;
      bool thread = false;
      for (std::size_t t = 0; t < layout.threads.size() && t < 5 && !thread; ++t) {
        file = layout.threads[t].files.back();
        head = strip_bom(tree.read_head(file, k_detect_window));
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
        m_product == Product::messenger ? find_e2ee_files(tree) : std::vector<std::string>{};
    const std::vector<std::string> legacy =
        m_product == Product::instagram ? find_instagram_legacy(tree) : std::vector<std::string>{};
    if (layout.threads.empty() && e2ee.empty() && legacy.empty()) {
      throw Error(ErrorCategory::input, model::Origin{tree.path().string(), 0, {}},
                  "no " + std::string(product_name()) +
                      " threads found (message_1.json under messages/inbox/<thread>/): not a " +
                      std::string(product_name()) + " download");
    }
    ImportReport report;
    Run run{tree, options, sink, layout, e2ee, report, {}, 0, 0};
    run.owner = decide_owner(run);
    for (const meta::ThreadFiles& thread : layout.threads) {
      import_thread(run, thread);
    }
    for (const std::string& file : e2ee) {
      import_e2ee(run, file);
    }
    for (const std::string& file : legacy) {
      import_instagram_legacy(run, file);
    }
    if (run.seam_duplicates > 0) {
      report.notes.push_back(std::to_string(run.seam_duplicates) +
                             " message(s) repeated where a thread's files meet were read once");
    }
    if (run.threads_read == 0) {
      throw Error(ErrorCategory::input, model::Origin{tree.path().string(), 0, {}},
                  "none of the " + std::to_string(layout.threads.size() + e2ee.size() + legacy.size()) +
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
  };

  std::string_view product_name() const { return m_product == Product::messenger ? "Messenger" : "Instagram"; }
  std::string key_of(const meta::ThreadFiles& t) const { return std::string(name()) + ":" + t.name; }

  // --self; else the profile file; else the one name in every thread (with two or more);
  // else who an earlier import of the same chat knew as the owner.
  std::string decide_owner(Run& run) const {
    if (!run.options.self_name.empty()) return run.options.self_name;
    if (std::string p = owner_from_profile(run.tree, m_product); !p.empty()) {
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
          if (!e || e->size > k_max_thread_file) continue;
          if (const auto doc = read_json(run.tree, file, k_max_thread_file)) {
            for (auto& n : participant_names(*doc)) names.insert(std::move(n));
          }
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
      for (const auto& t : run.layout.threads) {
        if (const auto known = run.options.known_chat(platform(), key_of(t))) {
          for (const auto& p : known->participants) {
            if (p.is_self) return p.name;
          }
        }
      }
    }
    run.report.notes.push_back("who you are is not in this download: pass --self \"Your Name\" to mark your messages");
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
      candidates.push_back(thread.folder + "/" + std::string(base_name(rel)));
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

  void import_instagram_legacy(Run& run, const std::string& file) const {
    const auto doc = read_json(run.tree, file, k_max_thread_file);
    if (!doc || !doc->is_array()) {
      run.sink.skipped({file, 0, "$"}, "not valid JSON (truncated or damaged); its messages are not imported");
      return;
    }
    std::vector<meta::LegacyConversation> conversations = meta::read_instagram_legacy(*doc, file);
    ++run.threads_read;
    // Usernames here, not display names: the owner is the one in every conversation, or --self.
    std::string owner = run.options.self_name;
    // The download's profile.json beside it names the account.
    const std::string dir = file.substr(0, file.size() - std::string_view("messages.json").size());
    if (const auto profile = run.tree.find(dir + "profile.json"); owner.empty() && profile && profile->size < k_max_profile_file) {
      try {
        if (const auto p = read_json(run.tree, profile->path, k_max_profile_file); p && p->is_object()) {
          owner = meta::string_field(*p, "username");
        }
      } catch (const Error&) {
      }
    }
    if (owner.empty() && conversations.size() >= 2) {
      std::set<std::string> common(conversations[0].participants.begin(), conversations[0].participants.end());
      for (const auto& c : conversations) {
        std::set<std::string> names(c.participants.begin(), c.participants.end());
        std::set<std::string> both;
        std::set_intersection(common.begin(), common.end(), names.begin(), names.end(), std::inserter(both, both.begin()));
        common = std::move(both);
      }
      if (common.size() == 1) owner = *common.begin();
    }
    for (auto& c : conversations) {
      for (const auto& [where, reason] : c.skipped) run.sink.skipped({file, 0, where}, reason);
      std::vector<std::string> sorted = c.participants;
      std::sort(sorted.begin(), sorted.end());
      model::Chat chat;
      chat.platform = platform();
      chat.key = "instagram:legacy:";
      for (std::size_t i = 0; i < sorted.size(); ++i) chat.key += (i ? "," : "") + sorted[i];
      chat.is_group = c.participants.size() > 2;
      for (const std::string& n : c.participants) {
        chat.participants.push_back({n, {}, !owner.empty() && n == owner});
        if (n != owner) chat.title += (chat.title.empty() ? "" : ", ") + n;
      }
      run.sink.begin_chat(chat);
      for (model::Message& m : c.messages) run.sink.message(std::move(m));
      run.sink.end_chat();
    }
  }

  void import_e2ee(Run& run, const std::string& file) const {
    const auto doc = read_json(run.tree, file, k_max_thread_file);
    if (!doc || !doc->is_object()) {
      run.sink.skipped({file, 0, "$"}, "not valid JSON (truncated or damaged); its messages are not imported");
      return;
    }
    const std::string dir = file.find('/') == std::string::npos ? std::string() : file.substr(0, file.rfind('/') + 1);
    const std::string parent =
        dir.size() < 2 || dir.rfind('/', dir.size() - 2) == std::string::npos ? std::string()
                                                                              : dir.substr(0, dir.rfind('/', dir.size() - 2) + 1);
    // "./media/<uuid>.jpeg": beside the JSON file, or beside its folder.
    meta::E2eeThread thread = meta::read_e2ee_thread(*doc, file, [&](const std::string& uri, model::Attachment& a) {
      a.missing = true;
      std::string rel;
      try {
        rel = normalise_entry_path(uri, file);
      } catch (const Error&) {
        return;
      }
      for (const std::string& c : {dir + rel, parent + rel}) {
        if (const auto hit = run.tree.find(c)) {
          a.missing = false;
          a.size = hit->size;
          if (run.options.include_media) a.open = run.tree.opener(hit->path);
          return;
        }
      }
    });
    for (const auto& [where, reason] : thread.skipped) {
      run.sink.skipped({file, 0, where}, reason);
    }
    ++run.threads_read;
    model::Chat chat;
    chat.platform = platform();
    // The file's stem ("Jane Doe_3"): the download names each chat's file the same way every time.
    std::string stem(base_name(file));
    stem.resize(stem.size() - 5);  // ".json"
    chat.key = "messenger:e2ee:" + stem;
    chat.title = thread.title;
    chat.is_group = thread.participants.size() > 2;
    for (const std::string& n : thread.participants) {
      chat.participants.push_back({n, {}, !run.owner.empty() && n == run.owner});
    }
    run.sink.begin_chat(chat);
    for (model::Message& m : thread.messages) run.sink.message(std::move(m));
    run.sink.end_chat();
  }

  void import_thread(Run& run, const meta::ThreadFiles& thread) const {
    std::vector<Pending> pending;
    std::vector<std::string> names;
    std::string title;
    bool group = false;
    bool any_file = false;
    for (std::size_t f = 0; f < thread.files.size(); ++f) {
      const std::string& file = thread.files[f];
      const auto entry = run.tree.find(file);
      if (entry && entry->size > k_max_thread_file) {
        run.sink.skipped({file, 0, "$"}, "file of " + std::to_string(entry->size >> 20) +
                                            " MiB is larger than a Meta thread file can be (256 MiB); not read");
        continue;
      }
      const auto doc = read_json(run.tree, file, k_max_thread_file);
      if (!doc) {
        run.sink.skipped({file, 0, "$"}, "not valid JSON (truncated or damaged); its messages are not imported");
        continue;
      }
      const auto messages = doc->find("messages");
      if (!doc->is_object() || messages == doc->end() || !messages->is_array()) {
        run.sink.skipped({file, 0, "$"}, "not a " + std::string(product_name()) + " thread: missing 'messages'");
        continue;
      }
      any_file = true;
      // Later files are newer slices: their header is the thread as it is now.
      if (auto n = participant_names(*doc); !n.empty()) names = std::move(n);
      if (const auto t = doc->find("title"); t != doc->end() && t->is_string()) title = t->get<std::string>();
      const std::string type = meta::string_field(*doc, "thread_type");
      group = group || type.find("Group") != std::string::npos || doc->contains("joinable_mode");
      // Newest first in the file: read backwards so equal times keep the export's order.
      for (std::size_t i = messages->size(); i-- > 0;) {
        const std::string where = "$.messages[" + std::to_string(i) + "]";
        auto msg = meta::convert_message((*messages)[i], [&](const std::string& uri, model::Attachment& a) {
          resolve(run, thread, uri, a);
        });
        if (!msg) {
          run.sink.skipped({file, 0, where}, "message without sender_name or timestamp_ms");
          continue;
        }
        msg->origin = model::Origin{file, 0, where};
        pending.push_back({std::move(*msg), f});
      }
    }
    if (!any_file) return;
    ++run.threads_read;
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.msg.time_ms < b.msg.time_ms; });

    model::Chat chat;
    chat.platform = platform();
    chat.key = key_of(thread);
    std::set<std::string> listed;
    for (const std::string& n : names) {
      if (listed.insert(n).second) chat.participants.push_back({n, {}, !run.owner.empty() && n == run.owner});
    }
    // People who left are not listed any more, but their messages are there.
    for (const Pending& p : pending) {
      if (!p.msg.sender.empty() && listed.insert(p.msg.sender).second) {
        chat.participants.push_back({p.msg.sender, {}, !run.owner.empty() && p.msg.sender == run.owner});
      }
    }
    chat.is_group = group || names.size() > 2;
    chat.title = title;
    if (chat.title.empty()) {
      for (const auto& p : chat.participants) {
        if (!p.is_self) chat.title += (chat.title.empty() ? "" : ", ") + p.name;
      }
    }
    run.sink.begin_chat(chat);
    for (std::size_t i = 0; i < pending.size(); ++i) {
      // The same message at the seam of two files is one message (FORMAT.md §1.2).
      bool repeat = false;
      for (std::size_t j = i; j-- > 0 && pending[j].msg.time_ms == pending[i].msg.time_ms;) {
        repeat = repeat || (pending[j].file != pending[i].file && same_message(pending[j].msg, pending[i].msg));
      }
      if (repeat) {
        ++run.seam_duplicates;
        continue;
      }
      run.sink.message(model::Message(pending[i].msg));
    }
    run.sink.end_chat();
  }

  Product m_product;
};

}  // namespace

std::unique_ptr<Importer> make_messenger_importer() { return std::make_unique<DyiJsonImporter>(Product::messenger); }
std::unique_ptr<Importer> make_instagram_importer() { return std::make_unique<DyiJsonImporter>(Product::instagram); }

}  // namespace chatvault::importers
