// The comparison in German and French (report_compare.h, comparison_document.h):
// its own words from the shipped messages, the catalog's from
// catalog/translations/, no English heading left, and the same figures as the
// English comparison, written with the language's decimal comma.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"
#include "core/document/document_migration.h"
#include "core/document/sample_assessment.h"
#include "core/i18n/message_catalog.h"
#include "core/office/comparison_document.h"
#include "core/report/report_compare.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

struct Language {
  const char* code;
  const char* word_language;
  std::vector<std::string> headings;  // The title and some table titles.
};

const Language kLanguages[] = {
    {"de",
     "de-DE",
     {"Vergleich: 2025 und 2026", "Verbessert (", "Verschlechtert (", "Geänderte Antworten (",
      "Nicht mehr anwendbar (1)"}},
    {"fr",
     "fr-FR",
     {"Comparaison\u00a0: 2025 et 2026", "Améliorées (", "En recul (", "Réponses modifiées (",
      "Plus applicables (1)"}},
};

// The sample, and the sample a year on: more answered "yes", the last "yes" "no",
// one control not applicable, and a larger team (so a profile row and scores with decimals).
Assessment Before() {
  return SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
}

Assessment After() {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = Before();
  int changed = 0;
  for (auto& [id, answer] : a.answers) {
    if (answer.answer != Answer::kYes && ++changed <= 12) answer.answer = Answer::kYes;
  }
  for (auto it = a.answers.rbegin(); it != a.answers.rend(); ++it) {
    if (it->second.answer != Answer::kYes) continue;
    it->second.answer = Answer::kNo;
    break;
  }
  a.controls[catalog.controls[1].id].not_applicable = true;
  a.controls[catalog.controls[1].id].justification = "No such service in scope.";
  a.profile.capacity_days_per_month += 5;
  return a;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

// The comparison's own structure: its title, table titles and table heads.
std::set<std::string> Headings(const std::string& md) {
  const std::vector<std::string> lines = Lines(md);
  std::set<std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("#", 0) == 0) out.insert(lines[i]);
    if (i + 1 < lines.size() && lines[i + 1].rfind("| ---", 0) == 0) out.insert(lines[i]);
  }
  return out;
}

// "62,2" for "62.2": German and French write a decimal comma.
std::string Comma(std::string text) {
  for (char& c : text) c = c == '.' ? ',' : c;
  return text;
}

// The cells that hold figures (scores, changes, maturity levels, the
// profile's numbers): every cell without a letter, less the ids and titles
// that open each titled table.
std::vector<std::string> Figures(const ComparisonTables& tables) {
  std::vector<std::string> out;
  for (const ComparisonTable& t : tables.tables) {
    for (const auto& row : t.rows) {
      for (size_t i = t.title.empty() ? 1 : 2; i < row.size(); ++i) {
        bool letters = false;
        for (char c : row[i]) letters = letters || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!letters) out.push_back(row[i]);
      }
    }
  }
  return out;
}

class CompareLanguage : public testing::Test {
 protected:
  struct Translated {
    MessageCatalog words;
    Catalog catalog;
  };

  // The language's words and catalog, as the app and the CLI load them.
  static Translated Load(const std::string& language) {
    const ShippedLanguage shipped = LoadShippedLanguage(language);
    EXPECT_EQ(shipped.problem, "");
    return {shipped.words, shipped.catalog.value_or(BuiltinCatalog())};
  }

  const Assessment before_ = Before();
  const Assessment after_ = After();
  const ComparedDocuments documents_ = {"2025", "2026", {"2025: dropped 1.1-q1"}};
  const ComparisonTables english_ =
      TabulateComparison(BuiltinCatalog(), Compare(BuiltinCatalog(), before_, after_), documents_);
};

TEST_F(CompareLanguage, MarkdownHasTheLanguagesHeadingsAndTheEnglishFigures) {
  const Comparison english_c = Compare(BuiltinCatalog(), before_, after_);
  const std::string english = RenderComparisonMarkdown(BuiltinCatalog(), english_c, documents_);
  const std::set<std::string> english_headings = Headings(english);
  ASSERT_GE(english_headings.size(), 10u) << english;
  for (const Language& language : kLanguages) {
    const Translated t = Load(language.code);
    const Comparison c = Compare(t.catalog, before_, after_);
    const std::string md = RenderComparisonMarkdown(t.catalog, c, documents_, t.words);
    for (const std::string& heading : language.headings) {
      EXPECT_TRUE(Contains(md, heading)) << language.code << ": " << heading << "\n" << md;
    }
    for (const std::string& heading : Headings(md)) {
      EXPECT_EQ(english_headings.count(heading), 0u) << language.code << ": " << heading;
    }
    std::vector<std::string> expected = Figures(english_);
    for (std::string& figure : expected) figure = Comma(figure);
    EXPECT_EQ(Figures(TabulateComparison(t.catalog, c, documents_, t.words)), expected)
        << language.code;
    // The summary's figures too; the profile's values in words.
    const std::string score =
        Comma(FormatScore(*english_c.score.before) + " → " + FormatScore(*english_c.score.after));
    EXPECT_TRUE(Contains(Lines(md)[2], score)) << language.code << ": " << Lines(md)[2];
    EXPECT_FALSE(Contains(md, "overall score")) << language.code;
    EXPECT_FALSE(Contains(md, "Profile: capacity")) << language.code;
  }
}

