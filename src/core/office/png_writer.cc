#include "core/office/png_writer.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cloudgap {
namespace {

void Put32(std::string* out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out->push_back(static_cast<char>((value >> shift) & 0xff));
}

void Chunk(std::string* out, const char* type, const std::string& data) {
  Put32(out, static_cast<uint32_t>(data.size()));
  const std::string body = std::string(type, 4) + data;
  *out += body;
  Put32(out, static_cast<uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(body.data()),
                                         static_cast<uInt>(body.size()))));
}

}  // namespace

RgbCanvas::RgbCanvas(int width, int height, uint32_t background)
    : width_(std::max(width, 1)),
      height_(std::max(height, 1)),
      pixels_(static_cast<size_t>(width_) * static_cast<size_t>(height_) * 3) {
  FillRect(0, 0, width_, height_, background);
}

void RgbCanvas::FillRect(int x, int y, int width, int height, uint32_t rgb) {
  const int x0 = std::max(x, 0), y0 = std::max(y, 0);
  const int x1 = std::min(x + width, width_), y1 = std::min(y + height, height_);
  for (int row = y0; row < y1; ++row) {
    for (int column = x0; column < x1; ++column) {
      uint8_t* p = &pixels_[(static_cast<size_t>(row) * static_cast<size_t>(width_) +
                             static_cast<size_t>(column)) *
                            3];
      p[0] = static_cast<uint8_t>(rgb >> 16);
      p[1] = static_cast<uint8_t>(rgb >> 8);
      p[2] = static_cast<uint8_t>(rgb);
    }
  }
}

uint32_t RgbCanvas::At(int x, int y) const {
  if (x < 0 || y < 0 || x >= width_ || y >= height_) return 0;
  const uint8_t* p =
      &pixels_[(static_cast<size_t>(y) * static_cast<size_t>(width_) + static_cast<size_t>(x)) * 3];
  return static_cast<uint32_t>(p[0]) << 16 | static_cast<uint32_t>(p[1]) << 8 | p[2];
}

std::string RgbCanvas::EncodePng() const {
  std::string raw;
  const size_t stride = static_cast<size_t>(width_) * 3;
  raw.reserve((stride + 1) * static_cast<size_t>(height_));
  for (int row = 0; row < height_; ++row) {
    raw.push_back('\0');  // Filter: none.
    raw.append(reinterpret_cast<const char*>(&pixels_[static_cast<size_t>(row) * stride]), stride);
  }
  uLongf packed_size = compressBound(static_cast<uLong>(raw.size()));
  std::string packed(packed_size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packed_size,
                reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()),
                9) != Z_OK) {
    return "";
  }
  packed.resize(packed_size);
  std::string header;
  Put32(&header, static_cast<uint32_t>(width_));
  Put32(&header, static_cast<uint32_t>(height_));
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, deflate, no filter, no interlace.
  std::string png("\x89PNG\r\n\x1a\n", 8);
  Chunk(&png, "IHDR", header);
  Chunk(&png, "IDAT", packed);
  Chunk(&png, "IEND", "");
  return png;
}

int RgbCanvas::NumberWidth(const std::string& text, int scale) {
  return static_cast<int>(text.size()) * 6 * scale - (text.empty() ? 0 : scale);
}

int RgbCanvas::DrawNumber(int x, int y, const std::string& text, int scale, uint32_t rgb) {
  // Rows top to bottom, the leftmost of five pixels in the highest bit.
  static constexpr uint8_t kDigits[10][7] = {
      {14, 17, 19, 21, 25, 17, 14}, {4, 12, 4, 4, 4, 4, 14},  {14, 17, 1, 2, 4, 8, 31},
      {31, 2, 4, 2, 1, 17, 14},     {2, 6, 10, 18, 31, 2, 2}, {31, 16, 30, 1, 1, 17, 14},
      {6, 8, 16, 30, 17, 17, 14},   {31, 1, 2, 4, 8, 8, 8},   {14, 17, 17, 14, 17, 17, 14},
      {14, 17, 17, 15, 1, 2, 12}};
  static constexpr uint8_t kDot[7] = {0, 0, 0, 0, 0, 12, 12};
  static constexpr uint8_t kDash[7] = {0, 0, 0, 31, 0, 0, 0};
  for (char c : text) {
    const uint8_t* glyph = c >= '0' && c <= '9' ? kDigits[c - '0']
                           : c == '.'           ? kDot
                           : c == '-'           ? kDash
                                                : nullptr;
    for (int row = 0; glyph != nullptr && row < 7; ++row) {
      for (int column = 0; column < 5; ++column) {
        if (glyph[row] & (16 >> column)) {
          FillRect(x + column * scale, y + row * scale, scale, scale, rgb);
        }
      }
    }
    x += 6 * scale;
  }
  return x;
}

std::string BarChartPng(const std::vector<ChartBar>& bars, uint32_t colour) {
  // Drawn at twice its printed size, so it stays sharp on paper.
  constexpr int kWidth = 1200, kRow = 44, kBar = 28, kPad = 8, kScale = 3;
  constexpr int kTrackLeft = 90, kTrackRight = 1060;
  constexpr uint32_t kInk = 0x30363F;
  const int height = std::max<int>(static_cast<int>(bars.size()) * kRow + 2 * kPad, kRow);
  RgbCanvas canvas(kWidth, height, 0xFFFFFF);
  const int track = kTrackRight - kTrackLeft;
  for (size_t i = 0; i < bars.size(); ++i) {
    const int y = kPad + static_cast<int>(i) * kRow + (kRow - kBar) / 2;
    const int text_y = y + (kBar - 7 * kScale) / 2;
    canvas.DrawNumber(kTrackLeft - 16 - RgbCanvas::NumberWidth(bars[i].label, kScale), text_y,
                      bars[i].label, kScale, kInk);
    canvas.FillRect(kTrackLeft, y, track, kBar, 0xE8EBF0);
    std::string value = "-";
    if (bars[i].value) {
      const double clamped = std::clamp(*bars[i].value, 0.0, 100.0);
      canvas.FillRect(kTrackLeft, y, static_cast<int>(std::lround(clamped / 100.0 * track)), kBar,
                      colour);
      char text[16];
      std::snprintf(text, sizeof text, "%.1f", std::round(clamped * 10) / 10);
      value = text;
      if (value.size() > 2 && value.substr(value.size() - 2) == ".0")
        value.resize(value.size() - 2);
    }
    canvas.DrawNumber(kTrackRight + 16, text_y, value, kScale, kInk);
  }
  // Gridlines at 25, 50 and 75, for reading values off.
  for (int quarter = 1; quarter < 4; ++quarter) {
    canvas.FillRect(kTrackLeft + track * quarter / 4, 0, 2, height, 0xB0B7C3);
  }
  return canvas.EncodePng();
}

}  // namespace cloudgap
