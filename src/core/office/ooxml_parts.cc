#include "core/office/ooxml_parts.h"

#include <cstdio>

#include "core/text/xml_escape.h"

namespace cloudgap {

std::string HexRgb(uint32_t rgb) {
  char text[8];
  std::snprintf(text, sizeof text, "%06X", rgb & 0xffffffu);
  return text;
}

std::string OfficeRelationship(const std::string& id, const std::string& type,
                               const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + kOfficeRelNs + "/" + type + "\" Target=\"" +
         target + "\"/>";
}

std::string RelationshipsPart(const std::string& relationships) {
  return std::string(kXmlHead) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         relationships + "</Relationships>";
}

std::string PackageRelationships(const std::string& main_part) {
  return RelationshipsPart(
      OfficeRelationship("rId1", "officeDocument", main_part) +
      "<Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
      "core-properties\" Target=\"docProps/core.xml\"/>" +
      OfficeRelationship("rId3", "extended-properties", "docProps/app.xml"));
}

std::string PropertyContentTypes() {
  return "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
         "vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
         "vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
}

std::string CorePropertiesXml(const std::string& title, const std::string& creator,
                              const std::string& timestamp) {
  const std::string time =
      timestamp.size() >= 19 ? timestamp.substr(0, 19) + "Z" : "1980-01-01T00:00:00Z";
  return std::string(kXmlHead) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
         "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
         XmlEscape(title) + "</dc:title><dc:creator>" + XmlEscape(creator) +
         "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + time +
         "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + time +
         "</dcterms:modified></cp:coreProperties>";
}

std::string AppPropertiesXml(const std::string& application) {
  return std::string(kXmlHead) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "extended-properties\"><Application>" +
         XmlEscape(application) + "</Application></Properties>";
}

}  // namespace cloudgap
