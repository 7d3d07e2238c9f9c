#include "core/oscal/oscal_common.h"

#include "core/engine/engine_version.h"
#include "core/engine/scoring.h"
#include "core/text/iso_date.h"
#include "core/text/markdown_escape.h"
#include "core/text/text_clean.h"
#include "core/text/uuid.h"

namespace cloudgap {
namespace {

constexpr char kFallbackTimestamp[] = "1970-01-01T00:00:00Z";

bool IsTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_';
}

// White space and line terminators as JSON Schema's regular expressions
// (ECMA-262) see them: what "\S" excludes and "." does not match.
bool IsEcmaSpace(char32_t c) {
  switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF: return true;
    default: return c >= 0x2000 && c <= 0x200A;
  }
}

}  // namespace

std::string OscalControlId(std::string_view catalog_id) {
  std::string id;
  if (catalog_id.substr(0, 4) == "CLD.") {
    id = "cld-" + std::string(catalog_id.substr(4));
  } else {
    id = "iso27002-" + std::string(catalog_id);
  }
  for (char& c : id) {
    if (!IsTokenChar(c)) c = '_';
  }
  return id;
}

std::string OscalString(std::string_view text) {
  const std::string clean = CleanText(text);
  std::string out;
  bool space = false;
  size_t pos = 0;
  while (pos < clean.size()) {
    const size_t start = pos;
    const char32_t c = NextCodePoint(clean, &pos);
    if (IsEcmaSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out.append(clean, start, pos - start);
  }
  return out;
}

std::string OscalMarkup(std::string_view text) {
  return EscapeMarkdownInline(OscalString(text));
}

std::string OscalTimestamp(std::string_view timestamp) {
  std::string t;
  if (IsUtcTimestamp(timestamp)) {
    t = std::string(timestamp);
  } else if (IsCalendarDate(timestamp)) {
    t = std::string(timestamp) + "T00:00:00Z";
  } else {
    return kFallbackTimestamp;
  }
  if (t.compare(0, 4, "1900") < 0) return "1900-01-01T00:00:00Z";
  if (t.compare(0, 4, "2999") > 0) return "2999-12-31T23:59:59Z";
  if (t.compare(17, 2, "60") == 0) t.replace(17, 2, "59");  // A leap second.
  return t;
}

void AddProp(OscalJson* props, const char* name, std::string_view value, bool own) {
  std::string v = OscalString(value);
  if (v.empty()) return;
  OscalJson prop = {{"name", name}};
  if (own) prop["ns"] = kOscalNamespace;
  prop["value"] = std::move(v);
  props->push_back(std::move(prop));
}

std::string AssessmentKey(const Assessment& assessment) {
  return "assessment/" + assessment.catalog_id + "/" + assessment.created_at + "/" +
         assessment.profile.organisation;
}

std::string AssessmentUuid(const Assessment& assessment, std::string_view object) {
  return CloudGapUuid(AssessmentKey(assessment) + "/" + std::string(object));
}

OscalJson OscalMetadata(const Catalog& catalog, const std::string& title,
                        const std::string& last_modified, const std::string& version) {
  OscalJson props = OscalJson::array();
  AddProp(&props, "engine-version", EngineVersion());
  AddProp(&props, "scoring-model", kScoringModel);
  AddProp(&props, "catalog-id", catalog.id);
  AddProp(&props, "catalog-version", catalog.version);
  AddProp(&props, "catalog-sha256", catalog.sha256);
  const std::string v = OscalString(version);
  return {{"title", title},
          {"last-modified", OscalTimestamp(last_modified)},
          {"version", v.empty() ? std::string("1") : v},
          {"oscal-version", kOscalVersion},
          {"props", std::move(props)}};
}

std::string DumpOscal(const OscalJson& document) {
  return document.dump(2, ' ', false, OscalJson::error_handler_t::replace) + "\n";
}

}  // namespace cloudgap
