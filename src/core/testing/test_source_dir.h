// For tests: where the source tree is, to read fixtures and the shared reference list.
//
// ctest sets CLOUDGAP_SOURCE_DIR, which wins (under node, node_environment.js passes it
// through). A test program run by hand has no such variable, so the build also compiles
// in the source directory as CLOUDGAP_TEST_SOURCE_DIR.
#ifndef CLOUDGAP_CORE_TESTING_TEST_SOURCE_DIR_H_
#define CLOUDGAP_CORE_TESTING_TEST_SOURCE_DIR_H_

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace cloudgap {

inline std::string TestSourceDir() {
  if (const char* dir = std::getenv("CLOUDGAP_SOURCE_DIR"); dir && *dir) return dir;
#ifdef CLOUDGAP_TEST_SOURCE_DIR
  return CLOUDGAP_TEST_SOURCE_DIR;
#else
  return "";
#endif
}

// Reads `relative` (to the source directory) into *text; false when it cannot.
inline bool ReadSourceFile(const std::string& relative, std::string* text) {
  std::string dir = TestSourceDir();
  if (dir.empty()) return false;
  std::ifstream in(dir + "/" + relative, std::ios::binary);
  if (!in.is_open()) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  *text = buffer.str();
  return true;
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_TEST_SOURCE_DIR_H_
