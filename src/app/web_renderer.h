// Draws ImGui's draw data with WebGL 2, in place of ImGui's OpenGL 3 backend.
//
// Why not the stock backend: every frame it saves and restores the GL state it
// touches with glGetIntegerv and friends. In a browser each of those is a
// synchronous round trip to the GPU process that waits for all drawing queued
// before it, so a frame that needs 2 ms of work took 50 ms and more under
// SwiftShader (BENCHMARKS.md). The app owns its context and nothing else draws
// into it, so there is no state to save: this renderer only sets state, never
// reads it, and reads nothing back at all except once, the program's link
// status at start-up.
//
// It also keeps the font atlas, the only texture, as one byte per pixel (R8):
// ImGui's own coverage bytes go up as they are, a quarter of RGBA's bytes and
// no conversion pass before the first frame; the shader reads coverage as alpha.
#ifndef CLOUDGAP_APP_WEB_RENDERER_H_
#define CLOUDGAP_APP_WEB_RENDERER_H_

struct ImDrawData;

namespace cloudgap {

class WebRenderer {
 public:
  WebRenderer() = default;
  WebRenderer(const WebRenderer&) = delete;
  WebRenderer& operator=(const WebRenderer&) = delete;

  // Compiles the shaders and makes the buffers in the current WebGL 2 context;
  // false (with the reason on the console) if the program does not link.
  bool Init();
  // (Re)uploads ImGui's font atlas; call after the fonts change.
  void UploadFonts();
  // Draws `data` into a framebuffer of `width` x `height` pixels.
  void Render(const ImDrawData& data, int width, int height);

 private:
  unsigned program_ = 0;
  int projection_ = -1;  // Uniform locations.
  int texture_ = -1;
  unsigned vao_ = 0, vertices_ = 0, indices_ = 0;
  unsigned font_texture_ = 0;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_WEB_RENDERER_H_
