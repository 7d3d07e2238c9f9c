// `cloudgap merge BASE INCOMING... [--output FILE] [--choose KEY=N]...
// [--prefer N] [--now ISO8601]`: brings question packs and whole assessments
// into the assessment BASE (core/engine/merge.h) and writes the merged
// document. The files are numbered in the order given, BASE 1; one of them may
// be "-" for standard input.
//
// A value set differently in two files is a conflict, and nothing is written
// until each has a choice: --choose KEY=N takes file N's value for the conflict
// KEY (a question id, or "<control id>/<field>"), --prefer N file N's value for
// every other conflict where file N has one. Without a choice for each, the
// conflicts are listed on standard error, every value beside its file, and the
// exit code is 1. With --language, the messages and the conflicts' values
// (an answer's label, say) are in that language; the merged document is not.
#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <utility>

#include "cli/cli_language.h"
#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "cli/report_output.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/engine/merge.h"
#include "core/text/iso_date.h"

namespace cloudgap::cli {
namespace {

// A file's number, 1..files; nullopt when `text` is none.
std::optional<size_t> FileNumber(const std::string& text, size_t files) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  if (value < 1 || value > files) return std::nullopt;
  return value;
}

// A value for a line of its own: later lines of a many-line value are indented.
std::string Indented(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out += "      ";
  }
  return out;
}

