#include "ui/tr.h"

#include <utility>

namespace cloudgap::ui {
namespace {

MessageCatalog& Current() {
  static MessageCatalog* messages =
      new MessageCatalog();  // Never destroyed: used to the last frame.
  return *messages;
}

}  // namespace

const MessageCatalog& UiMessages() {
  return Current();
}

void SetUiMessages(MessageCatalog messages) {
  Current() = std::move(messages);
}

// Out of line, so that each of the screens' many calls is a pointer and a call.
const char* Tr(const char* key) {
  return Current().Tr(key).data();
}

std::string Tr(const char* key, std::initializer_list<MessageArg> args) {
  return Current().Tr(key, args);
}

}  // namespace cloudgap::ui
