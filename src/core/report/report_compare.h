// A comparison of two assessments (engine/compare.h) for people, as Markdown,
// and for programs, as JSON with both values of every change. The names say
// which document was which ("baseline.json", "today.json"); they are user text
// and are escaped like any other.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_COMPARE_H_
#define CLOUDGAP_CORE_REPORT_REPORT_COMPARE_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/engine/compare.h"

namespace cloudgap {

struct ComparedNames {
  std::string before;
  std::string after;
};

std::string RenderComparisonMarkdown(const Catalog& catalog, const Comparison& c,
                                     const ComparedNames& names);
std::string RenderComparisonJson(const Comparison& c, const ComparedNames& names);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_COMPARE_H_
