// The legacy messages.htm (FORMAT.md §3.1): a thread element holds its participants as a text
// line, then for each message a header (div.message > div.message_header > span.user +
// span.meta) and the message's text in the <p> after the header, not inside it. Found by that
// shape; the class names are not needed.
#include <set>

#include "importers/meta/html_dates.hpp"
#include "importers/meta/html_document.hpp"
#include "importers/meta/html_thread.hpp"
#include "importers/meta/html_timeline.hpp"
#include "util/error.hpp"

namespace chatvault::importers::meta {
namespace {

using html::Node;

struct Header {
  const Node* sender = nullptr;  // null: the header has only the date (a Facebook-side defect)
  const Node* time = nullptr;
};

// The header `n` is, or holds through a chain of single children: a sender and a date, or a date.
std::optional<Header> header_of(const Node* n) {
  const Node* e = n;
  for (int depth = 0; depth < 4; ++depth) {
    if (html::tag_of(e) == GUMBO_TAG_P) return std::nullopt;
    const auto kids = html::filled_children(e);
    if (kids.size() == 2 && looks_like_date(kids[1])) return Header{kids[0], kids[1]};
    if (kids.size() != 1) return std::nullopt;
    if (looks_like_date(kids[0])) return Header{nullptr, kids[0]};
    e = kids[0];
  }
  return std::nullopt;
}

// A thread: headers among its children, a <p> after one of them.
bool is_thread(const Node* n) {
  bool header = false;
  for (const Node* c : html::element_children(n)) {
    if (header && html::tag_of(c) == GUMBO_TAG_P) return true;
    if (header_of(c)) header = true;
  }
  return false;
}

std::vector<std::string> participants_of(const Node* thread) {
  std::string line;
  const GumboVector& kids = thread->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* c = static_cast<const Node*>(kids.data[i]);
    if (c->type == GUMBO_NODE_TEXT) line += std::string(" ") + c->v.text.text;
  }
  std::vector<std::string> names;
  const std::string all = html::normalise_space(line);
  for (std::size_t start = 0; start < all.size();) {
    const std::size_t comma = std::min(all.find(',', start), all.size());
    std::string name = html::normalise_space(std::string_view(all).substr(start, comma - start));
    if (!name.empty()) names.push_back(std::move(name));
    start = comma + 1;
  }
  return names;
}

// The 2017-2018 messages.htm was an index of links to messages/<n>.html.
bool is_thread_index(const Node* body) {
  bool found = false;
  html::walk(body, [&](const Node* n) {
    if (found) return false;
    const std::string_view href = html::attribute(n, "href").value_or("");
    found = html::tag_of(n) == GUMBO_TAG_A && href.find("messages/") != std::string_view::npos &&
            (href.ends_with(".html") || href.ends_with(".htm"));
    return true;
  });
  return found;
}

}  // namespace

std::vector<HtmlThread> read_legacy_messages_htm(std::string_view html_text, const std::string& file,
                                                 timeutil::ZoneClock* clock, model::Sink& sink) {
  const html::Document doc(html_text, file);
  const Node* body = doc.body();
  std::vector<const Node*> thread_nodes;
  html::walk(body, [&](const Node* n) {
    if (!html::is_element(n)) return false;
    if (n != body && is_thread(n)) {
      thread_nodes.push_back(n);
      return false;
    }
    return true;
  });
  if (thread_nodes.empty()) {
    throw Error(ErrorCategory::input, Origin{file, 0, {}},
                is_thread_index(body)
                    ? "this messages.htm is an index: each thread is its own page under messages/ (read those)"
                    : "not a legacy Facebook messages.htm: no thread of message headers each followed by its "
                      "text in a <p>");
  }
  std::string owner;
  if (const Node* h1 = html::find_first(body, GUMBO_TAG_H1)) owner = html::normalise_space(html::text_of(h1));

  std::vector<PendingMessage> pending;
  std::size_t block = 0;
  for (std::size_t t = 0; t < thread_nodes.size(); ++t) {
    PendingMessage current;
    bool open = false;
    bool has_sender = false;
    auto finish = [&]() {
      if (!open) return;
      if (has_sender) {
        pending.push_back(std::move(current));
      } else {
        sink.skipped(current.msg.origin, "no sender (old Facebook exports lost some); the message is not imported");
      }
      current = PendingMessage{};
      open = false;
    };
    for (const Node* c : html::element_children(thread_nodes[t])) {
      if (const auto h = header_of(c)) {
        finish();
        open = true;
        current.group = t;
        current.msg.origin = Origin{file, 0, "message block " + std::to_string(++block)};
        current.time_text = html::normalise_space(html::text_of(h->time));
        if (h->sender != nullptr) current.msg.sender = html::normalise_space(html::text_of(h->sender));
        has_sender = !current.msg.sender.empty();
        continue;
      }
      if (!open) continue;
      const std::string text = html::text_of(c);
      if (!text.empty()) current.msg.text += (current.msg.text.empty() ? "" : "\n") + text;
    }
    finish();
  }

  const std::string language = settle_times(pending, doc.lang(), clock, sink);
  std::vector<HtmlThread> threads(thread_nodes.size());
  for (std::size_t t = 0; t < thread_nodes.size(); ++t) {
    threads[t].participants = participants_of(thread_nodes[t]);
    threads[t].owner = owner;
    threads[t].language = language;
  }
  for (PendingMessage& p : pending) threads[p.group].messages.push_back(std::move(p.msg));
  // One export writes all its threads in one direction: decide it over the whole file.
  std::vector<const std::vector<model::Message>*> runs;
  for (const HtmlThread& t : threads) runs.push_back(&t.messages);
  const bool newest = newest_first(runs);
  for (HtmlThread& t : threads) put_oldest_first(t.messages, newest);
  return threads;
}

}  // namespace chatvault::importers::meta
