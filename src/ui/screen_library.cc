// The welcome screen's list of the assessments kept in this browser: open,
// rename, duplicate, export, compare two, and delete (with undo), newest first.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/document/share_link.h"
#include "core/text/message_format.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// "Full assessment · 42% answered · changed 2026-01-31 10:13 UTC"
std::string EntryDetails(const LibraryEntry& e) {
  const char* kind = e.mode == "quick"  ? Tr("Quick scan")
                     : e.mode == "pack" ? Tr("Question pack")
                                        : Tr("Full assessment");
  const std::string percent = FormatNumber(e.completion, 0, UiMessages().language());
  if (e.updated_at.size() >= 16) {
    return Tr("{kind} · {percent}% answered · changed {date} {time} UTC",
              {{"kind", kind},
               {"percent", percent},
               {"date", FormatDate(e.updated_at.substr(0, 10), UiMessages().language())},
               {"time", e.updated_at.substr(11, 5)}});
  }
  return Tr("{kind} · {percent}% answered", {{"kind", kind}, {"percent", percent}});
}

}  // namespace

void AppUi::DrawLibrary() {
  const LibraryEntry* removed = library_.removed();
  if (library_.entries().empty() && removed == nullptr) return;
  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading(Tr("Kept in this browser"));
  if (removed != nullptr) {
    Paragraph(Tr("Deleted \"{name}\".", {{"name", removed->DisplayName()}}).c_str());
    ButtonRow row;
    if (row.Button(Tr("Undo delete"), true)) {
      const std::string name = removed->DisplayName();
      if (library_.UndoRemove() == Storage::WriteResult::kOk) {
        ShowMessage(Tr("Restored \"{name}\".", {{"name", name}}), false);
      } else {
        ShowMessage(Tr("\"{name}\" could not be restored: this browser's storage refused it.",
                       {{"name", name}}),
                    true);
      }
    }
    if (row.Button(Tr("Dismiss##undo"))) library_.ForgetRemoved();
  }
  if (const LibraryEntry* from = library_.Find(library_screen_.compare_from)) {
    Paragraph(Tr("Comparing from \"{name}\": choose \"Compare with this\" on the other "
                 "assessment, or \"Compare with a file\" (or drop one onto this page).",
                 {{"name", from->DisplayName()}})
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
  const bool enter = TextField("##compare-link", Tr("Paste the share link here"),
                               &library_screen_.link_draft, ImGuiInputTextFlags_EnterReturnsTrue);
  if (!SecondaryButton(Tr("Compare with the link")) && !enter) return;
  const std::string& link = library_screen_.link_draft;
  const size_t hash = link.find('#');
  const std::string fragment = hash == std::string::npos ? link : link.substr(hash + 1);
  if (!IsShareFragment(fragment)) {
    library_screen_.link_draft.clear();
    return ShowMessage(
        Tr("That is not a CloudGap share link: it should end in #s=... or #e=.... Copy the whole "
           "link and paste it again."),
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
    const bool enter =
        TextField(("##rename-" + e.id).c_str(), Tr("Name"), &library_screen_.rename_draft,
                  ImGuiInputTextFlags_EnterReturnsTrue);
    ButtonRow row;
    if (row.Button((Tr("Save name") + ("##" + e.id)).c_str(), true) || enter) {
      if (library_.Rename(e.id, library_screen_.rename_draft) != Storage::WriteResult::kOk) {
        ShowMessage(Tr("The new name could not be saved: this browser's storage refused it."),
                    true);
      }
      library_screen_.renaming_id.clear();
    }
    if (row.Button((Tr("Cancel") + ("##rename-" + e.id)).c_str())) {
      library_screen_.renaming_id.clear();
    }
  } else {
    ImGui::PushFont(GetFonts().strong);
    const std::string name =
        open ? Tr("{name}  (open)", {{"name", e.DisplayName()}}) : e.DisplayName();
    Paragraph(name.c_str());
    ImGui::PopFont();
  }
  MutedParagraph(EntryDetails(e).c_str());

  ButtonRow row;
  if (row.Button((std::string(open ? Tr("Continue") : Tr("Open")) + "##" + e.id).c_str(), true)) {
    if (open || OpenFromLibrary(e.id)) {
      if (!open) ShowMessage(Tr("Opened \"{name}\".", {{"name", e.DisplayName()}}), false);
      Navigate(Screen::kQuestionnaire);
    }
  }
  if (row.Button((Tr("Rename") + ("##" + e.id)).c_str())) {
    library_screen_.renaming_id = e.id;
    library_screen_.rename_draft = e.DisplayName();
  }
  if (row.Button((Tr("Duplicate") + ("##" + e.id)).c_str())) {
    FlushKeeping();  // The copy has the latest changes.
    std::string copy;
    if (library_.Duplicate(e.id, &copy) == Storage::WriteResult::kOk) {
      ShowMessage(Tr("Duplicated as \"{name}\".", {{"name", library_.Find(copy)->DisplayName()}}),
                  false);
    } else {
      ShowMessage(Tr("The copy could not be saved: this browser's storage refused it."), true);
    }
  }
  if (row.Button((Tr("Export") + ("##" + e.id)).c_str())) {
    FlushKeeping();
    ExportEntry(e);
  }
  // Compare: pick one, then the other or a file; the first picked is "before".
  std::string& from = library_screen_.compare_from;
  if (from.empty()) {
    if (row.Button((Tr("Compare") + ("##" + e.id)).c_str())) {
      from = e.id;
      Announce(Tr("Pick the assessment or open the file to compare \"{name}\" with.",
                  {{"name", e.DisplayName()}}));
    }
  } else if (from == e.id) {
    if (row.Button((Tr("Compare with a file") + ("##" + e.id)).c_str())) {
      platform_.files.RequestOpen(".json,application/json");
    }
    if (row.Button((Tr("Compare with a link") + ("##" + e.id)).c_str())) {
      library_screen_.pasting_link = true;
      library_screen_.link_draft.clear();
    }
    if (row.Button((Tr("Cancel compare") + ("##" + e.id)).c_str())) {
      from.clear();
      library_screen_.pasting_link = false;
    }
  } else if (!from.empty() && library_.Find(from) != nullptr) {
    if (row.Button((Tr("Compare with this") + ("##" + e.id)).c_str())) {
      const std::string before = from;
      from.clear();
      CompareEntries(before, e.id);
    }
  }
  if (from == e.id && library_screen_.pasting_link) DrawCompareLinkField(e.id);
  if (row.Button((Tr("Merge files") + ("##" + e.id)).c_str())) StartMerge(e.id);
  if (row.Button((Tr("Delete") + ("##" + e.id)).c_str())) {
    if (open) {
      FlushKeeping();
      session_.Close();
    }
    library_.Remove(e.id);
    Announce(Tr("Deleted {name}. Undo is on the welcome screen.", {{"name", e.DisplayName()}}));
  }
  EndCard();
  ImGui::PopID();
}

}  // namespace cloudgap::ui
