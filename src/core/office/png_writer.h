// PNG images (RFC 2083) drawn in memory, for the charts of the Word report: an
// RGB canvas with filled rectangles, encoded with zlib. Deterministic: the same
// drawing gives the same bytes.
#ifndef CLOUDGAP_CORE_OFFICE_PNG_WRITER_H_
#define CLOUDGAP_CORE_OFFICE_PNG_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cloudgap {

class RgbCanvas {
 public:
  // Filled with `background` (0xRRGGBB).
  RgbCanvas(int width, int height, uint32_t background);

  int width() const { return width_; }
  int height() const { return height_; }
  // Clipped to the canvas; an empty or inverted rectangle draws nothing.
  void FillRect(int x, int y, int width, int height, uint32_t rgb);
  uint32_t At(int x, int y) const;
  // Digits, '.', '-' and spaces in a 5x7 pixel font, each pixel `scale` pixels
  // square, the top left at (x, y); any other character is a space. Returns
  // the x after the text. Enough for the numbers a chart carries.
  int DrawNumber(int x, int y, const std::string& text, int scale, uint32_t rgb);
  static int NumberWidth(const std::string& text, int scale);

  // The canvas as a PNG file (8-bit RGB, no interlace).
  std::string EncodePng() const;

 private:
  int width_;
  int height_;
  std::vector<uint8_t> pixels_;  // RGB, row by row.
};

// One horizontal bar per row: its label (a clause number) on the left, a light
// track for 0..100 with the bar in `colour` over it, and the value at its end;
// a row without a value has an empty track and "-".
struct ChartBar {
  std::string label;
  std::optional<double> value;  // 0..100.
};
std::string BarChartPng(const std::vector<ChartBar>& bars, uint32_t colour);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_PNG_WRITER_H_
