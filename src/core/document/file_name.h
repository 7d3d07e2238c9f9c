// File names for what CloudGap saves. One rule for the exported document and
// every report, so that the files of one assessment carry the same stem and sort
// together: "cloudgap-<organisation>-<date>", the organisation as an ASCII slug
// (accents dropped, "Société Générale" -> "societe-generale", at most 40
// characters) or "quick-scan" / "assessment" when it has none, then for a
// question pack "-pack-<respondent or whom it is for>", the date the
// assessment was last changed (yyyy-mm-dd). Safe on every file system: only
// a-z, 0-9 and '-'.
#ifndef CLOUDGAP_CORE_DOCUMENT_FILE_NAME_H_
#define CLOUDGAP_CORE_DOCUMENT_FILE_NAME_H_

#include <string>

#include "core/document/assessment.h"

namespace cloudgap {

// "cloudgap-acme-ltd-2024-05-03", as described above.
std::string AssessmentFileStem(const Assessment& assessment);

// The exported assessment document: the stem and ".json".
std::string DocumentFileName(const Assessment& assessment);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_FILE_NAME_H_
