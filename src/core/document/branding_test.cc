#include "core/document/branding.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/testing/enum_text_testing.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_keys.h"
#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

bool Mentions(const BrandingResult& r, const std::string& text) {
  return std::any_of(r.warnings.begin(), r.warnings.end(),
                     [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

TEST(Branding, AFullValidConfigIsTakenAsIsWithoutWarnings) {
  const BrandingResult r = ParseBranding(R"({
    "product_name": "Acme Cloud Check",
    "logo": "brand/acme-logo.svg",
    "accent_color": "#C0ffee",
    "cta": {"label": "Talk to our team", "url": "mailto:security@acme.example?subject=CloudGap"},
    "default_mode": "full",
    "ask_organisation": false
  })");
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  EXPECT_EQ(r.branding.product_name, "Acme Cloud Check");
  EXPECT_EQ(r.branding.logo, "brand/acme-logo.svg");
  ASSERT_TRUE(r.branding.accent_rgb);
  EXPECT_EQ(*r.branding.accent_rgb, 0xC0FFEEu);
  ASSERT_TRUE(r.branding.cta);
  EXPECT_EQ(r.branding.cta->label, "Talk to our team");
  EXPECT_EQ(r.branding.default_mode, StartMode::kFull);
  EXPECT_FALSE(r.branding.ask_organisation);
}

TEST(Branding, AnEmptyObjectGivesTheDefaults) {
  const BrandingResult r = ParseBranding("{}");
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_EQ(r.branding.product_name, "CloudGap");
  EXPECT_TRUE(r.branding.logo.empty());
  EXPECT_FALSE(r.branding.accent_rgb);
  EXPECT_FALSE(r.branding.cta);
  EXPECT_EQ(r.branding.default_mode, StartMode::kQuick);
  EXPECT_TRUE(r.branding.ask_organisation);
}

TEST(Branding, AFileOverTheLimitIsNotReadAtAll) {
  const std::string padded = "{\"product_name\": \"Acme\"}" + std::string(kMaxConfigBytes, ' ');
  const BrandingResult r = ParseBranding(padded);
  EXPECT_EQ(r.file_problem, InputProblem::kTooLarge);
  EXPECT_EQ(r.branding.product_name, "CloudGap");
  EXPECT_TRUE(Mentions(r, "over the limit of 65536")) << r.warnings[0];
}

TEST(Branding, TextThatIsNotJsonGivesTheDefaultsAndSaysWhere) {
  for (const char* text : {"", "{\"product_name\": \"Acme\",}", "not json", "\xff"}) {
    const BrandingResult r = ParseBranding(text);
    EXPECT_EQ(r.branding.product_name, "CloudGap") << text;
    ASSERT_EQ(r.warnings.size(), 1u) << text;
    EXPECT_TRUE(Mentions(r, "not valid JSON")) << text;
  }
  EXPECT_TRUE(Mentions(ParseBranding("{\n\"a\": tru}"), "line 2"));
}

TEST(Branding, JsonThatIsNotAnObjectGivesTheDefaults) {
  for (const char* text : {"[]", "\"Acme\"", "null", "42"}) {
    const BrandingResult r = ParseBranding(text);
    EXPECT_EQ(r.branding.product_name, "CloudGap") << text;
    EXPECT_TRUE(Mentions(r, "one JSON object")) << text;
  }
}

TEST(Branding, EachBadFieldFallsBackOnItsOwn) {
  const BrandingResult r = ParseBranding(R"json({
    "product_name": "Acme",
    "accent_color": "red",
    "cta": {"label": "Click", "url": "javascript:alert(1)"},
    "default_mode": "turbo",
    "ask_organisation": "yes"
  })json");
  EXPECT_EQ(r.branding.product_name, "Acme");  // The good field survives.
  EXPECT_FALSE(r.branding.accent_rgb);
  EXPECT_FALSE(r.branding.cta);
  EXPECT_EQ(r.branding.default_mode, StartMode::kQuick);
  EXPECT_TRUE(r.branding.ask_organisation);
  EXPECT_TRUE(Mentions(r, "accent_color"));
  EXPECT_TRUE(Mentions(r, "/cta/url"));
  EXPECT_TRUE(Mentions(r, "default_mode"));
  EXPECT_TRUE(Mentions(r, "ask_organisation"));
}

// Every warning ParseBranding can give, word for word, each from the smallest
// config.json that produces it (tests/messages/every_message_tested.py checks
// that none is missing here or elsewhere).
TEST(Branding, EveryWarningWordForWord) {
  using Warnings = std::vector<std::string>;
  const struct {
    const char* config;
    Warnings warnings;
  } kCases[] = {
      {R"({"product_name": 12})",
       {"/product_name: expected a string, not a whole number; using \"CloudGap\""}},
      {R"({"product_name": " "})",
       {"/product_name: must be 1 to 40 characters of plain text; using \"CloudGap\""}},
      {R"({"product_name": "12345678901234567890123456789012345678901"})",
       {"/product_name: is longer than 40 characters; using \"CloudGap\""}},
      {R"({"cta": []})", {"/cta: expected an object, not a list; no call-to-action shown"}},
      {R"({"cta": {"label": "Hi", "url": "https://a.example", "colour": 1}})",
       {"/cta/colour: unknown field 'colour'; ignored"}},
      {R"({"cta": {"url": "https://a.example"}})",
       {"/cta/label: missing (this field is required); no call-to-action shown"}},
      {R"({"cta": {"label": "Hi"}})",
       {"/cta/url: missing (this field is required); no call-to-action shown"}},
      {R"({"cta": {"label": "Hi", "url": "ftp://a.example"}})",
       {"/cta/url: must be an https:, http: or mailto: link without spaces, not "
        "'ftp://a.example'; no call-to-action shown"}},
      {R"({"cta": {"label": "", "url": 7}})",
       {"/cta/label: must be 1 to 40 characters of plain text; no call-to-action shown",
        "/cta/url: expected a string, not a whole number; no call-to-action shown"}},
      {"[1]", {"config.json must hold one JSON object; using the defaults"}},
      {R"({"logo": "https://a.example/logo.png"})",
       {"/logo: must be a relative path to a .png, .svg, .jpg, .webp or .gif file beside "
        "index.html (letters, digits, '.', '_', '-', '/'), not 'https://a.example/logo.png'; "
        "no logo shown"}},
      {R"({"accent_color": "#12345"})",
       {"/accent_color: must be \"#rrggbb\", not '#12345'; using the default colour"}},
      {R"({"default_mode": "turbo"})",
       {"/default_mode: must be \"quick\" or \"full\", not 'turbo'; using \"quick\""}},
      {R"({"ask_organisation": 1})",
       {"/ask_organisation: expected true or false, not a whole number; using true"}},
      {R"({"colour": "red"})", {"/colour: unknown field 'colour'; ignored"}},
  };
  for (const auto& c : kCases) EXPECT_EQ(ParseBranding(c.config).warnings, c.warnings) << c.config;

  const BrandingResult not_json = ParseBranding("{\"product_name\": ");
  ASSERT_EQ(not_json.warnings.size(), 1u);
  EXPECT_EQ(not_json.warnings[0].rfind("config.json is not valid JSON (", 0), 0u)
      << not_json.warnings[0];
  EXPECT_NE(not_json.warnings[0].find("); using the defaults"), std::string::npos);
  const BrandingResult too_big = ParseBranding(std::string(kMaxConfigBytes + 1, ' '));
  EXPECT_EQ(too_big.warnings, Warnings{"config.json is " + std::to_string(kMaxConfigBytes + 1) +
                                       " bytes, over the limit of " +
                                       std::to_string(kMaxConfigBytes) + "; using the defaults"});
}

// The warnings in German and French (ParseBranding's words): every kind of
// warning differs from its English, with the pointer and the quoted value as
// they are; a few word for word.
TEST(BrandingLanguage, EveryWarningIsInTheLanguage) {
  const std::string n = "\u00a0";
  const nlohmann::json send = {
      {"send_results",
       {{"to", " "}, {"email", "a@@b"}, {"public_key", std::string(kEcPrivateKey)}}}};
  const std::string configs[] = {
      R"({"product_name": 12, "logo": "https://a.example/logo.png", "accent_color": "green"})",
      R"({"product_name": "12345678901234567890123456789012345678901", "default_mode": "turbo"})",
      R"({"cta": {"label": "", "url": "javascript:x", "colour": 1}, "titel": 1})",
      R"({"ask_organisation": 1, "cta": []})",
      send.dump(),
      "[1]",
      "{",
      std::string(kMaxConfigBytes + 1, ' '),
  };
  for (const char* tag : {"de", "fr"}) {
    const ShippedLanguage shipped = LoadShippedLanguage(tag);
    ASSERT_EQ(shipped.problem, "") << tag;
    for (const std::string& config : configs) {
      const BrandingResult english = ParseBranding(config);
      const BrandingResult worded = ParseBranding(config, shipped.words);
      EXPECT_EQ(worded.file_problem, english.file_problem);
      ASSERT_EQ(worded.warnings.size(), english.warnings.size()) << config;
      ASSERT_FALSE(worded.warnings.empty()) << config;
      for (size_t i = 0; i < worded.warnings.size(); ++i) {
        EXPECT_NE(worded.warnings[i], english.warnings[i]) << tag;
        if (english.warnings[i][0] == '/') {  // A field's: its pointer leads, as it is.
          const std::string pointer = english.warnings[i].substr(0, english.warnings[i].find(':'));
          EXPECT_EQ(worded.warnings[i].rfind(pointer, 0), 0u) << worded.warnings[i];
        }
        for (const char* word : {"must be", "using", "shown", "ignored", "expected", "cannot"}) {
          EXPECT_EQ(worded.warnings[i].find(word), std::string::npos) << worded.warnings[i];
        }
      }
    }
  }
  const ShippedLanguage german = LoadShippedLanguage("de"), french = LoadShippedLanguage("fr");
  const std::string cta = R"({"cta": {"label": "", "url": "javascript:x"}, "titel": 1})";
  EXPECT_EQ(ParseBranding(cta, german.words).warnings,
            (std::vector<std::string>{
                "/cta/label: muss 1 bis 40 Zeichen einfacher Text sein; keine "
                "Handlungsaufforderung angezeigt",
                "/cta/url: muss ein https:-, http:- oder mailto:-Link ohne Leerzeichen sein, nicht "
                "'javascript:x'; keine Handlungsaufforderung angezeigt",
                "/titel: unbekanntes Feld 'titel'; ignoriert"}));
  EXPECT_EQ(ParseBranding(cta, french.words).warnings,
            (std::vector<std::string>{
                "/cta/label" + n + ": doit être un texte simple de 1 à 40 caractères" + n +
                    "; aucun appel à l’action affiché",
                "/cta/url" + n +
                    ": doit être un lien https:, http: ou mailto: sans espaces, pas "
                    "'javascript:x'" +
                    n + "; aucun appel à l’action affiché",
                "/titel" + n + ": champ inconnu 'titel'" + n + "; ignoré"}));
  EXPECT_EQ(
      ParseBranding(R"({"accent_color": "green"})", french.words).warnings,
      std::vector<std::string>{"/accent_color" + n + ": doit être «" + n + "#rrggbb" + n +
                               "», pas 'green'" + n + "; la couleur par défaut est utilisée"});
  EXPECT_EQ(ParseBranding("{", german.words).warnings,
            std::vector<std::string>{
                "config.json ist kein gültiges JSON (Zeile 1, Spalte 2: unerwartetes Ende des "
                "Textes; erwartet wird ein Schlüssel in doppelten Anführungszeichen); die "
                "Standardwerte werden verwendet"});
  EXPECT_EQ(ParseBranding("[1]", french.words).warnings,
            std::vector<std::string>{"config.json doit contenir un seul objet JSON" + n +
                                     "; les valeurs par défaut sont utilisées"});
}

TEST(Branding, UnknownFieldsAreWarnedAboutAndIgnored) {
  const BrandingResult r = ParseBranding(R"({"product_nme": "Typo", "cta": {"label": "Hi",
    "url": "https://acme.example/", "colour": "blue"}})");
  EXPECT_EQ(r.branding.product_name, "CloudGap");
  EXPECT_TRUE(Mentions(r, "/product_nme: unknown field"));
  EXPECT_TRUE(Mentions(r, "/cta/colour: unknown field"));
  EXPECT_TRUE(r.branding.cta);  // An extra field does not spoil the rest.
}

