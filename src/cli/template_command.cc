// `cloudgap template`: prints a new assessment document, optionally with every
// question answered the same way, or the app's sample assessment (for demos,
// tests and the golden reports of tests/golden/).
#include <ostream>

#include "cli/cli_language.h"
#include "cli/cli_options.h"
#include "cli/commands.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/document/assessment_edit.h"
#include "core/document/document_json.h"
#include "core/document/sample_assessment.h"
#include "core/engine/wording.h"
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

// Fills `profile` from the options; returns an error message, in `words`' language, or "".
// A profile's own problem is the core's message (`report_words`).
std::string ApplyOptions(const std::map<std::string, std::string>& options,
                         const MessageCatalog& words, const MessageCatalog& report_words,
                         Profile* profile) {
  for (const auto& [name, value] : options) {
    if (name == "--mode") {
      auto mode = ParseAssessmentMode(value);
      if (!mode) {
        return words.Tr("--mode: ''{value}'' is not a mode (expected quick or full)",
                        {{"value", value}});
      }
      profile->mode = *mode;
    } else if (name == "--role") {
      auto role = ParseRoleScope(value);
      if (!role) {
        return words.Tr("--role: ''{value}'' is not a role (expected csc, csp or both)",
                        {{"value", value}});
      }
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
          return words.Tr(
              "--service: ''{value}'' is not a service model (expected iaas, paas, saas)",
              {{"value", item}});
        }
        profile->services[static_cast<size_t>(*service)] = true;
        start = comma + 1;
      }
    } else if (name == "--isms") {
      auto isms = ParseIsmsState(value);
      if (!isms) {
        return words.Tr(
            "--isms: ''{value}'' is not an ISMS state (expected none, in_progress or certified)",
            {{"value", value}});
      }
      profile->isms = *isms;
    } else if (name == "--organisation") {
      profile->organisation = value;
    } else if (name == "--target" || name == "--capacity") {
      int number = 0;
      if (!ParseWholeNumber(value, &number)) {
        return words.Tr("{option}: ''{value}'' is not a number",
                        {{"option", name}, {"value", value}});
      }
      (name == "--target" ? profile->target_maturity : profile->capacity_days_per_month) = number;
    }
  }
  return ProfileErrorWords(*profile, report_words);
}

int RunTemplate(const Args& args, const CliLanguage& language, std::istream& /*in*/,
                std::ostream& out, std::ostream& err) {
  const MessageCatalog& words = language.words;
  ParsedArgs parsed = ParseArgs(args, TemplateCommand().options, words);
  if (!parsed.error.empty() || !parsed.positional.empty()) {
    err << Says(words, "template",
                parsed.error.empty() ? words.Tr("unexpected argument ''{argument}''",
                                                {{"argument", parsed.positional[0]}})
                                     : parsed.error)
        << "\n"
        << Usage(TemplateCommand(), words);
    return 2;
  }
  // The language is the messages'; the document is the same in every language.
  parsed.options.erase("--language");
  const auto sample = parsed.options.find("--sample");
  if (sample != parsed.options.end() &&
      parsed.options.size() > (parsed.options.count("--now") ? 2u : 1u)) {
    err << Says(
               words, "template",
               words.Tr("--sample comes with its own profile and answers; only --now goes with it"))
        << "\n";
    return 2;
  }
  Profile profile;
  if (std::string e = ApplyOptions(parsed.options, words, language.report_words, &profile);
      !e.empty()) {
    err << Says(words, "template", e) << "\n";
    return 2;
  }
  std::string now = CurrentUtcTime();
  if (auto it = parsed.options.find("--now"); it != parsed.options.end()) now = it->second;
  if (!IsUtcTimestamp(now)) {
    err << Says(words, "template", NotATimestamp(words, now)) << "\n";
    return 2;
  }
  const Catalog& catalog = BuiltinCatalog();
  if (sample != parsed.options.end()) {
    auto mode = ParseAssessmentMode(sample->second);
    if (!mode) {
      err << Says(words, "template",
                  words.Tr("--sample: ''{value}'' is not quick or full",
                           {{"value", sample->second}}))
          << "\n";
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
      err << Says(words, "template",
                  words.Tr("--answer-all: ''{value}'' is not one of yes, partly, no",
                           {{"value", it->second}}))
          << "\n";
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
          {"--mode", "quick|full", TrLater("quick scan or full assessment (default full)")},
          {"--role", "csc|csp|both", TrLater("customer, provider or both (default csc)")},
          {"--service", "iaas,paas,saas",
           TrLater("the service models in scope (default all three)")},
          {"--answer-all", "yes|partly|no",
           TrLater("answer every question so (default: unanswered)")},
          {"--organisation", "NAME", TrLater("the organisation assessed")},
          {"--target", "1..5", TrLater("the target maturity (default 3)")},
          {"--capacity", "DAYS", TrLater("person-days a month for the roadmap (default 10)")},
          {"--isms", "none|in_progress|certified", TrLater("the state of the ISMS (default none)")},
          {"--now", "ISO8601", TrLater("its creation time, ISO 8601 UTC (default: now)")},
          {"--sample", "quick|full", TrLater("the app's sample; only --now goes with it")},
          {"--language", kLanguageArgument, TrLater("the words of its messages; default en")},
      },
      RunTemplate};
  return command;
}

}  // namespace cloudgap::cli
