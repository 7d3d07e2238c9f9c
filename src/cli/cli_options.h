// Option parsing shared by the subcommands: "--name value" or "--name=value",
// plus positional arguments, in any order.
#ifndef CLOUDGAP_CLI_CLI_OPTIONS_H_
#define CLOUDGAP_CLI_CLI_OPTIONS_H_

#include <map>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace cloudgap::cli {

struct ParsedArgs {
  std::map<std::string, std::string> options;  // "--mode" -> "quick".
  // A repeatable option's values, in the order given: "--choose" -> {"a=1", "b=2"}.
  std::map<std::string, std::vector<std::string>> repeated;
  std::vector<std::string> positional;
  std::string error;  // Empty when the arguments were well formed.
};

// Every option in `known` (a command's table, commands.h) takes a value but
// flags, which are kept with the value "". Unknown options, missing values, a
// value given to a flag and options given twice are errors, but for those
// marked repeatable, which go to `repeated` instead of `options`.
ParsedArgs ParseArgs(const Args& args, const std::vector<Option>& known);

// "2024-05-31T09:30:00Z": the one place CloudGap reads the clock (the core
// takes time as an argument).
std::string CurrentUtcTime();

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_CLI_OPTIONS_H_
