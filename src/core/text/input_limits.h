// Every limit on what CloudGap takes in from outside, in one place
// (docs/limits.md explains each choice). Whatever comes in through a door of
// the app (a file opened or dropped, the browser's saved copy, a share link,
// config.json, a catalog) is checked against these before it is parsed or
// kept, and anything beyond them is refused with a message that names the
// limit and what was found, never with a slowdown or running out of memory.
//
// Each limit is far above what real use produces, so that no honest input
// meets one: a full assessment with long notes is a few hundred kilobytes and
// five levels deep. The editing functions (assessment_edit.h) hold the text
// limits too, so the app never writes a document that it would then refuse.
#ifndef CLOUDGAP_CORE_TEXT_INPUT_LIMITS_H_
#define CLOUDGAP_CORE_TEXT_INPUT_LIMITS_H_

#include <cstddef>

namespace cloudgap {

// An assessment document, from any door. localStorage holds about 5 MB in all.
inline constexpr size_t kMaxDocumentBytes = 5 * 1024 * 1024;

// Any one text field of a document (organisation, notes, owner, a
// justification, an evidence reference's text or link), in characters
// (Unicode code points): some 15 pages of prose.
inline constexpr size_t kMaxTextFieldChars = 20000;

// Evidence references kept for one control. (Each control has one notes
// field, and a document holds only the catalog's controls and questions, so
// the catalog bounds how many notes and answers there can be.)
inline constexpr size_t kMaxEvidenceItems = 100;

// Nesting of JSON objects and lists, for every JSON input. CloudGap's own
// files nest at most six levels; the limit is checked while parsing, before
// any deeper value is built.
inline constexpr size_t kMaxJsonDepth = 64;

// The share link's fragment (after '#'). Browsers handle about 2 MB of address.
inline constexpr size_t kMaxShareFragmentChars = 2 * 1024 * 1024;

// A sealed result's file, *.cloudgap-sealed.json (docs/sealed-results.md):
// base64url of an envelope whose compressed document stays under
// kMaxDocumentBytes, with room to spare. A sealed result's link is a fragment
// like a share link's, under kMaxShareFragmentChars; what either opens to is
// inflated up to kMaxDocumentBytes only.
inline constexpr size_t kMaxSealedFileBytes = 8 * 1024 * 1024;

// config.json, the white-label settings (web/boot.js refuses larger ones
// before reading them; a real one is a few hundred bytes).
inline constexpr size_t kMaxConfigBytes = 64 * 1024;

// A control catalog (the ISO/IEC 27017 catalog is about 270 kB).
inline constexpr size_t kMaxCatalogBytes = 4 * 1024 * 1024;

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_INPUT_LIMITS_H_
