#include "importers/whatsapp/chat_import.hpp"

#include <unordered_set>
#include <vector>

#include "importers/whatsapp/body_classifier.hpp"
#include "importers/whatsapp/date_order.hpp"
#include "importers/whatsapp/emitter.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/header_scan.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "importers/whatsapp/recent_senders.hpp"
#include "importers/whatsapp/senders.hpp"
#include "importers/whatsapp/text_match.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::importers::whatsapp {
namespace {

// Pass 2: whether the name is one of pass 1's senders.
struct SenderFacts {
  bool known = false;
};
using SenderCache = RecentSenders<SenderFacts>;

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

// What is known of the chat before its text is read.
struct Known {
  std::string key;
  std::optional<model::Chat> chat;  // what the archive remembers of it: its zone, date order and self
  std::string self_name;
  std::vector<ColonName> colon_names;  // names holding ": ", from --self and the known chat
};

Known known_before_reading(const ChatText& text, const ImportOptions& options) {
  Known k;
  k.key = options.into_chat.empty() ? text.title : options.into_chat;
  if (options.known_chat) {
    k.chat = options.known_chat(model::Platform::whatsapp, k.key);
  }
  k.self_name = options.self_name;
  if (k.self_name.empty() && k.chat) {
    for (const model::Participant& kp : k.chat->participants) {
      if (kp.is_self) {
        k.self_name = kp.name;
        break;
      }
    }
  }
  if (k.self_name.find(": ") != std::string::npos) {
    k.colon_names.push_back(ColonName{k.self_name, k.self_name});
  }
  if (k.chat) {
    for (const model::Participant& kp : k.chat->participants) {
      if (kp.name.find(": ") != std::string::npos) k.colon_names.push_back(ColonName{kp.name, kp.name});
    }
  }
  return k;
}

struct FirstPass {
  Scan scan;
  std::size_t best = 0;  // the layout most headers are written in
};

// Pass 1: every header, for the layout, the date order and the senders. Throws Error(input)
// when the text is empty or has no header at all.
FirstPass first_pass(const ChatText& text, const std::vector<ColonName>& colon_names, const model::Origin& file_origin) {
  FirstPass f{scan(text, colon_names), 0};
  if (!f.scan.any_text) {
    throw Error(ErrorCategory::input, file_origin, "empty file, not a WhatsApp export");
  }
  for (std::size_t i = 1; i < f.scan.layouts.size(); ++i) {
    if (f.scan.layouts[i].headers > f.scan.layouts[f.best].headers) {
      f.best = i;
    }
  }
  if (f.scan.layouts[f.best].headers == 0) {
    throw Error(ErrorCategory::input, file_origin,
                "not a WhatsApp export: no line starts with a message header such as "
                "\"18/03/2022, 14:56 - Name: text\" or \"[3/18/22, 2:56:01 PM] Name: text\"");
  }
  return f;
}

struct DateChoice {
  FieldOrder order = FieldOrder::dmy;
  bool ambiguous = false;  // nothing decided it: the chat is warned about
};

// The day/month order: --date-order, else the order remembered for the chat over weaker
// evidence, else pass 1's decision. Sets report.date_order and adds the notes the user
// should hear about.
DateChoice choose_date_order(const LayoutStats& ls, const ImportOptions& options, const std::string& remembered,
                             const std::string& path, ImportReport& report) {
  DateChoice choice;
  if (options.date_order != DateOrder::automatic) {
    choice.order = forced_order(options.date_order);
    report.date_order = to_string(choice.order);
    return choice;
  }
  const DateDecision d = ls.evidence.decide();
  FieldOrder& order = choice.order;
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
      report.notes.push_back(path + ": dates in this file read as " + to_string(mine) +
                             " (a field above 12), but the chat was imported before as " + remembered +
                             "; read as " + remembered + ". If that is wrong, import again with --date-order " +
                             to_string(mine));
    }
  } else if (d.basis == B::ambiguous) {
    report.notes.push_back(path + ": the day/month order is ambiguous (no date has a day above 12 "
                           "and the dates give no other clue); read as day-first (dmy). If the dates are "
                           "month-first, import again with --date-order mdy");
    choice.ambiguous = true;
  } else if (d.basis == B::monotonic || d.basis == B::change_frequency) {
    report.notes.push_back(path + ": no date has a day above 12; the order " + to_string(order) +
                           " was inferred from how the dates change. If it is wrong, import again with "
                           "--date-order " + (order == FieldOrder::dmy ? "mdy" : "dmy"));
  } else if (d.conflicting) {
    report.notes.push_back(path + ": dates are written in both day-first and month-first order "
                           "(a merged file?); read as " + to_string(order) +
                           "; lines that do not fit are kept as text of the previous message");
  }
  return choice;
}

// Chat header, from pass 1; its zone is set by the caller.
model::Chat chat_header(const ChatText& text, const Known& k, const LayoutStats& ls, const std::string& date_order) {
  model::Chat chat;
  chat.platform = model::Platform::whatsapp;
  chat.title = text.title;
  chat.key = k.key;
  chat.is_group = ls.senders.size() > 2 || ls.group_event;
  chat.date_order = date_order;
  for (const std::string& name : ls.senders) {
    model::Participant p;
    p.name = name;
    p.is_self = !k.self_name.empty() && name == k.self_name;
    chat.participants.push_back(std::move(p));
  }
  return chat;
}

// --tz, else the zone remembered for the chat, else this computer's.
std::string zone_of(const ImportOptions& options, const std::optional<model::Chat>& known) {
  std::string zone = options.zone;
  if (zone.empty() && known && !known->zone.empty()) {
    zone = known->zone;
  }
  if (zone.empty()) {
    zone = timeutil::ZoneClock::system_zone_name();
  }
  return zone;
}

