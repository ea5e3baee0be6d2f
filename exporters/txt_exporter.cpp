// The "txt" format: for reading, not parsing back. One header block, then one line per
// message in the chat's wall clock, continuation lines indented by two spaces.
#include "exporters/txt_exporter.hpp"

#include <charconv>
#include <optional>

#include "exporters/output_dir.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::exporters {
namespace {

constexpr std::string_view k_indent = "  ";

// Titles and names are shown on one line: line breaks become spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return out;
}

// Shortest text that reads back as the same double, independent of the locale.
std::string format_number(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const auto nl = text.find('\n', start);
    std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    lines.emplace_back(line);
    if (nl == std::string_view::npos) {
      return lines;
    }
    start = nl + 1;
  }
}

std::string call_token(const model::Call& call) {
  std::string s = "[";
  if (call.missed) {
    s += "missed ";
  }
  s += call.video ? "video call" : "call";
  if (call.duration_s) {
    s += ", " + std::to_string(*call.duration_s) + " s";
  }
  return s + "]";
}

// The bracketed facts that come before a message's text: "[deleted] [photo: IMG-1.jpg]".
std::vector<std::string> tokens(const model::Message& msg, const std::vector<std::string>& media_paths) {
  std::vector<std::string> out;
  if (msg.deleted) {
    out.emplace_back("[deleted]");
  }
  if (msg.forwarded_from) {
    out.push_back("[forwarded from " + one_line(*msg.forwarded_from) + "]");
  }
  if (msg.reply_to) {
    out.push_back("[reply to " + one_line(*msg.reply_to) + "]");
  }
  // Only links whose URL the text does not show already (a link behind a word).
  for (const auto& link : msg.links) {
    if (!link.url.empty() && msg.text.find(link.url) == std::string::npos) {
      out.push_back("[link: " + (link.title.empty() ? "" : one_line(link.title) + " ") + "<" + one_line(link.url) + ">]");
    }
  }
  for (std::size_t i = 0; i < msg.attachments.size(); ++i) {
    const auto& att = msg.attachments[i];
    // An "omitted" placeholder has no file name: "[photo (not in export)]".
    std::string t = "[" + std::string(model::to_string(att.kind));
    if (!att.file_name.empty()) {
      t += ": " + one_line(att.file_name);
    }
    if (att.missing) {
      t += " (not in export)";
    } else if (i < media_paths.size() && !media_paths[i].empty()) {
      // Only said when it differs, which happens when two different files share a name.
      const auto slash = media_paths[i].rfind('/');
      if (media_paths[i].substr(slash == std::string::npos ? 0 : slash + 1) != att.file_name) {
        t += " (saved as " + media_paths[i] + ")";
      }
    }
    out.push_back(t + "]");
  }
  if (msg.location) {
    std::string t = "[location " + format_number(msg.location->lat) + ", " + format_number(msg.location->lon);
    if (!msg.location->label.empty()) {
      t += ": " + one_line(msg.location->label);
    }
    if (msg.location->live) {
      t += " (live)";
    }
    out.push_back(t + "]");
  }
  if (msg.call) {
    out.push_back(call_token(*msg.call));
  }
  if (msg.poll) {
    out.push_back("[poll: " + one_line(msg.poll->question) + "]");
  }
  return out;
}

