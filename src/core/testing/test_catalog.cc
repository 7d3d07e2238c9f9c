#include "core/testing/test_catalog.h"

#include "core/document/applicability.h"

namespace cloudgap {
namespace {

constexpr Role kCsc = Role::kCustomer;
constexpr Role kCsp = Role::kProvider;
const std::vector<ServiceModel> kAll = {ServiceModel::kIaas, ServiceModel::kPaas,
                                        ServiceModel::kSaas};

Question MakeQuestion(const std::string& id, const std::string& text, std::vector<Role> roles,
                      std::vector<ServiceModel> services) {
  Question q;
  q.id = id;
  q.text = text;
  q.roles = std::move(roles);
  q.services = std::move(services);
  IndexScope(&q);
  return q;
}

Question Q(const std::string& id, Role role, std::vector<ServiceModel> services = kAll) {
  return MakeQuestion(id, "Is " + id + " done?", {role}, std::move(services));
}

Control MakeControl(const std::string& id, int clause, std::vector<Role> roles, int risk,
                    int effort_min, int effort_max, std::vector<std::string> deps,
                    std::vector<Question> questions) {
  Control c;
  c.id = id;
  c.label = id;
  c.kind = id.rfind("CLD.", 0) == 0 ? ControlKind::kCloud : ControlKind::kExtended;
  c.clause = clause;
  c.title = "Title of " + id;
  c.guidance_for = roles;
  c.applies_to = roles;
  c.questions = std::move(questions);
  c.quick_questions = {MakeQuestion(id + "-quick", "Quick " + id + "?", roles, kAll)};
  c.risk_weight = risk;
  c.effort = {effort_min, effort_max};
  c.depends_on = std::move(deps);
  c.actions = {{"First step for " + id + ".", roles}, {"Second step for " + id + ".", roles}};
  return c;
}

Catalog Build() {
  Catalog c;
  c.id = "iso27017";
  c.version = "0.0.1-test";
  c.title = "Test catalog";
  c.sha256 = std::string(64, 'a');
  c.answer_scale = {{"yes", "Yes", "", 1.0},
                    {"partly", "Partly", "", 0.5},
                    {"no", "No", "", 0.0},
                    {"dont_know", "Don't know", "", 0.0},
                    {"na", "Not applicable", "", 0.0}};
  c.clauses = {{5, "Information security policies", ""},
               {6, "Organization of information security", ""},
               {12, "Operations security", ""}};
  c.controls = {
      MakeControl(
          "5.1.1", 5, {kCsc, kCsp}, 3, 2, 4, {},
          {Q("5.1.1-q1", kCsc), Q("5.1.1-q2", kCsc, {ServiceModel::kSaas}), Q("5.1.1-q3", kCsp)}),
      MakeControl("CLD.6.3.1", 6, {kCsc, kCsp}, 5, 6, 14, {},
                  {Q("CLD.6.3.1-q1", kCsc), Q("CLD.6.3.1-q2", kCsp),
                   Q("CLD.6.3.1-q3", kCsc, {ServiceModel::kIaas})}),
      MakeControl("6.1.1", 6, {kCsc}, 2, 1, 3, {"CLD.6.3.1"},
                  {Q("6.1.1-q1", kCsc), Q("6.1.1-q2", kCsc, {ServiceModel::kPaas})}),
      MakeControl("12.4.1", 12, {kCsc, kCsp}, 4, 10, 20, {"CLD.6.3.1"},
                  {Q("12.4.1-q1", kCsc), Q("12.4.1-q2", kCsc), Q("12.4.1-q3", kCsp),
                   Q("12.4.1-q4", kCsc, {ServiceModel::kIaas})}),
      MakeControl("CLD.12.4.5", 12, {kCsc}, 4, 3, 5, {"12.4.1"},
                  {Q("CLD.12.4.5-q1", kCsc), Q("CLD.12.4.5-q2", kCsc)}),
      MakeControl("12.1.2", 12, {kCsp}, 1, 2, 2, {}, {Q("12.1.2-q1", kCsp), Q("12.1.2-q2", kCsp)}),
  };
  c.controls[0].iso27002_2022 = {
      {"5.1", "Policies for information security", MappingBasis::kStandard}};
  c.controls[0].nist_800_53r5 = {"PL-1", "PM-1"};
  c.controls[1].iso27002_2022 = {{"5.23", "Cloud services", MappingBasis::kJudgement}};
  return c;
}

}  // namespace

const Catalog& TestCatalog() {
  static const Catalog* catalog = new Catalog(Build());
  return *catalog;
}

Profile TestProfile() {
  return Profile{};
}

void AnswerAllAsked(const Catalog& catalog, Answer answer, Assessment* a) {
  for (const Control& c : catalog.controls) {
    ForEachAskedQuestion(a->profile, c, [&](const Question& q) {
      a->answers[q.id] = {answer, answer == Answer::kNotApplicable ? "Not used here." : ""};
    });
  }
}

}  // namespace cloudgap
