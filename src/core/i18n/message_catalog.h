// The app's, the reports' and the CLI's own words in one language.
//
// Code writes its words in English and marks each message (ui/tr.h): the
// English is the key, as gettext's msgid is, so English needs no file and a
// message without a translation reads in English rather than as a key. A
// message is ICU-style (core/text/message_format.h): "{count, plural, one {#
// gap} other {# gaps}}". Where one English text says two things, the key is a
// context (lower-case letters and '-'), a '|' and the text ("verb|Open"); the
// context never shows.
//
// A language's file is src/core/i18n/messages/<language>.json (the command
// line's own words: src/cli/messages/<language>.json, the same format):
//
//   {"format": kMessageCatalogFormat, "language": "de",
//    "messages": {"<English message>": "<its words>"}}
//
// tools/i18n/messages.py checks the files against the code at build time (no
// message missing, none unused); LoadMessageCatalog checks each message on its
// own: well formed, the same arguments as its English, so a translation can
// never drop or invent a value, and the same ImGui id tail ("Open##library").
#ifndef CLOUDGAP_CORE_I18N_MESSAGE_CATALOG_H_
#define CLOUDGAP_CORE_I18N_MESSAGE_CATALOG_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json/json_reader.h"
#include "core/text/input_problem.h"
#include "core/text/message_format.h"

namespace cloudgap {

inline constexpr std::string_view kMessageCatalogFormat = "cloudgap-messages/1";

struct MessageCatalogLoad;

class MessageCatalog {
 public:
  MessageCatalog() = default;  // English.

  const std::string& language() const { return language_; }
  size_t size() const { return messages_.size(); }

  // The words for `key`; without a translation, the key's English (the text
  // after a context's '|'). Named Tr, as everywhere a message is marked, so
  // that tools/i18n/messages.py finds every key the code uses.
  std::string_view Tr(std::string_view key) const;
  // The same with the arguments put in, numbers as the language writes them.
  std::string Tr(std::string_view key, std::initializer_list<MessageArg> args) const {
    return FormatMessage(Tr(key), language_, args);
  }
  // These words for the JSON readers (json/json_reader.h); valid while this
  // catalog lives and is not assigned.
  JsonWords json_words() const;

 private:
  friend MessageCatalogLoad LoadMessageCatalog(std::string_view json_text);

  std::string language_ = "en";
  std::vector<std::pair<std::string, std::string>> messages_;  // Sorted by key.
};

struct MessageCatalogLoad {
  MessageCatalog catalog;         // English when errors is set.
  std::vector<JsonError> errors;  // Each message's problem, at its key.
  InputProblem problem = InputProblem::kNone;
};

MessageCatalogLoad LoadMessageCatalog(std::string_view json_text);

// English: every key's own words. What a caller passes who has no language.
const MessageCatalog& EnglishMessages();

// The English of `key`: the text after a context's '|', else the key.
std::string_view MessageEnglish(std::string_view key);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_I18N_MESSAGE_CATALOG_H_
