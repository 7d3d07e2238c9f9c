#include "core/text/mailto.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(Mailto, SubjectAndBodyArePercentEncodedWithCrlfLineEnds) {
  EXPECT_EQ(MailtoLink("sales@acme.example", "Our results & more",
                       "Hello,\nthe link: https://x.example/#r=v1.5.AB-_c\n"),
            "mailto:sales@acme.example?subject=Our%20results%20%26%20more&body=Hello%2C%0D%0Athe"
            "%20link%3A%20https%3A%2F%2Fx.example%2F%23r%3Dv1.5.AB-_c%0D%0A");
  EXPECT_EQ(PercentEncodeForMail("a\r\nb"), "a%0D%0Ab");  // Not doubled.
  EXPECT_EQ(PercentEncodeForMail("é?"), "%C3%A9%3F");
}

}  // namespace
}  // namespace cloudgap
