// The `cloudgap` tool, in-process: each test runs the whole tool (RunCloudgap,
// what main() runs) with string streams for standard input, output and error,
// and checks the exit code and what was printed on each stream. Fixtures come
// from tests/catalog/; documents are made by `template`, as a pipe would.
//
// What needs a separate process (main's own streams and exit status, `-` from
// a real pipe, determinism across processes) stays in CMakeLists.txt.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/assessment_edit.h"
#include "core/document/document_json.h"
#include "core/document/question_pack.h"
#include "core/document/sample_assessment.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_keys.h"
#include "core/testing/test_source_dir.h"
#include "core/text/base64.h"
#include "core/zip/zip_reader.h"

namespace cloudgap::cli {
namespace {

constexpr const char* kNow = "--now=2024-01-01T00:00:00Z";

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome Cloudgap(const Args& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = RunCloudgap(args, in, out, err);
  return {code, out.str(), err.str()};
}

// `cloudgap ARGS` must fail as a usage error: exit 2, nothing on standard output, `err`.
void ExpectUsageError(const Args& args, const std::string& err) {
  const Outcome run = Cloudgap(args);
  EXPECT_EQ(run.code, 2) << err;
  EXPECT_EQ(run.out, "") << err;
  EXPECT_EQ(run.err, err);
}

// `cloudgap template ARGS --now=...`, which must succeed.
std::string Template(Args args) {
  args.insert(args.begin(), "template");
  args.push_back(kNow);
  const Outcome run = Cloudgap(args);
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  return run.out;
}

// `cloudgap report - ARGS` with `document` on standard input.
Outcome Report(const std::string& document, Args args = {}) {
  args.insert(args.begin(), {"report", "-"});
  return Cloudgap(args, document);
}

std::string Fixture(const std::string& name) {
  return TestSourceDir() + "/tests/catalog/" + name;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string DropLinesContaining(const std::string& text, const std::string& needle) {
  std::string kept;
  for (const std::string& line : Lines(text)) {
    if (line.find(needle) == std::string::npos) kept += line + "\n";
  }
  return kept;
}

size_t Count(const std::string& text, const std::string& piece) {
  size_t n = 0;
  for (size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) ++n;
  return n;
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Each piece occurs in `text`, after the previous one.
::testing::AssertionResult InOrder(const std::string& text,
                                   const std::vector<std::string>& pieces) {
  size_t at = 0;
  for (const std::string& piece : pieces) {
    const size_t found = text.find(piece, at);
    if (found == std::string::npos) {
      return ::testing::AssertionFailure()
             << "'" << piece << "' not found after offset " << at << " in:\n"
             << text.substr(0, 4000);
    }
    at = found + piece.size();
  }
  return ::testing::AssertionSuccess();
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(TestSourceDir().empty()) << "CLOUDGAP_SOURCE_DIR is not set";
  }
};

// --- The tool: version, help, unknown commands ---------------------------------------------

TEST_F(CliTest, Version) {
  const Outcome run = Cloudgap({"version"});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out, std::string("cloudgap ") + CLOUDGAP_VERSION + "\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(CliTest, UnknownCommand) {
  const Outcome run = Cloudgap({"frobnicate"});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_TRUE(StartsWith(run.err,
                         "cloudgap: unknown command 'frobnicate'\n"
                         "usage: cloudgap <command> [args]\n\ncommands:\n"))
      << run.err;
}

TEST_F(CliTest, HelpListsEveryCommandOnStandardOutput) {
  for (const char* help : {"help", "--help"}) {
    const Outcome run = Cloudgap({help});
    EXPECT_EQ(run.code, 0);
    EXPECT_EQ(run.err, "");
    std::string expected = "usage: cloudgap <command> [args]\n\ncommands:\n";
    for (const Command* c : AllCommands()) expected += Synopsis(*c, "  ") + "\n";
    expected +=
        "\nEach command but version takes --language en|de|fr, the language of its messages\n"
        "and reports, by default the environment's CLOUDGAP_LANGUAGE, else en. An unknown\n"
        "command is told in that default; a wrong language in English.\n";
    EXPECT_EQ(run.out, expected);
    EXPECT_TRUE(InOrder(
        run.out,
        {"  cloudgap version\n", "  cloudgap catalog check [FILE] [--language en|de|fr]\n",
         "  cloudgap template [--mode quick|full]", "  cloudgap report FILE|- [--format "}));
  }
}

TEST_F(CliTest, NoCommandIsAUsageError) {
  const Outcome run = Cloudgap({});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_TRUE(StartsWith(run.err, "usage: cloudgap <command> [args]\n")) << run.err;
}

// --- Usage text and parser: one option table per command ------------------------------------

// Every option the parser accepts is in the usage, and every option the usage
// (or `cloudgap help`) names is one the command accepts.
TEST_F(CliTest, UsageAndParserNameTheSameOptions) {
  const std::string help = Cloudgap({"help"}).out;
  const std::regex option_pattern("--[a-z][a-z-]*");
  for (const Command* c : AllCommands()) {
    SCOPED_TRACE(c->name);
    const std::string usage = Usage(*c);
    const std::string synopsis = Synopsis(*c, "  ");
    EXPECT_TRUE(StartsWith(usage, std::string("usage: cloudgap ") + c->name)) << usage;
    EXPECT_NE(help.find(synopsis), std::string::npos) << synopsis;
    std::set<std::string> in_table;
    for (const Option& option : c->options) {
      in_table.insert(option.name);
      const std::string left =
          option.flag ? std::string(option.name) : std::string(option.name) + " " + option.argument;
      EXPECT_NE(synopsis.find("[" + left + "]" + (option.repeatable ? "..." : "")),
                std::string::npos)
          << synopsis;
      // One line per option: "  --name ARGUMENT  help", the help on the next line if need be.
      const std::regex line("\n  " + std::regex_replace(left, std::regex("[|.]"), "\\$&") +
                            "(  +|\n +)" +
                            std::regex_replace(option.help, std::regex("[().|]"), "\\$&") + "\n");
      EXPECT_TRUE(std::regex_search(usage, line)) << left << "\n" << usage;
      const ParsedArgs parsed = ParseArgs({option.name, "value"}, c->options);
      EXPECT_EQ(parsed.error, "");
      EXPECT_EQ(parsed.options.count(option.name), option.repeatable ? 0u : 1u);
      EXPECT_EQ(parsed.repeated.count(option.name), option.repeatable ? 1u : 0u);
    }
    std::set<std::string> in_text;
    for (const std::string& text : {usage, synopsis}) {
      for (auto it = std::sregex_iterator(text.begin(), text.end(), option_pattern);
           it != std::sregex_iterator(); ++it) {
        in_text.insert(it->str());
      }
    }
    EXPECT_EQ(in_text, in_table);
    // And the command itself parses with that table: none of them is unknown to it.
    for (const std::string& name : in_text) {
      const Outcome run = Cloudgap({c->name, name, "x"});
      EXPECT_EQ(run.err.find("unknown option"), std::string::npos) << name << ": " << run.err;
    }
  }
}

// The options the usage once left out (the review's §3.5).
TEST_F(CliTest, UsageNamesTheOptionsItOnceOmitted) {
  const std::string template_usage = Usage(TemplateCommand());
  for (const char* option : {"--organisation NAME", "--target 1..5", "--capacity DAYS",
                             "--isms none|in_progress|certified", "--sample quick|full"}) {
    EXPECT_NE(template_usage.find(option), std::string::npos) << option;
  }
  EXPECT_NE(Usage(ReportCommand()).find("[--now ISO8601]"), std::string::npos);
}

// Lines of at most 80 columns, but for one option that is longer by itself.
TEST_F(CliTest, UsageFitsEightyColumns) {
  for (const Command* c : AllCommands()) {
    for (const std::string& line : Lines(Usage(*c) + Synopsis(*c, "  "))) {
      if (line.size() > 80) {
        // In the synopsis "[--x ...]", in the option list "  --x ...": one option alone.
        const bool option_line = line.rfind("  --", 0) == 0 && Count(line, "--") == 1;
        EXPECT_TRUE(Count(line, "[--") == 1u || option_line) << line;
      }
    }
  }
  EXPECT_EQ(Usage(CatalogCommand()),
            "usage: cloudgap catalog check [FILE] [--language en|de|fr]\n"
            "options:\n"
            "  --language en|de|fr           the words of its messages; default en\n");
  EXPECT_EQ(Usage(VersionCommand()), "usage: cloudgap version\n");
  EXPECT_EQ(Usage(ReportCommand()),
            "usage: cloudgap report FILE|- "
            "[--format json|md|html|csv|soa|oscal-ar|oscal-poam|oscal-catalog|xlsx|docx|brief]\n"
            "                       [--output FILE] [--brand CONFIG] [--now ISO8601]\n"
            "                       [--language en|de|fr]\n"
            "options:\n"
            "  --format json|md|html|csv|soa|oscal-ar|oscal-poam|oscal-catalog|xlsx|docx|brief\n"
            "                                default json; oscal-catalog needs no FILE\n"
            "  --output FILE                 write there instead of standard output\n"
            "  --brand CONFIG                a host's name, colour, logo (config.json)\n"
            "  --now ISO8601                 oscal-catalog without FILE: last-modified time\n"
            "  --language en|de|fr           the words of the reports; default en\n");
}

TEST_F(CliTest, UnknownOptionsAreUsageErrors) {
  ExpectUsageError({"template", "--bogus", "1"},
                   "cloudgap template: unknown option '--bogus'\n" + Usage(TemplateCommand()));
  ExpectUsageError({"report", "-", "--bogus=1"},
                   "cloudgap report: unknown option '--bogus'\n" + Usage(ReportCommand()));
}

TEST_F(CliTest, ParseArgsRefusesMissingAndRepeatedValues) {
  const std::vector<Option> options = {{"--a", "X", "a"}, {"--b", "Y", "b"}};
  ParsedArgs parsed = ParseArgs({"p", "--a=1", "--b", "2", "q"}, options);
  EXPECT_EQ(parsed.error, "");
  EXPECT_EQ(parsed.options, (std::map<std::string, std::string>{{"--a", "1"}, {"--b", "2"}}));
  EXPECT_EQ(parsed.positional, (std::vector<std::string>{"p", "q"}));
  EXPECT_EQ(ParseArgs({"--a"}, options).error, "option '--a' needs a value");
  EXPECT_EQ(ParseArgs({"--a", "1", "--a=2"}, options).error, "option '--a' is given twice");
  EXPECT_EQ(ParseArgs({"--c", "1"}, options).error, "unknown option '--c'");
  // A repeatable option keeps every value, in order.
  const std::vector<Option> repeatable = {{"--a", "X", "a"}, {"--r", "Y", "r", true}};
  parsed = ParseArgs({"--r=1", "--a", "2", "--r", "3"}, repeatable);
  EXPECT_EQ(parsed.error, "");
  EXPECT_EQ(parsed.options, (std::map<std::string, std::string>{{"--a", "2"}}));
  EXPECT_EQ(parsed.repeated,
            (std::map<std::string, std::vector<std::string>>{{"--r", {"1", "3"}}}));
  EXPECT_EQ(ParseArgs({"--r"}, repeatable).error, "option '--r' needs a value");
  // A flag takes no value: what follows it is an operand.
  const std::vector<Option> flag = {{"--a", "X", "a"}, {"--f", "", "f", false, true}};
  parsed = ParseArgs({"--f", "p"}, flag);
  EXPECT_EQ(parsed.error, "");
  EXPECT_EQ(parsed.options, (std::map<std::string, std::string>{{"--f", ""}}));
  EXPECT_EQ(parsed.positional, (std::vector<std::string>{"p"}));
  EXPECT_EQ(ParseArgs({"--f=1"}, flag).error, "option '--f' takes no value");
  EXPECT_EQ(ParseArgs({"--f", "--f"}, flag).error, "option '--f' is given twice");
  const Outcome run = Cloudgap({"template", "--mode"});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.err,
            "cloudgap template: option '--mode' needs a value\n" + Usage(TemplateCommand()));
}

// --- catalog check --------------------------------------------------------------------------

TEST_F(CliTest, CatalogCheckBuiltin) {
  const Outcome run = Cloudgap({"catalog", "check"});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(InOrder(run.out, {"\n44 controls: 37 extended, 7 cld\n"}));
  EXPECT_TRUE(EndsWith(run.out, "\nbuilt-in catalog is valid\ncontent lint: no findings\n"))
      << run.out;
}

TEST_F(CliTest, CatalogCheckFile) {
  const std::string path = Fixture("minimal.json");
  const Outcome run = Cloudgap({"catalog", "check", path});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(StartsWith(run.out, "catalog iso27017 1.0.0: A small test catalog\n")) << run.out;
  EXPECT_TRUE(InOrder(run.out, {"\n3 controls: 2 extended, 1 cld\n"}));
  EXPECT_TRUE(EndsWith(run.out, "\n" + path + " is valid\ncontent lint: no findings\n"));
}

// The content lint: one finding of each kind, and exit 1.
TEST_F(CliTest, CatalogLint) {
  const std::string path = Fixture("lint.json");
  const Outcome run = Cloudgap({"catalog", "check", path});
  EXPECT_EQ(run.code, 1);
  EXPECT_TRUE(EndsWith(run.out, "\n" + path + " is valid\n")) << run.out;
  const std::vector<std::string> lines = Lines(run.err);
  ASSERT_EQ(lines.size(), 4u) << run.err;
  EXPECT_TRUE(StartsWith(lines[0], "lint two-practices: 5.1.1-q1: ")) << lines[0];
  EXPECT_TRUE(StartsWith(lines[1], "lint near-duplicate: 5.1.1-q3 ~ 6.1.1-q1: ")) << lines[1];
  EXPECT_TRUE(StartsWith(lines[2], "lint no-provenance: CLD.6.3.1 iso27002_2022 5.1: "))
      << lines[2];
  EXPECT_EQ(lines[3], "cloudgap: " + path + ": 3 content finding(s)");
}

TEST_F(CliTest, CatalogCycle) {
  const std::string path = Fixture("cycle.json");
  const Outcome run = Cloudgap({"catalog", "check", path});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "control 6.1.1 at /controls/1/depends_on/0: dependency cycle: 5.1.1 -> CLD.6.3.1 -> "
            "6.1.1 -> 5.1.1\n"
            "cloudgap: " +
                path + " is invalid: 1 problem(s)\n");
}

TEST_F(CliTest, CatalogUnknownField) {
  const std::string path = Fixture("unknown-field.json");
  const Outcome run = Cloudgap({"catalog", "check", path});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_TRUE(
      StartsWith(run.err, "control 6.1.1 at /controls/1/risk/weigth: unknown field 'weigth'\n"))
      << run.err;
  EXPECT_TRUE(EndsWith(run.err, "\ncloudgap: " + path + " is invalid: 2 problem(s)\n")) << run.err;
}

TEST_F(CliTest, CatalogUnreadable) {
  const std::string path = Fixture("absent.json");
  const Outcome run = Cloudgap({"catalog", "check", path});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "cloudgap: cannot read " + path + "\n");
}

