#include "core/catalog/catalog_loader.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_graph.h"
#include "core/catalog/catalog_links.h"
#include "core/catalog/control_id.h"
#include "core/json/json_parse.h"
#include "core/json/json_reader.h"
#include "core/text/hex.h"
#include "core/text/input_limits.h"
#include "core/text/message_format.h"
#include "core/text/sha.h"
#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "cloudgap-catalog/2";

// The README's bounds on list lengths: enough to be useful, few enough to stay readable.
constexpr size_t kMinQuestions = 3, kMaxQuestions = 12;
constexpr size_t kMaxQuickQuestions = 6;
constexpr size_t kMinEvidence = 3, kMaxEvidence = 6;
constexpr size_t kMinActions = 3, kMaxActions = 9;
constexpr size_t kMaxMappings = 10, kMaxNistIds = 60;
// Per role the control applies to and per service model: enough questions that
// one answer does not decide the control, and exactly one quick question.
constexpr size_t kQuestionsPerRole = 2;
constexpr size_t kMaturityLevels = 6;

// The bases a catalog may state: kMappingBasisNames without kUnstated's "".
constexpr EnumText<MappingBasis> kStatedBases[] = {{MappingBasis::kStandard, "standard"},
                                                   {MappingBasis::kJudgement, "judgement"}};
// The catalog's answer scale names these; the document's Answer is built on it.
constexpr const char* kAnswerValues[] = {"yes", "partly", "no", "dont_know", "na"};
// What a role's refusal calls it ("'cso' is not a role"), in the reader's words.
constexpr const char* kRole = TrLater("role");

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

// "AC-2" or "IA-2(1)": a family of two capitals, a number, an optional enhancement.
bool IsNistControlId(std::string_view s) {
  if (s.size() < 4 || !std::isupper(static_cast<unsigned char>(s[0])) ||
      !std::isupper(static_cast<unsigned char>(s[1])) || s[2] != '-') {
    return false;
  }
  std::string_view rest = s.substr(3);
  const size_t open = rest.find('(');
  if (open == std::string_view::npos) return IsDigits(rest);
  return IsDigits(rest.substr(0, open)) && rest.back() == ')' &&
         IsDigits(rest.substr(open + 1, rest.size() - open - 2));
}

// "'value'": how the catalog's messages quote a value, whole.
std::string Quoted(std::string_view value) {
  return "'" + std::string(value) + "'";
}

// Reads one catalog, collecting every problem instead of stopping at the first.
class Loader {
 public:
  explicit Loader(const JsonWords& words) : errors_(SIZE_MAX, words) {}

  Catalog Read(const json& root) {
    Catalog catalog;
    ObjectReader top(root, JsonPlace{}, errors_,
                     {"format", "id", "version", "title", "answer_scale", "maturity_scale",
                      "clauses", "controls", "earlier_versions", "retired_questions",
                      "management_steps", "text_elsewhere"});
    if (!top.ok()) return catalog;
    std::string format = top.Text("format");
    if (!format.empty() && format != kFormat) {
      errors_.Add(top.At("format"),
                  Tr("unknown format {format} (expected {expected})",
                     {{"format", Quoted(format)}, {"expected", Quoted(kFormat)}}));
    }
    catalog.id = top.Text("id");
    catalog.version = top.Text("version");
    if (!catalog.version.empty() && !IsSemver(catalog.version)) {
      errors_.Add(top.At("version"),
                  Tr("version {version} is not x.y.z", {{"version", Quoted(catalog.version)}}));
    }
    catalog.title = top.Text("title");
    if (top.Has("text_elsewhere")) ReadTextElsewhere(top, catalog);
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
    if (top.Has("earlier_versions")) {
      catalog.earlier_versions = top.TextList("earlier_versions", 0, 50);
      for (size_t i = 0; i < catalog.earlier_versions.size(); ++i) {
        if (!IsSemver(catalog.earlier_versions[i])) {
          errors_.Add(top.At("earlier_versions") / i,
                      Tr("version {version} is not x.y.z",
                         {{"version", Quoted(catalog.earlier_versions[i])}}));
        }
      }
    }
    if (const json* steps = top.Has("management_steps") ? top.Array("management_steps") : nullptr) {
      catalog.management_steps = ReadSteps(*steps, top.At("management_steps"));
    }
    if (const json* retired =
            top.Has("retired_questions") ? top.Array("retired_questions") : nullptr) {
      catalog.retired_questions = ReadRetired(*retired, top.At("retired_questions"), catalog);
    }
    return catalog;
  }

  JsonErrors& errors() { return errors_; }

