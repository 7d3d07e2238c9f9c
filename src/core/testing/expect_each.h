// For tests only: a table of inputs and the outputs a function must give, so
// a test lists its cases instead of repeating EXPECT_EQ(F("in"), "out").
#ifndef CLOUDGAP_CORE_TESTING_EXPECT_EACH_H_
#define CLOUDGAP_CORE_TESTING_EXPECT_EACH_H_

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

namespace cloudgap {

// One input and the output a function must give for it.
struct InOut {
  std::string in;
  std::string out;
};

// Expects f(in) == out for every case, naming the input of one that fails.
template <typename F, size_t N>
void ExpectEach(F f, const InOut (&cases)[N]) {
  for (const InOut& c : cases) EXPECT_EQ(f(c.in), c.out) << "for input \"" << c.in << '"';
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_EXPECT_EACH_H_
