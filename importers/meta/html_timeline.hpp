#pragma once
// What the two HTML readers share: telling dates from other labels, reading the times of a
// page's messages in the page's one language, and putting them oldest first.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/meta/html_document.hpp"
#include "model/message.hpp"
#include "model/sink.hpp"
#include "util/time.hpp"

namespace chatvault::importers::meta {

// The text of `n` (whitespace normalised, one line) if it is short enough to be a date label;
// bounded, so asking it of every element of a hostile page stays linear.
std::optional<std::string> date_label(const html::Node* n);
// True if date_label(n) reads as a date in some language (an ambiguous zone still counts).
bool looks_like_date(const html::Node* n);

// `text` in single quotes for a message to the user, cut (between code points) past 60 bytes.
std::string quoted_excerpt(std::string_view text);

struct PendingMessage {
  model::Message msg;      // everything but the time; origin set
  std::string time_text;   // the time as the page wrote it
  std::size_t group = 0;   // the caller's grouping (the legacy page's thread index)
};

// Sets time_ms, offset_min and native_time (the UTC minute) of each
// pending message from its time_text, all read in one language: that of `lang_attr` (<html
// lang>) unless another reads more of them. A time written with an ambiguous zone ("CDT") is
// read as a wall clock in `clock`'s zone, with one sink.warning per zone; a time that cannot be
// read goes to sink.skipped and its message out of `pending`. Returns the language's code, empty
// when no time was read.
std::string settle_times(std::vector<PendingMessage>& pending, std::string_view lang_attr,
                         timeutil::ZoneClock* clock, model::Sink& sink);

// Whether a page lists its messages newest first: the way most of its neighbouring times go,
// counted over all `runs` (each thread's messages in page order); newest first, as Meta writes
// its pages, when no two neighbours differ.
bool newest_first(const std::vector<const std::vector<model::Message>*>& runs);

// `messages`, given in page order, oldest first: by time, and equal times in the page's direction.
void put_oldest_first(std::vector<model::Message>& messages, bool newest_first);

}  // namespace chatvault::importers::meta
