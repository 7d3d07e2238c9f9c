// cloudgap: command-line front end. Everything but the process's streams is in
// commands.cc and the *_command.cc files (the library cloudgap_cli_lib).
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  return cloudgap::cli::RunCloudgap(cloudgap::cli::Args(argv + 1, argv + argc), std::cin, std::cout,
                                    std::cerr);
}
