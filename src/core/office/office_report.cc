#include "core/office/office_report.h"

#include <exception>

#include "core/engine/report_input.h"
#include "core/engine/scoring.h"
#include "core/office/brief.h"
#include "core/office/docx_writer.h"
#include "core/office/report_document.h"
#include "core/office/report_workbook.h"
#include "core/office/xlsx_writer.h"

namespace cloudgap {

RenderedReport RenderOfficeReport(const Catalog& catalog, const Assessment& assessment,
                                  OfficeFormat format, const ReportBrand& brand,
                                  const MessageCatalog& words) {
  RenderedReport report{"", OfficeFormatMimeType(format), OfficeFormatExtension(format)};
  try {
    const Evaluation evaluation = Evaluate(catalog, assessment);
    const Roadmap roadmap =
        BuildRoadmap(catalog, assessment, evaluation, EffortPoint::kMidpoint, words);
    const ReportInput input(catalog, assessment, evaluation, roadmap, words);
    std::optional<std::string> bytes;
    switch (format) {
      case OfficeFormat::kXlsx: bytes = WriteXlsx(ReportWorkbook(input, brand)); break;
      case OfficeFormat::kDocx: bytes = WriteDocx(ReportDocument(input, brand)); break;
      case OfficeFormat::kBrief: bytes = RenderBriefHtml(MakeBrief(input), brand, words); break;
    }
    if (bytes) report.bytes = std::move(*bytes);
  } catch (const std::exception&) {
    report.bytes.clear();  // Only allocation can fail; empty says so.
  }
  return report;
}

}  // namespace cloudgap
