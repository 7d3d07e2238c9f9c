// The hostile corpus (tests/hostile/manifest.json, written by make_corpus.py)
// through every door of the native build: each input must give its class of
// message (core/text/input_problem.h; the share link's own errors; "rebuilt" for a
// damaged list of saved assessments), within a second or two and without a
// crash, and what the app has open must stay as it was. The browser tests run
// the same corpus against the web app (tests/e2e/hostile.test.mjs).
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "core/catalog/catalog_loader.h"
#include "core/document/branding.h"
#include "core/document/document_migration.h"
#include "core/document/share_link.h"
#include "core/report/report.h"
#include "core/testing/report_test_util.h"
#include "core/testing/test_source_dir.h"
#include "core/text/input_problem.h"
#include "platform/fake_platform.h"
#include "ui/app_ui.h"
#include "ui/headless_ui.h"
#include "ui/library.h"

namespace cloudgap::ui {
namespace {

using nlohmann::json;

// Generous for a debug build under AddressSanitizer; a release build takes milliseconds.
constexpr double kMaxSeconds = 5.0;

// The inputs too big to commit: "deep:N" nests N lists; "big:N" is N bytes of
// valid JSON (for a share link, a fragment of N characters).
std::string Generate(const std::string& spec, const std::string& door) {
  const size_t colon = spec.find(':');
  const std::string kind = spec.substr(0, colon);
  const size_t n = std::stoul(spec.substr(colon + 1));
  if (kind == "deep") return std::string(n, '[') + std::string(n, ']');
  if (door == "share") return "s=v1.3." + std::string(n - 7, 'A');
  return "{\"x\":\"" + std::string(n - 8, 'a') + "\"}";
}

std::string Input(const json& entry) {
  if (entry.contains("generate")) return Generate(entry["generate"], entry["door"]);
  std::string text;
  EXPECT_TRUE(ReadSourceFile("tests/hostile/" + entry["file"].get<std::string>(), &text))
      << entry["file"];
  return text;
}

const char* ShareClass(ShareLinkError error) {
  switch (error) {
    case ShareLinkError::kNone: return "envelope-ok";
    case ShareLinkError::kNotALink: return "not-a-link";
    case ShareLinkError::kIncomplete: return "incomplete";
    case ShareLinkError::kDamaged: return "damaged";
    case ShareLinkError::kNewer: return "unknown-version";
    case ShareLinkError::kTooLong: return "too-large";
    case ShareLinkError::kWrongPassphraseOrDamaged: return "bad-ciphertext";
  }
  return "?";
}

// Text that came in and was kept must stay text in the report people open.
void ExpectInertHtml(const Assessment& assessment) {
  static const std::set<std::string> kReportElements = {
      "html",   "head", "meta", "title", "style", "body",  "div",   "section", "nav", "article",
      "footer", "h1",   "h2",   "h3",    "h4",    "p",     "b",     "i",       "br",  "ul",
      "ol",     "li",   "dl",   "dt",    "dd",    "table", "thead", "tbody",   "tr",  "th",
      "td",     "span", "code", "a",     "svg",   "text",  "rect",  "line"};
  const std::string html = RenderReport(BuiltinCatalog(), assessment, ReportFormat::kHtml).bytes;
  for (const std::string& element : HtmlElements(html)) {
    EXPECT_TRUE(kReportElements.count(element)) << "<" << element << "> in the HTML report";
  }
}

class HostileCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string text;
    ASSERT_TRUE(ReadSourceFile("tests/hostile/manifest.json", &text));
    manifest_ = json::parse(text);
  }

  // Every entry of `door`, with its input and the class it must give.
  template <typename Check>
  void ForEach(const std::string& door, Check check) {
    size_t count = 0;
    for (const json& entry : manifest_["entries"]) {
      if (entry["door"] != door) continue;
      ++count;
      const std::string name = entry.contains("file")
                                   ? entry["file"].get<std::string>()
                                   : door + " " + entry["generate"].get<std::string>();
      SCOPED_TRACE(name);
      const std::string input = Input(entry);
      const auto start = std::chrono::steady_clock::now();
      check(entry, input);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      EXPECT_LT(seconds, kMaxSeconds) << name << " took " << seconds << " s";
    }
    EXPECT_GE(count, 10u) << "too few " << door << " entries";
  }

  json manifest_;
};

TEST_F(HostileCorpus, HasAtLeastSixtyEntriesOverEveryDoor) {
  std::set<std::string> doors;
  for (const json& entry : manifest_["entries"]) doors.insert(entry["door"].get<std::string>());
  EXPECT_GE(manifest_["entries"].size(), 60u);
  EXPECT_EQ(doors, (std::set<std::string>{"document", "share", "config", "catalog", "storage"}));
}

