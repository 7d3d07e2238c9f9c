// The control catalog as an OSCAL 1.0.6 catalog (the "oscal-catalog" report):
// one group per clause ("clause-12"), one control per catalog control with
// the ids of oscal_common.h, and parts for what the catalog says about it:
//
//   <id>_obj              name "objective": what the control is for; its
//                         questions are nested objectives with the question
//                         ids ("iso27002-12.4.1-q3"), which findings and
//                         observations in the assessment results refer to;
//   <id>_gdn              name "guidance", with <id>_gdn.csc / <id>_gdn.csp
//                         for the customer's and the provider's side;
//   <id>_mat, _evd, _act  CloudGap's own (ns) parts: maturity levels 0-5,
//                         example evidence, remediation actions (numbered
//                         items <id>_act.1, ... that the POA&M's tasks follow).
//
// Properties carry the label, kind, ISO/IEC 27002:2022 correspondence, whose
// guidance it is, responsibility per service model, risk weight and effort;
// dependencies are links with rel "depends-on". No parameters. The UUID is
// named "catalog/<id>/<version>/<sha256>", so it changes exactly when the
// catalog does.
#ifndef CLOUDGAP_CORE_OSCAL_OSCAL_CATALOG_H_
#define CLOUDGAP_CORE_OSCAL_OSCAL_CATALOG_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/oscal/oscal_common.h"

namespace cloudgap {

// The group id of a clause: "clause-12".
std::string OscalClauseId(int clause);

// `last_modified` is an ISO-8601 UTC timestamp: the assessment's updated_at
// when exported with one, else the time the caller chooses.
OscalJson OscalCatalog(const Catalog& catalog, const std::string& last_modified);

std::string RenderOscalCatalog(const Catalog& catalog, const std::string& last_modified);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OSCAL_OSCAL_CATALOG_H_
