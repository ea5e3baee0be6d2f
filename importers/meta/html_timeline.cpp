#include "importers/meta/html_timeline.hpp"

#include <algorithm>
#include <set>

#include "importers/meta/html_dates.hpp"

namespace chatvault::importers::meta {
namespace {

// A date is one short line; the bounds keep the question cheap on hostile pages.
constexpr std::size_t k_date_nodes = 24;
constexpr std::size_t k_date_bytes = 160;

}  // namespace

std::optional<std::string> date_label(const html::Node* n) {
  auto t = html::bounded_text(n, k_date_nodes, k_date_bytes);
  if (t) *t = html::normalise_space(*t);
  return t;
}

bool looks_like_date(const html::Node* n) {
  const auto t = date_label(n);
  return t && !t->empty() && parse_html_date(*t).failure != DateFailure::unexpected_format;
}

std::string quoted_excerpt(std::string_view text) {
  constexpr std::size_t k_shown = 60;
  std::string out(text.substr(0, k_shown));
  // Never cut a UTF-8 sequence in half.
  while (out.size() < text.size() && !out.empty() && (static_cast<unsigned char>(text[out.size()]) & 0xC0) == 0x80) {
    out.pop_back();
  }
  return "'" + out + (out.size() < text.size() ? "…'" : "'");
}

std::string settle_times(std::vector<PendingMessage>& pending, std::string_view lang_attr,
                         timeutil::ZoneClock* clock, model::Sink& sink) {
  std::vector<std::string> samples;
  samples.reserve(pending.size());
  for (const PendingMessage& p : pending) samples.push_back(p.time_text);
  const DateLanguage* lang = guess_date_language(samples, date_language_for_tag(lang_attr));
  std::set<std::string> warned;
  std::vector<PendingMessage> kept;
  kept.reserve(pending.size());
  for (PendingMessage& p : pending) {
    DateParse d = parse_html_date(p.time_text, lang);
    // A page in one language may still hold a date in another (a quoted one, a changed setting).
    if (d.failure == DateFailure::unexpected_format) d = parse_html_date(p.time_text, nullptr);
    if (d.failure == DateFailure::unexpected_format) {
      sink.skipped(p.msg.origin,
                   "time " + quoted_excerpt(p.time_text) + " is not a date this reader knows (" + d.detail + ")");
      continue;
    }
    if (d.failure == DateFailure::ambiguous_zone && warned.insert(d.detail).second) {
      sink.warning(p.msg.origin, d.detail + ": its times are read in " + (clock != nullptr ? clock->name() : "UTC") +
                                     " instead; pass --tz with the zone the export was made in");
    }
    const timeutil::UtcInstant at = to_instant(*d.date, clock);
    p.msg.time_ms = at.utc_ms;
    p.msg.offset_min = at.offset_min;
    // The UTC minute, as the JSON reader writes it: the HTML and the JSON download of one chat
    // (read in the account's zone) give the same fingerprints.
    p.msg.native_time = timeutil::format_utc_minute(at.utc_ms);
    kept.push_back(std::move(p));
  }
  pending = std::move(kept);
  return lang != nullptr && !pending.empty() ? std::string(lang->code) : std::string();
}

bool newest_first(const std::vector<const std::vector<model::Message>*>& runs) {
  std::size_t rising = 0;
  std::size_t falling = 0;
  for (const auto* run : runs) {
    for (std::size_t i = 1; i < run->size(); ++i) {
      const std::int64_t a = (*run)[i - 1].time_ms;
      const std::int64_t b = (*run)[i].time_ms;
      rising += a < b ? 1 : 0;
      falling += a > b ? 1 : 0;
    }
  }
  return falling >= rising;
}

void put_oldest_first(std::vector<model::Message>& messages, bool newest_first) {
  if (newest_first) std::reverse(messages.begin(), messages.end());
  std::stable_sort(messages.begin(), messages.end(),
                   [](const model::Message& a, const model::Message& b) { return a.time_ms < b.time_ms; });
}

}  // namespace chatvault::importers::meta
