// A fingerprint of what a frame draws: ImGui's draw lists (vertices, indices,
// commands with their clip rectangles and textures), the display and the colour
// the frame is cleared to. Texture contents are not part of it. Two frames
// with the same fingerprint put the same pixels on screen, so the second need
// not be drawn: a browser keeps showing a WebGL canvas that was not drawn to.
#ifndef CLOUDGAP_UI_DRAW_FINGERPRINT_H_
#define CLOUDGAP_UI_DRAW_FINGERPRINT_H_

#include <cstdint>

struct ImDrawData;
struct ImVec4;

namespace cloudgap::ui {

uint64_t DrawFingerprint(const ImDrawData& data, const ImVec4& clear_color);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_DRAW_FINGERPRINT_H_
