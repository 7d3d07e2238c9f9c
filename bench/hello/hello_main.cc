// The benchmark's baseline (bench/measure.mjs): the smallest ordinary Dear ImGui
// web app, built with the same toolchain, flags and ImGui library as CloudGap,
// so CloudGap's start-up and idle figures can be read against it. A GLFW window
// on a WebGL2 canvas that fills the page, one ImGui window with text and a
// button, and the usual continuous main loop: a frame on every animation frame.
// It measures itself with the same probe as the app (src/app/frame_probe.h).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cmath>
#include <string>

#include "app/frame_probe.h"

// The shared ImGui library is built with the test-engine hooks; nothing listens here.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}

namespace {

cloudgap::FrameProbe g_probe;
std::string g_scratch;
int g_clicks = 0;
int g_width = 0, g_height = 0;

void Frame() {
  g_probe.BeginFrame();
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const double dpr = emscripten_get_device_pixel_ratio();
  const int w = static_cast<int>(std::lround(css_w * dpr));
  const int h = static_cast<int>(std::lround(css_h * dpr));
  if (w != g_width || h != g_height) {  // Setting a canvas's size clears it, even to the same size.
    emscripten_set_canvas_element_size("#canvas", w, h);
    g_width = w;
    g_height = h;
  }

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ImGui::NewFrame();
  ImGui::Begin("Hello");
  ImGui::TextUnformatted("Hello, world!");
  if (ImGui::Button("Click me")) ++g_clicks;
  ImGui::Text("Clicked %d times", g_clicks);
  ImGui::End();
  ImGui::Render();

  glViewport(0, 0, w, h);
  glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g_probe.EndFrame();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE double hello_frames() {
  return g_probe.frames();
}

EMSCRIPTEN_KEEPALIVE const char* hello_frame_times_json() {
  g_scratch = g_probe.RecentJson();
  return g_scratch.c_str();
}

}  // extern "C"

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWwindow* window = glfwCreateWindow(1280, 800, "Hello", nullptr, nullptr);
  if (window == nullptr) return 1;
  glfwMakeContextCurrent(window);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(Frame, 0, true);
}
