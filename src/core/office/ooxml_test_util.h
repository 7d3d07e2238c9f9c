// For the Office writers' tests only: a part of a package read back, and the
// package checks every OOXML file must pass (the LibreOffice round trip in
// tests/office/ checks the same from outside).
#ifndef CLOUDGAP_CORE_OFFICE_OOXML_TEST_UTIL_H_
#define CLOUDGAP_CORE_OFFICE_OOXML_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "core/zip/zip_reader.h"

namespace cloudgap {

inline std::string Part(const ZipContents& parts, const std::string& name) {
  const ZipEntry* entry = parts.Find(name);
  EXPECT_NE(entry, nullptr) << name;
  return entry ? entry->data : "";
}

// Every part has a content type, every relationship's target is a part, and
// nothing points outside the package.
inline void ExpectConsistentPackage(const ZipContents& parts) {
  const std::string types = Part(parts, "[Content_Types].xml");
  std::set<std::string> defaults, overrides;
  const std::regex default_re("<Default Extension=\"([a-z]+)\""),
      override_re("<Override PartName=\"/([^\"]+)\"");
  for (std::sregex_iterator it(types.begin(), types.end(), default_re), end; it != end; ++it) {
    defaults.insert((*it)[1]);
  }
  for (std::sregex_iterator it(types.begin(), types.end(), override_re), end; it != end; ++it) {
    overrides.insert((*it)[1]);
    EXPECT_NE(parts.Find((*it)[1].str()), nullptr)
        << "content type for a missing part " << (*it)[1];
  }
  for (const ZipEntry& entry : parts.entries) {
    if (entry.name == "[Content_Types].xml") continue;
    const std::string extension = entry.name.substr(entry.name.rfind('.') + 1);
    EXPECT_TRUE(overrides.count(entry.name) || defaults.count(extension)) << entry.name;
    if (extension != "rels") continue;
    // "xl/_rels/workbook.xml.rels" holds targets relative to "xl/".
    std::string base = entry.name.substr(0, entry.name.find("_rels/"));
    const std::regex target_re("Target=\"([^\"]+)\"");
    for (std::sregex_iterator it(entry.data.begin(), entry.data.end(), target_re), end; it != end;
         ++it) {
      std::string target = (*it)[1], dir = base;
      EXPECT_EQ(target.find(':'), std::string::npos) << "external target " << target;
      while (target.rfind("../", 0) == 0) {
        target = target.substr(3);
        dir = dir.substr(0, dir.rfind('/', dir.size() - 2) + 1);
        if (dir == "/") dir.clear();
      }
      EXPECT_NE(parts.Find(dir + target), nullptr) << entry.name << " -> " << (*it)[1];
    }
  }
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_OOXML_TEST_UTIL_H_
