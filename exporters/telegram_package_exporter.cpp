// The "telegram" format: WhatsApp-iOS-style text (IMPORT.md §6-§7) packaged per chat as an
// iPhone zip (`_chat.txt` + media at the root) and an Android folder (`WhatsApp Chat with
// X.txt` + the same media), split into parts under Telegram's 32 MiB text limit.
#include "exporters/telegram_package_exporter.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <set>

#include "exporters/copy_blob.hpp"
#include "exporters/output_dir.hpp"
#include "exporters/whatsapp_text.hpp"
#include "exporters/zip_writer.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::exporters {
namespace {

using whatsapp_text::cut_text;
using whatsapp_text::escape_continuation;
using whatsapp_text::k_system_mark;
using whatsapp_text::one_line;
using whatsapp_text::sanitize_sender;
using whatsapp_text::split_lines;

constexpr std::string_view k_zip_text_name = "_chat.txt";

// ---- text helpers -------------------------------------------------------------------------

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string format_number(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string("0");
}

bool all_digits(std::string_view s) {
  if (s.empty()) {
    return false;
  }
  for (const char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

// The original name's extension, lower case, if it looks like one ("jpg"); "" otherwise.
std::string extension_of(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= name.size() || name.size() - dot - 1 > 5) {
    return "";
  }
  std::string ext = lower_ascii(std::string(name.substr(dot + 1)));
  for (const char c : ext) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      return "";
    }
  }
  return ext;
}

// Formats whose bytes are already compressed: deflating them again only costs time.
bool already_compressed(std::string_view name) {
  static const std::set<std::string, std::less<>> k_exts = {
      "jpg", "jpeg", "png", "webp", "gif", "mp4", "mov", "m4a", "mp3", "ogg", "opus", "zip",
      "pdf", "docx", "xlsx", "pptx", "heic", "webm", "mkv", "3gp", "aac", "7z", "gz", "rar", "avi"};
  return k_exts.count(extension_of(name)) > 0;
}

std::string_view kind_word(model::AttachmentKind k) {
  using K = model::AttachmentKind;
  switch (k) {
    case K::photo: return "photo";
    case K::video: return "video";
    case K::audio: return "audio";
    case K::voice: return "voice message";
    case K::sticker: return "sticker";
    case K::gif: return "GIF";
    case K::document: return "document";
    case K::contact: return "contact";
    case K::other: break;
  }
  return "file";
}

// ---- the format ---------------------------------------------------------------------------

struct Media {
  std::string name;  // at the package root, byte-identical to the <attached: NAME> token
  std::string hash;
};

// The same stored file attached again: same name and content (the JSONL export's rule).
using MediaKey = std::pair<std::string, std::string>;  // (original file name, content hash)

// One package being assembled: its text and the media it references.
struct Part {
  std::string text;
  std::vector<Media> media;
  // Each file ships once per package and every reference names that one copy; the next
  // package ships it again, as each is imported on its own.
  std::map<MediaKey, std::string> shipped;
  std::set<std::string> folded_names;  // for case-insensitive uniqueness inside the package
  std::uint32_t counter = 0;            // NNNNNNNN of the last numbered media file
  int last_day = -1;                    // yyyymmdd of the last message written
  bool has_messages = false;
};

// One message rendered against a part, not yet added to it: the size decides whether it
// joins this part or starts the next (rendered again there, as media numbers restart).
struct Rendered {
  std::string text;
  std::vector<Media> media;
  std::map<MediaKey, std::string> shipped;
  std::set<std::string> folded_names;
  std::uint32_t counter = 0;
};

// Packages written per export (keyed by its OutputDir), for the instructions in finish():
// ExportedChat holds one file per chat, a split chat has several packages.
class PackageLog {
 public:
  void add(const OutputDir* out, const std::string& stem, std::string package) {
    const std::lock_guard lock(m_mutex);
    m_log[out][stem].push_back(std::move(package));
  }
  std::map<std::string, std::vector<std::string>> take(const OutputDir* out) {
    const std::lock_guard lock(m_mutex);
    auto node = m_log.extract(out);
    return node.empty() ? std::map<std::string, std::vector<std::string>>{} : std::move(node.mapped());
  }

