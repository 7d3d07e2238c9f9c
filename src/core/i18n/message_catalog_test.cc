// A language's messages: found by their English, formatted in that language,
// and every way a file of them is refused.
#include "core/i18n/message_catalog.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/testing/test_source_dir.h"
#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

using nlohmann::json;

json German(json messages) {
  return {{"format", kMessageCatalogFormat}, {"language", "de"}, {"messages", messages}};
}

std::string FirstError(const MessageCatalogLoad& load) {
  return load.errors.empty() ? ""
                             : load.errors.front().pointer + ": " + load.errors.front().message;
}

TEST(MessageCatalog, EnglishIsEveryKeyItself) {
  const MessageCatalog english;
  EXPECT_EQ(english.language(), "en");
  EXPECT_EQ(english.Tr("Download report"), "Download report");
  EXPECT_EQ(english.Tr("verb|Open"), "Open");
  EXPECT_EQ(english.Tr("{n, plural, one {# gap} other {# gaps}}", {{"n", 1200}}), "1,200 gaps");
}

TEST(MessageCatalog, FindsEachMessageByItsEnglishAndFormatsItInItsLanguage) {
  const MessageCatalogLoad load =
      LoadMessageCatalog(German({{"Download report", "Bericht herunterladen"},
                                 {"verb|Open", "Öffnen"},
                                 {"noun|Open", "Offen"},
                                 {"{n, plural, one {# gap} other {# gaps}}",
                                  "{n, plural, one {# Lücke} other {# Lücken}}"},
                                 {"{name} was saved", "{name} wurde gespeichert"}})
                             .dump());
  ASSERT_TRUE(load.errors.empty()) << FirstError(load);
  const MessageCatalog& de = load.catalog;
  EXPECT_EQ(de.language(), "de");
  EXPECT_EQ(de.size(), 5u);
  EXPECT_EQ(de.Tr("Download report"), "Bericht herunterladen");
  EXPECT_EQ(de.Tr("verb|Open"), "Öffnen");
  EXPECT_EQ(de.Tr("noun|Open"), "Offen");
  EXPECT_EQ(de.Tr("Not translated yet"), "Not translated yet");
  EXPECT_EQ(de.Tr("adjective|Closed"), "Closed");
  EXPECT_EQ(de.Tr("{n, plural, one {# gap} other {# gaps}}", {{"n", 1200}}), "1.200 Lücken");
  EXPECT_EQ(de.Tr("{name} was saved", {{"name", "Acme"}}), "Acme wurde gespeichert");
}

TEST(MessageCatalog, OnlyALowerCaseWordBeforeTheBarIsAContext) {
  EXPECT_EQ(MessageEnglish("verb|Open"), "Open");
  EXPECT_EQ(MessageEnglish("role-csc|Customer"), "Customer");
  EXPECT_EQ(MessageEnglish("Yes | No"), "Yes | No");
  EXPECT_EQ(MessageEnglish("|x"), "|x");
  EXPECT_EQ(MessageEnglish("no bar"), "no bar");
}

