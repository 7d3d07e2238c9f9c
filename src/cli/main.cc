// cloudgap: command-line front end. Dispatches to the subcommands in commands.h.
#include <cstring>
#include <iostream>

#include "cli/commands.h"

namespace cloudgap::cli {

const std::vector<Command>& AllCommands() {
  static const std::vector<Command> commands = {
      {"version", "cloudgap version", RunVersion},
      {"catalog", "cloudgap catalog check [FILE]", RunCatalog},
      {"template",
       "cloudgap template [--mode quick|full] [--role csc|csp|both] [--service iaas,paas,saas] "
       "[--answer-all yes|partly|no] [--organisation NAME] [--target 1..5] [--capacity DAYS] "
       "[--isms none|in_progress|certified] [--now ISO8601]; or template --sample quick|full [--now ISO8601]",
       RunTemplate},
      {"report",
       "cloudgap report FILE|- [--format json|md|html|csv|soa|oscal-ar|oscal-poam|oscal-catalog]",
       RunReport},
  };
  return commands;
}

namespace {

void PrintUsage(std::ostream& os) {
  os << "usage: cloudgap <command> [args]\n\ncommands:\n";
  for (const Command& c : AllCommands()) os << "  " << c.usage << "\n";
}

}  // namespace
}  // namespace cloudgap::cli

int main(int argc, char** argv) {
  using namespace cloudgap::cli;
  if (argc < 2 || std::strcmp(argv[1], "help") == 0 || std::strcmp(argv[1], "--help") == 0) {
    PrintUsage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  Args args(argv + 2, argv + argc);
  for (const Command& c : AllCommands()) {
    if (std::strcmp(argv[1], c.name) == 0) return c.run(args, std::cout, std::cerr);
  }
  std::cerr << "cloudgap: unknown command '" << argv[1] << "'\n";
  PrintUsage(std::cerr);
  return 2;
}
