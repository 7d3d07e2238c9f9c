#include "core/text/iso_date.h"

namespace cloudgap {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// Reads `count` digits at `pos` into *value; false when any is not a digit.
bool ReadNumber(std::string_view text, size_t pos, size_t count, int* value) {
  if (pos + count > text.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (!IsDigit(text[i])) return false;
    v = v * 10 + (text[i] - '0');
  }
  *value = v;
  return true;
}

int DaysInMonth(int year, int month) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsDatePrefix(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return false;
  if (!ReadNumber(text, 0, 4, &year) || !ReadNumber(text, 5, 2, &month) ||
      !ReadNumber(text, 8, 2, &day)) {
    return false;
  }
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

}  // namespace

bool IsCalendarDate(std::string_view text) {
  return text.size() == 10 && IsDatePrefix(text);
}

bool IsUtcTimestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS then an optional .fraction, then Z.
  if (text.size() < 20 || !IsDatePrefix(text) || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':') {
    return false;
  }
  int hour = 0, minute = 0, second = 0;
  if (!ReadNumber(text, 11, 2, &hour) || !ReadNumber(text, 14, 2, &minute) ||
      !ReadNumber(text, 17, 2, &second)) {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60) return false;  // 60: leap second.
  size_t pos = 19;
  if (text[pos] == '.') {
    size_t digits = 0;
    for (++pos; pos < text.size() && IsDigit(text[pos]); ++pos) ++digits;
    if (digits == 0 || digits > 9) return false;
  }
  return pos + 1 == text.size() && text[pos] == 'Z';
}

}  // namespace cloudgap
