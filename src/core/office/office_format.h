// The Office formats' names, labels, types and file names: all a menu needs
// to offer one, without the code that writes it (office_report.h), which the
// web app loads only when a user asks for a file.
//
//   xlsx   the workbook of report_workbook.h (xlsx_writer.h)
//   docx   the Word report of report_document.h (docx_writer.h)
//   brief  the one-page brief of brief.h, as print-ready HTML
#ifndef CLOUDGAP_CORE_OFFICE_OFFICE_FORMAT_H_
#define CLOUDGAP_CORE_OFFICE_OFFICE_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/document/assessment.h"

namespace cloudgap {

enum class OfficeFormat { kXlsx, kDocx, kBrief };

inline constexpr OfficeFormat kOfficeFormats[] = {OfficeFormat::kXlsx, OfficeFormat::kDocx,
                                                  OfficeFormat::kBrief};

const char* OfficeFormatName(OfficeFormat format);  // "xlsx", "docx", "brief"
std::optional<OfficeFormat> ParseOfficeFormat(std::string_view name);
const char* OfficeFormatLabel(OfficeFormat format);      // "Workbook (Excel, editable)"
const char* OfficeFormatMimeType(OfficeFormat format);   // Binary: no charset.
const char* OfficeFormatExtension(OfficeFormat format);  // "xlsx"

// "cloudgap-acme-ltd-2024-05-03.xlsx", "...-brief.html": the stem every report
// of the document has.
std::string OfficeReportFileName(const Assessment& assessment, OfficeFormat format);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_OFFICE_FORMAT_H_
