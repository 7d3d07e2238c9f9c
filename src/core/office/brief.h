// The one-page brief: what a sales engineer sends after a quick scan, or a
// security lead puts in front of a board: readiness, score, the top five gaps
// with their effort, the next 90 days, and the host's call-to-action. The same
// content is the Word report's first page (report_document.h) and a
// print-ready HTML page that fits one sheet of A4 or Letter
// (tests/e2e/reports.test.mjs prints it in Chromium and counts the pages).
//
// Text is cut to lengths that keep it to one page whatever was typed: the
// organisation to 80 bytes, each gap's reason to 160. Its words are the
// report's language (ReportInput::words), scores and dates written as that
// language writes them; ids and the SHA-256 are the same in every language.
#ifndef CLOUDGAP_CORE_OFFICE_BRIEF_H_
#define CLOUDGAP_CORE_OFFICE_BRIEF_H_

#include <optional>
#include <string>
#include <vector>

#include "core/engine/report_input.h"
#include "core/i18n/message_catalog.h"
#include "core/report/report_brand.h"

namespace cloudgap {

struct BriefGap {
  std::string id;
  std::string title;
  int effort_days = 0;
  std::string reason;
};

struct Brief {
  std::string heading;         // "ISO/IEC 27017 cloud security controls quick scan"
  std::string organisation;    // Cut to fit.
  std::string scope;           // "cloud service customer · IaaS, SaaS · certified ISMS"
  std::string date;            // "31 May 2024" (FormatDate)
  std::string score;           // "62.2" ("62,2" in German), or "not scored"
  std::string readiness;       // The tier's label.
  std::string why;             // The tier's reasons, cut to 320 bytes.
  std::vector<BriefGap> gaps;  // Up to five, in roadmap order.
  std::string next_90_days;    // One sentence.
  std::string method;          // EngineLine: version, scoring model, catalog, SHA-256.
};

Brief MakeBrief(const ReportInput& input);

// Why the readiness tier is what it is, first rule first, in input.words:
// what the brief and the Word report print.
std::vector<std::string> ReadinessReasons(const ReportInput& input);

// A self-contained HTML page (no script; its style allowed by hash), in the
// brand's name, colour and logo (a data: URI), ending with its call-to-action.
// `words` are the ones `brief` was made with: they give the page's labels
// and its lang.
std::string RenderBriefHtml(const Brief& brief, const ReportBrand& brand,
                            const MessageCatalog& words);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_BRIEF_H_
