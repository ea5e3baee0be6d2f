// chatvault search ARCHIVE QUERY: full-text search, newest first.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/search.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/passphrase.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::cli {
namespace {

std::int64_t parse_date_option(const std::string& value, const char* flag) {
  if (const auto ms = timeutil::parse_iso_utc(value)) {
    return *ms;
  }
  throw Error(ErrorCategory::usage, std::string(flag) + " '" + value +
                                        "' is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)");
}

// The message text with each match wrapped in markers, continuation lines indented.
std::string marked_text(const app::SearchHit& hit, bool colour) {
  const std::string open = colour ? "\x1b[1;33m" : "**";
  const std::string close = colour ? "\x1b[0m" : "**";
  std::string out;
  std::size_t pos = 0;
  for (const auto& [begin, end] : hit.matches) {
    if (begin < pos || end > hit.text.size() || begin > end) {
      continue;
    }
    out += hit.text.substr(pos, begin - pos) + open + hit.text.substr(begin, end - begin) + close;
    pos = end;
  }
  out += hit.text.substr(pos);
  std::string indented;
  for (const char c : out) {
    indented += c;
    if (c == '\n') {
      indented += "    ";
    }
  }
  return indented;
}

void print_json(const std::vector<app::SearchHit>& hits) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& h : hits) {
    nlohmann::ordered_json j;
    j["id"] = h.message_id;
    j["chat"] = h.chat_key;
    j["chat_title"] = h.chat_title;
    j["platform"] = std::string(model::to_string(h.platform));
    j["time"] = timeutil::format_iso_utc(h.time_ms);
    j["offset_min"] = h.offset_min ? nlohmann::ordered_json(*h.offset_min) : nlohmann::ordered_json(nullptr);
    j["sender"] = h.sender.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(h.sender);
    j["text"] = h.text;
    auto ranges = nlohmann::ordered_json::array();
    for (const auto& [b, e] : h.matches) {
      ranges.push_back({b, e});
    }
    j["matches"] = std::move(ranges);
    out.push_back(std::move(j));
  }
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace

void add_search_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    std::string query;
    std::vector<std::string> chats;
    std::string from;
    std::string after;
    std::string before;
    std::string platform;
    bool has_media = false;
    std::size_t limit = 20;
    bool json = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Search every message, newest first. Words match whole words, ignoring case and accents;\n"
      "end a word with * for a prefix; put \"a phrase\" in quotes.");
  cmd->add_option("ARCHIVE", opt->archive, "The archive")->required();
  cmd->add_option("QUERY", opt->query, "What to look for")->required();
  cmd->add_option("--chat", opt->chats, "Only in this chat (its title or key; repeat for several)");
  cmd->add_option("--from", opt->from, "Only messages sent by this person");
  cmd->add_option("--after", opt->after, "Only messages at or after this date (YYYY-MM-DD[THH:MM], UTC)")
      ->option_text("DATE");
  cmd->add_option("--before", opt->before, "Only messages before this date (YYYY-MM-DD[THH:MM], UTC)")
      ->option_text("DATE");
  cmd->add_option("--platform", opt->platform, "Only chats from this platform")
      ->check(CLI::IsMember([] {
        std::vector<std::string> names;
        for (const auto n : model::platform_names()) {
          names.emplace_back(n);
        }
        return names;
      }()));
  cmd->add_flag("--has-media", opt->has_media, "Only messages with attachments");
  cmd->add_option("--limit", opt->limit, "Show at most N results (default 20)")->option_text("N");
  cmd->add_flag("--json", opt->json, "Print JSON (stable, for scripts)");
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      app::SearchRequest req;
      req.query.text = opt->query;
      req.query.chats = opt->chats;
      req.query.from = opt->from;
      if (!opt->after.empty()) {
        req.query.after_ms = parse_date_option(opt->after, "--after");
      }
      if (!opt->before.empty()) {
        req.query.before_ms = parse_date_option(opt->before, "--before");
      }
      if (!opt->platform.empty()) {
        req.query.platform = model::platform_from_string(opt->platform);
      }
      req.query.has_media = opt->has_media;
      req.query.limit = opt->limit;
      const Secret passphrase = obtain_passphrase(ctx.passphrase, false);
      req.archive = {opt->archive, &passphrase};
      const app::SearchResult result = app::run_search(req);
      if (opt->json) {
        print_json(result.hits);
        return 0;
      }
      const bool colour = use_colour_on_stdout();
      for (const auto& h : result.hits) {
        std::cout << h.chat_title << "  " << format_message_time(h.time_ms, h.offset_min) << "  "
                  << (h.sender.empty() ? std::string("(system)") : h.sender) << '\n'
                  << "    " << marked_text(h, colour) << '\n';
      }
      if (result.hits.empty()) {
        std::cerr << "no messages match\n";
      } else if (result.hits.size() == opt->limit) {
        std::cerr << "showing the newest " << opt->limit << "; use --limit N for more\n";
      }
      return 0;
    };
  });
}

}  // namespace chatvault::cli
