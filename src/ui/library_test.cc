#include "ui/library.h"

#include <gtest/gtest.h>

#include "platform/fake_platform.h"

namespace cloudgap::ui {
namespace {

LibraryEntry Entry(const std::string& id, const std::string& organisation = "") {
  LibraryEntry e;
  e.id = id;
  e.organisation = organisation;
  e.mode = "full";
  e.created_at = "2026-01-02T03:04:05Z";
  e.updated_at = "2026-01-02T03:04:05Z";
  e.completion = 42.25;
  return e;
}

TEST(Library, SavesDocumentsAndListsThemAcrossLoads) {
  FakeStorage storage;
  Library library(storage);
  EXPECT_EQ(library.Load(), Library::LoadResult::kEmpty);
  EXPECT_EQ(library.NewId(), "a1");
  ASSERT_EQ(library.Save(Entry("a1", "Acme"), "{\"doc\":1}"), Storage::WriteResult::kOk);
  ASSERT_EQ(library.Save(Entry("a2"), "{\"doc\":2}"), Storage::WriteResult::kOk);
  EXPECT_EQ(storage.items.at("cloudgap/doc/a1"), "{\"doc\":1}");

  Library again(storage);
  EXPECT_EQ(again.Load(), Library::LoadResult::kOk);
  ASSERT_EQ(again.entries().size(), 2u);
  EXPECT_EQ(again.entries()[0].DisplayName(), "Acme");
  EXPECT_EQ(again.entries()[1].DisplayName(), "Full assessment of 2026-01-02");
  EXPECT_DOUBLE_EQ(again.entries()[0].completion, 42.3);  // Kept to one decimal.
  EXPECT_EQ(again.ReadDocument("a2").value_or(""), "{\"doc\":2}");
  EXPECT_EQ(again.NewId(), "a3");
}

TEST(Library, RenameDuplicateAndDeleteWithUndo) {
  FakeStorage storage;
  Library library(storage);
  library.Save(Entry("a1", "Acme"), "one");
  library.Save(Entry("a2", "Beta"), "two");
  ASSERT_EQ(library.Rename("a1", "Acme 2026"), Storage::WriteResult::kOk);
  EXPECT_EQ(library.Find("a1")->DisplayName(), "Acme 2026");
  ASSERT_EQ(library.Rename("a1", "  "), Storage::WriteResult::kOk);  // Blank: back to the default.
  EXPECT_EQ(library.Find("a1")->DisplayName(), "Acme");

  std::string copy;
  ASSERT_EQ(library.Duplicate("a1", &copy), Storage::WriteResult::kOk);
  EXPECT_EQ(copy, "a3");
  EXPECT_EQ(library.Find(copy)->DisplayName(), "Copy of Acme");
  EXPECT_EQ(library.ReadDocument(copy).value_or(""), "one");

  library.Remove("a1");
  EXPECT_EQ(library.Find("a1"), nullptr);
  EXPECT_EQ(storage.items.count("cloudgap/doc/a1"), 0u);
  ASSERT_NE(library.removed(), nullptr);
  EXPECT_EQ(library.removed()->DisplayName(), "Acme");
  EXPECT_EQ(library.NewId(), "a4");  // The deleted id is not reused while undo can bring it back.
  ASSERT_EQ(library.UndoRemove(), Storage::WriteResult::kOk);
  EXPECT_EQ(library.entries()[0].id, "a1");  // Back in its place.
  EXPECT_EQ(library.ReadDocument("a1").value_or(""), "one");
  EXPECT_EQ(library.removed(), nullptr);

  Library again(storage);
  again.Load();
  EXPECT_EQ(again.entries().size(), 3u);
}

TEST(Library, AFullStorageKeepsTheIndexConsistent) {
  FakeStorage storage;
  Library library(storage);
  library.Save(Entry("a1"), "small");
  storage.capacity_bytes = storage.items.at("cloudgap/index").size() + 60;
  EXPECT_EQ(library.Save(Entry("a2"), std::string(200, 'x')), Storage::WriteResult::kFull);
  EXPECT_EQ(library.Find("a2"), nullptr);
  EXPECT_EQ(storage.items.count("cloudgap/doc/a2"), 0u);
  storage.available = false;
  EXPECT_EQ(library.Save(Entry("a1"), "changed"), Storage::WriteResult::kUnavailable);
  storage.available = true;
  EXPECT_EQ(library.ReadDocument("a1").value_or(""), "small");
}

TEST(Library, ADamagedIndexIsRebuiltFromTheDocumentsAndKept) {
  FakeStorage storage;
  storage.items["cloudgap/index"] = "{not json";
  storage.items["cloudgap/doc/a2"] =
      R"({"created_at":"2026-02-01T00:00:00Z","profile":{"organisation":"Zed","mode":"quick"}})";
  storage.items["cloudgap/doc/a10"] = "garbage";
  Library library(storage);
  EXPECT_EQ(library.Load(), Library::LoadResult::kRebuilt);
  EXPECT_EQ(library.damaged_index(), "{not json");
  ASSERT_EQ(library.entries().size(), 2u);
  EXPECT_EQ(library.entries()[0].DisplayName(), "Zed");
  EXPECT_EQ(library.entries()[0].mode, "quick");
  EXPECT_EQ(library.entries()[1].DisplayName(), "Unreadable assessment (a10)");
  EXPECT_EQ(library.NewId(), "a11");
}

TEST(Library, RemembersWhereTheUserWas) {
  FakeStorage storage;
  Library library(storage);
  EXPECT_EQ(library.ReadPlace(), UiPlace());
  const UiPlace place{"a1", "questionnaire", "12.4.1", 320};
  ASSERT_EQ(library.SavePlace(place), Storage::WriteResult::kOk);
  EXPECT_EQ(library.ReadPlace(), place);
  storage.items["cloudgap/ui"] = "[1,2]";
  EXPECT_EQ(library.ReadPlace(), UiPlace());
}

}  // namespace
}  // namespace cloudgap::ui
