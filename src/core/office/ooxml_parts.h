// The parts every Office Open XML package holds the same way, shared by the
// workbook (xlsx_writer.h) and the Word report (docx_writer.h): the XML
// declaration, relationships, the document properties (docProps/core.xml and
// app.xml) and colours as OOXML spells them.
#ifndef CLOUDGAP_CORE_OFFICE_OOXML_PARTS_H_
#define CLOUDGAP_CORE_OFFICE_OOXML_PARTS_H_

#include <cstdint>
#include <string>

namespace cloudgap {

inline constexpr char kXmlHead[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
inline constexpr char kOfficeRelNs[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// "1F5FA8": a colour as OOXML attributes take it (no '#').
std::string HexRgb(uint32_t rgb);

// A relationship of `type` (the last part of an officeDocument relationship
// type: "styles", "image") to `target`.
std::string OfficeRelationship(const std::string& id, const std::string& type,
                               const std::string& target);
// A .rels part holding `relationships`.
std::string RelationshipsPart(const std::string& relationships);
// _rels/.rels: the main part (`main_part`, "xl/workbook.xml") and the two
// property parts.
std::string PackageRelationships(const std::string& main_part);

// The content types' Override entries of the two property parts.
std::string PropertyContentTypes();
// docProps/core.xml: title, creator, created and modified at `timestamp`
// (ISO 8601, cut to whole seconds: some readers refuse a fraction).
std::string CorePropertiesXml(const std::string& title, const std::string& creator,
                              const std::string& timestamp);
// docProps/app.xml: the application is the product that made the file.
std::string AppPropertiesXml(const std::string& application);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_OOXML_PARTS_H_
