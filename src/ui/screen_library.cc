// The welcome screen's list of the assessments kept in this browser: open,
// rename, duplicate, export, compare two, and delete (with undo), newest first.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/document/share_link.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// "Full assessment · 42% answered · changed 2026-01-31 10:13 UTC"
std::string EntryDetails(const LibraryEntry& e) {
  std::string details = e.mode == "quick"  ? "Quick scan"
                        : e.mode == "pack" ? "Question pack"
                                           : "Full assessment";
  char percent[32];
  std::snprintf(percent, sizeof percent, " · %.0f%% answered", e.completion);
  details += percent;
  if (e.updated_at.size() >= 16) {
    details +=
        " · changed " + e.updated_at.substr(0, 10) + " " + e.updated_at.substr(11, 5) + " UTC";
  }
  return details;
}

}  // namespace

void AppUi::DrawLibrary() {
  const LibraryEntry* removed = library_.removed();
  if (library_.entries().empty() && removed == nullptr) return;
  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading("Kept in this browser");
  if (removed != nullptr) {
    Paragraph(("Deleted \"" + removed->DisplayName() + "\".").c_str());
    ButtonRow row;
    if (row.Button("Undo delete", true)) {
      const std::string name = removed->DisplayName();
      if (library_.UndoRemove() == Storage::WriteResult::kOk) {
        ShowMessage("Restored \"" + name + "\".", false);
      } else {
        ShowMessage("\"" + name + "\" could not be restored: this browser's storage refused it.",
                    true);
      }
    }
    if (row.Button("Dismiss##undo")) library_.ForgetRemoved();
  }
  if (const LibraryEntry* from = library_.Find(library_screen_.compare_from)) {
    Paragraph(("Comparing from \"" + from->DisplayName() +
               "\": choose \"Compare with this\" on the other assessment, or \"Compare with "
               "a file\" (or drop one onto this page).")
                  .c_str());
  }
  // Newest first; copies are taken because the buttons may change the list.
  std::vector<LibraryEntry> entries = library_.entries();
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const LibraryEntry& a, const LibraryEntry& b) { return a.updated_at > b.updated_at; });
  DrawTrendLinks(entries);
  for (const LibraryEntry& entry : entries) DrawLibraryEntry(entry);
}

// A share link pasted to compare the entry with. It opens through the share
// flow (a passphrase if it needs one) into the comparison, not the session.
void AppUi::DrawCompareLinkField(const std::string& id) {
  ImGui::SetNextItemWidth(-1);
  const bool enter =
      ImGui::InputTextWithHint("##compare-link", "Paste the share link here",
                               &library_screen_.link_draft, ImGuiInputTextFlags_EnterReturnsTrue);
  if (!SecondaryButton("Compare with the link") && !enter) return;
  const std::string& link = library_screen_.link_draft;
  const size_t hash = link.find('#');
  const std::string fragment = hash == std::string::npos ? link : link.substr(hash + 1);
  if (!IsShareFragment(fragment)) {
    library_screen_.link_draft.clear();
    return ShowMessage(
        "That is not a CloudGap share link: it should end in #s=... or #e=.... Copy the whole "
        "link and paste it again.",
        true);
  }
  library_screen_.compare_link_from = id;
  library_screen_.compare_from.clear();
  library_screen_.pasting_link = false;
  share_.Open(fragment);
}

void AppUi::DrawLibraryEntry(const LibraryEntry& e) {
  ImGui::PushID(e.id.c_str());
  BeginCard("entry");
  const bool open = session_.active() && !shared_view_ && e.id == current_id_;
  if (library_screen_.renaming_id == e.id) {
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint(("##rename-" + e.id).c_str(), "Name",
                                                &library_screen_.rename_draft,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ButtonRow row;
    if (row.Button(("Save name##" + e.id).c_str(), true) || enter) {
      if (library_.Rename(e.id, library_screen_.rename_draft) != Storage::WriteResult::kOk) {
        ShowMessage("The new name could not be saved: this browser's storage refused it.", true);
      }
      library_screen_.renaming_id.clear();
    }
    if (row.Button(("Cancel##rename-" + e.id).c_str())) library_screen_.renaming_id.clear();
  } else {
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextWrapped("%s%s", e.DisplayName().c_str(), open ? "  (open)" : "");
    ImGui::PopFont();
  }
  MutedParagraph(EntryDetails(e).c_str());

  ButtonRow row;
  if (row.Button(((open ? "Continue##" : "Open##") + e.id).c_str(), true)) {
    if (open || OpenFromLibrary(e.id)) {
      if (!open) ShowMessage("Opened \"" + e.DisplayName() + "\".", false);
      Navigate(Screen::kQuestionnaire);
    }
  }
  if (row.Button(("Rename##" + e.id).c_str())) {
    library_screen_.renaming_id = e.id;
    library_screen_.rename_draft = e.DisplayName();
  }
  if (row.Button(("Duplicate##" + e.id).c_str())) {
    FlushKeeping();  // The copy has the latest changes.
    std::string copy;
    if (library_.Duplicate(e.id, &copy) == Storage::WriteResult::kOk) {
      ShowMessage("Duplicated as \"" + library_.Find(copy)->DisplayName() + "\".", false);
    } else {
      ShowMessage("The copy could not be saved: this browser's storage refused it.", true);
    }
  }
  if (row.Button(("Export##" + e.id).c_str())) {
    FlushKeeping();
    ExportEntry(e);
  }
  // Compare: pick one, then the other or a file; the first picked is "before".
  std::string& from = library_screen_.compare_from;
  if (from.empty()) {
    if (row.Button(("Compare##" + e.id).c_str())) {
      from = e.id;
      Announce("Pick the assessment or open the file to compare \"" + e.DisplayName() + "\" with.");
    }
  } else if (from == e.id) {
    if (row.Button(("Compare with a file##" + e.id).c_str())) {
      platform_.files.RequestOpen(".json,application/json");
    }
    if (row.Button(("Compare with a link##" + e.id).c_str())) {
      library_screen_.pasting_link = true;
      library_screen_.link_draft.clear();
    }
    if (row.Button(("Cancel compare##" + e.id).c_str())) {
      from.clear();
      library_screen_.pasting_link = false;
    }
  } else if (!from.empty() && library_.Find(from) != nullptr) {
    if (row.Button(("Compare with this##" + e.id).c_str())) {
      const std::string before = from;
      from.clear();
      CompareEntries(before, e.id);
    }
  }
  if (from == e.id && library_screen_.pasting_link) DrawCompareLinkField(e.id);
  if (row.Button(("Merge files##" + e.id).c_str())) StartMerge(e.id);
  if (row.Button(("Delete##" + e.id).c_str())) {
    if (open) {
      FlushKeeping();
      session_.Close();
    }
    library_.Remove(e.id);
    Announce("Deleted " + e.DisplayName() + ". Undo is on the welcome screen.");
  }
  EndCard();
  ImGui::PopID();
}

}  // namespace cloudgap::ui
