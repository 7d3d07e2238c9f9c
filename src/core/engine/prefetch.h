// Prefetching: asking the processor to start loading memory that a loop will
// read a few iterations later. Scoring and the roadmap walk every control of a
// catalog whose parts (a control's questions, title, actions, links) are heap
// allocations of their own, scattered: the processor cannot guess where the
// next ones are, and at 10,000 controls waiting for them was most of the time.
// The loops know, a few controls ahead.
//
// A hint only: it never faults, changes no result, and compiles to nothing
// where the compiler has no such builtin (WebAssembly has no prefetch).
//
// Every function here, and every function of the loops that only prefetches,
// is always inlined: GCC counts a prefetch as no effect, takes a function that
// only prefetches for one that does nothing, and drops the calls to it.
#ifndef CLOUDGAP_CORE_ENGINE_PREFETCH_H_
#define CLOUDGAP_CORE_ENGINE_PREFETCH_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cloudgap {

// How many controls ahead the loops ask: far enough for memory to answer in
// time, near enough that what arrives is still in the cache when used.
inline constexpr size_t kPrefetchAhead = 8;

// The cache line of the x86 and ARM processors the app runs on.
inline constexpr std::uintptr_t kCacheLineBytes = 64;

// The cache line holding the byte at `address` (plus `offset` bytes, taken as
// a number: the line may lie past the end of the object).
[[gnu::always_inline]] inline void Prefetch(const void* address, std::uintptr_t offset = 0) {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(
      reinterpret_cast<const void*>(reinterpret_cast<std::uintptr_t>(address) + offset));
#else
  (void)address;
  (void)offset;
#endif
}

// The one or two lines `object` lies on (a field of a struct may straddle two).
template <typename T>
[[gnu::always_inline]] inline void PrefetchObject(const T& object) {
  static_assert(sizeof(T) <= kCacheLineBytes, "one or two lines");
  Prefetch(&object);
  Prefetch(&object, sizeof(T) - 1);
}

// Every line of `object`, however large: for one the loop is about to write
// (the processor must load a line before it can write part of it). The trip
// count is a constant, so the loop unrolls and its prefetches stay.
template <typename T>
[[gnu::always_inline]] inline void PrefetchWhole(const T& object) {
  for (std::uintptr_t offset = 0; offset < sizeof(T); offset += kCacheLineBytes) {
    Prefetch(&object, offset);
  }
}

// The first three lines of `bytes` at `address`: past those the processor
// follows a sequential read by itself.
[[gnu::always_inline]] inline void PrefetchStart(const void* address, size_t bytes) {
  if (bytes == 0) return;
  Prefetch(address);
  if (bytes > kCacheLineBytes) Prefetch(address, kCacheLineBytes);
  if (bytes > 2 * kCacheLineBytes) Prefetch(address, 2 * kCacheLineBytes);
}

// The start of a vector's elements.
template <typename T>
[[gnu::always_inline]] inline void PrefetchElements(const std::vector<T>& v) {
  PrefetchStart(v.data(), v.size() * sizeof(T));
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_PREFETCH_H_
