// For tests only: the round trip of an EnumText table (core/text/enum_text.h),
// which also catches what its static_assert cannot, an enumerator added after
// the last row.
#ifndef CLOUDGAP_CORE_TESTING_ENUM_TEXT_TESTING_H_
#define CLOUDGAP_CORE_TESTING_ENUM_TEXT_TESTING_H_

#include <gtest/gtest.h>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include "core/text/enum_text.h"

namespace cloudgap {

// Whether V is a named enumerator of E. GCC and Clang (Emscripten's too) spell
// a template argument that names an enumerator by its name ("V = R::kB") and
// any other value as a cast ("V = (R)2").
template <typename E, E V>
bool IsEnumerator() {
  const std::string_view signature = __PRETTY_FUNCTION__;
  const size_t at = signature.rfind("V = ");
  return at != std::string_view::npos && signature[at + 4] != '(';
}

// Every row of kTable goes value -> text -> value (so no two rows share a
// text), and the value after the last row is no enumerator: one added to the
// enum but not to the table fails here.
template <const auto& kTable>
void ExpectRoundTrip() {
  using E = decltype(std::begin(kTable)->value);
  for (const EnumText<E>& row : kTable) {
    const std::string text = TextOf(kTable, row.value);
    EXPECT_EQ(ValueOf(kTable, text), row.value) << '"' << text << "\" leads to another row";
  }
  constexpr auto kLast = static_cast<long long>(kTable[std::size(kTable) - 1].value);
  EXPECT_FALSE((IsEnumerator<E, static_cast<E>(kLast + 1)>()))
      << "an enumerator after the last row, \"" << TextOf(kTable, static_cast<E>(kLast)) << '"';
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_ENUM_TEXT_TESTING_H_
