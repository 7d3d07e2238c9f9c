#include "core/oscal/oscal_catalog.h"

#include "core/text/enum_text.h"
#include "core/text/uuid.h"

namespace cloudgap {
namespace {

// "csc", "csp" or "csc csp": several values in one property keeps the export small.
std::string RoleList(const std::vector<Role>& roles) {
  std::string list;
  for (Role role : roles) list += (list.empty() ? "" : " ") + std::string(RoleName(role));
  return list;
}

// An action's or evidence item's words, led by its roles when not every role
// the control applies to: "(csp) Publish the backup specification".
std::string ForRoles(const std::string& text, const std::vector<Role>& roles, const Control& c) {
  return RoleList(roles) == RoleList(c.applies_to) ? text : "(" + RoleList(roles) + ") " + text;
}

// A prose part, left out when the text is empty.
void AddProsePart(OscalJson* parts, const std::string& id, const char* name, const char* title,
                  const std::string& prose, bool own) {
  if (OscalString(prose).empty()) return;
  OscalJson part = {{"id", id}, {"name", name}};
  if (own) part["ns"] = kOscalNamespace;
  if (title) part["title"] = title;
  part["prose"] = OscalMarkup(prose);
  parts->push_back(std::move(part));
}

OscalJson QuestionPart(const Question& q, bool quick) {
  OscalJson props = OscalJson::array();
  AddProp(&props, "label", q.id, false);
  AddProp(&props, "roles", RoleList(q.roles));
  std::string services;
  for (ServiceModel s : q.services)
    services += (services.empty() ? "" : " ") + std::string(ServiceModelName(s));
  AddProp(&props, "service-models", services);
  if (quick) AddProp(&props, "quick-scan", "true");
  return {{"id", OscalControlId(q.id)},
          {"name", "objective"},
          {"props", std::move(props)},
          {"prose", OscalMarkup(q.text)}};
}

OscalJson ItemsPart(const std::string& id, const char* name, const char* title,
                    const std::vector<std::string>& items, int first_label) {
  OscalJson children = OscalJson::array();
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string label = std::to_string(first_label + static_cast<int>(i));
    OscalJson props = OscalJson::array();
    AddProp(&props, "label", label, false);
    children.push_back({{"id", id + "." + label},
                        {"name", "item"},
                        {"props", std::move(props)},
                        {"prose", OscalMarkup(items[i])}});
  }
  OscalJson part = {{"id", id}, {"name", name}, {"ns", kOscalNamespace}, {"title", title}};
  if (!children.empty()) part["parts"] = std::move(children);  // OSCAL arrays are never empty.
  return part;
}

OscalJson ControlJson(const Control& c) {
  const std::string id = OscalControlId(c.id);
  OscalJson props = OscalJson::array();
  AddProp(&props, "label", c.label.empty() ? c.id : c.label, false);
  AddProp(&props, "kind", TextOf(kControlKindNames, c.kind));
  for (const Mapping& m : c.iso27002_2022) {
    AddProp(&props, "iso27002-2022", m.id);
    // The class says whose correspondence it is: the standard's or CloudGap's.
    if (m.basis != MappingBasis::kUnstated) props.back()["class"] = MappingBasisName(m.basis);
  }
  for (const std::string& nist : c.nist_800_53r5) AddProp(&props, "nist-sp800-53r5", nist);
  AddProp(&props, "applies-to", RoleList(c.applies_to));
  AddProp(&props, "guidance-for", RoleList(c.guidance_for));
  for (const auto& [s, name] : kServiceModelNames) {
    AddProp(&props, (std::string("responsibility-") + name).c_str(),
            OwnerName(c.responsibility[static_cast<size_t>(s)]));
  }
  AddProp(&props, "risk-weight", std::to_string(c.risk_weight));
  if (!props.empty() && !OscalString(c.risk_rationale).empty()) {
    props.back()["remarks"] = OscalMarkup(c.risk_rationale);
  }
  AddProp(&props, "effort-min-days", std::to_string(c.effort.min));
  AddProp(&props, "effort-max-days", std::to_string(c.effort.max));

  OscalJson parts = OscalJson::array();
  OscalJson objective = {{"id", id + "_obj"},
                         {"name", "objective"},
                         {"prose", OscalMarkup(c.objective.empty() ? c.title : c.objective)}};
  OscalJson questions = OscalJson::array();
  for (const Question& q : c.questions) questions.push_back(QuestionPart(q, false));
  for (const Question& q : c.quick_questions) questions.push_back(QuestionPart(q, true));
  if (!questions.empty()) objective["parts"] = std::move(questions);
  parts.push_back(std::move(objective));
  OscalJson guidance = OscalJson::array();
  AddProsePart(&guidance, id + "_gdn.csc", "guidance", "Cloud service customer",
               c.customer_guidance, false);
  AddProsePart(&guidance, id + "_gdn.csp", "guidance", "Cloud service provider",
               c.provider_guidance, false);
  if (!guidance.empty()) {
    parts.push_back({{"id", id + "_gdn"}, {"name", "guidance"}, {"parts", std::move(guidance)}});
  }
  std::vector<std::string> maturity(c.maturity.begin(), c.maturity.end());
  parts.push_back(ItemsPart(id + "_mat", "maturity", "Maturity levels", maturity, 0));
  std::vector<std::string> evidence;
  for (const Evidence& e : c.evidence) evidence.push_back(ForRoles(e.text, e.roles, c));
  if (!evidence.empty())
    parts.push_back(ItemsPart(id + "_evd", "evidence", "Evidence", evidence, 1));
  std::vector<std::string> actions;
  for (const Action& a : c.actions) actions.push_back(ForRoles(a.text, a.roles, c));
  if (!actions.empty())
    parts.push_back(ItemsPart(id + "_act", "actions", "Remediation actions", actions, 1));

  OscalJson control = {{"id", id},
                       {"class", TextOf(kControlKindNames, c.kind)},
                       {"title", OscalMarkup(c.title)},
                       {"props", std::move(props)}};
  if (!c.depends_on.empty()) {
    OscalJson links = OscalJson::array();
    for (const std::string& dep : c.depends_on) {
      links.push_back({{"href", "#" + OscalControlId(dep)}, {"rel", "depends-on"}});
    }
    control["links"] = std::move(links);
  }
  for (const std::string& dep : c.informed_by) {
    if (!control.contains("links")) control["links"] = OscalJson::array();
    control["links"].push_back({{"href", "#" + OscalControlId(dep)}, {"rel", "informed-by"}});
  }
  control["parts"] = std::move(parts);
  return control;
}

}  // namespace

