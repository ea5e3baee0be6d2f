#include "importers/whatsapp/chat_import.hpp"

#include <array>
#include <unordered_set>
#include <vector>

#include "importers/whatsapp/body_classifier.hpp"
#include "importers/whatsapp/chat_source.hpp"
#include "importers/whatsapp/date_order.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "util/error.hpp"
#include "util/time.hpp"
#include "util/utf8.hpp"

namespace chatvault::importers::whatsapp {
namespace {

constexpr std::size_t k_max_senders = 100000;  // a bound on pass-1 memory for hostile input

struct Sender {
  std::string name;
  bool tilde = false;
  bool repaired = false;
};

bool is_bidi(char32_t cp) {
  return cp == 0x200E || cp == 0x200F || cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

// The sender as a person reads it: bidi marks removed, spaces trimmed, "~ " (not in the
// exporter's contacts) turned into a flag.
Sender clean_sender(std::string_view raw) {
  Sender s;
  std::string valid;
  if (!utf8::is_valid(raw)) {
    valid = utf8::repair(raw);
    raw = valid;
    s.repaired = true;
  }
  std::string out;
  out.reserve(raw.size());
  for (std::size_t pos = 0; pos < raw.size();) {
    std::size_t n = 1;
    const char32_t cp = utf8::decode(raw, pos, n);
    if (!is_bidi(cp)) {
      out.append(raw.substr(pos, n));
    }
    pos += n;
  }
  auto trim = [](std::string& t) {
    while (!t.empty() && t.back() == ' ') {
      t.pop_back();
    }
    std::size_t i = 0;
    while (i < t.size() && t[i] == ' ') {
      ++i;
    }
    t.erase(0, i);
  };
  trim(out);
  for (std::string_view p : {std::string_view("~ "), std::string_view("~\xC2\xA0"), std::string_view("~\xE2\x80\xAF")}) {
    if (out.starts_with(p)) {
      out.erase(0, p.size());
      s.tilde = true;
      trim(out);
      break;
    }
  }
  s.name = std::move(out);
  return s;
}

struct LayoutStats {
  std::uint64_t headers = 0;
  DateOrderEvidence evidence;
  std::vector<std::string> senders;  // people, in order of first appearance
  std::unordered_set<std::string> seen;
  bool group_event = false;
};

struct Scan {
  std::array<LayoutStats, 3> layouts;
  bool any_text = false;
};

bool blank(std::string_view line) {
  line = skip_invisible_prefix(line);
  for (const char c : line) {
    if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return true;
}

Scan scan(const ChatText& text) {
  Scan s;
  auto reader = text.open();
  LineReader lines(*reader, text.max_line);
  Line line;
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
    LayoutStats& ls = s.layouts[static_cast<std::size_t>(st->layout)];
    const bool first = ls.headers == 0;
    ++ls.headers;
    ls.evidence.add(*st);
    const RestSplit split = split_rest(line.text.substr(st->rest_offset));
    if (split.has_author) {
      Sender who = clean_sender(split.author);
      if (is_notice(split.body, first)) {
        ls.group_event = ls.group_event || is_group_event(split.body);
      } else if (!who.name.empty() && ls.seen.size() < k_max_senders && ls.seen.insert(who.name).second) {
        ls.senders.push_back(who.name);
      }
    } else if (!ls.group_event && is_group_event(split.body)) {
      ls.group_event = true;
    }
  }
  return s;
}

struct Pending {
  bool active = false;
  bool first = false;
  std::uint64_t line = 0;
  timeutil::LocalDateTime local;
  bool has_author = false;
  Sender sender;
  std::string body;
};

class Emitter {
 public:
  Emitter(const ChatText& text, const ImportOptions& options, model::Sink& sink, timeutil::ZoneClock& clock)
      : m_text(text), m_options(options), m_sink(sink), m_clock(clock) {}

  void emit(Pending& p) {
    model::Origin origin{m_text.path, p.line, {}};
    bool repaired = p.sender.repaired;
    if (!utf8::is_valid(p.body)) {
      p.body = utf8::repair(p.body);
      repaired = true;
    }
    if (repaired) {
      m_sink.warning(origin, "invalid UTF-8 replaced with U+FFFD");
    }
    Classified c = classify_body(p.body, p.has_author, p.first);
    model::Message m;
    const timeutil::UtcInstant utc = m_clock.to_utc(p.local);
    m.time_ms = utc.utc_ms;
    m.offset_min = utc.offset_min;
    m.native_time = timeutil::format_minute_key(p.local);
    m.kind = c.kind;
    m.text = std::move(c.text);
    m.edited = c.edited;
    m.deleted = c.deleted;
    m.location = std::move(c.location);
    m.poll = std::move(c.poll);
    m.call = std::move(c.call);
    m.origin = origin;
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
        add("attributed_to", "\"" + json_escape(p.sender.name) + "\"");
      } else {
        m.sender = p.sender.name;
      }
      if (p.sender.tilde) {
        add("tilde", "true");
      }
    }
    if (c.view_once) {
      add("view_once", "true");
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
        if (m_options.include_media) {
          a.open = std::move(found->open);
        }
      } else {
        a.missing = true;
      }
      m.attachments.push_back(std::move(a));
    }
    m.extra_json = extra.empty() ? "{}" : extra + "}";
    m_sink.message(std::move(m));
    ++m_count;
    p.active = false;
    p.body.clear();
  }

