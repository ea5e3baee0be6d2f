#include "bench/dump_sink.hpp"

#include <cstdio>
#include <string>

namespace chatvault::bench {
namespace {

// Quoted with every control character escaped, so one record stays one line.
std::string q(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

template <class T>
std::string opt(const std::optional<T>& v) {
  if (!v) return "-";
  if constexpr (std::is_same_v<T, std::string>) {
    return q(*v);
  } else {
    return std::to_string(*v);
  }
}

std::string origin(const model::Origin& o) { return q(o.file) + ":" + std::to_string(o.line) + ":" + q(o.path); }

std::string number(double d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

}  // namespace

void DumpSink::begin_chat(const model::Chat& chat) {
  m_out << "chat platform=" << model::to_string(chat.platform) << " key=" << q(chat.key) << " title=" << q(chat.title)
        << " group=" << chat.is_group << " zone=" << q(chat.zone) << " date_order=" << q(chat.date_order)
        << " participants=[";
  for (const auto& p : chat.participants) {
    m_out << "(" << q(p.name) << " id=" << q(p.platform_id) << " self=" << p.is_self << ")";
  }
  m_out << "]\n";
}

void DumpSink::message(model::Message&& m) {
  m_out << "msg id=" << m.id << " sender=" << q(m.sender) << " time_ms=" << m.time_ms << " offset_min=" << opt(m.offset_min)
        << " native_time=" << q(m.native_time) << " native_id=" << q(m.native_id) << " sender_id=" << q(m.sender_id)
        << " kind=" << model::to_string(m.kind) << " text=" << q(m.text) << " deleted=" << m.deleted
        << " edited=" << m.edited << " reply_to=" << opt(m.reply_to) << " forwarded_from=" << opt(m.forwarded_from)
        << " extra=" << q(m.extra_json) << " attachments=[";
  for (const auto& a : m.attachments) {
    m_out << "(" << model::to_string(a.kind) << " " << q(a.file_name) << " mime=" << q(a.mime) << " size=" << opt(a.size)
          << " duration_ms=" << opt(a.duration_ms) << " w=" << opt(a.width) << " h=" << opt(a.height)
          << " hash=" << q(a.content_hash) << " missing=" << a.missing << " open=" << static_cast<bool>(a.open) << ")";
  }
  m_out << "] reactions=[";
  for (const auto& r : m.reactions) m_out << "(" << q(r.actor) << " " << q(r.emoji) << ")";
  m_out << "] links=[";
  for (const auto& l : m.links) m_out << "(" << q(l.url) << " " << q(l.title) << ")";
  m_out << "] call=";
  if (m.call) {
    m_out << "(duration_s=" << opt(m.call->duration_s) << " missed=" << m.call->missed << " video=" << m.call->video << ")";
  } else {
    m_out << "-";
  }
  m_out << " location=";
  if (m.location) {
    m_out << "(" << number(m.location->lat) << " " << number(m.location->lon) << " " << q(m.location->label)
          << " live=" << m.location->live << ")";
  } else {
    m_out << "-";
  }
  m_out << " poll=";
  if (m.poll) {
    m_out << "(" << q(m.poll->question);
    for (const auto& o : m.poll->options) m_out << " " << q(o.text) << "=" << o.votes;
    m_out << ")";
  } else {
    m_out << "-";
  }
  m_out << " origin=" << origin(m.origin) << "\n";
}

void DumpSink::end_chat() { m_out << "end_chat\n"; }

void DumpSink::skipped(const model::Origin& where, std::string_view reason) {
  m_out << "skipped origin=" << origin(where) << " reason=" << q(reason) << "\n";
}

void DumpSink::warning(const model::Origin& where, std::string_view text) {
  m_out << "warning origin=" << origin(where) << " text=" << q(text) << "\n";
}

}  // namespace chatvault::bench
