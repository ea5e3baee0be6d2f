#include "cli/passphrase.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "app/keys.hpp"
#include "util/error.hpp"

namespace chatvault::cli {
namespace {

// Reads up to the first newline (or EOF) from a descriptor into secure memory.
Secret read_line_from_fd(int fd, const std::string& what) {
  std::string buf;
  char c = 0;
  for (;;) {
    const ssize_t n = ::read(fd, &c, 1);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      throw Error(ErrorCategory::io, "cannot read the passphrase from " + what + ": " + std::strerror(errno));
    }
    if (n == 0 || c == '\n') {
      break;
    }
    buf.push_back(c);
  }
  if (!buf.empty() && buf.back() == '\r') {
    buf.pop_back();
  }
  Secret s(buf);
  std::fill(buf.begin(), buf.end(), '\0');
  return s;
}

class EchoOff {
 public:
  explicit EchoOff(int fd) : m_fd(fd) {
    if (tcgetattr(fd, &m_saved) == 0) {
      termios t = m_saved;
      t.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      m_active = tcsetattr(fd, TCSAFLUSH, &t) == 0;
    }
  }
  ~EchoOff() {
    if (m_active) {
      tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

 private:
  int m_fd;
  termios m_saved{};
  bool m_active = false;
};

// A passphrase may hold any byte but NUL (a NUL-led Secret stands for a key file).
Secret checked(Secret s) {
  if (s.view().find('\0') != std::string_view::npos) {
    throw Error(ErrorCategory::usage, "a passphrase cannot contain a NUL byte");
  }
  return s;
}

Secret read_file_line(const std::string& file, const std::string& option) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw Error(ErrorCategory::usage, "cannot open " + option + " " + file + ": " + std::strerror(errno));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  return checked(read_line_from_fd(fd, file));
}

Secret prompt(int tty, const char* text) {
  const ssize_t ignored = ::write(tty, text, std::strlen(text));
  (void)ignored;
  Secret s;
  {
    EchoOff off(tty);
    s = read_line_from_fd(tty, "the terminal");
  }
  const ssize_t ignored2 = ::write(tty, "\n", 1);
  (void)ignored2;
  return s;
}

}  // namespace

Secret obtain_passphrase(PassphraseSource& source, bool confirm) {
  if (!source.keyfile.empty()) {
    if (!source.file.empty() || source.fd >= 0) {
      throw Error(ErrorCategory::usage, "give either a key file or a passphrase, not both");
    }
    return app::keyfile_secret(source.keyfile);
  }
  if (!source.file.empty()) {
    return read_file_line(source.file, "--passphrase-file");
  }
  if (source.fd >= 0) {
    return checked(read_line_from_fd(source.fd, "--passphrase-fd " + std::to_string(source.fd)));
  }
  if (source.from_env) {
    return Secret(source.from_env->view());
  }
  const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (tty < 0) {
    throw Error(ErrorCategory::usage,
                "no passphrase given and no terminal to ask on: set CHATVAULT_PASSPHRASE, or use "
                "--passphrase-file FILE or --passphrase-fd N");
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{tty};
  Secret first = checked(prompt(tty, "Passphrase: "));
  if (confirm) {
    Secret again = prompt(tty, "Passphrase again: ");
    if (first.view() != again.view()) {
      throw Error(ErrorCategory::usage, "the two passphrases differ; nothing was created");
    }
  }
  return first;
}

Secret obtain_new_passphrase(Context& ctx, const std::string& file) {
  if (!file.empty()) {
    return read_file_line(file, "--new-passphrase-file");
  }
  if (ctx.new_passphrase_env) {
    return checked(Secret(ctx.new_passphrase_env->view()));
  }
  const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (tty < 0) {
    throw Error(ErrorCategory::usage,
                "no new passphrase given and no terminal to ask on: set CHATVAULT_NEW_PASSPHRASE or use "
                "--new-passphrase-file FILE");
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{tty};
  Secret first = checked(prompt(tty, "New passphrase: "));
  Secret again = prompt(tty, "New passphrase again: ");
  if (first.view() != again.view()) {
    throw Error(ErrorCategory::usage, "the two passphrases differ; nothing was changed");
  }
  return first;
}

void add_passphrase_options(CLI::App& command, Context& ctx, const std::string& keyfile_option) {
  command.add_option("--passphrase-file", ctx.passphrase.file, "Read the passphrase from the first line of FILE")
      ->option_text("FILE");
  command.add_option("--passphrase-fd", ctx.passphrase.fd, "Read the passphrase from open file descriptor N")
      ->option_text("N");
  command.add_option(keyfile_option, ctx.passphrase.keyfile, "Open the archive with key FILE instead of a passphrase")
      ->option_text("FILE");
}

}  // namespace chatvault::cli