TEST_F(CliTest, CatalogUsage) {
  for (const Args& args :
       {Args{"catalog"}, Args{"catalog", "check", "a.json", "b.json"}, Args{"catalog", "lint"}}) {
    ExpectUsageError(args, Usage(CatalogCommand()));
  }
}

// --- template -------------------------------------------------------------------------------

TEST_F(CliTest, TemplateIsDeterministicWithNow) {
  const std::string document = Template({"--organisation", "Acme"});
  EXPECT_TRUE(InOrder(document, {"\"created_at\": \"2024-01-01T00:00:00Z\",\n"
                                 "  \"updated_at\": \"2024-01-01T00:00:00Z\"",
                                 "\"organisation\": \"Acme\""}));
  EXPECT_EQ(Template({"--organisation", "Acme"}), document);
}

// The ISMS state decides the management-system steps on the roadmap and the audit months.
TEST_F(CliTest, TemplateIsms) {
  const std::string step = "\"kind\": \"management_step\"";
  const Outcome none = Report(
      Template({"--isms", "none", "--answer-all", "no", "--capacity", "20"}), {"--format", "json"});
  EXPECT_EQ(none.code, 0);
  EXPECT_EQ(Count(none.out, step), 9u);
  const Outcome certified =
      Report(Template({"--isms", "certified", "--answer-all", "no", "--capacity", "20"}),
             {"--format", "json"});
  EXPECT_EQ(certified.code, 0);
  EXPECT_EQ(Count(certified.out, step), 3u);
}

TEST_F(CliTest, TemplateSample) {
  const Outcome run = Report(Template({"--sample", "full"}), {"--format", "json"});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(InOrder(run.out, {"\"organisation\": \"", "\"mode\": \"full\""}));
  EXPECT_EQ(run.out.find("\"organisation\": \"\""), std::string::npos);  // Not empty.
}

// Each usage error of `template`: exit 2, one line on standard error, nothing on standard output.
TEST_F(CliTest, TemplateUsageErrors) {
  const struct {
    Args args;
    const char* message;
  } cases[] = {
      {{"--isms", "maybe"},
       "--isms: 'maybe' is not an ISMS state (expected none, in_progress or certified)"},
      {{"--role", "cso"}, "--role: 'cso' is not a role (expected csc, csp or both)"},
      {{"--answer-all", "na"}, "--answer-all: 'na' is not one of yes, partly, no"},
      {{"--now", "yesterday"},
       "--now: 'yesterday' is not an ISO-8601 UTC timestamp such as 2024-05-31T09:30:00Z"},
      {{"--sample", "full", "--role", "csp"},
       "--sample comes with its own profile and answers; only --now goes with it"},
      {{"--sample", "medium"}, "--sample: 'medium' is not quick or full"},
  };
  for (const auto& c : cases) {
    Args args = c.args;
    args.insert(args.begin(), "template");
    ExpectUsageError(args, std::string("cloudgap template: ") + c.message + "\n");
  }
}

// --- report: documents ----------------------------------------------------------------------

TEST_F(CliTest, ReportAllYes) {
  const Outcome run = Report(Template({"--answer-all", "yes"}), {"--format", "json"});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(InOrder(run.out, {"\"overall\": {\n    \"score\": 100.0,\n    \"completion\": 100.0,"
                                "\n    \"readiness\": \"audit_ready\""}));
}

TEST_F(CliTest, ReportAllNoMarkdown) {
  const Outcome run = Report(
      Template({"--answer-all", "no", "--role", "both", "--service", "saas", "--capacity", "20"}),
      {"--format", "md"});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(InOrder(
      run.out, {"Overall score | 0 of 100", "## Roadmap", "### 0-30 days", "## Score projection"}));
}

TEST_F(CliTest, ReportQuickScan) {
  const Outcome run =
      Report(Template({"--mode", "quick", "--role", "csp", "--answer-all", "partly"}));
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(InOrder(run.out, {"\"mode\": \"quick\"", "\"score\": 50.0,"}));
}