TEST(Branding, ProductNamesAreOneToFortyCharactersOfPlainText) {
  EXPECT_EQ(ParseBranding(R"({"product_name": "  Acme  "})").branding.product_name, "Acme");
  // 40 characters of two bytes each are still 40 characters.
  std::string forty;
  for (int i = 0; i < 40; ++i) forty += "\xC3\xA9";
  EXPECT_EQ(ParseBranding("{\"product_name\": \"" + forty + "\"}").branding.product_name, forty);
  for (const char* bad : {R"("")", R"("   ")", R"("Line\nbreak")", "12", "null",
                          R"("12345678901234567890123456789012345678901")"}) {
    const BrandingResult r = ParseBranding(std::string("{\"product_name\": ") + bad + "}");
    EXPECT_EQ(r.branding.product_name, "CloudGap") << bad;
    EXPECT_TRUE(Mentions(r, "product_name")) << bad;
  }
}

TEST(Branding, ACallToActionNeedsBothALabelAndASafeLink) {
  EXPECT_FALSE(ParseBranding(R"({"cta": {"label": "Hi"}})").branding.cta);
  EXPECT_FALSE(ParseBranding(R"({"cta": {"url": "https://acme.example"}})").branding.cta);
  EXPECT_FALSE(ParseBranding(R"({"cta": "https://acme.example"})").branding.cta);
  EXPECT_TRUE(
      ParseBranding(R"({"cta": {"label": "Hi", "url": "HTTPS://acme.example"}})").branding.cta);
}

// Where results may be sent sealed: a name, a plain address and a PEM public
// key, all three or nothing, each problem said.
TEST(Branding, SendingResultsNeedsANameAPlainAddressAndAPublicKey) {
  const std::string key = kEcPublicKey;
  auto config = [&](const std::string& to, const std::string& email, const std::string& pem) {
    nlohmann::json j = {{"send_results", {{"to", to}, {"email", email}, {"public_key", pem}}}};
    return ParseBranding(j.dump());
  };
  const BrandingResult good = config("Acme Sales", "sales+cloud@acme.example", key);
  ASSERT_TRUE(good.branding.send_results) << good.warnings[0];
  EXPECT_EQ(good.branding.send_results->to, "Acme Sales");
  EXPECT_EQ(good.branding.send_results->email, "sales+cloud@acme.example");
  EXPECT_EQ(good.branding.send_results->public_key, key);
  EXPECT_TRUE(good.warnings.empty());
  EXPECT_EQ(ParseBranding(BrandingToJson(good.branding)).branding.send_results->public_key, key);

  const BrandingResult bad_mail = config("Acme", "sales@acme.example?cc=x@evil.example", key);
  EXPECT_FALSE(bad_mail.branding.send_results);
  EXPECT_TRUE(Mentions(bad_mail, "/send_results/email: must be a plain e-mail address"));
  EXPECT_TRUE(Mentions(bad_mail, "results cannot be sent"));
  const BrandingResult private_key = config("Acme", "a@b.example", kEcPrivateKey);
  EXPECT_FALSE(private_key.branding.send_results);
  EXPECT_TRUE(Mentions(private_key,
                       "/send_results/public_key: must be a PEM public key, from -----BEGIN "
                       "PUBLIC KEY----- to -----END PUBLIC KEY----- (docs/sealed-results.md says "
                       "how to make one); results cannot be sent"));
  EXPECT_FALSE(config("", "a@b.example", key).branding.send_results);
  EXPECT_FALSE(ParseBranding(R"({"send_results": {"to": "A", "email": "a@b.example"}})")
                   .branding.send_results);
  for (const char* address : {"a@b", "@b.example", "a@b.example.", "a b@c.example", "a@@b.example",
                              "a@b.example\n", "<a@b.example>", "a@b.example;c@d.example"}) {
    EXPECT_FALSE(IsPlainEmailAddress(address)) << address;
  }
  EXPECT_TRUE(IsPlainEmailAddress("first.last@sub.example.co.uk"));
}

TEST(Branding, LinksAreLimitedToWebAndMail) {
  for (const char* ok :
       {"https://acme.example/contact?x=1#y", "http://acme.example", "mailto:team@acme.example",
        "MAILTO:team@acme.example?subject=Hi%20there"}) {
    EXPECT_TRUE(IsAllowedLinkUrl(ok)) << ok;
  }
  for (const char* bad :
       {"javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " https://a.example",
        "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd",
        "//evil.example", "/contact", "contact.html", "https://", "https:///x", "mailto:",
        "https://acme.example/a b", "https://acme.example\\@evil.example", "ftp://acme.example"}) {
    EXPECT_FALSE(IsAllowedLinkUrl(bad)) << bad;
  }
  EXPECT_FALSE(IsAllowedLinkUrl("https://a.example/" + std::string(3000, 'x')));
}

TEST(Branding, LogosAreRelativeImagePathsOnTheSameOrigin) {
  for (const char* ok : {"logo.png", "brand/logo.SVG", "img/acme_logo-2.webp", "a.jpeg"}) {
    EXPECT_TRUE(IsSafeRelativeImagePath(ok)) << ok;
  }
  for (const char* bad : {"", "/logo.png", "//evil.example/logo.png", "https://evil.example/l.png",
                          "data:image/png;base64,AAAA", "../logo.png", "a/../../logo.png",
                          "./logo.png", "a//logo.png", "logo", "logo.html", "logo.png?x=1",
                          "logo%2e.png", "a\\logo.png", "logo .png", "javascript:x.png"}) {
    EXPECT_FALSE(IsSafeRelativeImagePath(bad)) << bad;
  }
  const BrandingResult r = ParseBranding(R"({"logo": "https://cdn.example/logo.png"})");
  EXPECT_TRUE(r.branding.logo.empty());
  EXPECT_TRUE(Mentions(r, "logo"));
}

TEST(Branding, ColoursAreHashAndSixHexDigits) {
  EXPECT_EQ(ParseHexColour("#1f5fbf"), 0x1F5FBFu);
  EXPECT_EQ(ParseHexColour("#FFFFFF"), 0xFFFFFFu);
  for (const char* bad : {"1f5fbf", "#1f5fb", "#1f5fbf0", "#1g5fbf", "red", "#fff", ""}) {
    EXPECT_FALSE(ParseHexColour(bad)) << bad;
  }
}

TEST(Branding, DuplicateFieldsAreRefusedRatherThanGuessed) {
  const BrandingResult r = ParseBranding(R"({"product_name": "A", "product_name": "B"})");
  EXPECT_EQ(r.branding.product_name, "CloudGap");
  EXPECT_TRUE(Mentions(r, "duplicate"));
}

TEST(Branding, StartModeNamesRoundTrip) {
  ExpectRoundTrip<kStartModeNames>();
  EXPECT_EQ(ParseBranding(R"({"default_mode": "full"})").branding.default_mode, StartMode::kFull);
  EXPECT_EQ(ParseBranding(R"({"default_mode": "quick"})").branding.default_mode, StartMode::kQuick);
}

TEST(Branding, SerialisesInConfigFieldNames) {
  Branding b;
  b.product_name = "Acme";
  b.accent_rgb = 0x00A0B0;
  b.cta = CallToAction{"Talk", "mailto:a@b.example"};
  EXPECT_EQ(BrandingToJson(b),
            R"({"accent_color":"#00a0b0","ask_organisation":true,"cta":{"label":"Talk",)"
            R"("url":"mailto:a@b.example"},"default_mode":"quick","product_name":"Acme"})");
  // What it writes reads back the same.
  EXPECT_EQ(BrandingToJson(ParseBranding(BrandingToJson(b)).branding), BrandingToJson(b));
}

}  // namespace
}  // namespace cloudgap
