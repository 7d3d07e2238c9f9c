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

std::vector<std::string> FakeStorage::Keys(const std::string& prefix) const {
  std::vector<std::string> keys;
  if (!available) return keys;
  for (const auto& [key, value] : items) {
    if (key.rfind(prefix, 0) == 0) keys.push_back(key);
  }
  return keys;
}

void FakeLinkSealer::Seal(const std::string& text, const std::string& passphrase, Callback done) {
  Result result;
  if (!supported || (!passphrase.empty() && !can_encrypt)) {
    result.status = Status::kUnsupported;
  } else if (passphrase.empty()) {
    result.bytes = "Z" + text;
  } else {
    result.bytes = "E" + std::to_string(passphrase.size()) + ":" + passphrase + text;
  }
  pending.Add([done = std::move(done), result] { done(result); });
}

void FakeLinkSealer::Unseal(const std::string& bytes, bool encrypted, const std::string& passphrase,
                            Callback done) {
  Result result;
  const std::string key = "E" + std::to_string(passphrase.size()) + ":" + passphrase;
  if (!supported) {
    result.status = Status::kUnsupported;
  } else if (encrypted) {
    if (passphrase.empty() || bytes.rfind(key, 0) != 0) {
      result.status = Status::kRefused;
    } else {
      result.bytes = bytes.substr(key.size());
    }
  } else if (bytes.empty() || bytes[0] != 'Z') {
    result.status = Status::kCorrupt;
  } else {
    result.bytes = bytes.substr(1);
  }
  pending.Add([done = std::move(done), result] { done(result); });
}

int PendingCalls::RunAll() {
  int n = 0;
  while (!calls_.empty()) {
    std::function<void()> next = std::move(calls_.front());
    calls_.pop_front();
    next();
    ++n;
  }
  return n;
}

void FakeSiteFiles::Fetch(const std::string& name, Callback done) {
  fetched.push_back(name);
  pending.Add([this, name, done = std::move(done)] {
    auto it = files.find(name);
    Result result;
    result.ok = it != files.end();
    if (result.ok) {
      result.bytes = it->second;
    } else {
      result.detail = "HTTP 404";
    }
    done(result);
  });
}

void FakeOfficeWriter::Write(const Request& request, Callback done) {
  requests.push_back(request);
  pending.Add([this, request, done = std::move(done)] {
    if (answer) {
      done(answer(request));
    } else {
      done({false, "", "the report module could not be loaded (HTTP 404)"});
    }
  });
}

void FakeResultSealer::Seal(const std::string& header, const std::string& public_key_der,
                            const std::string& document_json, Callback done) {
  pending.Add([this, header, public_key_der, document_json, done = std::move(done)] {
    done(seal ? seal(header, public_key_der, document_json)
              : Result{Status::kUnsupported, "", "no WebCrypto"});
  });
}

void FakeResultSealer::Open(const std::string& private_key_der, const std::string& envelope,
                            Callback done) {
  pending.Add([this, private_key_der, envelope, done = std::move(done)] {
    done(open ? open(private_key_der, envelope) : Result{Status::kUnsupported, "", "no WebCrypto"});
  });
}

std::optional<std::string> FakeLocation::QueryParam(const std::string& name) const {
  auto it = query.find(name);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

}  // namespace cloudgap