TEST_F(CliTest, ReportIsDeterministic) {
  const std::string document = Template({"--answer-all", "partly"});
  const Outcome a = Report(document, {"--format", "md"});
  const Outcome b = Report(Template({"--answer-all", "partly"}), {"--format", "md"});
  EXPECT_EQ(a.code, 0);
  EXPECT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
}

// --language changes the words, never a number: the JSON report's keys and
// scores are the English report's, its control titles the catalog's German.
TEST_F(CliTest, ReportInGermanKeepsEveryScore) {
  const std::string document = Template({"--answer-all", "partly", "--role", "both"});
  const Outcome en = Report(document, {"--format", "json"});
  const Outcome de = Report(document, {"--format", "json", "--language", "de"});
  ASSERT_EQ(de.code, 0) << de.err;
  const nlohmann::json a = nlohmann::json::parse(en.out);
  const nlohmann::json b = nlohmann::json::parse(de.out);
  EXPECT_EQ(a["overall"], b["overall"]);
  ASSERT_EQ(a["controls"].size(), b["controls"].size());
  size_t titles_differ = 0;
  for (size_t i = 0; i < a["controls"].size(); ++i) {
    EXPECT_EQ(a["controls"][i]["id"], b["controls"][i]["id"]);
    EXPECT_EQ(a["controls"][i]["score"], b["controls"][i]["score"]);
    titles_differ += a["controls"][i]["title"] != b["controls"][i]["title"];
  }
  EXPECT_GT(titles_differ, a["controls"].size() / 2);
  EXPECT_EQ(b["controls"][0]["title"], "Informationssicherheitsrichtlinien");

  const Outcome md_en = Report(document, {"--format", "md"});
  const Outcome md_fr = Report(document, {"--format", "md", "--language", "fr"});
  ASSERT_EQ(md_fr.code, 0) << md_fr.err;
  EXPECT_NE(md_en.out.find("## Executive summary"), std::string::npos);
  EXPECT_EQ(md_fr.out.find("## Executive summary"), std::string::npos);
  EXPECT_EQ(Report(document, {"--format", "md", "--language", "en"}).out, md_en.out);
}

// A document of catalog 1.0.0 opens; what was dropped is listed on standard error.
TEST_F(CliTest, ReportCatalog1_0) {
  const std::string path = Fixture("assessment-catalog-1.0.json");
  const Outcome run = Cloudgap({"report", path, "--format", "json"});
  EXPECT_EQ(run.code, 0);
  EXPECT_TRUE(StartsWith(run.out, "{\n")) << run.out.substr(0, 200);
  const std::vector<std::string> lines = Lines(run.err);
  ASSERT_GE(lines.size(), 2u) << run.err;
  EXPECT_TRUE(StartsWith(lines[0], path + ": warning: made with catalog iso27017 1.0.0 and opened "
                                          "with 2.1.0: 215 answers kept, 75 dropped "))
      << lines[0];
  EXPECT_TRUE(StartsWith(lines[1], path + ": dropped 10.1.1-q3 (answered partly); now asked as "
                                          "10.1.2-q7 \""))
      << lines[1];
  EXPECT_TRUE(EndsWith(lines[1], "\"")) << lines[1];
}

std::string TempPath(const std::string& name) {
  return testing::TempDir() + "cloudgap-cli-" + name;
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST_F(CliTest, CompareADocumentWithItself) {
  // Standard input is named as such.
  const Outcome run = Cloudgap({"compare", "-", Fixture("assessment-catalog-2.0.json")},
                               Template({"--answer-all", "partly"}));
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(StartsWith(run.out, "# Comparison: standard input and ")) << run.out;
  const Outcome same = Cloudgap({"compare", Fixture("assessment-catalog-2.0.json"),
                                 Fixture("assessment-catalog-2.0.json"), "--format", "json"});
  EXPECT_EQ(same.code, 0) << same.err;
  const nlohmann::json j = nlohmann::json::parse(same.out);
  EXPECT_EQ(j["format"], "cloudgap-comparison/1");
  EXPECT_EQ(j["same"], true);
  EXPECT_TRUE(j["answers"].empty());
  const Outcome md = Cloudgap(
      {"compare", Fixture("assessment-catalog-2.0.json"), Fixture("assessment-catalog-2.0.json")});
  EXPECT_NE(md.out.find("The two assessments give the same scores, answers and roadmap."),
            std::string::npos)
      << md.out;
}

// A catalog 1.0 document against a 2.0 one: compared through the migration,
// with what it dropped (and so could not be compared) on standard error.
TEST_F(CliTest, CompareAcrossCatalogVersions) {
  const std::string old_path = Fixture("assessment-catalog-1.0.json");
  const Outcome run =
      Cloudgap({"compare", old_path, Fixture("assessment-catalog-2.0.json"), "--format", "json"});
  EXPECT_EQ(run.code, 0) << run.err;
  const nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["same"], false);
  EXPECT_FALSE(j["answers"].empty());
  EXPECT_EQ(j["answers"][0]["answer"].size(), 2u);
  EXPECT_NE(run.err.find(old_path + ": dropped 10.1.1-q3"), std::string::npos) << run.err;
}

// The comparison for people: an HTML page or a Word file, in the host's brand,
// with what the migration dropped listed in it as well.
TEST_F(CliTest, CompareAsHtmlAndWord) {
  const std::string old_path = Fixture("assessment-catalog-1.0.json");
  const std::string new_path = Fixture("assessment-catalog-2.0.json");
  const Outcome md = Cloudgap({"compare", old_path, new_path});
  const Outcome html = Cloudgap({"compare", old_path, new_path, "--format", "html"});
  EXPECT_EQ(html.code, 0) << html.err;
  EXPECT_TRUE(StartsWith(html.out, "<!DOCTYPE html>"));
  EXPECT_TRUE(Contains(html.out, "<h2>Not compared: answers a newer catalog no longer asks ("));
  EXPECT_TRUE(Contains(md.out, "## Not compared: answers a newer catalog no longer asks ("));
  EXPECT_TRUE(Contains(html.out, old_path + ": dropped 10.1.1-q3"));

  const std::string config = TempPath("compare-config.json");
  WriteBytes(config, R"({"product_name": "Acme Assure", "accent_color": "#0b3d91"})");
  const std::string path = TempPath("comparison.docx");
  std::remove(path.c_str());
  const Outcome docx = Cloudgap(
      {"compare", old_path, new_path, "--format", "docx", "--output", path, "--brand", config});
  EXPECT_EQ(docx.code, 0) << docx.err;
  EXPECT_EQ(docx.out, "");
  const ZipContents parts = ReadZip(ReadBytes(path));
  ASSERT_EQ(parts.error, "");
  ASSERT_NE(parts.Find("word/document.xml"), nullptr);
  EXPECT_TRUE(Contains(parts.Find("word/document.xml")->data, "Clauses whose score changed"));
  EXPECT_TRUE(Contains(parts.Find("docProps/app.xml")->data, "<Application>Acme Assure<"));
  const Outcome no_config = Cloudgap(
      {"compare", old_path, new_path, "--format", "html", "--brand", TempPath("nope.json")});
  EXPECT_EQ(no_config.code, 1);
  EXPECT_EQ(no_config.err,
            "cloudgap compare: --brand: cannot read " + TempPath("nope.json") + "\n");
}

// --language de: the comparison's headings in German, its figures the English
// one's with a decimal comma; the documents are read against the German catalog.
TEST_F(CliTest, CompareInGerman) {
  const std::string old_path = Fixture("assessment-catalog-1.0.json");
  const std::string new_path = Fixture("assessment-catalog-2.0.json");
  const Outcome en = Cloudgap({"compare", old_path, new_path});
  const Outcome de = Cloudgap({"compare", old_path, new_path, "--language", "de"});
  ASSERT_EQ(de.code, 0) << de.err;
  EXPECT_TRUE(StartsWith(de.out, "# Vergleich: ")) << de.out.substr(0, 200);
  EXPECT_TRUE(Contains(de.out, "\n## Abschnitte mit geänderter Punktzahl (")) << de.out;
  EXPECT_FALSE(Contains(de.out, "## Clauses whose score changed"));
  const auto overall = [](const std::string& md, const std::string& label) {
    const size_t start = md.find("\n| " + label + " | ");
    return start == std::string::npos
               ? std::string()
               : md.substr(start + label.size() + 4,
                           md.find('\n', start + 1) - start - label.size() - 4);
  };
  std::string figures = overall(en.out, "Overall score");
  ASSERT_NE(figures.find('.'), std::string::npos) << en.out;
  for (char& c : figures) c = c == '.' ? ',' : c;
  EXPECT_EQ(overall(de.out, "Gesamtpunktzahl"), figures) << de.out;
  EXPECT_EQ(Cloudgap({"compare", old_path, new_path, "--language", "en"}).out, en.out);
  ExpectUsageError(
      {"compare", "a", "b", "--language", "es"},
      "cloudgap compare: --language: 'es' is not one of en, de, fr\n" + Usage(CompareCommand()));
}

TEST_F(CliTest, CompareUsageAndInvalidDocuments) {
  const std::string usage = Usage(CompareCommand());
  ExpectUsageError({"compare", "a.json"},
                   "cloudgap compare: give two documents, BEFORE and AFTER (- for standard "
                   "input)\n" +
                       usage);
  ExpectUsageError(
      {"compare", "-", "-"},
      "cloudgap compare: only one of the documents can come from standard input\n" + usage);
  ExpectUsageError({"compare", "a", "b", "--format", "csv"},
                   "cloudgap compare: --format: 'csv' is not md, json, html or docx\n" + usage);
  ExpectUsageError({"compare", "a", "b", "--brand", "config.json"},
                   "cloudgap compare: --brand applies to --format html and docx\n" + usage);
  const Outcome bad = Cloudgap({"compare", "-", Fixture("assessment-catalog-2.0.json")}, "{}");
  EXPECT_EQ(bad.code, 1);
  EXPECT_EQ(bad.out, "");
  EXPECT_NE(bad.err.find("cloudgap compare: standard input is not a valid assessment"),
            std::string::npos)
      << bad.err;
  const Outcome missing = Cloudgap({"compare", "/nonexistent/a.json", "-"}, "{}");
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("cloudgap compare: cannot read /nonexistent/a.json"),
            std::string::npos);
}

