#include "core/engine/roadmap_reason.h"

#include <vector>

namespace cloudgap {
namespace {

constexpr size_t kNamedItems = 3;  // Items named in a reason; the rest are counted.

// Appends "12.4.1, 9.2.3 and 2 more". Reasons are built by appending to one
// string: a 10,000-control roadmap makes 10,000 of them.
void AppendIds(const std::vector<std::string>& ids, std::string* out) {
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

void AppendLinks(const char* lead, const std::vector<std::string>& ids, const char* tail,
                 std::string* out) {
  if (ids.empty()) return;
  *out += lead;
  AppendIds(ids, out);
  *out += tail;
}

void AppendDays(int days, std::string* out) {
  *out += std::to_string(days);
  *out += days == 1 ? " person-day" : " person-days";
}

const char* BandWords(UrgencyBand band) {
  switch (band) {
    case UrgencyBand::kHigh: return "High risk";
    case UrgencyBand::kMedium: return "Medium risk";
    case UrgencyBand::kLower: return "Lower risk";
  }
  return "";
}

}  // namespace

void AppendStepReason(const RoadmapItem& item, bool after_controls, bool extension,
                      std::string* out) {
  std::string& reason = *out;
  reason += BandWords(BandForUrgency(item.urgency));
  if (item.quick_win) reason += ", quick win";
  reason += ": certification step for the stage ";
  reason += std::to_string(item.stage);
  reason += " audit";
  if (extension) reason += " (extending your ISMS for the cloud)";
  reason += ", about ";
  AppendDays(item.effort_days, &reason);
  if (after_controls) reason += "; after every control on the roadmap, which it audits";
  AppendLinks("; after ", item.depends_on, "", &reason);
  AppendLinks("; unblocks ", item.unblocks, "", &reason);
  reason += ".";
}

void AppendReason(const RoadmapItem& item, const ControlResult& r, std::string* out) {
  std::string& reason = *out;
  reason += BandWords(BandForUrgency(item.urgency));
  if (item.quick_win) reason += ", quick win";
  reason += ": ";
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
  AppendDays(item.effort_days, &reason);
  AppendLinks("; after ", item.depends_on, "", &reason);
  AppendLinks("; unblocks ", item.unblocks, "", &reason);
  AppendLinks("; assess ", item.unassessed_dependencies, " too", &reason);
  if (r.answers.dont_know > 0) {
    reason += "; check ";
    reason += std::to_string(r.answers.dont_know);
    reason += r.answers.dont_know == 1 ? " \"don't know\" answer" : " \"don't know\" answers";
  }
  reason += ".";
}

}  // namespace cloudgap
