// A report in German or French: its own words from the shipped messages
// (src/core/i18n/messages/), the catalog's from catalog/translations/, and the
// same numbers as the English report, written as the language writes them.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"
#include "core/document/sample_assessment.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/i18n/message_catalog.h"
#include "core/report/report_markdown.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

struct Language {
  const char* code;
  // Some of the report's headings in the language; the second is "Scores by clause".
  std::vector<std::string> headings;
};

const Language kLanguages[] = {
    {"de",
     {"## Management-Zusammenfassung", "## Punktzahlen nach Abschnitt", "## Maßnahmenplan",
      "## Erklärung zur Anwendbarkeit", "## So wird die Punktzahl berechnet"}},
    {"fr",
     {"## Synthèse", "## Scores par article", "## Feuille de route",
      "## Déclaration d’applicabilité", "## Mode de calcul du score"}},
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

// The report's own structure: its section headings and the head rows of its
// tables (lower headings hold catalog titles, some of which read the same).
std::set<std::string> HeadingsAndTableHeads(const std::string& md) {
  const std::vector<std::string> lines = Lines(md);
  std::set<std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("## ", 0) == 0) out.insert(lines[i]);
    if (i + 1 < lines.size() && lines[i + 1].rfind("| ---", 0) == 0) out.insert(lines[i]);
  }
  return out;
}

// The cells of column `column` of the first table after the line `heading`.
std::vector<std::string> Column(const std::string& md, const std::string& heading, size_t column) {
  const std::vector<std::string> lines = Lines(md);
  std::vector<std::string> cells;
  size_t i = 0;
  while (i < lines.size() && lines[i] != heading) ++i;
  while (i < lines.size() && lines[i].rfind("| ---", 0) != 0) ++i;
  for (++i; i < lines.size() && lines[i].rfind("| ", 0) == 0; ++i) {
    size_t start = 1;
    for (size_t c = 0; c < column; ++c) start = lines[i].find(" | ", start) + 2;
    cells.push_back(lines[i].substr(start + 1, lines[i].find(" |", start + 1) - start - 1));
  }
  return cells;
}

// "62,2" for "62.2": German and French write a decimal comma.
std::string Comma(std::string score) {
  for (char& c : score) c = c == '.' ? ',' : c;
  return score;
}

class ReportLanguage : public testing::Test {
 protected:
  void SetUp() override {
    evaluation_ = Evaluate(BuiltinCatalog(), assessment_);
    roadmap_ = BuildRoadmap(BuiltinCatalog(), assessment_, evaluation_);
    english_ = RenderMarkdownReport(
        ReportInput(BuiltinCatalog(), assessment_, evaluation_, roadmap_, EnglishMessages()));
  }

  // The Markdown report in `language`, as the app makes it.
  std::string Markdown(const std::string& language) {
    const ShippedLanguage translated = LoadShippedLanguage(language);
    if (!translated.problem.empty()) {
      ADD_FAILURE() << translated.problem;
      return "";
    }
    const Evaluation e = Evaluate(*translated.catalog, assessment_);
    // In English, as RenderReport builds it: the report says its reasons itself.
    const Roadmap r = BuildRoadmap(*translated.catalog, assessment_, e);
    return RenderMarkdownReport(
        ReportInput(*translated.catalog, assessment_, e, r, translated.words));
  }

  // Part-way through, with scores that have decimals.
  const Assessment assessment_ =
      SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  Evaluation evaluation_;
  Roadmap roadmap_;
  std::string english_;
};

TEST_F(ReportLanguage, MarkdownHeadingsAndTableHeadsAreTranslated) {
  const std::set<std::string> english = HeadingsAndTableHeads(english_);
  ASSERT_GT(english.size(), 20u);
  for (const Language& language : kLanguages) {
    const std::string md = Markdown(language.code);
    for (const std::string& heading : language.headings) {
      EXPECT_NE(md.find("\n" + heading + "\n"), std::string::npos) << language.code << heading;
    }
    for (const std::string& line : HeadingsAndTableHeads(md)) {
      EXPECT_EQ(english.count(line), 0u) << language.code << ": in English: " << line;
    }
    for (const char* words : {"Overall score **", "Assessment created ", "A self-assessment:",
                              "Earliest stage 1 audit", "0-30 days", "Made by "}) {
      EXPECT_EQ(md.find(words), std::string::npos) << language.code << ": " << words;
    }
  }
}

TEST_F(ReportLanguage, MarkdownScoresAreTheEnglishReportsWithTheLanguagesDecimalComma) {
  const std::vector<std::string> scores = Column(english_, "## Scores by clause", 2);
  ASSERT_GT(scores.size(), 5u);
  std::vector<std::string> expected;
  for (const std::string& score : scores) expected.push_back(Comma(score));
  ASSERT_NE(expected, scores) << "some score has a decimal";
  const std::string overall = "**" + Comma(FormatScore(*evaluation_.overall.score)) + "**";
  for (const Language& language : kLanguages) {
    const std::string md = Markdown(language.code);
    // headings[1] is "Scores by clause".
    EXPECT_EQ(Column(md, language.headings[1], 2), expected) << language.code;
    EXPECT_NE(md.find(overall), std::string::npos) << language.code;
  }
}

TEST_F(ReportLanguage, EnglishMarkdownIsTheDefaultReport) {
  EXPECT_EQ(english_, RenderMarkdownReport(BuiltinCatalog(), assessment_));
  EXPECT_NE(english_.find("\n## Executive summary\n"), std::string::npos);
  ASSERT_FALSE(roadmap_.items.empty());
  for (const RoadmapItem& item : roadmap_.items) {
    EXPECT_NE(english_.find(" | " + MarkdownText(item.reason) + " |\n"), std::string::npos)
        << item.control_id;
  }
  EXPECT_NE(english_.find("Overall score **" + FormatScore(*evaluation_.overall.score) +
                          "** of 100; readiness **"),
            std::string::npos);
}

}  // namespace
}  // namespace cloudgap
