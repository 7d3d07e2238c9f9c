// The readiness tier's reasons (core/engine/readiness.h) in the visitor's
// language: each rule's own message, with the score, counts and controls the
// core hands over as values. Reports print the core's English instead.
#ifndef CLOUDGAP_UI_READINESS_WORDS_H_
#define CLOUDGAP_UI_READINESS_WORDS_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"

namespace cloudgap::ui {

std::string ReadinessReasonWords(const Catalog& catalog, const ReadinessReason& reason);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_READINESS_WORDS_H_
