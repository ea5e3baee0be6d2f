#include "bench/generate_messenger.hpp"

#include <array>
#include <fstream>
#include <string>
#include <vector>

#include "util/error.hpp"

namespace chatvault::bench {
namespace {

constexpr std::array<std::string_view, 4> k_people{"Anna Schmidt", "Ben Carter", "Chloé Martin", "Zoë Müller"};
constexpr std::uint64_t k_per_file = 10000;
constexpr std::uint64_t k_per_thread = 100000;

// A JSON string as Meta writes it: every byte >= 0x80 as its own \u00XX escape.
void put_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c >= 0x80) {
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += ch;
    }
  }
  out += '"';
}

struct Msg {
  std::string json;
};

}  // namespace

GeneratedDownload generate_messenger_download(const std::filesystem::path& out, std::uint64_t messages,
                                              const Vocabulary& words, std::uint64_t seed) {
  Rng rng{seed};
  GeneratedDownload result;
  std::int64_t ms = 1420070400000;  // 2015-01-01
  for (std::uint64_t thread = 0; thread * k_per_thread < messages; ++thread) {
    const std::uint64_t in_thread = std::min(k_per_thread, messages - thread * k_per_thread);
    const std::string name = "benchthread_" + std::to_string(1000000000000000 + thread);
    const std::filesystem::path dir = out / "your_facebook_activity/messages/inbox" / name;
    std::filesystem::create_directories(dir);
    // Oldest first here; each file is then written newest first.
    std::vector<Msg> slice;
    const std::uint64_t files = (in_thread + k_per_file - 1) / k_per_file;
    for (std::uint64_t f = files; f >= 1; --f) {
      slice.clear();
      const std::uint64_t count = std::min(k_per_file, in_thread - (files - f) * k_per_file);
      for (std::uint64_t i = 0; i < count; ++i) {
        ms += static_cast<std::int64_t>(rng.below(rng.below(10) == 0 ? 36000000 : 240000));
        std::string j = "{\"sender_name\":";
        put_string(j, k_people[rng.below(k_people.size())]);
        j += ",\"timestamp_ms\":" + std::to_string(ms);
        const std::uint64_t roll = rng.below(1000);
        if (roll < 40) {
          j += ",\"photos\":[{\"uri\":\"your_facebook_activity/messages/inbox/" + name + "/photos/" +
               std::to_string(rng.next() % 100000000000) + ".jpg\",\"creation_timestamp\":" + std::to_string(ms / 1000) + "}]";
        } else if (roll < 50) {
          j += ",\"content\":\"https://example.org/a/" + std::to_string(rng.below(100000)) +
               "\",\"share\":{\"link\":\"https://example.org/a/\",\"share_text\":";
          put_string(j, words.draw(rng));
          j += "}";
        } else if (roll < 55) {
          j += ",\"content\":\"Call\",\"call_duration\":" + std::to_string(rng.below(3600));
        } else {
          std::string text;
          const std::uint64_t n = 1 + rng.below(rng.below(8) == 0 ? 60 : 14);
          for (std::uint64_t w = 0; w < n; ++w) {
            if (w > 0) text += rng.below(25) == 0 ? '\n' : ' ';
            text += words.draw(rng);
          }
          j += ",\"content\":";
          put_string(j, text);
        }
        if (rng.below(20) == 0) {
          j += ",\"reactions\":[{\"reaction\":";
          put_string(j, rng.below(2) == 0 ? "❤" : "😂");
          j += ",\"actor\":";
          put_string(j, k_people[rng.below(k_people.size())]);
          j += "}]";
        }
        j += ",\"is_geoblocked_for_viewer\":false}";
        slice.push_back({std::move(j)});
      }
      std::string file = "{\"participants\":[";
      for (std::size_t p = 0; p < k_people.size(); ++p) {
        file += p ? ",{\"name\":" : "{\"name\":";
        put_string(file, k_people[p]);
        file += "}";
      }
      file += "],\"messages\":[";
      for (std::size_t i = slice.size(); i-- > 0;) {
        file += slice[i].json;
        file += i ? ",\n" : "\n";
      }
      file += "],\"title\":\"Bench " + std::to_string(thread) + "\",\"is_still_participant\":true,\"thread_path\":\"inbox/" +
              name + "\",\"magic_words\":[]}\n";
      std::ofstream o(dir / ("message_" + std::to_string(f) + ".json"), std::ios::binary);
      o.write(file.data(), static_cast<std::streamsize>(file.size()));
      if (!o) throw Error(ErrorCategory::io, "cannot write " + (dir / ("message_" + std::to_string(f) + ".json")).string());
      result.bytes += file.size();
      result.messages += slice.size();
    }
  }
  return result;
}

}  // namespace chatvault::bench
