#include "app/web_runner.h"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "platform/web/js_boundary.h"
#include "ui/draw_fingerprint.h"
#include "ui/fonts.h"
#include "ui/theme.h"

// clang-format off
EM_JS(int, cg_js_prefers_dark, (), {
  return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0;
});
// clang-format on

// clang-format off
EM_JS(void, cg_js_watch_color_scheme, (), {
  if (!window.matchMedia) return;
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function() {
    Module._cg_color_scheme_changed();
  });
});
// clang-format on

// The browser's languages, most preferred first, joined by commas.
// clang-format off
EM_JS(char*, cg_js_languages, (), {
  var list = navigator.languages && navigator.languages.length ? navigator.languages
                                                                : [navigator.language || ""];
  return allocateUTF8(list.join(","));
});
// clang-format on

namespace cloudgap {
namespace {

// After input, ImGui needs a few frames to settle (hover, layout of windows
// that size themselves); then the loop pauses until the next event.
constexpr int kFramesAfterEvent = 6;

WebRunner* g_runner = nullptr;

void WakeOnScroll(GLFWwindow*, double, double) {
  g_runner->Wake();
}

// 3.1.6's GLFW passes the browser's raw deltas, ~100x too large and inverted
// for ImGui, so the wheel is taken from the DOM event and scaled here instead.
EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
  float scale = 1.0f / 100.0f;  // DOM_DELTA_PIXEL: ~100 px per notch.
  if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0f / 3.0f;
  if (e->deltaMode == DOM_DELTA_PAGE) scale = 80.0f;
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel -= static_cast<float>(e->deltaY) * scale;
  io.MouseWheelH -= static_cast<float>(e->deltaX) * scale;
  g_runner->Wake();
  return EM_TRUE;
}

EM_BOOL OnWindowResize(int, const EmscriptenUiEvent*, void*) {
  g_runner->OnResize();
  return EM_FALSE;
}

EM_BOOL OnVisibility(int, const EmscriptenVisibilityChangeEvent*, void*) {
  g_runner->OnResize();  // A hidden tab may have missed a resize (or a move to another screen).
  return EM_FALSE;
}

// Keys held when the page loses focus never see their key-up; release them.
EM_BOOL OnBlur(int, const EmscriptenFocusEvent*, void*) {
  g_runner->input().OnBlur();
  return EM_FALSE;
}

}  // namespace

WebRunner::WebRunner(ui::AppUi& app) : app_(app) {
  g_runner = this;
}

bool WebRunner::Init(Clipboard& clipboard) {
  if (!glfwInit()) return false;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // Neither depth nor stencil buffers, and an opaque canvas: ImGui needs none of
  // them, and each is one more buffer to allocate with the context and to clear
  // after every frame the browser shows.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  window_ = glfwCreateWindow(1280, 800, "CloudGap", nullptr, nullptr);
  if (window_ == nullptr) return false;
  glfwMakeContextCurrent(window_);

  IMGUI_CHECKVERSION();
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // Nothing is written to a file system.
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // A blinking caret would need frames while idle; a steady one needs none.
  io.ConfigInputTextCursorBlink = false;
  // Always, test page or not: the accessibility mirror reads it, and no page
  // can tell honestly whether a screen reader is listening.
  registry_.Enable(context);

  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  glfwSetScrollCallback(window_, WakeOnScroll);  // Replaces the backend's unscaled wheel.
  input_.Install(window_, clipboard, [this] { Wake(); });
  if (!renderer_.Init()) return false;

  OnColorSchemeChanged();
  cg_js_watch_color_scheme();
  if (const std::optional<std::string> languages = js::TakeJsString(cg_js_languages())) {
    std::vector<std::string> preferred;
    for (size_t start = 0; start <= languages->size();) {
      const size_t comma = std::min(languages->find(',', start), languages->size());
      preferred.push_back(languages->substr(start, comma - start));
      start = comma + 1;
    }
    app_.SetBrowserLanguages(preferred);
  }
  emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, OnWheel);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnWindowResize);
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, OnVisibility);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnBlur);
  return true;
}

void WebRunner::Run() {
  Wake();
  // The first frame now, not at the next animation frame: nothing is on screen
  // yet, and the browser shows what is drawn here as soon as this task ends.
  Frame(/*in_animation_frame=*/false);
  emscripten_set_main_loop_arg(&WebRunner::FrameThunk, this, 0, true);
  __builtin_unreachable();
}

void WebRunner::OnColorSchemeChanged() {
  app_.SetSystemTheme(cg_js_prefers_dark() ? ui::ThemeMode::kDark : ui::ThemeMode::kLight);
  Wake();
}

void WebRunner::OnResize() {
  size_stale_ = true;  // The window's size or the pixel ratio (zoom) changed.
  Wake();
}

void WebRunner::Wake() {
  frames_left_ = kFramesAfterEvent;
  if (paused_) {
    paused_ = false;
    emscripten_resume_main_loop();
  }
}

// Framebuffer pixels; boot.js maps them to CSS pixels with the canvas's own rect.
std::string WebRunner::ItemsJson() const {
  return registry_.LastFrameJson(1.0f);
}

void WebRunner::FrameThunk(void* self) {
  static_cast<WebRunner*>(self)->Frame(true);
}

// What a first frame can do without waits until it is on screen, which the same
// animation frame as the probe's mark shows (frame_probe.cc), and runs in a task
// after that: the rest of the glyphs (ui/fonts.h) and the catalog
// (ui/catalog_source.h), unless a click needed the catalog sooner.
int WebRunner::AfterFirstPaintThunk(double, void* self) {
  auto* runner = static_cast<WebRunner*>(self);
  if (--runner->paint_waits_left_ > 0) {
    emscripten_request_animation_frame(&WebRunner::AfterFirstPaintThunk, self);
  } else {
    emscripten_set_timeout([](void* r) { static_cast<WebRunner*>(r)->AfterFirstPaint(); }, 0, self);
  }
  return EM_FALSE;
}

