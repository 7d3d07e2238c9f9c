// The assessment document: who is being assessed (the profile), their answers
// to the catalog's questions, and what they record per control (N/A with a
// justification, notes, evidence, owner, due date, maturity and target set by
// hand). It is the one format for autosave, export, import and the share link;
// document_json.h reads and writes it, docs/assessment-format.md describes it.
//
// An Assessment is plain data. It is valid against a catalog when every key
// names a question or control of that catalog, every "not applicable" carries a
// non-blank justification, and numbers and dates are in range. The parser only
// returns valid assessments and the edit functions (assessment_edit.h) keep
// them valid, so code that fills the fields by hand must keep the rules too.
#ifndef CLOUDGAP_CORE_DOCUMENT_ASSESSMENT_H_
#define CLOUDGAP_CORE_DOCUMENT_ASSESSMENT_H_

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/text/enum_text.h"
#include "core/text/text_clean.h"  // IsBlank, used with every text field.

namespace cloudgap {

inline constexpr char kAssessmentFormat[] = "cloudgap-assessment/1";

enum class Answer { kUnanswered, kYes, kPartly, kNo, kDontKnow, kNotApplicable };
enum class RoleScope { kCustomer, kProvider, kBoth };  // "csc", "csp", "both"
enum class AssessmentMode { kQuick, kFull };           // "quick", "full"
// An ISO/IEC 27001 management system: none yet, being built, or certified.
enum class IsmsState { kNone, kInProgress, kCertified };  // "none", "in_progress", "certified"
// Where the work on a control stands, as a team tracks it. Set by a person;
// when not set it follows from the answers (core/engine/closeout.h).
enum class WorkStatus { kNotStarted, kInProgress, kAnswered, kReviewed };

// Document names: "yes", "partly", "no", "dont_know", "na"; "unanswered" for
// kUnanswered, which a document expresses by leaving the question out.
inline constexpr EnumText<Answer> kAnswerNames[] = {
    {Answer::kUnanswered, "unanswered"}, {Answer::kYes, "yes"},
    {Answer::kPartly, "partly"},         {Answer::kNo, "no"},
    {Answer::kDontKnow, "dont_know"},    {Answer::kNotApplicable, "na"}};
static_assert(InEnumOrder(kAnswerNames));
inline constexpr EnumText<RoleScope> kRoleScopeNames[] = {
    {RoleScope::kCustomer, "csc"}, {RoleScope::kProvider, "csp"}, {RoleScope::kBoth, "both"}};
static_assert(InEnumOrder(kRoleScopeNames));
inline constexpr EnumText<AssessmentMode> kAssessmentModeNames[] = {
    {AssessmentMode::kQuick, "quick"}, {AssessmentMode::kFull, "full"}};
static_assert(InEnumOrder(kAssessmentModeNames));
inline constexpr EnumText<IsmsState> kIsmsStateNames[] = {{IsmsState::kNone, "none"},
                                                          {IsmsState::kInProgress, "in_progress"},
                                                          {IsmsState::kCertified, "certified"}};
static_assert(InEnumOrder(kIsmsStateNames));
inline constexpr EnumText<WorkStatus> kWorkStatusNames[] = {
    {WorkStatus::kNotStarted, "not_started"},
    {WorkStatus::kInProgress, "in_progress"},
    {WorkStatus::kAnswered, "answered"},
    {WorkStatus::kReviewed, "reviewed"}};
static_assert(InEnumOrder(kWorkStatusNames));

const char* AnswerName(Answer answer);
std::optional<Answer> ParseAnswer(std::string_view name);  // Never kUnanswered.
const char* RoleScopeName(RoleScope role);
std::optional<RoleScope> ParseRoleScope(std::string_view name);
const char* AssessmentModeName(AssessmentMode mode);
std::optional<AssessmentMode> ParseAssessmentMode(std::string_view name);
const char* IsmsStateName(IsmsState state);
std::optional<IsmsState> ParseIsmsState(std::string_view name);
std::optional<ServiceModel> ParseServiceModel(std::string_view name);
const char* WorkStatusName(WorkStatus status);
std::optional<WorkStatus> ParseWorkStatus(std::string_view name);

// For people.
inline constexpr EnumText<IsmsState> kIsmsStateLabels[] = {
    {IsmsState::kNone, "no ISMS yet"},
    {IsmsState::kInProgress, "ISMS being built"},
    {IsmsState::kCertified, "certified ISMS"}};
static_assert(InEnumOrder(kIsmsStateLabels));
inline constexpr EnumText<RoleScope> kRoleScopeLabels[] = {
    {RoleScope::kCustomer, "cloud service customer"},
    {RoleScope::kProvider, "cloud service provider"},
    {RoleScope::kBoth, "cloud service customer and provider"}};
static_assert(InEnumOrder(kRoleScopeLabels));
inline constexpr EnumText<ServiceModel> kServiceModelLabels[] = {
    {ServiceModel::kIaas, "IaaS"}, {ServiceModel::kPaas, "PaaS"}, {ServiceModel::kSaas, "SaaS"}};
static_assert(InEnumOrder(kServiceModelLabels));

const char* IsmsStateLabel(IsmsState state);
const char* RoleScopeLabel(RoleScope role);
const char* ServiceModelLabel(ServiceModel service);

struct Profile {
  std::string organisation;  // Optional.
  RoleScope role = RoleScope::kCustomer;
  std::array<bool, 3> services{true, true, true};  // In scope, indexed by ServiceModel.
  // Decides which management-system steps the roadmap holds (audit_plan.h).
  IsmsState isms = IsmsState::kNone;
  // A provider that runs its service on another provider's infrastructure:
  // physical and virtualisation questions are asked in their inherited form.
  bool upstream_infrastructure = false;
  int target_maturity = 3;           // 1..5; per-control targets override it.
  int capacity_days_per_month = 10;  // Person-days for remediation, 1..10000.
  AssessmentMode mode = AssessmentMode::kFull;
};

struct QuestionAnswer {
  Answer answer = Answer::kUnanswered;
  std::string justification;  // Required for, and only kept with, kNotApplicable.
};

struct EvidenceRef {
  std::string text;         // What it is, e.g. "Logging standard v2".
  std::string link;         // Where it is; any text, usually a URL. One of the two is set.
  std::string date{};       // "YYYY-MM-DD" it was issued or collected, or empty.
  std::string review_by{};  // "YYYY-MM-DD" it must be looked at again by, or empty.
};

// Whether `evidence` was due for review before `as_of` ("YYYY-MM-DD"): its
// review-by date is set and earlier. Evidence reviewed on the day is current.
bool EvidenceExpired(const EvidenceRef& evidence, const std::string& as_of);

struct ControlRecord {
  bool not_applicable = false;  // The whole control; needs a justification.
  std::string justification;    // Required for, and only kept with, not_applicable.
  std::string notes;
  std::vector<EvidenceRef> evidence;
  std::string owner;
  std::string due_date;              // "YYYY-MM-DD" or empty.
  std::optional<int> maturity;       // 0..5; overrides the maturity derived from answers.
  std::optional<int> target;         // 0..5; overrides the profile's target.
  std::optional<WorkStatus> status;  // None: follows from the answers.
  std::string reviewer;              // Who reviewed it (or is to).
  // The respondents whose question packs answered it, first merged first
  // (core/document/merge.h). Kept, never typed.
  std::vector<std::string> answered_by;
};

// Marks a document as a question pack: the part of an assessment handed to
// one person to answer and send back (core/document/question_pack.h). Its
// answers and records are only for `controls`.
struct QuestionPack {
  std::string id;                     // A UUID; names the pack in the merge.
  std::vector<std::string> controls;  // Handed out, in catalog order; at least one.
  std::string handed_to;              // Whom the coordinator made it for; may be empty.
  std::string respondent;             // The name the respondent typed.
};

struct Assessment {
  // The catalog the document was made against, as recorded in it.
  std::string catalog_id;
  std::string catalog_version;
  std::string catalog_sha256;
  std::string created_at;  // ISO-8601 UTC, given by the caller.
  std::string updated_at;
  Profile profile;
  std::map<std::string, QuestionAnswer> answers;  // By question id; absent = unanswered.
  std::map<std::string, ControlRecord> controls;  // By control id; absent = defaults.
  // Management-system steps (Catalog::management_steps) recorded as done.
  std::set<std::string> steps_done;
  // Set only on a question pack.
  std::optional<QuestionPack> pack;

  // kUnanswered when the question has no answer.
  Answer AnswerTo(const std::string& question_id) const;
  // nullptr when nothing is recorded for the control.
  const ControlRecord* RecordFor(const std::string& control_id) const;
};

// A fresh document for `catalog`, created and changed at `now` (ISO-8601 UTC).
Assessment NewAssessment(const Catalog& catalog, const Profile& profile, const std::string& now);

bool operator==(const Profile& a, const Profile& b);
bool operator==(const QuestionAnswer& a, const QuestionAnswer& b);
bool operator==(const EvidenceRef& a, const EvidenceRef& b);
bool operator==(const ControlRecord& a, const ControlRecord& b);
bool operator==(const QuestionPack& a, const QuestionPack& b);
bool operator==(const Assessment& a, const Assessment& b);
inline bool operator!=(const Assessment& a, const Assessment& b) {
  return !(a == b);
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_ASSESSMENT_H_
