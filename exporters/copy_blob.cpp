#include "exporters/copy_blob.hpp"

#include <string>

namespace chatvault::exporters {
namespace {

constexpr std::size_t k_copy_chunk_bytes = 64 * 1024;

}  // namespace

void copy_blob(model::ChatReader& reader, std::string_view content_hash, OutputDir& out, std::string_view relative) {
  const auto blob = reader.open_blob(content_hash);
  OutputFile file = out.create(relative);
  std::string chunk(k_copy_chunk_bytes, '\0');
  for (std::size_t n; (n = blob->read(chunk.data(), chunk.size())) > 0;) {
    file.write(std::string_view(chunk.data(), n));
  }
  file.close();
}

}  // namespace chatvault::exporters
