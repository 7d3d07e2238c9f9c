#include "ui/compact_trig.h"

#include <cmath>

namespace cloudgap::ui {
namespace {

// sin and cos of r, |r| <= pi/4, by their Taylor series in double: the first
// term left out is below 3e-9 (sin) and 2e-10 (cos) of the result, under a
// tenth of half a float ulp (3e-8); one term fewer would not be.
double SinNearZero(double r) {
  const double r2 = r * r;
  return r * (1 + r2 * (-1.0 / 6 + r2 * (1.0 / 120 + r2 * (-1.0 / 5040 + r2 * (1.0 / 362880)))));
}
double CosNearZero(double r) {
  const double r2 = r * r;
  return 1 + r2 * (-0.5 + r2 * (1.0 / 24 +
                                r2 * (-1.0 / 720 + r2 * (1.0 / 40320 + r2 * (-1.0 / 3628800)))));
}

// x = k * pi/2 + r with |r| <= pi/4; returns r and k mod 4. pi/2 is split
// in three (Cody and Waite): the first two parts have 27 bits, so their
// products with k (under 2^26 for |x| < 1e8) are exact, and the remainder
// keeps float precision even where the sine or cosine is nearly zero.
double Reduce(float x, int* quadrant) {
  constexpr double kPiOver2[] = {1.570796325802803, 9.920935739593517e-10, 5.721188726109832e-18};
  const double k = std::nearbyint(static_cast<double>(x) * 0.63661977236758134308);  // 2/pi
  *quadrant = static_cast<int>(k - 4.0 * std::floor(k * 0.25));
  return ((static_cast<double>(x) - k * kPiOver2[0]) - k * kPiOver2[1]) - k * kPiOver2[2];
}

}  // namespace

float CompactSin(float x) {
  if (!std::isfinite(x)) return x - x;
  if (x == 0) return x;  // Keeps the sign of zero.
  int quadrant = 0;
  const double r = Reduce(x, &quadrant);
  switch (quadrant) {
    case 0: return static_cast<float>(SinNearZero(r));
    case 1: return static_cast<float>(CosNearZero(r));
    case 2: return static_cast<float>(-SinNearZero(r));
    default: return static_cast<float>(-CosNearZero(r));
  }
}

float CompactCos(float x) {
  if (!std::isfinite(x)) return x - x;
  int quadrant = 0;
  const double r = Reduce(x, &quadrant);
  switch (quadrant) {
    case 0: return static_cast<float>(CosNearZero(r));
    case 1: return static_cast<float>(-SinNearZero(r));
    case 2: return static_cast<float>(-CosNearZero(r));
    default: return static_cast<float>(SinNearZero(r));
  }
}

}  // namespace cloudgap::ui