// Many documents, named or found under folders, as one table; one that cannot
// be read is a row that says why, and the exit code says so.
TEST_F(CliTest, SummarizeFilesAndFolders) {
  const std::string folder = TempPath("portfolio");
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder + "/2026");
  WriteBytes(folder + "/2026/acme.json", Template({"--answer-all", "partly"}));
  WriteBytes(folder + "/2026/notes.txt", "not a document, not read");
  WriteBytes(folder + "/beta.json", Template({"--answer-all", "yes"}));
  const Outcome csv = Cloudgap({"summarize", folder});
  EXPECT_EQ(csv.code, 0) << csv.err;
  EXPECT_EQ(csv.err, "");
  ASSERT_TRUE(StartsWith(csv.out, "\xEF\xBB\xBFSource,Organisation,"));
  const size_t acme = csv.out.find(folder + "/2026/acme.json,");
  const size_t beta = csv.out.find(folder + "/beta.json,");
  ASSERT_NE(acme, std::string::npos) << csv.out;
  ASSERT_NE(beta, std::string::npos) << csv.out;
  EXPECT_LT(acme, beta) << "path order";
  EXPECT_EQ(csv.out.find("notes.txt"), std::string::npos);

  WriteBytes(folder + "/broken.json", "{");
  const Outcome json =
      Cloudgap({"summarize", folder + "/beta.json", folder + "/broken.json", "--format", "json"});
  EXPECT_EQ(json.code, 1);
  const nlohmann::json table = nlohmann::json::parse(json.out);
  ASSERT_EQ(table["rows"].size(), 2u);
  EXPECT_EQ(table["rows"][0]["score"], 100);
  EXPECT_TRUE(table["rows"][1].contains("problem"));
  EXPECT_TRUE(Contains(json.err, folder + "/broken.json: (document): not valid JSON"));
  EXPECT_TRUE(Contains(json.err, "cloudgap summarize: 1 of 2 documents could not be read\n"));

  const Outcome missing = Cloudgap({"summarize", folder + "/nope"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.err, "cloudgap summarize: cannot read " + folder + "/nope\n");
  const std::string usage = Usage(SummarizeCommand());
  ExpectUsageError({"summarize"}, "cloudgap summarize: give at least one FILE or FOLDER\n" + usage);
  ExpectUsageError({"summarize", folder, "--format", "xlsx"},
                   "cloudgap summarize: --format: 'xlsx' is not csv or json\n" + usage);
}

// --- merge: question packs and whole assessments into one ---------------------------------

constexpr char kSampleNow[] = "2024-01-01T00:00:00Z";
constexpr char kPackNow[] = "2024-01-15T10:00:00Z";
constexpr char kMergeNow[] = "2024-02-01T09:00:00Z";

Assessment SampleDocument() {
  return SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kSampleNow);
}

// A pack of `ids` from `from`, answered by `respondent` as handed out.
Assessment PackOf(const Assessment& from, const std::vector<std::string>& ids,
                  const std::string& respondent) {
  PackResult made = MakeQuestionPack(BuiltinCatalog(), from, ids, respondent, kPackNow);
  EXPECT_EQ(made.error, "");
  Assessment pack = made.pack.value_or(Assessment{});
  EXPECT_TRUE(SetPackRespondent(&pack, respondent, kPackNow).ok());
  return pack;
}

// `document` written to a file of the temporary folder; its path.
std::string DocumentFile(const std::string& name, const Assessment& document) {
  const std::string path = TempPath(name);
  WriteBytes(path, SerializeAssessmentDocument(document));
  return path;
}

// `cloudgap merge ARGS --now=kMergeNow`.
Outcome Merge(Args args) {
  args.insert(args.begin(), "merge");
  args.push_back(std::string("--now=") + kMergeNow);
  return Cloudgap(args);
}

// The sample, with 12.4.1 answered otherwise in a pack Alice sends back, and
// written to files: BASE the sample, then Alice's pack.
struct ConflictingPack {
  Assessment sample = SampleDocument();
  Assessment alice = [this] {
    Assessment pack = PackOf(sample, {"12.4.1"}, "Alice");
    EXPECT_TRUE(SetAnswer(BuiltinCatalog(), &pack, "12.4.1-q1", Answer::kNo, "", kPackNow).ok());
    EXPECT_TRUE(
        SetControlNotes(BuiltinCatalog(), &pack, "12.4.1", "Staging is covered now.", kPackNow)
            .ok());
    return pack;
  }();
  std::string base_path = DocumentFile("merge-base.json", sample);
  std::string alice_path = DocumentFile("merge-alice.json", alice);

  // The sample with the given values for 12.4.1, answered by Alice, merged now.
  std::string Expected(Answer q1, const std::string& notes) const {
    Assessment expected = sample;
    expected.answers["12.4.1-q1"].answer = q1;
    expected.controls["12.4.1"].notes = notes;
    expected.controls["12.4.1"].answered_by = {"Alice"};
    expected.updated_at = kMergeNow;
    return SerializeAssessmentDocument(expected);
  }
};

constexpr char kSampleNotes[] =
    "Central log store in place for production accounts; staging not yet covered.";

// The sample handed out in two packs, clause 12 to Alice and the rest to Bob,
// and merged into a fresh assessment: the sample again, with who answered what.
TEST_F(CliTest, MergeTwoPacksIntoAFreshAssessment) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment sample = SampleDocument();
  const std::vector<std::string> clause_12 = ControlsOfClause(catalog, 12);
  std::vector<std::string> rest;
  for (const Control& c : catalog.controls) {
    if (c.clause != 12) rest.push_back(c.id);
  }
  const std::string base =
      DocumentFile("fresh.json", NewAssessment(catalog, sample.profile, kSampleNow));
  const std::string alice = DocumentFile("alice.json", PackOf(sample, clause_12, "Alice"));
  const std::string bob = DocumentFile("bob.json", PackOf(sample, rest, "Bob"));

  Assessment expected = sample;
  expected.updated_at = kMergeNow;
  size_t from_alice = 3;  // 12.4.1's notes, owner and evidence item.
  size_t from_bob = 0;
  for (const Control& c : catalog.controls) {
    size_t answered = 0;
    for (const Question& q : c.questions) answered += sample.answers.count(q.id);
    (c.clause == 12 ? from_alice : from_bob) += answered;
    if (answered > 0) expected.controls[c.id].answered_by = {c.clause == 12 ? "Alice" : "Bob"};
  }
  ASSERT_GT(from_alice, 3u);
  ASSERT_GT(from_bob, 0u);
  const std::string summary = "cloudgap merge: merged 3 files; values taken from " + alice + ": " +
                              std::to_string(from_alice) + ", from " + bob + ": " +
                              std::to_string(from_bob) + "; conflicts chosen: 0\n";

  const std::string output = TempPath("merged.json");
  std::remove(output.c_str());
  const Outcome run = Merge({base, alice, bob, "--output", output});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, summary);
  EXPECT_EQ(ReadBytes(output), SerializeAssessmentDocument(expected));
  // To standard output without --output; in either order of the packs, the same document.
  const Outcome stdout_run = Merge({base, bob, alice});
  EXPECT_EQ(stdout_run.code, 0) << stdout_run.err;
  EXPECT_EQ(stdout_run.out, SerializeAssessmentDocument(expected));

  // A pack of another organisation's: merged, with a warning.
  Assessment other = sample;
  other.profile.organisation = "Other Ltd";
  const std::string stranger = DocumentFile("stranger.json", PackOf(other, {"5.1.1"}, "Eve"));
  const Outcome warned = Merge({base, stranger});
  EXPECT_EQ(warned.code, 0) << warned.err;
  EXPECT_EQ(warned.err, "cloudgap merge: warning: " + stranger +
                            " is for \"Other Ltd\"; this assessment is for \"Example Cloud Ltd\"\n"
                            "cloudgap merge: merged 2 files; values taken from " +
                            stranger + ": 4; conflicts chosen: 0\n");
}

// Two values for one question and for one field: both listed beside their
// files, exit 1, and nothing written.
TEST_F(CliTest, MergeListsEveryConflictAndWritesNothing) {
  const ConflictingPack files;
  const std::string output = TempPath("merge-conflict.json");
  std::remove(output.c_str());
  const Outcome run = Merge({files.base_path, files.alice_path, "--output", output});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "2 conflicts need a choice:\n"
            "12.4.1-q1\n"
            "  1  " +
                files.base_path +
                ": Yes\n"
                "  2  " +
                files.alice_path +
                ": No\n"
                "12.4.1/notes\n"
                "  1  " +
                files.base_path + ": " + kSampleNotes +
                "\n"
                "  2  " +
                files.alice_path +
                ": Staging is covered now.\n"
                "choose with --choose KEY=N for one, or --prefer N for every one where file "
                "N has a value; nothing was merged\n");
  EXPECT_FALSE(std::filesystem::exists(output));
  // One chosen, one not: only the other is listed.
  const Outcome half = Merge({files.base_path, files.alice_path, "--choose", "12.4.1-q1=2"});
  EXPECT_EQ(half.code, 1);
  EXPECT_EQ(half.out, "");
  EXPECT_TRUE(StartsWith(half.err, "1 conflict needs a choice:\n12.4.1/notes\n")) << half.err;
}

