// Keeping the user's work: autosave to the library (ui/library.h), reopening
// where the user was, opening and exporting files, and taking in assessments
// from share links (ui/share_flow.h). Nothing here may lose work: a failed
// write leaves the session as it is and says that autosave is off, and a
// saved document that cannot be read is left in storage and offered as it is.
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/document/file_name.h"
#include "core/sealed/sealed_carrier.h"
#include "core/text/enum_text.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/theme.h"
#include "ui/tr.h"

namespace cloudgap::ui {

// --- Starting: reopen the last assessment where the user was. ---

bool AppUi::FirstFrameShowsOnlyOwnText() const {
  return !keeping_started_ && platform_.storage.Keys(kStoragePrefix).empty() &&
         platform_.location.Fragment().empty();
}

void AppUi::StartKeeping() {
  keeping_started_ = true;
  if (!platform_.storage.Available()) keep_status_ = KeepStatus::kUnavailable;
  const Library::LoadResult loaded = library_.Load();
  if (loaded == Library::LoadResult::kRebuilt) {
    ShowMessage(Tr("The list of assessments kept in this browser was damaged; it has been "
                   "rebuilt from the {count, plural, one {# assessment} other {# assessments}} "
                   "found. Names given to them may be missing.",
                   {{"count", library_.entries().size()}}),
                true);
    if (!library_.damaged_index().empty()) {
      // No name: the list of saved assessments (keep_panels.cc).
      unreadable_ = Unreadable{"", Tr("it is not valid"), library_.damaged_index()};
    }
  }
  const UiPlace place = library_.ReadPlace();
  saved_place_ = pending_place_ = place;
  if (!place.assessment.empty() && library_.Find(place.assessment) != nullptr &&
      OpenFromLibrary(place.assessment)) {
    RestorePlace(place);
    Announce(Tr("Reopened {name}, {screen} screen",
                {{"name", library_.Find(place.assessment)->DisplayName()},
                 {"screen", ScreenTitle(screen_)}}));
  }
  OnAddressChanged();  // A share link in the address is opened over what was restored.
  TakeSharedLink();
}

bool AppUi::OpenFromLibrary(const std::string& id) {
  const LibraryEntry* entry = library_.Find(id);
  if (entry == nullptr) return false;
  const std::string name = entry->DisplayName();
  const std::optional<std::string> raw = library_.ReadDocument(id);
  DocumentParseResult parsed;
  if (raw) parsed = LoadAssessmentDocument(session_.catalog(), *raw, UiMessages());
  if (!raw || !parsed.assessment) {
    const std::string reason = !raw ? std::string(Tr("it is missing from this browser's storage"))
                               : parsed.errors.empty()
                                   ? std::string(Tr("it is not an assessment"))
                                   : parsed.errors[0].ToString(UiMessages().json_words());
    // The saved assessment's name (keep_panels.cc says which could not be read).
    unreadable_ = Unreadable{name, reason, raw.value_or("")};
    Announce(Tr("The saved assessment {name} could not be opened: {reason}",
                {{"name", name}, {"reason", reason}}));
    return false;
  }
  session_.Load(std::move(*parsed.assessment));
  catalog_upgrade_ = parsed.catalog_upgrade;
  current_id_ = id;
  // A migrated document is written back in the current format at the next save.
  saved_revision_ = parsed.warnings.empty() ? session_.revision() : 0;
  seen_revision_ = session_.revision();
  if (!parsed.warnings.empty()) autosave_.Changed(platform_.clock.MonotonicSeconds());
  return true;
}

void AppUi::RestorePlace(const UiPlace& place) {
  const std::optional<Screen> screen = ValueOf(kScreenNames, place.screen);
  if (!screen || !session_.active()) return;
  screen_ = *screen;
  if (screen_ == Screen::kProfile) profile_screen_.draft = session_.assessment().profile;
  const auto& scoped = session_.scoped_controls();
  for (size_t pos = 0; pos < scoped.size(); ++pos) {
    if (session_.catalog().controls[scoped[pos]].id == place.control) questionnaire_.control = pos;
  }
  // The pane's height is known only after it has been drawn, so the scroll
  // is set again over the first frames until it holds.
  restore_scroll_ = place.scroll;
  restore_scroll_frames_ = place.scroll > 0 ? 8 : 0;
}

void AppUi::TrackScroll() {
  if (restore_scroll_frames_ > 0) {
    --restore_scroll_frames_;
    const float target = Px(restore_scroll_);
    if (std::fabs(ImGui::GetScrollY() - target) > 1.0f) {
      ImGui::SetScrollY(target);
    } else {
      restore_scroll_frames_ = 0;
    }
  }
  scroll_ = ImGui::GetScrollY() / Px(1);
}

UiPlace AppUi::CurrentPlace() const {
  UiPlace place;
  place.screen = ScreenName(screen_);
  if (!session_.active() || shared_view_) {
    // Nothing of a shared view is kept: a reload shows the welcome screen.
    place.screen = ScreenName(Screen::kWelcome);
    return place;
  }
  place.assessment = current_id_;
  const auto& scoped = session_.scoped_controls();
  if (screen_ == Screen::kQuestionnaire && !scoped.empty()) {
    place.control =
        session_.catalog().controls[scoped[std::min(questionnaire_.control, scoped.size() - 1)]].id;
  }
  place.scroll = restore_scroll_frames_ > 0 ? restore_scroll_ : std::round(scroll_);
  return place;
}

void AppUi::ResetScreenState() {
  // A text field being edited would write its old text back into the reset
  // state on the next frame: end the edit first.
  if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
  questionnaire_.Reset();
  profile_screen_.Reset();
  results_screen_.Reset();
  roadmap_screen_.Reset();
  library_screen_.Reset();
  share_dialogs_.Reset();
  send_.Reset();
  report_menu_.Reset();
  hand_out_.Reset();
  catalog_upgrade_.reset();
}

// --- Saving. ---

void AppUi::KeepFrame() {
  const double now = platform_.clock.MonotonicSeconds();
  TakeSharedLink();
  if (session_.active() && session_.revision() != seen_revision_) {
    seen_revision_ = session_.revision();
    if (shared_view_) {
      KeepSharedCopy(/*because_edited=*/true);
    } else if (seen_revision_ != saved_revision_) {
      autosave_.Changed(now);
    }
  }
  // Where the user is matters once there is work to come back to: a visit that
  // only looks writes nothing and sets no timer (an idle page draws no frames).
  const UiPlace place = CurrentPlace();
  if (place != pending_place_ && (session_.active() || !saved_place_.assessment.empty())) {
    pending_place_ = place;
    if (place != saved_place_) autosave_.Changed(now);
  }
  if (autosave_.Due(now)) SaveNow();
}

double AppUi::SecondsUntilWake() const {
  return autosave_.SecondsUntilDue(platform_.clock.MonotonicSeconds());
}

void AppUi::FlushKeeping() {
  if (!keeping_started_) return;
  SaveNow();
}

LibraryEntry AppUi::CurrentEntry() const {
  LibraryEntry entry;
  if (const LibraryEntry* kept = library_.Find(current_id_)) entry = *kept;
  const Assessment& a = session_.assessment();
  entry.id = current_id_;
  entry.organisation = a.profile.organisation;
  entry.mode = a.pack ? "pack" : AssessmentModeName(a.profile.mode);
  entry.created_at = a.created_at;
  entry.updated_at = a.updated_at;
  entry.completion = session_.evaluation().overall.completion;
  return entry;
}

void AppUi::SaveNow() {
  autosave_.Saved();
  if (session_.active() && !shared_view_ && session_.revision() != saved_revision_) {
    const bool added = current_id_.empty();
    if (added) current_id_ = library_.NewId();
    const Storage::WriteResult result = library_.Save(
        CurrentEntry(), SerializeAssessmentDocument(session_.assessment(), JsonStyle::kCompact));
    if (result == Storage::WriteResult::kOk) {
      saved_revision_ = session_.revision();
    } else if (added) {
      current_id_.clear();  // Not kept: the next attempt starts a new entry again.
    }
    SetKeepStatus(result);
  }
  const UiPlace place = CurrentPlace();
  if (place != saved_place_) {
    const Storage::WriteResult result = library_.SavePlace(place);
    if (result == Storage::WriteResult::kOk) {
      saved_place_ = place;
    } else if (session_.active()) {
      SetKeepStatus(result);  // Only a document saved turns autosave back on.
    }
  }
}

void AppUi::SetKeepStatus(Storage::WriteResult result) {
  const KeepStatus status = result == Storage::WriteResult::kOk     ? KeepStatus::kOn
                            : result == Storage::WriteResult::kFull ? KeepStatus::kFull
                                                                    : KeepStatus::kUnavailable;
  if (status == keep_status_) return;
  const bool was_off = keep_status_ != KeepStatus::kOn;
  keep_status_ = status;
  if (status == KeepStatus::kOn && was_off) {
    ShowMessage(Tr("Autosave is on again: your work is kept in this browser."), false);
  } else if (status != KeepStatus::kOn) {
    Announce(Tr("Autosave is off. Export to keep your work."));
  }
}

// --- Files. ---

namespace {

// What a respondent does with a pack they just opened.
std::string PackGuidance(const QuestionPack& pack) {
  return Tr(
      "It is a question pack of {count, plural, one {# control} other {# controls}}: type "
      "your name above the questions, answer them, then download the answered pack and "
      "send it back.",
      {{"count", pack.controls.size()}});
}

}  // namespace

void AppUi::OpenFile(const Files::OpenedFile& file) {
  // While the list is picking a comparison, a file opened or dropped is what
  // it is compared with, not a new assessment.
  if (screen_ == Screen::kWelcome && library_.Find(library_screen_.compare_from)) {
    return CompareWithFile(library_screen_.compare_from, file);
  }
  // In the inbox, a file is a sealed result.
  if (screen_ == Screen::kInbox) return AddSealed(file.name, file.bytes, false);
  // Likewise while a merge is being prepared: the file is one to merge.
  if (screen_ == Screen::kMerge && !merge_.base_id.empty()) return AddMergeFile(file);
  // Told at once, so in the language shown now (the notes below).
  const DocumentParseResult parsed =
      LoadAssessmentDocument(session_.catalog(), file.bytes, UiMessages());
  if (!parsed.assessment) {
    std::string reason = parsed.errors.empty()
                             ? Tr("it is not an assessment")
                             : parsed.errors[0].ToString(UiMessages().json_words());
    if (parsed.errors.size() > 1) {
      reason = Tr("{reason} (and {count, plural, one {# more problem} other {# more problems}})",
                  {{"reason", reason}, {"count", parsed.errors.size() - 1}});
    }
    ShowMessage(Tr("Could not open {file}: {reason}. The current assessment is unchanged.",
                   {{"file", file.name}, {"reason", reason}}),
                true);
    return;
  }
  session_.Load(*parsed.assessment);  // Saves the current one first (SetBeforeReplace).
  catalog_upgrade_ = parsed.catalog_upgrade;
  SaveNow();  // Kept at once, as a new entry beside the others.
  Navigate(Screen::kQuestionnaire);
  // Whole sentences, each its own message, one after the other.
  std::string message = Tr("Opened {file}.", {{"file", file.name}});
  if (parsed.assessment->pack) message += " " + PackGuidance(*parsed.assessment->pack);
  for (const std::string& warning : parsed.warnings) {
    message += " " + Tr("Note: {warning}.", {{"warning", warning}});
  }
  ShowMessage(message, false);  // Announced after the screen's name.
}

void AppUi::RefuseFile(const std::string& name, double bytes) {
  ShowMessage(
      Tr("Could not open {file}: {reason}. The current assessment is unchanged.",
         {{"file", name},
          {"reason", TooLargeMessage(static_cast<size_t>(std::max(0.0, bytes)), UiMessages())}}),
      true);
}

void AppUi::ExportDocument() {
  if (!session_.active()) return;
  const std::string name = DocumentFileName(session_.assessment());
  platform_.files.Download(name, "application/json",
                           SerializeAssessmentDocument(session_.assessment(), JsonStyle::kPretty));
  ShowMessage(Tr("Exported {file}. Open it again with \"Open a file\" on the welcome screen.",
                 {{"file", name}}),
              false);
}

void AppUi::ExportEntry(const LibraryEntry& entry) {
  const std::optional<std::string> raw = library_.ReadDocument(entry.id);
  if (!raw) return;
  const DocumentParseResult parsed = LoadAssessmentDocument(session_.catalog(), *raw);
  if (!parsed.assessment) {
    platform_.files.Download("cloudgap-saved-data-" + entry.id + ".txt", "text/plain", *raw);
    return;
  }
  const std::string name = DocumentFileName(*parsed.assessment);
  platform_.files.Download(name, "application/json",
                           SerializeAssessmentDocument(*parsed.assessment, JsonStyle::kPretty));
  ShowMessage(Tr("Exported {file}.", {{"file", name}}), false);
}

// --- Share links. ---

void AppUi::OnAddressChanged() {
  // A sealed result's link goes to the inbox, where the host's key opens it.
  const std::string fragment = platform_.location.Fragment();
  if (IsSealedFragment(fragment)) {
    platform_.location.SetFragment("");
    return AddSealed(Tr("a link"), fragment, true);
  }
  if (share_.OpenFromAddress()) Announce(Tr("Opening a shared assessment"));
}

// Takes what the share flow finished since the last frame: an assessment to
// show, or a failure to tell.
void AppUi::TakeSharedLink() {
  if (share_.refusals() != announced_refusals_) {
    announced_refusals_ = share_.refusals();
    Announce(share_.open_error());
  }
  if (share_.open_state() == ShareFlow::OpenState::kFailed) {
    ShowMessage(Tr("{error} Nothing was changed.", {{"error", share_.open_error()}}), true);
    share_.DismissOpenError();
    library_screen_.compare_link_from.clear();
    return;
  }
  std::optional<Assessment> opened = share_.TakeOpened();
  if (!opened) return;
  if (!library_screen_.compare_link_from.empty()) {
    const std::string before_id = std::exchange(library_screen_.compare_link_from, "");
    const LibraryEntry* entry = library_.Find(before_id);
    const std::optional<std::string> raw = library_.ReadDocument(before_id);
    return CompareSides({before_id, entry ? entry->DisplayName() : before_id, raw.value_or("")},
                        {"", Tr("the shared link"), SerializeAssessmentDocument(*opened)});
  }
  session_.Load(std::move(*opened));  // Saves the current one first.
  catalog_upgrade_ = share_.opened_catalog_upgrade();
  shared_view_ = true;
  saved_revision_ = seen_revision_ = session_.revision();
  share_dialogs_.open_passphrase.clear();
  if (const std::optional<QuestionPack>& pack = session_.assessment().pack) {
    Navigate(Screen::kQuestionnaire);
    return ShowMessage(Tr("Opened a question pack.") + (" " + PackGuidance(*pack)), false);
  }
  Navigate(session_.assessment().profile.mode == AssessmentMode::kQuick ? Screen::kQuickResult
                                                                        : Screen::kResults);
  ShowMessage(
      Tr("Opened a shared assessment. It is not kept in this browser until you keep a copy."),
      false);
}

void AppUi::KeepSharedCopy(bool because_edited) {
  shared_view_ = false;
  current_id_.clear();
  saved_revision_ = 0;
  SaveNow();
  if (keep_status_ == KeepStatus::kOn) {
    ShowMessage(
        because_edited
            ? Tr("Your change is kept: the shared assessment is now saved in this browser as a "
                 "copy.")
            : Tr("Kept a copy in this browser. Find it on the welcome screen."),
        false);
  }
}

std::string AppUi::WhereJson() const {
  const UiPlace place = CurrentPlace();
  nlohmann::ordered_json j = {{"assessment", current_id_},
                              {"screen", ScreenName(screen_)},
                              {"control", place.control},
                              {"scroll", std::round(scroll_)},
                              {"shared", shared_view_},
                              {"autosave", keep_status_ == KeepStatus::kOn     ? "on"
                                           : keep_status_ == KeepStatus::kFull ? "full"
                                                                               : "unavailable"},
                              {"catalog_text", TextOf(kCatalogTextNames, session_.catalog_text())},
                              {"language", language_.current().tag}};
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace cloudgap::ui
