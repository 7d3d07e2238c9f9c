// The CLI's own messages in German and French (cli_language.h): usage, errors
// and status lines come in the language of --language or CLOUDGAP_LANGUAGE,
// and the shipped files of the CLI's domain (src/cli/messages) load and
// translate every message the CLI prints. tools/i18n/messages.py checks that
// every marked message is in those files; these tests check what a person sees.
#include "cli/cli_language.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "core/i18n/message_catalog.h"
#include "core/testing/test_source_dir.h"

namespace cloudgap::cli {
namespace {

constexpr const char* kVariable = "CLOUDGAP_LANGUAGE";
const std::string kNbsp = "\u00a0";

// Whatever the shell running the tests has set, every test starts in English:
// the CLI's default is English, and the tests of cli_test.cc expect it.
class WithoutLanguageVariable : public ::testing::Environment {
 public:
  void SetUp() override { unsetenv(kVariable); }
};
const ::testing::Environment* const kWithoutLanguageVariable =
    ::testing::AddGlobalTestEnvironment(new WithoutLanguageVariable);

// CLOUDGAP_LANGUAGE set for one scope, then unset again.
class LanguageVariable {
 public:
  explicit LanguageVariable(const char* value) { setenv(kVariable, value, 1); }
  ~LanguageVariable() { unsetenv(kVariable); }
};

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome Cloudgap(const Args& args) {
  std::istringstream in;
  std::ostringstream out, err;
  const int code = RunCloudgap(args, in, out, err);
  return {code, out.str(), err.str()};
}

CliLanguage Language(const std::string& tag) {
  std::ostringstream err;
  std::optional<CliLanguage> language = LoadCliLanguage("test", tag, err);
  EXPECT_TRUE(language) << err.str();
  return language ? std::move(*language) : CliLanguage();
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

size_t Columns(const std::string& text) {
  size_t columns = 0;
  for (unsigned char c : text) columns += (c & 0xC0) != 0x80;
  return columns;
}

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The files compiled in are the shipped ones, and each message is well formed
// with its English's arguments (LoadMessageCatalog refuses any other).
TEST(CliLanguageTest, ShippedFilesLoad) {
  for (const char* tag : {"de", "fr"}) {
    SCOPED_TRACE(tag);
    std::string text;
    ASSERT_TRUE(ReadSourceFile(std::string("src/cli/messages/") + tag + ".json", &text));
    const MessageCatalogLoad load = LoadMessageCatalog(text);
    EXPECT_EQ(load.problem, InputProblem::kNone);
    for (const JsonError& e : load.errors) ADD_FAILURE() << e.ToString();
    EXPECT_GT(load.catalog.size(), 100u);
    const CliLanguage language = Language(tag);
    EXPECT_EQ(language.words.language(), tag);
    EXPECT_EQ(language.words.size(), load.catalog.size());
    EXPECT_EQ(language.report_words.language(), tag);
    EXPECT_TRUE(language.catalog);
  }
}

// The usage's "en|de|fr" names the languages that load, and only those.
TEST(CliLanguageTest, TheUsagesLanguagesAreTheOnesThatLoad) {
  std::string tags = CliLanguageTags();
  for (size_t at = tags.find(", "); at != std::string::npos; at = tags.find(", ", at)) {
    tags.replace(at, 2, "|");
  }
  EXPECT_EQ(tags, kLanguageArgument);
}

// Every command's usage in each language: the option names, their arguments
// and the operands as they are, every help translated, no line wider than 80
// columns (or than its English, a few of whose lines are).
TEST(CliLanguageTest, UsageOfEveryCommandIsTranslated) {
  const std::string help_indent = "\n" + std::string(32, ' ');
  for (const char* tag : {"de", "fr"}) {
    const CliLanguage language = Language(tag);
    for (const Command* c : AllCommands()) {
      SCOPED_TRACE(std::string(tag) + " " + c->name);
      const std::string usage = Usage(*c, language.words);
      EXPECT_NE(
          usage.find(std::string("cloudgap ") + c->name + (*c->operands ? " " : "") + c->operands),
          std::string::npos)
          << usage;
      // Each option's help on one line again.
      std::string unwrapped = usage;
      for (size_t at = unwrapped.find(help_indent); at != std::string::npos;
           at = unwrapped.find(help_indent, at)) {
        unwrapped.replace(at, help_indent.size(), " ");
      }
      for (const Option& option : c->options) {
        const std::string help(language.words.Tr(option.help));
        EXPECT_NE(help, option.help) << "untranslated: " << option.help;
        EXPECT_NE(usage.find("\n  " + std::string(option.name)), std::string::npos) << usage;
        EXPECT_NE(usage.find(option.argument), std::string::npos) << usage;
        EXPECT_NE(unwrapped.find(" " + help + "\n"), std::string::npos) << help << "\n" << usage;
      }
      const std::string english = Usage(*c);
      size_t widest = 80;
      for (const std::string& line : Lines(english)) widest = std::max(widest, line.size());
      // The option lines; the synopsis wraps as the English does.
      const std::vector<std::string> lines = Lines(usage);
      size_t first = 1;
      while (first < lines.size() && lines[first][0] == ' ') ++first;
      for (size_t i = first + 1; i < lines.size(); ++i) {
        EXPECT_LE(Columns(lines[i]), widest) << lines[i];
      }
    }
  }
}

TEST(CliLanguageTest, GermanUsageAndErrors) {
  const CliLanguage german = Language("de");
  // A help wider than the line goes on under itself.
  EXPECT_EQ(Usage(SealCommand(), german.words),
            "Aufruf: cloudgap seal FILE|- [--public-key PUBLIC.pem] [--leave-out-notes]\n"
            "                      [--to NAME] [--output FILE] [--link PAGE]\n"
            "                      [--language en|de|fr]\n"
            "Optionen:\n"
            "  --public-key PUBLIC.pem       öffentlicher Schlüssel des Betreibers (PEM),\n"
            "                                P-256 oder RSA\n"
            "  --leave-out-notes             Notizen und Nachweise aller Maßnahmen weglassen\n"
            "  --to NAME                     Name des Betreibers, lesbar in der Datei (nicht\n"
            "                                versiegelt)\n"
            "  --output FILE                 dorthin schreiben statt in die Standardausgabe\n"
            "  --link PAGE                   einen Link auf die Seite PAGE statt einer Datei\n"
            "                                schreiben\n"
            "  --language en|de|fr           die Sprache der Meldungen; Standard en\n");
  // An argument-parsing error before --language is read is told in German all the same.
  Outcome run = Cloudgap({"template", "--bogus", "1", "--language", "de"});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "cloudgap template: unbekannte Option „--bogus“\n" +
                         Usage(TemplateCommand(), german.words));
  run = Cloudgap({"seal", "doc.json", "--language=de"});
  EXPECT_EQ(run.code, 2);
  EXPECT_TRUE(StartsWith(run.err,
                         "cloudgap seal: geben Sie --public-key an, den öffentlichen Schlüssel "
                         "des Betreibers (PEM)\nAufruf: cloudgap seal "))
      << run.err;
  // A status line: what `catalog check` found, in German, its ids and numbers as they are.
  run = Cloudgap({"catalog", "check", "--language", "de"});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("\n44 Maßnahmen: 37 erweitert, 7 cld\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\nsha256 "), std::string::npos);
  EXPECT_TRUE(
      EndsWith(run.out, "\neingebauter Katalog ist gültig\nInhaltsprüfung: keine Befunde\n"))
      << run.out;
  // `cloudgap help --language de`.
  run = Cloudgap({"help", "--language", "de"});
  EXPECT_EQ(run.code, 0);
  EXPECT_TRUE(StartsWith(run.out,
                         "Aufruf: cloudgap <command> [args]\n\nBefehle:\n"
                         "  cloudgap version\n"))
      << run.out;
  EXPECT_NE(run.out.find("Jeder Befehl außer version nimmt --language en|de|fr"),
            std::string::npos);
}

TEST(CliLanguageTest, FrenchUsageAndErrors) {
  const CliLanguage french = Language("fr");
  const Outcome run = Cloudgap({"report", "-", "--format", "pdf", "--language", "fr"});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.err, "cloudgap report" + kNbsp + ": --format" + kNbsp + ": «" + kNbsp + "pdf" +
                         kNbsp + "» n’est pas un format de rapport\n" +
                         Usage(ReportCommand(), french.words));
  EXPECT_TRUE(StartsWith(Usage(ReportCommand(), french.words),
                         "usage" + kNbsp + ": cloudgap report FILE|- [--format "));
  EXPECT_NE(Usage(ReportCommand(), french.words).find("\noptions" + kNbsp + ":\n"),
            std::string::npos);
  // The synopsis' later lines stand under its first option: "usage : " is one
  // character wider than "usage: ", however many bytes its no-break space takes.
  const std::string usage = Usage(ReportCommand(), french.words);
  const size_t second = usage.find('\n') + 1;
  EXPECT_EQ(usage.compare(second, 25, std::string(24, ' ') + "["), 0) << usage;
  // `cloudgap help COMMAND`: that command's usage, on standard output.
  const Outcome help = Cloudgap({"help", "report", "--language", "fr"});
  EXPECT_EQ(help.code, 0);
  EXPECT_EQ(help.out, usage);
  const Outcome merge = Cloudgap({"merge", "a.json", "--language", "fr"});
  EXPECT_TRUE(StartsWith(merge.err, "cloudgap merge" + kNbsp +
                                        ": indiquez BASE et au moins un document INCOMING "
                                        "(- pour l’entrée standard)\n"))
      << merge.err;
}

