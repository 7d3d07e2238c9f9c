// A WordDocument (word_document.h) as an Office Open XML text document (.docx,
// ECMA-376 WordprocessingML) that Word and LibreOffice open without a repair
// prompt: content types, relationships, core and app properties, styles, the
// document, and one media part per picture.
//
// Paragraphs carry Word's own style ids (Title, Subtitle, Heading1, Heading2,
// ListBullet, Caption), so a table of contents and restyling work; headings
// keep with the next paragraph. Tables span the text width, repeat their header
// row on every page and break between rows. A4 portrait, 2 cm margins. The
// writer writes no field code and no external relationship, and all text is
// escaped, so nothing a user typed can become an instruction. The document's
// language is the styles' default, so Word checks the spelling in it.
// Deterministic.
#ifndef CLOUDGAP_CORE_OFFICE_DOCX_WRITER_H_
#define CLOUDGAP_CORE_OFFICE_DOCX_WRITER_H_

#include <optional>
#include <string>

#include "core/office/word_document.h"

namespace cloudgap {

// None only if the archive could not be built (beyond ZIP's 4 GiB).
std::optional<std::string> WriteDocx(const WordDocument& document);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_DOCX_WRITER_H_
