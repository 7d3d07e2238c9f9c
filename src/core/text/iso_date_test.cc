#include "core/text/iso_date.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(IsCalendarDate, AcceptsRealDatesOnly) {
  for (const char* date : {"2024-02-29", "2000-02-29"}) EXPECT_TRUE(IsCalendarDate(date)) << date;
  for (const char* not_a_date : {"1900-02-29", "2023-02-29", "2024-04-31", "2024-13-01",
                                 "2024-1-01", "2024-01-01T00:00:00Z", ""}) {
    EXPECT_FALSE(IsCalendarDate(not_a_date)) << not_a_date;
  }
}

TEST(IsUtcTimestamp, AcceptsUtcWithOptionalFraction) {
  for (const char* timestamp :
       {"2024-05-31T09:30:00Z", "2024-05-31T23:59:60Z", "2024-05-31T09:30:00.123Z"}) {
    EXPECT_TRUE(IsUtcTimestamp(timestamp)) << timestamp;
  }
  for (const char* not_a_timestamp :
       {"2024-05-31T09:30:00", "2024-05-31T09:30:00+02:00", "2024-05-31T24:00:00Z",
        "2024-05-31T09:30:00.Z", "2024-05-31 09:30:00Z", "2024-05-31T09:30:00ZZ"}) {
    EXPECT_FALSE(IsUtcTimestamp(not_a_timestamp)) << not_a_timestamp;
  }
}

}  // namespace
}  // namespace cloudgap