 private:
  // `key` in the catalog's reader's words (the messages keep their English as keys).
  std::string Tr(std::string_view key, std::initializer_list<MessageArg> args = {}) const {
    return errors_.words().Tr(key, args);
  }

  static bool IsSemver(std::string_view v) {
    return IsDottedNumber(v) && std::count(v.begin(), v.end(), '.') == 2;
  }

  // A web build's built-in copy: the text is in a file of the site (catalog_text.h),
  // and the copy carries the identity of the catalog it was split from.
  void ReadTextElsewhere(ObjectReader& top, Catalog& catalog) {
    const json* v = top.Object("text_elsewhere");
    if (!v) return;
    ObjectReader r(*v, top.At("text_elsewhere"), errors_, {"file", "sha256"});
    if (!r.ok()) return;
    catalog.text_file = r.Text("file");
    if (!catalog.text_file.empty() && !IsPlainJsonFileName(catalog.text_file)) {
      errors_.Add(r.At("file"), Tr("{file} is not a file name ending in .json",
                                   {{"file", Quoted(catalog.text_file)}}));
    }
    catalog.sha256 = r.Text("sha256");
    if (!catalog.sha256.empty() && !IsSha256Hex(catalog.sha256)) {
      errors_.Add(r.At("sha256"), Tr("expected 64 lowercase hexadecimal digits"));
    }
  }

