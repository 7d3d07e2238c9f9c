// The subcommands of `cloudgap`. Each takes its own arguments (argv after the
// subcommand name) and its language, reads standard input from `in`, writes
// results to `out` and messages to `err`, and returns the process exit code: 0
// success, 1 invalid input, 2 usage error. Nothing here touches the process's
// own streams, so the tests (cli_test.cc) run every command in-process.
//
// Every message a command prints is marked (core/i18n/message_catalog.h) and
// comes in its language (cli_language.h): English, unless --language or
// CLOUDGAP_LANGUAGE names another. Paths, ids, option and command names and the
// placeholders of the usage (FILE, KEY=N) are the same in every language.
#ifndef CLOUDGAP_CLI_COMMANDS_H_
#define CLOUDGAP_CLI_COMMANDS_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "core/i18n/message_catalog.h"

namespace cloudgap::cli {

using Args = std::vector<std::string>;

struct CliLanguage;  // cli_language.h

// One option of a command. The command's parser accepts exactly the options of
// its table (cli_options.h), and its usage text is made from the same table
// (Usage below), so the two cannot drift apart.
struct Option {
  const char* name;      // "--mode".
  const char* argument;  // What the value looks like: "quick|full".
  const char* help;      // One line, in English, marked with TrLater.
  // May be given more than once, each value kept ("[--choose KEY=N]..." in the
  // usage); any other option given twice is an error.
  bool repeatable = false;
  // Takes no value ("[--leave-out-notes]"; `argument` is ""): present or not.
  bool flag = false;
};

struct Command {
  const char* name;
  const char* operands;  // What comes before the options: "FILE|-", "check [FILE]", or "".
  std::vector<Option> options;
  int (*run)(const Args& args, const CliLanguage& language, std::istream& in, std::ostream& out,
             std::ostream& err);
};

const Command& VersionCommand();     // commands.cc: prints the version
const Command& CatalogCommand();     // catalog_command.cc
const Command& TemplateCommand();    // template_command.cc
const Command& ReportCommand();      // report_command.cc
const Command& CompareCommand();     // compare_command.cc
const Command& SummarizeCommand();   // summarize_command.cc
const Command& MergeCommand();       // merge_command.cc
const Command& SealCommand();        // seal_command.cc
const Command& OpenSealedCommand();  // open_sealed_command.cc

// All commands, in the order `cloudgap help` lists them.
const std::vector<const Command*>& AllCommands();

// "cloudgap report FILE|- [--format ...] [--now ...]", wrapped at 80 columns,
// every line after the first indented to stand under the first option.
// `lead` goes before the first line ("usage: ", "  ").
std::string Synopsis(const Command& command, const std::string& lead);

// What a command prints after a usage error: the synopsis, then one line per
// option, its help in `words`' language (a translation wider than the line
// wraps under itself).
std::string Usage(const Command& command, const MessageCatalog& words = EnglishMessages());

// The whole tool: `args` is argv without the program name. main.cc passes the
// process's streams; the tests pass string streams. A command runs in the
// language of its --language, else of the environment's CLOUDGAP_LANGUAGE
// (unset or empty: English). `cloudgap help [COMMAND]` takes --language too.
int RunCloudgap(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_COMMANDS_H_
