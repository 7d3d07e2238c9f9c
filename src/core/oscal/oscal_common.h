// What the three OSCAL exports (oscal_catalog.h, oscal_assessment_results.h,
// oscal_poam.h) share: the OSCAL version, CloudGap's property namespace, the
// mapping from catalog ids to OSCAL ids, the UUID names, and the rules that
// keep every value valid against NIST's OSCAL 1.0.6 JSON schemas:
//
//   ids      tokens that start with a letter: "12.4.1" -> "iso27002-12.4.1",
//            "CLD.9.5.2" -> "cld-9.5.2", question "12.4.1-q3" ->
//            "iso27002-12.4.1-q3"; any other character becomes '_'.
//   strings  OSCAL "string" values (property values, party names) may not
//            hold line breaks or start or end with white space: white space
//            runs become one space and the ends are trimmed; a value with
//            nothing left is left out.
//   markup   titles, descriptions and remarks are Markdown in OSCAL JSON, so
//            text there is Markdown-escaped (markdown_escape.h): nothing a user
//            typed can become markup or HTML in an OSCAL viewer.
//   times    timestamps come from the document (created_at, updated_at), never
//            a clock; OSCAL accepts years 1900-2999 and seconds to 59 only,
//            so others are clamped into that range.
//   UUIDs    version 5 in CloudGap's namespace (uuid.h), named
//            "<assessment key>/<object>"; see AssessmentKey and
//            docs/report-format.md for every name.
#ifndef CLOUDGAP_CORE_OSCAL_OSCAL_COMMON_H_
#define CLOUDGAP_CORE_OSCAL_OSCAL_COMMON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

// The OSCAL version the exports declare: the schemas they are tested against.
inline constexpr char kOscalVersion[] = "1.0.6";

// The namespace of CloudGap's own property and part names. A placeholder
// until the project has an address of its own; change it in this one place.
inline constexpr char kOscalNamespace[] = "https://cloudgap.example/ns/oscal";

using OscalJson = nlohmann::ordered_json;

// "iso27002-12.4.1", "cld-9.5.2"; also maps question ids ("cld-9.5.2-q1").
std::string OscalControlId(std::string_view catalog_id);

// OSCAL "string" (see above); "" when nothing is left.
std::string OscalString(std::string_view text);

// OSCAL markup (Markdown): cleaned and Markdown-escaped, on one line.
std::string OscalMarkup(std::string_view text);

// A timestamp OSCAL accepts, from an ISO-8601 UTC timestamp or a YYYY-MM-DD
// date (midnight UTC); clamped as above, "1970-01-01T00:00:00Z" for anything
// that is neither.
std::string OscalTimestamp(std::string_view timestamp);

// Appends {"name", "ns", "value"} to *props unless OscalString(value) is
// empty. `own` false leaves out "ns", for OSCAL's own names such as "label".
void AddProp(OscalJson* props, const char* name, std::string_view value, bool own = true);

// Identifies the assessment in every UUID name: "assessment/<catalog id>/
// <created_at>/<organisation>". Stable across edits and re-exports of the
// same document (it changes only when the organisation is renamed).
std::string AssessmentKey(const Assessment& assessment);

// CloudGapUuid(AssessmentKey(assessment) + "/" + object).
std::string AssessmentUuid(const Assessment& assessment, std::string_view object);

// The metadata every export has: title, last-modified, version, oscal-version,
// and properties naming the engine and catalog (engine-version, scoring-model,
// catalog-id, catalog-version, catalog-sha256).
OscalJson OscalMetadata(const Catalog& catalog, const std::string& title,
                        const std::string& last_modified, const std::string& version);

// Two-space indented JSON with a final newline; invalid UTF-8 replaced.
std::string DumpOscal(const OscalJson& document);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OSCAL_OSCAL_COMMON_H_
