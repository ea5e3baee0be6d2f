// chatvault_bench: measures one phase per process (so peak RSS belongs to that phase) and
// prints `name: value unit` lines; scripts/bench.sh runs the phases and the baselines.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/import.hpp"
#include "app/init.hpp"
#include "app/search.hpp"
#include "archive/archive.hpp"
#include "bench/dump_sink.hpp"
#include "bench/generate_messenger.hpp"
#include "bench/generate_whatsapp.hpp"
#include "importers/importer.hpp"
#include "util/error.hpp"

using namespace chatvault;
namespace fs = std::filesystem;

namespace {

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Counts what the importer produces and drops it: the parse-only figure.
class CountingSink : public model::Sink {
 public:
  void begin_chat(const model::Chat&) override {}
  void message(model::Message&& msg) override {
    ++messages;
    bytes += msg.text.size();
  }
  void end_chat() override {}
  void skipped(const model::Origin&, std::string_view) override { ++skipped_count; }
  void warning(const model::Origin&, std::string_view) override {}
  std::uint64_t messages = 0;
  std::uint64_t bytes = 0;
  std::uint64_t skipped_count = 0;
};

int usage() {
  std::cerr << "usage: chatvault_bench generate N FILE [PEOPLE] | generate-messenger N DIR | parse PATH [FORMAT] | "
               "import PATH ARCHIVE [--plain] | search ARCHIVE [--plain] | dump PATH FORMAT\n"
               "  --corpus small|dict: the generators' words (dict: the system's English, German, French and\n"
               "    Spanish word lists, Zipf-like; small: 48 words, the default)\n"
               "  --plain: the same code on plain SQLite, without the page-sealing VFS (nothing encrypted)\n"
               "  dump: every field of every chat, message, skip and warning the importer gives, one line each\n";
  return 1;
}

const Secret& bench_passphrase() {
  static const Secret s("benchmark passphrase");  // a constant, not mutable state
  return s;
}

bool g_plain = false;  // --plain: set once from the command line

int run(std::vector<std::string> args) {
  std::string corpus = "small";
  for (auto it = args.begin(); it != args.end();) {
    if (*it == "--plain") {
      g_plain = true;
      archive::allow_unsealed_archives_for_benchmarks();
      it = args.erase(it);
    } else if (*it == "--corpus" && it + 1 != args.end()) {
      corpus = *(it + 1);
      it = args.erase(it, it + 2);
    } else {
      ++it;
    }
  }
  if ((args.size() == 3 || args.size() == 4) && args[0] == "generate") {
    const bench::Vocabulary words(corpus);
    const auto start = std::chrono::steady_clock::now();
    const std::size_t people = args.size() == 4 ? std::stoul(args[3]) : 4;
    const auto g = bench::generate_whatsapp_export(args[2], std::stoull(args[1]), words, 42, people);
    std::printf("generated: %llu messages, %.1f MB in %.2f s (corpus %s: %zu words)\n",
                static_cast<unsigned long long>(g.messages), static_cast<double>(g.bytes) / 1e6, seconds_since(start),
                corpus.c_str(), words.size());
    return 0;
  }
  if (args.size() == 3 && args[0] == "generate-messenger") {
    const bench::Vocabulary words(corpus);
    const auto start = std::chrono::steady_clock::now();
    const auto g = bench::generate_messenger_download(args[2], std::stoull(args[1]), words);
    std::printf("generated: %llu messages, %.1f MB of Messenger JSON in %.2f s (corpus %s: %zu words)\n",
                static_cast<unsigned long long>(g.messages), static_cast<double>(g.bytes) / 1e6, seconds_since(start),
                corpus.c_str(), words.size());
    return 0;
  }
  if ((args.size() == 2 || args.size() == 3) && args[0] == "parse") {
    const auto registry = importers::builtin_importers();
    const auto tree = importers::SourceTree::open(args[1]);
    importers::ImportOptions options;
    options.zone = "UTC";
    CountingSink sink;
    const auto start = std::chrono::steady_clock::now();
    registry.choose(tree, args.size() == 3 ? args[2] : "whatsapp").import(tree, options, sink);
    const double s = seconds_since(start);
    std::printf("parse messages: %llu\nparse seconds: %.3f\nparse rate: %.0f msg/s\nparse peak RSS: %.1f MB\n",
                static_cast<unsigned long long>(sink.messages), s, static_cast<double>(sink.messages) / s,
                peak_rss_mb());
    return 0;
  }
  if (args.size() == 3 && args[0] == "dump") {
    // For diffing two builds' readings of one input: stdout only, nothing timed.
    const auto registry = importers::builtin_importers();
    const auto tree = importers::SourceTree::open(args[1]);
    importers::ImportOptions options;
    options.zone = "UTC";
    bench::DumpSink sink(std::cout);
    try {
      const auto report = registry.choose(tree, args[2]).import(tree, options, sink);
      std::cout << "report zone=" << report.zone << " date_order=" << report.date_order << "\n";
      for (const auto& n : report.notes) std::cout << "note " << n << "\n";
    } catch (const Error& e) {
      std::cout << "error " << e.what() << "\n";
    }
    return 0;
  }
  if (args.size() == 3 && args[0] == "import") {
    fs::remove(args[2]);
    app::InitRequest init;
    init.archive = args[2];
    init.passphrase = &bench_passphrase();
    init.kdf = archive::KdfLevel::interactive;
    init.unsealed_for_benchmarks = g_plain;
    app::run_init(init);
    app::ImportRequest req;
    req.archive = args[2];
    req.passphrase = &bench_passphrase();
    req.sources = {args[1]};
    req.options.zone = "UTC";
    CollectingReporter reporter;
    const auto start = std::chrono::steady_clock::now();
    const auto result = app::run_import(req, reporter);
    const double s = seconds_since(start);
    const auto added = result.sources.at(0).counts.messages_added;
    std::printf("import messages: %llu\nimport seconds: %.3f\nimport rate: %.0f msg/s\nimport peak RSS: %.1f MB\n"
                "archive size: %.1f MB\n",
                static_cast<unsigned long long>(added), s, static_cast<double>(added) / s, peak_rss_mb(),
                static_cast<double>(fs::file_size(args[2])) / 1e6);
    return 0;
  }
  if (args.size() == 2 && args[0] == "search") {
    const std::vector<std::string> queries{"dinner", "coffee tonight", "caf*", "\"see you\"", "hike", "map",
                                           "train late", "photo", "really nice", "weekend"};
    const auto start = std::chrono::steady_clock::now();
    std::size_t hits = 0;
    int runs = 0;
    for (int round = 0; round < 20; ++round) {
      for (const auto& q : queries) {
        app::SearchRequest req;
        req.archive = {args[1], &bench_passphrase()};
        req.query.text = q;
        req.query.limit = 20;
        if (round % 2 == 1) {
          req.query.from = "Ben Carter";
        }
        hits += app::run_search(req).hits.size();
        ++runs;
      }
    }
    const double s = seconds_since(start);
    std::printf("search queries: %d (%zu hits)\nsearch ms/query: %.2f (each opens the archive)\n", runs, hits,
                s * 1000.0 / runs);
    // The same queries on one open archive: the search work alone, without the key derivation.
    const auto archive = archive::Archive::open(args[1], bench_passphrase(), archive::OpenMode::read);
    const auto start2 = std::chrono::steady_clock::now();
    hits = 0;
    runs = 0;
    for (int round = 0; round < 200; ++round) {
      for (const auto& q : queries) {
        archive::SearchQuery query;
        query.text = q;
        query.limit = 20;
        if (round % 2 == 1) {
          query.from = "Ben Carter";
        }
        hits += archive->search(query).size();
        ++runs;
      }
    }
    const double s2 = seconds_since(start2);
    std::printf("search open ms/query: %.3f (%d queries on one open archive, %zu hits)\n", s2 * 1000.0 / runs, runs,
                hits);
    std::printf("archive encrypted: %s\n", archive->encrypted() ? "yes" : "no");
    return 0;
  }
  return usage();
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const Error& e) {
    std::cerr << "chatvault_bench: " << e.what() << '\n';
    return exit_code_for(e.category());
  } catch (const std::exception& e) {
    std::cerr << "chatvault_bench: " << e.what() << '\n';
    return 4;
  }
}