void WebRunner::AfterFirstPaint() {
  if (!ui::FontsComplete()) {
    CompleteFonts();
    Wake();
  }
  app_.PrepareCatalog();
}

void WebRunner::CompleteFonts() {
  ui::LoadFonts(scale_);
  UploadFonts();
}

void WebRunner::UploadFonts() {
  renderer_.UploadFonts();
  shown_fingerprint_ = 0;  // The same vertices may now sample different pixels.
}

void WebRunner::WakeTimerThunk(void* self) {
  auto* runner = static_cast<WebRunner*>(self);
  runner->wake_timer_ = 0;
  runner->Wake();
}

// The loop sleeps when idle, so a save that falls due after the last input
// needs a timer to run; one timer at a time, the earliest wanted.
void WebRunner::WakeIn(double seconds) {
  const double at = emscripten_get_now() + seconds * 1000.0 + 5.0;
  if (wake_timer_ != 0 && wake_timer_at_ <= at) return;
  if (wake_timer_ != 0) emscripten_clear_timeout(wake_timer_);
  wake_timer_ = emscripten_set_timeout(&WebRunner::WakeTimerThunk, at - emscripten_get_now(), this);
  wake_timer_at_ = at;
}

// Keeps the canvas backing store at CSS size x devicePixelRatio and the fonts
// and style at that density times the text size. glfwSetWindowSize is avoided
// on purpose: in 3.1.6 a size equal to the screen turns into a fullscreen request.
void WebRunner::SyncCanvasSize() {
  // Measured only after a resize: reading the canvas's CSS size forces a style
  // and layout pass, which cost more than the rest of a frame (BENCHMARKS.md).
  if (size_stale_) {
    size_stale_ = false;
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    dpr_ = static_cast<float>(emscripten_get_device_pixel_ratio());
    css_width_ = static_cast<float>(css_w);
    const int w = static_cast<int>(std::lround(css_w * dpr_));
    const int h = static_cast<int>(std::lround(css_h * dpr_));
    if (w != fb_width_ || h != fb_height_) {
      emscripten_set_canvas_element_size("#canvas", w, h);
      fb_width_ = w;
      fb_height_ = h;
      shown_fingerprint_ = 0;  // A new backing store starts blank.
    }
  }
  // A new text size takes effect here, between frames, as a new density does.
  const float scale = dpr_ * app_.text_size().FactorFor(css_width_);
  if (scale != scale_) {
    const bool first = scale_ == 0;
    scale_ = scale;
    if (first && app_.FirstFrameShowsOnlyOwnText()) {
      const ui::FirstFrameText text = ui::AppUi::FirstVisitText();
      ui::LoadFonts(scale, &text);
    } else {
      ui::LoadFonts(scale);
    }
    ui::ApplyTheme(ui::CurrentThemeMode(), scale);
    UploadFonts();
  }
}

void WebRunner::Frame(bool in_animation_frame) {
  if (frames_left_ <= 0) {
    paused_ = true;
    emscripten_pause_main_loop();
    return;
  }
  --frames_left_;
  probe_.BeginFrame();
  SyncCanvasSize();
  if (!ui::FontsComplete() && !app_.FirstVisitTextSuffices()) CompleteFonts();

  ImGui_ImplGlfw_NewFrame();
  input_.AfterBackendNewFrame();
  ImGuiIO& io = ImGui::GetIO();
  // The backend derives these from GLFW's idea of the window; the canvas is the truth.
  io.DisplaySize = ImVec2(static_cast<float>(fb_width_), static_cast<float>(fb_height_));
  io.DisplayFramebufferScale = ImVec2(1, 1);

  registry_.BeginFrame();
  ImGui::NewFrame();
  semantics_.ApplyRequests(registry_);
  probe_.Mark(FrameProbe::kInput);
  app_.Frame();
  ImGui::Render();
  if (const double wait = app_.SecondsUntilWake(); wait >= 0) WakeIn(wait);
  registry_.EndFrame();
  probe_.Mark(FrameProbe::kInterface);

  const ImVec4 bg = ui::CurrentPalette().background;
  const uint64_t fingerprint = ui::DrawFingerprint(*ImGui::GetDrawData(), bg);
  // What a screen reader hears changes only with what is drawn (a text, a
  // state, a scroll, the focus frame): a frame drawn as the last one was has
  // nothing new for the mirror.
  if (fingerprint != published_fingerprint_) {
    semantics_.Publish(registry_, app_.language().current().tag);
    published_fingerprint_ = fingerprint;
  }
  probe_.Mark(FrameProbe::kMirror);
  // A frame like the one on screen is not drawn again: the frames that follow
  // input are mostly that, and under a software GPU each costs milliseconds.
  if (fingerprint != shown_fingerprint_) {
    glViewport(0, 0, fb_width_, fb_height_);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_.Render(*ImGui::GetDrawData(), fb_width_, fb_height_);
    shown_fingerprint_ = fingerprint;
  }
  probe_.Mark(FrameProbe::kDraw);
  ++frames_;
  probe_.EndFrame(in_animation_frame);
  if (paint_waits_left_ < 0 && probe_.first_complete_frame_drawn()) {
    paint_waits_left_ = in_animation_frame ? 1 : 2;
    emscripten_request_animation_frame(&WebRunner::AfterFirstPaintThunk, this);
  }
}

}  // namespace cloudgap
