#pragma once
// Message, Attachment, Reaction, Link and their kinds: the platform-neutral record of one chat message.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/byte_reader.hpp"
#include "model/origin.hpp"

namespace chatvault::model {

enum class MessageKind { text, media, system, call, location, contact, poll, sticker, deleted };
enum class AttachmentKind { photo, video, audio, voice, sticker, gif, document, contact, other };

std::string_view to_string(MessageKind k);
std::optional<MessageKind> message_kind_from_string(std::string_view s);
std::string_view to_string(AttachmentKind k);
std::optional<AttachmentKind> attachment_kind_from_string(std::string_view s);

struct Attachment {
  AttachmentKind kind = AttachmentKind::other;
  std::string file_name;                 // the name the export gave it
  std::string mime;                      // empty when unknown
  std::optional<std::uint64_t> size;     // bytes, when known
  std::optional<std::int64_t> duration_ms;
  std::optional<int> width;
  std::optional<int> height;
  std::string content_hash;              // hex BLAKE2b-256 once stored; empty before
  bool missing = false;                  // referenced by the export but not contained in it
  Opener open;                           // empty when missing or already stored
};

struct Reaction {
  std::string actor;
  std::string emoji;
};

struct Location {
  double lat = 0;
  double lon = 0;
  std::string label;
  bool live = false;
};

struct PollOption {
  std::string text;
  int votes = 0;
};

struct Poll {
  std::string question;
  std::vector<PollOption> options;
};

// A link the source shows as shared (a Telegram link entity, a Messenger share): the URL and the
// title or preview text the source gave it (empty when none). The URL also stays in `text`
// where the source wrote it there.
struct Link {
  std::string url;
  std::string title;
};

struct Call {
  std::optional<std::int64_t> duration_s;
  bool missed = false;
  bool video = false;
};

struct Message {
  std::int64_t id = 0;                   // archive id; 0 until stored
  std::string native_id;                 // the source's own message id (Telegram's), empty where it has none
  std::int64_t time_ms = 0;              // UTC milliseconds since the Unix epoch
  std::optional<int> offset_min;         // original UTC offset in minutes, where known
  // The source's own notion of the time, as written, for fingerprints: WhatsApp's wall clock
  // to the minute ("2022-03-18T14:56"), so a different --tz cannot make a duplicate; for
  // sources with epoch times, the epoch seconds in decimal.
  std::string native_time;
  std::string sender;                    // empty for system messages
  std::string sender_id;                 // the sender's (system: the actor's) platform id, empty where none
  MessageKind kind = MessageKind::text;
  std::string text;                      // valid UTF-8
  bool edited = false;
  bool deleted = false;
  std::optional<std::string> reply_to;   // the native_id of the message replied to, in the same chat
  std::optional<std::string> forwarded_from;
  std::vector<Reaction> reactions;
  std::vector<Attachment> attachments;
  std::optional<Location> location;
  std::optional<Poll> poll;
  std::optional<Call> call;
  std::vector<Link> links;
  std::string extra_json = "{}";         // JSON object: every source field the model has no slot for
  Origin origin;

  bool is_system() const { return kind == MessageKind::system; }
};

}  // namespace chatvault::model