 private:
  std::mutex m_mutex;
  std::map<const OutputDir*, std::map<std::string, std::vector<std::string>>> m_log;
};

class TelegramChatWriter : public ChatWriter {
 public:
  TelegramChatWriter(const ChatTarget& target, OutputDir& out, std::size_t limit, PackageLog& log)
      : m_target(target), m_out(out), m_limit(limit), m_log(log) {
    const model::Chat& chat = target.chat.chat;
    const ExportOptions& o = target.options;
    // Throws Error(usage) naming an unknown zone: wrong times would import silently.
    const std::string zone = !o.zone.empty() ? o.zone : !chat.zone.empty() ? chat.zone : std::string("UTC");
    m_clock.emplace(zone);
    m_title_raw = chat.title.empty() ? chat.key : chat.title;
    m_title = sanitize_sender(m_title_raw);
    for (const auto& p : chat.participants) {
      if (p.is_self) {
        m_self_names.insert(p.name);
      }
    }
    for (const auto& p : chat.participants) {
      if (!p.is_self) {
        m_creator = sender_name(p.name);
        break;
      }
    }
    if (m_creator.empty()) {
      m_creator = chat.participants.empty() ? std::string("Unknown") : sender_name(chat.participants.front().name);
    }
  }

  void write_message(const model::Message& msg, const std::vector<std::string>&) override {
    const timeutil::LocalDateTime t = m_clock->to_local(msg.time_ms);
    if (place(msg, t)) {
      return;
    }
    for (const model::Message& piece : split_oversized(msg, t)) {
      if (!place(piece, t)) {
        throw Error(ErrorCategory::internal, "a piece of " + describe(msg, t) + " is over the package limit");
      }
    }
  }

  void end_chat() override {
    if (!m_part.has_messages) {
      start_part(m_clock->to_local(m_target.chat.first_ms));
    }
    flush_part(false);
  }

  const std::string& file() const override { return m_first_zip; }

 private:
  std::string stamp(const timeutil::LocalDateTime& t) const {
    return "[" + two(t.day) + "/" + two(t.month) + "/" + std::to_string(t.year) + ", " + two(t.hour) + ":" +
           two(t.minute) + ":" + two(t.second) + "] ";
  }

  std::string sender_name(const std::string& raw) const {
    const ExportOptions& o = m_target.options;
    if (!o.self_name.empty() && m_self_names.count(raw) > 0) {
      return sanitize_sender(o.self_name);
    }
    for (const auto& [from, to] : o.renames) {
      if (raw == from) {
        return sanitize_sender(to);
      }
    }
    return sanitize_sender(raw);
  }

  // Renders against the current part; if it does not fit (or the part is nearly full and a
  // new day starts), closes the part and renders again, because media numbers and names
  // belong to the package. False, with an empty part started, when the message alone is
  // over the limit.
  bool place(const model::Message& msg, const timeutil::LocalDateTime& t) {
    const int day = t.year * 10000 + t.month * 100 + t.day;
    if (m_part.has_messages) {
      Rendered r = render(msg, t, m_part);
      const bool over = m_part.text.size() + r.text.size() > m_limit;
      const bool soft = m_part.text.size() > m_limit / 10 * 9 && day != m_part.last_day;
      if (!over && !soft) {
        commit(std::move(r), day);
        return true;
      }
      flush_part(true);
    }
    start_part(t);
    Rendered r = render(msg, t, m_part);
    if (m_part.text.size() + r.text.size() > m_limit) {
      return false;
    }
    commit(std::move(r), day);
    return true;
  }