  std::uint64_t count() const { return m_count; }

 private:
  const ChatText& m_text;
  const ImportOptions& m_options;
  model::Sink& m_sink;
  timeutil::ZoneClock& m_clock;
  std::uint64_t m_count = 0;
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
  // Pass 1: every header, for the layout, the date order and the senders.
  const Scan s = scan(text);
  if (!s.any_text) {
    throw Error(ErrorCategory::input, file_origin, "empty file, not a WhatsApp export");
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < s.layouts.size(); ++i) {
    if (s.layouts[i].headers > s.layouts[best].headers) {
      best = i;
    }
  }
  const LayoutStats& ls = s.layouts[best];
  if (ls.headers == 0) {
    throw Error(ErrorCategory::input, file_origin,
                "not a WhatsApp export: no line starts with a message header such as "
                "\"18/03/2022, 14:56 - Name: text\" or \"[3/18/22, 2:56:01 PM] Name: text\"");
  }
  const auto layout = static_cast<Layout>(best);

  ImportReport report;
  FieldOrder order = FieldOrder::dmy;
  bool ambiguous = false;
  if (options.date_order != DateOrder::automatic) {
    order = forced_order(options.date_order);
    report.date_order = to_string(order);
  } else {
    const DateDecision d = ls.evidence.decide();
    order = d.order;
    const bool mostly_year_first = ls.evidence.year_first_count() > ls.evidence.other_count();
    report.date_order = mostly_year_first ? "ymd" : to_string(order);
    using B = DateDecision::Basis;
    if (d.basis == B::ambiguous) {
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

  // Chat header, from pass 1.
  model::Chat chat;
  chat.platform = model::Platform::whatsapp;
  chat.title = text.title;
  chat.key = options.into_chat.empty() ? text.title : options.into_chat;
  chat.is_group = ls.senders.size() > 2 || ls.group_event;
  for (const std::string& name : ls.senders) {
    model::Participant p;
    p.name = name;
    p.is_self = !options.self_name.empty() && name == options.self_name;
    chat.participants.push_back(std::move(p));
  }
  std::string zone = options.zone;
  if (zone.empty() && options.known_chat) {
    if (auto known = options.known_chat(model::Platform::whatsapp, chat.key); known && !known->zone.empty()) {
      zone = known->zone;
    }
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
  bool seen_header = false;
  {
    auto reader = text.open();
    LineReader lines(*reader, text.max_line);
    Line line;
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
        const RestSplit split = split_rest(rest);
        p.has_author = false;
        p.sender = Sender{};
        if (split.has_author) {
          p.sender = clean_sender(split.author);
          p.has_author = !p.sender.name.empty();
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
  }
  if (p.active) {
    emitter.emit(p);
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
