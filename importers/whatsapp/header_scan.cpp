#include "importers/whatsapp/header_scan.hpp"

#include <algorithm>

#include "importers/whatsapp/body_classifier.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "importers/whatsapp/recent_senders.hpp"
#include "importers/whatsapp/text_match.hpp"

namespace chatvault::importers::whatsapp {
namespace {

constexpr std::size_t k_max_senders = 100000;  // a bound on pass-1 memory for hostile input

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

}  // namespace

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
    if (!s.any_text && !is_blank_line(line.text)) {
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

}  // namespace chatvault::importers::whatsapp
