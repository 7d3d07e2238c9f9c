// The CloudGap user interface: owns what the user is doing (which screen,
// which control) and draws it with Dear ImGui each frame. It reads the session
// (session.h), changes the assessment only through it, and reaches the browser
// only through the Platform interfaces, so it runs headless in native tests.
//
// Screens live one per file (screen_*.cc), like Tracy's views.
#ifndef CLOUDGAP_UI_APP_UI_H_
#define CLOUDGAP_UI_APP_UI_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/catalog.h"
#include "core/document/catalog_upgrade.h"
#include "core/office/office_format.h"
#include "core/report/report.h"
#include "core/text/enum_text.h"
#include "platform/platform.h"
#include "ui/autosave.h"
#include "ui/catalog_source.h"
#include "ui/fonts.h"
#include "ui/language_choice.h"
#include "ui/library.h"
#include "ui/screen_state.h"
#include "ui/session.h"
#include "ui/share_flow.h"
#include "ui/text_size.h"
#include "ui/theme.h"

namespace cloudgap::ui {

// "off" when the person turned the questionnaire's letter keys off.
inline constexpr char kLetterKeysKey[] = "cloudgap/letter-keys";

enum class Screen {
  kWelcome,
  kProfile,
  kQuestionnaire,
  kResults,
  kRoadmap,
  kQuickResult,
  kAudit,
  kCompare,
  kTrend,
  kHandOut,
  kMerge,
  kInbox
};

// Stable names, used in announcements, tests and the saved place.
inline constexpr EnumText<Screen> kScreenNames[] = {{Screen::kWelcome, "welcome"},
                                                    {Screen::kProfile, "profile"},
                                                    {Screen::kQuestionnaire, "questionnaire"},
                                                    {Screen::kResults, "results"},
                                                    {Screen::kRoadmap, "roadmap"},
                                                    {Screen::kQuickResult, "quick_result"},
                                                    {Screen::kAudit, "audit"},
                                                    {Screen::kCompare, "compare"},
                                                    {Screen::kTrend, "trend"},
                                                    {Screen::kHandOut, "hand_out"},
                                                    {Screen::kMerge, "merge"},
                                                    {Screen::kInbox, "inbox"}};
static_assert(InEnumOrder(kScreenNames));
const char* ScreenName(Screen screen);
// For people, in English; ScreenTitle gives them in the user's language.
inline constexpr EnumText<Screen> kScreenTitles[] = {
    {Screen::kWelcome, "Welcome"},          {Screen::kProfile, "Profile"},
    {Screen::kQuestionnaire, "Questions"},  {Screen::kResults, "Results"},
    {Screen::kRoadmap, "Roadmap"},          {Screen::kQuickResult, "Summary"},
    {Screen::kAudit, "Time to audit"},      {Screen::kCompare, "Comparison"},
    {Screen::kTrend, "Progress over time"}, {Screen::kHandOut, "Hand out questions"},
    {Screen::kMerge, "Merge answers"},      {Screen::kInbox, "Sealed results"}};
static_assert(InEnumOrder(kScreenTitles));
const char* ScreenTitle(Screen screen);

// The core's labels for people (ReadinessLabel, RoleScopeLabel) in the user's
// language, for any screen that shows them.
const char* TrReadiness(Readiness tier);
// The width of the language row (language_picker.cc), for the screens that place it.
float LanguagePickerWidth();
const char* TrRoleScope(RoleScope role);

class AppUi {
 public:
  AppUi(Platform& platform, CatalogSource catalog);
  AppUi(const AppUi&) = delete;
  AppUi& operator=(const AppUi&) = delete;

  // Submits one frame's widgets; call between ImGui::NewFrame() and ImGui::Render().
  // Fonts (LoadFonts) and theme (ApplyTheme) must be set up.
  void Frame();

  // Loads the catalog now, if nothing has asked for it yet. The web runner
  // calls it once the first frame is on screen (ui/catalog_source.h).
  void PrepareCatalog() const { session_.catalog(); }
  bool catalog_loaded() const { return session_.catalog_loaded(); }

