#include "core/office/office_format.h"

#include "core/document/file_name.h"

namespace cloudgap {
namespace {

struct OfficeFormatInfo {
  OfficeFormat format;
  const char* name;
  const char* label;
  const char* mime_type;
  const char* extension;
  const char* file_suffix;  // Before the extension.
};

constexpr OfficeFormatInfo kInfo[] = {
    {OfficeFormat::kXlsx, "xlsx", "Workbook (Excel, editable)",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", ""},
    {OfficeFormat::kDocx, "docx", "Report (Word, editable)",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", ""},
    {OfficeFormat::kBrief, "brief", "One-page brief (HTML, to print)", "text/html;charset=utf-8",
     "html", "-brief"},
};

const OfficeFormatInfo& InfoFor(OfficeFormat format) {
  for (const OfficeFormatInfo& info : kInfo) {
    if (info.format == format) return info;
  }
  return kInfo[0];
}

}  // namespace

const char* OfficeFormatName(OfficeFormat format) {
  return InfoFor(format).name;
}

const char* OfficeFormatLabel(OfficeFormat format) {
  return InfoFor(format).label;
}

const char* OfficeFormatMimeType(OfficeFormat format) {
  return InfoFor(format).mime_type;
}

const char* OfficeFormatExtension(OfficeFormat format) {
  return InfoFor(format).extension;
}

std::optional<OfficeFormat> ParseOfficeFormat(std::string_view name) {
  for (const OfficeFormatInfo& info : kInfo) {
    if (name == info.name) return info.format;
  }
  return std::nullopt;
}

std::string OfficeReportFileName(const Assessment& assessment, OfficeFormat format) {
  const OfficeFormatInfo& info = InfoFor(format);
  return AssessmentFileStem(assessment) + info.file_suffix + "." + info.extension;
}

}  // namespace cloudgap
