#include "core/document/document_migration.h"

#include <utility>

#include "core/document/catalog_upgrade.h"
#include "core/json/json_parse.h"
#include "core/text/message_format.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr char kFormatV0[] = "cloudgap-assessment/0";
constexpr char kReportPrefix[] = "cloudgap-report/";

// v0 -> v1: an answer was {"answer": ..., "justification": ...}; now the answer
// is the string and an "na" answer's justification moves to na_justifications.
// Values of the wrong type are carried over as they are, so that the strict
// parser reports them at the same pointer.
std::optional<JsonError> MigrateV0ToV1(json* doc, const MessageCatalog& words) {
  if (doc->contains("na_justifications")) {
    return JsonError{"/na_justifications",
                     words.Tr("not a field of {format} (justifications were kept with each answer)",
                              {{"format", kFormatV0}}),
                     InputProblem::kUnknownField};
  }
  auto answers = doc->find("answers");
  if (answers != doc->end() && answers->is_object()) {
    json flat = json::object();
    json justifications = json::object();
    for (auto it = answers->begin(); it != answers->end(); ++it) {
      const json& value = it.value();
      if (!value.is_object()) {
        flat[it.key()] = value;
        continue;
      }
      const std::string pointer = "/answers/" + JsonPointerToken(it.key());
      for (auto field = value.begin(); field != value.end(); ++field) {
        if (field.key() != "answer" && field.key() != "justification") {
          return JsonError{pointer + "/" + JsonPointerToken(field.key()),
                           words.Tr("unknown field {field}", {{"field", QuotedValue(field.key())}}),
                           InputProblem::kUnknownField};
        }
      }
      auto answer = value.find("answer");
      if (answer == value.end()) {
        return JsonError{pointer + "/answer", words.Tr("missing (this field is required)", {}),
                         InputProblem::kMissingField};
      }
      flat[it.key()] = *answer;
      auto justification = value.find("justification");
      // v0 wrote "justification": "" for every answer; only real ones move.
      if (justification != value.end() &&
          !(justification->is_string() && justification->get_ref<const std::string&>().empty())) {
        justifications[it.key()] = *justification;
      }
    }
    *answers = std::move(flat);
    if (!justifications.empty()) (*doc)["na_justifications"] = std::move(justifications);
  }
  (*doc)["format"] = kAssessmentFormat;
  return std::nullopt;
}

struct Migration {
  const char* from;
  const char* to;
  std::optional<JsonError> (*apply)(json* doc, const MessageCatalog& words);
};

// One entry per format version; each takes a document one version forward.
constexpr Migration kMigrations[] = {
    {kFormatV0, kAssessmentFormat, MigrateV0ToV1},
};

const Migration* MigrationFrom(const std::string& format) {
  for (const Migration& m : kMigrations) {
    if (format == m.from) return &m;
  }
  return nullptr;
}

std::string FormatOf(const json& root) {
  auto it = root.find("format");
  return it != root.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// OSCAL documents have one root key, the model's name, holding uuid and metadata.
bool LooksLikeOscal(const json& root, std::string* model) {
  if (root.size() != 1) return false;
  const auto it = root.begin();
  if (!it.value().is_object() || !it.value().contains("uuid") || !it.value().contains("metadata")) {
    return false;
  }
  *model = it.key();
  return true;
}

// A file of another kind gets a sentence saying what it is, not a list of
// every field that is missing.
std::optional<JsonError> RecogniseOtherKinds(const json& root, const MessageCatalog& words) {
  if (!root.is_object()) return std::nullopt;  // The parser says what it is instead.
  // The report names itself in "report" (core/report/report_json.h).
  for (const char* key : {"report", "format"}) {
    auto it = root.find(key);
    if (it == root.end() || !it->is_string()) continue;
    const std::string kind = it->get<std::string>();
    if (kind.rfind(kReportPrefix, 0) != 0) continue;
    return JsonError{std::string("/") + key,
                     words.Tr("this is a CloudGap report ({kind}), not an assessment; open the "
                              "assessment file it was made from",
                              {{"kind", kind}}),
                     InputProblem::kNotAnAssessment};
  }
  std::string model;
  if (!root.contains("format") && LooksLikeOscal(root, &model)) {
    return JsonError{"",
                     words.Tr("this is an OSCAL {model} document, not a CloudGap assessment; "
                              "CloudGap can write OSCAL but opens only its own assessment files",
                              {{"model", model}}),
                     InputProblem::kNotAnAssessment};
  }
  if (!root.contains("format") && !root.contains("catalog") && !root.contains("profile")) {
    return JsonError{"",
                     words.Tr("this is not a CloudGap assessment: it has no \"format\" field "
                              "(is it another tool's file?)",
                              {}),
                     InputProblem::kNotAnAssessment};
  }
  return std::nullopt;
}

// Ids are known to be stable only between catalog versions this build knows:
// the current one and the earlier ones the catalog lists (catalog_upgrade.h).
bool KnownCatalogVersion(const Catalog& catalog, const std::string& version) {
  return version == catalog.version;  // Earlier versions were upgraded before the parse.
}

}  // namespace

