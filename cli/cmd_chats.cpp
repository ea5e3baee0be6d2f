// chatvault chats ARCHIVE: list the chats an archive holds.
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/chats.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/passphrase.hpp"
#include "util/time.hpp"

namespace chatvault::cli {
namespace {

std::string day_of(std::int64_t ms) { return timeutil::format_iso_utc(ms).substr(0, 10); }

void print_json(const std::vector<model::StoredChat>& chats) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& c : chats) {
    nlohmann::ordered_json j;
    j["key"] = c.chat.key;
    j["title"] = c.chat.title;
    j["platform"] = std::string(model::to_string(c.chat.platform));
    j["is_group"] = c.chat.is_group;
    j["zone"] = c.chat.zone.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.chat.zone);
    j["messages"] = c.message_count;
    j["first"] = c.message_count ? nlohmann::ordered_json(timeutil::format_iso_utc(c.first_ms)) : nullptr;
    j["last"] = c.message_count ? nlohmann::ordered_json(timeutil::format_iso_utc(c.last_ms)) : nullptr;
    auto people = nlohmann::ordered_json::array();
    for (const auto& p : c.chat.participants) {
      people.push_back({{"name", p.name}, {"is_self", p.is_self}});
    }
    j["participants"] = std::move(people);
    out.push_back(std::move(j));
  }
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void print_table(const std::vector<model::StoredChat>& chats) {
  if (chats.empty()) {
    std::cout << "no chats yet: add some with 'chatvault import ARCHIVE EXPORT'\n";
    return;
  }
  std::size_t width = 5;
  for (const auto& c : chats) {
    width = std::max(width, display_width(c.chat.title));
  }
  auto pad = [](const std::string& s, std::size_t w) { return s + std::string(w - std::min(w, display_width(s)), ' '); };
  std::cout << pad("CHAT", width) << "  PLATFORM   MESSAGES  FIRST       LAST        ZONE\n";
  for (const auto& c : chats) {
    std::cout << pad(c.chat.title, width) << "  " << std::left << std::setw(9) << model::to_string(c.chat.platform)
              << std::right << std::setw(10) << c.message_count << "  "
              << (c.message_count ? day_of(c.first_ms) : std::string(10, '-')) << "  "
              << (c.message_count ? day_of(c.last_ms) : std::string(10, '-')) << "  "
              << (c.chat.zone.empty() ? "-" : c.chat.zone) << '\n';
  }
}

}  // namespace

void add_chats_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    bool json = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("chats", "List the chats in an archive with their message counts");
  cmd->add_option("ARCHIVE", opt->archive, "The archive")->required();
  cmd->add_flag("--json", opt->json, "Print JSON (stable, for scripts)");
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      const Secret passphrase = obtain_passphrase(ctx.passphrase, false);
      const auto chats = app::run_chats({opt->archive, &passphrase});
      if (opt->json) {
        print_json(chats);
      } else {
        print_table(chats);
      }
      return 0;
    };
  });
}

}  // namespace chatvault::cli
