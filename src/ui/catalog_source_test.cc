#include "ui/catalog_source.h"

#include <gtest/gtest.h>

#include "core/testing/enum_text_testing.h"

namespace cloudgap::ui {
namespace {

TEST(CatalogSourceTest, ACatalogAtHandIsLoadedAlready) {
  Catalog catalog;
  catalog.version = "1";
  const CatalogSource source = catalog;
  EXPECT_TRUE(source.loaded());
  EXPECT_EQ(&source.get(), &catalog);
}

TEST(CatalogSourceTest, LoadsOnTheFirstGetOnlyAndCopiesShareIt) {
  Catalog catalog;
  int loads = 0;
  const CatalogSource source([&]() -> const Catalog& {
    ++loads;
    return catalog;
  });
  const CatalogSource copy = source;
  EXPECT_FALSE(source.loaded());
  EXPECT_FALSE(copy.loaded());
  EXPECT_EQ(loads, 0);
  EXPECT_EQ(&copy.get(), &catalog);
  EXPECT_TRUE(source.loaded());
  EXPECT_EQ(&source.get(), &catalog);
  EXPECT_EQ(loads, 1);
}

TEST(CatalogSourceTest, TextStatesReadBothWays) {
  ExpectRoundTrip<kCatalogTextNames>();
}

}  // namespace
}  // namespace cloudgap::ui
