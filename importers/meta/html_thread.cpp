// The 2018+ thread pages (FORMAT.md §3.2, §3.3). msgvault's layout1/2/3 fixtures differ only by
// class names and nesting, so blocks are found by shape (see html_thread.hpp); the classes of the
// blocks so found then pick out their siblings that cannot be read, which are reported.
#include "importers/meta/html_thread.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <set>

#include "importers/meta/html_body.hpp"
#include "importers/meta/html_dates.hpp"
#include "importers/meta/html_document.hpp"
#include "importers/meta/html_timeline.hpp"
#include "util/error.hpp"

namespace chatvault::importers::meta {
namespace {

using html::Node;

// A sender is a short label; the bound keeps the search for blocks linear on hostile pages.
constexpr std::size_t k_sender_nodes = 64;
constexpr std::size_t k_sender_bytes = 512;

struct Block {
  const Node* node = nullptr;
  const Node* sender = nullptr;
  const Node* time = nullptr;
  std::vector<const Node*> body;
  std::string problem;  // set: looks like a block but cannot be read, and why
};

// The shape alone: a sender first, a date last.
Block basic_shape(const Node* n) {
  Block b;
  b.node = n;
  const auto kids = html::filled_children(n);
  if (kids.size() < 2) {
    b.problem = kids.empty() ? "empty message block" : "no readable time: the block holds one part only (cut off?)";
    return b;
  }
  if (!looks_like_date(kids.back())) {
    const auto t = date_label(kids.back());
    b.problem = t && !t->empty()
                    ? "no readable time: its last part " + quoted_excerpt(*t) + " is not a date this reader knows"
                    : "no readable time (cut off?)";
    return b;
  }
  const auto sender = html::bounded_text(kids.front(), k_sender_nodes, k_sender_bytes);
  if (!sender || sender->empty() || looks_like_date(kids.front())) {
    b.problem = "no sender";
    return b;
  }
  b.sender = kids.front();
  b.time = kids.back();
  b.body.assign(kids.begin() + 1, kids.end() - 1);
  return b;
}

// A block whose parts are blocks themselves is their container (a title first, a footer date
// last), not a message.
Block shape_of(const Node* n) {
  Block b = basic_shape(n);
  for (const Node* part : b.body) {
    if (basic_shape(part).problem.empty()) {
      b.problem = "holds message blocks";
      break;
    }
  }
  return b;
}

std::string signature(const Node* n) {
  const auto cls = html::attribute(n, "class");
  if (!cls || html::normalise_space(*cls).empty()) return {};
  return std::to_string(static_cast<int>(html::tag_of(n))) + " " + html::normalise_space(*cls);
}

// Every readable block in page order, and the unreadable ones that share a readable one's tag
// and classes (a cut-off last block, a time in an unknown format).
std::vector<Block> find_blocks(const Node* body) {
  std::set<const Node*> readable;
  std::set<std::string> signatures;
  html::walk(body, [&](const Node* n) {
    if (!html::is_element(n) || n == body) return html::is_element(n);
    if (!shape_of(n).problem.empty()) return true;
    readable.insert(n);
    if (std::string sig = signature(n); !sig.empty()) signatures.insert(std::move(sig));
    return false;
  });
  std::vector<Block> out;
  html::walk(body, [&](const Node* n) {
    if (!html::is_element(n) || n == body) return html::is_element(n);
    if (readable.contains(n) || (!signatures.empty() && signatures.contains(signature(n)))) {
      out.push_back(shape_of(n));
      return false;
    }
    return true;
  });
  return out;
}

const Node* next_element_sibling(const Node* n) {
  const Node* parent = n->parent;
  if (!html::is_element(parent)) return nullptr;
  const GumboVector& kids = parent->v.element.children;
  for (unsigned i = n->index_within_parent + 1; i < kids.length; ++i) {
    const auto* c = static_cast<const Node*>(kids.data[i]);
    if (html::is_element(c)) return c;
  }
  return nullptr;
}

// The legacy messages.htm's header (user, date) with its text in a <p> after it.
bool legacy_shaped(const Block& b) {
  if (!b.problem.empty() || !b.body.empty()) return false;
  const Node* after = next_element_sibling(b.node);
  if (after == nullptr && html::is_element(b.node->parent)) after = next_element_sibling(b.node->parent);
  return html::tag_of(after) == GUMBO_TAG_P;
}

struct ParticipantsLabel {
  std::string_view label;
  std::string_view conjunction;  // before the last name: "a, b and c"
};

constexpr std::array<ParticipantsLabel, 14> k_participant_labels{{
    {"Participants:", "and"}, {"Teilnehmer:", "und"}, {"Participantes:", "y"}, {"Partecipanti:", "e"},
    {"Peserta:", "dan"}, {"Deelnemers:", "en"}, {"Uczestnicy:", "i"}, {"Deltagere:", "og"},
    {"Deltakere:", "og"}, {"Deltagare:", "och"}, {"Résztvevők:", "és"}, {"Participanți:", "și"},
    {"Участники:", "и"}, {"Účastníci:", "a"},
}};

// "Participants: a, b and c" (Instagram's group header, msgvault's pages), outside the blocks.
std::vector<std::string> participants_of(const Node* body, const std::vector<Block>& blocks) {
  std::set<const Node*> in_block;
  for (const Block& b : blocks) in_block.insert(b.node);
  std::vector<std::string> names;
  bool found = false;
  html::walk(body, [&](const Node* n) {
    if (found || !html::is_element(n) || in_block.contains(n)) return false;
    const auto text = html::bounded_text(n, 16, 8192);
    if (!text) return true;
    // Its first line only: a small page's whole body can start with the label.
    const std::string line = html::normalise_space(std::string_view(*text).substr(0, text->find('\n')));
    for (const ParticipantsLabel& l : k_participant_labels) {
      if (!line.starts_with(l.label)) continue;
      found = true;
      std::string rest = line.substr(l.label.size());
      std::vector<std::string> parts;
      for (std::size_t start = 0; start <= rest.size();) {
        const std::size_t comma = std::min(rest.find(',', start), rest.size());
        parts.push_back(html::normalise_space(std::string_view(rest).substr(start, comma - start)));
        start = comma + 1;
      }
      const std::string conj = " " + std::string(l.conjunction) + " ";
      if (const std::size_t at = parts.back().rfind(conj); at != std::string::npos) {
        std::string last = parts.back().substr(at + conj.size());
        parts.back().resize(at);
        parts.push_back(std::move(last));
      }
      for (std::string& p : parts) {
        if (!p.empty()) names.push_back(std::move(p));
      }
      return false;
    }
    return true;
  });
  return names;
}

bool is_pseudo_reaction(std::string_view text) {
  // The JSON's trailing space ("…to your message ") is gone once HTML whitespace is normalised.
  return text == "Liked a message" || (text.starts_with("Reacted ") && text.ends_with(" to your message"));
}

std::string dir_of(const std::string& file) {
  const std::size_t slash = file.find_last_of('/');
  return slash == std::string::npos ? std::string() : file.substr(0, slash);
}

model::Message message_of(const Block& b, HtmlBody body) {
  model::Message m;
  m.sender = html::normalise_space(html::text_of(b.sender));
  m.text = std::move(body.text);
  m.attachments = std::move(body.attachments);
  m.links = std::move(body.links);
  m.reactions = std::move(body.reactions);
  if (!m.attachments.empty()) {
    const bool sticker = m.attachments.size() == 1 && m.attachments[0].kind == model::AttachmentKind::sticker;
    m.kind = sticker ? model::MessageKind::sticker : model::MessageKind::media;
  }
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  if (m.kind == model::MessageKind::text && is_pseudo_reaction(m.text)) extra["pseudo_reaction"] = true;
  if (m.kind == model::MessageKind::text && is_english_event(m.text, {})) {
    // As the JSON reader does: who the sentence is about goes to extra, the message is the chat's.
    m.kind = model::MessageKind::system;
    extra["actor"] = m.sender;
    m.sender.clear();
  }
  if (!body.share_owner.empty()) extra["share"] = {{"original_content_owner", body.share_owner}};
  m.extra_json = extra.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return m;
}

}  // namespace

HtmlThread read_html_thread(std::string_view html_text, const std::string& file, const MediaResolver& resolve,
                            timeutil::ZoneClock* clock, model::Sink& sink) {
  const html::Document doc(html_text, file);
  const Node* body = doc.body();
  const std::vector<Block> blocks = find_blocks(body);
  std::size_t legacy = 0;
  for (const Block& b : blocks) legacy += legacy_shaped(b) ? 1 : 0;
  if (legacy > 0 && legacy * 2 >= blocks.size()) {
    throw Error(ErrorCategory::input, Origin{file, 0, {}},
                "this is the legacy Facebook messages.htm layout (message texts in <p> after each header), "
                "not a message_N.html thread page");
  }
  HtmlThread thread;
  thread.title = doc.title();
  thread.participants = participants_of(body, blocks);
  if (blocks.empty() && thread.participants.empty()) {
    throw Error(ErrorCategory::input, Origin{file, 0, {}},
                "not a Messenger or Instagram thread page: it holds no message blocks (a sender, the message "
                "and its time) and no participant list");
  }

  const PageMedia media{dir_of(file), doc.base_href(), resolve};
  std::vector<PendingMessage> pending;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const Origin where{file, 0, "message block " + std::to_string(i + 1)};
    if (!b.problem.empty()) {
      sink.skipped(where, b.problem);
      continue;
    }
    try {
      PendingMessage p;
      p.msg = message_of(b, read_body(b.body, media));
      p.msg.origin = where;
      p.time_text = html::normalise_space(html::text_of(b.time));
      pending.push_back(std::move(p));
    } catch (const Error& e) {
      sink.skipped(where, e.what());
    }
  }
  thread.language = settle_times(pending, doc.lang(), clock, sink);
  for (PendingMessage& p : pending) thread.messages.push_back(std::move(p.msg));
  put_oldest_first(thread.messages, newest_first({&thread.messages}));
  if (thread.participants.empty()) {
    std::set<std::string> seen;
    for (const model::Message& m : thread.messages) {
      if (seen.insert(m.sender).second) thread.participants.push_back(m.sender);
    }
  }
  return thread;
}

}  // namespace chatvault::importers::meta
