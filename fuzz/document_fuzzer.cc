// The assessment document's door: a file opened or dropped, a saved copy, the
// document inside a share link. Everything goes through LoadAssessmentDocument
// (size, kind, migration, strict parse); what it accepts must survive a round
// trip through the writer unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cloudgap::Catalog& catalog = cloudgap::BuiltinCatalog();
  cloudgap::MigrateAssessmentDocument(text);
  const cloudgap::DocumentParseResult loaded = cloudgap::LoadAssessmentDocument(catalog, text);
  if (!loaded.assessment) {
    if (loaded.errors.empty()) std::abort();  // A refusal always says why.
    return 0;
  }
  const std::string written = cloudgap::SerializeAssessmentDocument(*loaded.assessment);
  const cloudgap::DocumentParseResult again = cloudgap::LoadAssessmentDocument(catalog, written);
  if (!again.assessment || !(*again.assessment == *loaded.assessment) ||
      cloudgap::SerializeAssessmentDocument(*again.assessment) != written) {
    std::fprintf(stderr, "round trip changed the document:\n%s\n", written.c_str());
    std::abort();
  }
  return 0;
}