  // True before the first frame when it can show only the app's own English
  // words and FirstVisitText (the welcome screen's): nothing is kept in this
  // browser and no shared link is in the address. The web runner then
  // rasterises fewer glyphs before that frame (ui/fonts.h).
  bool FirstFrameShowsOnlyOwnText() const;
  static FirstFrameText FirstVisitText();
  // False once a screen may show words of another language, whose letters the
  // first frame's atlas lacks: the browser's language arrived before the web
  // runner completed the atlas.
  bool FirstVisitTextSuffices() const { return std::string_view(language_.current().tag) == "en"; }

  // The current assessment document as JSON text ("{}" when none is open).
  std::string DocumentJson() const;

  Screen screen() const { return screen_; }
  const Session& session() const { return session_; }
  size_t current_control() const { return questionnaire_.control; }
  // Each screen's state (ui/screen_state.h), for tests.
  const QuestionnaireState& questionnaire_state() const { return questionnaire_; }
  const ProfileState& profile_state() const { return profile_screen_; }
  const ResultsState& results_state() const { return results_screen_; }
  const LibraryState& library_state() const { return library_screen_; }
  const ReportMenuState& report_menu_state() const { return report_menu_; }
  const CompareState& compare_state() const { return compare_; }
  const TrendState& trend_state() const { return trend_; }
  const HandOutState& hand_out_state() const { return hand_out_; }
  const MergeState& merge_state() const { return merge_; }
  const ShareDialogState& share_dialog_state() const { return share_dialogs_; }
  const SendState& send_state() const { return send_; }
  const InboxState& inbox_state() const { return inbox_; }

  // Follows the system's light or dark preference until the user picks one.
  void SetSystemTheme(ThemeMode mode);
  // The browser's languages, most preferred first (ui/language_choice.h).
  void SetBrowserLanguages(const std::vector<std::string>& preferred) {
    language_.FollowBrowser(preferred);
  }
  const LanguageChoice& language() const { return language_; }
  // The text size chosen (text_size.h); the web runner scales the screens by it.
  const TextSize& text_size() const { return text_size_; }

  // Keeping the user's work (app_keep.cc). The assessment is saved to the
  // platform's storage shortly after every change (ui/autosave.h) and the
  // next start reopens it where the user was; see ui/library.h for the layout.
  //
  // Seconds until the app needs a frame although nothing happened (a save
  // falls due); negative when it needs none. The web runner sets a timer.
  double SecondsUntilWake() const;
  // Saves anything not yet saved, now: the page is being hidden or closed.
  void FlushKeeping();
  // The page refused a file before reading it (over kMaxDocumentBytes).
  void RefuseFile(const std::string& name, double bytes);
  // The page address changed: opens a share link pasted into this tab.
  void OnAddressChanged();
  // {"assessment", "screen", "control", "scroll", "shared", "autosave",
  // "catalog_text", "language"}: where the user is, whether their work is being kept and
  // whether the catalog's words are in (kCatalogTextNames), for browser tests.
  std::string WhereJson() const;
  const Library& library() const { return library_; }

 private:
  // Navigation and chrome (app_ui.cc).
  void Navigate(Screen to);
  void GoToControl(size_t scoped_position);
  void DrawTopBar();
  const char* ThemeSwitchLabel() const;
  float ThemeSwitchWidth() const;
  void DrawStatusMessage();
  void Announce(const std::string& message);
  void ShowMessage(const std::string& message, bool error);
  bool Narrow() const;

  void StartAssessment(AssessmentMode mode);

  // The catalog's words when they ship apart (app_catalog_text.cc).
  bool NeedsCatalogText() const;
  void CatalogTextFrame();
  void DrawCatalogTextStatus();

