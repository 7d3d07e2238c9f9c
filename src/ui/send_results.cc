// Sending the results to the host, sealed (docs/sealed-results.md), when the
// host's config.json names where (core/document/branding.h, SendResults). The
// dialog shows what is sent before anything is; the document is sealed in
// the browser for the host's public key (platform.h, ResultSealer) and handed
// to the user's own mail program: a link in the message when it fits, else a
// file, downloaded, to attach. Nothing is sent by CloudGap.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cstdio>

#include "core/document/document_json.h"
#include "core/document/file_name.h"
#include "core/document/share_link.h"
#include "core/engine/readiness.h"
#include "core/sealed/public_key.h"
#include "core/sealed/sealed_carrier.h"
#include "core/sealed/sealed_envelope.h"
#include "core/text/mailto.h"
#include "core/text/score_format.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

constexpr char kSendDialog[] = "Send the results##dialog";
// Longer mailto: links are cut or refused by some mail programs and browsers.
constexpr size_t kMaxMailtoChars = 1900;

}  // namespace

void AppUi::DrawSendButton() {
  const std::optional<SendResults>& send = GetBranding().send_results;
  if (!send) return;
  if (!Narrow()) ImGui::SameLine();
  if (SecondaryButton(Tr("Send to {host}", {{"host", send->to}}).c_str(),
                      ImVec2(Narrow() ? -1.0f : 0.0f, Px(48)))) {
    send_.Reset();
    send_.open = true;
  }
}

void AppUi::StartSend() {
  const SendResults& send = *GetBranding().send_results;
  const PublicKeyRead key = ReadPublicKeyPem(send.public_key, UiMessages());
  if (!key.key) {
    send_.step = SendState::Step::kFailed;
    send_.error =
        Tr("This site's key for sealed results cannot be used: {problem} Nothing was sent; tell "
           "the site's owner.",
           {{"problem", key.message}});
    return;
  }
  send_.step = SendState::Step::kSealing;
  const unsigned generation = send_.generation;
  const std::string header = FormatSealedHeader(SchemeFor(key.key->kind), key.key->key_id);
  platform_.results.Seal(
      header, key.key->spki_der, ShareDocumentJson(session_.assessment(), send_.include_notes),
      [this, generation](const ResultSealer::Result& result) {
        if (generation != send_.generation) return;
        if (result.status == ResultSealer::Status::kOk) return Sent(result.bytes);
        send_.step = SendState::Step::kFailed;
        send_.error = result.status == ResultSealer::Status::kUnsupported
                          ? Tr("This browser cannot seal here (sealing needs a secure, "
                               "https page). Nothing was sent.")
                          : Tr("This site's key for sealed results cannot be used. Nothing "
                               "was sent; tell the site's owner.");
      });
}

// Hands the sealed result to the mail program: the link in the message when
// it fits, else the file to attach.
void AppUi::Sent(const std::string& envelope) {
  const SendResults& send = *GetBranding().send_results;
  const Assessment& a = session_.assessment();
  const std::string& organisation = a.profile.organisation;
  const std::string subject =
      organisation.empty()
          ? std::string(Tr("CloudGap results: our assessment"))
          : Tr("CloudGap results: {organisation}", {{"organisation", organisation}});
  const std::string link = FormatSealedLink(platform_.location.PageUrl(), envelope);
  const std::string body =
      organisation.empty()
          ? std::string(Tr("Hello,\n\nhere are our cloud security results from CloudGap, sealed so "
                           "that only you can read them.\n\n"))
          : Tr("Hello,\n\nhere are {organisation}'s cloud security results from CloudGap, sealed "
               "so that only you can read them.\n\n",
               {{"organisation", organisation}});
  send_.mail = MailtoLink(send.email, subject, body + link + "\n");
  if (send_.mail.size() <= kMaxMailtoChars) {
    send_.link = link;
  } else {
    send_.file_name = AssessmentFileStem(a) + ".cloudgap-sealed.json";
    send_.file = FormatSealedFile(send.to, envelope);
    platform_.files.Download(send_.file_name, "application/json", send_.file);
    send_.mail = MailtoLink(
        send.email, subject,
        body + Tr("They are in the attached file, {file}.\n", {{"file", send_.file_name}}));
  }
  send_.step = SendState::Step::kSent;
  platform_.location.OpenLink(send_.mail);
  Announce(send_.link.empty() ? Tr("Sealed and downloaded: attach the file to the message")
                              : Tr("Sealed: your mail program opens the message"));
}

