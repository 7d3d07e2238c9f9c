// What each screen keeps between frames that is not in the document: text
// being typed that is not yet valid to save, a position, an open panel.
// Grouped per screen, each with one Reset() (the pattern of Tracy's View);
// AppUi resets them all in one place, whenever the session replaces the
// document (ui/session.h SetAfterReplace), so nothing typed for one
// assessment shows up in the next. New screen state goes in one of these.
#ifndef CLOUDGAP_UI_SCREEN_STATE_H_
#define CLOUDGAP_UI_SCREEN_STATE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/document/assessment.h"
#include "core/engine/closeout.h"
#include "core/engine/compare.h"
#include "core/engine/merge.h"
#include "core/engine/roadmap.h"
#include "core/engine/trend.h"
#include "core/office/office_format.h"
#include "core/report/portfolio.h"
#include "core/report/report.h"
#include "ui/charts.h"
#include "ui/virtual_list.h"

namespace cloudgap::ui {

struct QuestionnaireState {
  size_t control = 0;      // Position in Session::scoped_controls().
  int focus_question = 0;  // The question the answer keys apply to.
  bool navigator_open = false;
  // A "not applicable" is recorded only with its justification: until then
  // the choice and the text typed so far wait here.
  std::map<std::string, std::string> na_drafts;  // By question id.
  std::map<std::string, bool> na_pending;        // N/A chosen, awaiting justification.
  std::string control_na_draft;
  bool control_na_pending = false;
  // Partial dates are normal while typing; a valid one is saved.
  std::map<std::string, std::string> due_drafts;  // By control id.
  // Evidence dates being typed, by "<control>/<row>/date" and ".../review_by".
  std::map<std::string, std::string> evidence_date_drafts;
  VirtualList navigator_rows;  // The navigator, drawn only where it can be seen.
  // Of one evaluation (Session::evaluation_revision), not made again each
  // frame: each clause's done and total, and the controls in scope as a key.
  std::optional<std::uint64_t> navigator_revision;
  std::map<int, std::pair<int, int>> clause_progress;
  std::uint64_t scope_key = 0;

  void Reset() { *this = QuestionnaireState(); }
};

struct ProfileState {
  Profile draft;  // Edited here and saved whenever it is valid.

  void Reset() { *this = ProfileState(); }
};

struct ResultsState {
  std::string why_control;  // The control whose score is being explained.
  // The close-out check of one revision of the document, made once for it.
  std::optional<std::uint64_t> closeout_revision;
  std::string closeout_language;  // The findings' words are in it.
  std::vector<CloseoutFinding> closeout;
  // The heatmap's rows for one evaluation (Session::evaluation_revision): at
  // 2,000 controls, building them each frame was a fifth of the frame.
  std::optional<std::uint64_t> heat_revision;
  std::vector<HeatRow> heat_rows;

  void Reset() { *this = ResultsState(); }
};

struct RoadmapState {
  std::array<VirtualList, kPhaseCount> cards;  // One list per phase.

  void Reset() { *this = RoadmapState(); }
};

struct LibraryState {
  std::string renaming_id;  // The entry whose name is being edited.
  std::string rename_draft;
  std::string compare_from;   // The entry picked first for a comparison.
  bool pasting_link = false;  // A share link to compare with is being pasted.
  std::string link_draft;
  // The entry a share link being opened is to be compared with; the link
  // opens into the comparison instead of the session.
  std::string compare_link_from;

  void Reset() { *this = LibraryState(); }
};

// Handing out question packs (core/document/question_pack.h): the controls
// chosen for the next pack, for whom, and the packs made so far.
struct HandOutState {
  std::set<std::string> chosen;  // Control ids.
  std::string handed_to;
  std::optional<Assessment> pack;  // The last pack made, for its link.
  bool link_copied = false;
  std::vector<std::string> made;  // "Alice: 12 controls", one per pack made.

  void Reset() { *this = HandOutState(); }
};

// A merge being prepared (core/engine/merge.h): the kept assessment it goes
// into, the files brought so far, the plan, and the choices made. Choices are
// kept by conflict key and file, so adding a file keeps them.
struct MergeState {
  std::string base_id;  // Library id; empty when no merge is being prepared.
  std::vector<MergeInput> incoming;
  MergePlan plan;
  std::map<std::string, size_t> chosen;  // Conflict key -> MergeInput index.

  void Reset() { *this = MergeState(); }
};

// One side of a comparison: a kept assessment (its library id) or an opened
// file (no id), named as the person knows it, with its document as read.
struct ComparedSide {
  std::string id;
  std::string name;
  std::string json;
};

// The ways a comparison can be downloaded from its screen.
// kMarkdownCopy: the Markdown to the clipboard. Every kind is made by the
// reports' module, so none of the comparison's writers is in the first visit.
enum class CompareDownload { kHtml, kMarkdown, kWord, kMarkdownCopy };

// The comparison on show, and what the older catalog version of either side
// dropped (so could not be compared).
struct CompareState {
  std::optional<Comparison> result;
  ComparedSide before, after;
  std::vector<std::string> not_compared;
  // A download asked for before the logo or the catalog's words were in.
  std::optional<CompareDownload> pending;

  void Reset() { *this = CompareState(); }
};

// The trend on show: one organisation's kept assessments, one trend per scope.
struct TrendState {
  std::string organisation_key;
  std::vector<Trend> trends;
};

// The size the download menu shows beside each format, for one revision of the
// document: known once one was made, since the reports' code is in a module
// the page loads on first use.
struct ReportMenuState {
  std::uint64_t revision = 0;
  std::array<size_t, std::size(kReportFormats)> text{};    // 0: none made yet.
  std::array<size_t, std::size(kOfficeFormats)> office{};  // 0: none made yet.

  void Reset() { *this = ReportMenuState(); }
};

// Sealed results brought into the inbox (ui/screen_inbox.cc), each opened
// once a private key is given. The key lives here only, for the page's life:
// never stored, never written anywhere.
struct InboxItem {
  enum class Step { kWaiting, kOpening, kOpened, kFailed };
  std::string source;    // "acme.cloudgap-sealed.json", "a link".
  std::string envelope;  // The envelope's bytes, once its carrier was read.
  Step step = Step::kWaiting;
  std::string problem;   // Why it cannot be opened, for people.
  std::string document;  // The document's JSON text, when opened.
  PortfolioRow row;      // Its summary, when opened.
};
struct InboxState {
  std::string private_key;
  std::vector<InboxItem> items;
  unsigned generation = 0;  // Openings asked for under an earlier key are dropped.
};

// Sending the results to the host, sealed (ui/send_results.cc).
struct SendState {
  enum class Step { kChoosing, kSealing, kSent, kFailed };
  bool open = false;
  bool include_notes = false;  // Notes and evidence are the user's to add.
  Step step = Step::kChoosing;
  unsigned generation = 0;  // A seal finished after the dialog moved on is dropped.
  std::string link;         // The sealed link, when it fits in an e-mail.
  std::string file_name;    // Else the file to attach, as downloaded.
  std::string file;
  std::string mail;  // The mailto: link opened.
  std::string error;

  void Reset() {
    const unsigned next = generation + 1;
    *this = SendState();
    generation = next;
  }
};

struct ShareDialogState {
  bool open = false;
  bool leave_out_notes = false;
  std::string passphrase;
  bool copied = false;
  std::string open_passphrase;

  void Reset() { *this = ShareDialogState(); }
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_SCREEN_STATE_H_
