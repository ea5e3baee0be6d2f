#include "importers/whatsapp/chat_import.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "importers/whatsapp/body_classifier.hpp"
#include "importers/whatsapp/chat_source.hpp"
#include "importers/whatsapp/date_order.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "importers/whatsapp/recent_senders.hpp"
#include "importers/whatsapp/senders.hpp"
#include "importers/whatsapp/text_match.hpp"
#include "importers/whatsapp/vcard.hpp"
#include "util/error.hpp"
#include "util/time.hpp"
#include "util/utf8.hpp"

namespace chatvault::importers::whatsapp {
namespace {

constexpr std::size_t k_max_senders = 100000;  // a bound on pass-1 memory for hostile input

// How often a first-split author's lines continue with the same "REST: " segment: if always,
// the name itself contains ": " ("Dr: Who: hello").
struct AuthorLines {
  std::uint64_t lines = 0;
  std::string ext_raw;   // raw "A: B" of the first line; empty if that line had no second ": "
  bool consistent = true;
};

struct LayoutStats {
  std::uint64_t headers = 0;
  std::uint64_t with_meridiem = 0;
  DateOrderEvidence evidence;
  std::vector<std::string> senders;  // people, in order of first appearance
  std::unordered_set<std::string> seen;
  std::unordered_map<std::string, AuthorLines> by_raw_author;
  std::vector<std::pair<std::string, bool>> system_like;  // (author, group event) of "A: <system text>"
  bool group_event = false;
};

struct Scan {
  std::array<LayoutStats, 3> layouts;
  bool any_text = false;
  std::vector<ColonName> known_colon_names;  // from the known chat and --self
};

// "YYYY-MM-DDTHH:MM" as timeutil::format_minute_key writes it, without printf for the usual
// ranges, into `out` (whose buffer is reused).
void minute_key(const timeutil::LocalDateTime& t, std::string& out) {
  if (t.year < 0 || t.year > 9999 || t.month < 0 || t.month > 99 || t.day < 0 || t.day > 99 || t.hour < 0 ||
      t.hour > 99 || t.minute < 0 || t.minute > 99) {
    out = timeutil::format_minute_key(t);
    return;
  }
  out.resize(16);
  auto two = [&out](std::size_t at, int v) {
    out[at] = static_cast<char>('0' + v / 10);
    out[at + 1] = static_cast<char>('0' + v % 10);
  };
  two(0, t.year / 100);
  two(2, t.year % 100);
  out[4] = '-';
  two(5, t.month);
  out[7] = '-';
  two(8, t.day);
  out[10] = 'T';
  two(11, t.hour);
  out[13] = ':';
  two(14, t.minute);
}

// Pass 2: whether the name is one of pass 1's senders.
struct SenderFacts {
  bool known = false;
};
using SenderCache = RecentSenders<SenderFacts>;

const Sender& no_sender() {
  static const Sender s;
  return s;
}

bool blank(std::string_view line) {
  line = skip_invisible_prefix(line);
  for (const char c : line) {
    if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return true;
}

// Pass 1's facts about an author of one layout: whether its name is already among the
// senders, and its AuthorLines (stable: map nodes never move).
struct AuthorFacts {
  bool listed = false;             // who.name is in LayoutStats::seen
  AuthorLines* lines = nullptr;    // by_raw_author[raw], once looked up
};
using AuthorCache = RecentSenders<AuthorFacts>;

// al.ext_raw == (second author ? author + ": " + second : ""), without building the right side.
bool same_ext(const std::string& ext_raw, bool has_ext, std::string_view author, std::string_view second) {
  if (!has_ext) return ext_raw.empty();
  const std::string_view e = ext_raw;
  return e.size() == author.size() + 2 + second.size() && e.starts_with(author) &&
         e.substr(author.size(), 2) == ": " && e.ends_with(second);
}

Scan scan(const ChatText& text, std::vector<ColonName> known_colon_names) {
  Scan s;
  s.known_colon_names = std::move(known_colon_names);
  auto reader = text.open();
  LineReader lines(*reader, text.max_line);
  Line line;
  std::array<AuthorCache, 3> author_caches;
  Folded scratch;
  while (lines.next(line)) {
    if (line.too_long) {
      s.any_text = true;
      continue;
    }
    if (!s.any_text && !blank(line.text)) {
      s.any_text = true;
    }
    const auto st = parse_header(line.text);
    if (!st) {
      continue;
    }
    const auto li = static_cast<std::size_t>(st->layout);
    LayoutStats& ls = s.layouts[li];
    const bool first = ls.headers == 0;
    ++ls.headers;
    ls.with_meridiem += st->meridiem != Meridiem::none ? 1 : 0;
    ls.evidence.add(*st);
    const std::string_view rest = line.text.substr(st->rest_offset);
    const RestSplit split = split_known(rest, s.known_colon_names);
    if (split.has_author) {
      AuthorCache::Entry& entry = author_caches[li].get(split.author, [](AuthorFacts& f) { f = AuthorFacts{}; });
      const Sender& who = entry.who;
      // The classification below is the costly part of this pass. For an author already
      // counted, a line can only set the group flag (through a notice) and feed its
      // AuthorLines; a system_like entry of a counted author is ignored by settle_names. Once
      // its AuthorLines can no longer make a colon name (the first line had no second ": ",
      // or the lines disagreed), only the notice check can change anything, and not even that
      // once the group question is settled (three senders never become fewer; the flag is
      // never cleared).
      const bool lines_settled = entry.lines && (entry.lines->ext_raw.empty() || !entry.lines->consistent);
      if (lines_settled && (ls.group_event || ls.senders.size() > 2)) {
        continue;
      }
      if (is_notice(split.body, first, scratch)) {
        ls.group_event = ls.group_event || is_group_event(split.body, scratch);
      } else if (lines_settled) {
        continue;
      } else if (is_system_text(rest, scratch)) {
        if (ls.system_like.size() < k_max_senders) ls.system_like.emplace_back(who.name, is_group_event(rest, scratch));
      } else if (!who.name.empty() && ls.seen.size() < k_max_senders) {
        if (!entry.listed) {
          if (ls.seen.insert(who.name).second) ls.senders.push_back(who.name);
          entry.listed = true;
        }
        if (!entry.lines) entry.lines = &ls.by_raw_author[std::string(split.author)];
        AuthorLines& al = *entry.lines;
        const RestSplit second = split_rest(split.body);
        const bool has_ext = second.has_author && !second.author.empty();
        if (al.lines == 0) {
          al.ext_raw = has_ext ? std::string(split.author) + ": " + std::string(second.author) : std::string();
        } else if (al.consistent && !same_ext(al.ext_raw, has_ext, split.author, second.author)) {
          al.consistent = false;
        }
        ++al.lines;
      }
    } else if (!ls.group_event && ls.senders.size() <= 2 && is_group_event(split.body, scratch)) {
      ls.group_event = true;
    }
  }
  return s;
}

// Pass-1 conclusions about names: authors whose every line (two or more) continues with the
// same "X: " are named "A: X"; "A: <system text>" lines by no known sender are group events.
std::vector<ColonName> settle_names(LayoutStats& ls, std::vector<ColonName> known) {
  for (const auto& [raw, al] : ls.by_raw_author) {
    if (al.lines < 2 || !al.consistent || al.ext_raw.empty()) continue;
    const std::string short_name = clean_sender(raw).name;
    const std::string long_name = clean_sender(al.ext_raw).name;
    known.push_back(ColonName{al.ext_raw, long_name});
    if (ls.seen.count(long_name) == 0) {
      std::replace(ls.senders.begin(), ls.senders.end(), short_name, long_name);
      ls.seen.erase(short_name);
      ls.seen.insert(long_name);
    }
  }
  for (const auto& [author, group] : ls.system_like) {
    if (group && ls.seen.count(author) == 0) ls.group_event = true;
  }
  std::sort(known.begin(), known.end(), [](const ColonName& a, const ColonName& b) { return a.raw.size() > b.raw.size(); });
  return known;
}

struct Pending {
  bool active = false;
  bool first = false;
  std::uint64_t line = 0;
  timeutil::LocalDateTime local;
  bool has_author = false;
  const Sender* sender = &no_sender();  // a SenderCache entry (valid until the next header) or no_sender()
  std::string body;
};

class Emitter {
 public:
  Emitter(const ChatText& text, const ImportOptions& options, model::Sink& sink, timeutil::ZoneClock& clock)
      : m_text(text), m_options(options), m_sink(sink), m_clock(clock) {}

  void emit(Pending& p) {
    model::Message m;
    m.origin.file = std::move(m_spare_file);
    m.origin.file.assign(m_text.path);
    m.origin.line = p.line;
    const model::Origin& origin = m.origin;
    const Sender& sender = *p.sender;
    bool repaired = sender.repaired;
    if (!is_valid_utf8(p.body)) {
      p.body = utf8::repair(p.body);
      repaired = true;
    }
    if (repaired) {
      m_sink.warning(origin, "invalid UTF-8 replaced with U+FFFD");
    }
    Classified c;
    c.text = std::move(m_spare_text);
    classify_body(p.body, p.has_author, p.first, m_scratch, c);
    const timeutil::UtcInstant utc = m_clock.to_utc(p.local);
    m.time_ms = utc.utc_ms;
    m.offset_min = utc.offset_min;
    m.native_time = std::move(m_spare_time);
    minute_key(p.local, m.native_time);
    m.kind = c.kind;
    m.text = std::move(c.text);
    m.edited = c.edited;
    m.deleted = c.deleted;
    m.location = std::move(c.location);
    m.poll = std::move(c.poll);
    m.call = std::move(c.call);
    std::string extra;
    auto add = [&extra](std::string_view key, std::string_view json_value) {
      extra += extra.empty() ? "{" : ",";
      extra += '"';
      extra += key;
      extra += "\":";
      extra += json_value;
    };
    if (p.has_author) {
      if (c.notice) {
        add("attributed_to", "\"" + json_escape(sender.name) + "\"");
      } else {
        m.sender = sender.name;
      }
      if (sender.tilde) {
        add("tilde", "true");
      }
    }
    if (c.view_once) {
      add("view_once", "true");
    }
    if (c.pages) {
      add("pages", std::to_string(*c.pages));
    }
    if (!c.edited_marker.empty()) {
      add("edited_marker", "\"" + json_escape(c.edited_marker) + "\"");
    }
    if (c.has_attachment) {
      model::Attachment a;
      a.kind = c.attachment_kind;
      a.file_name = c.attachment_name;
      a.mime = mime_from_file_name(a.file_name);
      if (c.attachment_omitted || a.file_name.empty()) {
        a.missing = true;
      } else if (auto found = m_text.find_media ? m_text.find_media(a.file_name) : std::nullopt) {
        a.size = found->size;
        if (a.kind == model::AttachmentKind::contact && found->open) {
          add("contact", vcard_json(read_vcard(found->open, origin)));
        }
        if (m_options.include_media) {
          a.open = std::move(found->open);
        }
      } else {
        a.missing = true;
      }
      if (a.kind == model::AttachmentKind::contact) {
        m.kind = model::MessageKind::contact;
        if (a.missing && !a.file_name.empty() && !c.attachment_omitted) {
          // Android names the card after the contact even when the export does not hold it.
          VCard named;
          named.name = a.file_name.ends_with(".vcf") || a.file_name.ends_with(".VCF")
                           ? a.file_name.substr(0, a.file_name.size() - 4)
                           : a.file_name;
          add("contact", vcard_json(named));
        }
      }
      m.attachments.push_back(std::move(a));
    }
    if (!extra.empty()) {  // else the model's "{}" stays
      extra += '}';
      m.extra_json = std::move(extra);
    }
    m_sink.message(std::move(m));
    // The buffers of the strings the sink did not take (moved-from ones may be left empty)
    // serve the next message instead of fresh allocations.
    m_spare_text = std::move(m.text);
    m_spare_time = std::move(m.native_time);
    m_spare_file = std::move(m.origin.file);
    ++m_count;
    p.active = false;
    p.body.clear();
  }

  std::uint64_t count() const { return m_count; }

  // Reads a contact card (at most 1 MiB) and parses it; an unreadable card gives an empty one.
  VCard read_vcard(const model::Opener& open, const model::Origin& origin) {
    constexpr std::size_t k_max_card = std::size_t{1} << 20;
    try {
      auto r = open();
      std::string bytes;
      char buf[8192];
      while (bytes.size() < k_max_card) {
        const std::size_t n = r->read(buf, sizeof buf);
        if (n == 0) break;
        bytes.append(buf, n);
      }
      return parse_vcard(bytes);
    } catch (const Error& e) {
      m_sink.warning(origin, std::string("contact card not readable: ") + e.what());
      return VCard{};
    }
  }

 private:
  const ChatText& m_text;
  const ImportOptions& m_options;
  model::Sink& m_sink;
  timeutil::ZoneClock& m_clock;
  std::uint64_t m_count = 0;
  Folded m_scratch;  // classify_body's folded key, reused
  std::string m_spare_text;  // buffers of the last message's strings, reused
  std::string m_spare_time;
  std::string m_spare_file;
};

FieldOrder forced_order(DateOrder o) {
  switch (o) {
    case DateOrder::mdy:
      return FieldOrder::mdy;
    case DateOrder::ymd:
      return FieldOrder::ymd;
    default:
      return FieldOrder::dmy;
  }
}

std::string layout_name(Layout l) {
  switch (l) {
    case Layout::bracketed:
      return "iOS \"[date, time] name: text\"";
    case Layout::dash:
      return "Android \"date, time - name: text\"";
    case Layout::colon:
      return "\"date, time: name: text\"";
  }
  return "";
}

}  // namespace

ImportReport import_chat_text(const ChatText& text, const ImportOptions& options, model::Sink& sink) {
  const model::Origin file_origin{text.path, 0, {}};
  const std::string key = options.into_chat.empty() ? text.title : options.into_chat;
  // What the archive remembers of this chat: its zone, date order and self.
  std::optional<model::Chat> known;
  if (options.known_chat) {
    known = options.known_chat(model::Platform::whatsapp, key);
  }
  std::string self_name = options.self_name;
  if (self_name.empty() && known) {
    for (const model::Participant& kp : known->participants) {
      if (kp.is_self) {
        self_name = kp.name;
        break;
      }
    }
  }
  std::vector<ColonName> colon_names;
  if (self_name.find(": ") != std::string::npos) {
    colon_names.push_back(ColonName{self_name, self_name});
  }
  if (known) {
    for (const model::Participant& kp : known->participants) {
      if (kp.name.find(": ") != std::string::npos) colon_names.push_back(ColonName{kp.name, kp.name});
    }
  }
  // Pass 1: every header, for the layout, the date order and the senders.
  Scan s = scan(text, colon_names);
  if (!s.any_text) {
    throw Error(ErrorCategory::input, file_origin, "empty file, not a WhatsApp export");
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < s.layouts.size(); ++i) {
    if (s.layouts[i].headers > s.layouts[best].headers) {
      best = i;
    }
  }
  LayoutStats& ls = s.layouts[best];
  if (ls.headers == 0) {
    throw Error(ErrorCategory::input, file_origin,
                "not a WhatsApp export: no line starts with a message header such as "
                "\"18/03/2022, 14:56 - Name: text\" or \"[3/18/22, 2:56:01 PM] Name: text\"");
  }
  const auto layout = static_cast<Layout>(best);
  colon_names = settle_names(ls, std::move(colon_names));
  const std::unordered_set<std::string>& senders = ls.seen;

  ImportReport report;
  FieldOrder order = FieldOrder::dmy;
  bool ambiguous = false;
  const std::string remembered = known ? known->date_order : std::string();
  if (options.date_order != DateOrder::automatic) {
    order = forced_order(options.date_order);
    report.date_order = to_string(order);
  } else {
    const DateDecision d = ls.evidence.decide();
    order = d.order;
    const bool mostly_year_first = ls.evidence.year_first_count() > ls.evidence.other_count();
    report.date_order = mostly_year_first ? "ymd" : to_string(order);
    using B = DateDecision::Basis;
    if ((remembered == "dmy" || remembered == "mdy") && !mostly_year_first) {
      // The order decided at this chat's first import wins over weaker evidence.
      const FieldOrder mine = order;
      order = remembered == "dmy" ? FieldOrder::dmy : FieldOrder::mdy;
      report.date_order = remembered;
      if (d.basis == B::field_over_12 && mine != order) {
        report.notes.push_back(text.path + ": dates in this file read as " + to_string(mine) +
                               " (a field above 12), but the chat was imported before as " + remembered +
                               "; read as " + remembered + ". If that is wrong, import again with --date-order " +
                               to_string(mine));
      }
    } else if (d.basis == B::ambiguous) {
      report.notes.push_back(text.path + ": the day/month order is ambiguous (no date has a day above 12 "
                             "and the dates give no other clue); read as day-first (dmy). If the dates are "
                             "month-first, import again with --date-order mdy");
      ambiguous = true;
    } else if (d.basis == B::monotonic || d.basis == B::change_frequency) {
      report.notes.push_back(text.path + ": no date has a day above 12; the order " + to_string(order) +
                             " was inferred from how the dates change. If it is wrong, import again with "
                             "--date-order " + (order == FieldOrder::dmy ? "mdy" : "dmy"));
    } else if (d.conflicting) {
      report.notes.push_back(text.path + ": dates are written in both day-first and month-first order "
                             "(a merged file?); read as " + to_string(order) +
                             "; lines that do not fit are kept as text of the previous message");
    }
  }
  // 12 or 24 hours: a file whose headers mostly carry AM/PM markers is a 12-hour file; its
  // headers without a marker are read as written (24-hour) and counted.
  const bool twelve_hour = ls.with_meridiem * 2 > ls.headers;

  // Chat header, from pass 1.
  model::Chat chat;
  chat.platform = model::Platform::whatsapp;
  chat.title = text.title;
  chat.key = key;
  chat.is_group = ls.senders.size() > 2 || ls.group_event;
  chat.date_order = report.date_order;
  for (const std::string& name : ls.senders) {
    model::Participant p;
    p.name = name;
    p.is_self = !self_name.empty() && name == self_name;
    chat.participants.push_back(std::move(p));
  }
  std::string zone = options.zone;
  if (zone.empty() && known && !known->zone.empty()) {
    zone = known->zone;
  }
  if (zone.empty()) {
    zone = timeutil::ZoneClock::system_zone_name();
  }
  timeutil::ZoneClock clock(zone);
  chat.zone = clock.name();
  report.zone = clock.name();

  // Pass 2: the messages, one by one.
  sink.begin_chat(chat);
  if (ambiguous) {
    sink.warning(file_origin, "ambiguous day/month order, read as day-first (force with --date-order)");
  }
  Emitter emitter(text, options, sink, clock);
  Pending p;
  std::uint64_t before_first = 0;
  std::uint64_t too_long = 0;
  std::uint64_t impossible_dates = 0;
  std::uint64_t no_marker = 0;
  bool seen_header = false;
  {
    auto reader = text.open();
    LineReader lines(*reader, text.max_line);
    Line line;
    SenderCache sender_cache;
    Folded scratch;
    while (lines.next(line)) {
      if (line.too_long) {
        ++too_long;
        sink.skipped({text.path, line.number, {}},
                     "line longer than " + std::to_string(text.max_line >> 20) + " MiB skipped");
        continue;
      }
      const auto st = parse_header(line.text);
      std::optional<timeutil::LocalDateTime> local;
      bool bad_date = false;
      if (st && st->layout == layout) {
        local = resolve(*st, order);
        bad_date = !local;
      }
      if (bad_date) {
        ++impossible_dates;
      }
      if (local && twelve_hour && st->meridiem == Meridiem::none && st->hour >= 1 && st->hour <= 12) {
        ++no_marker;
      }
      if (local) {
        if (p.active) {
          emitter.emit(p);
        }
        p.active = true;
        p.first = !seen_header;
        seen_header = true;
        p.line = line.number;
        p.local = *local;
        const std::string_view rest = line.text.substr(st->rest_offset);
        const RestSplit split = split_known(rest, colon_names);
        p.has_author = false;
        p.sender = &no_sender();
        if (split.has_author) {
          const SenderCache::Entry& e = sender_cache.get(
              split.author, [&](SenderCache::Entry& n) { n.known = senders.count(n.who.name) != 0; });
          p.sender = &e.who;
          p.has_author = !e.who.name.empty();
          // "X created group “Re: plans”": a system line whose text holds ": ", not a sender.
          if (p.has_author && !e.known && !is_notice(split.body, p.first, scratch) && is_system_text(rest, scratch)) {
            p.has_author = false;
            p.sender = &no_sender();
          }
        }
        p.body.assign(p.has_author ? split.body : rest);
      } else if (p.active) {
        p.body += '\n';
        p.body.append(line.text);
      } else if (bad_date) {
        sink.skipped({text.path, line.number, {}},
                     "the date does not exist when read as " + to_string(order) + " (see --date-order)");
      } else if (!blank(line.text)) {
        ++before_first;
        sink.skipped({text.path, line.number, {}}, "text before the first message header");
      }
    }
    if (p.active) {
      emitter.emit(p);  // inside this block: p.sender points into sender_cache
    }
  }
  sink.end_chat();

  if (before_first > 0) {
    report.notes.push_back(text.path + ": " + std::to_string(before_first) +
                           " line(s) before the first message header were skipped");
  }
  if (impossible_dates > 0) {
    report.notes.push_back(text.path + ": " + std::to_string(impossible_dates) +
                           " header line(s) have dates that do not exist when read as " + to_string(order) +
                           "; they were kept as text of the message before them (is --date-order right?)");
  }
  if (no_marker > 0) {
    report.notes.push_back(text.path + ": a 12-hour export, but " + std::to_string(no_marker) +
                           " header line(s) have no AM/PM marker; they were read as 24-hour times");
  }
  if (too_long > 0) {
    report.notes.push_back(text.path + ": " + std::to_string(too_long) + " over-long line(s) skipped");
  }
  std::uint64_t other_layouts = 0;
  for (std::size_t i = 0; i < s.layouts.size(); ++i) {
    if (i != best) {
      other_layouts += s.layouts[i].headers;
    }
  }
  if (other_layouts > 0) {
    report.notes.push_back(text.path + ": the export uses the " + layout_name(layout) + " layout; " +
                           std::to_string(other_layouts) +
                           " line(s) that look like headers of another layout were kept as message text");
  }
  report.dst_gaps = clock.gaps();
  report.dst_overlaps = clock.overlaps();
  return report;
}

}  // namespace chatvault::importers::whatsapp
