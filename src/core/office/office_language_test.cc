// The Word report and the one-page brief in German and French, from the
// shipped words and catalog translations: their headings and labels
// translated, none left in English, and the same numbers as in English.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"
#include "core/document/sample_assessment.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/i18n/message_catalog.h"
#include "core/office/brief.h"
#include "core/office/docx_writer.h"
#include "core/office/ooxml_test_util.h"
#include "core/office/report_document.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

// Headings and labels the report words itself, in English.
const char* const kEnglishHeadings[] = {"Executive summary",
                                        "Readiness and why",
                                        "Scores by clause",
                                        "Findings per control",
                                        "Roadmap",
                                        "Statement of Applicability",
                                        "Method and reproducibility",
                                        "Top five gaps",
                                        "The next 90 days",
                                        "How the score came about",
                                        "Certification audit"};
// (German says "Engine: " too.)
const char* const kEnglishLabels[] = {
    "Result: ", "Owner: ", "Due: ", "Notes: ", "Evidence: ", "Catalog: "};

const Assessment& Sample() {
  static const Assessment sample =
      SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  return sample;
}

// The report in `language` ("en": the built-in catalog and English words),
// from its shipped message and catalog files; its brief too.
struct Made {
  WordDocument document;
  Brief brief;
  std::string brief_html;
  std::string styles;  // word/styles.xml
};

Made Make(const std::string& language) {
  MessageCatalog words;
  std::optional<Catalog> translated;
  if (language != "en") {
    ShippedLanguage shipped = LoadShippedLanguage(language);
    EXPECT_EQ(shipped.problem, "");
    words = std::move(shipped.words);
    translated = std::move(shipped.catalog);
  }
  const Catalog& catalog = translated ? *translated : BuiltinCatalog();
  const Evaluation evaluation = Evaluate(catalog, Sample());
  const Roadmap roadmap =
      BuildRoadmap(catalog, Sample(), evaluation, EffortPoint::kMidpoint, words);
  const ReportInput input(catalog, Sample(), evaluation, roadmap, words);
  Made made{ReportDocument(input, ReportBrand{}), MakeBrief(input), "", ""};
  made.brief_html = RenderBriefHtml(made.brief, ReportBrand{}, words);
  const ZipContents parts = ReadZip(WriteDocx(made.document).value_or(""));
  EXPECT_EQ(parts.error, "") << language;
  made.styles = Part(parts, "word/styles.xml");
  return made;
}

std::vector<std::string> Headings(const WordDocument& doc, ParagraphStyle style) {
  std::vector<std::string> headings;
  for (const Block& block : doc.blocks) {
    if (block.kind == Block::Kind::kParagraph && block.style == style) {
      headings.push_back(block.text);
    }
  }
  return headings;
}

TEST(OfficeLanguage, TheWordReportsHeadingsAndLabelsAreTranslated) {
  const Made english = Make("en");
  EXPECT_TRUE(Contains(english.styles, "<w:lang w:val=\"en-GB\"/>"));
  for (const char* language : {"de", "fr"}) {
    const Made made = Make(language);
    const std::vector<std::string> sections = Headings(made.document, ParagraphStyle::kHeading1);
    ASSERT_EQ(sections.size(), std::size(kReportDocumentSections)) << language;
    EXPECT_EQ(sections.front(),
              std::string(language) == "de" ? "Management-Zusammenfassung" : "Synthèse");
    std::set<std::string> text;
    for (const Block& block : made.document.blocks) {
      text.insert(block.text);
      EXPECT_EQ(std::count(std::begin(kEnglishLabels), std::end(kEnglishLabels), block.label), 0)
          << language << ": " << block.label;
      if (block.kind == Block::Kind::kTable) {
        for (const std::string& head : block.rows[0]) {
          // Only the standard's name, and French's own "Applicable" and "Justification" (and
          // "Score"), are the English words.
          const bool same_word =
              head == "ISO/IEC 27002:2022" ||
              (std::string(language) == "fr" &&
               (head == "Applicable" || head == "Justification" || head == "Score"));
          if (same_word) continue;
          for (const Block& english_block : english.document.blocks) {
            if (english_block.kind != Block::Kind::kTable) continue;
            for (const std::string& english_head : english_block.rows[0]) {
              EXPECT_NE(head, english_head) << language;
            }
          }
        }
      }
    }
    for (const char* heading : kEnglishHeadings) {
      EXPECT_EQ(text.count(heading), 0u) << language << ": " << heading;
    }
    EXPECT_TRUE(Contains(made.styles, std::string("<w:lang w:val=\"") + language + "-"))
        << language;
  }
}

