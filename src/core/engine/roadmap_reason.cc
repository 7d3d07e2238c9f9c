#include "core/engine/roadmap_reason.h"

#include <vector>

namespace cloudgap {
namespace {

constexpr size_t kNamedItems = 3;  // Items named in a reason; the rest are counted.

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size() && i < kNamedItems; ++i) out += (i ? ", " : "") + ids[i];
  if (ids.size() > kNamedItems) out += " and " + std::to_string(ids.size() - kNamedItems) + " more";
  return out;
}

std::string BandWords(UrgencyBand band) {
  switch (band) {
    case UrgencyBand::kHigh: return "High risk";
    case UrgencyBand::kMedium: return "Medium risk";
    case UrgencyBand::kLower: return "Lower risk";
  }
  return "";
}

}  // namespace

std::string StepReasonFor(const RoadmapItem& item, bool after_controls, bool extension) {
  std::string reason =
      BandWords(BandForUrgency(item.urgency)) + (item.quick_win ? ", quick win" : "") +
      ": certification step for the stage " + std::to_string(item.stage) + " audit" +
      (extension ? " (extending your ISMS for the cloud)" : "") + ", about " +
      std::to_string(item.effort_days) + " person-day" + (item.effort_days == 1 ? "" : "s");
  if (after_controls) reason += "; after every control on the roadmap, which it audits";
  if (!item.depends_on.empty()) reason += "; after " + JoinIds(item.depends_on);
  if (!item.unblocks.empty()) reason += "; unblocks " + JoinIds(item.unblocks);
  return reason + ".";
}

std::string ReasonFor(const RoadmapItem& item, const ControlResult& r) {
  const UrgencyBand band = BandForUrgency(item.urgency);
  std::string reason = BandWords(band) + (item.quick_win ? ", quick win" : "") + ": ";
  if (!item.urgent_for.empty()) {
    reason += "needed first by " + item.urgent_for + " (risk " + std::to_string(item.urgency) +
              "/5), whose urgency it takes; own risk " + std::to_string(item.risk_weight) + "/5";
  } else {
    reason += "risk " + std::to_string(item.risk_weight) + "/5";
  }
  reason += ", gap " + std::to_string(item.gap) + " (maturity " + std::to_string(item.maturity) +
            " to " + std::to_string(item.target) + "), about " + std::to_string(item.effort_days) +
            " person-day" + (item.effort_days == 1 ? "" : "s");
  if (!item.depends_on.empty()) reason += "; after " + JoinIds(item.depends_on);
  if (!item.unblocks.empty()) reason += "; unblocks " + JoinIds(item.unblocks);
  if (!item.unassessed_dependencies.empty()) {
    reason += "; assess " + JoinIds(item.unassessed_dependencies) + " too";
  }
  if (r.answers.dont_know > 0) {
    reason += "; check " + std::to_string(r.answers.dont_know) + " \"don't know\" answer" +
              (r.answers.dont_know == 1 ? "" : "s");
  }
  return reason + ".";
}

}  // namespace cloudgap
