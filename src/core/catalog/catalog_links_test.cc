#include "core/catalog/catalog_links.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"

namespace cloudgap {
namespace {

// A catalog of bare controls: each entry is {id, hard links...}; `soft` adds
// informed_by links to the control at the same position.
Catalog MakeCatalog(const std::vector<std::vector<std::string>>& controls,
                    const std::vector<std::vector<std::string>>& soft = {}) {
  Catalog catalog;
  for (size_t i = 0; i < controls.size(); ++i) {
    Control c;
    c.id = controls[i][0];
    c.depends_on.assign(controls[i].begin() + 1, controls[i].end());
    if (i < soft.size()) c.informed_by = soft[i];
    catalog.controls.push_back(c);
  }
  return catalog;
}

// Every link of the catalog as the resolver answers it: hard links, then soft ones.
std::vector<std::uint32_t> Resolved(const Catalog& catalog) {
  LinkResolver resolve(catalog);
  std::vector<std::uint32_t> out;
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    for (size_t k = 0; k < catalog.controls[i].depends_on.size(); ++k) {
      out.push_back(resolve.DependsOn(i, k));
    }
  }
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    for (size_t k = 0; k < catalog.controls[i].informed_by.size(); ++k) {
      out.push_back(resolve.InformedBy(i, k));
    }
  }
  return out;
}

constexpr std::uint32_t kNone = kNoLinkedControl;

TEST(CatalogLinksTest, IndexesEachLinkByPosition) {
  Catalog catalog =
      MakeCatalog({{"a"}, {"b", "a"}, {"c", "b", "nowhere", "a"}}, {{"c"}, {}, {"b"}});
  IndexLinks(&catalog);
  const ControlLinks& links = catalog.links;
  EXPECT_EQ(links.hard_first, (std::vector<std::uint32_t>{0, 0, 1, 4}));
  EXPECT_EQ(links.hard, (std::vector<std::uint32_t>{0, 1, kNone, 0}));
  EXPECT_EQ(links.soft_first, (std::vector<std::uint32_t>{0, 1, 1, 2}));
  EXPECT_EQ(links.soft, (std::vector<std::uint32_t>{2, 1}));
}

TEST(CatalogLinksTest, AnIdNamesTheFirstControlThatHasIt) {
  Catalog catalog = MakeCatalog({{"a"}, {"a"}, {"b", "a"}});
  IndexLinks(&catalog);
  EXPECT_EQ(catalog.links.hard, std::vector<std::uint32_t>{0});
  EXPECT_EQ(Resolved(catalog), std::vector<std::uint32_t>{0});
}

TEST(CatalogLinksTest, ResolvesWithTheIndexWithoutItAndFromACopy) {
  Catalog plain = MakeCatalog({{"a"}, {"b", "a"}, {"c", "b", "nowhere", "a"}}, {{"c"}, {}, {"b"}});
  const std::vector<std::uint32_t> expected = {0, 1, kNone, 0, 2, 1};
  EXPECT_EQ(Resolved(plain), expected);  // No index: every id looked up.
  Catalog indexed = plain;
  IndexLinks(&indexed);
  EXPECT_EQ(Resolved(indexed), expected);
  const Catalog copy = indexed;  // Positions, so a copy's index is still right.
  EXPECT_EQ(Resolved(copy), expected);
}

TEST(CatalogLinksTest, AControlChangedAfterIndexingIsResolvedByItsIds) {
  Catalog catalog = MakeCatalog({{"a"}, {"b"}, {"c", "a"}, {"d", "c"}});
  IndexLinks(&catalog);
  catalog.controls[2].depends_on = {"b"};       // As many links, another id.
  catalog.controls[3].depends_on = {"a", "b"};  // More links.
  catalog.controls[1].informed_by = {"d"};      // Links the index never had.
  Control e;                                    // Not indexed at all.
  e.id = "e";
  e.depends_on = {"d"};
  catalog.controls.push_back(e);
  EXPECT_EQ(Resolved(catalog), (std::vector<std::uint32_t>{1, 0, 1, 3, 3}));
}

TEST(CatalogLinksTest, AWrongPositionIsNotTrusted) {
  Catalog catalog = MakeCatalog({{"a"}, {"b"}, {"c", "a", "b"}});
  IndexLinks(&catalog);
  catalog.links.hard = {1, 7};  // Another control's position, and none at all.
  EXPECT_EQ(Resolved(catalog), (std::vector<std::uint32_t>{0, 1}));
}

TEST(CatalogLinksTest, TheLoaderIndexesTheBuiltinCatalog) {
  const Catalog& catalog = BuiltinCatalog();
  const ControlLinks& links = catalog.links;
  ASSERT_EQ(links.hard_first.size(), catalog.controls.size() + 1);
  ASSERT_EQ(links.soft_first.size(), catalog.controls.size() + 1);
  size_t hard = 0, soft = 0;
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    for (const std::string& id : c.depends_on) {
      EXPECT_EQ(catalog.controls[links.hard[hard++]].id, id) << c.id;
    }
    for (const std::string& id : c.informed_by) {
      EXPECT_EQ(catalog.controls[links.soft[soft++]].id, id) << c.id;
    }
    EXPECT_EQ(links.hard_first[i + 1], hard) << c.id;
    EXPECT_EQ(links.soft_first[i + 1], soft) << c.id;
  }
  EXPECT_GT(hard, 0u);
  EXPECT_GT(soft, 0u);
}

}  // namespace
}  // namespace cloudgap
