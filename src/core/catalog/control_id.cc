#include "core/catalog/control_id.h"

#include <cstdlib>
#include <string>
#include <tuple>

namespace cloudgap {
namespace {

constexpr std::string_view kCloudPrefix = "CLD.";

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

bool IsDottedNumber(std::string_view text) {
  size_t parts = 0;
  while (true) {
    size_t dot = text.find('.');
    if (!IsDigits(text.substr(0, dot))) return false;
    ++parts;
    if (dot == std::string_view::npos) return parts >= 2;
    text.remove_prefix(dot + 1);
  }
}

bool IsCloudControlId(std::string_view id) {
  return id.substr(0, kCloudPrefix.size()) == kCloudPrefix;
}

bool IsControlId(std::string_view id) {
  if (IsCloudControlId(id)) id.remove_prefix(kCloudPrefix.size());
  return IsDottedNumber(id);
}

std::vector<long> ControlIdNumbers(std::string_view id) {
  std::vector<long> numbers;
  if (!IsControlId(id)) return numbers;
  if (IsCloudControlId(id)) id.remove_prefix(kCloudPrefix.size());
  while (true) {
    size_t dot = id.find('.');
    numbers.push_back(std::strtol(std::string(id.substr(0, dot)).c_str(), nullptr, 10));
    if (dot == std::string_view::npos) return numbers;
    id.remove_prefix(dot + 1);
  }
}

bool ControlIdLess(std::string_view a, std::string_view b) {
  auto key = [](std::string_view id) {
    std::vector<long> numbers = ControlIdNumbers(id);
    long clause = numbers.empty() ? 0 : numbers[0];
    return std::make_tuple(numbers.empty(), clause, IsCloudControlId(id), numbers, id);
  };
  return key(a) < key(b);
}

}  // namespace cloudgap
