#include "importers/whatsapp/emitter.hpp"

#include <nlohmann/json.hpp>

#include "importers/media_types.hpp"
#include "importers/whatsapp/body_classifier.hpp"
#include "importers/whatsapp/vcard.hpp"
#include "util/error.hpp"
#include "util/utf8.hpp"

namespace chatvault::importers::whatsapp {
namespace {

// ordered_json: `extra` keeps the order its keys are added in, as the JSONL schema shows it.
using Json = nlohmann::ordered_json;

// Reads a contact card (at most 1 MiB) and parses it; an unreadable card gives an empty one.
VCard read_vcard(const model::Opener& open, const model::Origin& origin, model::Sink& sink) {
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
    sink.warning(origin, std::string("contact card not readable: ") + e.what());
    return VCard{};
  }
}

}  // namespace

const Sender& no_sender() {
  static const Sender s;
  return s;
}

void Emitter::emit(Pending& p) {
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
  timeutil::format_minute_key(p.local, m.native_time);
  m.kind = c.kind;
  m.text = std::move(c.text);
  m.edited = c.edited;
  m.deleted = c.deleted;
  m.location = std::move(c.location);
  m.poll = std::move(c.poll);
  m.call = std::move(c.call);
  Json extra;  // null, so the usual message with no extra allocates nothing; the first key makes it an object
  if (p.has_author) {
    if (c.notice) {
      extra["attributed_to"] = sender.name;
    } else {
      m.sender = sender.name;
    }
    if (sender.tilde) {
      extra["tilde"] = true;
    }
  }
  if (c.view_once) {
    extra["view_once"] = true;
  }
  if (c.pages) {
    extra["pages"] = *c.pages;
  }
  if (!c.edited_marker.empty()) {
    extra["edited_marker"] = c.edited_marker;
  }
  if (c.has_attachment) {
    model::Attachment a;
    a.kind = c.attachment_kind;
    a.file_name = c.attachment_name;
    a.mime = importers::mime_from_file_name(a.file_name);
    if (c.attachment_omitted || a.file_name.empty()) {
      a.missing = true;
    } else if (auto found = m_text.find_media ? m_text.find_media(a.file_name) : std::nullopt) {
      a.size = found->size;
      if (a.kind == model::AttachmentKind::contact && found->open) {
        extra["contact"] = vcard_json(read_vcard(found->open, origin, m_sink));
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
        extra["contact"] = vcard_json(named);
      }
    }
    m.attachments.push_back(std::move(a));
  }
  if (!extra.is_null()) {  // else the model's "{}" stays
    m.extra_json = extra.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  m_sink.message(std::move(m));
  // The buffers of the strings the sink did not take (moved-from ones may be left empty)
  // serve the next message instead of fresh allocations.
  m_spare_text = std::move(m.text);
  m_spare_time = std::move(m.native_time);
  m_spare_file = std::move(m.origin.file);
  p.active = false;
  p.body.clear();
}

}  // namespace chatvault::importers::whatsapp
