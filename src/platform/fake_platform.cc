#include "platform/fake_platform.h"

namespace cloudgap {

std::optional<std::string> FakeStorage::Read(const std::string& key) const {
  if (!available) return std::nullopt;
  auto it = items.find(key);
  if (it == items.end()) return std::nullopt;
  return it->second;
}

Storage::WriteResult FakeStorage::Write(const std::string& key, const std::string& value) {
  if (!available) return WriteResult::kUnavailable;
  size_t used = 0;
  for (const auto& [k, v] : items) {
    if (k != key) used += k.size() + v.size();
  }
  if (used + key.size() + value.size() > capacity_bytes) return WriteResult::kFull;
  items[key] = value;
  return WriteResult::kOk;
}

void FakeStorage::Remove(const std::string& key) {
  if (available) items.erase(key);
}

std::optional<std::string> FakeLocation::QueryParam(const std::string& name) const {
  auto it = query.find(name);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

}  // namespace cloudgap
