#include "importers/whatsapp/date_order.hpp"

namespace chatvault::importers::whatsapp {

void DateOrderEvidence::add(const Stamp& s) {
  if (s.year_first) {
    ++m_year_first;
    return;
  }
  ++m_other;
  if (s.a > 12) {
    ++m_first_over_12;
  }
  if (s.b > 12) {
    ++m_second_over_12;
  }
  if (m_have_prev && s.year == m_prev_year) {
    // The month cannot fall within a year (in order); the day falls when the month moves on.
    if (s.a < m_prev_a && s.b != m_prev_b) {
      ++m_first_decreases;
    }
    if (s.b < m_prev_b && s.a != m_prev_a) {
      ++m_second_decreases;
    }
  }
  if (m_have_prev) {
    m_first_changes += s.a != m_prev_a ? 1 : 0;
    m_second_changes += s.b != m_prev_b ? 1 : 0;
  }
  m_have_prev = true;
  m_prev_a = s.a;
  m_prev_b = s.b;
  m_prev_year = s.year;
}

DateDecision DateOrderEvidence::decide() const {
  DateDecision d;
  if (m_other == 0) {
    d.order = FieldOrder::ymd;
    d.basis = DateDecision::Basis::year_first;
    return d;
  }
  if (m_first_over_12 > 0 || m_second_over_12 > 0) {
    d.basis = DateDecision::Basis::field_over_12;
    d.conflicting = m_first_over_12 > 0 && m_second_over_12 > 0;
    d.order = m_first_over_12 >= m_second_over_12 ? FieldOrder::dmy : FieldOrder::mdy;
    return d;
  }
  if ((m_first_decreases > 0) != (m_second_decreases > 0)) {
    d.basis = DateDecision::Basis::monotonic;
    d.order = m_first_decreases > 0 ? FieldOrder::dmy : FieldOrder::mdy;
    return d;
  }
  if (m_first_changes != m_second_changes) {
    d.basis = DateDecision::Basis::change_frequency;
    d.order = m_first_changes > m_second_changes ? FieldOrder::dmy : FieldOrder::mdy;
    return d;
  }
  d.basis = DateDecision::Basis::ambiguous;
  d.order = FieldOrder::dmy;
  return d;
}

std::string to_string(FieldOrder order) {
  switch (order) {
    case FieldOrder::dmy:
      return "dmy";
    case FieldOrder::mdy:
      return "mdy";
    case FieldOrder::ymd:
      return "ymd";
  }
  return "dmy";
}

}  // namespace chatvault::importers::whatsapp
