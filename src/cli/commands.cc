// The command table, the usage text made from it, and the dispatch of `cloudgap`.
#include "cli/commands.h"

#include <algorithm>
#include <ostream>
#include <string_view>

#include "cli/cli_language.h"
#include "cli/cli_options.h"

namespace cloudgap::cli {
namespace {

constexpr size_t kWidth = 80;  // Usage lines wrap here, unless one option alone is longer.
// Where an option's help starts; after a longer option, on a line of its own.
constexpr size_t kHelpColumn = 32;

// The columns `text` takes on a terminal: its UTF-8 characters (the languages'
// words have no wide ones).
size_t Columns(const std::string& text) {
  size_t columns = 0;
  for (unsigned char c : text) columns += (c & 0xC0) != 0x80;
  return columns;
}

// `text` in lines that end by column `width`, each after the first indented to
// `column`, where the first starts.
std::string Wrapped(std::string_view text, size_t column, size_t width) {
  std::string out;
  size_t at = column;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word(text.substr(start, end - start));
    if (at > column && at + 1 + Columns(word) > width) {
      out += "\n" + std::string(column, ' ');
      at = column;
    } else if (at > column) {
      out += " ";
      ++at;
    }
    out += word;
    at += Columns(word);
    start = end + 1;
  }
  return out;
}

// `cloudgap help [COMMAND]`: the list of commands, or one command's usage, in
// the language of --language. Not in the list itself.
int RunHelp(const Args& args, const CliLanguage& language, std::istream& in, std::ostream& out,
            std::ostream& err);

const Command& HelpCommand() {
  static const Command command = {
      "help",
      "[COMMAND]",
      {{"--language", kLanguageArgument, TrLater("the words of the help")}},
      RunHelp};
  return command;
}

void PrintUsage(const MessageCatalog& words, std::ostream& os) {
  os << words.Tr("usage:") << " cloudgap <command> [args]\n\n" << words.Tr("commands:") << "\n";
  for (const Command* c : AllCommands()) os << Synopsis(*c, "  ") << "\n";
  os << "\n"
     << Wrapped(
            words.Tr(
                "Each command but version takes --language en|de|fr, the language of its "
                "messages and reports, by default the environment's CLOUDGAP_LANGUAGE, else en. "
                "An unknown command is told in that default; a wrong language in English."),
            0, kWidth)
     << "\n";
}

int RunHelp(const Args& args, const CliLanguage& language, std::istream& /*in*/, std::ostream& out,
            std::ostream& err) {
  const MessageCatalog& words = language.words;
  const ParsedArgs parsed = ParseArgs(args, HelpCommand().options, words);
  const Command* command = nullptr;
  for (const Command* c : AllCommands()) {
    if (parsed.positional.size() == 1 && parsed.positional[0] == c->name) command = c;
  }
  if (!parsed.error.empty() || (!parsed.positional.empty() && !command)) {
    err << Says(words, "help",
                parsed.error.empty() ? words.Tr("unexpected argument ''{argument}''",
                                                {{"argument", parsed.positional.back()}})
                                     : parsed.error)
        << "\n"
        << Usage(HelpCommand(), words);
    return 2;
  }
  if (command) {
    out << Usage(*command, words);  // `cloudgap help report`: one command's options.
  } else {
    PrintUsage(words, out);
  }
  return 0;
}

// An option's help as it stands from column kHelpColumn: a translation longer
// than the line has room for goes on under itself. The English is never
// wrapped (a few of its lines pass column 80 by a word, as they always have),
// so a translation may be as wide as its English before it wraps.
std::string HelpLines(const Option& option, const MessageCatalog& words) {
  return Wrapped(words.Tr(option.help), kHelpColumn,
                 std::max(kWidth, kHelpColumn + Columns(option.help)));
}

std::string NameAndArgument(const Option& option) {
  return option.flag ? std::string(option.name) : std::string(option.name) + " " + option.argument;
}

int RunVersion(const Args& /*args*/, const CliLanguage& /*language*/, std::istream& /*in*/,
               std::ostream& out, std::ostream& /*err*/) {
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
  const std::string indent(Columns(text) + 1, ' ');
  if (*command.operands) text += std::string(" ") + command.operands;
  size_t line_start = 0;
  bool line_has_option = false;
  for (const Option& option : command.options) {
    const std::string piece =
        "[" + NameAndArgument(option) + "]" + (option.repeatable ? "..." : "");
    if (line_has_option && Columns(text.substr(line_start)) + 1 + piece.size() > kWidth) {
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

std::string Usage(const Command& command, const MessageCatalog& words) {
  std::string text = Synopsis(command, std::string(words.Tr("usage:")) + " ") + "\n";
  if (command.options.empty()) return text;
  text += std::string(words.Tr("options:")) + "\n";
  for (const Option& option : command.options) {
    const std::string left = "  " + NameAndArgument(option);
    const std::string help = HelpLines(option, words);
    if (left.size() + 2 > kHelpColumn) {
      text += left + "\n" + std::string(kHelpColumn, ' ') + help + "\n";
    } else {
      text += left + std::string(kHelpColumn - left.size(), ' ') + help + "\n";
    }
  }
  return text;
}

int RunCloudgap(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    PrintUsage(EnvironmentLanguage().words, err);
    return 2;
  }
  const Args rest(args.begin() + 1, args.end());
  const Command* command = nullptr;
  if (args[0] == "help" || args[0] == "--help") command = &HelpCommand();
  for (const Command* c : AllCommands()) {
    if (args[0] == c->name) command = c;
  }
  if (!command) {
    const CliLanguage language = EnvironmentLanguage();
    err << language.words.Tr("cloudgap: unknown command ''{command}''", {{"command", args[0]}})
        << "\n";
    PrintUsage(language.words, err);
    return 2;
  }
  const std::optional<CliLanguage> language = ChooseCliLanguage(*command, rest, err);
  if (!language) return 2;
  return command->run(rest, *language, in, out, err);
}

}  // namespace cloudgap::cli
