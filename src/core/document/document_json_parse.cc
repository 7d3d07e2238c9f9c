// ParseAssessmentDocument: the strict reader of docs/assessment-format.md, on
// the JSON toolkit every input shares (json/json_reader.h).
#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <utility>

#include "core/catalog/catalog_index.h"
#include "core/document/document_json.h"
#include "core/json/json_parse.h"
#include "core/json/json_reader.h"
#include "core/text/hex.h"
#include "core/text/input_limits.h"
#include "core/text/iso_date.h"
#include "core/text/uuid.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr size_t kMaxErrors = 50;  // Past this, more errors only bury the first.
constexpr char kFormatPrefix[] = "cloudgap-assessment/";
constexpr size_t kMaxNamesPerControl = 50;

// Every message is marked with words_.Tr and its English: values quoted from the
// document, pointers, ids and the format's own words (csc, na, iaas) are
// arguments or kept as written, so they read the same in every language.
// Numbers are passed as text, as the English always printed them.
class DocumentParser {
 public:
  DocumentParser(const Catalog& catalog, DocumentParseResult* result, const MessageCatalog& words)
      : catalog_(catalog),
        index_(catalog),
        result_(result),
        words_(words),
        errors_(kMaxErrors, words.json_words()) {}

  void Parse(const json& root) {
    if (!root.is_object()) {
      Error({},
            words_.Tr("an assessment document is a JSON object, not {type}",
                      {{"type", JsonTypeName(root, errors_.words())}}),
            InputProblem::kWrongType);
    } else if (ParseFormat(root) && ParseCatalogRef(root)) {
      // Format and catalog come first: past a wrong one, every other message is noise.
      ObjectReader top(root, {}, errors_,
                       {"format", "catalog", "created_at", "updated_at", "profile", "answers",
                        "na_justifications", "controls", "steps_done", "pack"});
      doc_.created_at = Timestamp(top, "created_at");
      doc_.updated_at = Timestamp(top, "updated_at");
      ParseProfile(top);
      ParseAnswers(top);
      ParseJustifications(top);
      ParseControls(top);
      ParseStepsDone(top);
      ParsePack(top);
    }
    result_->errors = errors_.Take();
    if (result_->errors.empty()) result_->assessment = std::move(doc_);
  }

 private:
  void Error(const JsonPlace& at, std::string message,
             InputProblem problem = InputProblem::kBadValue) {
    errors_.Add(at, std::move(message), problem);
  }

  // Every text field is held to kMaxTextFieldChars.
  std::string Text(ObjectReader& r, const char* key, bool required) {
    return r.String(key, required, kMaxTextFieldChars).value_or("");
  }

  std::string Timestamp(ObjectReader& r, const char* key) {
    std::string text = Text(r, key, /*required=*/true);
    if (!text.empty() && !IsUtcTimestamp(text)) {
      Error(r.At(key),
            words_.Tr("{value} is not an ISO-8601 UTC timestamp such as 2024-05-31T09:30:00Z",
                      {{"value", QuotedValue(text)}}));
    }
    return text;
  }

  // --- The document's parts. ---

  bool ParseFormat(const json& root) {
    ObjectReader top(root, {}, errors_);
    const std::optional<std::string> format = top.String("format", true, kMaxTextFieldChars);
    if (!format) return false;
    if (*format == kAssessmentFormat) return true;
    if (format->rfind(kFormatPrefix, 0) == 0) {
      Error(top.At("format"),
            words_.Tr("{value} was written by a newer CloudGap; this version reads {format}",
                      {{"value", QuotedValue(*format)}, {"format", kAssessmentFormat}}),
            InputProblem::kUnknownVersion);
    } else {
      Error(top.At("format"),
            words_.Tr("{value} is not a CloudGap assessment (expected {format})",
                      {{"value", QuotedValue(*format)}, {"format", kAssessmentFormat}}),
            InputProblem::kNotAnAssessment);
    }
    return false;
  }