// How pass 2 reads headers, from pass 1's conclusions.
struct Reading {
  Layout layout;
  FieldOrder order;
  bool twelve_hour;
  const std::vector<ColonName>& colon_names;
  const std::unordered_set<std::string>& senders;
};

// What pass 2 skipped or read as written, for the summary.
struct SecondPassCounts {
  std::uint64_t before_first = 0;
  std::uint64_t too_long = 0;
  std::uint64_t impossible_dates = 0;
  std::uint64_t no_marker = 0;
};

// Pass 2: the messages, one by one, through `emitter`; skipped lines go to `sink`.
SecondPassCounts second_pass(const ChatText& text, const Reading& r, Emitter& emitter, model::Sink& sink) {
  SecondPassCounts n;
  bool seen_header = false;
  auto reader = text.open();
  LineReader lines(*reader, text.max_line);
  Line line;
  SenderCache sender_cache;
  Pending p;  // after sender_cache: p.sender points into it
  Folded scratch;
  while (lines.next(line)) {
    if (line.too_long) {
      ++n.too_long;
      sink.skipped({text.path, line.number, {}},
                   "line longer than " + std::to_string(text.max_line >> 20) + " MiB skipped");
      continue;
    }
    const auto st = parse_header(line.text);
    std::optional<timeutil::LocalDateTime> local;
    bool bad_date = false;
    if (st && st->layout == r.layout) {
      local = resolve(*st, r.order);
      bad_date = !local;
    }
    if (bad_date) {
      ++n.impossible_dates;
    }
    if (local && r.twelve_hour && st->meridiem == Meridiem::none && st->hour >= 1 && st->hour <= 12) {
      ++n.no_marker;
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
      const RestSplit split = split_known(rest, r.colon_names);
      p.has_author = false;
      p.sender = &no_sender();
      if (split.has_author) {
        const SenderCache::Entry& e = sender_cache.get(
            split.author, [&](SenderCache::Entry& f) { f.known = r.senders.count(f.who.name) != 0; });
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
                   "the date does not exist when read as " + to_string(r.order) + " (see --date-order)");
    } else if (!is_blank_line(line.text)) {
      ++n.before_first;
      sink.skipped({text.path, line.number, {}}, "text before the first message header");
    }
  }
  if (p.active) {
    emitter.emit(p);
  }
  return n;
}

// The notes on what pass 2 skipped or read as written, and on headers of the other layouts.
void add_summary(const std::string& path, const SecondPassCounts& n, const FirstPass& f, FieldOrder order,
                 ImportReport& report) {
  if (n.before_first > 0) {
    report.notes.push_back(path + ": " + std::to_string(n.before_first) +
                           " line(s) before the first message header were skipped");
  }
  if (n.impossible_dates > 0) {
    report.notes.push_back(path + ": " + std::to_string(n.impossible_dates) +
                           " header line(s) have dates that do not exist when read as " + to_string(order) +
                           "; they were kept as text of the message before them (is --date-order right?)");
  }
  if (n.no_marker > 0) {
    report.notes.push_back(path + ": a 12-hour export, but " + std::to_string(n.no_marker) +
                           " header line(s) have no AM/PM marker; they were read as 24-hour times");
  }
  if (n.too_long > 0) {
    report.notes.push_back(path + ": " + std::to_string(n.too_long) + " over-long line(s) skipped");
  }
  std::uint64_t other_layouts = 0;
  for (std::size_t i = 0; i < f.scan.layouts.size(); ++i) {
    if (i != f.best) {
      other_layouts += f.scan.layouts[i].headers;
    }
  }
  if (other_layouts > 0) {
    report.notes.push_back(path + ": the export uses the " + layout_name(static_cast<Layout>(f.best)) + " layout; " +
                           std::to_string(other_layouts) +
                           " line(s) that look like headers of another layout were kept as message text");
  }
}

}  // namespace

ImportReport import_chat_text(const ChatText& text, const ImportOptions& options, model::Sink& sink) {
  const model::Origin file_origin{text.path, 0, {}};
  Known k = known_before_reading(text, options);
  FirstPass f = first_pass(text, k.colon_names, file_origin);
  LayoutStats& ls = f.scan.layouts[f.best];
  const std::vector<ColonName> colon_names = settle_names(ls, std::move(k.colon_names));

  ImportReport report;
  const DateChoice dates =
      choose_date_order(ls, options, k.chat ? k.chat->date_order : std::string(), text.path, report);
  // 12 or 24 hours: a file whose headers mostly carry AM/PM markers is a 12-hour file; its
  // headers without a marker are read as written (24-hour) and counted.
  const bool twelve_hour = ls.with_meridiem * 2 > ls.headers;

  model::Chat chat = chat_header(text, k, ls, report.date_order);
  timeutil::ZoneClock clock(zone_of(options, k.chat));
  chat.zone = clock.name();
  report.zone = clock.name();

  sink.begin_chat(chat);
  if (dates.ambiguous) {
    sink.warning(file_origin, "ambiguous day/month order, read as day-first (force with --date-order)");
  }
  Emitter emitter(text, options, sink, clock);
  const Reading reading{static_cast<Layout>(f.best), dates.order, twelve_hour, colon_names, ls.seen};
  const SecondPassCounts counts = second_pass(text, reading, emitter, sink);
  sink.end_chat();

  add_summary(text.path, counts, f, dates.order, report);
  report.dst_gaps = clock.gaps();
  report.dst_overlaps = clock.overlaps();
  return report;
}

}  // namespace chatvault::importers::whatsapp
