// For tests only: the hostile corpus every report format is fed (markup,
// formulas, Markdown structure, control characters, bidirectional overrides,
// invalid UTF-8, very long text), and an assessment carrying one of its
// payloads in every field a user can type.
#ifndef CLOUDGAP_CORE_TESTING_HOSTILE_CORPUS_H_
#define CLOUDGAP_CORE_TESTING_HOSTILE_CORPUS_H_

#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

const std::vector<std::string>& Payloads();

// `payload` in the organisation, and in the notes, owner, evidence text and link
// of every control; one control not applicable and one question answered N/A,
// both justified with it. Every other question answered "partly", role both.
Assessment Hostile(const Catalog& catalog, const std::string& payload);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_HOSTILE_CORPUS_H_
