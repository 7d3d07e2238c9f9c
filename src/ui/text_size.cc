#include "ui/text_size.h"

#include <algorithm>
#include <string>

namespace cloudgap::ui {
namespace {

bool Offered(int percent) {
  return std::find(std::begin(kTextSizes), std::end(kTextSizes), percent) != std::end(kTextSizes);
}

}  // namespace

TextSize::TextSize(Storage& storage) : storage_(storage) {
  const std::string kept = storage_.Read(kTextSizeKey).value_or("");
  int percent = 0;
  for (char c : kept) {
    if (c < '0' || c > '9' || percent > 1000) return;
    percent = percent * 10 + (c - '0');
  }
  if (Offered(percent)) percent_ = percent;
}

bool TextSize::Set(int percent) {
  if (!Offered(percent)) return false;
  percent_ = percent;
  // A full storage keeps the size for this visit only: nothing else is lost.
  storage_.Write(kTextSizeKey, std::to_string(percent));
  return true;
}

float TextSize::FactorFor(float css_width) const {
  const float wanted = static_cast<float>(percent_) / 100.0f;
  const float room = css_width / kNarrowestCssWidth;
  return std::max(1.0f, std::min(wanted, room));
}

}  // namespace cloudgap::ui
