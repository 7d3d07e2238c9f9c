// The assessments kept in this browser: named assessments side by side, each
// saved as its own document, and where the user was when they last worked.
//
// Storage layout (localStorage on the web), all JSON text:
//   cloudgap/index     {"format": "cloudgap-library/1", "entries": [{"id", "name",
//                      "organisation", "mode", "created_at", "updated_at", "completion"}]}
//   cloudgap/doc/<id>  the assessment document, compact (docs/assessment-format.md)
//   cloudgap/ui        {"assessment": id, "screen", "control", "scroll"}: where the user was
//
// A document is written before the index entry that lists it, and a new
// document whose entry cannot be written is removed again, so the index never
// lists a document that is not there. Every write returns the storage's
// answer; the caller keeps its work in memory whatever it is. A damaged index
// is rebuilt from the documents found, and its text is kept for download.
// No ImGui here: tested natively over FakeStorage.
#ifndef CLOUDGAP_UI_LIBRARY_H_
#define CLOUDGAP_UI_LIBRARY_H_

#include <optional>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace cloudgap::ui {

// Every key the app writes starts with this.
inline constexpr char kStoragePrefix[] = "cloudgap/";
inline constexpr char kLibraryIndexKey[] = "cloudgap/index";
inline constexpr char kLibraryDocPrefix[] = "cloudgap/doc/";
inline constexpr char kLibraryPlaceKey[] = "cloudgap/ui";

struct LibraryEntry {
  std::string id;            // "a1", "a2", ...: also the document's key suffix.
  std::string name;          // Given by the user; empty: DisplayName() makes one.
  std::string organisation;  // From the document's profile, for the list.
  std::string mode;          // "quick" or "full", or "pack" for a question pack.
  std::string created_at, updated_at;
  double completion = 0;  // Percent of the asked questions answered.

  // The name, else the organisation, else "Full assessment of 2026-01-31".
  std::string DisplayName() const;
};

// Where the user was: which assessment, screen, control and how far scrolled.
struct UiPlace {
  std::string assessment;  // Library id; empty when none is open.
  std::string screen;      // ScreenName(): "welcome", "questionnaire", ...
  std::string control;     // Control id, when on the questionnaire.
  float scroll = 0;        // CSS pixels from the top of the screen's scrolling pane.
};
bool operator==(const UiPlace& a, const UiPlace& b);
inline bool operator!=(const UiPlace& a, const UiPlace& b) {
  return !(a == b);
}

class Library {
 public:
  explicit Library(Storage& storage);
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;

  enum class LoadResult { kEmpty, kOk, kRebuilt };
  // Reads the index (again). kRebuilt: it was damaged and has been rebuilt
  // from the documents in storage; damaged_index() holds what it said.
  LoadResult Load();
  const std::string& damaged_index() const { return damaged_index_; }

  // In the order they were first kept.
  const std::vector<LibraryEntry>& entries() const { return entries_; }
  const LibraryEntry* Find(const std::string& id) const;
  std::optional<std::string> ReadDocument(const std::string& id) const;

  // An id no entry or stored document uses.
  std::string NewId() const;
  // Writes `document` and lists (or updates) `entry`; entry.id must be set.
  Storage::WriteResult Save(const LibraryEntry& entry, const std::string& document);
  Storage::WriteResult Rename(const std::string& id, const std::string& name);
  // A copy under a new id named "Copy of ..."; its id goes to *copy_id.
  Storage::WriteResult Duplicate(const std::string& id, std::string* copy_id);

  // Deletes an assessment, remembering it (until the next Remove or
  // ForgetRemoved) so that UndoRemove can put it back where it was.
  void Remove(const std::string& id);
  const LibraryEntry* removed() const { return removed_ ? &removed_->entry : nullptr; }
  Storage::WriteResult UndoRemove();
  void ForgetRemoved() { removed_.reset(); }

  Storage::WriteResult SavePlace(const UiPlace& place);
  UiPlace ReadPlace() const;  // Defaults when none was saved or it is unreadable.

 private:
  Storage::WriteResult WriteIndex();
  void Rebuild();

  struct Removed {
    LibraryEntry entry;
    std::string document;
    size_t position = 0;
  };

  Storage& storage_;
  std::vector<LibraryEntry> entries_;
  std::string damaged_index_;
  std::optional<Removed> removed_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_LIBRARY_H_
