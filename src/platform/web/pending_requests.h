// The callbacks of requests that the page answers later, by number: each
// asynchronous web implementation (fetch, the Office module, keep.js) hands
// its request number to JavaScript and finishes it when the answer crosses
// back. An answer to a number that is not pending (answered already) is
// dropped.
#ifndef CLOUDGAP_PLATFORM_WEB_PENDING_REQUESTS_H_
#define CLOUDGAP_PLATFORM_WEB_PENDING_REQUESTS_H_

#include <functional>
#include <map>
#include <string>
#include <utility>

namespace cloudgap {

template <typename Result>
class PendingRequests {
 public:
  using Callback = std::function<void(const Result&)>;

  int Add(Callback done) {
    const int request = next_++;
    pending_[request] = std::move(done);
    return request;
  }

  void Finish(int request, const Result& result) {
    auto it = pending_.find(request);
    if (it == pending_.end()) return;
    Callback done = std::move(it->second);
    pending_.erase(it);  // Before the call: `done` may start the next request.
    done(result);
  }

 private:
  int next_ = 1;
  std::map<int, Callback> pending_;
};

// The bytes and detail as they crossed from JavaScript; either may be null.
template <typename Result>
void FillAnswer(const char* bytes, int length, const char* detail, Result* result) {
  if (bytes != nullptr && length > 0) result->bytes.assign(bytes, static_cast<size_t>(length));
  if (detail != nullptr) result->detail = detail;
}

}  // namespace cloudgap

#endif  // CLOUDGAP_PLATFORM_WEB_PENDING_REQUESTS_H_
