#include "importers/meta/html_import.hpp"

#include <algorithm>
#include <climits>
#include <set>

#include "importers/meta/html_thread.hpp"
#include "util/error.hpp"

namespace chatvault::importers::meta {
namespace {

// A page's text, or nullopt after a counted skip (too large, unreadable).
std::optional<std::string> read_page(const EmitContext& ctx, const std::string& file) {
  const auto entry = ctx.tree.find(file);
  if (entry && entry->size > k_max_html_page) {
    ctx.sink.skipped({file, 0, {}}, "page of " + std::to_string(entry->size >> 20) +
                                        " MiB is larger than a Meta HTML page can be (64 MiB); not read");
    return std::nullopt;
  }
  try {
    return ctx.tree.read_all(file, k_max_html_page);
  } catch (const Error& e) {
    ctx.sink.skipped({file, 0, {}}, e.what());
    return std::nullopt;
  }
}

model::Participant person(const std::string& name, const std::string& owner) {
  return {name, {}, !owner.empty() && name == owner};
}

}  // namespace

bool emit_html_thread(const EmitContext& ctx, HtmlRun& run, const ThreadFiles& thread, const std::string& key,
                      model::Platform platform, const MediaResolver& resolve) {
  // Pages are read whole and put in time order by their oldest message, so exports numbering them
  // either way read the same; a thread's pages hold what its JSON files would, minus the media.
  struct Page {
    std::int64_t first = INT64_MIN;
    HtmlThread thread;
  };
  std::vector<Page> pages;
  for (const std::string& file : thread.files) {
    const auto text = read_page(ctx, file);
    if (!text) continue;
    try {
      Page p;
      p.thread = read_html_thread(*text, file, resolve, &run.clock, ctx.sink);
      if (!p.thread.messages.empty()) p.first = p.thread.messages.front().time_ms;
      pages.push_back(std::move(p));
      ++run.pages;
    } catch (const Error& e) {
      ctx.sink.skipped({file, 0, {}}, e.what());
    }
  }
  if (pages.empty()) return false;
  std::stable_sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.first < b.first; });

  model::Chat chat;
  chat.platform = platform;
  chat.key = key;
  chat.zone = run.clock.name();
  std::set<std::string> listed;
  for (const Page& p : pages) {
    if (chat.title.empty()) chat.title = p.thread.title;
    for (const std::string& n : p.thread.participants) {
      if (listed.insert(n).second) chat.participants.push_back(person(n, ctx.owner));
    }
  }
  for (const Page& p : pages) {
    for (const model::Message& m : p.thread.messages) {
      if (!m.sender.empty() && listed.insert(m.sender).second) chat.participants.push_back(person(m.sender, ctx.owner));
    }
  }
  chat.is_group = chat.participants.size() > 2;
  if (chat.title.empty()) {
    for (const auto& p : chat.participants) {
      if (!p.is_self) chat.title += (chat.title.empty() ? "" : ", ") + p.name;
    }
  }
  ctx.sink.begin_chat(chat);
  for (Page& p : pages) {
    for (model::Message& m : p.thread.messages) ctx.sink.message(std::move(m));
  }
  ctx.sink.end_chat();
  return true;
}

std::size_t emit_legacy_html(const EmitContext& ctx, HtmlRun& run, const std::string& file) {
  const auto text = read_page(ctx, file);
  if (!text) return 0;
  std::vector<HtmlThread> threads;
  try {
    threads = read_legacy_messages_htm(*text, file, &run.clock, ctx.sink);
  } catch (const Error& e) {
    ctx.sink.skipped({file, 0, {}}, e.what());
    return 0;
  }
  ++run.pages;
  std::size_t emitted = 0;
  for (HtmlThread& t : threads) {
    const std::string owner = ctx.owner.empty() ? t.owner : ctx.owner;
    model::Chat chat;
    chat.platform = model::Platform::messenger;
    // The page has no thread ids: its participant list, as written, is the thread's identity.
    std::vector<std::string> names = t.participants;
    std::sort(names.begin(), names.end());
    chat.key = "messenger:legacy:";
    for (std::size_t i = 0; i < names.size(); ++i) chat.key += (i ? "," : "") + names[i];
    std::set<std::string> listed;
    for (const std::string& n : t.participants) {
      if (listed.insert(n).second) chat.participants.push_back(person(n, owner));
    }
    if (!owner.empty() && listed.insert(owner).second) chat.participants.push_back(person(owner, owner));
    for (const model::Message& m : t.messages) {
      if (!m.sender.empty() && listed.insert(m.sender).second) chat.participants.push_back(person(m.sender, owner));
    }
    chat.is_group = chat.participants.size() > 2;
    for (const auto& p : chat.participants) {
      if (!p.is_self) chat.title += (chat.title.empty() ? "" : ", ") + p.name;
    }
    ctx.sink.begin_chat(chat);
    for (model::Message& m : t.messages) ctx.sink.message(std::move(m));
    ctx.sink.end_chat();
    ++emitted;
  }
  return emitted;
}

}  // namespace chatvault::importers::meta
