#include "app/verify.hpp"

#include "util/error.hpp"

namespace chatvault::app {

archive::VerifyResult run_verify(const ArchiveRef& ref) {
  if (ref.passphrase == nullptr) {
    throw Error(ErrorCategory::internal, "archive verified without a passphrase");
  }
  return archive::Archive::verify(ref.path, *ref.passphrase);
}

std::string verify_summary(const archive::VerifyResult& r) {
  std::string out = r.ok ? "ok: " : "DAMAGED: ";
  out += std::to_string(r.pages) + " pages";
  if (r.bad_pages > 0) {
    out += ", " + std::to_string(r.bad_pages) + " failed authentication (first: page " +
           std::to_string(r.first_bad_page.value_or(0)) + ")";
  } else {
    out += " authenticated";
  }
  out += r.sealed ? (r.seal_matches ? ", seal matches" : ", seal does NOT match") : ", not sealed";
  out += ", integrity " + r.integrity;
  if (r.dangling_references > 0) {
    out += ", " + std::to_string(r.dangling_references) + " rows refer to missing rows";
  }
  out += ", " + std::to_string(r.chats) + (r.chats == 1 ? " chat, " : " chats, ") + std::to_string(r.messages) +
         (r.messages == 1 ? " message, " : " messages, ") + std::to_string(r.blobs) +
         (r.blobs == 1 ? " blob" : " blobs") + " rehashed";
  if (r.bad_blobs > 0) {
    out += " (" + std::to_string(r.bad_blobs) + " bad)";
  }
  if (r.journal_present) {
    out += ", an interrupted write's journal is present";
  }
  return out;
}

}  // namespace chatvault::app
