// The screens' words in the visitor's language.
//
// A screen writes each message in English and passes it to Tr, which gives the
// words of the language chosen (core/i18n/message_catalog.h says how a message
// is written: ICU arguments, a "context|" before a text that says two things).
// tools/i18n/messages.py finds the literal of every call of Tr and checks each
// language's file against them, so a message must be a string literal there.
//
// ImGui labels keep their id: "Open##library" is translated "Öffnen##library"
// (LoadMessageCatalog refuses a translation that changes the tail). An id that
// must survive a change of language (an open tree, a focused field) is written
// "###name", which ImGui hashes alone.
//
// Lifetimes: Tr(key) points into the key or the language's catalog, both
// NUL-terminated and alive until the language changes, which SetUiMessages
// does only between frames.
#ifndef CLOUDGAP_UI_TR_H_
#define CLOUDGAP_UI_TR_H_

#include <initializer_list>
#include <string>

#include "core/i18n/message_catalog.h"

namespace cloudgap::ui {

// The language the screens speak; English until SetUiMessages.
const MessageCatalog& UiMessages();
void SetUiMessages(MessageCatalog messages);

// `key` must be a string literal (or live as long as one).
const char* Tr(const char* key);
std::string Tr(const char* key, std::initializer_list<MessageArg> args);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_TR_H_
