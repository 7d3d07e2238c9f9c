// Messages with values in them, the way ICU MessageFormat writes them, in the
// subset the app's words need; numbers as each language writes them.
//
// A message is text with arguments in braces:
//
//   "{name} was saved"                               the value of `name`
//   "{count, plural, =0 {No gaps} one {# gap} other {# gaps}}"
//   "{role, select, csc {as a customer} other {as a provider}}"
//
// A plural picks the branch "=N" equal to the number, else the language's
// category for it (one, other; CLDR's rules for integers: English and German
// say "one" for 1, French for 0 and 1), else "other"; '#' in the branch is the
// number. A select picks the branch named by the value, else "other". Branches
// may hold arguments of their own. An apostrophe before a brace quotes up to the
// next apostrophe ("'{'" is a brace), "''" is one apostrophe, and any other
// apostrophe is itself, so English needs no escaping ("Don't know").
//
// FormatMessage never fails: a message it cannot read is given as written from
// the first fault on, so a broken translation shows, and reads, rather than
// vanishes. MessageProblem finds those faults first (the message catalogs'
// check runs it over every message); an argument not given is left as written.
#ifndef CLOUDGAP_CORE_TEXT_MESSAGE_FORMAT_H_
#define CLOUDGAP_CORE_TEXT_MESSAGE_FORMAT_H_

#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

namespace cloudgap {

// An argument's value. It does not own its text: a message is formatted within
// the expression that names its arguments, so a temporary std::string outlives
// the call, and each call site costs a few stores rather than a variant.
struct MessageArg {
  MessageArg(std::string_view n, std::string_view t) : name(n), text(t) {}
  MessageArg(std::string_view n, const char* t) : name(n), text(t) {}
  MessageArg(std::string_view n, const std::string& t) : name(n), text(t) {}
  MessageArg(std::string_view n, std::int64_t value) : name(n), number(value), is_number(true) {}
  MessageArg(std::string_view n, int value) : MessageArg(n, std::int64_t{value}) {}
  MessageArg(std::string_view n, size_t value) : MessageArg(n, static_cast<std::int64_t>(value)) {}

  std::string_view name;
  std::string_view text;    // When !is_number.
  std::int64_t number = 0;  // When is_number: written per language.
  bool is_number = false;
};

// Marks the English of a message kept for later, in a table or a variable, as
// Tr marks one (core/i18n/message_catalog.h), for tools/i18n/messages.py to
// find; the code translates it where it words it (words.Tr(option.help)).
constexpr const char* TrLater(const char* english) {
  return english;
}

// `language` is a primary tag ("en", "de", "fr"); any other is written as English.
std::string FormatMessage(std::string_view message, std::string_view language,
                          std::initializer_list<MessageArg> args);

// The first fault of `message` ("unclosed '{' at 12", "a plural without an
// 'other' branch"), or "" when it is well formed.
std::string MessageProblem(std::string_view message);

// The names of the arguments `message` uses, at any depth; a translation must
// use the same ones.
std::set<std::string> MessageArgumentNames(std::string_view message);

// `value` with `decimals` digits after the separator, and grouped thousands, as
// `language` writes numbers: 1,234.5 in English, 1.234,5 in German, 1 234,5 in
// French (a no-break space, U+00A0, which the app's fonts carry).
std::string FormatNumber(double value, int decimals, std::string_view language);

// A calendar date ("2026-12-04", IsCalendarDate) as `language` writes it on
// screen: 4 Dec 2026 in English (never 04/12, which reads two ways), 04.12.2026
// in German, 04/12/2026 in French. Documents and files keep the ISO form; any
// text that is not a calendar date is given back as it is.
std::string FormatDate(std::string_view iso_date, std::string_view language);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_MESSAGE_FORMAT_H_