int RunMerge(const Args& args, const CliLanguage& language, std::istream& in, std::ostream& out,
             std::ostream& err) {
  const MessageCatalog& words = language.words;
  const ParsedArgs parsed = ParseArgs(args, MergeCommand().options, words);
  const auto option = [&](const char* name) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::optional<std::string>() : it->second;
  };
  const std::vector<std::string>& paths = parsed.positional;
  const auto given_choices = parsed.repeated.find("--choose");
  // The choices by key, each a file number.
  std::vector<std::pair<std::string, size_t>> chosen;
  std::optional<size_t> prefer;
  const std::string now = option("--now").value_or(CurrentUtcTime());
  std::string problem = parsed.error;
  if (problem.empty() && paths.size() < 2) {
    problem = words.Tr("give BASE and at least one INCOMING document (- for standard input)");
  } else if (problem.empty() && std::count(paths.begin(), paths.end(), "-") > 1) {
    problem = words.Tr("only one of the documents can come from standard input");
  } else if (problem.empty() && option("--prefer") &&
             !(prefer = FileNumber(*option("--prefer"), paths.size()))) {
    problem = words.Tr("--prefer: ''{value}'' is not a file number, 1 to {files}",
                       {{"value", *option("--prefer")}, {"files", paths.size()}});
  } else if (problem.empty() && !IsUtcTimestamp(now)) {
    problem = NotATimestamp(words, now);
  }
  if (problem.empty() && given_choices != parsed.repeated.end()) {
    for (const std::string& choice : given_choices->second) {
      const size_t eq = choice.rfind('=');
      const std::string key = eq == std::string::npos ? "" : choice.substr(0, eq);
      const std::optional<size_t> file =
          eq == std::string::npos ? std::nullopt : FileNumber(choice.substr(eq + 1), paths.size());
      if (key.empty() || !file) {
        problem = words.Tr("--choose: ''{value}'' is not KEY=N, N a file number, 1 to {files}",
                           {{"value", choice}, {"files", paths.size()}});
        break;
      }
      for (const auto& [earlier, n] : chosen) {
        if (earlier == key) problem = words.Tr("--choose: {key} is chosen twice", {{"key", key}});
      }
      if (!problem.empty()) break;
      chosen.emplace_back(key, *file);
    }
  }
  if (!problem.empty()) {
    err << Says(words, "merge", problem) << "\n" << Usage(MergeCommand(), words);
    return 2;
  }

  // The language's catalog names the answers in the conflicts; the document is the same.
  const Catalog& catalog = language.CatalogOr(BuiltinCatalog());
  std::vector<MergeInput> inputs;
  bool all_read = true;
  for (const std::string& path : paths) {
    std::optional<Assessment> document = OpenDocument("merge", language, path, catalog, in, err);
    if (!document) {
      all_read = false;
      continue;
    }
    inputs.push_back({DocumentName(path, words), std::move(*document)});
  }
  if (!all_read) return 1;
  MergeInput base = std::move(inputs.front());
  inputs.erase(inputs.begin());
  const MergePlan plan =
      PlanMerge(catalog, std::move(base), std::move(inputs), language.report_words);
  if (!plan.error.empty()) {
    err << Says(words, "merge", plan.error) << "\n";
    return 1;
  }
  for (const std::string& warning : plan.warnings) {
    err << Says(words, "merge", words.Tr("warning: {warning}", {{"warning", warning}})) << "\n";
  }

  std::map<std::string, size_t> conflict_of;
  for (size_t i = 0; i < plan.conflicts.size(); ++i) conflict_of[plan.conflicts[i].key] = i;
  std::vector<std::optional<size_t>> choices(plan.conflicts.size());
  for (const auto& [key, file] : chosen) {
    const auto it = conflict_of.find(key);
    if (it == conflict_of.end()) {
      std::string keys;
      for (const MergeConflict& conflict : plan.conflicts) {
        keys += (keys.empty() ? "" : ", ") + conflict.key;
      }
      err << Says(words, "merge",
                  plan.conflicts.empty()
                      ? words.Tr("--choose: {key} is no conflict; these files have none",
                                 {{"key", key}})
                      : words.Tr("--choose: {key} is no conflict; the conflicts are {keys}",
                                 {{"key", key}, {"keys", keys}}))
          << "\n";
      return 2;
    }
    const MergeConflict& conflict = plan.conflicts[it->second];
    choices[it->second] = OptionHeldBy(conflict, file - 1);
    if (!choices[it->second]) {
      err << Says(words, "merge",
                  words.Tr("--choose: file {number} ({file}) has no value for {key}",
                           {{"number", file}, {"file", plan.inputs[file - 1].name}, {"key", key}}))
          << "\n";
      return 2;
    }
  }
  size_t unchosen = 0;
  for (size_t i = 0; i < plan.conflicts.size(); ++i) {
    if (!choices[i] && prefer) choices[i] = OptionHeldBy(plan.conflicts[i], *prefer - 1);
    if (!choices[i]) ++unchosen;
  }
  if (unchosen > 0) {
    err << words.Tr("{count, plural, one {# conflict needs} other {# conflicts need}} a choice:",
                    {{"count", unchosen}})
        << "\n";
    for (size_t i = 0; i < plan.conflicts.size(); ++i) {
      if (choices[i]) continue;
      err << plan.conflicts[i].key << "\n";
      for (const MergeOption& o : plan.conflicts[i].options) {
        err << "  " << o.source + 1 << "  "
            << words.Tr("{file}: {message}",
                        {{"file", plan.inputs[o.source].name}, {"message", Indented(o.text)}})
            << "\n";
      }
    }
    err << words.Tr(
               "choose with --choose KEY=N for one, or --prefer N for every one where file N "
               "has a value; nothing was merged")
        << "\n";
    return 1;
  }

  const MergeResult result = ApplyMerge(plan, choices, now, language.report_words);
  if (!result.merged) {
    err << Says(words, "merge", result.error) << "\n";
    return 1;
  }
  const int written = WriteReport("merge", words, SerializeAssessmentDocument(*result.merged),
                                  option("--output").value_or(""), out, err);
  if (written != 0) return written;
  // "merged 3 files; values taken from a.json: 12, from b.json: 0; conflicts chosen: 1".
  std::string taken;
  for (size_t i = 1; i < plan.inputs.size(); ++i) {
    taken += (i == 1 ? "" : ", ") + words.Tr("from {file}: {count}", {{"file", plan.inputs[i].name},
                                                                      {"count", plan.taken[i]}});
  }
  err << Says(words, "merge",
              words.Tr("merged {files} files; values taken {taken}; conflicts chosen: {chosen}",
                       {{"files", plan.inputs.size()},
                        {"taken", taken},
                        {"chosen", plan.conflicts.size()}}))
      << "\n";
  return 0;
}

}  // namespace

const Command& MergeCommand() {
  static const Command command = {
      "merge",
      "BASE INCOMING...",
      {{"--output", "FILE", TrLater("write there instead of standard output")},
       {"--choose", "KEY=N", TrLater("a conflict: take file N's value (BASE is 1)"), true},
       {"--prefer", "N", TrLater("every other conflict: file N's value, if it has one")},
       {"--now", "ISO8601", TrLater("the merge time, ISO 8601 UTC (default: now)")},
       {"--language", kLanguageArgument, TrLater("the words of its messages; default en")}},
      RunMerge,
  };
  return command;
}

}  // namespace cloudgap::cli
