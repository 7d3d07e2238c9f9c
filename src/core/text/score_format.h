// How scores are rounded and written wherever people or reports see them: one
// decimal, so a report is byte-identical on every platform and the numbers in
// an explanation add up the way they are printed.
#ifndef CLOUDGAP_CORE_TEXT_SCORE_FORMAT_H_
#define CLOUDGAP_CORE_TEXT_SCORE_FORMAT_H_

#include <string>

namespace cloudgap {

// Rounded to one decimal, halves away from zero: 66.666 -> 66.7.
double RoundScore(double score);

// "66.7", "60", "100": one decimal, dropped when it is zero.
std::string FormatScore(double score);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_SCORE_FORMAT_H_