  // Letters, digits, '.', '-' and '_', not starting with '.': a file beside the
  // app, never a path or an address.
  static bool IsPlainJsonFileName(std::string_view name) {
    constexpr std::string_view kSuffix = ".json";
    if (name.size() <= kSuffix.size() || name.front() == '.' ||
        name.substr(name.size() - kSuffix.size()) != kSuffix) {
      return false;
    }
    return std::all_of(name.begin(), name.end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == '_';
    });
  }

  std::vector<AnswerLevel> ReadAnswerScale(const json* array, const JsonPlace& where) {
    std::vector<AnswerLevel> scale;
    if (!array) return scale;
    std::map<std::string, size_t> seen;
    for (size_t i = 0; i < array->size(); ++i) {
      JsonPlace at = where / i;
      ObjectReader r((*array)[i], at, errors_, {"value", "label", "description", "credit"});
      AnswerLevel level;
      level.value = r.Text("value");
      level.label = r.Text("label");
      level.description = r.Text("description");
      level.credit = r.Number("credit", 0, 1).value_or(0);
      if (!level.value.empty()) {
        bool known = false;
        for (const char* v : kAnswerValues) known = known || level.value == v;
        if (!known) {
          errors_.Add(at / "value",
                      Tr("{value} is not an answer value", {{"value", Quoted(level.value)}}));
        }
        if (!seen.emplace(level.value, i).second) {
          errors_.Add(at / "value",
                      Tr("answer {value} is listed twice", {{"value", Quoted(level.value)}}));
        }
      }
      scale.push_back(std::move(level));
    }
    for (const char* v : kAnswerValues) {
      if (!seen.count(v))
        errors_.Add(where, Tr("answer scale lacks {value}", {{"value", Quoted(v)}}));
    }
    return scale;
  }

  std::vector<MaturityLevel> ReadMaturityScale(const json* array, const JsonPlace& where) {
    std::vector<MaturityLevel> scale;
    if (!array) return scale;
    if (array->size() != kMaturityLevels) {
      errors_.Add(where, Tr("maturity scale must have 6 levels (0..5), has {count}",
                            {{"count", std::to_string(array->size())}}));
    }
    for (size_t i = 0; i < array->size(); ++i) {
      ObjectReader r((*array)[i], where / i, errors_, {"level", "label", "description"});
      MaturityLevel level;
      std::optional<int> number = r.Int("level", 0, 5);
      if (number && static_cast<size_t>(*number) != i) {
        errors_.Add(r.At("level"), Tr("level must be {level} here (levels are 0..5, in order)",
                                      {{"level", std::to_string(i)}}));
      }
      level.level = number.value_or(0);
      level.label = r.Text("label");
      level.description = r.Text("description");
      scale.push_back(std::move(level));
    }
    return scale;
  }

  std::vector<Clause> ReadClauses(const json* array, const JsonPlace& where) {
    std::vector<Clause> clauses;
    if (!array) return clauses;
    std::set<int> seen;
    for (size_t i = 0; i < array->size(); ++i) {
      ObjectReader r((*array)[i], where / i, errors_, {"clause", "title", "summary"});
      Clause clause;
      // 5..18: the clauses of ISO/IEC 27002:2013 that hold controls.
      clause.number = r.Int("clause", 5, 18).value_or(0);
      if (clause.number != 0 && !seen.insert(clause.number).second) {
        errors_.Add(r.At("clause"), Tr("clause {clause} is listed twice",
                                       {{"clause", std::to_string(clause.number)}}));
      }
      clause.title = r.Text("title");
      clause.summary = r.Text("summary");
      clauses.push_back(std::move(clause));
    }
    return clauses;
  }

  Control ReadControl(const json& value, JsonPlace where, const Catalog& catalog) {
    Control c;
    if (value.is_object() && value.contains("id") && value["id"].is_string()) {
      where.control_id = value["id"].get<std::string>();  // So every error below names it.
    }
    ObjectReader r(value, where, errors_,
                   {"id",
                    "label",
                    "kind",
                    "clause",
                    "title",
                    "iso27002_2022",
                    "nist_800_53r5",
                    "applies_to",
                    "guidance_for",
                    "objective",
                    "csc",
                    "csp",
                    "responsibility",
                    "questions",
                    "quick_questions",
                    "maturity",
                    "evidence",
                    "risk",
                    "effort_days",
                    "depends_on",
                    "informed_by",
                    "actions"});
    if (!r.ok()) return c;
    c.id = r.Text("id");
    c.label = r.Text("label");
    c.kind =
        r.Enum("kind", kControlKindNames, TrLater("control kind")).value_or(ControlKind::kExtended);
    c.clause = r.Int("clause", 1, 99).value_or(0);
    CheckIdentity(r, c, catalog);
    c.title = r.Text("title");
    ReadMappings(r, c);
    if (r.Has("nist_800_53r5")) {
      c.nist_800_53r5 = r.TextList("nist_800_53r5", 0, kMaxNistIds);
      for (size_t i = 0; i < c.nist_800_53r5.size(); ++i) {
        if (!IsNistControlId(c.nist_800_53r5[i])) {
          errors_.Add(r.At("nist_800_53r5") / i,
                      Tr("{id} is not a NIST SP 800-53 id like AC-2 or IA-2(1)",
                         {{"id", Quoted(c.nist_800_53r5[i])}}));
        }
      }
    }
    c.applies_to = r.EnumList("applies_to", kRoleNames, kRole);
    c.guidance_for = r.EnumList("guidance_for", kRoleNames, kRole);
    for (size_t i = 0; i < c.guidance_for.size(); ++i) {
      if (!c.applies_to.empty() && !Contains(c.applies_to, c.guidance_for[i])) {
        errors_.Add(r.At("guidance_for") / i,
                    Tr("role {role} has guidance but is not in the control's applies_to",
                       {{"role", Quoted(RoleName(c.guidance_for[i]))}}));
      }
    }
    c.objective = r.Text("objective");
    c.customer_guidance = ReadRoleGuidance(r, "csc", Role::kCustomer, c.guidance_for);
    c.provider_guidance = ReadRoleGuidance(r, "csp", Role::kProvider, c.guidance_for);
    ReadResponsibility(r, c);
    ReadQuestions(r, c);
    ReadQuickQuestions(r, c);
    std::vector<std::string> maturity = r.TextList("maturity", kMaturityLevels, kMaturityLevels);
    for (size_t i = 0; i < maturity.size() && i < kMaturityLevels; ++i) c.maturity[i] = maturity[i];
    ReadEvidence(r, c);
    ReadRisk(r, c);
    ReadEffort(r, c);
    c.depends_on = r.TextList("depends_on", 0, 50);
    if (r.Has("informed_by")) c.informed_by = r.TextList("informed_by", 0, 50);
    ReadActions(r, c);
    return c;
  }

  void ReadMappings(ObjectReader& parent, Control& c) {
    const json* array = parent.Array("iso27002_2022", 1, kMaxMappings);
    if (!array) return;
    const JsonPlace where = parent.At("iso27002_2022");
    std::set<std::string> seen;
    for (size_t i = 0; i < array->size(); ++i) {
      ObjectReader m((*array)[i], where / i, errors_, {"id", "title", "basis"});
      if (!m.ok()) continue;
      Mapping mapping;
      mapping.id = m.Text("id");
      if (!mapping.id.empty() && !IsDottedNumber(mapping.id)) {
        errors_.Add(m.At("id"),
                    Tr("{id} is not a control number like 8.15", {{"id", Quoted(mapping.id)}}));
      } else if (!mapping.id.empty() && !seen.insert(mapping.id).second) {
        errors_.Add(m.At("id"), Tr("{value} is listed twice", {{"value", Quoted(mapping.id)}}));
      }
      if (m.Has("title")) mapping.title = m.Text("title");
      // Optional here so that `catalog check` can name it as a content problem.
      if (m.Has("basis")) {
        mapping.basis = m.Enum("basis", kStatedBases, TrLater("mapping basis"))
                            .value_or(MappingBasis::kUnstated);
      }
      c.iso27002_2022.push_back(std::move(mapping));
    }
  }

  // Each entry is a text for every role the control applies to, or an object
  // naming the roles that show it.
  void ReadEvidence(ObjectReader& parent, Control& c) {
    const json* array = parent.Array("evidence", kMinEvidence, kMaxEvidence);
    if (!array) return;
    const JsonPlace where = parent.At("evidence");
    for (size_t i = 0; i < array->size(); ++i) {
      const json& entry = (*array)[i];
      Evidence evidence;
      if (entry.is_string()) {
        evidence.text = entry.get<std::string>();
        evidence.roles = c.applies_to;
        if (IsBlank(evidence.text)) errors_.Add(where / i, Tr("empty text"));
      } else if (!ExpectType(errors_, entry, where / i, entry.is_object(),
                             TrLater("a text or an object with text and roles"))) {
        continue;
      } else {
        ObjectReader e(entry, where / i, errors_, {"text", "roles"});
        if (!e.ok()) continue;
        evidence.text = e.Text("text");
        evidence.roles = e.EnumList("roles", kRoleNames, kRole);
        CheckRolesApply(evidence.roles, c, e.At("roles"));
      }
      c.evidence.push_back(std::move(evidence));
    }
  }

  void ReadActions(ObjectReader& parent, Control& c) {
    const json* array = parent.Array("actions", kMinActions, kMaxActions);
    if (!array) return;
    const JsonPlace where = parent.At("actions");
    for (size_t i = 0; i < array->size(); ++i) {
      ObjectReader a((*array)[i], where / i, errors_, {"text", "roles"});
      if (!a.ok()) continue;
      Action action;
      action.text = a.Text("text");
      action.roles = a.EnumList("roles", kRoleNames, kRole);
      CheckRolesApply(action.roles, c, a.At("roles"));
      c.actions.push_back(std::move(action));
    }
    for (Role role : c.applies_to) {
      bool any = false;
      for (const Action& a : c.actions) any = any || Contains(a.roles, role);
      if (!any && !c.actions.empty()) {
        errors_.Add(where, Tr("no action for role {role}", {{"role", Quoted(RoleName(role))}}));
      }
    }
  }

  void CheckRolesApply(const std::vector<Role>& roles, const Control& c, const JsonPlace& where) {
    for (size_t i = 0; i < roles.size(); ++i) {
      if (!c.applies_to.empty() && !Contains(c.applies_to, roles[i])) {
        errors_.Add(where / i, Tr("role {role} is not in the control's applies_to",
                                  {{"role", Quoted(RoleName(roles[i]))}}));
      }
    }
  }

  // Management-system steps: ids "MS.<n>", unique, each depending only on
  // steps listed before it (so the order is a valid order to do them in).
  std::vector<ManagementStep> ReadSteps(const json& array, const JsonPlace& where) {
    std::vector<ManagementStep> steps;
    std::set<std::string> seen;
    for (size_t i = 0; i < array.size(); ++i) {
      JsonPlace at = where / i;
      if (array[i].is_object() && array[i].contains("id") && array[i]["id"].is_string()) {
        at.control_id = array[i]["id"].get<std::string>();
      }
      ObjectReader r(array[i], at, errors_,
                     {"id", "title", "iso27001", "summary", "stage", "weight", "effort_days",
                      "depends_on", "after_controls", "evidence", "actions", "cloud_extension"});
      if (!r.ok()) continue;
      ManagementStep s;
      s.id = r.Text("id");
      if (!s.id.empty() && (s.id.rfind("MS.", 0) != 0 || !IsDigits(s.id.substr(3)))) {
        errors_.Add(r.At("id"), Tr("{id} is not a step id like MS.1", {{"id", Quoted(s.id)}}));
      }
      s.title = r.Text("title");
      s.iso27001 = r.TextList("iso27001", 1, 10);
      s.summary = r.Text("summary");
      s.stage = r.Int("stage", 1, 2).value_or(1);
      s.weight = r.Int("weight", 1, 5).value_or(3);
      if (const json* effort = r.Object("effort_days")) {
        ObjectReader e(*effort, r.At("effort_days"), errors_, {"min", "max"});
        s.effort = ReadEffortRange(e);
      }
      s.depends_on = r.TextList("depends_on", 0, 10);
      for (size_t k = 0; k < s.depends_on.size(); ++k) {
        if (!seen.count(s.depends_on[k])) {
          errors_.Add(r.At("depends_on") / k,
                      Tr("depends on {step}, which is not a step listed before it",
                         {{"step", Quoted(s.depends_on[k])}}));
        }
      }
      if (r.Has("after_controls")) s.after_controls = r.Bool("after_controls").value_or(false);
      s.evidence = r.TextList("evidence", 1, 8);
      s.actions = r.TextList("actions", 1, 8);
      if (r.Has("cloud_extension") && !array[i]["cloud_extension"].is_null()) {
        if (const json* ext = r.Object("cloud_extension")) {
          ObjectReader x(*ext, r.At("cloud_extension"), errors_,
                         {"summary", "effort_days", "actions"});
          s.extension_summary = x.Text("summary");
          if (const json* effort = x.Object("effort_days")) {
            ObjectReader e(*effort, x.At("effort_days"), errors_, {"min", "max"});
            s.extension_effort = ReadEffortRange(e);
          }
          s.extension_actions = x.TextList("actions", 1, 8);
        }
      }
      if (!s.id.empty() && !seen.insert(s.id).second) {
        errors_.Add(r.At("id"), Tr("duplicate step id {id}", {{"id", Quoted(s.id)}}));
      }
      steps.push_back(std::move(s));
    }
    return steps;
  }

  std::vector<RetiredQuestion> ReadRetired(const json& array, const JsonPlace& where,
                                           const Catalog& catalog) {
    std::vector<RetiredQuestion> retired;
    std::set<std::string> live;
    for (const Control& c : catalog.controls) {
      for (const Question& q : c.questions) live.insert(q.id);
      for (const Question& q : c.quick_questions) live.insert(q.id);
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < array.size(); ++i) {
      ObjectReader r(array[i], where / i, errors_, {"id", "text", "successors"});
      if (!r.ok()) continue;
      RetiredQuestion q;
      q.id = r.Text("id");
      if (r.Has("text")) q.text = r.Text("text");  // Left out of the built-in copy.
      q.successors = r.TextList("successors", 0, 20);
      if (live.count(q.id)) {
        errors_.Add(r.At("id"),
                    Tr("question {id} is retired but still asked", {{"id", Quoted(q.id)}}));
      } else if (!q.id.empty() && !seen.insert(q.id).second) {
        errors_.Add(r.At("id"),
                    Tr("retired question {id} is listed twice", {{"id", Quoted(q.id)}}));
      }
      for (size_t k = 0; k < q.successors.size(); ++k) {
        if (!live.count(q.successors[k])) {
          errors_.Add(r.At("successors") / k, Tr("successor {id} is not a question of the catalog",
                                                 {{"id", Quoted(q.successors[k])}}));
        }
      }
      retired.push_back(std::move(q));
    }
    return retired;
  }

  // The id is well formed and agrees with the kind and clause given beside it.
  void CheckIdentity(ObjectReader& r, const Control& c, const Catalog& catalog) {
    if (!c.id.empty() && !IsControlId(c.id)) {
      errors_.Add(r.At("id"),
                  Tr("{id} is not a control id like 12.4.1 or CLD.9.5.2", {{"id", Quoted(c.id)}}));
    }
    bool checkable = IsControlId(c.id);
    if (r.Has("kind") && checkable && IsCloudControlId(c.id) != (c.kind == ControlKind::kCloud)) {
      errors_.Add(r.At("kind"), Tr("kind does not match the id (only CLD ids are 'cld')"));
    }
    if (c.clause == 0) return;
    const std::string clause = std::to_string(c.clause);
    if (!catalog.FindClause(c.clause)) {
      errors_.Add(r.At("clause"),
                  Tr("clause {clause} is not in the clause list", {{"clause", clause}}));
    } else if (checkable && ControlIdNumbers(c.id)[0] != c.clause) {
      errors_.Add(r.At("clause"),
                  Tr("clause {clause} does not match the id", {{"clause", clause}}));
    }
  }

  // csc / csp guidance text: present exactly when guidance_for names the role.
  std::string ReadRoleGuidance(ObjectReader& r, const char* key, Role role,
                               const std::vector<Role>& guidance_for) {
    bool expected = Contains(guidance_for, role);
    if (r.Has(key) && !expected) {
      errors_.Add(r.At(key),
                  Tr("{key} text given but guidance_for lacks {key}", {{"key", Quoted(key)}}));
      return "";
    }
    if (!expected) return "";
    return r.Text(key);
  }

  void ReadResponsibility(ObjectReader& parent, Control& c) {
    const json* value = parent.Object("responsibility");
    if (!value) return;
    ObjectReader r(*value, parent.At("responsibility"), errors_, {"iaas", "paas", "saas"});
    for (const auto& service : kServiceModelNames) {
      c.responsibility[static_cast<size_t>(service.value)] =
          r.Enum(service.text, kOwnerNames, TrLater("owner")).value_or(Owner::kShared);
    }
  }

  Question ReadQuestion(const json& value, const JsonPlace& where, const Control& c) {
    Question q;
    ObjectReader r(
        value, where, errors_,
        {"id", "text", "inherited_text", "roles", "services", "one_practice", "replaces"});
    if (!r.ok()) return q;
    q.id = r.Text("id");
    q.text = r.Text("text");
    q.roles = r.EnumList("roles", kRoleNames, kRole);
    CheckRolesApply(q.roles, c, r.At("roles"));
    q.services = r.EnumList("services", kServiceModelNames, TrLater("service model"));
    IndexScope(&q);
    if (r.Has("inherited_text")) {
      q.inherited_text = r.Text("inherited_text");
      if (!q.roles.empty() && q.roles != std::vector<Role>{Role::kProvider}) {
        errors_.Add(
            r.At("inherited_text"),
            Tr("an inherited form is for provider questions only (roles must be [\"csp\"])"));
      }
    }
    if (r.Has("one_practice")) q.one_practice = r.Bool("one_practice").value_or(false);
    if (r.Has("replaces")) q.replaces = r.TextList("replaces", 0, 20);
    return q;
  }

  // Every (role the control applies to, service model) pair gets at least
  // `at_least` and at most `at_most` of `questions`; `message` says how many
  // it has ({count}, {role}, {service}) and needs ({min}).
  void CheckCoverage(const std::vector<Question>& questions, const Control& c, size_t at_least,
                     size_t at_most, const JsonPlace& where, const char* message) {
    for (Role role : c.applies_to) {
      for (const auto& service : kServiceModelNames) {
        size_t n = 0;
        for (const Question& q : questions) {
          n += Contains(q.roles, role) && Contains(q.services, service.value) ? 1 : 0;
        }
        if (n >= at_least && n <= at_most) continue;
        errors_.Add(where, Tr(message, {{"count", n},
                                        {"role", Quoted(RoleName(role))},
                                        {"service", service.text},
                                        {"min", std::to_string(at_least)}}));
      }
    }
  }

  void ReadQuestions(ObjectReader& parent, Control& c) {
    const json* array = parent.Array("questions", kMinQuestions, kMaxQuestions);
    if (!array) return;
    const JsonPlace where = parent.At("questions");
    for (size_t i = 0; i < array->size(); ++i) {
      Question q = ReadQuestion((*array)[i], where / i, c);
      std::string prefix = c.id + "-q";
      if (!q.id.empty() && !c.id.empty() &&
          (q.id.compare(0, prefix.size(), prefix) != 0 || !IsDigits(q.id.substr(prefix.size())))) {
        errors_.Add(where / i / "id",
                    Tr("question id {id} is not {pattern}",
                       {{"id", Quoted(q.id)}, {"pattern", Quoted(prefix + "<n>")}}));
      }
      c.questions.push_back(std::move(q));
    }
    CheckCoverage(c.questions, c, kQuestionsPerRole, SIZE_MAX, where,
                  TrLater("{count, plural, one {# question} other {# questions}} for role {role} "
                          "with {service} (at least {min} needed)"));
  }

  void ReadQuickQuestions(ObjectReader& parent, Control& c) {
    const json* array = parent.Array("quick_questions", 1, kMaxQuickQuestions);
    if (!array) return;
    const JsonPlace where = parent.At("quick_questions");
    const std::string prefix = c.id + "-quick";
    for (size_t i = 0; i < array->size(); ++i) {
      Question q = ReadQuestion((*array)[i], where / i, c);
      // "<id>-quick", or "<id>-quick-csc", "<id>-quick-csc-saas" and the like.
      const bool well_formed =
          q.id.compare(0, prefix.size(), prefix) == 0 &&
          (q.id.size() == prefix.size() ||
           (q.id[prefix.size()] == '-' && q.id.size() > prefix.size() + 1 &&
            std::all_of(q.id.begin() + static_cast<std::ptrdiff_t>(prefix.size()), q.id.end(),
                        [](char ch) { return ch == '-' || (ch >= 'a' && ch <= 'z'); })));
      if (!q.id.empty() && !c.id.empty() && !well_formed) {
        errors_.Add(where / i / "id", Tr("quick question id {id} is not {prefix} or {pattern}",
                                         {{"id", Quoted(q.id)},
                                          {"prefix", Quoted(prefix)},
                                          {"pattern", Quoted(prefix + "-<suffix>")}}));
      }
      c.quick_questions.push_back(std::move(q));
    }
    CheckCoverage(c.quick_questions, c, 1, 1, where,
                  TrLater("{count, plural, one {# quick question} other {# quick questions}} for "
                          "role {role} with {service} (exactly {min} needed)"));
  }

  void ReadRisk(ObjectReader& parent, Control& c) {
    const json* value = parent.Object("risk");
    if (!value) return;
    ObjectReader r(*value, parent.At("risk"), errors_, {"weight", "rationale", "by_role"});
    c.risk_weight = r.Int("weight", 1, 5).value_or(1);
    c.risk_rationale = r.Text("rationale");
    if (const json* by_role = r.Has("by_role") ? r.Object("by_role") : nullptr) {
      ObjectReader roles(*by_role, r.At("by_role"), errors_, {"csc", "csp"});
      for (const auto& role : kRoleNames) {
        if (!roles.Has(role.text)) continue;
        c.role_risk_weight[static_cast<size_t>(role.value)] =
            roles.Int(role.text, 1, 5).value_or(0);
      }
    }
  }

  void ReadEffort(ObjectReader& parent, Control& c) {
    const json* value = parent.Object("effort_days");
    if (!value) return;
    ObjectReader r(*value, parent.At("effort_days"), errors_, {"min", "max", "by_role"});
    c.effort = ReadEffortRange(r);
    if (const json* by_role = r.Has("by_role") ? r.Object("by_role") : nullptr) {
      ObjectReader roles(*by_role, r.At("by_role"), errors_, {"csc", "csp"});
      for (const auto& role : kRoleNames) {
        if (!roles.Has(role.text)) continue;
        if (const json* range = roles.Object(role.text)) {
          ObjectReader one(*range, roles.At(role.text), errors_, {"min", "max"});
          c.role_effort[static_cast<size_t>(role.value)] = ReadEffortRange(one);
        }
      }
    }
  }

  EffortRange ReadEffortRange(ObjectReader& r) {
    std::optional<int> min = r.Int("min", 1, 200);
    std::optional<int> max = r.Int("max", 1, 200);
    if (min && max && *min > *max) {
      errors_.Add(r.At("min"), Tr("effort min {min} is above max {max}",
                                  {{"min", std::to_string(*min)}, {"max", std::to_string(*max)}}));
    }
    return {min.value_or(0), max.value_or(0)};
  }

  // Checks across controls: unique ids, catalog order, dependencies.
  void CheckControlSet(const Catalog& catalog, const JsonPlace& where) {
    std::map<std::string, std::string> first_use;  // Control or question id -> its pointer.
    // `message` ({id}, {pointer}) names the kind of id, which keeps the two kinds apart.
    auto check_unique = [&](const std::string& id, const JsonPlace& at, const char* message) {
      if (id.empty()) return;
      auto [it, fresh] = first_use.emplace(std::string(message) + " " + id, at.pointer);
      if (!fresh) {
        errors_.Add(at / "id", Tr(message, {{"id", Quoted(id)}, {"pointer", it->second}}));
      }
    };
    const char* const duplicate_question =
        TrLater("duplicate question id {id} (first at {pointer})");
    for (size_t i = 0; i < catalog.controls.size(); ++i) {
      const Control& c = catalog.controls[i];
      JsonPlace at = where / i;
      at.control_id = c.id;
      check_unique(c.id, at, TrLater("duplicate control id {id} (first at {pointer})"));
      for (size_t k = 0; k < c.questions.size(); ++k) {
        check_unique(c.questions[k].id, at / "questions" / k, duplicate_question);
      }
      for (size_t k = 0; k < c.quick_questions.size(); ++k) {
        check_unique(c.quick_questions[k].id, at / "quick_questions" / k, duplicate_question);
      }
      const Control* before = i > 0 ? &catalog.controls[i - 1] : nullptr;
      if (before && IsControlId(before->id) && IsControlId(c.id) &&
          ControlIdLess(c.id, before->id)) {
        errors_.Add(at / "id", Tr("control {id} comes after {before} (order: by clause, extended "
                                  "before CLD, then by number)",
                                  {{"id", Quoted(c.id)}, {"before", Quoted(before->id)}}));
      }
      CheckDependencyNames(catalog, c, c.depends_on, at / "depends_on");
      CheckDependencyNames(catalog, c, c.informed_by, at / "informed_by");
      CheckHardEdgesKeepRoles(catalog, c, at / "depends_on");
    }
    for (const DependencyCycle& cycle : FindDependencyCycles(catalog)) {
      size_t from = cycle.path[cycle.path.size() - 2];
      JsonPlace at = where / from / "depends_on" / cycle.edge;
      at.control_id = catalog.controls[from].id;
      errors_.Add(at, Tr("dependency cycle: {cycle}", {{"cycle", cycle.Describe(catalog)}}));
    }
  }

  // A hard prerequisite must be there for every role the dependent applies to:
  // otherwise the roadmap of the other role would wait for nothing.
  void CheckHardEdgesKeepRoles(const Catalog& catalog, const Control& c, const JsonPlace& where) {
    for (size_t k = 0; k < c.depends_on.size(); ++k) {
      const Control* dep = catalog.FindControl(c.depends_on[k]);
      if (!dep) continue;
      for (Role role : c.applies_to) {
        if (!dep->applies_to.empty() && !Contains(dep->applies_to, role)) {
          errors_.Add(where / k, Tr("depends on {id}, which does not apply to role {role} (make it "
                                    "informed_by)",
                                    {{"id", Quoted(dep->id)}, {"role", Quoted(RoleName(role))}}));
          break;
        }
      }
    }
  }

  void CheckDependencyNames(const Catalog& catalog, const Control& c,
                            const std::vector<std::string>& deps, const JsonPlace& where) {
    std::set<std::string> seen;
    for (size_t k = 0; k < deps.size(); ++k) {
      const std::string& dep = deps[k];
      if (dep.empty()) continue;
      if (dep == c.id) {
        errors_.Add(where / k, Tr("control depends on itself"));
      } else if (!catalog.FindControl(dep)) {
        errors_.Add(where / k, Tr("depends on {id}, which is not a control of the catalog",
                                  {{"id", Quoted(dep)}}));
      } else if (!seen.insert(dep).second) {
        errors_.Add(where / k, Tr("dependency {id} is listed twice", {{"id", Quoted(dep)}}));
      }
    }
  }

  JsonErrors errors_;
};

}  // namespace

