// chatvault export ARCHIVE --format F --out DIR: write chats in an open format.
#include <iostream>
#include <memory>

#include "app/export.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/passphrase.hpp"

namespace chatvault::cli {

void add_export_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    std::string format;
    std::string out;
    std::vector<std::string> chats;
    bool no_media = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write chats to files: jsonl (one JSON object per message, documented in docs/JSONL.md)\n"
      "or txt (readable plain text). Media files are copied beside them.");
  cmd->add_option("ARCHIVE", opt->archive, "The archive")->required();
  cmd->add_option("--format", opt->format, "Output format: jsonl or txt")->required();
  cmd->add_option("--out", opt->out, "Folder to write into (created if needed; existing files are never overwritten)")
      ->required()
      ->option_text("DIR");
  cmd->add_option("--chat", opt->chats, "Only this chat (title or key; repeat for several; default: all)");
  cmd->add_flag("--no-media", opt->no_media, "Do not copy media files");
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      const Secret passphrase = obtain_passphrase(ctx.passphrase, false);
      app::ExportRequest req;
      req.archive = {opt->archive, &passphrase};
      req.format = opt->format;
      req.options.out_dir = opt->out;
      req.options.chats = opt->chats;
      req.options.copy_media = !opt->no_media;
      TerminalReporter reporter;
      const auto result = app::run_export(req, reporter);
      std::cout << "exported " << result.chats << (result.chats == 1 ? " chat, " : " chats, ") << result.messages
                << (result.messages == 1 ? " message" : " messages");
      if (result.media_files > 0) {
        std::cout << ", " << result.media_files << " media files";
      }
      std::cout << " to " << opt->out << " (" << opt->format << ")\n";
      return 0;
    };
  });
}

}  // namespace chatvault::cli
