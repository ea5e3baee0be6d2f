// chatvault convert SOURCE... --format F --out DIR: an export straight into another format.
#include <iostream>
#include <memory>

#include "app/convert.hpp"
#include "app/export.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/shared_options.hpp"

namespace chatvault::cli {

void add_convert_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::vector<std::string> sources;
    ImportFlags in;
    ExportFlags out;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "convert",
      "Turn chat exports straight into another format, with no archive and no passphrase:\n"
      "  chatvault convert \"WhatsApp Chat with Anna.zip\" --format telegram --out to-telegram\n"
      "Several exports of one chat are merged as 'import' would merge them.");
  cmd->add_option("SOURCE", opt->sources, "Export files or folders, as the app made them")->required();
  add_import_flags(*cmd, opt->in, "--from");
  // One --tz: the zone the export's clock times are read in, which the chats then keep.
  add_export_flags(*cmd, opt->out, /*standalone=*/false);
  cmd->callback([&ctx, opt] {
    ctx.action = [opt] {
      app::ConvertRequest req;
      req.sources.assign(opt->sources.begin(), opt->sources.end());
      req.input_format = opt->in.format;
      req.parts_of_one_export = opt->in.parts;
      req.import = import_options(opt->in);
      req.format = opt->out.format;
      opt->out.no_media = opt->in.no_media;  // one --no-media: nothing is read, so nothing is written
      req.output = export_options(opt->out);
      TerminalReporter reporter;
      const app::ConvertResult result = app::run_convert(req, reporter);
      for (const auto& source : result.imported.sources) {
        std::cout << app::summary_line(source) << '\n';
      }
      std::cout << app::export_summary_line(result.exported, opt->out.out, opt->out.format) << '\n';
      return 0;
    };
  });
}

}  // namespace chatvault::cli
