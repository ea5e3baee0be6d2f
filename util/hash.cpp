#include "util/hash.hpp"

#include <array>

#include "util/error.hpp"

namespace chatvault {

Blake2b256::Blake2b256() {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES);
}

void Blake2b256::update(std::string_view bytes) {
  crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Blake2b256::hex_digest() {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash_final(&m_state, digest.data(), digest.size());
  std::string out(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), digest.data(), digest.size());
  out.pop_back();
  return out;
}

std::string Blake2b256::hex(std::string_view bytes) {
  Blake2b256 h;
  h.update(bytes);
  return h.hex_digest();
}

}  // namespace chatvault
