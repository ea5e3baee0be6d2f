#pragma once
// The languages Meta's HTML pages write dates in: month names, the words a date may carry
// besides them, and the order of all-numeric dates. Data only; html_dates.cpp reads with it.
#include <span>
#include <string_view>

namespace chatvault::importers::meta {

struct MonthName {
  std::string_view name;  // lower case: full, abbreviated and genitive forms all listed
  int month;              // 1..12
};

// Field order of a date written in numbers only ("02.01.2020", "1/2/2020").
enum class NumericOrder { dmy, mdy, ymd };

struct DateLanguage {
  std::string_view code;                      // "en", "en-GB", "de", "pt"…
  std::span<const MonthName> months;
  std::span<const std::string_view> ignored;  // weekday names and filler words ("at", "um", "kl"), lower case
  NumericOrder order = NumericOrder::dmy;
  bool dot_time = false;                      // "15.47" is a time (Indonesian, Norwegian, Danish)
};

// Every language, in the order they are tried when a page does not say its own (English first).
std::span<const DateLanguage> date_languages();

}  // namespace chatvault::importers::meta