  // Screens, each in its own file.
  void DrawWelcome();
  void DrawProfile();
  void DrawQuestionnaire();
  void DrawControlNavigator(float height);
  void DrawControl(const Control& control, size_t position);
  void DrawQuestion(const Control& control, const Question& question, int number);
  void DrawControlRecord(const Control& control);
  // An evidence row's two dates, as drafts until they are dates; true when
  // `evidence` changed (screen_control.cc).
  bool EvidenceDates(const std::string& control_id, size_t row, EvidenceRef* evidence);
  void DrawWorkStatus(const Control& control, const ControlRecord& record);
  void HandleQuestionnaireKeys(const Control& control);
  void DrawResults();
  void DrawWhyThisScore();
  const std::vector<HeatRow>& HeatRows();  // The results heatmap's (screen_results.cc).
  void DrawCloseout();  // The close-out check, in a full assessment (screen_results.cc).
  void DrawCallToAction();
  void DrawRoadmap();
  void DrawQuickResult();
  void DrawAudit();  // screen_audit.cc
  // The months of a certification audit; detailed: with why, as a card.
  void DrawAuditEstimate(bool detailed = true);

  // Keeping and sharing (app_keep.cc: saving, restoring, files; keep_panels.cc:
  // banners, the actions row and the share dialogs; screen_library.cc: the
  // list on the welcome screen).
  void StartKeeping();
  void KeepFrame();
  void OpenFile(const Files::OpenedFile& file);
  void SaveNow();
  void SetKeepStatus(Storage::WriteResult result);
  LibraryEntry CurrentEntry() const;
  UiPlace CurrentPlace() const;
  void RestorePlace(const UiPlace& place);
  bool OpenFromLibrary(const std::string& id);
  void ShowLoaded(const Assessment& assessment);
  // Every screen's state and the notices of the document, after the session
  // replaced the document: the one place this happens.
  void ResetScreenState();
  void DrawCatalogChanges();
  void KeepSharedCopy(bool because_edited);
  void TakeSharedLink();
  void ExportDocument();
  void ExportReport(ReportFormat format);
  void ExportOfficeReport(OfficeFormat format);
  // A file the reports' module makes (platform.h, OfficeWriter): the format
  // name it takes ("html", "xlsx", "comparison-docx"), the document or
  // envelope, and how the download is named and typed.
  struct ReportRequest {
    std::string format, document, label, file_name, mime_type;
    // Set: the result goes to the clipboard, and this is said, instead of a download.
    std::string copied_message;
  };
  // `size_slot`, if given, gets the file's size when it arrives for this revision.
  void MakeReport(const ReportRequest& request, size_t* size_slot);
  // True when the catalog's words are in; else asks for them and says so.
  bool WordsReadyFor(const std::string& label);
  // The download menu's entries, each with its size once known.
  void DrawReportMenu();
  void ExportEntry(const LibraryEntry& entry);
  void TrackScroll();
  void DrawKeepBanners();
  void DrawKeepActions();
  void DrawKeepDialogs();
  void DrawShareDialog();
  void DrawOpenLinkDialog();
  // Sending the results to the host, sealed (send_results.cc).
  void DrawSendButton();
  void DrawSendDialog();
  void StartSend();
  void Sent(const std::string& envelope);
  // Sealed results received (screen_inbox.cc).
  void AddSealed(const std::string& source, const std::string& carrier_text, bool link);
  void OpenWaitingSealed();
  void DrawInbox();
  void DrawLibrary();
  void DrawLibraryEntry(const LibraryEntry& entry);
  void DrawCompareLinkField(const std::string& id);
  // Two assessments side by side (screen_compare.cc): two kept ones, or a
  // kept one and a file.
  void CompareEntries(const std::string& before_id, const std::string& after_id);
  void CompareWithFile(std::string before_id, const Files::OpenedFile& file);
  void CompareSides(ComparedSide before, ComparedSide after);
  void DownloadComparison(CompareDownload format);
  void DrawCompare();
  // One organisation's kept assessments over time (screen_trend.cc).
  void DrawTrendLinks(const std::vector<LibraryEntry>& entries);
  void ShowTrend(const std::string& organisation_key);
  void DrawTrend();
  // Question packs (screen_hand_out.cc): choosing controls and making a pack
  // as a file or a link; and, on a pack, the respondent's strip.
  void DrawHandOut();
  void MakePack(bool as_link);
  void DrawPackStrip();
  void ExportPack();
  // Merging packs and files into a kept assessment (screen_merge.cc).
  void StartMerge(const std::string& base_id);
  void AddMergeFile(const Files::OpenedFile& file);
  void Replan();
  void FinishMerge();
  void DrawMerge();

