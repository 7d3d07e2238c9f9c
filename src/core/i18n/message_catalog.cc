#include "core/i18n/message_catalog.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/json/json_parse.h"
#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr size_t kMaxReported = 20;
// A message is a sentence or a paragraph; anything longer is not one.
constexpr size_t kMaxMessageChars = 4000;

MessageCatalogLoad Fail(InputProblem problem, std::string message) {
  MessageCatalogLoad result;
  result.problem = problem;
  result.errors.push_back({"", std::move(message), problem});
  return result;
}

bool IsLanguageTag(const std::string& tag) {
  return tag.size() >= 2 && tag.size() <= 8 &&
         tag.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
}

// An ImGui label's id, "##name" or "###name" at its end: a translation keeps it,
// or an item would lose its state, or share another's, in one language only.
std::string_view IdTail(std::string_view message) {
  const size_t hashes = message.find("##");
  return hashes == std::string_view::npos ? std::string_view() : message.substr(hashes);
}

}  // namespace

std::string_view MessageEnglish(std::string_view key) {
  const size_t bar = key.find('|');
  if (bar == std::string_view::npos || bar == 0) return key;
  for (size_t i = 0; i < bar; ++i) {
    if (!((key[i] >= 'a' && key[i] <= 'z') || key[i] == '-')) return key;
  }
  return key.substr(bar + 1);
}

const MessageCatalog& EnglishMessages() {
  static const MessageCatalog english;
  return english;
}

std::string_view MessageCatalog::Tr(std::string_view key) const {
  auto it = std::lower_bound(messages_.begin(), messages_.end(), key,
                             [](const auto& entry, std::string_view k) { return entry.first < k; });
  if (it != messages_.end() && it->first == key) return it->second;
  return MessageEnglish(key);
}

JsonWords MessageCatalog::json_words() const {
  return JsonWords(
      this,
      [](const void* source, std::string_view key) {
        return static_cast<const MessageCatalog*>(source)->Tr(key);
      },
      language_);
}

MessageCatalogLoad LoadMessageCatalog(std::string_view json_text) {
  if (json_text.size() > kMaxCatalogBytes) {
    return Fail(InputProblem::kTooLarge, "the messages are " + std::to_string(json_text.size()) +
                                             " bytes, over the limit of " +
                                             std::to_string(kMaxCatalogBytes));
  }
  JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok()) return Fail(parsed.problem, "the messages: " + JsonProblemMessage(parsed));

  MessageCatalogLoad result;
  JsonErrors errors(kMaxReported);
  ObjectReader top(parsed.value, JsonPlace{}, errors, {"format", "language", "messages"});
  MessageCatalog& catalog = result.catalog;
  if (top.ok()) {
    const std::string format = top.Text("format");
    if (format != kMessageCatalogFormat) {
      errors.Add(top.At("format"), "not a message catalog: the format is '" + format + "', not '" +
                                       std::string(kMessageCatalogFormat) + "'");
    }
    catalog.language_ = top.Text("language");
    if (!IsLanguageTag(catalog.language_)) {
      errors.Add(top.At("language"), "the language is not a lower-case language tag");
    }
  }
  if (const json* messages = top.ok() ? top.Object("messages") : nullptr) {
    for (auto it = messages->begin(); it != messages->end(); ++it) {
      const JsonPlace at = top.At("messages") / it.key();
      if (!it->is_string()) {
        ExpectType(errors, *it, at, false, "a string");
        continue;
      }
      const std::string& words = it->get_ref<const std::string&>();
      const std::string_view english = MessageEnglish(it.key());
      if (words.empty() || words.size() > kMaxMessageChars) {
        errors.Add(
            at, "a translation must have 1 to " + std::to_string(kMaxMessageChars) + " characters");
      } else if (std::string problem = MessageProblem(words); !problem.empty()) {
        errors.Add(at, "the translation is not a well-formed message: " + problem);
      } else if (MessageArgumentNames(words) != MessageArgumentNames(english)) {
        errors.Add(at, "the translation's arguments are not its English's");
      } else if (IdTail(words) != IdTail(english)) {
        errors.Add(at, "the translation does not end in its English's '" +
                           std::string(IdTail(english)) + "'");
      } else {
        catalog.messages_.emplace_back(it.key(), words);
      }
    }
  }
  if (!errors.empty()) {
    result.catalog = MessageCatalog();
    result.errors = errors.Take();
    result.problem = InputProblem::kBadValue;
    return result;
  }
  // Already in key order, as Tr's search needs: nlohmann's objects are
  // std::maps of std::string, which iterate in the order std::string's < gives
  // (MessageCatalog.FindsEveryMessageOfAShippedFile looks each one up).
  return result;
}

}  // namespace cloudgap
