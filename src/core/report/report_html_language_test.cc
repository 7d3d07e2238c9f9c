// The HTML report in German and French: the page's lang, its own words from
// the shipped messages (src/core/i18n/messages/), the catalog's from
// catalog/translations/, the same numbers as the English report written with
// the language's decimal comma, and every translated word escaped.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"
#include "core/document/sample_assessment.h"
#include "core/engine/wording.h"
#include "core/i18n/message_catalog.h"
#include "core/report/report.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"
#include "core/text/message_format.h"

namespace cloudgap {
namespace {

struct Language {
  const char* code;
  std::vector<std::string> headings;  // Some of the report's section headings, as <h2>.
};

const Language kLanguages[] = {
    {"de",
     {"Management-Zusammenfassung", "Punktzahlen nach Abschnitt", "Feststellungen je Maßnahme",
      "Maßnahmenplan", "Erklärung zur Anwendbarkeit", "So wird die Punktzahl berechnet"}},
    {"fr",
     {"Synthèse", "Scores par article", "Constats par mesure", "Feuille de route",
      "Déclaration d’applicabilité", "Mode de calcul du score"}},
};

// Words only the HTML report's own code writes: none may stay English.
const char* const kEnglishWords[] = {
    ">Executive summary<",    ">Scores by clause<", ">Findings per control<",
    ">Top priorities<",       ">Score projection<", ">Maturity by control<",
    ">Engine and catalog<",   ">Why this score<",   ">Contents<",
    "self-assessment",        "not scored",         ">Rank<",
    "Projected overall score"};

struct Reports {
  std::string english;
  std::string translated;
};

// The full sample assessment as an HTML report in English and in `language`
// (messages and catalog both translated).
Reports Render(const std::string& language) {
  const Assessment a = SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  Reports out;
  out.english = RenderReport(BuiltinCatalog(), a, ReportFormat::kHtml).bytes;
  const ShippedLanguage catalog = LoadShippedLanguage(language);
  if (!catalog.problem.empty()) {
    ADD_FAILURE() << catalog.problem;
    return out;
  }
  out.translated =
      RenderReport(*catalog.catalog, a, ReportFormat::kHtml, ReportBrand(), catalog.words).bytes;
  return out;
}

// Every match of group 1 of `pattern`, in order.
std::vector<std::string> All(const std::string& html, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

TEST(HtmlReportLanguage, SpeaksTheLanguageInEveryHeading) {
  for (const Language& language : kLanguages) {
    const Reports r = Render(language.code);
    EXPECT_EQ(r.translated.rfind(
                  std::string("<!DOCTYPE html>\n<html lang=\"") + language.code + "\">", 0),
              0u)
        << language.code;
    for (const std::string& heading : language.headings) {
      EXPECT_TRUE(Contains(r.translated, "<h2>" + heading + "</h2>")) << heading;
    }
    // Section by section, no heading reads as the English one.
    const std::vector<std::string> english = All(r.english, "<h2>([^<]*)</h2>");
    const std::vector<std::string> translated = All(r.translated, "<h2>([^<]*)</h2>");
    ASSERT_EQ(translated.size(), english.size()) << language.code;
    for (size_t i = 0; i < english.size(); ++i) {
      EXPECT_NE(translated[i], english[i]) << language.code;
    }
    for (const char* words : kEnglishWords) {
      EXPECT_FALSE(Contains(r.translated, words)) << language.code << ": " << words;
    }
    // The cover's date is written as the language writes dates.
    EXPECT_TRUE(
        Contains(r.translated, "(" + FormatDate(DateOf(kTestNow), language.code) + ")</title>"))
        << language.code;
  }
}

TEST(HtmlReportLanguage, HasTheEnglishNumbersWithTheLanguagesDecimalComma) {
  for (const Language& language : kLanguages) {
    const Reports r = Render(language.code);
    // Every number cell and every chart label, in order: the same values.
    for (const char* pattern : {"<td class=\"num\">([^<A-Za-z]*)</td>", "<b>([0-9.,+]+)</b>",
                                "<text x=\"[0-9.]+\" y=\"[0-9]+\">([0-9.,]+)</text>"}) {
      const std::vector<std::string> english = All(r.english, pattern);
      std::vector<std::string> translated = All(r.translated, pattern);
      ASSERT_FALSE(english.empty()) << pattern;
      bool comma = false;
      for (std::string& value : translated) {
        for (char& c : value) {
          if (c == ',') c = '.', comma = true;
        }
      }
      EXPECT_EQ(translated, english) << language.code << ": " << pattern;
      EXPECT_TRUE(comma) << language.code << ": " << pattern;
    }
    // The charts' coordinates are SVG, not words: always with a point.
    EXPECT_TRUE(All(r.translated, "(width=\"[0-9]+,)").empty()) << language.code;
  }
}

TEST(HtmlReportLanguage, EscapesTranslatedWordsAndKeepsTheMarkupOfValues) {
  const MessageCatalogLoad words = LoadMessageCatalog(R"({
    "format": "cloudgap-messages/1", "language": "de", "messages": {
      "Executive summary": "<script>alert(1)</script>",
      "Overall score {score} of 100; readiness {readiness}.": "<i>{score}</i> & \"{readiness}\""
    }})");
  ASSERT_TRUE(words.errors.empty()) << words.errors.front().message;
  const std::string html = RenderReport(TestCatalog(), ExampleAssessment(), ReportFormat::kHtml,
                                        ReportBrand(), words.catalog)
                               .bytes;
  EXPECT_FALSE(Contains(html, "<script"));
  EXPECT_TRUE(Contains(html, "<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>"));
  // The values keep the report's own markup; the translation's is text.
  EXPECT_TRUE(std::regex_search(
      html, std::regex("<p>&lt;i&gt;<b>[0-9,]+</b>&lt;/i&gt; &amp; &quot;<b>[^<]+</b>&quot;</p>")));
}

TEST(HtmlReportLanguage, EnglishIsTheDefault) {
  const Assessment a = ExampleAssessment();
  const std::string html = RenderReport(TestCatalog(), a, ReportFormat::kHtml).bytes;
  EXPECT_EQ(
      html,
      RenderReport(TestCatalog(), a, ReportFormat::kHtml, ReportBrand(), EnglishMessages()).bytes);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_TRUE(Contains(html, "<h2>Executive summary</h2>"));
  EXPECT_TRUE(Contains(html, "<p>Overall score <b>"));
}

}  // namespace
}  // namespace cloudgap
