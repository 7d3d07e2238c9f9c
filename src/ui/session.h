// The assessment being worked on, with its evaluation and roadmap kept in step.
//
// The UI reads through the accessors and changes the document only through the
// edit methods, which call the core's edit functions (assessment_edit.h) with
// the platform clock's time. Scores are recomputed once per change, not once
// per frame; the roadmap only when a screen next asks for it, so that answering
// does not plan (at 2,000 controls the plan was a third of an answer's frame).
// No ImGui here: the session is tested like core code.
#ifndef CLOUDGAP_UI_SESSION_H_
#define CLOUDGAP_UI_SESSION_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/document/assessment_edit.h"
#include "core/engine/evaluation.h"
#include "core/engine/roadmap.h"
#include "platform/platform.h"
#include "ui/catalog_source.h"

namespace cloudgap::ui {

class Session {
 public:
  Session(CatalogSource catalog, const Clock& clock);

  // Loads the catalog if nothing has asked for it yet (ui/catalog_source.h).
  const Catalog& catalog() const { return catalog_.get(); }
  bool catalog_loaded() const { return catalog_.loaded(); }
  // The catalog's words when they ship apart (ui/catalog_source.h).
  CatalogText catalog_text() const { return catalog_.text(); }
  const std::string& catalog_text_problem() const { return catalog_.text_problem(); }
  void RequestCatalogText(SiteFiles& files) { catalog_.RequestText(files); }
  // The language of the catalog's words from now on: its file is asked for the
  // next time they are needed, and the scores stay as they are.
  void SetCatalogLanguage(const UiLanguage& language) { catalog_.SetLanguage(language); }
  const UiLanguage& catalog_language() const { return catalog_.text_language(); }
  const std::string& catalog_text_file() const { return catalog_.text_file(); }
  // True once after the words arrived; the open assessment is recomputed
  // against the complete catalog, whose ids and order are the same.
  bool TakeCatalogTextArrival();
  bool active() const { return assessment_.has_value(); }
  // Valid only while active().
  const Assessment& assessment() const { return *assessment_; }
  const Evaluation& evaluation() const { return evaluation_; }
  // Planned on the first call after a change. A reference taken before an
  // edit stays valid, with the plan from before the edit.
  const Roadmap& roadmap() const;
  // Grows by one with every change; a saver compares it with what it saved.
  std::uint64_t revision() const { return revision_; }
  // Grows whenever the evaluation is made again: a change, a load, a close or
  // the catalog's words arriving. What a screen derives from the evaluation and
  // the catalog's texts is current while this stays the same.
  std::uint64_t evaluation_revision() const { return evaluation_revision_; }

  void Start(const Profile& profile);
  void Load(Assessment assessment);
  void Close();
  // Called by Start, Load and Close before they replace an open document, so
  // that a saver can finish with it first (ui/app_keep.cc).
  void SetBeforeReplace(std::function<void()> before_replace) {
    before_replace_ = std::move(before_replace);
  }
  // Called by Start, Load and Close once the new document (or none) is in
  // place, so that state kept for the old one can be dropped (ui/screen_state.h).
  void SetAfterReplace(std::function<void()> after_replace) {
    after_replace_ = std::move(after_replace);
  }

  // The controls in scope (any asked question; in a question pack, of the
  // pack's), in catalog order.
  const std::vector<size_t>& scoped_controls() const { return scoped_; }

  EditResult SetProfile(const Profile& profile);
  EditResult Answer(const std::string& question_id, cloudgap::Answer answer,
                    const std::string& justification = "");
  EditResult SetControlNotApplicable(const std::string& control_id, bool not_applicable,
                                     const std::string& justification);
  EditResult SetNotes(const std::string& control_id, const std::string& notes);
  EditResult SetOwner(const std::string& control_id, const std::string& owner);
  EditResult SetWorkStatus(const std::string& control_id, std::optional<WorkStatus> status);
  EditResult SetReviewer(const std::string& control_id, const std::string& reviewer);
  EditResult SetStepDone(const std::string& step_id, bool done);
  EditResult SetDueDate(const std::string& control_id, const std::string& due_date);
  EditResult SetEvidence(const std::string& control_id, const std::vector<EvidenceRef>& evidence);
  EditResult SetMaturity(const std::string& control_id, std::optional<int> maturity);
  EditResult SetTarget(const std::string& control_id, std::optional<int> target);
  // The respondent's name on a question pack (core/document/question_pack.h).
  EditResult SetPackRespondent(const std::string& respondent);
  // The whole document at once, as an edit (a merge, core/engine/merge.h):
  // saved like any change. It must be for the session's catalog and valid.
  void ReplaceDocument(Assessment assessment);

 private:
  // Whether an edit can change which controls are in scope (the profile's
  // answers and a pack's controls decide it; answers and notes do not).
  enum class Scope { kKept, kMayChange };
  // Runs edit(assessment, now); recomputes when it changed the document.
  template <typename Edit>
  EditResult Apply(Edit edit, Scope scope = Scope::kKept);
  void Recompute();  // The evaluation of the open document; the roadmap is due.
  void Rescope();    // scoped_ of the open document.

  CatalogSource catalog_;
  const Clock& clock_;
  std::optional<Assessment> assessment_;
  Evaluation evaluation_;
  mutable Roadmap roadmap_;
  mutable bool roadmap_due_ = false;  // roadmap_ is of an older evaluation.
  std::vector<size_t> scoped_;
  std::uint64_t revision_ = 0;
  std::uint64_t evaluation_revision_ = 0;
  std::function<void()> before_replace_;
  std::function<void()> after_replace_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_SESSION_H_
