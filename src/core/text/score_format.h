// How scores are rounded and written wherever people or reports see them, in
// one place. Reports and explanations use one decimal, so a report is
// byte-identical on every platform and the numbers in an explanation add up the
// way they are printed; the screens show whole numbers.
#ifndef CLOUDGAP_CORE_TEXT_SCORE_FORMAT_H_
#define CLOUDGAP_CORE_TEXT_SCORE_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

namespace cloudgap {

// Rounded to one decimal, halves away from zero: 66.666 -> 66.7.
double RoundScore(double score);

// "66.7", "60", "100": one decimal, dropped when it is zero.
std::string FormatScore(double score);
// The same as `language` writes it on screen ("66,7" in German and French;
// core/text/message_format.h, FormatNumber).
std::string FormatScore(double score, std::string_view language);

// The whole number a screen shows, halves away from zero, within 0..100
// (72.5 -> 73). Bars and colours use it too, so that what is seen agrees with
// what is read.
double ShownScore(double score);

// ShownScore as text ("73"), or an en dash when there is no score. Writes into
// `out` so that charts drawn every frame allocate nothing.
void FormatShownScore(const std::optional<double>& score, char (&out)[16]);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_SCORE_FORMAT_H_
