// For UI tests: the app over the in-memory platform (platform/fake_platform.h),
// drawn headless (ui/headless_ui.h), with the actions a user takes: a frame,
// a click on a labelled widget, a key, typed text. Test-only.
#ifndef CLOUDGAP_UI_APP_UI_FIXTURE_H_
#define CLOUDGAP_UI_APP_UI_FIXTURE_H_

#include <gtest/gtest.h>
#include <imgui.h>

#include <string>

#include "core/catalog/catalog_loader.h"
#include "platform/fake_platform.h"
#include "ui/app_ui.h"
#include "ui/headless_ui.h"

namespace cloudgap::ui {

class AppUiFixture : public ::testing::Test {
 protected:
  // A display 1280 CSS pixels wide and `height` tall: tall, so that whole
  // screens are visible without scrolling.
  explicit AppUiFixture(float height) : ui_(1280, height) {}

  void Frame() {
    ui_.Frame([this] { app_.Frame(); });
  }
  bool Click(const std::string& label) {
    return ui_.Click(label, [this] { app_.Frame(); });
  }
  void Press(int key) {
    ui_.PressKey(key, [this] { app_.Frame(); });
  }
  // Into the text field that has the keyboard focus.
  void Type(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    Frame();
  }

  HeadlessUi ui_;
  FakePlatform fake_;
  AppUi app_{fake_.platform, BuiltinCatalog()};
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_APP_UI_FIXTURE_H_
