// The human-readable report: a Markdown document with the summary, the
// scoring rules, clause and control tables, the roadmap by phase with its
// actions, the score projection, the "assess first" list, the Statement of
// Applicability and the reasoning behind every score. All user text is escaped
// (markdown_escape.h). States the engine version and the catalog's SHA-256, and
// has no timestamp of its own: the same document gives the same bytes.
#ifndef CLOUDGAP_CORE_REPORT_MARKDOWN_H_
#define CLOUDGAP_CORE_REPORT_MARKDOWN_H_

#include <string>

#include "core/assessment.h"
#include "core/catalog.h"
#include "core/evaluation.h"
#include "core/roadmap.h"

namespace cloudgap {

// `evaluation` and `roadmap` must come from Evaluate and BuildRoadmap on the
// same catalog and assessment.
std::string RenderMarkdownReport(const Catalog& catalog, const Assessment& assessment,
                                 const Evaluation& evaluation, const Roadmap& roadmap);

// Evaluates and builds the roadmap first.
std::string RenderMarkdownReport(const Catalog& catalog, const Assessment& assessment);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_MARKDOWN_H_
