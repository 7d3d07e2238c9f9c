// The command table, the usage text made from it, and the dispatch of `cloudgap`.
#include "cli/commands.h"

#include <ostream>

namespace cloudgap::cli {
namespace {

constexpr size_t kWidth = 80;  // Usage lines wrap here, unless one option alone is longer.
// Where an option's help starts; after a longer option, on a line of its own.
constexpr size_t kHelpColumn = 32;

void PrintUsage(std::ostream& os) {
  os << "usage: cloudgap <command> [args]\n\ncommands:\n";
  for (const Command* c : AllCommands()) os << Synopsis(*c, "  ") << "\n";
}

std::string NameAndArgument(const Option& option) {
  return option.flag ? std::string(option.name) : std::string(option.name) + " " + option.argument;
}

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

const std::vector<const Command*>& AllCommands() {
  static const std::vector<const Command*> commands = {
      &VersionCommand(), &CatalogCommand(), &TemplateCommand(),
      &ReportCommand(),  &CompareCommand(), &SummarizeCommand(),
      &MergeCommand(),   &SealCommand(),    &OpenSealedCommand()};
  return commands;
}

std::string Synopsis(const Command& command, const std::string& lead) {
  std::string text = lead + "cloudgap " + command.name;
  const std::string indent(text.size() + 1, ' ');
  if (*command.operands) text += std::string(" ") + command.operands;
  size_t line_start = 0;
  bool line_has_option = false;
  for (const Option& option : command.options) {
    const std::string piece =
        "[" + NameAndArgument(option) + "]" + (option.repeatable ? "..." : "");
    if (line_has_option && text.size() - line_start + 1 + piece.size() > kWidth) {
      text += "\n";
      line_start = text.size();
      text += indent + piece;
    } else {
      text += " " + piece;
    }
    line_has_option = true;
  }
  return text;
}

std::string Usage(const Command& command) {
  std::string text = Synopsis(command, "usage: ") + "\n";
  if (command.options.empty()) return text;
  text += "options:\n";
  for (const Option& option : command.options) {
    const std::string left = "  " + NameAndArgument(option);
    if (left.size() + 2 > kHelpColumn) {
      text += left + "\n" + std::string(kHelpColumn, ' ') + option.help + "\n";
    } else {
      text += left + std::string(kHelpColumn - left.size(), ' ') + option.help + "\n";
    }
  }
  return text;
}

int RunCloudgap(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    PrintUsage(err);
    return 2;
  }
  if (args[0] == "help" || args[0] == "--help") {
    PrintUsage(out);
    return 0;
  }
  const Args rest(args.begin() + 1, args.end());
  for (const Command* c : AllCommands()) {
    if (args[0] == c->name) return c->run(rest, in, out, err);
  }
  err << "cloudgap: unknown command '" << args[0] << "'\n";
  PrintUsage(err);
  return 2;
}

}  // namespace cloudgap::cli