// --language de: the conflicts, the advice and the summary in German, the
// answers as the German reports name them; keys, paths and values as they are.
TEST_F(CliTest, MergeSpeaksGerman) {
  const ConflictingPack files;
  const Outcome run = Merge({files.base_path, files.alice_path, "--language", "de"});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "2 Konflikte brauchen eine Wahl:\n12.4.1-q1\n  1  " + files.base_path +
                         ": Ja\n  2  " + files.alice_path + ": Nein\n12.4.1/notes\n  1  " +
                         files.base_path + ": " + kSampleNotes + "\n  2  " + files.alice_path +
                         ": Staging is covered now.\n"
                         "wählen Sie mit --choose KEY=N für einen oder mit --prefer N für jeden, "
                         "bei dem Datei N einen Wert hat; es wurde nichts zusammengeführt\n");
  const Outcome chosen =
      Merge({files.base_path, files.alice_path, "--prefer", "2", "--language", "de"});
  EXPECT_EQ(chosen.code, 0) << chosen.err;
  EXPECT_EQ(chosen.out, files.Expected(Answer::kNo, "Staging is covered now."));
  EXPECT_EQ(chosen.err, "cloudgap merge: 2 Dateien zusammengeführt; übernommene Werte aus " +
                            files.alice_path + ": 0; gewählte Konflikte: 2\n");
}

TEST_F(CliTest, MergeChooseTakesEitherFilesValue) {
  const ConflictingPack files;
  const std::string output = TempPath("merge-chosen.json");
  const std::string summary = "cloudgap merge: merged 2 files; values taken from " +
                              files.alice_path + ": 0; conflicts chosen: 2\n";
  std::remove(output.c_str());
  const Outcome theirs = Merge({files.base_path, files.alice_path, "--choose", "12.4.1-q1=2",
                                "--choose=12.4.1/notes=2", "--output", output});
  EXPECT_EQ(theirs.code, 0) << theirs.err;
  EXPECT_EQ(theirs.out, "");
  EXPECT_EQ(theirs.err, summary);
  EXPECT_EQ(ReadBytes(output), files.Expected(Answer::kNo, "Staging is covered now."));

  const Outcome mine = Merge(
      {files.base_path, files.alice_path, "--choose", "12.4.1/notes=1", "--choose", "12.4.1-q1=1"});
  EXPECT_EQ(mine.code, 0) << mine.err;
  EXPECT_EQ(mine.err, summary);
  EXPECT_EQ(mine.out, files.Expected(Answer::kYes, kSampleNotes));

  const Outcome mixed = Merge(
      {files.base_path, files.alice_path, "--choose", "12.4.1-q1=1", "--choose", "12.4.1/notes=2"});
  EXPECT_EQ(mixed.code, 0) << mixed.err;
  EXPECT_EQ(mixed.out, files.Expected(Answer::kYes, "Staging is covered now."));
}

TEST_F(CliTest, MergePreferTakesOneFilesValueWhereItHasOne) {
  const ConflictingPack files;
  const Outcome theirs = Merge({files.base_path, files.alice_path, "--prefer", "2"});
  EXPECT_EQ(theirs.code, 0) << theirs.err;
  EXPECT_EQ(theirs.out, files.Expected(Answer::kNo, "Staging is covered now."));
  const Outcome mine = Merge({files.base_path, files.alice_path, "--prefer=1"});
  EXPECT_EQ(mine.code, 0) << mine.err;
  EXPECT_EQ(mine.out, files.Expected(Answer::kYes, kSampleNotes));
  // --choose comes first; --prefer takes the rest.
  const Outcome both =
      Merge({files.base_path, files.alice_path, "--prefer", "1", "--choose", "12.4.1-q1=2"});
  EXPECT_EQ(both.code, 0) << both.err;
  EXPECT_EQ(both.out, files.Expected(Answer::kNo, kSampleNotes));

  // Bob answered 5.1.1 only: preferring him chooses nothing in 12.4.1.
  const std::string bob = DocumentFile("merge-bob.json", PackOf(files.sample, {"5.1.1"}, "Bob"));
  const Outcome none = Merge({files.base_path, files.alice_path, bob, "--prefer", "3"});
  EXPECT_EQ(none.code, 1);
  EXPECT_EQ(none.out, "");
  EXPECT_TRUE(StartsWith(none.err, "2 conflicts need a choice:\n")) << none.err;

  // Carol sent back what Alice did: only Alice's is listed, but Carol's is hers too.
  Assessment carol_pack = PackOf(files.sample, {"12.4.1"}, "Carol");
  carol_pack.answers = files.alice.answers;
  carol_pack.controls = files.alice.controls;
  const std::string carol = DocumentFile("merge-carol.json", carol_pack);
  const Outcome listed = Merge({files.base_path, files.alice_path, carol});
  EXPECT_EQ(listed.code, 1);
  EXPECT_EQ(Count(listed.err, carol), 0u) << listed.err;
  const Outcome chose_carol = Merge({files.base_path, files.alice_path, carol, "--prefer", "3"});
  EXPECT_EQ(chose_carol.code, 0) << chose_carol.err;
  const nlohmann::json merged = nlohmann::json::parse(chose_carol.out);
  EXPECT_EQ(merged["answers"]["12.4.1-q1"], "no");
  EXPECT_EQ(merged["controls"]["12.4.1"]["notes"], "Staging is covered now.");
  EXPECT_EQ(merged["controls"]["12.4.1"]["answered_by"], (nlohmann::json{"Alice", "Carol"}));
}

TEST_F(CliTest, MergeRefusesAChoiceOfNoConflictOrNoFile) {
  const ConflictingPack files;
  const std::string& base = files.base_path;
  const std::string& alice = files.alice_path;
  const std::string usage = Usage(MergeCommand());
  const std::string now = std::string("--now=") + kMergeNow;
  ExpectUsageError({"merge", base, alice, "--choose", "12.4.1-q1=3", now},
                   "cloudgap merge: --choose: '12.4.1-q1=3' is not KEY=N, N a file number, 1 to "
                   "2\n" +
                       usage);
  ExpectUsageError({"merge", base, alice, "--choose", "12.4.1-q1=0", now},
                   "cloudgap merge: --choose: '12.4.1-q1=0' is not KEY=N, N a file number, 1 to "
                   "2\n" +
                       usage);
  ExpectUsageError({"merge", base, alice, "--choose", "12.4.1-q1", now},
                   "cloudgap merge: --choose: '12.4.1-q1' is not KEY=N, N a file number, 1 to "
                   "2\n" +
                       usage);
  ExpectUsageError(
      {"merge", base, alice, "--choose", "12.4.1-q1=1", "--choose", "12.4.1-q1=2", now},
      "cloudgap merge: --choose: 12.4.1-q1 is chosen twice\n" + usage);
  ExpectUsageError({"merge", base, alice, "--prefer", "3", now},
                   "cloudgap merge: --prefer: '3' is not a file number, 1 to 2\n" + usage);
  // Found once the files are read: a key that is no conflict, a file without a value.
  ExpectUsageError({"merge", base, alice, "--choose", "12.4.1-q2=2", now},
                   "cloudgap merge: --choose: 12.4.1-q2 is no conflict; the conflicts are "
                   "12.4.1-q1, 12.4.1/notes\n");
  ExpectUsageError({"merge", base, base, "--choose", "12.4.1-q1=2", now},
                   "cloudgap merge: --choose: 12.4.1-q1 is no conflict; these files have none\n");
  const std::string bob = DocumentFile("merge-bob.json", PackOf(files.sample, {"5.1.1"}, "Bob"));
  ExpectUsageError({"merge", base, alice, bob, "--choose", "12.4.1-q1=3", now},
                   "cloudgap merge: --choose: file 3 (" + bob + ") has no value for 12.4.1-q1\n");
  // And the command's own usage errors.
  ExpectUsageError({"merge", base, now},
                   "cloudgap merge: give BASE and at least one INCOMING document (- for standard "
                   "input)\n" +
                       usage);
  ExpectUsageError(
      {"merge", "-", "-", now},
      "cloudgap merge: only one of the documents can come from standard input\n" + usage);
  ExpectUsageError({"merge", base, alice, "--now", "yesterday"},
                   "cloudgap merge: --now: 'yesterday' is not an ISO-8601 UTC timestamp such as "
                   "2024-05-31T09:30:00Z\n" +
                       usage);
  EXPECT_EQ(usage,
            "usage: cloudgap merge BASE INCOMING... [--output FILE] [--choose KEY=N]...\n"
            "                      [--prefer N] [--now ISO8601] [--language en|de|fr]\n"
            "options:\n"
            "  --output FILE                 write there instead of standard output\n"
            "  --choose KEY=N                a conflict: take file N's value (BASE is 1)\n"
            "  --prefer N                    every other conflict: file N's value, if it has one\n"
            "  --now ISO8601                 the merge time, ISO 8601 UTC (default: now)\n"
            "  --language en|de|fr           the words of its messages; default en\n");
}

