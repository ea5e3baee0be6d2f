#pragma once
// Test support: writing small zips through libzip (for the programs that link it).
#include <doctest/doctest.h>
#include <zip.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace chatvault::test {

// Writes a zip at `path` (its folder created, any old file replaced) with the given
// (name, content) entries.
inline void make_zip(const std::filesystem::path& path,
                     const std::vector<std::pair<std::string, std::string>>& entries) {
  std::filesystem::create_directories(path.parent_path());
  std::filesystem::remove(path);
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z != nullptr);
  for (const auto& [name, content] : entries) {
    zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
    REQUIRE(src != nullptr);
    if (zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(src);
      zip_discard(z);
      FAIL("cannot add " << name << " to " << path.string());
    }
  }
  REQUIRE(zip_close(z) == 0);
}

}  // namespace chatvault::test
