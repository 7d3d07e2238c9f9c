// The subcommands of `cloudgap`. Each takes its own arguments (argv after the
// subcommand name), writes results to `out` and messages to `err`, and returns
// the process exit code: 0 success, 1 invalid input, 2 usage error.
#ifndef CLOUDGAP_CLI_COMMANDS_H_
#define CLOUDGAP_CLI_COMMANDS_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace cloudgap::cli {

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* usage;    // One line, shown by `cloudgap help`.
  int (*run)(const Args& args, std::ostream& out, std::ostream& err);
};

int RunVersion(const Args& args, std::ostream& out, std::ostream& err);
int RunCatalog(const Args& args, std::ostream& out, std::ostream& err);  // catalog_command.cc
int RunTemplate(const Args& args, std::ostream& out, std::ostream& err);  // template_command.cc
int RunReport(const Args& args, std::ostream& out, std::ostream& err);    // report_command.cc

// All commands, in the order `cloudgap help` lists them.
const std::vector<Command>& AllCommands();

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_COMMANDS_H_
