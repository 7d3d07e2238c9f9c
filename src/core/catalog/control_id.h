// Control identifiers as catalogs spell them: "12.4.1" for an ISO/IEC 27002:2013
// control that ISO/IEC 27017 extends, "CLD.9.5.2" for one that 27017 adds. The
// first number is the clause either way.
#ifndef CLOUDGAP_CORE_CATALOG_CONTROL_ID_H_
#define CLOUDGAP_CORE_CATALOG_CONTROL_ID_H_

#include <string_view>
#include <vector>

namespace cloudgap {

// Two or more dot-separated decimal numbers: "8.15", "12.4.1".
bool IsDottedNumber(std::string_view text);

// A dotted number, optionally prefixed by "CLD.".
bool IsControlId(std::string_view id);
bool IsCloudControlId(std::string_view id);  // Has the "CLD." prefix.

// The numbers of a control id: "CLD.9.5.2" -> {9, 5, 2}. Empty when not a control id.
std::vector<long> ControlIdNumbers(std::string_view id);

// Catalog order: by clause, then 27002 controls before CLD ones, then numerically
// part by part (9.2.2 before 9.2.10). Ids that are not control ids sort last, by text.
bool ControlIdLess(std::string_view a, std::string_view b);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CONTROL_ID_H_
