#include "importers/background_import.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace chatvault::importers {
namespace {

// Events are handed over in batches, so the two threads meet once per few hundred messages
// rather than once per message; a few batches in flight bound the memory. Delivered batches go
// back to the worker, whose next messages are moved into their events: the strings' buffers
// travel round instead of being allocated on one thread and freed on the other.
constexpr std::size_t k_batch_events = 256;
constexpr std::size_t k_max_batches = 8;

// One thing the importer did, kept until the calling thread repeats it. (A plain struct, not a
// std::variant: GCC 12 warns falsely about variants of these types under the sanitizers.)
struct Event {
  enum class Type { begin_chat, message, end_chat, skipped, warning, call };
  Type type = Type::message;
  model::Message msg;                        // message; for skipped/warning only its origin
  std::unique_ptr<model::Chat> chat;         // begin_chat
  std::string text;                          // skipped/warning
  const std::function<void()>* fn = nullptr; // call: run on the calling thread; the worker waits
};
using Batch = std::vector<Event>;

// Thrown on the worker once the calling thread has stopped taking events: it unwinds the
// importer without being reported (the caller already has the error that stopped it).
struct Stopped {};

class Channel {
 public:
  // Worker side: waits while the queue is full.
  void push(Batch&& batch) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < k_max_batches; });
    if (m_stopped) throw Stopped{};
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
  }
  // Worker side: waits until the calling thread has run `count` calls in all.
  void wait_calls(std::uint64_t count) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || m_calls_done >= count; });
    if (m_calls_done < count) throw Stopped{};
  }
  void close() {
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
  }

  // Calling side: false once the worker closed the queue and it is empty.
  bool pop(Batch& out) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_batches.empty() || m_closed; });
    if (m_batches.empty()) return false;
    out = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return true;
  }
  // Calling side: a delivered batch, for the worker to fill again.
  void recycle(Batch&& batch) {
    const std::lock_guard lock(m_mutex);
    if (m_spare.size() < k_max_batches) m_spare.push_back(std::move(batch));
  }
  // Worker side: a delivered batch to fill again, or a new one.
  Batch spare() {
    const std::lock_guard lock(m_mutex);
    if (m_spare.empty()) return Batch();
    Batch b = std::move(m_spare.back());
    m_spare.pop_back();
    return b;
  }
  void call_done() {
    const std::lock_guard lock(m_mutex);
    ++m_calls_done;
    m_changed.notify_all();
  }
  void stop() {
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::deque<Batch> m_batches;
  std::vector<Batch> m_spare;
  std::uint64_t m_calls_done = 0;
  bool m_closed = false;
  bool m_stopped = false;
};

// The sink the importer writes to, on the worker.
class QueueSink final : public model::Sink {
 public:
  explicit QueueSink(Channel& channel) : m_channel(channel) { m_batch.reserve(k_batch_events); }

  void begin_chat(const model::Chat& chat) override {
    Event& e = add(Event::Type::begin_chat);
    if (e.chat) {
      *e.chat = chat;
    } else {
      e.chat = std::make_unique<model::Chat>(chat);
    }
    flush_if_full();
  }
  void message(model::Message&& msg) override {
    add(Event::Type::message).msg = std::move(msg);
    flush_if_full();
  }
  void end_chat() override {
    add(Event::Type::end_chat);
    flush_if_full();
  }
  void skipped(const model::Origin& where, std::string_view reason) override { note(Event::Type::skipped, where, reason); }
  void warning(const model::Origin& where, std::string_view text) override { note(Event::Type::warning, where, text); }

  // Runs `fn` on the calling thread after every event before it, and waits for it.
  void call(const std::function<void()>& fn) {
    add(Event::Type::call).fn = &fn;
    flush();
    m_channel.wait_calls(++m_calls);
  }
  void flush() {
    if (m_used == 0) return;
    m_batch.resize(m_used);  // a reused batch may hold more events than this one sends
    m_channel.push(std::move(m_batch));
    m_batch = m_channel.spare();
    m_batch.reserve(k_batch_events);
    m_used = 0;
  }

 private:
  // The next event slot: a reused one keeps its old contents, which every caller overwrites in
  // the fields its type uses (deliver reads no others).
  Event& add(Event::Type type) {
    Event& e = m_used < m_batch.size() ? m_batch[m_used] : m_batch.emplace_back();
    ++m_used;
    e.type = type;
    return e;
  }
  void note(Event::Type type, const model::Origin& where, std::string_view text) {
    Event& e = add(type);
    e.msg.origin = where;
    e.text.assign(text);
    flush_if_full();
  }
  void flush_if_full() {
    if (m_used >= k_batch_events) flush();
  }

  Channel& m_channel;
  Batch m_batch;
  std::size_t m_used = 0;  // events of m_batch in use
  std::uint64_t m_calls = 0;
};

void deliver(Event& e, model::Sink& sink, Channel& channel) {
  switch (e.type) {
    case Event::Type::begin_chat:
      sink.begin_chat(*e.chat);
      return;
    case Event::Type::message:
      sink.message(std::move(e.msg));
      return;
    case Event::Type::end_chat:
      sink.end_chat();
      return;
    case Event::Type::skipped:
      sink.skipped(e.msg.origin, e.text);
      return;
    case Event::Type::warning:
      sink.warning(e.msg.origin, e.text);
      return;
    case Event::Type::call:
      (*e.fn)();
      channel.call_done();
      return;
  }
}

}  // namespace

ImportReport import_in_background(const Importer& importer, const SourceTree& tree, const ImportOptions& options,
                                  model::Sink& sink) {
  Channel channel;
  QueueSink queue(channel);
  ImportOptions worker_options = options;
  if (options.known_chat) {
    worker_options.known_chat = [&](model::Platform platform, std::string_view key) {
      std::optional<model::Chat> answer;
      const std::function<void()> ask = [&] { answer = options.known_chat(platform, key); };
      queue.call(ask);
      return answer;
    };
  }
  ImportReport report;
  std::exception_ptr worker_error;
  std::thread worker([&] {
    try {
      report = importer.import(tree, worker_options, queue);
      queue.flush();
    } catch (const Stopped&) {  // NOLINT(bugprone-empty-catch): the caller holds the reason
    } catch (...) {
      worker_error = std::current_exception();
      try {
        queue.flush();  // what was sent before the error is delivered before it
      } catch (const Stopped&) {  // NOLINT(bugprone-empty-catch)
      }
    }
    channel.close();
  });

  std::exception_ptr sink_error;
  try {
    Batch batch;
    while (channel.pop(batch)) {
      for (Event& event : batch) deliver(event, sink, channel);
      channel.recycle(std::move(batch));
      batch = Batch();
    }
  } catch (...) {
    sink_error = std::current_exception();
  }
  channel.stop();
  worker.join();
  if (sink_error) std::rethrow_exception(sink_error);
  if (worker_error) std::rethrow_exception(worker_error);
  return report;
}

}  // namespace chatvault::importers
