#pragma once
// Chat and Participant: one conversation's identity and members.
#include <string>
#include <vector>

#include "model/platform.hpp"

namespace chatvault::model {

struct Participant {
  std::string name;
  std::string platform_id;  // empty where the export has none
  bool is_self = false;
};

struct Chat {
  Platform platform = Platform::whatsapp;
  std::string key;          // stable native identity (WhatsApp: title from the file name)
  std::string title;
  bool is_group = false;
  std::vector<Participant> participants;
  std::string zone;         // IANA zone wall-clock times were read in; empty if the source had UTC
  // For sources whose dates are ambiguous (WhatsApp): "dmy", "mdy" or "ymd" as decided at the
  // first import, so later exports of the same chat are read the same way. Empty otherwise.
  std::string date_order;
  // Set by an importer that put this chat under the key of a stored one it continues (Messenger's
  // E2EE half of a chat and its history): no overlap is expected, so none is warned of.
  bool continues_stored = false;
};

}  // namespace chatvault::model
