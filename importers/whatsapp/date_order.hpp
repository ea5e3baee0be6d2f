#pragma once
// The whole-file decision of the day/month order (FORMAT.md §2.5), from every header of pass 1:
// a field > 12 decides; else monotonicity within a year; else which field changes more often;
// else day-first, flagged as ambiguous. Year-first stamps are read as such and give no evidence.
#include <cstdint>
#include <string>

#include "importers/whatsapp/header_parser.hpp"

namespace chatvault::importers::whatsapp {

struct DateDecision {
  FieldOrder order = FieldOrder::dmy;
  enum class Basis { forced, field_over_12, monotonic, change_frequency, ambiguous, year_first } basis =
      Basis::ambiguous;
  bool conflicting = false;  // both orders had a field > 12 (mixed exports); the majority won
};

class DateOrderEvidence {
 public:
  void add(const Stamp& stamp);
  DateDecision decide() const;

  std::uint64_t year_first_count() const { return m_year_first; }
  std::uint64_t other_count() const { return m_other; }

 private:
  std::uint64_t m_year_first = 0;
  std::uint64_t m_other = 0;
  std::uint64_t m_first_over_12 = 0;   // a > 12: day-first
  std::uint64_t m_second_over_12 = 0;  // b > 12: month-first
  std::uint64_t m_first_decreases = 0;   // a fell within a year while b stayed: a is the day
  std::uint64_t m_second_decreases = 0;  // b fell within a year while a stayed: b is the day
  std::uint64_t m_first_changes = 0;
  std::uint64_t m_second_changes = 0;
  bool m_have_prev = false;
  int m_prev_a = 0;
  int m_prev_b = 0;
  int m_prev_year = 0;
};

std::string to_string(FieldOrder order);

}  // namespace chatvault::importers::whatsapp
