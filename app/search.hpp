#pragma once
// Search use case: full-text search over an archive with filters, newest first.
#include <vector>

#include "app/archive_ref.hpp"
#include "archive/archive.hpp"

namespace chatvault::app {

using SearchHit = archive::SearchHit;

struct SearchRequest {
  ArchiveRef archive;
  archive::SearchQuery query;
};

struct SearchResult {
  std::vector<SearchHit> hits;
};

// Throws Error(usage) for an empty query.
SearchResult run_search(const SearchRequest& request);

}  // namespace chatvault::app
