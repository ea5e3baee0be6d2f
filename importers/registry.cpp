#include <algorithm>

#include "importers/importer.hpp"
#include "importers/meta/meta_importers.hpp"
#include "importers/telegram/telegram_importer.hpp"
#include "importers/whatsapp/whatsapp_importer.hpp"
#include "util/error.hpp"

namespace chatvault::importers {

void ImporterRegistry::add(std::unique_ptr<Importer> importer) {
  if (find(importer->name()) != nullptr) {
    throw Error(ErrorCategory::internal, "importer '" + std::string(importer->name()) + "' registered twice");
  }
  m_importers.push_back(std::move(importer));
}

const Importer* ImporterRegistry::find(std::string_view name) const {
  for (const auto& imp : m_importers) {
    if (imp->name() == name) {
      return imp.get();
    }
  }
  return nullptr;
}

std::vector<std::string> ImporterRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& imp : m_importers) {
    out.emplace_back(imp->name());
  }
  return out;
}

namespace {

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    out += out.empty() ? p : ", " + p;
  }
  return out;
}

}  // namespace

const Importer& ImporterRegistry::choose(const SourceTree& tree, std::string_view format) const {
  const auto all = choose_all(tree, format);
  if (all.size() > 1) {
    std::vector<std::string> names;
    for (const Importer* imp : all) names.emplace_back(imp->name());
    throw Error(ErrorCategory::input, tree.path().string() + ": holds exports of " + join(names) +
                                          "; say which with --format");
  }
  return *all.front();
}

std::vector<const Importer*> ImporterRegistry::choose_all(const SourceTree& tree, std::string_view format) const {
  if (!format.empty()) {
    if (const Importer* imp = find(format)) {
      return {imp};
    }
    throw Error(ErrorCategory::usage,
                "unknown --format '" + std::string(format) + "'; known formats: " + join(names()));
  }
  struct Candidate {
    const Importer* importer;
    Detection detection;
  };
  std::vector<Candidate> candidates;
  std::vector<std::string> reasons;
  for (const auto& imp : m_importers) {
    Detection d = imp->detect(tree);
    if (d.confidence > 0) {
      candidates.push_back({imp.get(), std::move(d)});
    } else if (!d.reason.empty()) {
      reasons.push_back(std::string(imp->name()) + ": " + d.reason);
    }
  }
  if (candidates.empty()) {
    std::string msg = tree.path().string() + ": not a chat export chatvault can read";
    if (!reasons.empty()) {
      msg += " (" + join(reasons) + ")";
    }
    throw Error(ErrorCategory::input, msg);
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.detection.confidence > b.detection.confidence; });
  if (candidates.size() > 1 && candidates[0].detection.confidence == candidates[1].detection.confidence) {
    std::vector<const Importer*> tied;
    std::vector<std::string> names;
    bool distinct_platforms = true;
    for (const auto& c : candidates) {
      if (c.detection.confidence == candidates[0].detection.confidence) {
        for (const Importer* other : tied) {
          distinct_platforms = distinct_platforms && other->platform() != c.importer->platform();
        }
        tied.push_back(c.importer);
        names.emplace_back(c.importer->name());
      }
    }
    if (candidates[0].detection.confidence >= k_certain && distinct_platforms) {
      return tied;
    }
    throw Error(ErrorCategory::input, tree.path().string() + ": could be any of " + join(names) +
                                          "; say which with --format");
  }
  return {candidates[0].importer};
}

ImporterRegistry builtin_importers() {
  ImporterRegistry r;
  r.add(make_whatsapp_importer());
  r.add(make_telegram_importer());
  r.add(make_messenger_importer());
  r.add(make_instagram_importer());
  return r;
}

}  // namespace chatvault::importers