// A file the commands refuse says why in the language: the refusals before the
// parse and a public key's are the core's words (CliLanguage::report_words).
TEST(CliLanguageTest, RefusalsOfFilesAreInTheLanguage) {
  const std::string broken = testing::TempDir() + "cloudgap-language-broken.json";
  const std::string key = testing::TempDir() + "cloudgap-language-key.pem";
  std::ofstream(broken) << R"({"a": 1, "a": 2})";
  std::ofstream(key) << "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI";
  Outcome run = Cloudgap({"report", broken, "--language", "de"});
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(run.err.find(broken + ": (Dokument): doppelter Schlüssel 'a'\n"), std::string::npos)
      << run.err;
  run = Cloudgap({"seal", broken, "--public-key", key, "--language", "fr"});
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(run.err.find(key + kNbsp + ": Ce n’est pas une clé publique PEM" + kNbsp + ": "),
            std::string::npos)
      << run.err;
  std::remove(broken.c_str());
  std::remove(key.c_str());
}

// `catalog check FILE`: the loader's problems in the language, each at its
// pointer; a syntax error worded without English; the summary the CLI's own.
TEST(CliLanguageTest, ACatalogsProblemsAreInTheLanguage) {
  const std::string catalog = testing::TempDir() + "cloudgap-language-catalog.json";
  const std::string broken = testing::TempDir() + "cloudgap-language-catalog-broken.json";
  std::ofstream(catalog) << R"({"format": "cloudgap-catalog/9"})";
  std::ofstream(broken) << "{\n  \"format\": cloudgap\n}";
  Outcome run = Cloudgap({"catalog", "check", catalog, "--language", "de"});
  EXPECT_EQ(run.code, 1);
  EXPECT_TRUE(StartsWith(run.err,
                         "/format: unbekanntes Format 'cloudgap-catalog/9' (erwartet wird "
                         "'cloudgap-catalog/2')\n/id: fehlt (dieses Feld ist Pflicht)\n"))
      << run.err;
  run = Cloudgap({"catalog", "check", catalog, "--language", "fr"});
  EXPECT_TRUE(StartsWith(run.err, "/format" + kNbsp +
                                      ": format inconnu 'cloudgap-catalog/9' ('cloudgap-catalog/2' "
                                      "attendu)\n/id" +
                                      kNbsp + ": manquant (ce champ est obligatoire)\n"))
      << run.err;
  run = Cloudgap({"catalog", "check", broken, "--language", "de"});
  EXPECT_EQ(run.code, 1);
  EXPECT_TRUE(StartsWith(run.err,
                         "(Dokument): kein gültiges JSON: Zeile 2, Spalte 13: unerwarteter Text "
                         "'cloudgap'\n"))
      << run.err;
  run = Cloudgap({"catalog", "check", broken});
  EXPECT_TRUE(StartsWith(run.err,
                         "(document): not valid JSON: line 2, column 13: unexpected text "
                         "'cloudgap'\n"))
      << run.err;
  std::remove(catalog.c_str());
  std::remove(broken.c_str());
}