TEST_F(CliTest, MergeRefusesAPackAsBaseAndADamagedFile) {
  const ConflictingPack files;
  const std::string output = TempPath("merge-refused.json");
  std::remove(output.c_str());
  const Outcome pack_base =
      Merge({files.alice_path, files.base_path, "--prefer", "1", "--output", output});
  EXPECT_EQ(pack_base.code, 1);
  EXPECT_EQ(pack_base.out, "");
  EXPECT_EQ(pack_base.err, "cloudgap merge: " + files.alice_path +
                               " is a question pack; merge into the whole assessment\n");

  const std::string damaged = TempPath("merge-damaged.json");
  WriteBytes(damaged, "{");
  const Outcome bad = Merge({files.base_path, damaged, "--prefer", "1", "--output", output});
  EXPECT_EQ(bad.code, 1);
  EXPECT_EQ(bad.out, "");
  EXPECT_TRUE(
      EndsWith(bad.err, "cloudgap merge: " + damaged + " is not a valid assessment (1 problem)\n"))
      << bad.err;
  EXPECT_TRUE(StartsWith(bad.err, damaged + ": (document): not valid JSON")) << bad.err;

  const std::string missing = TempPath("merge-nope.json");
  const Outcome unread = Merge({files.base_path, missing, "--output", output});
  EXPECT_EQ(unread.code, 1);
  EXPECT_EQ(unread.err, "cloudgap merge: cannot read " + missing + "\n");
  EXPECT_FALSE(std::filesystem::exists(output));

  // A document from standard input is named as such.
  const Outcome piped = Cloudgap({"merge", files.base_path, "-"}, "{}");
  EXPECT_EQ(piped.code, 1);
  EXPECT_TRUE(EndsWith(piped.err,
                       "cloudgap merge: standard input is not a valid assessment (1 "
                       "problem)\n"))
      << piped.err;
}

// Every file is read, and each problem of each is printed: here the rules of
// the pack and of who answered (docs/assessment-format.md, "Question packs").
TEST_F(CliTest, MergeNamesEveryProblemOfEveryFile) {
  const ConflictingPack files;
  nlohmann::json pack = nlohmann::json::parse(SerializeAssessmentDocument(files.alice));
  pack["pack"]["id"] = "not-a-uuid";
  pack["pack"]["controls"] = nlohmann::json::array();
  pack["controls"]["12.4.1"]["answered_by"] = {"Alice", " "};
  const std::string bad_pack = TempPath("merge-bad-pack.json");
  WriteBytes(bad_pack, pack.dump(2));
  nlohmann::json whole = nlohmann::json::parse(SerializeAssessmentDocument(files.sample));
  for (int i = 0; i < 51; ++i) {
    whole["controls"]["12.4.1"]["answered_by"].push_back("Person " + std::to_string(i));
  }
  const std::string crowded = TempPath("merge-crowded.json");
  WriteBytes(crowded, whole.dump(2));
  const Outcome run = Merge({files.base_path, bad_pack, crowded});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_TRUE(InOrder(
      run.err,
      {bad_pack + ": /controls/12.4.1/answered_by/1: a name is between 1 and 20000 characters\n",
       bad_pack + ": /pack/id: 'not-a-uuid' is not a pack id (a UUID)\n",
       bad_pack + ": /pack/controls: a question pack holds at least one control\n",
       bad_pack + ": /answers/12.4.1-q1: answers a question of control 12.4.1, which is not in "
                  "the pack\n",
       bad_pack + ": /controls/12.4.1: control 12.4.1 is not in the pack\n",
       "cloudgap merge: " + bad_pack + " is not a valid assessment (",
       crowded + ": /controls/12.4.1/answered_by: lists 51 names; at most 50 are kept\n",
       "cloudgap merge: " + crowded + " is not a valid assessment (1 problem)\n"}));
}

TEST_F(CliTest, ReportInvalidAnswer) {
  const std::string document =
      ReplaceAll(Template({"--answer-all", "yes"}), "\"yes\"", "\"maybe\"");
  const Outcome run = Report(document);
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  const std::vector<std::string> lines = Lines(run.err);
  ASSERT_GE(lines.size(), 2u) << run.err;
  EXPECT_TRUE(std::regex_match(lines[0], std::regex("standard input: /answers/[^:]+: 'maybe' is "
                                                    "not an answer \\(expected yes, partly, no, "
                                                    "dont_know, na\\)")))
      << lines[0];
  EXPECT_TRUE(StartsWith(lines.back(),
                         "cloudgap report: standard input is not a valid "
                         "assessment ("))
      << lines.back();
}

TEST_F(CliTest, ReportFutureFormat) {
  const std::string document =
      ReplaceAll(Template({}), "cloudgap-assessment/1", "cloudgap-assessment/2");
  const Outcome run = Report(document);
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "standard input: /format: 'cloudgap-assessment/2' was written by a newer CloudGap; "
            "this version reads cloudgap-assessment/1\n"
            "cloudgap report: standard input is not a valid assessment (1 problem)\n");
}

// An older document is migrated on the way in, as the app does
// (core/document/document_migration.h).
TEST_F(CliTest, ReportMigratesV0) {
  std::string document = Template({"--answer-all", "yes"});
  document = ReplaceAll(document, "cloudgap-assessment/1", "cloudgap-assessment/0");
  document = DropLinesContaining(document, "na_justifications");
  document = ReplaceAll(document, ": \"yes\"", ": {\"answer\": \"yes\"}");
  const Outcome run = Report(document);
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err,
            "standard input: warning: converted from an older CloudGap format "
            "(cloudgap-assessment/0 -> cloudgap-assessment/1)\n");
  EXPECT_TRUE(InOrder(run.out, {"\"score\": 100.0,"}));
}

TEST_F(CliTest, ReportNotJson) {
  const Outcome run = Report("{\"format\":\n");
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_TRUE(StartsWith(run.err, "standard input: (document): not valid JSON: ")) << run.err;
  EXPECT_TRUE(EndsWith(run.err,
                       "\ncloudgap report: standard input is not a valid assessment (1 problem)\n"))
      << run.err;
}

TEST_F(CliTest, ReportUnreadable) {
  const std::string path = Fixture("absent.json");
  const Outcome run = Cloudgap({"report", path});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "cloudgap report: cannot read " + path + "\n");
}

// --- report: usage errors -------------------------------------------------------------------

TEST_F(CliTest, ReportUsageErrors) {
  const std::string one_file = "give exactly one FILE (or - for standard input)";
  const struct {
    Args args;
    std::string message;
  } cases[] = {
      {{}, one_file},
      {{"a.json", "b.json"}, one_file},
      {{"--format", "html"}, one_file},
      {{"-", "--format", "pdf"}, "--format: 'pdf' is not a report format"},
      {{"-", "--language", "es"}, "--language: 'es' is not one of en, de, fr"},
      {{Fixture("minimal.json"), "--format", "html", "--now", "2024-01-01T00:00:00Z"},
       "--now applies only to --format oscal-catalog without a FILE; reports take their time "
       "from the document"},
  };
  for (const auto& c : cases) {
    Args args = c.args;
    args.insert(args.begin(), "report");
    ExpectUsageError(args, "cloudgap report: " + c.message + "\n" + Usage(ReportCommand()));
  }
  EXPECT_TRUE(StartsWith(Usage(ReportCommand()), "usage: cloudgap report FILE|- [--format "));
}

TEST_F(CliTest, ReportCatalogBadNow) {
  const Outcome run = Cloudgap({"report", "--format", "oscal-catalog", "--now", "yesterday"});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "cloudgap report: --now: 'yesterday' is not an ISO-8601 UTC timestamp such as "
            "2024-05-31T09:30:00Z\n");
}

// --- report --format: every format of core/report/report.h, byte for byte what the app
// downloads (the golden files of tests/golden/ check the whole of each).

std::string PartlyAcme() {
  return Template({"--answer-all", "partly", "--organisation", "Acme & Co"});
}

Outcome PartlyReport(const char* format) {
  return Report(PartlyAcme(), {"--format", format});
}

TEST_F(CliTest, ReportHtml) {
  const Outcome run = PartlyReport("html");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(StartsWith(run.out, "<!DOCTYPE html>\n<html lang=\"en\">")) << run.out.substr(0, 200);
  EXPECT_TRUE(InOrder(run.out, {"<meta http-equiv=\"Content-Security-Policy\" "
                                "content=\"default-src 'none'; style-src 'sha256-",
                                "<title>ISO/IEC 27017 cloud security controls self-assessment: "
                                "Acme &amp; Co (2024-01-01)</title>",
                                "<svg class=\"chart\"", "id=\"soa\""}));
  EXPECT_TRUE(EndsWith(run.out, "</html>\n"));
}

TEST_F(CliTest, ReportMarkdownSections) {
  const Outcome run = PartlyReport("md");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(
      InOrder(run.out, {"## Executive summary", "## Scores by clause", "## Findings per control",
                        "## Roadmap", "## Statement of Applicability",
                        "## How the score is calculated", "## Engine and catalog"}));
}

// A byte-order mark, a header, and 44 rows, every line ending in CRLF.
TEST_F(CliTest, ReportCsv) {
  const Outcome run = PartlyReport("csv");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  ASSERT_TRUE(StartsWith(run.out,
                         "\xEF\xBB\xBF"
                         "Control,Title,Clause,Applicable,Status,Score,"
                         "Maturity,"))
      << run.out.substr(0, 200);
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(EndsWith(lines[0],
                       ",ISO/IEC 27002:2022,Actions,CloudGap version,Catalog,"
                       "Catalog SHA-256\r"))
      << lines[0];
  size_t crlf = 0;
  for (const std::string& line : lines) crlf += EndsWith(line, "\r") ? 1 : 0;
  EXPECT_EQ(crlf, 54u);
  EXPECT_TRUE(EndsWith(run.out, "\r\n"));
}

