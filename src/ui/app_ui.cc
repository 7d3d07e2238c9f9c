#include "ui/app_ui.h"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <utility>

#include "core/document/document_json.h"
#include "core/engine/readiness.h"
#include "core/engine/wording.h"
#include "core/text/enum_text.h"
#include "core/text/message_format.h"
#include "ui/branding.h"
#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

const char* ScreenName(Screen screen) {
  return TextOf(kScreenNames, screen);
}
const char* ScreenTitle(Screen screen) {
  switch (screen) {
    case Screen::kWelcome: return Tr("Welcome");
    case Screen::kProfile: return Tr("Profile");
    case Screen::kQuestionnaire: return Tr("Questions");
    case Screen::kResults: return Tr("Results");
    case Screen::kRoadmap: return Tr("Roadmap");
    case Screen::kQuickResult: return Tr("Summary");
    case Screen::kAudit: return Tr("Time to audit");
    case Screen::kCompare: return Tr("Comparison");
    case Screen::kTrend: return Tr("Progress over time");
    case Screen::kHandOut: return Tr("Hand out questions");
    case Screen::kMerge: return Tr("Merge answers");
    case Screen::kInbox: return Tr("Sealed results");
  }
  return TextOf(kScreenTitles, screen);
}

const char* TrReadiness(Readiness tier) {
  return ReadinessLabel(tier, UiMessages());
}

const char* TrRoleScope(RoleScope role) {
  return RoleScopeWords(role, UiMessages());
}

AppUi::AppUi(Platform& platform, CatalogSource catalog)
    : platform_(platform),
      session_(catalog, platform.clock),
      language_(platform.storage, platform.site_files),
      text_size_(platform.storage),
      library_(platform.storage),
      share_(std::move(catalog), platform.sealer, platform.location) {
  platform_.files.SetOpenCallback([this](const Files::OpenedFile& file) { OpenFile(file); });
  // Whatever replaces the open document, its last changes are saved first.
  session_.SetBeforeReplace([this] {
    FlushKeeping();
    current_id_.clear();
    shared_view_ = false;
  });
  session_.SetAfterReplace([this] { ResetScreenState(); });
  letter_keys_ = platform_.storage.Read(kLetterKeysKey).value_or("on") != "off";
}

void AppUi::SetSystemTheme(ThemeMode mode) {
  if (!theme_chosen_) theme_ = mode;
}

bool AppUi::Narrow() const {
  return ImGui::GetMainViewport()->WorkSize.x < Px(760);
}

void AppUi::Frame() {
  if (!keeping_started_) StartKeeping();
  LanguageFrame();
  CatalogTextFrame();
  if (CurrentThemeMode() != theme_) ApplyTheme(theme_, CurrentScale());
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                                 // The renderer's clear is the background: painted again, it
                                 // cost a third of SwiftShader's work per frame (BENCHMARKS.md).
                                 ImGuiWindowFlags_NoBackground;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("CloudGap", nullptr, flags);
  ImGui::PopStyleVar();
  DrawTopBar();
  DrawStatusMessage();
  DrawCatalogTextStatus();
  DrawKeepBanners();

  // The questionnaire manages its own scrolling panes; other screens scroll as one page.
  const bool own_scrolling = screen_ == Screen::kQuestionnaire;
  const float pad = Narrow() ? Px(16) : Px(32);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, Px(20)));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
  ImGui::BeginChild("content", ImVec2(0, 0), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened |
                        (own_scrolling ? ImGuiWindowFlags_NoScrollbar : 0));
  if (scroll_to_top_) {
    ImGui::SetScrollY(0);
    scroll_to_top_ = false;
  }
  // Called through a table, so that no screen is inlined into this frame (and
  // the web runner's): a browser compiles a function when it first runs, and a
  // first visit's first frame then compiles only the welcome screen's code.
  using DrawScreen = void (*)(AppUi&);
  static constexpr DrawScreen kDrawScreen[] = {
      [](AppUi& ui) { ui.DrawWelcome(); },       [](AppUi& ui) { ui.DrawProfile(); },
      [](AppUi& ui) { ui.DrawQuestionnaire(); }, [](AppUi& ui) { ui.DrawResults(); },
      [](AppUi& ui) { ui.DrawRoadmap(); },       [](AppUi& ui) { ui.DrawQuickResult(); },
      [](AppUi& ui) { ui.DrawAudit(); },         [](AppUi& ui) { ui.DrawCompare(); },
      [](AppUi& ui) { ui.DrawTrend(); },         [](AppUi& ui) { ui.DrawHandOut(); },
      [](AppUi& ui) { ui.DrawMerge(); },         [](AppUi& ui) { ui.DrawInbox(); },
  };
  static_assert(std::size(kDrawScreen) == static_cast<size_t>(Screen::kInbox) + 1);
  kDrawScreen[static_cast<size_t>(screen_)](*this);
  if (!own_scrolling) TrackScroll();  // The questionnaire tracks its own pane.
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  DrawKeepDialogs();
  ImGui::End();
  KeepFrame();
}

const char* AppUi::ThemeSwitchLabel() const {
  return theme_ == ThemeMode::kDark ? Tr("Light theme") : Tr("Dark theme");
}

float AppUi::ThemeSwitchWidth() const {
  return ImGui::CalcTextSize(ThemeSwitchLabel()).x + ImGui::GetStyle().FramePadding.x * 2;
}

