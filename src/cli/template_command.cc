// `cloudgap template`: prints a new assessment document, optionally with every
// question answered the same way, or the app's sample assessment (for demos,
// tests and the golden reports of tests/golden/).
#include <ostream>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/document/assessment_edit.h"
#include "core/document/document_json.h"
#include "core/document/sample_assessment.h"
#include "core/text/iso_date.h"

namespace cloudgap::cli {
namespace {

bool ParseWholeNumber(const std::string& text, int* out) {
  if (text.empty() || text.size() > 6) return false;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

// Fills `profile` from the options; returns an error message or "".
std::string ApplyOptions(const std::map<std::string, std::string>& options, Profile* profile) {
  for (const auto& [name, value] : options) {
    if (name == "--mode") {
      auto mode = ParseAssessmentMode(value);
      if (!mode) return "--mode: '" + value + "' is not a mode (expected quick or full)";
      profile->mode = *mode;
    } else if (name == "--role") {
      auto role = ParseRoleScope(value);
      if (!role) return "--role: '" + value + "' is not a role (expected csc, csp or both)";
      profile->role = *role;
    } else if (name == "--service") {
      profile->services = {false, false, false};
      size_t start = 0;
      while (start <= value.size()) {
        size_t comma = value.find(',', start);
        if (comma == std::string::npos) comma = value.size();
        const std::string item = value.substr(start, comma - start);
        auto service = ParseServiceModel(item);
        if (!service) {
          return "--service: '" + item + "' is not a service model (expected iaas, paas, saas)";
        }
        profile->services[static_cast<size_t>(*service)] = true;
        start = comma + 1;
      }
    } else if (name == "--isms") {
      auto isms = ParseIsmsState(value);
      if (!isms) {
        return "--isms: '" + value +
               "' is not an ISMS state (expected none, in_progress or certified)";
      }
      profile->isms = *isms;
    } else if (name == "--organisation") {
      profile->organisation = value;
    } else if (name == "--target" || name == "--capacity") {
      int number = 0;
      if (!ParseWholeNumber(value, &number)) return name + ": '" + value + "' is not a number";
      (name == "--target" ? profile->target_maturity : profile->capacity_days_per_month) = number;
    }
  }
  return ProfileError(*profile);
}

int RunTemplate(const Args& args, std::istream& /*in*/, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed = ParseArgs(args, TemplateCommand().options);
  if (!parsed.error.empty() || !parsed.positional.empty()) {
    err << "cloudgap template: "
        << (parsed.error.empty() ? "unexpected argument '" + parsed.positional[0] + "'"
                                 : parsed.error)
        << "\n"
        << Usage(TemplateCommand());
    return 2;
  }
  const auto sample = parsed.options.find("--sample");
  if (sample != parsed.options.end() &&
      parsed.options.size() > (parsed.options.count("--now") ? 2u : 1u)) {
    err << "cloudgap template: --sample comes with its own profile and answers; only --now goes "
           "with it\n";
    return 2;
  }
  Profile profile;
  if (std::string e = ApplyOptions(parsed.options, &profile); !e.empty()) {
    err << "cloudgap template: " << e << "\n";
    return 2;
  }
  std::string now = CurrentUtcTime();
  if (auto it = parsed.options.find("--now"); it != parsed.options.end()) now = it->second;
  if (!IsUtcTimestamp(now)) {
    err << "cloudgap template: --now: '" << now
        << "' is not an ISO-8601 UTC timestamp such as 2024-05-31T09:30:00Z\n";
    return 2;
  }
  const Catalog& catalog = BuiltinCatalog();
  if (sample != parsed.options.end()) {
    auto mode = ParseAssessmentMode(sample->second);
    if (!mode) {
      err << "cloudgap template: --sample: '" << sample->second << "' is not quick or full\n";
      return 2;
    }
    out << SerializeAssessmentDocument(SampleAssessment(catalog, *mode, now));
    return 0;
  }
  Assessment assessment = NewAssessment(catalog, profile, now);
  if (auto it = parsed.options.find("--answer-all"); it != parsed.options.end()) {
    auto answer = ParseAnswer(it->second);
    if (!answer ||
        (*answer != Answer::kYes && *answer != Answer::kPartly && *answer != Answer::kNo)) {
      err << "cloudgap template: --answer-all: '" << it->second
          << "' is not one of yes, partly, no\n";
      return 2;
    }
    // Both modes' questions, so switching mode later keeps the document complete.
    for (AssessmentMode mode : {AssessmentMode::kQuick, AssessmentMode::kFull}) {
      Profile asked = profile;
      asked.mode = mode;
      for (const Control& control : catalog.controls) {
        ForEachAskedQuestion(asked, control, [&](const Question& q) {
          assessment.answers[q.id] = {*answer, ""};
        });
      }
    }
  }
  out << SerializeAssessmentDocument(assessment);
  return 0;
}

}  // namespace

const Command& TemplateCommand() {
  static const Command command = {
      "template",
      "",
      {
          {"--mode", "quick|full", "quick scan or full assessment (default full)"},
          {"--role", "csc|csp|both", "customer, provider or both (default csc)"},
          {"--service", "iaas,paas,saas", "the service models in scope (default all three)"},
          {"--answer-all", "yes|partly|no", "answer every question so (default: unanswered)"},
          {"--organisation", "NAME", "the organisation assessed"},
          {"--target", "1..5", "the target maturity (default 3)"},
          {"--capacity", "DAYS", "person-days a month for the roadmap (default 10)"},
          {"--isms", "none|in_progress|certified", "the state of the ISMS (default none)"},
          {"--now", "ISO8601", "its creation time, ISO 8601 UTC (default: now)"},
          {"--sample", "quick|full", "the app's sample; only --now goes with it"},
      },
      RunTemplate};
  return command;
}

}  // namespace cloudgap::cli