  // A message whose text alone passes the limit (no app sends 32 MiB, but a damaged export
  // can make one message of a whole file) becomes several messages with its time and sender,
  // each small enough for an empty package, so every package stays importable and no text is
  // lost: its text cut by cut_text, the first piece keeping everything else (attachments,
  // reply, poll, ...), the last the "(edited)" mark, each the deleted one. Refused,
  // Error(input) naming the message, only when even the rest of it cannot fit a package.
  std::vector<model::Message> split_oversized(const model::Message& msg, const timeutil::LocalDateTime& t) const {
    model::Message head = msg;
    head.text.clear();
    model::Message tail;
    tail.id = msg.id;
    tail.time_ms = msg.time_ms;
    tail.offset_min = msg.offset_min;
    tail.sender = msg.sender;
    tail.kind = msg.is_system() ? model::MessageKind::system : model::MessageKind::text;
    tail.edited = msg.edited;
    tail.deleted = msg.deleted;
    tail.origin = msg.origin;
    // What a piece costs besides its text lines, with every mark it may carry; the slack
    // covers "deleted: " and " (edited)" joining a text line instead of standing alone.
    const Part empty = new_part(t);
    constexpr std::size_t k_slack = 32;
    const std::size_t overhead =
        empty.text.size() + k_slack + std::max(render(head, t, empty).text.size(), render(tail, t, empty).text.size());
    if (overhead + 8 > m_limit) {
      throw Error(ErrorCategory::input, describe(msg, t) + " cannot fit a Telegram package of " +
                                            std::to_string(m_limit) + " bytes even without its text");
    }
    std::vector<std::string> texts = cut_text(msg.text, m_limit - overhead);
    std::vector<model::Message> pieces;
    pieces.reserve(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
      model::Message piece = i == 0 ? head : tail;
      piece.text = std::move(texts[i]);
      piece.edited = i + 1 == texts.size() && msg.edited;
      pieces.push_back(std::move(piece));
    }
    return pieces;
  }

  // "the message of 12/03/2021, 10:00:00 from Anna (id 7)", for errors.
  std::string describe(const model::Message& msg, const timeutil::LocalDateTime& t) const {
    std::string s = stamp(t);
    s = s.substr(1, s.size() - 3);  // without "[" and "] "
    return "the message of " + s + " from " + (msg.sender.empty() ? std::string("(system)") : msg.sender) +
           (msg.id != 0 ? " (id " + std::to_string(msg.id) + ")" : std::string());
  }

  // A new package's start: for a group, the creation line dated `t`.
  Part new_part(const timeutil::LocalDateTime& t) const {
    Part part;
    // The text's own name is taken inside the zip.
    part.folded_names.insert(fold_case(k_zip_text_name));
    if (m_target.chat.chat.is_group) {
      // §7.A.3: the first line makes checkHistoryImport answer "group" with the title.
      part.text += stamp(t) + m_title + ": " + k_system_mark + m_creator + " created group \"" + m_title + "\"\n";
    }
    return part;
  }

  void start_part(const timeutil::LocalDateTime& t) { m_part = new_part(t); }

  // A unique media name inside the package, or "" when the file is not shipped.
  std::string media_name(const model::Attachment& att, const timeutil::LocalDateTime& t, const Part& part,
                         Rendered& r) const {
    using K = model::AttachmentKind;
    std::string ext = extension_of(att.file_name);
    std::string label;
    switch (att.kind) {
      case K::photo: label = "PHOTO"; if (ext.empty()) ext = "jpg"; break;
      case K::video: label = "VIDEO"; if (ext.empty()) ext = "mp4"; break;
      case K::voice:
      case K::audio: label = "AUDIO"; if (ext.empty()) ext = "opus"; break;
      case K::sticker: label = "STICKER"; if (ext.empty()) ext = "webp"; break;
      case K::gif: if (ext == "mp4") label = "VIDEO"; break;
      default: break;
    }
    std::string name;
    if (!label.empty()) {
      ++r.counter;
      char num[16];
      std::snprintf(num, sizeof num, "%08u", static_cast<unsigned>(r.counter));
      name = std::string(num) + "-" + label + "-" + std::to_string(t.year) + "-" + two(t.month) + "-" + two(t.day) +
             "-" + two(t.hour) + "-" + two(t.minute) + "-" + two(t.second) + "." + ext;
    } else {
      name = sanitize_component(att.file_name.empty() ? att.content_hash.substr(0, 16) : att.file_name);
    }
    // Numbered names are unique already; kept names get " (2)" before the extension.
    std::string unique = name;
    const auto taken = [&](const std::string& n) {
      const std::string f = fold_case(n);
      return part.folded_names.count(f) > 0 || r.folded_names.count(f) > 0;
    };
    for (int n = 2; taken(unique); ++n) {
      const auto dot = name.rfind('.');
      const std::string base = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
      const std::string tail = dot == std::string::npos || dot == 0 ? "" : name.substr(dot);
      unique = sanitize_component(base + " (" + std::to_string(n) + ")" + tail);
    }
    r.folded_names.insert(fold_case(unique));
    return unique;
  }

