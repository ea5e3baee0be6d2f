#include "exporters/zip_writer.hpp"

#include "util/error.hpp"

namespace chatvault::exporters {

ZipWriter::ZipWriter(const std::filesystem::path& path) : m_path(path) {
  int err = 0;
  // ZIP_EXCL: an existing file is an error, never overwritten.
  m_zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_EXCL, &err);
  if (m_zip == nullptr) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    const std::string why =
        err == ZIP_ER_EXISTS ? "it already exists (no file is ever overwritten)" : zip_error_strerror(&ze);
    zip_error_fini(&ze);
    throw Error(ErrorCategory::io, "cannot write " + path.string() + ": " + why);
  }
}

ZipWriter::~ZipWriter() {
  if (m_zip != nullptr) {
    zip_discard(m_zip);
  }
}

void ZipWriter::add_buffer(const std::string& name, const std::string& bytes) {
  zip_source_t* src = zip_source_buffer(m_zip, bytes.data(), bytes.size(), 0);
  add(name, src, false);
}

void ZipWriter::add_file(const std::string& name, const std::filesystem::path& file, bool store) {
  zip_source_t* src = zip_source_file(m_zip, file.c_str(), 0, -1);
  add(name, src, store);
}

void ZipWriter::close() {
  if (zip_close(m_zip) != 0) {
    fail("");
  }
  m_zip = nullptr;
}

void ZipWriter::add(const std::string& name, zip_source_t* src, bool store) {
  if (src == nullptr) {
    fail(name);
  }
  const zip_int64_t idx = zip_file_add(m_zip, name.c_str(), src, ZIP_FL_ENC_UTF_8);
  if (idx < 0) {
    zip_source_free(src);  // not taken over by the archive on failure
    fail(name);
  }
  if (zip_set_file_compression(m_zip, static_cast<zip_uint64_t>(idx), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) !=
      0) {
    fail(name);
  }
}

void ZipWriter::fail(const std::string& entry) {
  throw Error(ErrorCategory::io, "cannot write " + m_path.string() + (entry.empty() ? "" : " (" + entry + ")") +
                                     ": " + zip_strerror(m_zip));
}

}  // namespace chatvault::exporters
