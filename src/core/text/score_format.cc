#include "core/text/score_format.h"

#include <cmath>
#include <cstdio>

namespace cloudgap {

double RoundScore(double score) { return std::round(score * 10.0) / 10.0; }

std::string FormatScore(double score) {
  const double rounded = RoundScore(score);
  char buffer[32];
  if (rounded == std::floor(rounded)) {
    std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
  }
  return buffer;
}

}  // namespace cloudgap