TEST_F(CliTest, ReportSoa) {
  const Outcome run = PartlyReport("soa");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(InOrder(
      run.out,
      {"Control,Title,Applicable,Justification,Implementation status,ISO/IEC 27002:2022,"
       "NIST SP 800-53 Rev. 5 (via ISO/IEC 27001:2022),Maturity,Target,",
       "\n5.1.1,Policies for information security,Yes,Applicable; ISO/IEC 27017 gives "
       "cloud-specific guidance for your role,Partially implemented,5.1 Policies for information "
       "security,\"AC-1, ",
       "\",2,3,",
       "\n9.2.1,User registration and de-registration,Yes,Applicable; no cloud-specific guidance "
       "for your role (assess under ISO/IEC 27002),"}));
}

TEST_F(CliTest, ReportOscalAssessmentResults) {
  const Outcome run = PartlyReport("oscal-ar");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(std::regex_search(
      run.out, std::regex("^\\{\n  \"assessment-results\": \\{\n    \"uuid\": \"[0-9a-f-]+\",\n")))
      << run.out.substr(0, 200);
  EXPECT_TRUE(
      InOrder(run.out, {"\"metadata\": {", "\"oscal-version\": \"1.0.6\"", "\"findings\": ["}));
}

TEST_F(CliTest, ReportOscalPoam) {
  const Outcome run = PartlyReport("oscal-poam");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(StartsWith(run.out, "{\n  \"plan-of-action-and-milestones\": {"));
  EXPECT_TRUE(InOrder(run.out, {"\"poam-items\": ["}));
}

TEST_F(CliTest, ReportOscalCatalogWithoutFile) {
  const Outcome run = Cloudgap({"report", "--format", "oscal-catalog", kNow});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(StartsWith(run.out, "{\n  \"catalog\": {"));
  EXPECT_TRUE(
      InOrder(run.out, {"\"last-modified\": \"2024-01-01T00:00:00Z\"", "\"id\": \"cld-9.5.2\""}));
}

// In one process here; CMakeLists.txt runs the same across processes.
TEST_F(CliTest, ReportEveryFormatIsDeterministic) {
  for (const char* format : {"json", "md", "html", "csv", "soa", "oscal-ar", "oscal-poam",
                             "oscal-catalog", "xlsx", "docx", "brief"}) {
    const Outcome a = PartlyReport(format);
    const Outcome b = PartlyReport(format);
    EXPECT_EQ(a.code, 0) << format;
    EXPECT_FALSE(a.out.empty()) << format;
    EXPECT_TRUE(a.out == b.out) << format;
  }
}

// --- report --format xlsx: a binary file, to --output or a pipe, with a host's brand.

TEST_F(CliTest, ReportXlsxToStandardOutputOrAFile) {
  const Outcome piped = PartlyReport("xlsx");
  EXPECT_EQ(piped.code, 0);
  EXPECT_EQ(piped.err, "");
  const ZipContents parts = ReadZip(piped.out);
  ASSERT_EQ(parts.error, "");
  EXPECT_NE(parts.Find("xl/worksheets/sheet7.xml"), nullptr);
  const std::string path = TempPath("report.xlsx");
  std::remove(path.c_str());
  const Outcome to_file = Report(PartlyAcme(), {"--format", "xlsx", "--output", path});
  EXPECT_EQ(to_file.code, 0);
  EXPECT_EQ(to_file.out, "");
  EXPECT_EQ(ReadBytes(path), piped.out);
  // Text formats may go to a file too.
  const Outcome md = Report(PartlyAcme(), {"--format", "md", "--output", path});
  EXPECT_EQ(md.code, 0);
  EXPECT_EQ(ReadBytes(path), PartlyReport("md").out);
}

TEST_F(CliTest, ReportToAFileThatCannotBeWritten) {
  const std::string path = TempPath("no-such-folder/report.xlsx");
  const Outcome run = Report(PartlyAcme(), {"--format", "xlsx", "--output", path});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.err, "cloudgap report: cannot write " + path + "\n");
}

TEST_F(CliTest, ReportXlsxCarriesTheBrandOfAConfigFile) {
  const std::string config = TempPath("config.json");
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x28\0\0\0\x0a\x08\x06\0\0\0", 29);
  WriteBytes(TempPath("logo.png"), png);
  WriteBytes(config, R"({"product_name": "Acme Assure", "accent_color": "#0b3d91",
                        "logo": "cloudgap-cli-logo.png"})");
  const Outcome run = Report(PartlyAcme(), {"--format", "xlsx", "--brand", config});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  const ZipContents parts = ReadZip(run.out);
  ASSERT_EQ(parts.error, "");
  ASSERT_NE(parts.Find("xl/media/image1.png"), nullptr);
  EXPECT_EQ(parts.Find("xl/media/image1.png")->data, png);
  EXPECT_TRUE(Contains(parts.Find("docProps/app.xml")->data, "<Application>Acme Assure<"));

  // A logo that is not a PNG, or is missing: a warning, and a report without a logo.
  WriteBytes(TempPath("logo.svg"), "<svg/>");
  WriteBytes(config,
             R"({"product_name": "Acme", "logo": "cloudgap-cli-logo.svg", "accent_color": "red"})");
  const Outcome svg = Report(PartlyAcme(), {"--format", "xlsx", "--brand", config});
  EXPECT_EQ(svg.code, 0);
  EXPECT_TRUE(Contains(svg.err, config + ": warning: /accent_color: must be"));
  EXPECT_TRUE(Contains(svg.err, config + ": warning: /logo: " + TempPath("logo.svg") +
                                    " is not a PNG, the one image type every Office program "
                                    "shows; the report has no logo\n"));
  EXPECT_EQ(ReadZip(svg.out).Find("xl/media/image1.png"), nullptr);
  WriteBytes(config, R"({"logo": "cloudgap-cli-absent.png"})");
  EXPECT_TRUE(Contains(Report(PartlyAcme(), {"--format", "xlsx", "--brand", config}).err,
                       ": warning: /logo: cannot read " + TempPath("absent.png")));

  const Outcome missing =
      Report(PartlyAcme(), {"--format", "xlsx", "--brand", TempPath("nope.json")});
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.err, "cloudgap report: --brand: cannot read " + TempPath("nope.json") + "\n");
  ExpectUsageError({"report", "-", "--format", "csv", "--brand", config},
                   "cloudgap report: --brand applies to --format html, md, xlsx, docx and brief\n" +
                       Usage(ReportCommand()));
  // The reports made for people carry the brand too; the default changes nothing.
  WriteBytes(config, R"({"product_name": "Acme Assure", "accent_color": "#0b3d91"})");
  const Outcome html = Report(PartlyAcme(), {"--format", "html", "--brand", config});
  EXPECT_EQ(html.code, 0) << html.err;
  EXPECT_TRUE(Contains(html.out, "<div class=\"brand\">Acme Assure</div>"));
  EXPECT_TRUE(Contains(html.out, "<style>:root{--accent:#0b3d91}</style>"));
  EXPECT_TRUE(Contains(Report(PartlyAcme(), {"--format", "md", "--brand", config}).out,
                       "\n- Made with Acme Assure.\n"));
  WriteBytes(config, "{}");
  EXPECT_EQ(Report(PartlyAcme(), {"--format", "html", "--brand", config}).out,
            PartlyReport("html").out);
}

// --- seal, open-sealed: results sealed for the host's key -----------------------------------

// The test keys (core/testing/test_keys.h) as files, once.
std::string KeyFile(const char* name, const char* pem) {
  const std::string path = TempPath(std::string("key-") + name + ".pem");
  WriteBytes(path, pem);
  return path;
}

// `cloudgap seal` of `document` on standard input for `public_pem`, which must succeed.
std::string Sealed(const std::string& document, const char* key_name, const char* public_pem,
                   Args more = {}) {
  Args args = {"seal", "-", "--public-key", KeyFile(key_name, public_pem)};
  args.insert(args.end(), more.begin(), more.end());
  const Outcome run = Cloudgap(args, document);
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  return run.out;
}

// A sealed file's text with one byte of its envelope changed.
std::string WithEnvelopeByteChanged(const std::string& file, size_t at) {
  nlohmann::json j = nlohmann::json::parse(file);
  std::string envelope = Base64UrlDecode(j["sealed"].get<std::string>()).value();
  envelope[at] = static_cast<char>(envelope[at] ^ 0x10);
  j["sealed"] = Base64UrlEncode(envelope);
  return j.dump();
}

TEST_F(CliTest, SealThenOpenSealedGivesTheDocumentBack) {
  const std::string document = Template({"--answer-all", "partly", "--organisation", "Acme"});
  const struct {
    const char* name;
    const char* public_pem;
    const char* private_pem;
  } kKeys[] = {{"ec", kEcPublicKey, kEcPrivateKey}, {"rsa", kRsaPublicKey, kRsaPrivateKey}};
  for (const auto& k : kKeys) {
    SCOPED_TRACE(k.name);
    const std::string key = KeyFile((std::string(k.name) + "-private").c_str(), k.private_pem);
    const std::string file = Sealed(document, k.name, k.public_pem, {"--to", "Acme Advisory"});
    EXPECT_TRUE(StartsWith(file,
                           "{\n  \"format\": \"cloudgap-sealed/1\",\n  \"to\": \"Acme "
                           "Advisory\",\n  \"sealed\": \""))
        << file;
    const std::string path = TempPath(std::string(k.name) + ".cloudgap-sealed.json");
    WriteBytes(path, file);
    const Outcome opened = Cloudgap({"open-sealed", path, "--key", key});
    EXPECT_EQ(opened.code, 0) << opened.err;
    EXPECT_EQ(opened.err, "");
    EXPECT_EQ(opened.out, document);

    const std::string link =
        Sealed(document, k.name, k.public_pem, {"--link", "https://acme.example/gap/"});
    EXPECT_TRUE(StartsWith(link, "https://acme.example/gap/#r=v1.")) << link;
    ASSERT_TRUE(EndsWith(link, "\n"));
    const Outcome from_link =
        Cloudgap({"open-sealed", link.substr(0, link.size() - 1), "--key", key});
    EXPECT_EQ(from_link.code, 0) << from_link.err;
    EXPECT_EQ(from_link.out, document);
  }
}