  // Everything but the attachments, as lines: what WhatsApp text cannot carry becomes text.
  std::vector<std::string> body_lines(const model::Message& msg) const {
    std::vector<std::string> lines;
    if (msg.forwarded_from) {
      lines.push_back("\xE2\x86\xAA forwarded from " + one_line(*msg.forwarded_from));
    }
    if (msg.reply_to) {
      lines.push_back("\xE2\x86\xAA reply to " + (all_digits(*msg.reply_to) ? "message " + *msg.reply_to
                                                                             : one_line(*msg.reply_to)));
    }
    std::vector<std::string> text = msg.text.empty() ? std::vector<std::string>{} : split_lines(msg.text);
    if (msg.deleted) {
      lines.emplace_back("This message was deleted");
      if (!text.empty()) {
        text.front() = "deleted: " + text.front();
      }
    }
    if (msg.edited) {
      if (text.empty()) {
        text.emplace_back("(edited)");
      } else {
        text.back() += " (edited)";
      }
    }
    lines.insert(lines.end(), text.begin(), text.end());
    if (msg.poll) {
      lines.push_back("\xF0\x9F\x93\x8A POLL: " + one_line(msg.poll->question));
      for (const auto& opt : msg.poll->options) {
        lines.push_back("- " + one_line(opt.text) + " (" + std::to_string(opt.votes) +
                        (opt.votes == 1 ? " vote)" : " votes)"));
      }
    }
    if (msg.location) {
      std::string l = "\xF0\x9F\x93\x8D ";
      if (!msg.location->label.empty()) {
        l += one_line(msg.location->label) + " ";
      }
      l += "https://maps.google.com/?q=" + format_number(msg.location->lat) + "," + format_number(msg.location->lon);
      if (msg.location->live) {
        l += " (live)";
      }
      lines.push_back(l);
    }
    // A link behind a word (Telegram's text_link) is not in the text: the URL would be lost.
    for (const auto& link : msg.links) {
      if (!link.url.empty() && msg.text.find(link.url) == std::string::npos) {
        lines.push_back("\xF0\x9F\x94\x97 " + (link.title.empty() ? "" : one_line(link.title) + ": ") + one_line(link.url));
      }
    }
    if (msg.call) {
      const std::string what = msg.call->video ? "video call" : "call";
      std::string l = "\xF0\x9F\x93\x9E ";
      if (msg.call->missed) {
        l += "Missed " + what;
      } else {
        l += std::string(msg.call->video ? "Video call" : "Call");
        if (msg.call->duration_s) {
          l += " (" + std::to_string(*msg.call->duration_s) + " s)";
        }
      }
      lines.push_back(l);
    }
    if (!msg.reactions.empty()) {
      std::string r;
      for (const auto& reaction : msg.reactions) {
        r += (r.empty() ? "" : ", ") + one_line(reaction.emoji) + " " + sender_name(reaction.actor);
      }
      lines.push_back("reactions: " + r);
    }
    return lines;
  }