  // Languages (language_picker.cc): a new language's words take over here,
  // before anything of the frame is drawn.
  void LanguageFrame();
  void DrawLanguagePicker();  // A row as wide as LanguagePickerWidth().
  void DrawTextSizePicker();  // text_size_picker.cc.

  Platform& platform_;
  Session session_;
  LanguageChoice language_;
  TextSize text_size_;
  Screen screen_ = Screen::kWelcome;
  bool theme_chosen_ = false;
  ThemeMode theme_ = ThemeMode::kLight;
  // The questionnaire's letter keys (Y, P, N, D, J, K); a person may turn them
  // off (WCAG 2.1.4: speech input types letters), kept in kLetterKeysKey.
  bool letter_keys_ = true;

  bool scroll_to_top_ = false;  // The next screen drawn starts at its top.

  // Each screen's state, all reset by ResetScreenState() (ui/screen_state.h).
  QuestionnaireState questionnaire_;
  ProfileState profile_screen_;
  ResultsState results_screen_;
  RoadmapState roadmap_screen_;
  LibraryState library_screen_;
  ShareDialogState share_dialogs_;
  SendState send_;
  InboxState inbox_;  // Kept while the page lives, whatever is opened.
  ReportMenuState report_menu_;
  CompareState compare_;  // Not reset with the others: it is not about the open document.
  TrendState trend_;      // Nor this.
  HandOutState hand_out_;
  MergeState merge_;  // Not reset with the others either.

  std::string message_;
  bool message_is_error_ = false;
  // A report asked for before the catalog's words were in: made when they are.
  std::optional<ReportFormat> pending_report_;
  std::optional<OfficeFormat> pending_office_;
  bool report_busy_ = false;  // A report is being made (MakeReport).

  // Keeping: the library in storage, which entry the open assessment is
  // (empty: not kept yet, or the storage refused it), and what was last written.
  enum class KeepStatus { kOn, kUnavailable, kFull };
  Library library_;
  AutosavePolicy autosave_;
  bool keeping_started_ = false;
  KeepStatus keep_status_ = KeepStatus::kOn;
  std::string current_id_;
  std::uint64_t saved_revision_ = 0;  // Session revision last written to storage.
  std::uint64_t seen_revision_ = 0;   // Session revision last looked at.
  UiPlace saved_place_;
  UiPlace pending_place_;
  float scroll_ = 0;  // CSS pixels of the screen's scrolling pane.
  float restore_scroll_ = 0;
  int restore_scroll_frames_ = 0;  // Frames left to reach restore_scroll_.
  // A saved document that could not be opened: offered for download as it is.
  struct Unreadable {
    std::string what;  // The saved assessment's name; empty: the list of saved assessments.
    std::string reason, raw;
  };
  std::optional<Unreadable> unreadable_;
  // What changed when the open assessment was made with an earlier catalog
  // version (DocumentParseResult::catalog_upgrade); shown until dismissed, in
  // the language shown then: an assessment reopened at start is read before
  // the language's words arrive.
  std::optional<CatalogUpgrade> catalog_upgrade_;

  // Sharing: an assessment opened from a link is shown but not kept until the
  // user keeps a copy (or changes it).
  ShareFlow share_;
  bool shared_view_ = false;
  int announced_refusals_ = 0;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_APP_UI_H_
