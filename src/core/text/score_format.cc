#include "core/text/score_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text/message_format.h"

namespace cloudgap {

double RoundScore(double score) {
  return std::round(score * 10.0) / 10.0;
}

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

std::string FormatScore(double score, std::string_view language) {
  const double rounded = RoundScore(score);
  return FormatNumber(rounded, rounded == std::floor(rounded) ? 0 : 1, language);
}

double ShownScore(double score) {
  return std::clamp(std::round(score), 0.0, 100.0);
}

void FormatShownScore(const std::optional<double>& score, char (&out)[16]) {
  if (score) {
    std::snprintf(out, sizeof out, "%.0f", ShownScore(*score));
  } else {
    std::snprintf(out, sizeof out, "%s", "\xE2\x80\x93");  // En dash.
  }
}

}  // namespace cloudgap
