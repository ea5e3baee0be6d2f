#include "util/error.hpp"

namespace chatvault {
namespace {

std::string with_origin(const Origin& origin, const std::string& message) {
  const std::string where = origin.to_string();
  return where.empty() ? message : where + ": " + message;
}

}  // namespace

Error::Error(ErrorCategory category, const std::string& message)
    : std::runtime_error(message), m_category(category) {}

Error::Error(ErrorCategory category, const Origin& origin, const std::string& message)
    : std::runtime_error(with_origin(origin, message)), m_category(category), m_origin(origin) {}

int exit_code_for(ErrorCategory category) {
  switch (category) {
    case ErrorCategory::usage:
      return 1;
    case ErrorCategory::input:
      return 2;
    case ErrorCategory::wrong_key:
    case ErrorCategory::damaged:
      return 3;
    case ErrorCategory::busy:
    case ErrorCategory::io:
    case ErrorCategory::internal:
      return 4;
  }
  return 4;
}

std::string Origin::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += " line " + std::to_string(line);
  } else if (!path.empty()) {
    out += out.empty() ? path : " " + path;
  }
  return out;
}

}  // namespace chatvault
