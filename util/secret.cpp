#include "util/secret.hpp"

#include <sodium.h>

#include <cstring>
#include <utility>

#include "util/error.hpp"

namespace chatvault {

Secret::Secret(std::string_view bytes) {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  // sodium_malloc(0) is legal, but keep one byte so view() always has a valid pointer.
  m_data = static_cast<char*>(sodium_malloc(bytes.size() + 1));
  if (m_data == nullptr) {
    throw Error(ErrorCategory::internal, "out of secure memory for a secret");
  }
  std::memcpy(m_data, bytes.data(), bytes.size());
  m_size = bytes.size();
}

Secret::~Secret() { release(); }

Secret::Secret(Secret&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

Secret& Secret::operator=(Secret&& other) noexcept {
  if (this != &other) {
    release();
    m_data = std::exchange(other.m_data, nullptr);
    m_size = std::exchange(other.m_size, 0);
  }
  return *this;
}

void Secret::release() noexcept {
  if (m_data != nullptr) {
    sodium_free(m_data);  // sodium_free wipes before freeing
    m_data = nullptr;
    m_size = 0;
  }
}

}  // namespace chatvault
