#pragma once
// Secret: a passphrase or key held in sodium_malloc'd memory, wiped and freed on destruction.
#include <cstddef>
#include <string_view>

namespace chatvault {

class Secret {
 public:
  Secret() = default;
  explicit Secret(std::string_view bytes);
  ~Secret();
  Secret(const Secret&) = delete;
  Secret& operator=(const Secret&) = delete;
  Secret(Secret&& other) noexcept;
  Secret& operator=(Secret&& other) noexcept;

  std::string_view view() const { return {m_data, m_size}; }
  std::size_t size() const { return m_size; }
  bool empty() const { return m_size == 0; }

 private:
  void release() noexcept;
  char* m_data = nullptr;
  std::size_t m_size = 0;
};

}  // namespace chatvault