// Every table cell that is a number in English is the same number in the
// translation, with a decimal comma.
TEST(OfficeLanguage, TheWordReportsNumbersAreTheEnglishOnes) {
  const Made english = Make("en");
  const std::regex number("[+]?[0-9]+([.][0-9]+)?");
  for (const char* language : {"de", "fr"}) {
    const Made made = Make(language);
    ASSERT_EQ(made.document.blocks.size(), english.document.blocks.size()) << language;
    size_t numbers = 0, decimals = 0;
    for (size_t b = 0; b < made.document.blocks.size(); ++b) {
      const Block& block = made.document.blocks[b];
      const Block& english_block = english.document.blocks[b];
      ASSERT_EQ(block.kind, english_block.kind) << language << " block " << b;
      ASSERT_EQ(block.rows.size(), english_block.rows.size()) << language << " block " << b;
      for (size_t r = 0; r < block.rows.size(); ++r) {
        for (size_t c = 0; c < block.rows[r].size(); ++c) {
          std::string want = english_block.rows[r][c];
          if (!std::regex_match(want, number)) continue;
          ++numbers;
          if (want.find('.') != std::string::npos) {
            want[want.find('.')] = ',';
            ++decimals;
          }
          EXPECT_EQ(block.rows[r][c], want) << language << " block " << b << " " << r << ":" << c;
        }
      }
    }
    EXPECT_GT(numbers, 50u) << language;  // Not a vacuous comparison.
    EXPECT_GT(decimals, 10u) << language;
    // The summary's sentence gives the overall score as the language writes it.
    const double score = *Evaluate(BuiltinCatalog(), Sample()).overall.score;
    bool found = false;
    for (const Block& block : made.document.blocks) {
      found = found || Contains(block.text, FormatScore(score, language) + " ");
    }
    EXPECT_TRUE(found) << language;
    EXPECT_NE(FormatScore(score, language), FormatScore(score)) << "the sample's score is whole";
  }
}

TEST(OfficeLanguage, TheBriefIsInTheLanguageWithTheEnglishNumbers) {
  const Made english = Make("en");
  EXPECT_TRUE(Contains(english.brief_html, "<html lang=\"en\">"));
  for (const char* language : {"de", "fr"}) {
    const Made made = Make(language);
    const std::string& html = made.brief_html;
    EXPECT_TRUE(Contains(html, std::string("<html lang=\"") + language + "\">")) << language;
    EXPECT_TRUE(Contains(html, std::string(language) == "de"
                                   ? "<h2>Die fünf größten Lücken</h2>"
                                   : "<h2>Les cinq principaux écarts</h2>"))
        << language;
    for (const char* english_words : {"Top five gaps", "The next 90 days", "overall score of 100",
                                      ">readiness<", "\">about ", "Made with", "roadmap item"}) {
      EXPECT_FALSE(Contains(html, english_words)) << language << ": " << english_words;
    }
    // The same numbers: the score with a decimal comma, each gap's effort.
    std::string score = english.brief.score;
    ASSERT_NE(score.find('.'), std::string::npos);
    score[score.find('.')] = ',';
    EXPECT_EQ(made.brief.score, score) << language;
    ASSERT_EQ(made.brief.gaps.size(), english.brief.gaps.size());
    for (size_t i = 0; i < made.brief.gaps.size(); ++i) {
      EXPECT_EQ(made.brief.gaps[i].id, english.brief.gaps[i].id);
      EXPECT_EQ(made.brief.gaps[i].effort_days, english.brief.gaps[i].effort_days);
    }
    EXPECT_TRUE(Contains(made.brief.next_90_days, score)) << made.brief.next_90_days;
    // The date as the language writes it: 01.03.2024, 01/03/2024.
    EXPECT_EQ(made.brief.date, std::string(language) == "de" ? "01.03.2024" : "01/03/2024");
  }
  EXPECT_EQ(english.brief.date, "1 Mar 2024");
}

}  // namespace
}  // namespace cloudgap
