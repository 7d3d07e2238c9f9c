// A small hand-written catalog for engine tests whose numbers are worked out
// by hand in the tests, so it is built in code rather than loaded.
//
//   5.1.1       clause 5,  csc+csp, risk 3, effort 2..4,   no dependencies
//               q1 csc all, q2 csc saas, q3 csp all
//   CLD.6.3.1   clause 6,  csc+csp, risk 5, effort 6..14,  no dependencies
//               q1 csc all, q2 csp all, q3 csc iaas
//   6.1.1       clause 6,  csc,     risk 2, effort 1..3,   depends on CLD.6.3.1
//               q1 csc all, q2 csc paas
//   12.4.1      clause 12, csc+csp, risk 4, effort 10..20, depends on CLD.6.3.1
//               q1 csc all, q2 csc all, q3 csp all, q4 csc iaas
//   CLD.12.4.5  clause 12, csc,     risk 4, effort 3..5,   depends on 12.4.1
//               q1 csc all, q2 csc all
//   12.1.2      clause 12, csp,     risk 1, effort 2..2,   no dependencies
//               q1 csp all, q2 csp all
//
// Every control also has a quick question ("<id>-quick") for all its roles and
// all service models, and applies to the roles it gives guidance for. 5.1.1
// maps to 27002:2022 5.1 (the standard's) and NIST PL-1, PM-1; CLD.6.3.1 to 5.23
// (CloudGap's judgement).
#ifndef CLOUDGAP_CORE_TESTING_TEST_CATALOG_H_
#define CLOUDGAP_CORE_TESTING_TEST_CATALOG_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

const Catalog& TestCatalog();

// A customer profile for all three service models, full mode, target 3,
// capacity 10 person-days a month.
Profile TestProfile();

inline constexpr char kTestNow[] = "2024-03-01T12:00:00Z";

// Sets every question of the catalog asked of `a.profile` to `answer`.
void AnswerAllAsked(const Catalog& catalog, Answer answer, Assessment* a);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_TEST_CATALOG_H_
