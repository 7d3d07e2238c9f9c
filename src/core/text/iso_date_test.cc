#include "core/text/iso_date.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(IsCalendarDate, AcceptsRealDatesOnly) {
  EXPECT_TRUE(IsCalendarDate("2024-02-29"));
  EXPECT_TRUE(IsCalendarDate("2000-02-29"));
  EXPECT_FALSE(IsCalendarDate("1900-02-29"));
  EXPECT_FALSE(IsCalendarDate("2023-02-29"));
  EXPECT_FALSE(IsCalendarDate("2024-04-31"));
  EXPECT_FALSE(IsCalendarDate("2024-13-01"));
  EXPECT_FALSE(IsCalendarDate("2024-1-01"));
  EXPECT_FALSE(IsCalendarDate("2024-01-01T00:00:00Z"));
  EXPECT_FALSE(IsCalendarDate(""));
}

TEST(IsUtcTimestamp, AcceptsUtcWithOptionalFraction) {
  EXPECT_TRUE(IsUtcTimestamp("2024-05-31T09:30:00Z"));
  EXPECT_TRUE(IsUtcTimestamp("2024-05-31T23:59:60Z"));
  EXPECT_TRUE(IsUtcTimestamp("2024-05-31T09:30:00.123Z"));
  EXPECT_FALSE(IsUtcTimestamp("2024-05-31T09:30:00"));
  EXPECT_FALSE(IsUtcTimestamp("2024-05-31T09:30:00+02:00"));
  EXPECT_FALSE(IsUtcTimestamp("2024-05-31T24:00:00Z"));
  EXPECT_FALSE(IsUtcTimestamp("2024-05-31T09:30:00.Z"));
  EXPECT_FALSE(IsUtcTimestamp("2024-05-31 09:30:00Z"));
  EXPECT_FALSE(IsUtcTimestamp("2024-05-31T09:30:00ZZ"));
}

}  // namespace
}  // namespace cloudgap