// `summarize`: a row's problem in the language, in the table and on standard
// error; a private key's problem, OpenSSL's part too, in CloudGap's words.
TEST(CliLanguageTest, SummarizeAndKeysSayWhyInTheLanguage) {
  const std::string broken = testing::TempDir() + "cloudgap-language-summary.json";
  const std::string key = testing::TempDir() + "cloudgap-language-private.pem";
  std::ofstream(broken) << "[1]";
  std::ofstream(key) << "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
  Outcome run = Cloudgap({"summarize", broken, "--language", "de"});
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(
      run.err.find(broken + ": (Dokument): ein Bewertungsdokument ist ein JSON-Objekt, nicht eine "
                            "Liste\n"),
      std::string::npos)
      << run.err;
  EXPECT_NE(run.out.find("(Dokument): ein Bewertungsdokument ist ein JSON-Objekt"),
            std::string::npos)
      << run.out;
  run = Cloudgap({"summarize", broken, "--key", key, "--language", "fr"});
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(run.err.find("(OpenSSL ne parvient pas à la lire en tant que PKCS #8)\n"),
            std::string::npos)
      << run.err;
  run = Cloudgap({"summarize", broken, "--key", key, "--language", "de"});
  EXPECT_NE(run.err.find("(OpenSSL kann ihn nicht als PKCS #8 lesen)\n"), std::string::npos)
      << run.err;
  std::remove(broken.c_str());
  std::remove(key.c_str());
}

