#pragma once
// import_in_background: runs an importer on a worker thread so that parsing and storing overlap.
#include "importers/importer.hpp"

namespace chatvault::importers {

// Like importer.import(tree, options, sink), with the importer on a worker thread and `sink`
// fed on the calling thread, every event in the order the importer sent it. options.known_chat
// is called on the calling thread too (it usually reads the archive the sink writes), while
// the worker waits for its answer. Memory stays bounded: the worker waits when a few batches
// of messages are queued. An exception from the importer reaches the caller after every event
// sent before it was delivered; one from the sink stops the importer and reaches the caller.
ImportReport import_in_background(const Importer& importer, const SourceTree& tree, const ImportOptions& options,
                                  model::Sink& sink);

}  // namespace chatvault::importers