std::string OscalClauseId(int clause) {
  return "clause-" + std::to_string(clause);
}

OscalJson OscalCatalog(const Catalog& catalog, const std::string& last_modified) {
  OscalJson metadata = OscalMetadata(
      catalog, OscalMarkup((catalog.title.empty() ? catalog.id : catalog.title) + " (CloudGap)"),
      last_modified, catalog.version);
  metadata["remarks"] =
      OscalMarkup("CloudGap's control catalog " + catalog.id + " " + catalog.version + " (sha256 " +
                  catalog.sha256 +
                  "). Identifiers, titles and clause numbers follow ISO/IEC 27017:2015; "
                  "every other text is CloudGap's own wording, not the text of any ISO standard.");
  OscalJson groups = OscalJson::array();
  for (const Clause& clause : catalog.clauses) {
    OscalJson controls = OscalJson::array();
    for (const Control& c : catalog.controls) {
      if (c.clause == clause.number) controls.push_back(ControlJson(c));
    }
    if (controls.empty()) continue;
    OscalJson props = OscalJson::array();
    AddProp(&props, "label", std::to_string(clause.number), false);
    OscalJson group = {{"id", OscalClauseId(clause.number)},
                       {"class", "clause"},
                       {"title", OscalMarkup(clause.title)},
                       {"props", std::move(props)}};
    if (!OscalString(clause.summary).empty()) {
      group["parts"] = OscalJson::array({{{"id", OscalClauseId(clause.number) + "_ovw"},
                                          {"name", "overview"},
                                          {"prose", OscalMarkup(clause.summary)}}});
    }
    group["controls"] = std::move(controls);
    groups.push_back(std::move(group));
  }
  OscalJson body = {{"uuid", CloudGapUuid("catalog/" + catalog.id + "/" + catalog.version + "/" +
                                          catalog.sha256)},
                    {"metadata", std::move(metadata)}};
  if (!groups.empty()) body["groups"] = std::move(groups);
  return {{"catalog", std::move(body)}};
}

std::string RenderOscalCatalog(const Catalog& catalog, const std::string& last_modified) {
  return DumpOscal(OscalCatalog(catalog, last_modified));
}

}  // namespace cloudgap