  bool ParseCatalogRef(const json& root) {
    ObjectReader top(root, {}, errors_);
    const json* v = top.Find("catalog", true);
    if (!v) return false;
    ObjectReader r(*v, top.At("catalog"), errors_, {"id", "version", "sha256"});
    if (!r.ok()) return false;
    const std::optional<std::string> id = r.String("id", true, kMaxTextFieldChars);
    doc_.catalog_id = id.value_or("");
    doc_.catalog_version = Text(r, "version", true);
    doc_.catalog_sha256 = Text(r, "sha256", true);
    if (!doc_.catalog_sha256.empty() && !IsSha256Hex(doc_.catalog_sha256)) {
      Error(r.At("sha256"), words_.Tr("expected 64 lowercase hexadecimal digits", {}));
    }
    if (id && *id != catalog_.id) {
      Error(r.At("id"),
            words_.Tr("this assessment is for catalog {id}, but CloudGap uses {ours}",
                      {{"id", QuotedValue(*id)}, {"ours", QuotedValue(catalog_.id)}}),
            InputProblem::kUnknownCatalog);
      return false;
    }
    if (doc_.catalog_version != catalog_.version || doc_.catalog_sha256 != catalog_.sha256) {
      result_->warnings.push_back(
          words_.Tr("the assessment was made with catalog {catalog} {version} (sha256 {sha256}); "
                    "CloudGap now uses {now} (sha256 {now_sha256}). Answers are matched by "
                    "question id.",
                    {{"catalog", doc_.catalog_id},
                     {"version", doc_.catalog_version},
                     {"sha256", doc_.catalog_sha256.substr(0, 12)},
                     {"now", catalog_.version},
                     {"now_sha256", catalog_.sha256.substr(0, 12)}}));
    }
    return true;
  }

  void ParseProfile(ObjectReader& top) {
    const json* v = top.Find("profile", true);
    if (!v) return;
    ObjectReader r(
        *v, top.At("profile"), errors_,
        {"organisation", "role", "services", "isms", "has_isms", "upstream_infrastructure",
         "target_maturity", "capacity_days_per_month", "mode"});
    if (!r.ok()) return;
    Profile& profile = doc_.profile;
    profile.organisation = Text(r, "organisation", false);
    if (const std::optional<std::string> role = r.String("role", true, kMaxTextFieldChars)) {
      if (auto parsed = ParseRoleScope(*role)) {
        profile.role = *parsed;
      } else {
        Error(r.At("role"), words_.Tr("{value} is not a role (expected csc, csp or both)",
                                      {{"value", QuotedValue(*role)}}));
      }
    }
    if (const std::optional<std::string> mode = r.String("mode", true, kMaxTextFieldChars)) {
      if (auto parsed = ParseAssessmentMode(*mode)) {
        profile.mode = *parsed;
      } else {
        Error(r.At("mode"), words_.Tr("{value} is not a mode (expected quick or full)",
                                      {{"value", QuotedValue(*mode)}}));
      }
    }
    ParseServices(r);
    // "has_isms" (true or false) is how documents said it before the three states.
    if (r.OptionalBool("has_isms").value_or(false)) profile.isms = IsmsState::kCertified;
    if (const std::optional<std::string> isms = r.String("isms", false, kMaxTextFieldChars)) {
      if (auto parsed = ParseIsmsState(*isms)) {
        profile.isms = *parsed;
      } else {
        Error(r.At("isms"),
              words_.Tr("{value} is not an ISMS state (expected none, in_progress or certified)",
                        {{"value", QuotedValue(*isms)}}));
      }
    }
    profile.upstream_infrastructure =
        r.OptionalBool("upstream_infrastructure").value_or(profile.upstream_infrastructure);
    profile.target_maturity =
        r.OptionalInt("target_maturity", 1, 5).value_or(profile.target_maturity);
    profile.capacity_days_per_month = r.OptionalInt("capacity_days_per_month", 1, 10000)
                                          .value_or(profile.capacity_days_per_month);
  }

  // Management-system steps recorded as done: a list of step ids of the catalog.
  void ParseStepsDone(ObjectReader& top) {
    const json* v = top.Find("steps_done", false);
    if (!v || !ExpectType(errors_, *v, top.At("steps_done"), v->is_array(), "a list")) return;
    for (size_t i = 0; i < v->size(); ++i) {
      const json& item = (*v)[i];
      const JsonPlace at = top.At("steps_done") / i;
      if (!ExpectType(errors_, item, at, item.is_string(), "a string")) continue;
      const std::string id = item.get<std::string>();
      bool known = false;
      for (const ManagementStep& s : catalog_.management_steps) known = known || s.id == id;
      if (!known) {
        Error(
            at,
            words_.Tr(
                "no management-system step {id} in catalog {catalog} {version}",
                {{"id", QuotedValue(id)}, {"catalog", catalog_.id}, {"version", catalog_.version}}),
            InputProblem::kUnknownId);
      } else if (!doc_.steps_done.insert(id).second) {
        ListedTwice(at, id);
      }
    }
  }

