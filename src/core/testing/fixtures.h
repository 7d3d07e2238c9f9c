// For tests only: the example assessment the report and OSCAL tests share, and
// Contains (gmock is not built, so there is no HasSubstr).
#ifndef CLOUDGAP_CORE_TESTING_FIXTURES_H_
#define CLOUDGAP_CORE_TESTING_FIXTURES_H_

#include <string>

#include "core/document/assessment.h"

namespace cloudgap {

// The test catalog (test_catalog.h) as a customer would answer it: 5.1.1
// implemented with one question N/A, CLD.6.3.1 and 12.4.1 at 0, 6.1.1 set to
// maturity 2 by hand, CLD.12.4.5 marked N/A, 12.1.2 (provider only) out of scope.
// Organisation "Acme Ltd", 12.4.1 owned by "Head of IT", due 2024-09-30, with a
// web link and a javascript: link as evidence.
Assessment ExampleAssessment();

// A provider (TestProfile() in role kProvider) who answered only 12.1.2 of the
// test catalog, the control of risk weight 1: q1 and q2 as given.
Assessment ProviderAnsweringOnly1212(Answer q1, Answer q2);

// The bytes 0 to 255, once each, in order: binary data for round trips.
inline std::string AllBytes() {
  std::string s;
  for (int i = 0; i < 256; ++i) s += static_cast<char>(i);
  return s;
}

// Whether `part` stands anywhere in `text`.
inline bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_FIXTURES_H_
