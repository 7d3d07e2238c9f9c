// Checks for the two date shapes an assessment document uses. The core never
// reads the clock: callers pass timestamps in, and these only check their form.
#ifndef CLOUDGAP_CORE_TEXT_ISO_DATE_H_
#define CLOUDGAP_CORE_TEXT_ISO_DATE_H_

#include <string_view>

namespace cloudgap {

// "2024-05-31": a real calendar date (leap years included), years 1000..9999.
bool IsCalendarDate(std::string_view text);

// "2024-05-31T09:30:00Z" or with a fraction of a second, "…:00.250Z": UTC only,
// since a document moves between time zones and must sort the same everywhere.
bool IsUtcTimestamp(std::string_view text);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_ISO_DATE_H_
