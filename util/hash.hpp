#pragma once
// Blake2b256: streaming BLAKE2b-256 (libsodium) giving the hex digests used for blobs and fingerprints.
#include <sodium.h>

#include <string>
#include <string_view>

namespace chatvault {

class Blake2b256 {
 public:
  Blake2b256();
  void update(std::string_view bytes);
  // Finishes the hash; the object must not be updated afterwards.
  std::string hex_digest();

  static std::string hex(std::string_view bytes);

 private:
  crypto_generichash_state m_state;
};

}  // namespace chatvault