std::string DescribeSize(size_t bytes, const MessageCatalog& words) {
  const char* unit = TrLater("{size} bytes");
  double size = static_cast<double>(bytes);
  int decimals = 0;
  if (bytes >= 1024 * 1024) {
    unit = TrLater("{size} MB");
    size /= 1024.0 * 1024.0;
    decimals = 1;
  } else if (bytes >= 1024) {
    unit = TrLater("{size} kB");
    size /= 1024.0;
  }
  return words.Tr(unit, {{"size", FormatNumber(size, decimals, words.language())}});
}

std::string TooLargeMessage(size_t bytes, const MessageCatalog& words) {
  const std::string limit =
      words.Tr("{size} MB", {{"size", std::to_string(kMaxDocumentBytes / (1024 * 1024))}});
  const std::string size = DescribeSize(bytes, words);
  // "It is 5.0 MB ... up to 5 MB" would read as a contradiction.
  const bool just_over = size == DescribeSize(kMaxDocumentBytes, words);
  return words.Tr(
      just_over
          ? TrLater("it is just over {limit}, and CloudGap opens assessment files of up to {limit}")
          : TrLater("it is {size}, and CloudGap opens assessment files of up to {limit}"),
      {{"size", size}, {"limit", limit}});
}

MigrationResult MigrateAssessmentDocument(std::string_view json_text, const MessageCatalog& words) {
  MigrationResult result;
  JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok() || !parsed.value.is_object()) {
    result.json = std::string(json_text);
    return result;
  }
  json doc = std::move(parsed.value);
  for (const Migration* m = MigrationFrom(FormatOf(doc)); m != nullptr;
       m = MigrationFrom(FormatOf(doc))) {
    if (std::optional<JsonError> error = m->apply(&doc, words)) {
      result.error = std::move(error);
      return result;
    }
    result.steps.push_back(std::string(m->from) + " -> " + m->to);
  }
  if (result.steps.empty()) {
    result.json = std::string(json_text);
  } else {
    result.json = doc.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  return result;
}

DocumentParseResult LoadAssessmentDocument(const Catalog& catalog, std::string_view text,
                                           const MessageCatalog& words) {
  DocumentParseResult result;
  if (text.size() > kMaxDocumentBytes) {
    result.errors.push_back({"", TooLargeMessage(text.size(), words), InputProblem::kTooLarge});
    return result;
  }
  JsonParseResult parsed = ParseJson(text);
  if (!parsed.ok()) {
    result.errors.push_back({"", JsonProblemMessage(parsed, words.json_words()), parsed.problem});
    return result;
  }
  if (std::optional<JsonError> other = RecogniseOtherKinds(parsed.value, words)) {
    result.errors.push_back(std::move(*other));
    return result;
  }
  MigrationResult migrated = MigrateAssessmentDocument(text, words);
  if (migrated.error) {
    result.errors.push_back(std::move(*migrated.error));
    return result;
  }
  // A document made with an earlier catalog version: drop answers to retired
  // questions. Format steps keep the catalog reference, so the first parse tells.
  std::optional<CatalogUpgrade> upgrade;
  if (MadeWithEarlierVersion(catalog, parsed.value)) {
    if (JsonParseResult current = ParseJson(migrated.json); current.ok()) {
      upgrade = UpgradeToCatalog(catalog, &current.value);
      if (upgrade)
        migrated.json = current.value.dump(-1, ' ', false, json::error_handler_t::replace);
    }
  }
  result = ParseAssessmentDocument(catalog, migrated.json, words);
  if (!result.assessment) return result;
  const std::string& version = result.assessment->catalog_version;
  if (!KnownCatalogVersion(catalog, version)) {
    // Any text up to kMaxTextFieldChars gets here; the message quotes a version's worth.
    const std::string shown = version.size() <= 20 ? version : version.substr(0, 20) + "...";
    result.errors.push_back(
        {"/catalog/version",
         words.Tr("this assessment was made with version {version} of catalog {catalog}, which "
                  "this CloudGap does not know (it has {ours}); open it with the CloudGap that "
                  "made it",
                  {{"version", shown}, {"catalog", catalog.id}, {"ours", catalog.version}}),
         InputProblem::kUnknownCatalog});
    result.assessment.reset();
    return result;
  }
  for (const std::string& step : migrated.steps) {
    result.warnings.push_back(
        words.Tr("converted from an older CloudGap format ({step})", {{"step", step}}));
  }
  if (upgrade) {
    result.catalog_changes = DescribeUpgrade(catalog, *upgrade, words);
    result.warnings.push_back(result.catalog_changes.front());
    result.catalog_upgrade = std::move(upgrade);
  }
  return result;
}

}  // namespace cloudgap
