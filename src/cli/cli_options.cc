#include "cli/cli_options.h"

#include <algorithm>
#include <chrono>
#include <ctime>

namespace cloudgap::cli {

std::string CurrentUtcTime() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string NotATimestamp(const MessageCatalog& words, const std::string& value) {
  return words.Tr(
      "--now: ''{value}'' is not an ISO-8601 UTC timestamp such as 2024-05-31T09:30:00Z",
      {{"value", value}});
}

ParsedArgs ParseArgs(const Args& args, const std::vector<Option>& known,
                     const MessageCatalog& words) {
  ParsedArgs parsed;
  const auto fail = [&](std::string error) {
    if (parsed.error.empty()) parsed.error = std::move(error);
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
      parsed.positional.push_back(arg);
      continue;
    }
    std::string name = arg, value;
    bool has_value = false;
    if (size_t eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    const auto option =
        std::find_if(known.begin(), known.end(), [&](const Option& o) { return name == o.name; });
    if (option == known.end()) {
      fail(words.Tr("unknown option ''{option}''", {{"option", name}}));
      continue;
    }
    if (option->flag) {
      if (has_value) {
        fail(words.Tr("option ''{option}'' takes no value", {{"option", name}}));
        continue;
      }
    } else if (!has_value) {
      if (i + 1 >= args.size()) {
        fail(words.Tr("option ''{option}'' needs a value", {{"option", name}}));
        continue;
      }
      value = args[++i];
    }
    if (option->repeatable) {
      parsed.repeated[name].push_back(value);
      continue;
    }
    if (!parsed.options.emplace(name, value).second) {
      fail(words.Tr("option ''{option}'' is given twice", {{"option", name}}));
    }
  }
  return parsed;
}

}  // namespace cloudgap::cli
