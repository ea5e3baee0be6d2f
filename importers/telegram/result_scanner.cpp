#include "importers/telegram/result_scanner.hpp"

#include <istream>
#include <streambuf>

#include "util/error.hpp"

namespace chatvault::importers::telegram {
namespace {

// Lets nlohmann's stream parser pull from a ByteReader, so result.json is never read whole.
class ReaderBuf final : public std::streambuf {
 public:
  explicit ReaderBuf(model::ByteReader& reader) : m_reader(reader) {}

 protected:
  int_type underflow() override {
    const std::size_t n = m_reader.read(m_buf, sizeof m_buf);
    if (n == 0) {
      return traits_type::eof();
    }
    setg(m_buf, m_buf, m_buf + n);
    return traits_type::to_int_type(m_buf[0]);
  }

 private:
  model::ByteReader& m_reader;
  char m_buf[64 * 1024];
};

}  // namespace

void run_scan(const SourceTree& tree, const std::string& entry, Scanner& scanner) {
  auto reader = tree.open_entry(entry);
  ReaderBuf buf(*reader);
  std::istream in(&buf);
  const bool ok = json::sax_parse(in, &scanner, json::input_format_t::json, true);
  if (!ok && scanner.too_deep) {
    throw Error(ErrorCategory::input, Origin{entry, 0, {}},
                "not a Telegram export: values nested deeper than " + std::to_string(Scanner::k_max_depth) + " levels");
  }
  if (!ok) {
    std::string what = scanner.error_text;
    // nlohmann prefixes "[json.exception.parse_error.101] "; the id helps nobody reading an import error.
    if (const std::size_t close = what.find("] "); what.starts_with("[json.") && close != std::string::npos) {
      what = what.substr(close + 2);
    }
    throw Error(ErrorCategory::input, Origin{entry, 0, {}},
                "not valid JSON at byte " + std::to_string(scanner.error_position) + ": " + what);
  }
}

}  // namespace chatvault::importers::telegram
