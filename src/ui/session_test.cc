// The session recomputes and counts a revision (what the autosave watches) for
// an edit that changed the document, and for nothing else.
#include "ui/session.h"

#include <gtest/gtest.h>

#include <string>

#include "core/catalog/catalog_loader.h"
#include "core/testing/test_catalog.h"
#include "platform/fake_platform.h"

namespace cloudgap::ui {
namespace {

class SessionTest : public ::testing::Test {
 protected:
  SessionTest() : session_(BuiltinCatalog(), clock_) { session_.Start(TestProfile()); }

  const std::string& Question() const { return BuiltinCatalog().controls.at(0).questions.at(0).id; }

  FakeClock clock_;
  Session session_;
};

TEST_F(SessionTest, AnEditThatChangesTheDocumentIsARevisionAndRescores) {
  const auto revision = session_.revision();
  const double completion = session_.evaluation().overall.completion;
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  EXPECT_EQ(session_.revision(), revision + 1);
  EXPECT_GT(session_.evaluation().overall.completion, completion);
}

TEST_F(SessionTest, AnEditThatChangesNothingIsNoRevision) {
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  const auto revision = session_.revision();
  clock_.now = "2026-01-02T00:00:00Z";
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  EXPECT_FALSE(session_.SetNotes("0.0.0", "x").ok());
  EXPECT_EQ(session_.revision(), revision);
  EXPECT_EQ(session_.assessment().updated_at, "2026-01-01T00:00:00Z");
}

TEST_F(SessionTest, ReplacingTheDocumentIsARevisionOnlyWhenItDiffers) {
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  Assessment same = session_.assessment();
  const auto revision = session_.revision();
  session_.ReplaceDocument(same);
  EXPECT_EQ(session_.revision(), revision);
  Assessment other = same;
  other.answers.clear();
  session_.ReplaceDocument(other);
  EXPECT_EQ(session_.revision(), revision + 1);
  EXPECT_EQ(session_.evaluation().overall.completion, 0);
}

}  // namespace
}  // namespace cloudgap::ui
