// Option parsing shared by the subcommands: "--name value" or "--name=value",
// plus positional arguments, in any order.
#ifndef CLOUDGAP_CLI_CLI_OPTIONS_H_
#define CLOUDGAP_CLI_CLI_OPTIONS_H_

#include <map>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap::cli {

struct ParsedArgs {
  std::map<std::string, std::string> options;  // "--mode" -> "quick".
  // A repeatable option's values, in the order given: "--choose" -> {"a=1", "b=2"}.
  std::map<std::string, std::vector<std::string>> repeated;
  std::vector<std::string> positional;
  // The first mistake, in `words`' language; empty when the arguments were
  // well formed. The arguments after it are read all the same (an option given
  // twice keeps its first value), so that --language is found wherever it is.
  std::string error;
};

// Every option in `known` (a command's table, commands.h) takes a value but
// flags, which are kept with the value "". Unknown options, missing values, a
// value given to a flag and options given twice are errors, but for those
// marked repeatable, which go to `repeated` instead of `options`.
ParsedArgs ParseArgs(const Args& args, const std::vector<Option>& known,
                     const MessageCatalog& words = EnglishMessages());

// "2024-05-31T09:30:00Z": the one place CloudGap reads the clock (the core
// takes time as an argument).
std::string CurrentUtcTime();

// "--now: '<value>' is not an ISO-8601 UTC timestamp such as ...", in `words`' language.
std::string NotATimestamp(const MessageCatalog& words, const std::string& value);

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_CLI_OPTIONS_H_