  // A list of distinct, non-blank names of people.
  std::vector<std::string> Names(ObjectReader& r, const char* key) {
    std::vector<std::string> names;
    const json* v = r.Find(key, false);
    if (!v || !ExpectType(errors_, *v, r.At(key), v->is_array(), "a list")) return names;
    if (v->size() > kMaxNamesPerControl) {
      Error(r.At(key),
            words_.Tr("lists {count} names; at most {max} are kept",
                      {{"count", std::to_string(v->size())},
                       {"max", std::to_string(kMaxNamesPerControl)}}),
            InputProblem::kTooMany);
      return names;
    }
    for (size_t i = 0; i < v->size(); ++i) {
      const json& item = (*v)[i];
      const JsonPlace at = r.At(key) / i;
      if (!ExpectType(errors_, item, at, item.is_string(), "a string")) continue;
      std::string name = item.get<std::string>();
      if (IsBlank(name) || name.size() > kMaxTextFieldChars) {
        Error(at, words_.Tr("a name is between 1 and {max} characters",
                            {{"max", std::to_string(kMaxTextFieldChars)}}));
      } else if (std::find(names.begin(), names.end(), name) != names.end()) {
        ListedTwice(at, name);
      } else {
        names.push_back(std::move(name));
      }
    }
    return names;
  }

  // A question pack: its id, the controls handed out, and nothing answered
  // or recorded outside them.
  void ParsePack(ObjectReader& top) {
    const json* v = top.Find("pack", false);
    if (!v) return;
    ObjectReader r(*v, top.At("pack"), errors_, {"id", "for", "respondent", "controls"});
    if (!r.ok()) return;
    QuestionPack pack;
    pack.id = Text(r, "id", true);
    if (!pack.id.empty() && !ParseUuid(pack.id)) {
      Error(r.At("id"),
            words_.Tr("{value} is not a pack id (a UUID)", {{"value", QuotedValue(pack.id)}}));
    }
    pack.handed_to = Text(r, "for", false);
    pack.respondent = Text(r, "respondent", false);
    const json* list = r.Find("controls", true);
    if (!list || !ExpectType(errors_, *list, r.At("controls"), list->is_array(), "a list")) return;
    std::set<std::string> held;
    for (size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      const JsonPlace at = r.At("controls") / i;
      if (!ExpectType(errors_, item, at, item.is_string(), "a string")) continue;
      const std::string id = item.get<std::string>();
      if (!index_.FindControl(id)) {
        UnknownControl(at, id);
      } else if (!held.insert(id).second) {
        ListedTwice(at, id);
      } else {
        pack.controls.push_back(id);
      }
    }
    if (list->empty()) {
      Error(r.At("controls"), words_.Tr("a question pack holds at least one control", {}));
    }
    for (const auto& [id, answer] : doc_.answers) {
      const Control* control = index_.ControlOfQuestion(id);
      if (control && !held.count(control->id)) {
        Error(top.At("answers") / id,
              words_.Tr("answers a question of control {control}, which is not in the pack",
                        {{"control", control->id}}));
      }
    }
    for (const auto& [id, record] : doc_.controls) {
      if (!held.count(id)) {
        Error(top.At("controls") / id,
              words_.Tr("control {control} is not in the pack", {{"control", id}}));
      }
    }
    doc_.pack = std::move(pack);
  }

