#include "core/engine/engine_version.h"

#ifndef CLOUDGAP_VERSION
#error "CLOUDGAP_VERSION must be defined by the build (see src/core/CMakeLists.txt)"
#endif

namespace cloudgap {

const char* EngineVersion() {
  return CLOUDGAP_VERSION;
}

}  // namespace cloudgap
