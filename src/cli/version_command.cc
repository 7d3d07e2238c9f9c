// `cloudgap version`: prints the version.
#include <ostream>

#include "cli/commands.h"

namespace cloudgap::cli {

namespace {

int RunVersion(const Args& /*args*/, std::istream& /*in*/, std::ostream& out,
               std::ostream& /*err*/) {
  out << "cloudgap " << CLOUDGAP_VERSION << "\n";
  return 0;
}

}  // namespace

const Command& VersionCommand() {
  static const Command command = {"version", "", {}, RunVersion};
  return command;
}

}  // namespace cloudgap::cli
