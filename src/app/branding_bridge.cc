// Entry point for web/boot.js: hands config.json's text to the core's
// white-label reader before main() runs, so the first frame is already drawn in
// the host's name and colour. The reading and all checks are in C++
// (core/document/branding.cc); the page only fetches the file and prints the warnings.
#include <emscripten.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/document/branding.h"
#include "ui/branding.h"

namespace {

std::string g_result;  // Keeps the returned text alive until the next call.

}  // namespace

extern "C" {

// `config_json`: config.json's text, or null when there was none to read (the
// defaults, no warnings). Returns {"branding": {...settings in config.json's
// field names...}, "warnings": ["field: why", ...]} as UTF-8 JSON text, owned
// here and valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* cg_set_branding(const char* config_json) {
  cloudgap::BrandingResult result;
  if (config_json != nullptr) result = cloudgap::ParseBranding(config_json);
  cloudgap::ui::SetBranding(result.branding);
  // Warnings may quote the file's own bytes; never let one end the page.
  const std::string warnings = nlohmann::json(result.warnings)
                                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  g_result = "{\"branding\":" + cloudgap::BrandingToJson(result.branding) +
             ",\"warnings\":" + warnings + "}";
  return g_result.c_str();
}

}  // extern "C"
