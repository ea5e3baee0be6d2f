#pragma once
// ByteReader: a pull stream of bytes, so media can be streamed from a zip or a blob store.
#include <cstddef>
#include <functional>
#include <memory>

namespace chatvault::model {

class ByteReader {
 public:
  virtual ~ByteReader() = default;
  // Reads up to `size` bytes into `out`; returns the count, 0 at end. Throws chatvault::Error on I/O failure.
  virtual std::size_t read(char* out, std::size_t size) = 0;
};

// Opens a fresh reader over one piece of content each time it is called.
using Opener = std::function<std::unique_ptr<ByteReader>()>;

}  // namespace chatvault::model
