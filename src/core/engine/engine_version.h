// The engine's version, printed in every report next to the catalog's version
// and SHA-256, so any score can be traced to the code and data that made it.
#ifndef CLOUDGAP_CORE_ENGINE_ENGINE_VERSION_H_
#define CLOUDGAP_CORE_ENGINE_ENGINE_VERSION_H_

namespace cloudgap {

// The project version CMake was configured with, e.g. "0.1.0".
const char* EngineVersion();

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_ENGINE_VERSION_H_
