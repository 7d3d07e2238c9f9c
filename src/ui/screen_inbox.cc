// The inbox: sealed results (docs/sealed-results.md) the host received, as
// files or links, opened with the host's private key, pasted for this page
// only, and listed side by side (organisation, role, readiness, score, top
// gaps), exported as one CSV for a CRM, each openable in full.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/document/document_migration.h"
#include "core/engine/readiness.h"
#include "core/sealed/public_key.h"
#include "core/sealed/sealed_carrier.h"
#include "core/sealed/sealed_envelope.h"
#include "core/text/score_format.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

std::string OpenProblem(ResultSealer::Status status) {
  SealedError error = SealedError::kDamaged;
  switch (status) {
    case ResultSealer::Status::kOtherKey: error = SealedError::kOtherKey; break;
    case ResultSealer::Status::kChanged: error = SealedError::kChanged; break;
    case ResultSealer::Status::kDamaged: break;
    case ResultSealer::Status::kBadKey: error = SealedError::kBadPrivateKey; break;
    default:
      return Tr("This browser cannot open sealed results here (it needs a secure, https page).");
  }
  return SealedErrorMessage(error, UiMessages());
}

}  // namespace

void AppUi::AddSealed(const std::string& source, const std::string& carrier_text, bool link) {
  const SealedCarrierParse parsed =
      link ? ParseSealedFragment(carrier_text) : ParseSealedFile(carrier_text);
  InboxItem item;
  item.source = source;
  if (parsed.envelope) {
    item.envelope = *parsed.envelope;
  } else {
    item.step = InboxItem::Step::kFailed;
    item.problem = SealedErrorMessage(parsed.error, UiMessages());
  }
  inbox_.items.push_back(std::move(item));
  Navigate(Screen::kInbox);
}

// Each waiting result, once there is a key: the core checks the envelope's
// layout and the browser opens it.
void AppUi::OpenWaitingSealed() {
  const bool waiting =
      std::any_of(inbox_.items.begin(), inbox_.items.end(),
                  [](const InboxItem& item) { return item.step == InboxItem::Step::kWaiting; });
  if (!waiting || IsBlank(inbox_.private_key)) return;  // Most frames: nothing to decode.
  const std::optional<std::string> der = DecodePem(inbox_.private_key, "PRIVATE KEY");
  for (size_t i = 0; i < inbox_.items.size(); ++i) {
    InboxItem& item = inbox_.items[i];
    if (item.step != InboxItem::Step::kWaiting) continue;
    const SealedHeaderParse header = ParseSealedHeader(item.envelope);
    if (!der || !header.header) {
      item.step = InboxItem::Step::kFailed;
      item.problem =
          SealedErrorMessage(der ? header.error : SealedError::kBadPrivateKey, UiMessages());
      continue;
    }
    item.step = InboxItem::Step::kOpening;
    const unsigned generation = inbox_.generation;
    platform_.results.Open(
        *der, item.envelope, [this, i, generation](const ResultSealer::Result& result) {
          if (generation != inbox_.generation || i >= inbox_.items.size()) {
            return;
          }
          InboxItem& done = inbox_.items[i];
          if (result.status != ResultSealer::Status::kOk) {
            done.step = InboxItem::Step::kFailed;
            done.problem = OpenProblem(result.status);
            return;
          }
          done.row = SummarizeDocument(session_.catalog(), result.bytes, done.source);
          done.document = result.bytes;
          done.step =
              done.row.problem.empty() ? InboxItem::Step::kOpened : InboxItem::Step::kFailed;
          done.problem = done.row.problem;
        });
  }
}

void AppUi::DrawInbox() {
  const Palette& p = CurrentPalette();
  const float width = BeginColumn(960);
  Title(Tr("Sealed results"));
  Paragraph(
      Tr("Results people sent you sealed, as files or links. Paste your private key to open "
         "them: it stays in this page only, is never saved, and is gone when the page closes."));
  ImGui::SetNextItemWidth(width);
  if (TextField("##inbox-key", Tr("Your private key"), &inbox_.private_key,
                ImGuiInputTextFlags_Password)) {
    ++inbox_.generation;  // Results opened under the old key are asked for again.
    for (InboxItem& item : inbox_.items) {
      if (item.step != InboxItem::Step::kOpened && !item.envelope.empty()) {
        item.step = InboxItem::Step::kWaiting;
        item.problem.clear();
      }
    }
  }
  OpenWaitingSealed();
  ButtonRow actions;
  if (actions.Button(Tr("Add sealed files"), true)) {
    platform_.files.RequestOpen(".json,application/json");
  }
  std::vector<PortfolioRow> rows;
  for (const InboxItem& item : inbox_.items) {
    if (item.step == InboxItem::Step::kOpened) rows.push_back(item.row);
  }
  if (!rows.empty() && actions.Button(Tr("Export as CSV"))) {
    platform_.files.Download("cloudgap-sealed-results.csv", "text/csv", RenderPortfolioCsv(rows));
  }
  if (!IsBlank(inbox_.private_key) && actions.Button(Tr("Forget the key"))) {
    inbox_.private_key.clear();
    ++inbox_.generation;
  }
  MutedParagraph(Tr("You can also drop the files onto this page."));

  for (size_t i = 0; i < inbox_.items.size(); ++i) {
    const InboxItem& item = inbox_.items[i];
    ImGui::PushID(static_cast<int>(i));
    BeginCard("sealed");
    if (item.step == InboxItem::Step::kOpened) {
      const PortfolioRow& r = item.row;
      Paragraph(r.organisation.empty() ? Tr("(no organisation given)") : r.organisation.c_str(),
                GetFonts().strong);
      char score[16];
      FormatShownScore(r.score, score);
      const std::optional<RoleScope> role = ParseRoleScope(r.role);
      MutedParagraph(((role ? TrRoleScope(*role) : r.role) + " · " + r.services + " · " + r.date +
                      " · " + item.source)
                         .c_str());
      Paragraph(Tr("Score {score} · Readiness: {readiness}",
                   {{"score", score}, {"readiness", TrReadiness(r.readiness)}})
                    .c_str());
      for (const std::string& gap : r.top_gaps) {
        ImGui::Bullet();
        Paragraph(gap.c_str());
      }
      if (SecondaryButton(Tr("Open in full"))) {
        DocumentParseResult parsed = LoadAssessmentDocument(session_.catalog(), item.document);
        if (parsed.assessment) {
          session_.Load(std::move(*parsed.assessment));
          shared_view_ = true;  // Shown, not kept, as a shared link is.
          Navigate(session_.assessment().profile.mode == AssessmentMode::kQuick
                       ? Screen::kQuickResult
                       : Screen::kResults);
        }
      }
    } else {
      Paragraph(item.source.c_str(), GetFonts().strong);
      if (item.step == InboxItem::Step::kFailed) {
        ColouredParagraph(item.problem, p.bad);
      } else if (item.step == InboxItem::Step::kOpening) {
        MutedParagraph(Tr("Opening…"));
      } else {
        MutedParagraph(Tr("Waiting for your private key."));
      }
    }
    EndCard();
    ImGui::PopID();
  }
  EndColumn();
}

}  // namespace cloudgap::ui