void AppUi::DrawTopBar() {
  const Palette& p = CurrentPalette();
  const float pad = Narrow() ? Px(16) : Px(32);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetWindowWidth();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + Px(10)));
  ImGui::BeginGroup();
  // The name leads back to the welcome screen, where the kept assessments are.
  ImGui::PushFont(GetFonts().heading);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() -
                       ImGui::GetStyle().FramePadding.x);  // Text stays aligned.
  if (ImGui::Button((GetBranding().product_name + "##home").c_str()) &&
      screen_ != Screen::kWelcome) {
    Navigate(Screen::kWelcome);
  }
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::PopFont();

  if (session_.active()) {
    const AssessmentMode mode = session_.assessment().profile.mode;
    const Screen all_tabs[] = {
        Screen::kProfile, Screen::kQuestionnaire,
        mode == AssessmentMode::kQuick ? Screen::kQuickResult : Screen::kResults, Screen::kRoadmap};
    // A question pack is only answered: its profile and scores are the coordinator's.
    const bool pack = session_.assessment().pack.has_value();
    const Screen* tabs = pack ? &all_tabs[1] : all_tabs;
    const size_t tab_count = pack ? 1 : std::size(all_tabs);
    // Tabs follow the name on wide screens, short of the theme switch, and get
    // a row of their own on phones; a tab that would cross the edge (German's
    // and French's longer titles on a 360 px phone) starts the next row.
    const bool narrow = Narrow();
    const float right = origin.x + width - pad - (narrow ? 0.0f : ThemeSwitchWidth() + Px(16));
    for (size_t i = 0; i < tab_count; ++i) {
      if (i > 0 || !narrow) {
        ImGui::SameLine(0, i > 0 ? Px(4) : Px(28));
        const float tab_w =
            ImGui::CalcTextSize(ScreenTitle(tabs[i])).x + ImGui::GetStyle().FramePadding.x * 2;
        if (ImGui::GetCursorScreenPos().x + tab_w > right) ImGui::NewLine();
      }
      const bool current = screen_ == tabs[i];
      if (current)
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
      ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
      if (ImGui::Button(ScreenTitle(tabs[i]))) Navigate(tabs[i]);
      DescribeLastItem(SemanticRole::kTab, current);
      ImGui::PopStyleVar();
      if (current) ImGui::PopStyleColor();
    }
  }
  ImGui::EndGroup();

  // The theme switch sits at the right end of the first row.
  const char* theme_label = ThemeSwitchLabel();
  const float theme_w = ThemeSwitchWidth();
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - pad - theme_w, origin.y + Px(10)));
  if (ImGui::Button(theme_label)) {
    theme_ = theme_ == ThemeMode::kDark ? ThemeMode::kLight : ThemeMode::kDark;
    theme_chosen_ = true;
    Announce(theme_ == ThemeMode::kDark ? Tr("Dark theme") : Tr("Light theme"));
  }
  ImGui::SetCursorScreenPos(
      ImVec2(origin.x, std::max(after.y, ImGui::GetCursorScreenPos().y) + Px(6)));
  const float y = ImGui::GetCursorScreenPos().y;
  draw->AddLine(ImVec2(origin.x, y), ImVec2(origin.x + width, y), ImGui::GetColorU32(p.border),
                Px(1));
  ImGui::Dummy(ImVec2(0, Px(1)));
}

void AppUi::DrawStatusMessage() {
  if (message_.empty()) return;
  const Palette& p = CurrentPalette();
  const float pad = Narrow() ? Px(16) : Px(32);
  ImGui::SetCursorPosX(pad);
  ImGui::PushStyleColor(ImGuiCol_Text, message_is_error_ ? p.bad : p.good);
  ImGui::PushTextWrapPos(ImGui::GetWindowWidth() - pad - Px(110));
  Paragraph(message_.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::SameLine(ImGui::GetWindowWidth() - pad - Px(96));
  if (ImGui::SmallButton(Tr("Dismiss"))) message_.clear();
}

void AppUi::Announce(const std::string& message) {
  platform_.announcer.Announce(message);
}

void AppUi::ShowMessage(const std::string& message, bool error) {
  message_ = message;
  message_is_error_ = error;
  Announce(message);
}

void AppUi::Navigate(Screen to) {
  if (to == Screen::kProfile && session_.active())
    profile_screen_.draft = session_.assessment().profile;
  screen_ = to;
  scroll_to_top_ = true;
  const char* title = ScreenTitle(to);
  if ((to == Screen::kResults || to == Screen::kQuickResult) && session_.active()) {
    const OverallResult& o = session_.evaluation().overall;
    const std::string answered = FormatNumber(o.completion, 0, UiMessages().language());
    if (o.score) {
      Announce(Tr("{screen} screen. Score {score}, readiness {readiness}, {answered}% answered.",
                  {{"screen", title},
                   {"score", static_cast<int>(*o.score + 0.5)},
                   {"readiness", TrReadiness(o.readiness)},
                   {"answered", answered}}));
    } else {
      Announce(
          Tr("{screen} screen. Score not yet, readiness {readiness}, {answered}% answered.",
             {{"screen", title}, {"readiness", TrReadiness(o.readiness)}, {"answered", answered}}));
    }
    return;
  }
  Announce(Tr("{screen} screen", {{"screen", title}}));
}

std::string AppUi::DocumentJson() const {
  return session_.active() ? SerializeAssessmentDocument(session_.assessment(), JsonStyle::kCompact)
                           : "{}";
}

void AppUi::StartAssessment(AssessmentMode mode) {
  Profile profile;
  profile.mode = mode;
  session_.Start(profile);
  Navigate(Screen::kProfile);
}

}  // namespace cloudgap::ui
