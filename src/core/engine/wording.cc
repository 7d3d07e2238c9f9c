#include "core/engine/wording.h"

#include "core/document/applicability.h"
#include "core/document/assessment_edit.h"
#include "core/engine/closeout.h"
#include "core/engine/engine_version.h"
#include "core/engine/scoring.h"
#include "core/text/input_limits.h"
#include "core/text/message_format.h"
#include "core/text/utf8.h"

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

// Each label is spelled out for tools/i18n/messages.py; the tables stay
// for the code that iterates them and for the fallbacks.
const char* ImplementationLabel(Implementation implementation, const MessageCatalog& words) {
  switch (implementation) {
    case Implementation::kOutOfScope: return words.Tr("Not in scope").data();
    case Implementation::kNotApplicable: return words.Tr("Not applicable").data();
    case Implementation::kNotAssessed: return words.Tr("Not assessed").data();
    case Implementation::kNotImplemented: return words.Tr("Not implemented").data();
    case Implementation::kPartial: return words.Tr("Partially implemented").data();
    case Implementation::kImplemented: return words.Tr("Implemented").data();
  }
  return TextOf(kImplementationLabels, implementation);
}

const char* ControlStatusLabel(ControlStatus status, const MessageCatalog& words) {
  switch (status) {
    case ControlStatus::kOutOfScope: return words.Tr("not in scope for your role").data();
    case ControlStatus::kNotApplicable: return words.Tr("not applicable").data();
    case ControlStatus::kNotAssessed: return words.Tr("assess first").data();
    case ControlStatus::kAssessed: return words.Tr("assessed").data();
  }
  return TextOf(kControlStatusLabels, status);
}

const char* ApplicableLabel(const ControlResult& result, const MessageCatalog& words) {
  if (result.status == ControlStatus::kOutOfScope) return words.Tr("Not in scope").data();
  return result.applicable() ? words.Tr("Yes").data() : words.Tr("No").data();
}

