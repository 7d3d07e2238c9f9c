#include "core/engine/wording.h"

#include "core/document/applicability.h"
#include "core/engine/closeout.h"
#include "core/engine/engine_version.h"
#include "core/engine/scoring.h"

namespace cloudgap {

Implementation ImplementationOf(const ControlResult& result) {
  switch (result.status) {
    case ControlStatus::kOutOfScope: return Implementation::kOutOfScope;
    case ControlStatus::kNotApplicable: return Implementation::kNotApplicable;
    case ControlStatus::kNotAssessed: return Implementation::kNotAssessed;
    case ControlStatus::kAssessed: break;
  }
  if (!result.maturity) return Implementation::kNotAssessed;
  if (*result.maturity == 0) return Implementation::kNotImplemented;
  if (*result.maturity >= result.target) return Implementation::kImplemented;
  return Implementation::kPartial;
}

const char* ImplementationLabel(Implementation implementation) {
  return TextOf(kImplementationLabels, implementation);
}

const char* ControlStatusLabel(ControlStatus status) {
  return TextOf(kControlStatusLabels, status);
}

const char* ApplicableLabel(const ControlResult& result) {
  if (result.status == ControlStatus::kOutOfScope) return "Not in scope";
  return result.applicable() ? "Yes" : "No";
}

std::vector<SoaEntry> StatementOfApplicability(const Catalog& catalog, const Assessment& assessment,
                                               const Evaluation& evaluation) {
  std::vector<SoaEntry> entries;
  for (size_t i = 0; i < catalog.controls.size() && i < evaluation.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = evaluation.controls[i];
    SoaEntry entry;
    entry.control_index = i;
    entry.applicable = ApplicableLabel(r);
    entry.implementation = ImplementationLabel(ImplementationOf(r));
    entry.iso27002_2022 = Iso27002List(c);
    entry.nist_800_53r5 = NistList(c);
    const ControlRecord* record = assessment.RecordFor(c.id);
    if (r.status == ControlStatus::kOutOfScope) {
      entry.justification =
          ControlAppliesToProfile(assessment.profile, c)
              ? std::string("No question applies to a ") + RoleScopeLabel(assessment.profile.role) +
                    " using " + ServicesLabel(assessment.profile) + "."
              : std::string("ISO/IEC 27017 gives this control to the ") +
                    (HasRole(c.applies_to, Role::kProvider) ? "cloud service provider"
                                                            : "cloud service customer") +
                    " alone; it does not apply to a " + RoleScopeLabel(assessment.profile.role) +
                    ".";
    } else if (r.marked_not_applicable && record) {
      entry.justification = record->justification;
    } else {
      entry.justification = GuidanceBasis(assessment.profile, c);
      ForEachNotApplicableAnswer(assessment, c, [&](const Question& q, const std::string& why) {
        entry.justification += "; " + q.id + ": " + why;
      });
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

const char* GuidanceBasis(const Profile& profile, const Control& control) {
  return HasGuidanceForProfile(profile, control) ? kCloudGuidance : kBaselineOnly;
}

std::string Iso27002List(const Control& control) {
  std::string list;
  for (const Mapping& m : control.iso27002_2022) {
    list += (list.empty() ? "" : "; ") + m.id;
    if (!m.title.empty()) list += " " + m.title;
    if (m.basis == MappingBasis::kJudgement) list += " (CloudGap's judgement)";
  }
  return list;
}

std::string NistList(const Control& control) {
  std::string list;
  for (const std::string& id : control.nist_800_53r5) list += (list.empty() ? "" : ", ") + id;
  return list;
}

std::string AnswerLabel(const Catalog& catalog, Answer answer) {
  if (answer == Answer::kUnanswered) return "Unanswered";
  const std::string name = AnswerName(answer);
  for (const AnswerLevel& level : catalog.answer_scale) {
    if (level.value == name && !level.label.empty()) return level.label;
  }
  return TextOf(kAnswerLabels, answer);
}

std::string MaturityWithLabel(const Catalog& catalog, int level) {
  for (const MaturityLevel& m : catalog.maturity_scale) {
    if (m.level == level && !m.label.empty()) return std::to_string(level) + " (" + m.label + ")";
  }
  return std::to_string(level);
}

std::string ServicesLabel(const Profile& profile) {
  std::string services;
  for (const auto& [s, label] : kServiceModelLabels) {
    if (profile.services[static_cast<size_t>(s)]) {
      services += (services.empty() ? "" : ", ") + std::string(label);
    }
  }
  return services;
}

const char* ModeLabel(AssessmentMode mode) {
  return TextOf(kModeLabels, mode);
}

std::string OrganisationOrDefault(const Profile& profile) {
  return IsBlank(profile.organisation) ? "unnamed organisation" : profile.organisation;
}

std::string CatalogTitle(const Catalog& catalog) {
  return catalog.title.empty() ? catalog.id : catalog.title;
}

std::string DateOf(const std::string& timestamp) {
  return timestamp.substr(0, 10);
}

std::string EvidenceLine(const std::vector<EvidenceRef>& evidence) {
  std::string line;
  for (const EvidenceRef& ref : evidence) {
    if (!line.empty()) line += "; ";
    if (ref.text.empty()) {
      line += ref.link;
    } else {
      line += ref.text;
      if (!ref.link.empty()) line += " (" + ref.link + ")";
    }
  }
  return line;
}

std::string EvidenceDates(const EvidenceRef& evidence, const std::string& as_of) {
  std::string text;
  if (!evidence.date.empty()) text = "dated " + evidence.date;
  if (!evidence.review_by.empty()) {
    text += (text.empty() ? "review by " : ", review by ") + evidence.review_by;
    if (EvidenceExpired(evidence, as_of)) text += " (past it)";
  }
  return text;
}

std::string ReviewText(const ControlRecord& record) {
  if (!record.status) return "reviewer " + record.reviewer;
  std::string text = WorkStatusLabel(*record.status);
  if (record.reviewer.empty()) return text;
  return text + (*record.status == WorkStatus::kReviewed ? " by " : ", reviewer ") +
         record.reviewer;
}

std::string NameList(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::string EngineLine(const Catalog& catalog) {
  return std::string("CloudGap ") + EngineVersion() + " (scoring " + kScoringModel + "), catalog " +
         catalog.id + " " + catalog.version + ", sha256 " + catalog.sha256;
}

}  // namespace cloudgap
