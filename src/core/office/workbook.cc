#include "core/office/workbook.h"

#include "core/text/iso_date.h"

namespace cloudgap {

Cell Cell::Text(std::string_view text) {
  Cell cell;
  if (!text.empty()) {
    cell.type = Type::kText;
    cell.text = std::string(text);
  }
  return cell;
}

Cell Cell::Number(double value) {
  Cell cell;
  cell.type = Type::kNumber;
  cell.number = value;
  return cell;
}

Cell Cell::Date(std::string_view iso_date) {
  if (!IsCalendarDate(iso_date)) return Text(iso_date);
  Cell cell;
  cell.type = Type::kDate;
  cell.text = std::string(iso_date);
  return cell;
}

Cell Cell::Number(const std::optional<double>& value) {
  return value ? Number(*value) : Cell();
}

Cell Cell::Number(const std::optional<int>& value) {
  return value ? Number(static_cast<double>(*value)) : Cell();
}

bool operator==(const Cell& a, const Cell& b) {
  return a.type == b.type && a.text == b.text && a.number == b.number;
}

std::optional<int> SpreadsheetSerialDate(std::string_view iso_date) {
  if (!IsCalendarDate(iso_date)) return std::nullopt;
  const int year = std::stoi(std::string(iso_date.substr(0, 4)));
  const int month = std::stoi(std::string(iso_date.substr(5, 2)));
  const int day = std::stoi(std::string(iso_date.substr(8, 2)));
  // Days from civil (proleptic Gregorian), then shifted from 1970-01-01 to 1899-12-30.
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = y / 400;
  const int year_of_era = y - era * 400;
  const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  const int days_since_1970 = era * 146097 + day_of_era - 719468;
  return days_since_1970 + 25569;
}

}  // namespace cloudgap
