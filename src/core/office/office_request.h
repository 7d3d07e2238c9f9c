// One report made from what a page hands over as text and bytes: the
// format's name (an Office format, a text format of core/report/report.h, or
// a comparison of comparison_request.h), the assessment document as JSON (or, for a comparison,
// both documents in one envelope), the host's branding as config.json's JSON, and its logo's bytes;
// in the language of `words` and of the catalog's words, which the reason for a failure speaks too.
// The web app's Office module (src/app/office_module.cc) is this function behind four exports; the
// UI tests answer their fake OfficeWriter with it.
#ifndef CLOUDGAP_CORE_OFFICE_OFFICE_REQUEST_H_
#define CLOUDGAP_CORE_OFFICE_OFFICE_REQUEST_H_

#include <string>
#include <string_view>

#include "core/catalog/catalog.h"
#include "core/i18n/message_catalog.h"
#include "core/office/comparison_request.h"  // kComparisonDocxRequest.

namespace cloudgap {

struct OfficeOutcome {
  bool ok = false;
  std::string bytes;  // The file, when ok.
  std::string
      reason;  // Otherwise one clause for a person: "the assessment could not be read (...)".
};

OfficeOutcome RenderOfficeRequest(const Catalog& catalog, std::string_view format,
                                  std::string_view document_json, std::string_view branding_json,
                                  std::string_view logo,
                                  const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_OFFICE_REQUEST_H_
