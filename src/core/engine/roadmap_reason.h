// The reason a roadmap item gives for its place (roadmap.h): its risk band,
// why it is as urgent as it is, its gap and effort, what it waits for and
// what it unblocks. One sentence, ending in a full stop, in `words`' language.
#ifndef CLOUDGAP_CORE_ENGINE_ROADMAP_REASON_H_
#define CLOUDGAP_CORE_ENGINE_ROADMAP_REASON_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/roadmap.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

// Both append to `out`, so that a roadmap of 10,000 items can build every
// reason in one buffer and copy each out at its length.

// For a control's item; `result` is the control's evaluation.
void AppendReason(const RoadmapItem& item, const ControlResult& result, const MessageCatalog& words,
                  std::string* out);

// For a management-system step's item: `after_controls` for the internal audit,
// `extension` when an existing ISMS is being extended for the cloud.
void AppendStepReason(const RoadmapItem& item, bool after_controls, bool extension,
                      const MessageCatalog& words, std::string* out);

// The reason of `item` of BuildRoadmap(catalog, assessment, evaluation) in
// another language: what a screen shows when the language changes after the
// roadmap was built.
std::string RoadmapReason(const Catalog& catalog, const Assessment& assessment,
                          const Evaluation& evaluation, const RoadmapItem& item,
                          const MessageCatalog& words);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_ROADMAP_REASON_H_
