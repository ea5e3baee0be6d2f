#include "app/search.hpp"

#include "util/error.hpp"

namespace chatvault::app {

SearchResult run_search(const SearchRequest& request) {
  if (request.query.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw Error(ErrorCategory::usage, "the search query is empty: give at least one word");
  }
  if (request.query.limit == 0) {
    throw Error(ErrorCategory::usage, "--limit must be at least 1");
  }
  auto store = open_for_reading(request.archive);
  SearchResult result;
  result.hits = store->search(request.query);
  return result;
}

}  // namespace chatvault::app
