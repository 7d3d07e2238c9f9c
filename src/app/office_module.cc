// The reports' module: a WebAssembly module of its own (office-module.js and
// office-module.wasm beside the app), which the page loads only when a user
// first asks for a report (platform/web/web_office_writer.cc), so none of the
// report writers (text, Office, comparison), nor the OOXML, ZIP or zlib code,
// is in the first visit's download.
//
// One call renders one report (core/office/office_request.h) from what the
// page hands over: the format's name, the assessment document, the catalog's
// words in the visitor's language (the built-in catalog's structure is
// compiled in, as in the app), the branding boot.js applied, its logo's bytes
// and the language's message catalog (empty for English). The bytes, or on
// failure a clause saying why, wait in the result until cg_office_release.
#include <emscripten.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_text.h"
#include "core/i18n/message_catalog.h"
#include "core/office/office_request.h"

namespace {

std::string g_result;
// Each parsed once and kept while the next call brings the same words: a
// visitor who changes language between two reports gets the new ones.
std::optional<cloudgap::Catalog> g_catalog;
std::string g_catalog_text;
cloudgap::MessageCatalog g_messages;
std::string g_messages_text;

std::string_view View(const char* bytes, int length) {
  return bytes == nullptr || length <= 0 ? std::string_view()
                                         : std::string_view(bytes, static_cast<size_t>(length));
}

bool Render(std::string_view format, std::string_view document, std::string_view text,
            std::string_view branding, std::string_view logo, std::string_view messages) {
  if (messages != g_messages_text) {
    // A language's file that does not load leaves the report in English
    // rather than failing it: the site's own file, checked at build time.
    cloudgap::MessageCatalogLoad loaded = cloudgap::LoadMessageCatalog(messages);
    g_messages = messages.empty() || loaded.problem != cloudgap::InputProblem::kNone
                     ? cloudgap::MessageCatalog()
                     : std::move(loaded.catalog);
    g_messages_text = std::string(messages);
  }
  if (!g_catalog || text != g_catalog_text) {
    g_catalog.reset();
    cloudgap::CatalogLoadResult loaded =
        cloudgap::LoadCatalogWithText(cloudgap::EmbeddedCatalogStructureJson(), text);
    if (!loaded.catalog) {
      g_result = "the catalog's words do not fit this version (" +
                 (loaded.errors.empty() ? std::string("unknown") : loaded.errors[0].ToString()) +
                 ")";
      return false;
    }
    g_catalog = std::move(loaded.catalog);
    g_catalog_text = std::string(text);
  }
  cloudgap::OfficeOutcome outcome =
      cloudgap::RenderOfficeRequest(*g_catalog, format, document, branding, logo, g_messages);
  g_result = outcome.ok ? std::move(outcome.bytes) : std::move(outcome.reason);
  return outcome.ok;
}

}  // namespace

extern "C" {

// 1 when g_result holds the file, 0 when it holds why not.
EMSCRIPTEN_KEEPALIVE int cg_office_render(const char* format, int format_length,
                                          const char* document, int document_length,
                                          const char* text, int text_length, const char* brand,
                                          int brand_length, const char* logo, int logo_length,
                                          const char* messages, int messages_length) {
  return Render(View(format, format_length), View(document, document_length),
                View(text, text_length), View(brand, brand_length), View(logo, logo_length),
                View(messages, messages_length))
             ? 1
             : 0;
}

EMSCRIPTEN_KEEPALIVE const char* cg_office_result_data() {
  return g_result.data();
}

EMSCRIPTEN_KEEPALIVE int cg_office_result_size() {
  return static_cast<int>(g_result.size());
}

EMSCRIPTEN_KEEPALIVE void cg_office_release() {
  std::string().swap(g_result);
}

}  // extern "C"
