#include "core/document/sample_assessment.h"

#include <cstdint>

#include "core/document/applicability.h"

namespace cloudgap {
namespace {

// FNV-1a: a stable hash so the sample does not depend on the standard library.
std::uint32_t Hash(const std::string& s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace

Assessment SampleAssessment(const Catalog& catalog, AssessmentMode mode, const std::string& now) {
  Profile profile;
  profile.organisation = "Example Cloud Ltd";
  profile.role = RoleScope::kCustomer;
  profile.services = {true, false, true};  // IaaS and SaaS.
  profile.isms = IsmsState::kCertified;
  profile.mode = mode;
  Assessment a = NewAssessment(catalog, profile, now);
  // Stronger on policy and people, weaker on cloud-specific operations: the
  // usual picture for a company that runs an ISMS but is new to 27017.
  for (const Control& control : catalog.controls) {
    const bool cloud_specific = control.kind == ControlKind::kCloud || control.clause == 12;
    ForEachAskedQuestion(profile, control, [&](const Question& q) {
      const std::uint32_t roll = Hash(q.id) % 100;
      Answer answer = Answer::kYes;
      if (cloud_specific) {
        answer = roll < 30   ? Answer::kYes
                 : roll < 60 ? Answer::kPartly
                 : roll < 90 ? Answer::kNo
                             : Answer::kDontKnow;
      } else {
        answer = roll < 60 ? Answer::kYes : roll < 85 ? Answer::kPartly : Answer::kNo;
      }
      a.answers[q.id].answer = answer;
    });
  }
  if (catalog.FindControl("12.4.1") == nullptr) return a;
  ControlRecord& logging = a.controls["12.4.1"];
  logging.owner = "Platform team";
  logging.notes = "Central log store in place for production accounts; staging not yet covered.";
  logging.evidence.push_back({"Logging standard v2", "https://intranet.example/policies/logging"});
  return a;
}

}  // namespace cloudgap