CatalogLoadResult ReadCatalog(const nlohmann::json& root, const JsonWords& words) {
  CatalogLoadResult result;
  Loader loader(words);
  Catalog catalog = loader.Read(root);
  result.errors = loader.errors().Take();
  if (result.errors.empty()) {
    IndexLinks(&catalog);
    result.catalog = std::move(catalog);
  } else {
    result.problem = InputProblem::kBadValue;
  }
  return result;
}

CatalogLoadResult LoadCatalog(std::string_view json_text, const JsonWords& words) {
  CatalogLoadResult result;
  if (json_text.size() > kMaxCatalogBytes) {
    result.problem = InputProblem::kTooLarge;
    result.errors.push_back({"",
                             words.Tr("the catalog is {bytes} bytes, over the limit of {limit}",
                                      {{"bytes", std::to_string(json_text.size())},
                                       {"limit", std::to_string(kMaxCatalogBytes)}}),
                             InputProblem::kTooLarge});
    return result;
  }
  JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok()) {
    result.problem = parsed.problem;
    result.errors.push_back({"", JsonProblemMessage(parsed, words), parsed.problem});
    return result;
  }
  result = ReadCatalog(parsed.value, words);
  // A split catalog names its identity; hashing the text would not give it.
  if (result.catalog && result.catalog->text_file.empty()) {
    result.catalog->sha256 = Sha256Hex(json_text);
  }
  return result;
}

namespace {

Catalog LoadBuiltinOrDie(std::string_view json_text) {
  CatalogLoadResult result = LoadCatalog(json_text);
  if (!result.catalog) {
    std::fprintf(stderr, "cloudgap: the built-in catalog is invalid:\n");
    for (const JsonError& e : result.errors) {
      std::fprintf(stderr, "  %s\n", e.ToString().c_str());
    }
    std::abort();
  }
  return std::move(*result.catalog);
}

}  // namespace

const Catalog& BuiltinCatalog() {
  static const Catalog catalog = LoadBuiltinOrDie(EmbeddedCatalogJson());
  return catalog;
}

const Catalog& BuiltinCatalogStructure() {
  static const Catalog catalog = LoadBuiltinOrDie(EmbeddedCatalogStructureJson());
  return catalog;
}

}  // namespace cloudgap