TEST_F(CliTest, SealCanLeaveNotesOut) {
  Assessment a = SampleDocument();
  a.controls["5.1.1"].notes = "a private note";
  const std::string document = SerializeAssessmentDocument(a, JsonStyle::kPretty);
  const std::string key = KeyFile("ec-private", kEcPrivateKey);
  const std::string lean = Sealed(document, "ec", kEcPublicKey, {"--leave-out-notes"});
  const Outcome opened = Cloudgap({"open-sealed", "-", "--key", key}, lean);
  EXPECT_EQ(opened.code, 0) << opened.err;
  EXPECT_FALSE(Contains(opened.out, "a private note"));
  const Outcome full =
      Cloudgap({"open-sealed", "-", "--key", key}, Sealed(document, "ec", kEcPublicKey));
  EXPECT_EQ(full.out, document);
}

TEST_F(CliTest, OpenSealedSaysWhyAResultDoesNotOpen) {
  const std::string document = Template({"--answer-all", "yes"});
  const std::string file = Sealed(document, "ec", kEcPublicKey);
  const auto open = [&](const std::string& text, const char* name, const char* pem) {
    return Cloudgap({"open-sealed", "-", "--key", KeyFile(name, pem)}, text);
  };
  const Outcome other = open(file, "other-ec-private", kOtherEcPrivateKey);
  EXPECT_EQ(other.code, 1);
  EXPECT_EQ(other.out, "");
  EXPECT_EQ(other.err,
            "standard input: The result was sealed for another key, not this private key's: "
            "perhaps for an earlier key of yours, or for another host. Ask the sender to send it "
            "again.\n");
  const Outcome kind = open(file, "rsa-private", kRsaPrivateKey);
  EXPECT_EQ(kind.code, 1);
  EXPECT_EQ(kind.err,
            "standard input: The private key is of the other kind: the result was sealed for an "
            "RSA key and this one is an elliptic-curve key, or the reverse. Give the private key "
            "whose public key the sender used.\n");
  const Outcome changed = open(WithEnvelopeByteChanged(file, 100), "ec-private", kEcPrivateKey);
  EXPECT_EQ(changed.code, 1);
  EXPECT_EQ(changed.err,
            "standard input: The sealed result was changed or damaged after it was sealed: it was "
            "sealed for this key, but it does not open. Ask the sender to send it again.\n");
  const Outcome newer = open(WithEnvelopeByteChanged(file, 0), "ec-private", kEcPrivateKey);
  EXPECT_EQ(newer.err,
            "standard input: The sealed result was made by a newer version of CloudGap. Open it "
            "with that version, or update CloudGap.\n");
  const Outcome plain = open(document, "ec-private", kEcPrivateKey);
  EXPECT_EQ(plain.err, "standard input: This is not a sealed CloudGap result.\n");
  const Outcome cut = Cloudgap({"open-sealed", "https://acme.example/#r=v1.300.AQH-", "--key",
                                KeyFile("ec-private", kEcPrivateKey)});
  EXPECT_EQ(cut.code, 1);
  EXPECT_EQ(cut.err,
            "https://acme.example/#r=v1.300.AQH-: The sealed result is incomplete: part of it is "
            "missing, perhaps cut off when it was sent. Copy the whole link, or ask the sender to "
            "send it again.\n");

  const std::string public_as_private = KeyFile("ec-public", kEcPublicKey);
  const Outcome bad_key = Cloudgap({"open-sealed", "-", "--key", public_as_private}, file);
  EXPECT_EQ(bad_key.code, 1);
  EXPECT_EQ(bad_key.err, "cloudgap open-sealed: " + public_as_private +
                             ": The private key cannot be read: give the PEM file 'openssl "
                             "genpkey' wrote, which starts with -----BEGIN PRIVATE KEY-----. (it "
                             "is a public key; opening needs the private key)\n");
  const Outcome no_key = Cloudgap({"open-sealed", "-", "--key", "/nonexistent/key.pem"}, file);
  EXPECT_EQ(no_key.err, "cloudgap open-sealed: cannot read the private key /nonexistent/key.pem\n");
}

TEST_F(CliTest, OpenSealedWritesSeveralIntoAFolderAndGoesOnPastFailures) {
  const std::string key = KeyFile("ec-private", kEcPrivateKey);
  const std::string a = TempPath("a.cloudgap-sealed.json");
  const std::string b = TempPath("b.cloudgap-sealed.json");
  WriteBytes(a, Sealed(Template({"--organisation", "Alpha"}), "ec", kEcPublicKey));
  WriteBytes(b, Sealed(Template({"--organisation", "Beta"}), "other-ec", kOtherEcPublicKey));
  const std::string folder = TempPath("opened");
  std::filesystem::remove_all(folder);
  const Outcome run = Cloudgap({"open-sealed", a, b, "--key", key, "--output", folder});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "");
  const std::string alpha = folder + "/cloudgap-alpha-2024-01-01.json";
  EXPECT_EQ(ReadBytes(alpha), Template({"--organisation", "Alpha"}));
  EXPECT_TRUE(InOrder(
      run.err, {a + ": written to " + alpha + "\n", b + ": The result was sealed for another key",
                "cloudgap open-sealed: 1 of 2 sealed results could not be opened "
                "or written\n"}))
      << run.err;
  // Never over a file that is there.
  const Outcome again = Cloudgap({"open-sealed", a, a, "--key", key, "--output", folder});
  EXPECT_EQ(again.code, 1);
  EXPECT_EQ(Count(again.err, " is there already; it is left as it is\n"), 2u) << again.err;

  const std::string usage = Usage(OpenSealedCommand());
  ExpectUsageError({"open-sealed", a, b, "--key", key},
                   "cloudgap open-sealed: with several inputs, give --output DIR, the folder to "
                   "write the documents in\n" +
                       usage);
  ExpectUsageError({"open-sealed", a},
                   "cloudgap open-sealed: give --key, the host's private key (PEM)\n" + usage);
  ExpectUsageError({"open-sealed", "--key", key},
                   "cloudgap open-sealed: give at least one sealed FILE or LINK\n" + usage);
}

TEST_F(CliTest, SealRefusesKeysItCannotSealFor) {
  const std::string key = KeyFile("rsa-1024", kRsa1024PublicKey);
  const Outcome run = Cloudgap({"seal", "-", "--public-key", key}, Template({}));
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.err, "cloudgap seal: " + key +
                         ": The public key is an RSA key of 1024 bits: CloudGap takes RSA keys of "
                         "2048 to 8192 bits.\n");
  const std::string usage = Usage(SealCommand());
  ExpectUsageError({"seal", "-"},
                   "cloudgap seal: give --public-key, the host's public key (PEM)\n" + usage);
  ExpectUsageError({"seal", "-", "--public-key", key, "--leave-out-notes=yes"},
                   "cloudgap seal: option '--leave-out-notes' takes no value\n" + usage);
}

// Sealed results among the documents: opened with --key, a row saying so without it.
TEST_F(CliTest, SummarizeOpensSealedResultsWithTheKey) {
  const std::string folder = TempPath("sealed-portfolio");
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  WriteBytes(folder + "/plain.json", Template({"--answer-all", "yes"}));
  WriteBytes(
      folder + "/acme.cloudgap-sealed.json",
      Sealed(Template({"--answer-all", "partly", "--organisation", "Acme"}), "ec", kEcPublicKey));
  // Any name: the format tells.
  WriteBytes(folder + "/rsa.json",
             Sealed(Template({"--organisation", "Rsa Co"}), "rsa", kRsaPublicKey));

  const Outcome without = Cloudgap({"summarize", folder, "--format", "json"});
  EXPECT_EQ(without.code, 1);
  nlohmann::json table = nlohmann::json::parse(without.out);
  ASSERT_EQ(table["rows"].size(), 3u);
  EXPECT_EQ(table["rows"][0]["problem"], "sealed: give --key");
  EXPECT_FALSE(table["rows"][1].contains("problem"));
  EXPECT_EQ(table["rows"][2]["problem"], "sealed: give --key");
  EXPECT_TRUE(Contains(without.err, folder + "/acme.cloudgap-sealed.json: sealed: give --key\n"));
  EXPECT_TRUE(Contains(without.err, "cloudgap summarize: 2 of 3 documents could not be read\n"));

  const Outcome with = Cloudgap(
      {"summarize", folder, "--format", "json", "--key", KeyFile("ec-private", kEcPrivateKey)});
  EXPECT_EQ(with.code, 1);
  table = nlohmann::json::parse(with.out);
  ASSERT_EQ(table["rows"].size(), 3u);
  EXPECT_EQ(table["rows"][0]["organisation"], "Acme");
  EXPECT_FALSE(table["rows"][0].contains("problem"));
  EXPECT_TRUE(StartsWith(table["rows"][2]["problem"].get<std::string>(),
                         "sealed: The private key is of the other kind"));
  EXPECT_TRUE(Contains(with.err, "cloudgap summarize: 1 of 3 documents could not be read\n"));
}

}  // namespace
}  // namespace cloudgap::cli
