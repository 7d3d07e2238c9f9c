#include "core/catalog/catalog_graph.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cloudgap {
namespace {

// A catalog of bare controls: each entry is {id, dependencies...}.
Catalog MakeCatalog(const std::vector<std::vector<std::string>>& controls) {
  Catalog catalog;
  for (const auto& entry : controls) {
    Control c;
    c.id = entry[0];
    c.depends_on.assign(entry.begin() + 1, entry.end());
    catalog.controls.push_back(c);
  }
  return catalog;
}

std::vector<std::string> Ids(const std::vector<const Control*>& controls) {
  std::vector<std::string> ids;
  for (const Control* c : controls) ids.push_back(c->id);
  return ids;
}

TEST(CatalogGraphTest, AcyclicHasNoCycles) {
  Catalog catalog = MakeCatalog({{"a"}, {"b", "a"}, {"c", "a", "b"}});
  EXPECT_TRUE(FindDependencyCycles(catalog).empty());
}

TEST(CatalogGraphTest, NamesATwoCycle) {
  Catalog catalog = MakeCatalog({{"a", "b"}, {"b", "x", "a"}});
  std::vector<DependencyCycle> cycles = FindDependencyCycles(catalog);
  ASSERT_EQ(cycles.size(), 1u);
  EXPECT_EQ(cycles[0].Describe(catalog), "a -> b -> a");
  EXPECT_EQ(cycles[0].edge, 1u);  // b's depends_on[1] closes it.
}

TEST(CatalogGraphTest, NamesALongerCycleOffTheStart) {
  Catalog catalog = MakeCatalog({{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "b"}});
  std::vector<DependencyCycle> cycles = FindDependencyCycles(catalog);
  ASSERT_EQ(cycles.size(), 1u);
  EXPECT_EQ(cycles[0].Describe(catalog), "b -> c -> d -> b");
}

TEST(CatalogGraphTest, IgnoresSelfAndUnknownDependencies) {
  Catalog catalog = MakeCatalog({{"a", "a", "nowhere"}, {"b", "a"}});
  EXPECT_TRUE(FindDependencyCycles(catalog).empty());
  EXPECT_EQ(Ids(TopologicalOrder(catalog)), (std::vector<std::string>{"a", "b"}));
}

TEST(CatalogGraphTest, TopologicalOrderBreaksTiesByCatalogOrder) {
  // d must wait for c; a, b and c are ready at once and keep catalog order.
  Catalog catalog = MakeCatalog({{"d", "c"}, {"a"}, {"c"}, {"b", "d"}});
  EXPECT_EQ(Ids(TopologicalOrder(catalog)), (std::vector<std::string>{"a", "c", "d", "b"}));
}

TEST(CatalogGraphTest, TopologicalOrderKeepsEveryControlEvenOnACycle) {
  Catalog catalog = MakeCatalog({{"a", "b"}, {"b", "a"}, {"c"}});
  EXPECT_EQ(Ids(TopologicalOrder(catalog)), (std::vector<std::string>{"c", "a", "b"}));
}

}  // namespace
}  // namespace cloudgap