  Rendered render(const model::Message& msg, const timeutil::LocalDateTime& t, const Part& part) const {
    Rendered r;
    r.counter = part.counter;
    const std::string prefix =
        stamp(t) + (msg.is_system() || msg.sender.empty() ? (msg.is_system() ? m_title : std::string("Unknown"))
                                                          : sender_name(msg.sender)) +
        ": " + (msg.is_system() ? k_system_mark : "");
    const std::vector<std::string> body = body_lines(msg);
    // Each attachment is its own message (§7.A.4); the text follows the first as its
    // continuation, the caption position WhatsApp itself uses.
    std::vector<std::string> heads;
    for (const auto& att : msg.attachments) {
      const bool shipped = m_target.options.copy_media && !att.missing && !att.content_hash.empty();
      if (shipped) {
        MediaKey key{att.file_name, att.content_hash};
        const auto in_part = part.shipped.find(key);
        const auto in_msg = r.shipped.find(key);
        std::string name = in_part != part.shipped.end() ? in_part->second
                           : in_msg != r.shipped.end()   ? in_msg->second
                                                         : std::string();
        if (name.empty()) {
          name = media_name(att, t, part, r);
          r.media.push_back(Media{name, att.content_hash});
          r.shipped.emplace(std::move(key), name);
        }
        heads.push_back("<attached: " + name + ">");
      } else {
        // Never reference a file that is not in the package: say so in words instead.
        std::string h = "\xE2\x80\xB9" + std::string(kind_word(att.kind)) + " not in the export";
        if (!att.file_name.empty()) {
          h += ": " + one_line(att.file_name);
        }
        heads.push_back(h + "\xE2\x80\xBA");
      }
    }
    std::string out;
    std::size_t next_body = 0;
    if (heads.empty()) {
      out += prefix + (body.empty() ? std::string() : body.front()) + "\n";
      next_body = 1;
    } else {
      out += prefix + heads.front() + "\n";
    }
    for (std::size_t i = next_body; i < body.size(); ++i) {
      out += escape_continuation(body[i]) + "\n";
    }
    for (std::size_t i = 1; i < heads.size(); ++i) {
      out += prefix + heads[i] + "\n";
    }
    r.text = std::move(out);
    return r;
  }

  void commit(Rendered r, int day) {
    m_part.text += r.text;
    m_part.media.insert(m_part.media.end(), r.media.begin(), r.media.end());
    m_part.folded_names.merge(r.folded_names);
    m_part.shipped.merge(r.shipped);
    m_part.counter = r.counter;
    m_part.has_messages = true;
    m_part.last_day = day;
  }

  // Writes the current part as the Android folder, then the zip from the folder's files, so
  // media bytes are read from the archive once and never held in memory.
  // `more`: another part follows. A chat is cut only when a message does not fit, so
  // "part 1" is known when part 1 is written; a chat that fits keeps the plain title.
  void flush_part(bool more) {
    ++m_parts;
    const bool split = more || m_parts > 1;
    write_package(split ? m_title_raw + " - part " + std::to_string(m_parts) : m_title_raw);
  }

  void write_package(const std::string& title) {
    const std::string zip_rel = m_out.claim("", "WhatsApp Chat - " + title + ".zip");
    const std::string folder = m_out.claim("", "WhatsApp Chat with " + title);
    ZipWriter zip(m_out.full_path(zip_rel));  // fails first if the zip exists

    const std::string txt_rel = m_out.claim(folder, "WhatsApp Chat with " + title + ".txt");
    {
      OutputFile f = m_out.create(txt_rel);
      f.write(m_part.text);
      f.close();
    }
    zip.add_buffer(std::string(k_zip_text_name), m_part.text);
    for (const auto& media : m_part.media) {
      const std::string rel = m_out.claim(folder, media.name);
      // The text already names the file: the folder must hold exactly that name.
      if (rel != folder + "/" + media.name) {
        throw Error(ErrorCategory::internal, "media name '" + media.name + "' changed to '" + rel + "'");
      }
      copy_blob(m_target.reader, media.hash, m_out, rel);
      zip.add_file(media.name, m_out.full_path(rel), already_compressed(media.name));
    }
    zip.close();
    if (m_first_zip.empty()) {
      m_first_zip = zip_rel;
    }
    m_log.add(&m_out, m_target.stem, zip_rel + "  +  " + folder + "/");
  }

