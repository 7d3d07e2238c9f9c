// A sample assessment for "try a sample" on the welcome screen and for demos:
// a fictional mid-size SaaS customer part-way through, with a realistic mix of
// answers. Deterministic: the same catalog gives the same document.
#ifndef CLOUDGAP_CORE_DOCUMENT_SAMPLE_ASSESSMENT_H_
#define CLOUDGAP_CORE_DOCUMENT_SAMPLE_ASSESSMENT_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

Assessment SampleAssessment(const Catalog& catalog, AssessmentMode mode, const std::string& now);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_SAMPLE_ASSESSMENT_H_