TEST(MessageCatalog, RefusesAFileThatIsNotOneLanguagesMessages) {
  struct Case {
    const char* what;
    json doc;
    const char* error;
  };
  const Case cases[] = {
      {"format",
       {{"format", "cloudgap-catalog-translation/1"},
        {"language", "de"},
        {"messages", json::object()}},
       "not a message catalog: the format is 'cloudgap-catalog-translation/1'"},
      {"language",
       {{"format", kMessageCatalogFormat}, {"language", "Deutsch"}, {"messages", json::object()}},
       "the language is not a lower-case language tag"},
      {"a number", German({{"Save", 3}}), "expected a string"},
      {"an empty text", German({{"Save", ""}}), "a translation must have 1 to 4000 characters"},
      {"a broken plural", German({{"{n, plural, one {#} other {#}}", "{n, plural, one {#}}"}}),
       "the translation is not a well-formed message: a plural without an 'other' branch"},
      {"a dropped argument", German({{"{name} was saved", "Gespeichert"}}),
       "the translation's arguments are not its English's"},
      {"an invented argument", German({{"Saved", "{name} gespeichert"}}),
       "the translation's arguments are not its English's"},
      {"a lost id", German({{"Open##library", "Öffnen"}}),
       "the translation does not end in its English's '##library'"},
      {"a changed id", German({{"Open###library", "Öffnen##library"}}),
       "the translation does not end in its English's '###library'"},
      {"an invented id", German({{"Open", "Öffnen##x"}}),
       "the translation does not end in its English's ''"},
      {"an unknown member",
       {{"format", kMessageCatalogFormat},
        {"language", "de"},
        {"messages", json::object()},
        {"x", 1}},
       "unknown field"},
  };
  for (const Case& c : cases) {
    const MessageCatalogLoad load = LoadMessageCatalog(c.doc.dump());
    EXPECT_EQ(load.problem, InputProblem::kBadValue) << c.what;
    EXPECT_NE(FirstError(load).find(c.error), std::string::npos)
        << c.what << ": " << FirstError(load);
    EXPECT_EQ(load.catalog.language(), "en") << c.what;  // Nothing of a refused file is used.
    EXPECT_EQ(load.catalog.size(), 0u) << c.what;
  }
}

TEST(MessageCatalog, RefusesWhatCannotBeRead) {
  const MessageCatalogLoad broken = LoadMessageCatalog("{\"messages\": ");
  EXPECT_EQ(broken.problem, InputProblem::kNotJson);
  EXPECT_NE(FirstError(broken).find("the messages: "), std::string::npos);
  const MessageCatalogLoad huge = LoadMessageCatalog(std::string(kMaxCatalogBytes + 1, ' '));
  EXPECT_EQ(huge.problem, InputProblem::kTooLarge);
  EXPECT_NE(FirstError(huge).find("bytes, over the limit of"), std::string::npos);
}

TEST(MessageCatalog, EveryShippedLanguageLoads) {
  for (const char* language : {"de", "fr"}) {
    std::string text;
    ASSERT_TRUE(ReadSourceFile(std::string("src/core/i18n/messages/") + language + ".json", &text));
    const MessageCatalogLoad load = LoadMessageCatalog(text);
    EXPECT_TRUE(load.errors.empty()) << language << ": " << FirstError(load);
    EXPECT_EQ(load.catalog.language(), language);
  }
}

// Tr searches the messages in key order, which the loader takes from the file
// as it reads it: every message of a shipped file must be found, the first and
// the last among them, and keys that sort between two (a bar, a capital, a
// non-ASCII letter) must not hide one another.
TEST(MessageCatalog, FindsEveryMessageOfAShippedFile) {
  std::string text;
  ASSERT_TRUE(ReadSourceFile("src/core/i18n/messages/de.json", &text));
  const MessageCatalog de = LoadMessageCatalog(text).catalog;
  const json file = json::parse(text);
  ASSERT_GT(file["messages"].size(), 100u);
  for (auto it = file["messages"].begin(); it != file["messages"].end(); ++it) {
    EXPECT_EQ(de.Tr(it.key()), it->get<std::string>()) << it.key();
  }
  const MessageCatalog mixed = LoadMessageCatalog(German({{"zeta", "Z"},
                                                          {"Zeta", "z"},
                                                          {"verb|Open", "Öffnen"},
                                                          {"Öl", "Oil"},
                                                          {"a", "A"},
                                                          {"verb", "Verb"}})
                                                      .dump())
                                   .catalog;
  EXPECT_EQ(mixed.Tr("zeta"), "Z");
  EXPECT_EQ(mixed.Tr("Zeta"), "z");
  EXPECT_EQ(mixed.Tr("verb|Open"), "Öffnen");
  EXPECT_EQ(mixed.Tr("Öl"), "Oil");
  EXPECT_EQ(mixed.Tr("a"), "A");
  EXPECT_EQ(mixed.Tr("verb"), "Verb");
}

}  // namespace
}  // namespace cloudgap