void AppUi::DrawSendDialog() {
  if (send_.open && !session_.active()) send_.open = false;
  if (send_.open && !ImGui::IsPopupOpen(kSendDialog)) ImGui::OpenPopup(kSendDialog);
  PlaceNextDialog();
  if (!ImGui::BeginPopupModal(kSendDialog, nullptr, kDialogFlags)) return;
  const std::optional<SendResults>& send = GetBranding().send_results;
  if (!send_.open || !send || !session_.active()) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const Palette& p = CurrentPalette();
  const Assessment& a = session_.assessment();
  const OverallResult& o = session_.evaluation().overall;
  ImGui::PushTextWrapPos(0.0f);
  Heading(Tr("Send your results to {host}", {{"host", send->to}}).c_str());
  Paragraph(Tr("What is sent is sealed in this browser, so that only {host} can read it. It "
               "leaves only when your mail program sends it.",
               {{"host", send->to}})
                .c_str());
  char score[16];
  FormatShownScore(o.score, score);
  const std::string what[] = {
      a.profile.organisation.empty()
          ? std::string(Tr("Organisation: (not given)"))
          : Tr("Organisation: {organisation}", {{"organisation", a.profile.organisation}}),
      Tr("Role: {role}", {{"role", TrRoleScope(a.profile.role)}}),
      Tr("Score {score}, readiness: {readiness}",
         {{"score", score}, {"readiness", TrReadiness(o.readiness)}}),
      send_.include_notes
          ? Tr("Your answers to {count} questions, with your notes and evidence",
               {{"count", a.answers.size()}})
          : Tr("Your answers to {count} questions, without notes", {{"count", a.answers.size()}}),
  };
  for (const std::string& line : what) {
    ImGui::Bullet();
    Paragraph(line.c_str());
  }
  const bool choosing = send_.step == SendState::Step::kChoosing;
  ImGui::BeginDisabled(!choosing);
  ImGui::Checkbox(Tr("Include notes and evidence##send"), &send_.include_notes);
  ImGui::EndDisabled();
  if (ImGui::TreeNode(Tr("Exactly what is sent##send-data"))) {
    std::string data = ShareDocumentJson(a, send_.include_notes);
    TextArea("##send-json", Tr("What is sent"), &data, ImVec2(-1, Px(160)),
             ImGuiInputTextFlags_ReadOnly);
    ImGui::TreePop();
  }
  ImGui::Dummy(ImVec2(0, Px(4)));
  switch (send_.step) {
    case SendState::Step::kChoosing:
      if (PrimaryButton(Tr("Seal and send"), ImVec2(0, Px(40)))) StartSend();
      break;
    case SendState::Step::kSealing: Paragraph(Tr("Sealing…")); break;
    case SendState::Step::kSent:
      ColouredParagraph(send_.link.empty()
                            ? Tr("Sealed. Your mail program opens a message to {email}: attach "
                                 "{file}, just downloaded (the results are too long for a link).",
                                 {{"email", send->email}, {"file", send_.file_name}})
                            : Tr("Sealed. Your mail program opens a message to {email} with the "
                                 "sealed link: send it.",
                                 {{"email", send->email}}),
                        p.good);
      {
        ButtonRow row;
        if (row.Button(Tr("Open the message again"))) platform_.location.OpenLink(send_.mail);
        if (!send_.link.empty() && row.Button(Tr("Copy the link"))) {
          platform_.clipboard.SetText(send_.link);
          Announce(Tr("The sealed link is copied to the clipboard"));
        }
        if (!send_.file.empty() && row.Button(Tr("Download the file again"))) {
          platform_.files.Download(send_.file_name, "application/json", send_.file);
        }
      }
      break;
    case SendState::Step::kFailed: ColouredParagraph(send_.error, p.bad); break;
  }
  if (SecondaryButton(Tr("Close##send"))) {
    send_.Reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

}  // namespace cloudgap::ui