  void ParseServices(ObjectReader& profile) {
    const json* v = profile.Find("services", true);
    const JsonPlace list = profile.At("services");
    if (!v || !ExpectType(errors_, *v, list, v->is_array(), "a list")) return;
    std::array<bool, 3> seen{false, false, false};
    for (size_t i = 0; i < v->size(); ++i) {
      const json& item = (*v)[i];
      if (!ExpectType(errors_, item, list / i, item.is_string(), "a string")) continue;
      auto s = ParseServiceModel(item.get<std::string>());
      if (!s) {
        Error(list / i, words_.Tr("{value} is not a service model (expected iaas, paas or saas)",
                                  {{"value", QuotedValue(item.get<std::string>())}}));
      } else if (seen[static_cast<size_t>(*s)]) {
        ListedTwice(list / i, item.get<std::string>());
      } else {
        seen[static_cast<size_t>(*s)] = true;
      }
    }
    if (v->empty())
      Error(list, words_.Tr("list at least one service model (iaas, paas, saas)", {}));
    doc_.profile.services = seen;
  }

  void ParseAnswers(ObjectReader& top) {
    const json* v = top.Find("answers", false);
    if (!v || !ExpectType(errors_, *v, top.At("answers"), v->is_object(), "an object")) return;
    for (auto it = v->begin(); it != v->end(); ++it) {
      const JsonPlace at = top.At("answers") / it.key();
      if (!KnownQuestion(it.key(), at)) continue;
      const json& value = it.value();
      if (!value.is_string()) {
        Error(at,
              words_.Tr("expected an answer as a string (expected yes, partly, no, dont_know, "
                        "na), not {type}",
                        {{"type", JsonTypeName(value, errors_.words())}}),
              InputProblem::kWrongType);
        continue;
      }
      auto answer = ParseAnswer(value.get<std::string>());
      if (!answer) {
        Error(at, words_.Tr("{value} is not an answer (expected yes, partly, no, dont_know, na)",
                            {{"value", QuotedValue(value.get<std::string>())}}));
        continue;
      }
      doc_.answers[it.key()].answer = *answer;
    }
  }

  void ParseJustifications(ObjectReader& top) {
    const json* v = top.Find("na_justifications", false);
    if (v) {
      ObjectReader r(*v, top.At("na_justifications"), errors_);
      for (auto it = r.ok() ? v->begin() : v->end(); it != v->end(); ++it) {
        if (!KnownQuestion(it.key(), r.At(it.key()))) continue;
        const std::optional<std::string> text = r.String(it.key(), true, kMaxTextFieldChars);
        if (!text) continue;
        auto answer = doc_.answers.find(it.key());
        const Answer given =
            answer == doc_.answers.end() ? Answer::kUnanswered : answer->second.answer;
        if (given == Answer::kNotApplicable) {
          answer->second.justification = *text;
        } else {
          Error(r.At(it.key()),
                words_.Tr("a justification is kept only for an answer of 'na'; this question's "
                          "answer is {answer}",
                          {{"answer", QuotedValue(AnswerName(given))}}));
        }
      }
    }
    for (const auto& [id, answer] : doc_.answers) {
      if (answer.answer == Answer::kNotApplicable && IsBlank(answer.justification)) {
        Error(top.At("answers") / id,
              words_.Tr("'na' needs a justification at {pointer} (it goes into the Statement of "
                        "Applicability)",
                        {{"pointer", (top.At("na_justifications") / id).pointer}}));
      }
    }
  }

  bool KnownQuestion(const std::string& id, const JsonPlace& at) {
    if (index_.FindQuestion(id)) return true;
    Error(at,
          words_.Tr(
              "no question {id} in catalog {catalog} {version}",
              {{"id", QuotedValue(id)}, {"catalog", catalog_.id}, {"version", catalog_.version}}),
          InputProblem::kUnknownId);
    return false;
  }

  void UnknownControl(const JsonPlace& at, const std::string& id) {
    Error(at,
          words_.Tr(
              "no control {id} in catalog {catalog} {version}",
              {{"id", QuotedValue(id)}, {"catalog", catalog_.id}, {"version", catalog_.version}}),
          InputProblem::kUnknownId);
  }

  void ListedTwice(const JsonPlace& at, const std::string& value) {
    Error(at, words_.Tr("{value} is listed twice", {{"value", QuotedValue(value)}}));
  }