 private:
  const ChatTarget& m_target;
  OutputDir& m_out;
  std::size_t m_limit;
  PackageLog& m_log;
  std::optional<timeutil::ZoneClock> m_clock;
  std::string m_title_raw;  // for file names (OutputDir sanitises)
  std::string m_title;      // for the text
  std::string m_creator;
  std::set<std::string> m_self_names;
  Part m_part;
  int m_parts = 0;
  std::string m_first_zip;
};

class TelegramExporter : public Exporter {
 public:
  explicit TelegramExporter(std::size_t limit) : m_limit(limit) {}
  std::string_view name() const override { return "telegram"; }
  std::string_view description() const override {
    return "packages Telegram's Import chat accepts: an iPhone zip and an Android folder per chat";
  }
  bool copies_media_itself() const override { return true; }

  std::unique_ptr<ChatWriter> begin_chat(const ChatTarget& target, OutputDir& out) override {
    return std::make_unique<TelegramChatWriter>(target, out, m_limit, m_log);
  }

  void finish(const std::vector<ExportedChat>& chats, OutputDir& out) override {
    auto packages = m_log.take(&out);
    std::string s;
    s += "Importing these chats into Telegram\n";
    s += "===================================\n\n";
    s += "Each chat was written twice: a zip for iPhone and a folder for Android.\n\n";
    s += "Before you start\n";
    s += "- A one-to-one chat can be imported only into a chat with a mutual contact.\n";
    s += "- A group can be imported only into a group where you are an admin; Telegram turns\n";
    s += "  it into a supergroup if it is not one already.\n";
    s += "- Imported messages appear at the end of the chat, after its existing messages, but\n";
    s += "  keep their original dates.\n";
    s += "- A chat written as several parts (\"- part 1\", \"- part 2\", ...) must be imported\n";
    s += "  in order, one part at a time: wait until one import has finished before the next.\n\n";
    s += "iPhone\n";
    s += "1. Send the zip \"WhatsApp Chat - <chat>.zip\" to the iPhone (AirDrop, or the Files app).\n";
    s += "2. In Files, tap and hold the zip (do not unzip it), then Share -> Telegram.\n";
    s += "3. Pick the chat to import into and confirm Import.\n\n";
    s += "Android\n";
    s += "1. Copy the folder \"WhatsApp Chat with <chat>\" to the phone.\n";
    s += "2. In a file manager, open the folder and select the .txt file AND all media files in it.\n";
    s += "3. Share -> Telegram, pick the chat to import into and confirm Import.\n";
    s += "   (Sharing the zip on Android imports the text only, without media.)\n\n";
    s += "Packages written\n";
    for (const auto& c : chats) {
      s += "- " + one_line(c.chat.chat.title.empty() ? c.chat.chat.key : c.chat.chat.title) + "\n";
      for (const auto& p : packages[c.stem]) {
        s += "    " + p + "\n";
      }
    }
    const std::string rel = out.claim("", "IMPORT-TO-TELEGRAM.txt");
    OutputFile f = out.create(rel);
    f.write(s);
    f.close();
  }

 private:
  std::size_t m_limit;
  PackageLog m_log;
};

}  // namespace

std::unique_ptr<Exporter> make_telegram_package_exporter() {
  return std::make_unique<TelegramExporter>(k_telegram_text_limit);
}

std::unique_ptr<Exporter> make_telegram_package_exporter(std::size_t text_limit) {
  return std::make_unique<TelegramExporter>(text_limit);
}

}  // namespace chatvault::exporters
