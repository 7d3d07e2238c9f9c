#include "core/engine/roadmap_reason.h"

#include <vector>

namespace cloudgap {
namespace {

constexpr size_t kNamedItems = 3;  // Items named in a reason; the rest are counted.

// "12.4.1, 9.2.3 and 2 more".
std::string Ids(const std::vector<std::string>& ids, const MessageCatalog& words) {
  std::string named;
  for (size_t i = 0; i < ids.size() && i < kNamedItems; ++i) {
    if (i) named += ", ";
    named += ids[i];
  }
  if (ids.size() <= kNamedItems) return named;
  return words.Tr("{controls} and {count} more",
                  {{"controls", named}, {"count", ids.size() - kNamedItems}});
}

// Between a reason's clauses: "; ", which French writes with a no-break
// space before the semicolon.
void AppendSeparator(const MessageCatalog& words, std::string* out) {
  *out += words.Tr("clause-separator|; ");
}

// "High risk, quick win: ".
void AppendHead(const RoadmapItem& item, const MessageCatalog& words, std::string* out) {
  std::string_view band;
  switch (BandForUrgency(item.urgency)) {
    case UrgencyBand::kHigh: band = words.Tr("High risk"); break;
    case UrgencyBand::kMedium: band = words.Tr("Medium risk"); break;
    case UrgencyBand::kLower: band = words.Tr("Lower risk"); break;
  }
  const std::string head =
      item.quick_win ? words.Tr("{band}, quick win", {{"band", band}}) : std::string(band);
  *out += words.Tr("reason-head|{head}: ", {{"head", head}});
}

// "; after MS.1; unblocks 12.4.1".
void AppendLinks(const RoadmapItem& item, const MessageCatalog& words, std::string* out) {
  if (!item.depends_on.empty()) {
    AppendSeparator(words, out);
    *out += words.Tr("after {items}", {{"items", Ids(item.depends_on, words)}});
  }
  if (!item.unblocks.empty()) {
    AppendSeparator(words, out);
    *out += words.Tr("unblocks {items}", {{"items", Ids(item.unblocks, words)}});
  }
}

void AppendStepReasonIn(const RoadmapItem& item, bool after_controls, bool extension,
                        const MessageCatalog& words, std::string* out) {
  AppendHead(item, words, out);
  *out += extension ? words.Tr(
                          "certification step for the stage {stage} audit (extending your ISMS "
                          "for the cloud), about {days, plural, one {# person-day} other {# "
                          "person-days}}",
                          {{"stage", item.stage}, {"days", item.effort_days}})
                    : words.Tr(
                          "certification step for the stage {stage} audit, about {days, plural, "
                          "one {# person-day} other {# person-days}}",
                          {{"stage", item.stage}, {"days", item.effort_days}});
  if (after_controls) {
    AppendSeparator(words, out);
    *out += words.Tr("after every control on the roadmap, which it audits");
  }
  AppendLinks(item, words, out);
  *out += ".";
}

void AppendReasonIn(const RoadmapItem& item, const ControlResult& r, const MessageCatalog& words,
                    std::string* out) {
  AppendHead(item, words, out);
  if (!item.urgent_for.empty()) {
    *out += words.Tr(
        "needed first by {item} (risk {urgency}/5), whose urgency it takes; own risk {risk}/5, "
        "gap {gap} (maturity {maturity} to {target}), about {days, plural, one {# person-day} "
        "other {# person-days}}",
        {{"item", item.urgent_for},
         {"urgency", item.urgency},
         {"risk", item.risk_weight},
         {"gap", item.gap},
         {"maturity", item.maturity},
         {"target", item.target},
         {"days", item.effort_days}});
  } else {
    *out += words.Tr(
        "risk {risk}/5, gap {gap} (maturity {maturity} to {target}), about {days, plural, one {# "
        "person-day} other {# person-days}}",
        {{"risk", item.risk_weight},
         {"gap", item.gap},
         {"maturity", item.maturity},
         {"target", item.target},
         {"days", item.effort_days}});
  }
  AppendLinks(item, words, out);
  if (!item.unassessed_dependencies.empty()) {
    AppendSeparator(words, out);
    *out += words.Tr("assess {items} too", {{"items", Ids(item.unassessed_dependencies, words)}});
  }
  if (r.answers.dont_know > 0) {
    AppendSeparator(words, out);
    *out += words.Tr(
        "check {count, plural, one {# \"don't know\" answer} other {# \"don't know\" answers}}",
        {{"count", r.answers.dont_know}});
  }
  *out += ".";
}

// English, appended by hand: formatting the messages cost four times the
// rest of a 10,000-control roadmap. The same words as the messages above
// (wording_language_test builds every reason of two roadmaps both ways).
void AppendEnglishIds(const std::vector<std::string>& ids, std::string* out) {
  for (size_t i = 0; i < ids.size() && i < kNamedItems; ++i) {
    if (i) *out += ", ";
    *out += ids[i];
  }
  if (ids.size() > kNamedItems) {
    *out += " and ";
    *out += std::to_string(ids.size() - kNamedItems);
    *out += " more";
  }
}

void AppendEnglishLinks(const char* lead, const std::vector<std::string>& ids, const char* tail,
                        std::string* out) {
  if (ids.empty()) return;
  *out += lead;
  AppendEnglishIds(ids, out);
  *out += tail;
}

void AppendEnglishDays(int days, std::string* out) {
  *out += std::to_string(days);
  *out += days == 1 ? " person-day" : " person-days";
}

void AppendEnglishHead(const RoadmapItem& item, std::string* out) {
  switch (BandForUrgency(item.urgency)) {
    case UrgencyBand::kHigh: *out += "High risk"; break;
    case UrgencyBand::kMedium: *out += "Medium risk"; break;
    case UrgencyBand::kLower: *out += "Lower risk"; break;
  }
  if (item.quick_win) *out += ", quick win";
  *out += ": ";
}

void AppendEnglishStepReason(const RoadmapItem& item, bool after_controls, bool extension,
                             std::string* out) {
  std::string& reason = *out;
  AppendEnglishHead(item, &reason);
  reason += "certification step for the stage ";
  reason += std::to_string(item.stage);
  reason += " audit";
  if (extension) reason += " (extending your ISMS for the cloud)";
  reason += ", about ";
  AppendEnglishDays(item.effort_days, &reason);
  if (after_controls) reason += "; after every control on the roadmap, which it audits";
  AppendEnglishLinks("; after ", item.depends_on, "", &reason);
  AppendEnglishLinks("; unblocks ", item.unblocks, "", &reason);
  reason += ".";
}

void AppendEnglishReason(const RoadmapItem& item, const ControlResult& r, std::string* out) {
  std::string& reason = *out;
  AppendEnglishHead(item, &reason);
  if (!item.urgent_for.empty()) {
    reason += "needed first by ";
    reason += item.urgent_for;
    reason += " (risk ";
    reason += std::to_string(item.urgency);
    reason += "/5), whose urgency it takes; own risk ";
  } else {
    reason += "risk ";
  }
  reason += std::to_string(item.risk_weight);
  reason += "/5, gap ";
  reason += std::to_string(item.gap);
  reason += " (maturity ";
  reason += std::to_string(item.maturity);
  reason += " to ";
  reason += std::to_string(item.target);
  reason += "), about ";
  AppendEnglishDays(item.effort_days, &reason);
  AppendEnglishLinks("; after ", item.depends_on, "", &reason);
  AppendEnglishLinks("; unblocks ", item.unblocks, "", &reason);
  AppendEnglishLinks("; assess ", item.unassessed_dependencies, " too", &reason);
  if (r.answers.dont_know > 0) {
    reason += "; check ";
    reason += std::to_string(r.answers.dont_know);
    reason += r.answers.dont_know == 1 ? " \"don't know\" answer" : " \"don't know\" answers";
  }
  reason += ".";
}

// A catalog without a message is English: every Tr gives its key's words.
bool PlainEnglish(const MessageCatalog& words) {
  return words.size() == 0;
}

}  // namespace

void AppendStepReason(const RoadmapItem& item, bool after_controls, bool extension,
                      const MessageCatalog& words, std::string* out) {
  if (PlainEnglish(words)) return AppendEnglishStepReason(item, after_controls, extension, out);
  AppendStepReasonIn(item, after_controls, extension, words, out);
}

void AppendReason(const RoadmapItem& item, const ControlResult& result, const MessageCatalog& words,
                  std::string* out) {
  if (PlainEnglish(words)) return AppendEnglishReason(item, result, out);
  AppendReasonIn(item, result, words, out);
}

std::string RoadmapReason(const Catalog& catalog, const Assessment& assessment,
                          const Evaluation& evaluation, const RoadmapItem& item,
                          const MessageCatalog& words) {
  std::string reason;
  if (item.is_step()) {
    const size_t step = static_cast<size_t>(item.step_index);
    if (step < catalog.management_steps.size()) {
      AppendStepReason(item, catalog.management_steps[step].after_controls,
                       assessment.profile.isms == IsmsState::kCertified, words, &reason);
    }
  } else if (item.control_index < evaluation.controls.size()) {
    AppendReason(item, evaluation.controls[item.control_index], words, &reason);
  }
  return reason;
}

}  // namespace cloudgap
