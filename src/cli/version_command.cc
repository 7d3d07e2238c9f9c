#include <ostream>

#include "cli/commands.h"

namespace cloudgap::cli {

int RunVersion(const Args& /*args*/, std::ostream& out, std::ostream& /*err*/) {
  out << "cloudgap " << CLOUDGAP_VERSION << "\n";
  return 0;
}

}  // namespace cloudgap::cli
