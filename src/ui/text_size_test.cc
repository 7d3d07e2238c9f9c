// The text-size setting (ui/text_size.h): which sizes, how they are kept, how
// far a narrow screen lets them grow, and the row that picks one.
#include "ui/text_size.h"

#include <gtest/gtest.h>

#include <string>

#include "platform/fake_platform.h"
#include "ui/app_ui_fixture.h"
#include "ui/semantics.h"

namespace cloudgap::ui {
namespace {

TEST(TextSize, IsKeptAndReadBackAndRefusesSizesNotOffered) {
  FakeStorage storage;
  EXPECT_EQ(TextSize(storage).percent(), 100);
  TextSize size(storage);
  EXPECT_TRUE(size.Set(150));
  EXPECT_EQ(storage.Read(kTextSizeKey), std::optional<std::string>("150"));
  EXPECT_EQ(TextSize(storage).percent(), 150);
  EXPECT_FALSE(size.Set(175));
  EXPECT_EQ(size.percent(), 150);
  for (const char* kept : {"175", "abc", "", "99999999999999", "-125"}) {
    storage.Write(kTextSizeKey, kept);
    EXPECT_EQ(TextSize(storage).percent(), 100) << kept;
  }
}

TEST(TextSize, NeverNarrowsTheLayoutBelow320CssPixels) {
  FakeStorage storage;
  TextSize size(storage);
  EXPECT_EQ(size.FactorFor(1280), 1.0f);
  size.Set(200);
  EXPECT_EQ(size.FactorFor(1280), 2.0f);
  EXPECT_EQ(size.FactorFor(640), 2.0f);
  EXPECT_EQ(size.FactorFor(480), 1.5f) << "480 / 320";
  EXPECT_EQ(size.FactorFor(360), 1.125f);
  EXPECT_EQ(size.FactorFor(300), 1.0f) << "never smaller than chosen 100%";
}

class TextSizeUiTest : public AppUiFixture {
 protected:
  TextSizeUiTest() : AppUiFixture(1200) {}
};

TEST_F(TextSizeUiTest, TheWelcomeScreenAndTheProfileOfferEverySize) {
  Frame();
  for (int percent : kTextSizes) {
    const ItemRecord* item =
        ui_.items().Find(std::to_string(percent) + "%##text-size-" + std::to_string(percent));
    ASSERT_NE(item, nullptr) << percent;
    EXPECT_EQ(item->role, SemanticRole::kRadio);
    EXPECT_EQ(item->checked, percent == 100 ? 1 : 0);
    EXPECT_EQ(AccessibleName(*item), std::to_string(percent) + "%");
  }
  ASSERT_TRUE(Click("150%##text-size-150"));
  EXPECT_EQ(app_.text_size().percent(), 150);
  EXPECT_EQ(fake_.storage.Read(kTextSizeKey), std::optional<std::string>("150"));
  EXPECT_EQ(fake_.announcer.messages.back(), "Text size 150%");
  Frame();
  EXPECT_EQ(ui_.items().Find("150%##text-size-150")->checked, 1);

  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_EQ(app_.screen(), Screen::kProfile);
  ASSERT_TRUE(Click("200%##text-size-200"));
  EXPECT_EQ(app_.text_size().percent(), 200);
}

}  // namespace
}  // namespace cloudgap::ui
