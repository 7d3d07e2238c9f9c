#include "core/catalog_loader.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "core/catalog_embedded.h"
#include "core/catalog_graph.h"
#include "core/catalog_json.h"
#include "core/control_id.h"
#include "core/input_limits.h"
#include "core/json_parse.h"
#include "core/sha256.h"

namespace cloudgap {
namespace {

using catalog_json::EnumName;
using catalog_json::Errors;
using catalog_json::ObjectReader;
using catalog_json::Where;
using nlohmann::json;

constexpr std::string_view kFormat = "cloudgap-catalog/1";

// The README's bounds on list lengths: enough to be useful, few enough to stay readable.
constexpr size_t kMinQuestions = 3, kMaxQuestions = 6;
constexpr size_t kMinEvidence = 3, kMaxEvidence = 5;
constexpr size_t kMinActions = 3, kMaxActions = 6;
constexpr size_t kQuestionsPerRole = 2;
constexpr size_t kMaturityLevels = 6;

constexpr EnumName<Role> kRoles[] = {{"csc", Role::kCustomer}, {"csp", Role::kProvider}};
constexpr EnumName<ServiceModel> kServices[] = {
    {"iaas", ServiceModel::kIaas}, {"paas", ServiceModel::kPaas}, {"saas", ServiceModel::kSaas}};
constexpr EnumName<ControlKind> kKinds[] = {{"extended", ControlKind::kExtended},
                                            {"cld", ControlKind::kCloud}};
constexpr EnumName<Owner> kOwners[] = {
    {"customer", Owner::kCustomer}, {"provider", Owner::kProvider}, {"shared", Owner::kShared}};
constexpr const char* kAnswerValues[] = {"yes", "partly", "no", "dont_know", "na"};

template <typename E>
bool Contains(const std::vector<E>& list, E value) {
  for (E e : list) {
    if (e == value) return true;
  }
  return false;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Reads one catalog, collecting every problem instead of stopping at the first.
class Loader {
 public:
  Catalog Read(const json& root) {
    Catalog catalog;
    ObjectReader top(root, Where{}, errors_,
                     {"format", "id", "version", "title", "answer_scale", "maturity_scale",
                      "clauses", "controls"});
    if (!top.ok()) return catalog;
    std::string format = top.Text("format");
    if (!format.empty() && format != kFormat) {
      errors_.Add(top.At("format"),
                  "unknown format '" + format + "' (expected '" + std::string(kFormat) + "')");
    }
    catalog.id = top.Text("id");
    catalog.version = top.Text("version");
    if (!catalog.version.empty() && !IsSemver(catalog.version)) {
      errors_.Add(top.At("version"), "version '" + catalog.version + "' is not x.y.z");
    }
    catalog.title = top.Text("title");
    catalog.answer_scale = ReadAnswerScale(top.Array("answer_scale"), top.At("answer_scale"));
    catalog.maturity_scale =
        ReadMaturityScale(top.Array("maturity_scale"), top.At("maturity_scale"));
    catalog.clauses = ReadClauses(top.Array("clauses"), top.At("clauses"));
    if (const json* controls = top.Array("controls")) {
      for (size_t i = 0; i < controls->size(); ++i) {
        catalog.controls.push_back(ReadControl((*controls)[i], top.At("controls") / i, catalog));
      }
    }
    CheckControlSet(catalog, top.At("controls"));
    return catalog;
  }

  Errors& errors() { return errors_; }

 private:
  static bool IsSemver(std::string_view v) {
    return IsDottedNumber(v) && std::count(v.begin(), v.end(), '.') == 2;
  }

  std::vector<AnswerLevel> ReadAnswerScale(const json* array, const Where& where) {
    std::vector<AnswerLevel> scale;
    if (!array) return scale;
    std::map<std::string, size_t> seen;
    for (size_t i = 0; i < array->size(); ++i) {
      Where at = where / i;
      ObjectReader r((*array)[i], at, errors_, {"value", "label", "description", "credit"});
      AnswerLevel level;
      level.value = r.Text("value");
      level.label = r.Text("label");
      level.description = r.Text("description");
      level.credit = r.Number("credit", 0, 1).value_or(0);
      if (!level.value.empty()) {
        bool known = false;
        for (const char* v : kAnswerValues) known = known || level.value == v;
        if (!known) errors_.Add(at / "value", "'" + level.value + "' is not an answer value");
        if (!seen.emplace(level.value, i).second) {
          errors_.Add(at / "value", "answer '" + level.value + "' is listed twice");
        }
      }
      scale.push_back(std::move(level));
    }
    for (const char* v : kAnswerValues) {
      if (!seen.count(v)) errors_.Add(where, std::string("answer scale lacks '") + v + "'");
    }
    return scale;
  }

  std::vector<MaturityLevel> ReadMaturityScale(const json* array, const Where& where) {
    std::vector<MaturityLevel> scale;
    if (!array) return scale;
    if (array->size() != kMaturityLevels) {
      errors_.Add(where,
                  "maturity scale must have 6 levels (0..5), has " + std::to_string(array->size()));
    }
    for (size_t i = 0; i < array->size(); ++i) {
      ObjectReader r((*array)[i], where / i, errors_, {"level", "label", "description"});
      MaturityLevel level;
      std::optional<int> number = r.Int("level", 0, 5);
      if (number && static_cast<size_t>(*number) != i) {
        errors_.Add(r.At("level"),
                    "level must be " + std::to_string(i) + " here (levels are 0..5, in order)");
      }
      level.level = number.value_or(0);
      level.label = r.Text("label");
      level.description = r.Text("description");
      scale.push_back(std::move(level));
    }
    return scale;
  }

  std::vector<Clause> ReadClauses(const json* array, const Where& where) {
    std::vector<Clause> clauses;
    if (!array) return clauses;
    std::set<int> seen;
    for (size_t i = 0; i < array->size(); ++i) {
      ObjectReader r((*array)[i], where / i, errors_, {"clause", "title", "summary"});
      Clause clause;
      // 5..18: the clauses of ISO/IEC 27002:2013 that hold controls.
      clause.number = r.Int("clause", 5, 18).value_or(0);
      if (clause.number != 0 && !seen.insert(clause.number).second) {
        errors_.Add(r.At("clause"), "clause " + std::to_string(clause.number) + " is listed twice");
      }
      clause.title = r.Text("title");
      clause.summary = r.Text("summary");
      clauses.push_back(std::move(clause));
    }
    return clauses;
  }

  Control ReadControl(const json& value, Where where, const Catalog& catalog) {
    Control c;
    if (value.is_object() && value.contains("id") && value["id"].is_string()) {
      where.control_id = value["id"].get<std::string>();  // So every error below names it.
    }
    ObjectReader r(value, where, errors_,
                   {"id", "label", "kind", "clause", "title", "iso27002_2022", "guidance_for",
                    "objective", "csc", "csp", "responsibility", "questions", "quick_question",
                    "maturity", "evidence", "risk", "effort_days", "depends_on", "actions"});
    if (!r.ok()) return c;
    c.id = r.Text("id");
    c.label = r.Text("label");
    c.kind = r.Enum("kind", kKinds, "control kind").value_or(ControlKind::kExtended);
    c.clause = r.Int("clause", 1, 99).value_or(0);
    CheckIdentity(r, c, catalog);
    c.title = r.Text("title");
    c.iso27002_2022 = r.TextList("iso27002_2022", 1, 10);
    for (size_t i = 0; i < c.iso27002_2022.size(); ++i) {
      if (!c.iso27002_2022[i].empty() && !IsDottedNumber(c.iso27002_2022[i])) {
        errors_.Add(r.At("iso27002_2022") / i,
                    "'" + c.iso27002_2022[i] + "' is not a control number like 8.15");
      }
    }
    c.guidance_for = r.EnumList("guidance_for", kRoles, "role");
    c.objective = r.Text("objective");
    c.customer_guidance = ReadRoleGuidance(r, "csc", Role::kCustomer, c.guidance_for);
    c.provider_guidance = ReadRoleGuidance(r, "csp", Role::kProvider, c.guidance_for);
    ReadResponsibility(r, c);
    ReadQuestions(r, c);
    ReadQuickQuestion(r, c);
    std::vector<std::string> maturity = r.TextList("maturity", kMaturityLevels, kMaturityLevels);
    for (size_t i = 0; i < maturity.size() && i < kMaturityLevels; ++i) c.maturity[i] = maturity[i];
    c.evidence = r.TextList("evidence", kMinEvidence, kMaxEvidence);
    ReadRisk(r, c);
    ReadEffort(r, c);
    c.depends_on = r.TextList("depends_on", 0, 50);
    c.actions = r.TextList("actions", kMinActions, kMaxActions);
    return c;
  }

  // The id is well formed and agrees with the kind and clause given beside it.
  void CheckIdentity(ObjectReader& r, const Control& c, const Catalog& catalog) {
    if (!c.id.empty() && !IsControlId(c.id)) {
      errors_.Add(r.At("id"), "'" + c.id + "' is not a control id like 12.4.1 or CLD.9.5.2");
    }
    bool checkable = IsControlId(c.id);
    if (r.Has("kind") && checkable && IsCloudControlId(c.id) != (c.kind == ControlKind::kCloud)) {
      errors_.Add(r.At("kind"), "kind does not match the id (only CLD ids are 'cld')");
    }
    if (c.clause == 0) return;
    std::string clause = "clause " + std::to_string(c.clause);
    if (!catalog.FindClause(c.clause)) {
      errors_.Add(r.At("clause"), clause + " is not in the clause list");
    } else if (checkable && ControlIdNumbers(c.id)[0] != c.clause) {
      errors_.Add(r.At("clause"), clause + " does not match the id");
    }
  }

  // csc / csp guidance text: present exactly when guidance_for names the role.
  std::string ReadRoleGuidance(ObjectReader& r, const char* key, Role role,
                               const std::vector<Role>& guidance_for) {
    bool expected = Contains(guidance_for, role);
    if (r.Has(key) && !expected) {
      errors_.Add(r.At(key),
                  std::string("'") + key + "' text given but guidance_for lacks '" + key + "'");
      return "";
    }
    if (!expected) return "";
    return r.Text(key);
  }

  void ReadResponsibility(ObjectReader& parent, Control& c) {
    const json* value = parent.Object("responsibility");
    if (!value) return;
    ObjectReader r(*value, parent.At("responsibility"), errors_, {"iaas", "paas", "saas"});
    for (const auto& service : kServices) {
      c.responsibility[static_cast<size_t>(service.value)] =
          r.Enum(service.name, kOwners, "owner").value_or(Owner::kShared);
    }
  }

  Question ReadQuestion(const json& value, const Where& where, const Control& c) {
    Question q;
    ObjectReader r(value, where, errors_, {"id", "text", "roles", "services"});
    if (!r.ok()) return q;
    q.id = r.Text("id");
    q.text = r.Text("text");
    q.roles = r.EnumList("roles", kRoles, "role");
    for (size_t i = 0; i < q.roles.size(); ++i) {
      if (!c.guidance_for.empty() && !Contains(c.guidance_for, q.roles[i])) {
        errors_.Add(r.At("roles") / i, std::string("role '") + RoleName(q.roles[i]) +
                                           "' is not in the control's guidance_for");
      }
    }
    q.services = r.EnumList("services", kServices, "service model");
    return q;
  }

  void ReadQuestions(ObjectReader& parent, Control& c) {
    const json* array = parent.Array("questions");
    if (!array) return;
    Where where = parent.At("questions");
    parent.CheckCount(*array, "questions", kMinQuestions, kMaxQuestions);
    for (size_t i = 0; i < array->size(); ++i) {
      Question q = ReadQuestion((*array)[i], where / i, c);
      std::string prefix = c.id + "-q";
      if (!q.id.empty() && !c.id.empty() &&
          (q.id.compare(0, prefix.size(), prefix) != 0 || !IsDigits(q.id.substr(prefix.size())))) {
        errors_.Add(where / i / "id", "question id '" + q.id + "' is not '" + prefix + "<n>'");
      }
      c.questions.push_back(std::move(q));
    }
    for (Role role : c.guidance_for) {
      size_t asked = 0;
      for (const Question& q : c.questions) asked += Contains(q.roles, role) ? 1 : 0;
      if (asked < kQuestionsPerRole) {
        errors_.Add(where, "only " + std::to_string(asked) + " question(s) for role '" +
                               RoleName(role) + "' (at least 2 needed)");
      }
    }
  }

  void ReadQuickQuestion(ObjectReader& parent, Control& c) {
    const json* value = parent.Object("quick_question");
    if (!value) return;
    Where where = parent.At("quick_question");
    c.quick_question = ReadQuestion(*value, where, c);
    const Question& q = c.quick_question;
    if (!q.id.empty() && !c.id.empty() && q.id != c.id + "-quick") {
      errors_.Add(where / "id", "quick question id '" + q.id + "' is not '" + c.id + "-quick'");
    }
    for (Role role : c.guidance_for) {
      if (!Contains(q.roles, role) && value->contains("roles")) {
        errors_.Add(where / "roles",
                    std::string("quick question must be asked of '") + RoleName(role) + "' too");
      }
    }
    for (const auto& service : kServices) {
      if (!Contains(q.services, service.value) && value->contains("services")) {
        errors_.Add(where / "services",
                    std::string("quick question must cover '") + service.name + "' too");
      }
    }
  }

  void ReadRisk(ObjectReader& parent, Control& c) {
    const json* value = parent.Object("risk");
    if (!value) return;
    ObjectReader r(*value, parent.At("risk"), errors_, {"weight", "rationale"});
    c.risk_weight = r.Int("weight", 1, 5).value_or(1);
    c.risk_rationale = r.Text("rationale");
  }

  void ReadEffort(ObjectReader& parent, Control& c) {
    const json* value = parent.Object("effort_days");
    if (!value) return;
    ObjectReader r(*value, parent.At("effort_days"), errors_, {"min", "max"});
    std::optional<int> min = r.Int("min", 1, 200);
    std::optional<int> max = r.Int("max", 1, 200);
    if (min && max && *min > *max) {
      errors_.Add(r.At("min"),
                  "effort min " + std::to_string(*min) + " is above max " + std::to_string(*max));
    }
    c.effort_min_days = min.value_or(0);
    c.effort_max_days = max.value_or(0);
  }

  // Checks across controls: unique ids, catalog order, dependencies.
  void CheckControlSet(const Catalog& catalog, const Where& where) {
    std::map<std::string, std::string> first_use;  // Control or question id -> its pointer.
    auto check_unique = [&](const std::string& id, const Where& at, const char* what) {
      if (id.empty()) return;
      auto [it, fresh] = first_use.emplace(std::string(what) + " " + id, at.pointer);
      if (!fresh) {
        errors_.Add(at / "id", "duplicate " + std::string(what) + " '" + id + "' (first at " +
                                   it->second + ")");
      }
    };
    for (size_t i = 0; i < catalog.controls.size(); ++i) {
      const Control& c = catalog.controls[i];
      Where at = where / i;
      at.control_id = c.id;
      check_unique(c.id, at, "control id");
      for (size_t k = 0; k < c.questions.size(); ++k) {
        check_unique(c.questions[k].id, at / "questions" / k, "question id");
      }
      check_unique(c.quick_question.id, at / "quick_question", "question id");
      const Control* before = i > 0 ? &catalog.controls[i - 1] : nullptr;
      if (before && IsControlId(before->id) && IsControlId(c.id) &&
          ControlIdLess(c.id, before->id)) {
        errors_.Add(at / "id", "control '" + c.id + "' comes after '" + before->id +
                                   "' (order: by clause, extended before CLD, then by number)");
      }
      CheckDependencyNames(catalog, c, at / "depends_on");
    }
    for (const DependencyCycle& cycle : FindDependencyCycles(catalog)) {
      size_t from = cycle.path[cycle.path.size() - 2];
      Where at = where / from / "depends_on" / cycle.edge;
      at.control_id = catalog.controls[from].id;
      errors_.Add(at, "dependency cycle: " + cycle.Describe(catalog));
    }
  }

  void CheckDependencyNames(const Catalog& catalog, const Control& c, const Where& where) {
    std::set<std::string> seen;
    for (size_t k = 0; k < c.depends_on.size(); ++k) {
      const std::string& dep = c.depends_on[k];
      if (dep.empty()) continue;
      if (dep == c.id) {
        errors_.Add(where / k, "control depends on itself");
      } else if (!catalog.FindControl(dep)) {
        errors_.Add(where / k, "depends on '" + dep + "', which is not a control of the catalog");
      } else if (!seen.insert(dep).second) {
        errors_.Add(where / k, "dependency '" + dep + "' is listed twice");
      }
    }
  }

  Errors errors_;
};

}  // namespace

std::string CatalogError::ToString() const {
  std::string where;
  if (!control_id.empty()) where = "control " + control_id;
  if (!pointer.empty()) where += (where.empty() ? "at " : " at ") + pointer;
  return where.empty() ? message : where + ": " + message;
}

CatalogLoadResult LoadCatalog(std::string_view json_text) {
  CatalogLoadResult result;
  if (json_text.size() > kMaxCatalogBytes) {
    result.problem = InputProblem::kTooLarge;
    result.errors.push_back({"", "", "the catalog is " + std::to_string(json_text.size()) +
                                         " bytes, over the limit of " +
                                         std::to_string(kMaxCatalogBytes)});
    return result;
  }
  JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok()) {
    result.problem = parsed.problem;
    result.errors.push_back({"", "", parsed.problem == InputProblem::kNotJson
                                         ? catalog_json::DescribeSyntaxError(json_text)
                                         : parsed.error});
    return result;
  }
  Loader loader;
  Catalog catalog = loader.Read(parsed.value);
  result.errors = loader.errors().Take();
  if (result.errors.empty()) {
    catalog.sha256 = Sha256Hex(json_text);
    result.catalog = std::move(catalog);
  } else {
    result.problem = InputProblem::kBadValue;
  }
  return result;
}

const Catalog& BuiltinCatalog() {
  static const Catalog catalog = [] {
    CatalogLoadResult result = LoadCatalog(EmbeddedCatalogJson());
    if (!result.catalog) {
      std::fprintf(stderr, "cloudgap: the built-in catalog is invalid:\n");
      for (const CatalogError& e : result.errors) {
        std::fprintf(stderr, "  %s\n", e.ToString().c_str());
      }
      std::abort();
    }
    return std::move(*result.catalog);
  }();
  return catalog;
}

}  // namespace cloudgap