// CLOUDGAP_LANGUAGE is the default of --language; --language wins over it; a
// wrong value is told in English; a command that takes no --language ignores it.
TEST(CliLanguageTest, EnvironmentVariableIsTheDefault) {
  const std::string english_seal =
      "cloudgap seal: give one document, FILE (- for standard input)\n" + Usage(SealCommand());
  {
    LanguageVariable variable("fr");
    Outcome run = Cloudgap({"seal"});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(StartsWith(run.err, "cloudgap seal" + kNbsp + ": indiquez un document, FILE"))
        << run.err;
    run = Cloudgap({"seal", "--language", "en"});
    EXPECT_EQ(run.err, english_seal);
    // Before a command is known, the default speaks.
    run = Cloudgap({"frobnicate"});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(StartsWith(run.err, "cloudgap" + kNbsp + ": commande «" + kNbsp + "frobnicate" +
                                        kNbsp + "» inconnue\nusage" + kNbsp + ": cloudgap "))
        << run.err;
    EXPECT_EQ(Cloudgap({"version"}).err, "");
  }
  {
    LanguageVariable variable("es");
    Outcome run = Cloudgap({"seal"});
    EXPECT_EQ(run.code, 2);
    EXPECT_EQ(run.err, "cloudgap seal: CLOUDGAP_LANGUAGE: 'es' is not one of en, de, fr\n" +
                           Usage(SealCommand()));
    EXPECT_EQ(Cloudgap({"seal", "--language", "en"}).err, english_seal);
    EXPECT_EQ(Cloudgap({"version"}).code, 0);
  }
  {
    LanguageVariable variable("");  // Empty: English.
    EXPECT_EQ(Cloudgap({"seal"}).err, english_seal);
  }
  EXPECT_EQ(std::getenv(kVariable), nullptr);
  EXPECT_EQ(Cloudgap({"seal"}).err, english_seal);
}

// A wrong --language is told in English, whatever the variable says.
TEST(CliLanguageTest, WrongLanguageIsToldInEnglish) {
  LanguageVariable variable("de");
  const Outcome run = Cloudgap({"merge", "--language", "es"});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.err,
            "cloudgap merge: --language: 'es' is not one of en, de, fr\n" + Usage(MergeCommand()));
}

}  // namespace
}  // namespace cloudgap::cli
