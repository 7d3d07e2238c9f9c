// An enumeration and its words as one table: EnumText rows, one per
// enumerator, read both ways (TextOf: value to text, ValueOf: text to value)
// and by the JSON reader (ObjectReader::Enum), so a name, a label or a JSON
// spelling is written once and the parse cannot drift from the print. Each
// table is followed by static_assert(InEnumOrder(kTable)): the rows are in
// the order of the values 0, 1, 2, ... with none missing and none repeated,
// so TextOf reads row `value` directly. What the assert cannot see is an
// enumerator added after the last row (the table is still ordered, only
// short; TextOf gives "" for it, ValueOf never gives it): the round-trip
// tests of each table (testing/enum_text_testing.h) catch that, as they
// check that the value after the last row is not an enumerator.
#ifndef CLOUDGAP_CORE_TEXT_ENUM_TEXT_H_
#define CLOUDGAP_CORE_TEXT_ENUM_TEXT_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace cloudgap {

// One value of an enumeration and its text.
template <typename E>
struct EnumText {
  E value;
  const char* text;
};

// The text of `value`; "" when the table has no row for it.
template <typename E, size_t N>
constexpr const char* TextOf(const EnumText<E> (&table)[N], E value) {
  const size_t i = static_cast<size_t>(value);  // A negative value wraps past N.
  if (i < N && table[i].value == value) return table[i].text;
  for (const EnumText<E>& row : table) {  // A table not in enum order (no static_assert).
    if (row.value == value) return row.text;
  }
  return "";
}

// The value whose text is `text` exactly (case matters); nullopt when none.
template <typename E, size_t N>
constexpr std::optional<E> ValueOf(const EnumText<E> (&table)[N], std::string_view text) {
  for (const EnumText<E>& row : table) {
    if (text == row.text) return row.value;
  }
  return std::nullopt;
}

// Whether row i holds the value i for every row: ordered, no holes, no repeats.
template <typename E, size_t N>
constexpr bool InEnumOrder(const EnumText<E> (&table)[N]) {
  for (size_t i = 0; i < N; ++i) {
    if (table[i].value != static_cast<E>(i)) return false;
  }
  return true;
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_ENUM_TEXT_H_