std::vector<SoaEntry> StatementOfApplicability(const Catalog& catalog, const Assessment& assessment,
                                               const Evaluation& evaluation,
                                               const MessageCatalog& words) {
  std::vector<SoaEntry> entries;
  for (size_t i = 0; i < catalog.controls.size() && i < evaluation.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = evaluation.controls[i];
    SoaEntry entry;
    entry.control_index = i;
    entry.applicable = ApplicableLabel(r, words);
    entry.implementation = ImplementationLabel(ImplementationOf(r), words);
    entry.iso27002_2022 = Iso27002List(c, words);
    entry.nist_800_53r5 = NistList(c);
    const ControlRecord* record = assessment.RecordFor(c.id);
    if (r.status == ControlStatus::kOutOfScope) {
      const char* role = RoleScopeWords(assessment.profile.role, words);
      if (ControlAppliesToProfile(assessment.profile, c)) {
        entry.justification =
            words.Tr("No question applies to a {role} using {services}.",
                     {{"role", role}, {"services", ServicesLabel(assessment.profile)}});
      } else if (HasRole(c.applies_to, Role::kProvider)) {
        entry.justification = words.Tr(
            "ISO/IEC 27017 gives this control to the cloud service provider alone; it does not "
            "apply to a {role}.",
            {{"role", role}});
      } else {
        entry.justification = words.Tr(
            "ISO/IEC 27017 gives this control to the cloud service customer alone; it does not "
            "apply to a {role}.",
            {{"role", role}});
      }
    } else if (r.marked_not_applicable && record) {
      entry.justification = record->justification;
    } else {
      entry.justification = GuidanceBasis(assessment.profile, c, words);
      ForEachNotApplicableAnswer(assessment, c, [&](const Question& q, const std::string& why) {
        entry.justification += "; " + q.id + ": " + why;
      });
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

const char* GuidanceBasis(const Profile& profile, const Control& control,
                          const MessageCatalog& words) {
  if (HasGuidanceForProfile(profile, control)) {
    return words.Tr("Applicable; ISO/IEC 27017 gives cloud-specific guidance for your role").data();
  }
  return words
      .Tr("Applicable; no cloud-specific guidance for your role (assess under ISO/IEC 27002)")
      .data();
}

const char* SoaScope(const MessageCatalog& words) {
  return words
      .Tr("An ISO/IEC 27017 supplement: read it with your ISO/IEC 27001:2022 Statement of "
          "Applicability, which covers all 93 Annex A controls.")
      .data();
}

const char* RoleScopeWords(RoleScope role, const MessageCatalog& words) {
  switch (role) {
    case RoleScope::kCustomer: return words.Tr("cloud service customer").data();
    case RoleScope::kProvider: return words.Tr("cloud service provider").data();
    case RoleScope::kBoth: return words.Tr("cloud service customer and provider").data();
  }
  return RoleScopeLabel(role);
}

const char* IsmsStateWords(IsmsState state, const MessageCatalog& words) {
  switch (state) {
    case IsmsState::kNone: return words.Tr("no ISMS yet").data();
    case IsmsState::kInProgress: return words.Tr("ISMS being built").data();
    case IsmsState::kCertified: return words.Tr("certified ISMS").data();
  }
  return IsmsStateLabel(state);
}

std::string ProfileErrorWords(const Profile& profile, const MessageCatalog& words) {
  if (ProfileError(profile).empty()) return "";
  if (profile.organisation.size() > kMaxTextFieldChars) {
    const size_t chars = Utf8Length(profile.organisation);
    if (chars > kMaxTextFieldChars) {
      return words.Tr(
          "the organisation is {count} characters long; CloudGap keeps at most {max}",
          {{"count", std::to_string(chars)}, {"max", std::to_string(kMaxTextFieldChars)}});
    }
  }
  if (!profile.services[0] && !profile.services[1] && !profile.services[2]) {
    return std::string(words.Tr("choose at least one service model (IaaS, PaaS or SaaS)"));
  }
  if (profile.target_maturity < 1 || profile.target_maturity > 5) {
    return words.Tr("the target maturity must be between 1 and 5, not {target}",
                    {{"target", std::to_string(profile.target_maturity)}});
  }
  return words.Tr("the capacity must be between 1 and {max} person-days a month, not {capacity}",
                  {{"max", std::to_string(kMaxCapacityDaysPerMonth)},
                   {"capacity", std::to_string(profile.capacity_days_per_month)}});
}

std::string Iso27002List(const Control& control, const MessageCatalog& words) {
  std::string list;
  for (const Mapping& m : control.iso27002_2022) {
    list += (list.empty() ? "" : "; ") + m.id;
    if (!m.title.empty()) list += " " + m.title;
    if (m.basis == MappingBasis::kJudgement) {
      list += " ";
      list += words.Tr("(CloudGap's judgement)");
    }
  }
  return list;
}

std::string NistList(const Control& control) {
  std::string list;
  for (const std::string& id : control.nist_800_53r5) list += (list.empty() ? "" : ", ") + id;
  return list;
}

std::string AnswerLabel(const Catalog& catalog, Answer answer, const MessageCatalog& words) {
  if (answer == Answer::kUnanswered) return std::string(words.Tr("Unanswered"));
  const std::string name = AnswerName(answer);
  for (const AnswerLevel& level : catalog.answer_scale) {
    if (level.value == name && !level.label.empty()) return level.label;
  }
  switch (answer) {
    case Answer::kYes: return std::string(words.Tr("answer|Yes"));
    case Answer::kPartly: return std::string(words.Tr("answer|Partly"));
    case Answer::kNo: return std::string(words.Tr("answer|No"));
    case Answer::kDontKnow: return std::string(words.Tr("answer|Don't know"));
    case Answer::kNotApplicable: return std::string(words.Tr("Not applicable"));
    case Answer::kUnanswered: break;
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

const char* ModeLabel(AssessmentMode mode, const MessageCatalog& words) {
  switch (mode) {
    case AssessmentMode::kQuick: return words.Tr("quick scan").data();
    case AssessmentMode::kFull: return words.Tr("full assessment").data();
  }
  return TextOf(kModeLabels, mode);
}

std::string OrganisationOrDefault(const Profile& profile, const MessageCatalog& words) {
  return IsBlank(profile.organisation) ? std::string(words.Tr("unnamed organisation"))
                                       : profile.organisation;
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

std::string EvidenceDates(const EvidenceRef& evidence, const std::string& as_of,
                          const MessageCatalog& words) {
  const std::string& language = words.language();
  const auto date = [&](const std::string& iso) {
    return language == "en" ? iso : FormatDate(iso, language);
  };
  const std::string dated = evidence.date.empty() ? "" : date(evidence.date);
  if (evidence.review_by.empty()) {
    return dated.empty() ? "" : words.Tr("dated {date}", {{"date", dated}});
  }
  const std::string review = date(evidence.review_by);
  const bool past = EvidenceExpired(evidence, as_of);
  if (dated.empty()) {
    return past ? words.Tr("review by {review} (past it)", {{"review", review}})
                : words.Tr("review by {review}", {{"review", review}});
  }
  return past ? words.Tr("dated {date}, review by {review} (past it)",
                         {{"date", dated}, {"review", review}})
              : words.Tr("dated {date}, review by {review}", {{"date", dated}, {"review", review}});
}

std::string ReviewText(const ControlRecord& record, const MessageCatalog& words) {
  if (!record.status) return words.Tr("reviewer {name}", {{"name", record.reviewer}});
  const char* status = WorkStatusLabel(*record.status, words);
  if (record.reviewer.empty()) return status;
  if (*record.status == WorkStatus::kReviewed) {
    return words.Tr("{status} by {name}", {{"status", status}, {"name", record.reviewer}});
  }
  return words.Tr("{status}, reviewer {name}", {{"status", status}, {"name", record.reviewer}});
}

std::string NameList(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::string EngineLine(const Catalog& catalog, const MessageCatalog& words) {
  return words.Tr(
      "CloudGap {version} (scoring {model}), catalog {catalog} {catalog_version}, "
      "sha256 {sha256}",
      {{"version", EngineVersion()},
       {"model", kScoringModel},
       {"catalog", catalog.id},
       {"catalog_version", catalog.version},
       {"sha256", catalog.sha256}});
}

}  // namespace cloudgap