  void ParseControls(ObjectReader& top) {
    const json* v = top.Find("controls", false);
    if (!v || !ExpectType(errors_, *v, top.At("controls"), v->is_object(), "an object")) return;
    for (auto it = v->begin(); it != v->end(); ++it) {
      const JsonPlace at = top.At("controls") / it.key();
      if (!index_.FindControl(it.key())) {
        UnknownControl(at, it.key());
        continue;
      }
      ObjectReader r(it.value(), at, errors_,
                     {"not_applicable", "justification", "notes", "evidence", "owner", "due_date",
                      "maturity", "target", "status", "reviewer", "answered_by"});
      if (r.ok()) ParseControlRecord(r, &doc_.controls[it.key()]);
    }
  }

  void ParseControlRecord(ObjectReader& r, ControlRecord* record) {
    record->not_applicable = r.OptionalBool("not_applicable").value_or(false);
    record->justification = Text(r, "justification", false);
    if (record->not_applicable && IsBlank(record->justification)) {
      Error(r.At("justification"),
            words_.Tr("a control marked not applicable needs a justification "
                      "(it goes into the Statement of Applicability)",
                      {}));
    } else if (!record->not_applicable && r.Has("justification")) {
      Error(r.At("justification"),
            words_.Tr("a justification is kept only when not_applicable is true", {}));
    }
    record->notes = Text(r, "notes", false);
    record->owner = Text(r, "owner", false);
    record->due_date = Text(r, "due_date", false);
    if (!record->due_date.empty() && !IsCalendarDate(record->due_date)) {
      NotADate(r.At("due_date"), record->due_date);
    }
    if (std::optional<int> level = r.OptionalInt("maturity", 0, 5)) record->maturity = *level;
    if (std::optional<int> level = r.OptionalInt("target", 0, 5)) record->target = *level;
    const std::string status = Text(r, "status", false);
    if (!status.empty()) {
      record->status = ParseWorkStatus(status);
      if (!record->status) {
        Error(r.At("status"),
              words_.Tr("{value} is not a status (not_started, in_progress, answered, reviewed)",
                        {{"value", QuotedValue(status)}}));
      }
    }
    record->reviewer = Text(r, "reviewer", false);
    record->answered_by = Names(r, "answered_by");
    if (const json* e = r.Find("evidence", false)) ParseEvidence(*e, r.At("evidence"), record);
  }

  void ParseEvidence(const json& v, const JsonPlace& at, ControlRecord* record) {
    if (!ExpectType(errors_, v, at, v.is_array(), "a list")) return;
    if (v.size() > kMaxEvidenceItems) {
      Error(at,
            words_.Tr(
                "lists {count} evidence references; CloudGap keeps at most {max} for a "
                "control",
                {{"count", std::to_string(v.size())}, {"max", std::to_string(kMaxEvidenceItems)}}),
            InputProblem::kTooMany);
      return;
    }
    for (size_t i = 0; i < v.size(); ++i) {
      ObjectReader r(v[i], at / i, errors_, {"text", "link", "date", "review_by"});
      if (!r.ok()) continue;
      EvidenceRef ref;
      ref.text = Text(r, "text", false);
      ref.link = Text(r, "link", false);
      if (IsBlank(ref.text) && IsBlank(ref.link)) {
        Error(at / i, words_.Tr("evidence needs a text or a link", {}));
      }
      for (auto [key, value] : {std::pair{"date", &ref.date}, {"review_by", &ref.review_by}}) {
        *value = Text(r, key, false);
        if (!value->empty() && !IsCalendarDate(*value)) {
          NotADate(r.At(key), *value);
        }
      }
      record->evidence.push_back(std::move(ref));
    }
  }

  void NotADate(const JsonPlace& at, const std::string& value) {
    Error(at,
          words_.Tr("{value} is not a date such as 2024-05-31", {{"value", QuotedValue(value)}}));
  }

  const Catalog& catalog_;
  CatalogIndex index_;
  DocumentParseResult* result_;
  const MessageCatalog& words_;
  JsonErrors errors_;
  Assessment doc_;
};

}  // namespace

DocumentParseResult ParseAssessmentDocument(const Catalog& catalog, std::string_view json_text,
                                            const MessageCatalog& words) {
  DocumentParseResult result;
  JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok()) {
    result.errors.push_back({"", JsonProblemMessage(parsed, words.json_words()), parsed.problem});
    return result;
  }
  DocumentParser parser(catalog, &result, words);
  parser.Parse(parsed.value);
  return result;
}

}  // namespace cloudgap
