#include "core/document/file_name.h"

#include "core/text/slug.h"

namespace cloudgap {
namespace {

constexpr size_t kMaxOrganisationChars = 40;

}  // namespace

std::string AssessmentFileStem(const Assessment& assessment) {
  std::string who = Slug(assessment.profile.organisation, kMaxOrganisationChars);
  if (who.empty()) {
    who = assessment.profile.mode == AssessmentMode::kQuick ? "quick-scan" : "assessment";
  }
  if (assessment.pack) {
    const QuestionPack& pack = *assessment.pack;
    const std::string person =
        Slug(pack.respondent.empty() ? pack.handed_to : pack.respondent, kMaxOrganisationChars);
    who += person.empty() ? "-pack" : "-pack-" + person;
  }
  // yyyy-mm-dd of the timestamp; only digits and '-' whatever the field holds.
  std::string date;
  for (char c : assessment.updated_at.substr(0, 10)) {
    if ((c >= '0' && c <= '9') || c == '-') date += c;
  }
  return "cloudgap-" + who + (date.empty() ? "" : "-" + date);
}

std::string DocumentFileName(const Assessment& assessment) {
  return AssessmentFileStem(assessment) + ".json";
}

}  // namespace cloudgap
