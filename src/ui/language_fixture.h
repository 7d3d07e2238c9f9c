// For UI tests in German and French: the fake platform serving the site's
// files as the build made them (the catalog's English text, and each
// language's messages and catalog, from CLOUDGAP_TEST_LANGUAGE_DIR), and
// English again after each test, since the screens' language is global
// (ui/tr.h). LanguageAppFixture adds the app over them, drawn headless.
// Test-only.
#ifndef CLOUDGAP_UI_LANGUAGE_FIXTURE_H_
#define CLOUDGAP_UI_LANGUAGE_FIXTURE_H_

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/catalog/catalog_loader.h"
#include "core/i18n/message_catalog.h"
#include "core/testing/builtin_catalog_text.h"
#include "platform/fake_platform.h"
#include "ui/app_ui.h"
#include "ui/headless_ui.h"
#include "ui/languages.h"
#include "ui/tr.h"

namespace cloudgap::ui {

// One of the site's language files (a UiLanguage's messages_file or
// catalog_file), as the build made it.
inline std::string ReadLanguageFile(const std::string& name) {
  std::ifstream in(std::string(CLOUDGAP_TEST_LANGUAGE_DIR) + "/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

class SiteLanguagesFixture : public ::testing::Test {
 protected:
  SiteLanguagesFixture() {
    fake_.site_files.files[BuiltinCatalogStructure().text_file] =
        std::string(BuiltinCatalogTextJson());
    for (size_t i = 1; i < kUiLanguageCount; ++i) {
      for (const char* name : {kUiLanguages[i].messages_file, kUiLanguages[i].catalog_file}) {
        fake_.site_files.files[name] = ReadLanguageFile(name);
      }
    }
  }
  ~SiteLanguagesFixture() override { SetUiMessages(MessageCatalog()); }

  FakePlatform fake_;
};

class LanguageAppFixture : public SiteLanguagesFixture {
 protected:
  void Frame() {
    ui_.Frame([this] { app_.Frame(); });
  }
  bool Click(const std::string& label) {
    return ui_.Click(label, [this] { app_.Frame(); });
  }
  // Delivers every download asked for and draws the frames that take them in.
  void Deliver() {
    while (fake_.site_files.RunPending() > 0) Frame();
    Frame();
  }

  HeadlessUi ui_{1280, 2400};
  AppUi app_{fake_.platform, BuiltinCatalogStructure()};
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_LANGUAGE_FIXTURE_H_