class TxtChatWriter : public ChatWriter {
 public:
  TxtChatWriter(const model::StoredChat& stored, const std::string& zone_override, std::string file, OutputFile out)
      : m_file(std::move(file)), m_out(std::move(out)) {
    const model::Chat& chat = stored.chat;
    std::string zone_line;
    if (!zone_override.empty()) {
      // An explicit --tz is the user's choice: an unknown zone is their error (usage).
      m_clock.emplace(zone_override);
      zone_line = zone_override;
    } else if (chat.zone.empty()) {
      zone_line = "UTC (the source gave no time zone)";
    } else {
      try {
        m_clock.emplace(chat.zone);
        zone_line = chat.zone;
      } catch (const Error&) {
        zone_line = "UTC (the chat's zone '" + chat.zone + "' is unknown on this system)";
      }
    }
    std::string participants;
    for (const auto& p : chat.participants) {
      if (!participants.empty()) {
        participants += ", ";
      }
      participants += one_line(p.name);
      if (p.is_self) {
        participants += " (you)";
      }
    }
    std::string header;
    header += "Chat: " + one_line(chat.title) + "\n";
    header += "Platform: " + std::string(model::to_string(chat.platform)) + (chat.is_group ? " (group)" : "") + "\n";
    header += "Participants: " + participants + "\n";
    header += "Time zone: " + zone_line + "\n";
    header += "Messages: " + std::to_string(stored.message_count) + "\n";
    header += "\n";
    m_out.write(header);
  }

  void write_message(const model::Message& msg, const std::vector<std::string>& media_paths) override {
    std::string first = time_of(msg.time_ms) + "  ";
    first += msg.is_system() || msg.sender.empty() ? std::string("*") : one_line(msg.sender) + ":";

    std::vector<std::string> lines = split_lines(msg.text);
    if (msg.edited) {
      lines.back() += lines.back().empty() ? "(edited)" : " (edited)";
    }
    std::string head;
    for (const auto& t : tokens(msg, media_paths)) {
      head += (head.empty() ? "" : " ") + t;
    }
    if (!lines.front().empty()) {
      head += (head.empty() ? "" : " ") + lines.front();
    }
    if (!head.empty()) {
      first += " " + head;
    }
    std::string out = first + "\n";
    for (std::size_t i = 1; i < lines.size(); ++i) {
      out += std::string(k_indent) + lines[i] + "\n";
    }
    if (msg.poll) {
      for (const auto& opt : msg.poll->options) {
        out += std::string(k_indent) + "- " + one_line(opt.text) + ": " + std::to_string(opt.votes) +
               (opt.votes == 1 ? " vote\n" : " votes\n");
      }
    }
    if (!msg.reactions.empty()) {
      std::string r;
      for (const auto& reaction : msg.reactions) {
        r += (r.empty() ? "" : ", ") + reaction.emoji + " " + one_line(reaction.actor);
      }
      out += std::string(k_indent) + "reactions: " + r + "\n";
    }
    m_out.write(out);
  }

  void end_chat() override { m_out.close(); }
  const std::string& file() const override { return m_file; }

 private:
  std::string time_of(std::int64_t utc_ms) const {
    if (m_clock) {
      return timeutil::format_local(m_clock->to_local(utc_ms));
    }
    // "2022-03-18T14:56:01Z" from the whole second -> "2022-03-18 14:56:01".
    const std::int64_t whole = utc_ms - (((utc_ms % 1000) + 1000) % 1000);
    std::string s = timeutil::format_iso_utc(whole);
    s[10] = ' ';
    s.pop_back();
    return s;
  }

  std::string m_file;
  OutputFile m_out;
  std::optional<timeutil::ZoneClock> m_clock;  // empty: UTC
};

class TxtExporter : public Exporter {
 public:
  std::string_view name() const override { return "txt"; }
  std::string_view description() const override {
    return "readable plain text, one file per chat, times in the chat's time zone";
  }

  std::unique_ptr<ChatWriter> begin_chat(const ChatTarget& target, OutputDir& out) override {
    std::string file = out.claim("", target.stem + ".txt");
    OutputFile f = out.create(file);
    return std::make_unique<TxtChatWriter>(target.chat, target.options.zone, std::move(file), std::move(f));
  }

  void finish(const std::vector<ExportedChat>&, OutputDir&) override {}
};

}  // namespace

std::unique_ptr<Exporter> make_txt_exporter() { return std::make_unique<TxtExporter>(); }

}  // namespace chatvault::exporters