// Opened with "Open a file" or dropped, over a quick scan in progress.
TEST_F(HostileCorpus, AssessmentFiles) {
  ForEach("document", [](const json& entry, const std::string& input) {
    const DocumentParseResult parsed = LoadAssessmentDocument(BuiltinCatalog(), input);
    const std::string got = parsed.assessment       ? "ok"
                            : parsed.errors.empty() ? "?"
                                                    : InputProblemName(parsed.errors[0].problem);
    const std::string want = entry["class"];
    EXPECT_EQ(got, want == "ok-but-inert" ? "ok" : want)
        << (parsed.errors.empty() ? "" : parsed.errors[0].ToString().substr(0, 300));
    if (parsed.assessment && want == "ok-but-inert") ExpectInertHtml(*parsed.assessment);

    HeadlessUi ui(1280, 2400);
    FakePlatform fake;
    AppUi app(fake.platform, BuiltinCatalog());
    const auto frame = [&app] { app.Frame(); };
    ui.Frame(frame);
    ASSERT_TRUE(ui.Click("Start quick scan", frame));
    const std::string before = app.DocumentJson();
    fake.files.on_open({"hostile.json", input});
    ui.Frame(frame);
    if (!parsed.assessment) {
      EXPECT_EQ(app.DocumentJson(), before);
    }
    EXPECT_LT(fake.announcer.messages.back().size(), 1000u) << "a message quoting the input";
    EXPECT_TRUE(ui.Click("CloudGap##home", frame)) << "the app stopped responding";
  });
}

// The fragment of a share link. The core checks the envelope; inflating and
// decrypting are the browser's (web/keep.js), so past a sound envelope the
// native class is "envelope-ok" and the browser test checks the rest.
TEST_F(HostileCorpus, ShareLinks) {
  ForEach("share", [](const json& entry, const std::string& input) {
    const ShareFragmentParse parsed = ParseShareFragment(input);
    EXPECT_EQ(ShareClass(parsed.error), entry.value("core", entry["class"].get<std::string>()));
  });
}

TEST_F(HostileCorpus, ConfigJson) {
  ForEach("config", [](const json& entry, const std::string& input) {
    const BrandingResult result = ParseBranding(input);
    std::string got = result.warnings.empty() ? "ok" : "field-defaults";
    if (result.file_problem != InputProblem::kNone) got = InputProblemName(result.file_problem);
    const std::string want = entry["class"];
    EXPECT_EQ(got, want == "ok-but-inert" ? "ok" : want);
    if (result.file_problem != InputProblem::kNone) {
      EXPECT_EQ(BrandingToJson(result.branding), BrandingToJson(Branding())) << "not the defaults";
    }
    for (const std::string& warning : result.warnings) EXPECT_LT(warning.size(), 400u) << warning;
  });
}

TEST_F(HostileCorpus, Catalogs) {
  ForEach("catalog", [](const json& entry, const std::string& input) {
    const CatalogLoadResult result = LoadCatalog(input);
    EXPECT_EQ(InputProblemName(result.problem), entry["class"].get<std::string>())
        << (result.errors.empty() ? "" : result.errors[0].ToString().substr(0, 300));
    EXPECT_EQ(result.catalog.has_value(), result.problem == InputProblem::kNone);
  });
}

// What the browser kept: the saved document of the assessment reopened at
// start ("doc"), or the list of saved assessments ("index"). Whatever it holds,
// the app starts, says what it could not open, and goes on.
TEST_F(HostileCorpus, SavedStorage) {
  ForEach("storage", [](const json& entry, const std::string& input) {
    HeadlessUi ui(1280, 2400);
    FakePlatform fake;
    const std::string index =
        R"({"format":"cloudgap-library/1","entries":[{"id":"a1","name":"Mine","mode":"full"}]})";
    const bool is_doc = entry["key"] == "doc";
    fake.storage.items[kLibraryIndexKey] = is_doc ? index : input;
    if (is_doc) fake.storage.items[std::string(kLibraryDocPrefix) + "a1"] = input;
    fake.storage.items[kLibraryPlaceKey] = R"({"assessment":"a1","screen":"results"})";

    std::string got;
    if (is_doc) {
      const DocumentParseResult parsed = LoadAssessmentDocument(BuiltinCatalog(), input);
      got = parsed.assessment ? "ok" : InputProblemName(parsed.errors.at(0).problem);
    } else {
      Library library(fake.storage);
      got = library.Load() == Library::LoadResult::kRebuilt ? "rebuilt" : "loaded";
    }
    const std::string want = entry["class"];
    EXPECT_EQ(got, want == "ok-but-inert" ? "ok" : want);

    AppUi app(fake.platform, BuiltinCatalog());
    const auto frame = [&app] { app.Frame(); };
    ui.Frame(frame);
    ui.Frame(frame);
    EXPECT_EQ(app.session().active(), got == "ok");
    if (is_doc && got != "ok") {
      EXPECT_TRUE(ui.Click("Download the saved data", frame));
      EXPECT_EQ(fake.storage.items[std::string(kLibraryDocPrefix) + "a1"], input) << "changed";
    }
    if (got != "ok") {
      EXPECT_TRUE(ui.Click("Start quick scan", frame)) << "the app stopped responding";
    }
  });
}

}  // namespace
}  // namespace cloudgap::ui
