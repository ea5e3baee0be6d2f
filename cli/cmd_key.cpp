// chatvault key add|remove|list ARCHIVE: more ways to open an archive (a second passphrase, a
// key file, a recovery key), each in its own key slot.
#include <iostream>
#include <memory>

#include "app/kdf_level.hpp"
#include "app/keys.hpp"
#include "cli/command.hpp"
#include "cli/passphrase.hpp"
#include "cli/shared_options.hpp"
#include "util/error.hpp"

namespace chatvault::cli {

void add_key_command(CLI::App& app, Context& ctx) {
  CLI::App* key = app.add_subcommand("key", "Add, remove or list the keys that open an archive (up to 8 slots)");
  key->require_subcommand(1);

  struct AddOptions {
    std::string archive;
    std::string keyfile;
    bool recovery = false;
    std::string new_file;
    std::string kdf{app::to_string(app::KeyAddRequest{}.kdf)};
  };
  auto add = std::make_shared<AddOptions>();
  CLI::App* add_cmd = key->add_subcommand(
      "add", "Add a second passphrase (default), a key file (--keyfile FILE, created if absent) or a "
             "recovery key (--recovery, printed once)");
  add_cmd->add_option("ARCHIVE", add->archive, "The archive")->required();
  auto* keyfile_opt = add_cmd->add_option("--keyfile", add->keyfile, "Add key file FILE (made if it does not exist)")
                          ->option_text("FILE");
  add_cmd->add_flag("--recovery", add->recovery, "Add a random recovery key and print it once")
      ->excludes(keyfile_opt);
  add_cmd->add_option("--new-passphrase-file", add->new_file, "Read the new passphrase from the first line of FILE")
      ->option_text("FILE");
  add_kdf_option(*add_cmd, add->kdf, "Cost of the new passphrase's key derivation", add->kdf);
  add_passphrase_options(*add_cmd, ctx, "--unlock-keyfile");
  add_cmd->callback([&ctx, add] {
    ctx.action = [&ctx, add] {
      const Secret unlock = obtain_passphrase(ctx.passphrase, false);
      app::KeyAddRequest req;
      req.archive = {add->archive, &unlock};
      req.kdf = app::parse_kdf_level(add->kdf);
      Secret fresh;
      if (add->recovery) {
        req.kind = app::NewKeyKind::recovery;
      } else if (!add->keyfile.empty()) {
        req.kind = app::NewKeyKind::keyfile;
        req.keyfile = add->keyfile;
      } else {
        fresh = obtain_new_passphrase(ctx, add->new_file);
        req.new_passphrase = &fresh;
      }
      const app::KeyAddResult result = app::run_key_add(req);
      switch (req.kind) {
        case app::NewKeyKind::passphrase:
          std::cout << "added a passphrase in key slot " << result.slot << '\n';
          break;
        case app::NewKeyKind::keyfile:
          if (result.keyfile_created) {
            std::cout << "created key file " << add->keyfile << " (keep it apart from the archive)\n";
          }
          std::cout << "added key file " << add->keyfile << " in key slot " << result.slot << '\n';
          break;
        case app::NewKeyKind::recovery:
          std::cout << "added a recovery key in key slot " << result.slot << ". Write it down now; it is not shown "
                       "again and opens the archive wherever the passphrase is asked:\n\n    "
                    << result.recovery_key << "\n\n";
          break;
      }
      return 0;
    };
  });

  struct RemoveOptions {
    std::string archive;
    int slot = -1;
  };
  auto rm = std::make_shared<RemoveOptions>();
  CLI::App* rm_cmd = key->add_subcommand("remove", "Empty key slot SLOT (see key list); the last one is refused");
  rm_cmd->add_option("ARCHIVE", rm->archive, "The archive")->required();
  rm_cmd->add_option("SLOT", rm->slot, "Slot number, 0-7")->required()->check(CLI::Range(0, 7));
  add_passphrase_options(*rm_cmd, ctx);
  rm_cmd->callback([&ctx, rm] {
    ctx.action = [&ctx, rm] {
      const Secret unlock = obtain_passphrase(ctx.passphrase, false);
      app::run_key_remove({rm->archive, &unlock}, rm->slot);
      std::cout << "removed key slot " << rm->slot << " (an old copy of the file still opens with that key)\n";
      return 0;
    };
  });

  auto list_archive = std::make_shared<std::string>();
  CLI::App* list_cmd = key->add_subcommand("list", "List the used key slots");
  list_cmd->add_option("ARCHIVE", *list_archive, "The archive")->required();
  add_passphrase_options(*list_cmd, ctx);
  list_cmd->callback([&ctx, list_archive] {
    ctx.action = [&ctx, list_archive] {
      const Secret unlock = obtain_passphrase(ctx.passphrase, false);
      const auto slots = app::run_key_list({*list_archive, &unlock});
      std::cout << "SLOT  KIND          KDF\n";
      for (const auto& s : slots) {
        std::string kind = s.kind;
        kind.resize(std::max<std::size_t>(kind.size(), 12), ' ');
        std::cout << s.index << "     " << kind << "  " << (s.kdf.empty() ? "-" : s.kdf)
                  << (s.opened_with ? "  (used now)" : "") << '\n';
      }
      return 0;
    };
  });
}

}  // namespace chatvault::cli