// A side made with an earlier catalog version, compared in German and French:
// what could not be compared is said in the language too, a row for each of
// the English's, and no sentence of the English comparison is left in it.
TEST_F(CompareLanguage, WhatCouldNotBeComparedSpeaksTheLanguage) {
  std::string old;
  ASSERT_TRUE(ReadSourceFile("tests/catalog/assessment-catalog-1.0.json", &old));
  // As the app does: the side read through the migration in the language,
  // each dropped answer a row led by the side's name.
  const auto compare = [&](const Catalog& catalog, const MessageCatalog& words) {
    const DocumentParseResult loaded = LoadAssessmentDocument(catalog, old, words);
    EXPECT_TRUE(loaded.assessment.has_value()) << words.language();
    ComparedDocuments documents = {"2024", "2026", {}};
    for (size_t i = 1; i < loaded.catalog_changes.size(); ++i) {
      documents.not_compared.push_back(
          words.Tr("{file}: {what}", {{"file", "2024"}, {"what", loaded.catalog_changes[i]}}));
    }
    return RenderComparisonMarkdown(catalog, Compare(catalog, *loaded.assessment, after_),
                                    documents, words);
  };
  const std::string english = compare(BuiltinCatalog(), EnglishMessages());
  const char* const kEnglishOnly[] = {"| 2024: dropped ", "(answered ",
                                      "); now asked as ", " and ",
                                      "What was dropped", "Not compared"};
  for (const char* phrase : kEnglishOnly) ASSERT_TRUE(Contains(english, phrase)) << phrase;
  const std::vector<std::string> english_lines = Lines(english);
  const std::set<std::string> english_set(english_lines.begin(), english_lines.end());
  const auto rows_from = [](const std::vector<std::string>& lines, const std::string& start) {
    size_t n = 0;
    for (const std::string& line : lines) n += line.rfind(start, 0) == 0 ? 1 : 0;
    return n;
  };
  const size_t dropped = rows_from(english_lines, "| 2024: ");
  ASSERT_GT(dropped, 10u);
  for (const Language& language : kLanguages) {
    const Translated t = Load(language.code);
    const std::string md = compare(t.catalog, t.words);
    for (const char* phrase : kEnglishOnly) {
      EXPECT_FALSE(Contains(md, phrase)) << language.code << ": " << phrase;
    }
    const std::vector<std::string> lines = Lines(md);
    EXPECT_EQ(rows_from(lines, "| 2024"), dropped) << language.code;
    // Every line with words differs from the English's: ids, figures and
    // names alone are the same in both.
    for (const std::string& line : lines) {
      size_t letters = 0, longest = 0;
      for (char c : line) {
        letters = (c >= 'a' && c <= 'z') ? letters + 1 : 0;
        longest = std::max(longest, letters);
      }
      if (longest >= 3) {
        EXPECT_EQ(english_set.count(line), 0u) << language.code << ": " << line;
      }
    }
  }
}

TEST_F(CompareLanguage, HtmlSpeaksTheLanguage) {
  for (const Language& language : kLanguages) {
    const Translated t = Load(language.code);
    const std::string html = RenderComparisonHtml(t.catalog, Compare(t.catalog, before_, after_),
                                                  documents_, ReportBrand(), t.words);
    EXPECT_TRUE(Contains(html, std::string("<html lang=\"") + language.code + "\""))
        << html.substr(0, 300);
    EXPECT_TRUE(Contains(html, "<h2>" + language.headings[1])) << language.code;
    for (const char* english : {"<h2>Improved", "<h2>Answers changed", "<th>Title</th>",
                                "<th>Change</th>", "overall score", "CloudGap logo"}) {
      EXPECT_FALSE(Contains(html, english)) << language.code << ": " << english;
    }
  }
}

TEST_F(CompareLanguage, WordSpeaksTheLanguage) {
  for (const Language& language : kLanguages) {
    const Translated t = Load(language.code);
    const WordDocument doc =
        ComparisonDocument(t.catalog, Compare(t.catalog, before_, after_), documents_,
                           ReportBrand(), after_.updated_at, t.words);
    EXPECT_EQ(doc.language, language.word_language);
    EXPECT_EQ(doc.title, language.headings[0]);
    std::set<std::string> headings;
    for (const Block& block : doc.blocks) {
      if (block.style == ParagraphStyle::kHeading1) headings.insert(block.text);
    }
    for (const ComparisonTable& table : english_.tables) {
      EXPECT_EQ(headings.count(table.title), 0u) << language.code << ": " << table.title;
    }
    for (size_t i = 1; i < language.headings.size(); ++i) {
      auto it = headings.lower_bound(language.headings[i]);
      EXPECT_TRUE(it != headings.end() && it->rfind(language.headings[i], 0) == 0)
          << language.code << ": " << language.headings[i];
    }
  }
  const WordDocument english =
      ComparisonDocument(BuiltinCatalog(), Compare(BuiltinCatalog(), before_, after_), documents_,
                         ReportBrand(), after_.updated_at);
  EXPECT_EQ(english.language, "en-GB");
  EXPECT_EQ(english.title, "Comparison: 2025 and 2026");
}

}  // namespace
}  // namespace cloudgap
