// ParseAssessmentDocument: the strict reader of docs/assessment-format.md.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

#include "core/catalog/catalog_index.h"
#include "core/document/document_json.h"
#include "core/text/input_limits.h"
#include "core/text/iso_date.h"
#include "core/json/json_parse.h"
#include "core/json/json_reader.h"
#include "core/text/utf8.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr size_t kMaxErrors = 50;  // Past this, more errors only bury the first.
constexpr char kFormatPrefix[] = "cloudgap-assessment/";
constexpr char kAnswerChoices[] = "(expected yes, partly, no, dont_know, na)";

std::string Child(const std::string& pointer, std::string_view key) {
  return pointer + "/" + JsonPointerToken(key);
}

// Values are quoted in messages, but not a pasted essay: at most 60 bytes.
std::string Quoted(std::string_view s) {
  return "'" + ShortenUtf8(s, 60) + "'";
}

bool IsLowerHex64(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

class DocumentParser {
 public:
  DocumentParser(const Catalog& catalog, DocumentParseResult* result)
      : catalog_(catalog), index_(catalog), result_(result) {}

  void Parse(const json& root) {
    if (!root.is_object()) {
      Error("", "an assessment document is a JSON object, not " + std::string(JsonTypeName(root)),
            InputProblem::kWrongType);
      return;
    }
    // Format and catalog come first: past a wrong one, every other message is noise.
    if (!ParseFormat(root) || !ParseCatalogRef(root)) return;
    CheckKnownFields(root, "",
                     {"format", "catalog", "created_at", "updated_at", "profile", "answers",
                      "na_justifications", "controls", "steps_done"});
    ReadTimestamp(root, "", "created_at", &doc_.created_at);
    ReadTimestamp(root, "", "updated_at", &doc_.updated_at);
    ParseProfile(root);
    ParseAnswers(root);
    ParseJustifications(root);
    ParseControls(root);
    ParseStepsDone(root);
    if (result_->errors.empty()) result_->assessment = std::move(doc_);
  }

  void Error(const std::string& pointer, std::string message,
             InputProblem problem = InputProblem::kBadValue) {
    if (result_->errors.size() == kMaxErrors) {
      result_->errors.push_back(
          {"", "too many problems; only the first " + std::to_string(kMaxErrors) + " are listed",
           problem});
    }
    if (result_->errors.size() > kMaxErrors) return;
    result_->errors.push_back({pointer, std::move(message), problem});
  }

 private:
  // --- Generic field readers. Each reports its own errors. ---

  // The value of obj[key], or nullptr (with an error if required) when absent.
  const json* Field(const json& obj, const std::string& pointer, const char* key, bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) {
        Error(Child(pointer, key), "missing (this field is required)", InputProblem::kMissingField);
      }
      return nullptr;
    }
    return &*it;
  }

  bool ExpectType(const json& v, const std::string& pointer, bool ok, const char* expected) {
    if (!ok) {
      Error(pointer, std::string("expected ") + expected + ", not " + JsonTypeName(v),
            InputProblem::kWrongType);
    }
    return ok;
  }

  void CheckKnownFields(const json& obj, const std::string& pointer,
                        std::initializer_list<const char*> known) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool found = false;
      for (const char* k : known) found = found || it.key() == k;
      if (!found) {
        Error(Child(pointer, it.key()), "unknown field " + Quoted(it.key()),
              InputProblem::kUnknownField);
      }
    }
  }

  void ReadString(const json& obj, const std::string& pointer, const char* key, bool required,
                  std::string* out) {
    const json* v = Field(obj, pointer, key, required);
    if (v && ExpectType(*v, Child(pointer, key), v->is_string(), "a string") &&
        CheckLength(v->get_ref<const std::string&>(), Child(pointer, key))) {
      *out = v->get<std::string>();
    }
  }

  // Every text field is held to kMaxTextFieldChars.
  bool CheckLength(const std::string& text, const std::string& pointer) {
    if (text.size() <= kMaxTextFieldChars) return true;  // Bytes >= characters.
    const size_t chars = Utf8Length(text);
    if (chars <= kMaxTextFieldChars) return true;
    Error(pointer,
          "is " + std::to_string(chars) + " characters long; CloudGap keeps at most " +
              std::to_string(kMaxTextFieldChars) + " in a field",
          InputProblem::kTooLong);
    return false;
  }

  void ReadBool(const json& obj, const std::string& pointer, const char* key, bool* out) {
    const json* v = Field(obj, pointer, key, false);
    if (v && ExpectType(*v, Child(pointer, key), v->is_boolean(), "true or false")) {
      *out = v->get<bool>();
    }
  }

  // Reads a whole number in [lo, hi]; returns false (after reporting) otherwise.
  bool ReadIntValue(const json& v, const std::string& pointer, int lo, int hi, int* out) {
    if (!ExpectType(v, pointer, v.is_number_integer(), "a whole number")) return false;
    // Positive numbers arrive unsigned and may not fit an int64; compare before converting.
    bool in_range = v.is_number_unsigned()
                        ? v.get<std::uint64_t>() <= static_cast<std::uint64_t>(hi) &&
                              static_cast<std::int64_t>(v.get<std::uint64_t>()) >= lo
                        : v.get<std::int64_t>() >= lo && v.get<std::int64_t>() <= hi;
    if (!in_range) {
      Error(pointer,
            "must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", not " +
                v.dump(),
            InputProblem::kOutOfRange);
      return false;  // Reported; *out keeps its value.
    }
    *out = static_cast<int>(v.get<std::int64_t>());
    return true;
  }

  void ReadInt(const json& obj, const std::string& pointer, const char* key, int lo, int hi,
               int* out) {
    const json* v = Field(obj, pointer, key, false);
    if (v) ReadIntValue(*v, Child(pointer, key), lo, hi, out);
  }

  void ReadTimestamp(const json& obj, const std::string& pointer, const char* key,
                     std::string* out) {
    ReadString(obj, pointer, key, /*required=*/true, out);
    if (!out->empty() && !IsUtcTimestamp(*out)) {
      Error(Child(pointer, key), Quoted(*out) +
                                     " is not an ISO-8601 UTC timestamp such as "
                                     "2024-05-31T09:30:00Z");
    }
  }

  // --- The document's parts. ---

  bool ParseFormat(const json& root) {
    const json* v = Field(root, "", "format", true);
    if (!v) return false;
    if (!ExpectType(*v, "/format", v->is_string(), "a string")) return false;
    const std::string format = v->get<std::string>();
    if (format == kAssessmentFormat) return true;
    if (format.rfind(kFormatPrefix, 0) == 0) {
      Error("/format",
            Quoted(format) + " was written by a newer CloudGap; this version reads " +
                kAssessmentFormat,
            InputProblem::kUnknownVersion);
    } else {
      Error("/format",
            Quoted(format) + " is not a CloudGap assessment (expected " + kAssessmentFormat + ")",
            InputProblem::kNotAnAssessment);
    }
    return false;
  }

  bool ParseCatalogRef(const json& root) {
    const json* v = Field(root, "", "catalog", true);
    if (!v || !ExpectType(*v, "/catalog", v->is_object(), "an object")) return false;
    CheckKnownFields(*v, "/catalog", {"id", "version", "sha256"});
    ReadString(*v, "/catalog", "id", true, &doc_.catalog_id);
    ReadString(*v, "/catalog", "version", true, &doc_.catalog_version);
    ReadString(*v, "/catalog", "sha256", true, &doc_.catalog_sha256);
    if (!doc_.catalog_sha256.empty() && !IsLowerHex64(doc_.catalog_sha256)) {
      Error("/catalog/sha256", "expected 64 lowercase hexadecimal digits");
    }
    if (v->contains("id") && (*v)["id"].is_string() && doc_.catalog_id != catalog_.id) {
      Error("/catalog/id",
            "this assessment is for catalog " + Quoted(doc_.catalog_id) + ", but CloudGap uses " +
                Quoted(catalog_.id),
            InputProblem::kUnknownCatalog);
      return false;
    }
    if (doc_.catalog_version != catalog_.version || doc_.catalog_sha256 != catalog_.sha256) {
      result_->warnings.push_back("the assessment was made with catalog " + doc_.catalog_id + " " +
                                  doc_.catalog_version + " (sha256 " +
                                  doc_.catalog_sha256.substr(0, 12) + "); CloudGap now uses " +
                                  catalog_.version + " (sha256 " + catalog_.sha256.substr(0, 12) +
                                  "). Answers are matched by question id.");
    }
    return true;
  }

  void ParseProfile(const json& root) {
    const json* v = Field(root, "", "profile", true);
    if (!v || !ExpectType(*v, "/profile", v->is_object(), "an object")) return;
    const std::string p = "/profile";
    Profile& profile = doc_.profile;
    CheckKnownFields(
        *v, p,
        {"organisation", "role", "services", "isms", "has_isms", "upstream_infrastructure",
         "target_maturity", "capacity_days_per_month", "mode"});
    ReadString(*v, p, "organisation", false, &profile.organisation);
    std::string role, mode;
    ReadString(*v, p, "role", true, &role);
    if (auto r = ParseRoleScope(role)) {
      profile.role = *r;
    } else if (v->contains("role") && (*v)["role"].is_string()) {
      Error(p + "/role", Quoted(role) + " is not a role (expected csc, csp or both)");
    }
    ReadString(*v, p, "mode", true, &mode);
    if (auto m = ParseAssessmentMode(mode)) {
      profile.mode = *m;
    } else if (v->contains("mode") && (*v)["mode"].is_string()) {
      Error(p + "/mode", Quoted(mode) + " is not a mode (expected quick or full)");
    }
    ParseServices(*v);
    // "has_isms" (true or false) is how documents said it before the three states.
    bool had_isms = false;
    ReadBool(*v, p, "has_isms", &had_isms);
    if (had_isms) profile.isms = IsmsState::kCertified;
    std::string isms;
    ReadString(*v, p, "isms", false, &isms);
    if (auto s = ParseIsmsState(isms)) {
      profile.isms = *s;
    } else if (v->contains("isms") && (*v)["isms"].is_string()) {
      Error(p + "/isms", Quoted(isms) +
                             " is not an ISMS state (expected none, in_progress or "
                             "certified)");
    }
    ReadBool(*v, p, "upstream_infrastructure", &profile.upstream_infrastructure);
    ReadInt(*v, p, "target_maturity", 1, 5, &profile.target_maturity);
    ReadInt(*v, p, "capacity_days_per_month", 1, 10000, &profile.capacity_days_per_month);
  }

  // Management-system steps recorded as done: a list of step ids of the catalog.
  void ParseStepsDone(const json& root) {
    const json* v = Field(root, "", "steps_done", false);
    if (!v || !ExpectType(*v, "/steps_done", v->is_array(), "a list")) return;
    for (size_t i = 0; i < v->size(); ++i) {
      const json& item = (*v)[i];
      const std::string p = "/steps_done/" + std::to_string(i);
      if (!ExpectType(item, p, item.is_string(), "a string")) continue;
      const std::string id = item.get<std::string>();
      bool known = false;
      for (const ManagementStep& s : catalog_.management_steps) known = known || s.id == id;
      if (!known) {
        Error(p,
              "no management-system step " + Quoted(id) + " in catalog " + catalog_.id + " " +
                  catalog_.version,
              InputProblem::kUnknownId);
      } else if (!doc_.steps_done.insert(id).second) {
        Error(p, Quoted(id) + " is listed twice");
      }
    }
  }

  void ParseServices(const json& profile) {
    const json* v = Field(profile, "/profile", "services", true);
    if (!v || !ExpectType(*v, "/profile/services", v->is_array(), "a list")) return;
    std::array<bool, 3> seen{false, false, false};
    for (size_t i = 0; i < v->size(); ++i) {
      const json& item = (*v)[i];
      const std::string p = "/profile/services/" + std::to_string(i);
      if (!ExpectType(item, p, item.is_string(), "a string")) continue;
      auto s = ParseServiceModel(item.get<std::string>());
      if (!s) {
        Error(p, Quoted(item.get<std::string>()) +
                     " is not a service model "
                     "(expected iaas, paas or saas)");
      } else if (seen[static_cast<size_t>(*s)]) {
        Error(p, Quoted(item.get<std::string>()) + " is listed twice");
      } else {
        seen[static_cast<size_t>(*s)] = true;
      }
    }
    if (v->empty()) {
      Error("/profile/services", "list at least one service model (iaas, paas, saas)");
    }
    doc_.profile.services = seen;
  }

  void ParseAnswers(const json& root) {
    const json* v = Field(root, "", "answers", false);
    if (!v || !ExpectType(*v, "/answers", v->is_object(), "an object")) return;
    for (auto it = v->begin(); it != v->end(); ++it) {
      const std::string p = Child("/answers", it.key());
      if (!KnownQuestion(it.key(), p)) continue;
      const json& value = it.value();
      if (!value.is_string()) {
        Error(p,
              std::string("expected an answer as a string ") + kAnswerChoices + ", not " +
                  JsonTypeName(value),
              InputProblem::kWrongType);
        continue;
      }
      auto answer = ParseAnswer(value.get<std::string>());
      if (!answer) {
        Error(p, Quoted(value.get<std::string>()) + " is not an answer " + kAnswerChoices);
        continue;
      }
      doc_.answers[it.key()].answer = *answer;
    }
  }

  void ParseJustifications(const json& root) {
    const json* v = Field(root, "", "na_justifications", false);
    if (v && ExpectType(*v, "/na_justifications", v->is_object(), "an object")) {
      for (auto it = v->begin(); it != v->end(); ++it) {
        const std::string p = Child("/na_justifications", it.key());
        if (!KnownQuestion(it.key(), p)) continue;
        if (!ExpectType(it.value(), p, it.value().is_string(), "a string") ||
            !CheckLength(it.value().get_ref<const std::string&>(), p)) {
          continue;
        }
        auto answer = doc_.answers.find(it.key());
        if (answer == doc_.answers.end() || answer->second.answer != Answer::kNotApplicable) {
          Error(p,
                "a justification is kept only for an answer of 'na'; this question's answer "
                "is " +
                    Quoted(answer == doc_.answers.end() ? "unanswered"
                                                        : AnswerName(answer->second.answer)));
          continue;
        }
        answer->second.justification = it.value().get<std::string>();
      }
    }
    for (const auto& [id, answer] : doc_.answers) {
      if (answer.answer == Answer::kNotApplicable && IsBlank(answer.justification)) {
        Error(Child("/answers", id), "'na' needs a justification at " +
                                         Child("/na_justifications", id) +
                                         " (it goes into the Statement of Applicability)");
      }
    }
  }

  bool KnownQuestion(const std::string& id, const std::string& pointer) {
    if (index_.FindQuestion(id)) return true;
    Error(pointer,
          "no question " + Quoted(id) + " in catalog " + catalog_.id + " " + catalog_.version,
          InputProblem::kUnknownId);
    return false;
  }

  void ParseControls(const json& root) {
    const json* v = Field(root, "", "controls", false);
    if (!v || !ExpectType(*v, "/controls", v->is_object(), "an object")) return;
    for (auto it = v->begin(); it != v->end(); ++it) {
      const std::string p = Child("/controls", it.key());
      if (!index_.FindControl(it.key())) {
        Error(p,
              "no control " + Quoted(it.key()) + " in catalog " + catalog_.id + " " +
                  catalog_.version,
              InputProblem::kUnknownId);
        continue;
      }
      if (!ExpectType(it.value(), p, it.value().is_object(), "an object")) continue;
      ParseControlRecord(it.value(), p, &doc_.controls[it.key()]);
    }
  }

  void ParseControlRecord(const json& v, const std::string& p, ControlRecord* record) {
    CheckKnownFields(v, p,
                     {"not_applicable", "justification", "notes", "evidence", "owner", "due_date",
                      "maturity", "target"});
    ReadBool(v, p, "not_applicable", &record->not_applicable);
    ReadString(v, p, "justification", false, &record->justification);
    if (record->not_applicable && IsBlank(record->justification)) {
      Error(p + "/justification",
            "a control marked not applicable needs a justification "
            "(it goes into the Statement of Applicability)");
    } else if (!record->not_applicable && v.contains("justification")) {
      Error(p + "/justification", "a justification is kept only when not_applicable is true");
    }
    ReadString(v, p, "notes", false, &record->notes);
    ReadString(v, p, "owner", false, &record->owner);
    ReadString(v, p, "due_date", false, &record->due_date);
    if (!record->due_date.empty() && !IsCalendarDate(record->due_date)) {
      Error(p + "/due_date", Quoted(record->due_date) + " is not a date such as 2024-05-31");
    }
    int level = 0;
    if (const json* m = Field(v, p, "maturity", false)) {
      if (ReadIntValue(*m, p + "/maturity", 0, 5, &level)) record->maturity = level;
    }
    if (const json* t = Field(v, p, "target", false)) {
      if (ReadIntValue(*t, p + "/target", 0, 5, &level)) record->target = level;
    }
    if (const json* e = Field(v, p, "evidence", false)) ParseEvidence(*e, p + "/evidence", record);
  }

  void ParseEvidence(const json& v, const std::string& p, ControlRecord* record) {
    if (!ExpectType(v, p, v.is_array(), "a list")) return;
    if (v.size() > kMaxEvidenceItems) {
      Error(p,
            "lists " + std::to_string(v.size()) + " evidence references; CloudGap keeps at most " +
                std::to_string(kMaxEvidenceItems) + " for a control",
            InputProblem::kTooMany);
      return;
    }
    for (size_t i = 0; i < v.size(); ++i) {
      const std::string ip = p + "/" + std::to_string(i);
      const json& item = v[i];
      if (!ExpectType(item, ip, item.is_object(), "an object")) continue;
      CheckKnownFields(item, ip, {"text", "link"});
      EvidenceRef ref;
      ReadString(item, ip, "text", false, &ref.text);
      ReadString(item, ip, "link", false, &ref.link);
      if (IsBlank(ref.text) && IsBlank(ref.link)) Error(ip, "evidence needs a text or a link");
      record->evidence.push_back(std::move(ref));
    }
  }

  const Catalog& catalog_;
  CatalogIndex index_;
  DocumentParseResult* result_;
  Assessment doc_;
};

}  // namespace

DocumentParseResult ParseAssessmentDocument(const Catalog& catalog, std::string_view json_text) {
  DocumentParseResult result;
  JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok()) {
    result.errors.push_back({"", JsonProblemMessage(parsed), parsed.problem});
    return result;
  }
  DocumentParser parser(catalog, &result);
  parser.Parse(parsed.value);
  return result;
}

}  // namespace cloudgap
