// Scoring: turns a catalog and an assessment into scores, maturities and gaps.
// The formula is docs/scoring.md; in short:
//
//   control score = 100 x (sum of answer credits) / (number of counted answers)
//     counted = yes (1), partly (0.5), no (0), don't know (0); "na" and
//     unanswered questions are left out, not counted as failures.
//   maturity      = from the score: 0 at 0, 1 below 40, 2 from 40, 3 from 60,
//                   4 from 80, 5 at 100; a maturity set by hand wins.
//   gap           = target - maturity, never below 0.
//   clause/overall score = risk-weighted mean of the scored controls.
//
// Evaluate is deterministic, allocation-light and linear in the number of asked
// questions (each answer is one map lookup), so a UI can call it every frame.
#ifndef CLOUDGAP_CORE_ENGINE_SCORING_H_
#define CLOUDGAP_CORE_ENGINE_SCORING_H_

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"

namespace cloudgap {

// Identifies the formula in reports, so a score can be reproduced later.
inline constexpr char kScoringModel[] = "cloudgap-scoring/1";

Evaluation Evaluate(const Catalog& catalog, const Assessment& assessment);

// The share of a question an answer earns: the catalog's answer_scale credit,
// or the standard one (yes 1, partly 0.5, others 0) when the scale lacks it.
double AnswerCredit(const Catalog& catalog, Answer answer);

// 0 for 0, 1 below 40, 2 from 40, 3 from 60, 4 from 80, 5 for 100.
int MaturityForScore(double score);

// The score the roadmap projection counts for a control brought to `level`:
// 20 x level, the lowest score with that maturity (for level 1, any score
// above 0 has it). MaturityForScore(ScoreForMaturity(l)) == l.
double ScoreForMaturity(int level);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_SCORING_H_
