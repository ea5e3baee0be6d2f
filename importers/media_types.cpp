#include "importers/media_types.hpp"

namespace chatvault::importers {
namespace {

bool iends_with(std::string_view s, std::string_view tail) {
  if (s.size() < tail.size()) return false;
  const std::string_view end = s.substr(s.size() - tail.size());
  for (std::size_t i = 0; i < tail.size(); ++i) {
    char c = end[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != tail[i]) return false;
  }
  return true;
}

}  // namespace

std::string mime_from_file_name(std::string_view name) {
  struct M {
    std::string_view ext, mime;
  };
  static constexpr M k_mimes[] = {
      {".jpg", "image/jpeg"},      {".jpeg", "image/jpeg"},     {".png", "image/png"},   {".heic", "image/heic"},
      {".webp", "image/webp"},     {".gif", "image/gif"},       {".mp4", "video/mp4"},   {".mov", "video/quicktime"},
      {".3gp", "video/3gpp"},      {".opus", "audio/ogg"},      {".ogg", "audio/ogg"},   {".mp3", "audio/mpeg"},
      {".m4a", "audio/mp4"},       {".aac", "audio/aac"},       {".wav", "audio/wav"},   {".pdf", "application/pdf"},
      {".vcf", "text/vcard"},      {".txt", "text/plain"},
  };
  for (const M& m : k_mimes) {
    if (iends_with(name, m.ext)) return std::string(m.mime);
  }
  return {};
}

model::AttachmentKind attachment_kind_from_file_name(std::string_view name) {
  const std::string mime = mime_from_file_name(name);
  if (mime == "image/gif") return model::AttachmentKind::gif;
  if (mime.starts_with("image/")) return model::AttachmentKind::photo;
  if (mime.starts_with("video/")) return model::AttachmentKind::video;
  if (mime.starts_with("audio/")) return model::AttachmentKind::audio;
  return model::AttachmentKind::document;
}

}  // namespace chatvault::importers
