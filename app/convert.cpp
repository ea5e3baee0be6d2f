#include "app/convert.hpp"

#include <malloc.h>
#include <sodium.h>
#include <stdlib.h>

#include <system_error>

#include "app/export.hpp"
#include "util/error.hpp"

namespace chatvault::app {
namespace {

// A private folder (mode 0700) removed with everything in it when the conversion ends.
class SpoolDir {
 public:
  explicit SpoolDir(const std::filesystem::path& parent) {
    std::string pattern = (parent / "chatvault-convert-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw Error(ErrorCategory::io, "cannot create a temporary folder in " + parent.string() + ": " +
                                         std::generic_category().message(errno));
    }
    m_path = pattern;
  }
  ~SpoolDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  SpoolDir(const SpoolDir&) = delete;
  SpoolDir& operator=(const SpoolDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

// 32 random bytes as hex: the spool's passphrase, held only in this process's locked memory.
Secret random_passphrase() {
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  char hex[sizeof raw * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  sodium_memzero(raw, sizeof raw);
  Secret s(std::string_view(hex, sizeof raw * 2));
  sodium_memzero(hex, sizeof hex);
  return s;
}

}  // namespace

ConvertResult run_convert(const ConvertRequest& request, Reporter& reporter) {
  if (request.sources.empty()) {
    throw Error(ErrorCategory::usage, "nothing to convert: name at least one export file or folder");
  }
  // An unknown output format fails before minutes of importing.
  require_exporter(request.format);
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  const SpoolDir spool(request.spool_parent.empty() ? std::filesystem::temp_directory_path() : request.spool_parent);
  const std::filesystem::path spool_archive = spool.path() / "spool.chatvault";
  const Secret key = random_passphrase();
  {
    archive::CreateOptions create;
    // The key is random, so key stretching buys nothing: the cheapest level.
    create.kdf = archive::KdfLevel::interactive;
    archive::Archive::create(spool_archive, key, create);
  }

  ConvertResult result;
  ImportRequest import;
  import.archive = spool_archive;
  import.passphrase = &key;
  import.sources = request.sources;
  import.format = request.input_format;
  import.parts_of_one_export = request.parts_of_one_export;
  import.options = request.import;
  result.imported = run_import(import, reporter);
  // The import's parser thread and page cache leave freed memory in glibc's arenas; hand it
  // back before the export allocates its own, so the peak is the larger phase, not their sum.
  malloc_trim(0);

  ExportRequest exp;
  exp.archive = {spool_archive, &key};
  exp.format = request.format;
  exp.options = request.output;
  result.exported = run_export(exp, reporter);
  return result;
}

}  // namespace chatvault::app
