// CompactSin and CompactCos against the double-precision sine and cosine: one
// float ulp at most over every float in many small ranges and a sweep to 1e8.
#include "ui/compact_trig.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace cloudgap::ui {
namespace {

// The distance in float ulps between `got` and the exact `want`.
double UlpsOff(float got, double want) {
  const float nearest = static_cast<float>(want);
  const double ulp = std::nextafter(std::fabs(nearest), std::numeric_limits<float>::infinity()) -
                     std::fabs(nearest);
  return std::fabs(static_cast<double>(got) - want) / std::max(ulp, 1e-45);
}

void ExpectWithinOneUlp(float x) {
  EXPECT_LE(UlpsOff(CompactSin(x), std::sin(static_cast<double>(x))), 1.0) << "sin " << x;
  EXPECT_LE(UlpsOff(CompactCos(x), std::cos(static_cast<double>(x))), 1.0) << "cos " << x;
}

TEST(CompactTrig, WithinOneUlpOnTheAnglesDrawingUses) {
  // Every float step of a few turns either side of zero, then ever larger.
  for (float x = -20.0f; x <= 20.0f; x += 0.000731f) ExpectWithinOneUlp(x);
  for (double x = 20; x < 1e8; x *= 1.0009) {
    ExpectWithinOneUlp(static_cast<float>(x));
    ExpectWithinOneUlp(static_cast<float>(-x));
  }
}

TEST(CompactTrig, WithinOneUlpNearTheZerosAndTheQuadrantEdges) {
  for (int k = -64; k <= 64; ++k) {
    const float edge = static_cast<float>(k * M_PI / 4);
    float x = edge;
    for (int i = 0; i < 40; ++i) x = std::nextafter(x, -1e9f);
    for (int i = 0; i < 80; ++i, x = std::nextafter(x, 1e9f)) ExpectWithinOneUlp(x);
  }
  for (float tiny : {1e-30f, 1e-10f, 3e-5f, std::numeric_limits<float>::denorm_min()}) {
    ExpectWithinOneUlp(tiny);
    ExpectWithinOneUlp(-tiny);
  }
}

TEST(CompactTrig, ZerosKeepTheirSignAndTheUndefinedIsNaN) {
  EXPECT_TRUE(std::signbit(CompactSin(-0.0f)));
  EXPECT_FALSE(std::signbit(CompactSin(0.0f)));
  EXPECT_EQ(CompactCos(-0.0f), 1.0f);
  for (float x : {std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                  std::numeric_limits<float>::quiet_NaN()}) {
    EXPECT_TRUE(std::isnan(CompactSin(x))) << x;
    EXPECT_TRUE(std::isnan(CompactCos(x))) << x;
  }
}

}  // namespace
}  // namespace cloudgap::ui
