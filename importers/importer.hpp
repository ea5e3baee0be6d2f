#pragma once
// Importer and ImporterRegistry: the interface every export format implements, and how one is chosen.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/source_tree.hpp"
#include "model/chat.hpp"
#include "model/chat_reader.hpp"
#include "model/platform.hpp"
#include "model/sink.hpp"

namespace chatvault::importers {

enum class DateOrder { automatic, dmy, mdy, ymd };

struct ImportOptions {
  std::string zone;                    // IANA zone for wall-clock sources; empty: previous or system
  DateOrder date_order = DateOrder::automatic;
  std::string self_name;               // --self: the exporting user's display name
  bool include_media = true;           // false: record attachments but do not read their bytes
  std::string into_chat;               // --into: overrides the chat key
  // What the archive remembers of a chat already imported (its zone, self), if anything.
  std::function<std::optional<model::Chat>(model::Platform, std::string_view key)> known_chat;
  // Every chat the archive holds of a platform, with its participants: for joining the halves of
  // a chat the platform hands out in two downloads (Messenger's e2ee_cutover and its E2EE files).
  std::function<std::vector<model::StoredChat>(model::Platform)> known_chats;
};

// What an importer decided on its own, for the import summary.
struct ImportReport {
  std::string zone;                    // the zone wall-clock times were read in; empty if none
  std::string date_order;              // "dmy", "mdy", "ymd" where the format has one
  std::uint64_t dst_gaps = 0;
  std::uint64_t dst_overlaps = 0;
  std::vector<std::string> notes;      // decisions the user should hear about
};

struct Detection {
  int confidence = 0;                  // 0: not this format; 100: certain
  std::string reason;
};

class Importer {
 public:
  virtual ~Importer() = default;
  virtual std::string_view name() const = 0;
  // The service its exports come from: recorded with every import run it makes.
  virtual model::Platform platform() const = 0;
  virtual Detection detect(const SourceTree& tree) const = 0;
  // Streams every chat of `tree` into `sink`. Throws Error(input) when the source is not
  // this format at all; bad records become sink.skipped()/warning() and the import goes on.
  virtual ImportReport import(const SourceTree& tree, const ImportOptions& options,
                              model::Sink& sink) const = 0;
};

class ImporterRegistry {
 public:
  void add(std::unique_ptr<Importer> importer);  // a duplicate name is a bug: throws Error(internal)
  const Importer* find(std::string_view name) const;
  std::vector<std::string> names() const;
  // The importer for `tree`: `format` if given, else the single most confident detection.
  // Throws Error(input) listing the candidates when none or several claim the source.
  const Importer& choose(const SourceTree& tree, std::string_view format) const;
  // The same, except that importers of different platforms that are all certain (confidence
  // >= k_certain) of the same tree are all returned: a Meta download can hold Messenger's and
  // Instagram's chats side by side, and each importer reads only its own.
  std::vector<const Importer*> choose_all(const SourceTree& tree, std::string_view format) const;
  static constexpr int k_certain = 90;

 private:
  std::vector<std::unique_ptr<Importer>> m_importers;
};

// Every importer built into chatvault.
ImporterRegistry builtin_importers();

}  // namespace chatvault::importers
