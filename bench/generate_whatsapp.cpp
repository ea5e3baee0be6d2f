#include "bench/generate_whatsapp.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::bench {
namespace {

constexpr std::array<std::string_view, 4> k_people{"Anna Schmidt", "Ben Carter", "Chloé Martin", "+44 7700 900123"};
}  // namespace

GeneratedExport generate_whatsapp_export(const std::filesystem::path& out, std::uint64_t messages,
                                         const Vocabulary& vocabulary, std::uint64_t seed, std::size_t people) {
  if (people < 2 || people > k_people.size()) {
    throw Error(ErrorCategory::usage, "the generator writes chats of 2 to 4 people");
  }
  std::ofstream file(out, std::ios::binary);
  if (!file) {
    throw Error(ErrorCategory::io, "cannot write " + out.string());
  }
  Rng rng{seed};
  GeneratedExport result;
  std::int64_t minute = 1420070400 / 60;  // 2015-01-01 00:00, as wall clock
  std::string line;
  std::string buffer;
  buffer.reserve(1 << 20);
  timeutil::ZoneClock utc("UTC");
  for (std::uint64_t i = 0; i < messages; ++i) {
    minute += static_cast<std::int64_t>(rng.below(rng.below(10) == 0 ? 600 : 4));
    const auto t = utc.to_local(minute * 60000);
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "%02d/%02d/%04d, %02d:%02d - ", t.day, t.month, t.year, t.hour, t.minute);
    line = stamp;
    const std::uint64_t roll = rng.below(1000);
    if (roll < 3) {
      line += std::string(k_people[rng.below(people)]) + " changed the subject to \"Plans\"";
    } else {
      line += k_people[rng.below(people)];
      line += ": ";
      if (roll < 40) {
        line += "<Media omitted>";
      } else if (roll < 45) {
        line += "This message was deleted";
      } else {
        const std::uint64_t words = 1 + rng.below(rng.below(8) == 0 ? 60 : 14);
        for (std::uint64_t w = 0; w < words; ++w) {
          if (w > 0) {
            line += rng.below(25) == 0 ? '\n' : ' ';
          }
          line += vocabulary.draw(rng);
        }
      }
    }
    line += '\n';
    buffer += line;
    if (buffer.size() > (1 << 20) - 4096) {
      file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      result.bytes += buffer.size();
      buffer.clear();
    }
  }
  file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  result.bytes += buffer.size();
  result.messages = messages;
  if (!file) {
    throw Error(ErrorCategory::io, "cannot write " + out.string());
  }
  return result;
}

}  // namespace chatvault::bench
