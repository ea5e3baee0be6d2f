// Meta downloads as people get them: Messenger and Instagram in one download, a download in
// part zips given one part at a time, a later download of the same account.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "app/import.hpp"
#include "app/init.hpp"
#include "importers/importer.hpp"
#include "tests/app/temp_archive.hpp"
#include "tests/support.hpp"
#include "tests/zip_writer.hpp"

using namespace chatvault;
namespace fs = std::filesystem;

namespace {

using Store = test::TempArchive;

fs::path sample(const char* product, const char* name) { return test::samples_dir() / product / name; }

// (path inside the download, bytes) of every file under `root`, with `prefix` before each path.
std::vector<std::pair<std::string, std::string>> files_of(const fs::path& root, bool media) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const std::string rel = fs::relative(e.path(), root).generic_string();
    const bool is_media = rel.find("/photos/") != std::string::npos || rel.find("/audio/") != std::string::npos ||
                          rel.find("/files/") != std::string::npos;
    if (e.is_regular_file() && is_media == media) out.emplace_back(rel, test::read_file(e.path()));
  }
  return out;
}

}  // namespace

TEST_CASE("meta: a download holding Messenger and Instagram imports both, each as its own platform") {
  test::TempDir tmp;
  auto entries = files_of(sample("messenger", "facebook-jonasweber-2025"), false);
  for (auto& e : files_of(sample("messenger", "facebook-jonasweber-2025"), true)) entries.push_back(std::move(e));
  for (auto& e : files_of(sample("instagram", "instagram-jonas.weber-2024"), false)) entries.push_back(std::move(e));
  for (auto& e : files_of(sample("instagram", "instagram-jonas.weber-2024"), true)) entries.push_back(std::move(e));
  test::make_zip(tmp / "meta-jonas.zip", entries);

  const auto registry = importers::builtin_importers();
  const auto tree = importers::SourceTree::open(tmp / "meta-jonas.zip");
  std::string message;
  CHECK(test::category_of([&] { registry.choose(tree, ""); }, &message) == ErrorCategory::input);
  CHECK(message.find("holds exports of messenger, instagram") != std::string::npos);
  CHECK(registry.choose_all(tree, "").size() == 2);
  CHECK(registry.choose_all(tree, "instagram").size() == 1);

  Store store;
  CollectingReporter reporter;
  const auto result = store.import({tmp / "meta-jonas.zip"}, reporter);
  REQUIRE(result.sources.size() == 2);
  CHECK(result.sources[0].format == "messenger");
  CHECK(result.sources[0].counts.chats == 4);
  CHECK(result.sources[0].counts.messages_added == 25);
  CHECK(result.sources[1].format == "instagram");
  CHECK(result.sources[1].counts.chats == 1);
  CHECK(result.sources[1].counts.messages_added == 8);
  // Again: nothing new.
  const auto again = store.import({tmp / "meta-jonas.zip"}, reporter);
  CHECK(again.sources.at(0).counts.messages_added == 0);
  CHECK(again.sources.at(1).counts.messages_added == 0);
}

TEST_CASE("meta: one part of a download given alone reads the other parts beside it") {
  test::TempDir tmp;
  const fs::path root = sample("messenger", "facebook-jonasweber-2025");
  // JSON in part 1, media in part 2 (Meta splits large downloads like this).
  test::make_zip(tmp / "facebook-jonasweber-part1.zip", files_of(root, false));
  test::make_zip(tmp / "facebook-jonasweber-part2.zip", files_of(root, true));
  test::make_zip(tmp / "facebook-someone-else-part3.zip", {{"x.txt", "not ours"}});

  Store store;
  CollectingReporter reporter;
  const auto result = store.import({tmp / "facebook-jonasweber-part1.zip"}, reporter);
  REQUIRE(result.sources.size() == 1);
  CHECK(result.sources[0].label == "facebook-jonasweber (2 parts)");
  CHECK(result.sources[0].counts.messages_added == 25);
  CHECK(result.sources[0].counts.attachments_stored == 3);  // the photo, the voice clip, the PDF from part 2
  bool said = false;
  for (const auto& line : reporter.infos) {
    said = said || line.find("is one of 2 parts of one download; reading them together: facebook-jonasweber-part1.zip, "
                             "facebook-jonasweber-part2.zip") != std::string::npos;
  }
  CHECK(said);
}

TEST_CASE("meta: a later download of the same account adds only the new messages") {
  test::TempDir tmp;
  const fs::path root = sample("messenger", "facebook-jonasweber-2025");
  // The earlier download: without the newest file of Lena's thread.
  std::vector<std::pair<std::string, std::string>> earlier;
  for (auto& e : files_of(root, false)) {
    if (e.first.find("lenafischer_1029384756473829/message_1.json") == std::string::npos) earlier.push_back(std::move(e));
  }
  test::make_zip(tmp / "earlier.zip", earlier);
  Store store;
  CollectingReporter reporter;
  const auto first = store.import({tmp / "earlier.zip"}, reporter);
  CHECK(first.sources.at(0).counts.messages_added == 4 + 10 + 2 + 2);
  const auto later = store.import({root}, reporter);
  CHECK(later.sources.at(0).counts.messages_added == 7);  // message_1.json's, less the one at the seam
  CHECK(later.sources[0].counts.duplicates == 18);
}
