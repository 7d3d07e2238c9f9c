#include "app/web_input.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cmath>

#include "platform/platform.h"
#include "ui/theme.h"

// The text proxy and touch listeners; the touch phases are js::TouchPhase values. GLFW's own touch
// listeners are removed because they report presses at the last mouse position, not at the finger.
// clang-format off
EM_JS(void, cg_js_install_input, (int start, int move, int end, int cancel), {
  const canvas = Module.canvas;
  const proxy = document.getElementById("text-proxy");
  canvas.removeEventListener("touchstart", GLFW.onMouseButtonDown, true);
  canvas.removeEventListener("touchmove", GLFW.onMousemove, true);
  canvas.removeEventListener("touchend", GLFW.onMouseButtonUp, true);
  canvas.removeEventListener("touchcancel", GLFW.onMouseButtonUp, true);
  const abi = Module.cloudgapAbi;
  const sendText = function(text) {
    if (text) abi.call("_cg_text_input", text);
  };
  if (proxy) {
    proxy.addEventListener("input", function(e) {
      if (e.isComposing) return;
      sendText(proxy.value);
      proxy.value = "";
    });
    proxy.addEventListener("compositionend", function() {
      sendText(proxy.value);
      proxy.value = "";
    });
    proxy.addEventListener("paste", function(e) {
      e.preventDefault();
      const text = (e.clipboardData || window.clipboardData).getData("text");
      if (text) abi.call("_cg_paste_input", text);
    });
  }
  const touch = function(phase) {
    return function(e) {
      e.preventDefault();
      const t = e.changedTouches[0];
      if (!t) return;
      const rect = canvas.getBoundingClientRect();
      const kx = canvas.width / rect.width;
      const ky = canvas.height / rect.height;
      Module._cg_touch(phase, (t.clientX - rect.left) * kx, (t.clientY - rect.top) * ky);
    };
  };
  canvas.addEventListener("touchstart", touch(start), {passive: false});
  canvas.addEventListener("touchmove", touch(move), {passive: false});
  canvas.addEventListener("touchend", touch(end), {passive: false});
  canvas.addEventListener("touchcancel", touch(cancel), {passive: false});
});
// clang-format on

// Puts the proxy where the text cursor is, so IME candidate windows appear
// there, and gives it focus (which also opens a phone's keyboard).
// clang-format off
EM_JS(void, cg_js_focus_text_proxy, (int focus, float x, float y), {
  const proxy = document.getElementById("text-proxy");
  if (!proxy) return;
  if (focus) {
    const canvas = Module.canvas;
    const rect = canvas.getBoundingClientRect();
    proxy.style.left = (rect.left + x * rect.width / canvas.width) + "px";
    proxy.style.top = (rect.top + y * rect.height / canvas.height) + "px";
    if (document.activeElement !== proxy) proxy.focus({preventScroll: true});
  } else if (document.activeElement === proxy) {
    proxy.value = "";
    Module.canvas.focus({preventScroll: true});
  }
});
// clang-format on

// clang-format off
EM_JS(int, cg_js_text_proxy_focused, (), {
  return document.activeElement === document.getElementById("text-proxy") ? 1 : 0;
});
// clang-format on

// clang-format off
EM_JS(int, cg_js_is_mac, (), { return /Mac|iPhone|iPad/.test(navigator.platform || "") ? 1 : 0; });
// clang-format on

namespace cloudgap {
namespace {

WebInput* g_input = nullptr;
Clipboard* g_clipboard = nullptr;
float g_ime_x = 0, g_ime_y = 0;

constexpr float kDragSlopCssPx = 8.0f;

void KeyCallback(GLFWwindow*, int key, int, int action, int mods) {
  // Paste arrives as text through the proxy's paste event; ImGui must not also
  // act on the key with whatever its clipboard held before.
  if (key == GLFW_KEY_V && (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0 &&
      action != GLFW_RELEASE) {
    return;
  }
  g_input->OnKey(key, action);
}

void CursorPosCallback(GLFWwindow*, double x, double y) {
  g_input->OnMouseMove(static_cast<float>(x), static_cast<float>(y));
}

void MouseButtonCallback(GLFWwindow* window, int button, int action, int) {
  double x = 0, y = 0;
  glfwGetCursorPos(window, &x, &y);
  g_input->OnMouseButton(button, action == GLFW_PRESS, static_cast<float>(x),
                         static_cast<float>(y));
}

void SetClipboardText(void*, const char* text) {
  g_clipboard->SetText(text ? text : "");
}

const char* GetClipboardText(void*) {
  // ImGui reads the clipboard only to paste, and pastes only what a paste event brought.
  if (const std::string* pasted = g_input->PasteText()) return pasted->c_str();
  static std::string text;
  text = g_clipboard->Text();
  return text.c_str();
}

void ImePosition(int x, int y) {
  g_ime_x = static_cast<float>(x);
  g_ime_y = static_cast<float>(y);
}

// The nearest window under the finger that can scroll vertically.
ImGuiWindow* ScrollableWindowAt(ImGuiWindow* window) {
  while (window != nullptr && window->ScrollMax.y <= 0.0f) window = window->ParentWindow;
  return window;
}

}  // namespace

WebInput::WebInput()
    : queue_({GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL, GLFW_KEY_LEFT_SHIFT,
              GLFW_KEY_RIGHT_SHIFT, GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT, GLFW_KEY_LEFT_SUPER,
              GLFW_KEY_RIGHT_SUPER, GLFW_KEY_V}) {}

void WebInput::Install(GLFWwindow* window, Clipboard& clipboard, std::function<void()> wake) {
  g_input = this;
  g_clipboard = &clipboard;
  wake_ = std::move(wake);
  // Instead of the backend's, which hands keys to ImGui as they come: they are
  // queued with the mouse and text (ui/input_queue.h).
  glfwSetKeyCallback(window, KeyCallback);
  // Instead of the backend's: it keeps only whether a button went down since the last frame.
  glfwSetCursorPosCallback(window, CursorPosCallback);
  glfwSetMouseButtonCallback(window, MouseButtonCallback);
  // Characters come only from the text proxy; GLFW's keypress path would
  // duplicate ASCII and drop everything else.
  glfwSetCharCallback(window, [](GLFWwindow*, unsigned int) {});
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = SetClipboardText;
  io.GetClipboardTextFn = GetClipboardText;
  io.ClipboardUserData = nullptr;
  io.ImeSetInputScreenPosFn = ImePosition;
  io.ConfigMacOSXBehaviors = cg_js_is_mac() != 0;
  cg_js_install_input(
      static_cast<int>(js::TouchPhase::kStart), static_cast<int>(js::TouchPhase::kMove),
      static_cast<int>(js::TouchPhase::kEnd), static_cast<int>(js::TouchPhase::kCancel));
}

void WebInput::OnKey(int key, int action) {
  if (action != GLFW_REPEAT) queue_.Key(key, action == GLFW_PRESS);
  wake_();
}

void WebInput::OnText(const std::string& utf8) {
  queue_.Text(utf8);
  wake_();
}

void WebInput::OnPaste(const std::string& utf8) {
  queue_.Paste(utf8);
  wake_();
}

void WebInput::OnBlur() {
  queue_.ReleaseAllKeys();
  wake_();
}

void WebInput::OnMouseMove(float x, float y) {
  queue_.MouseMove(x, y);
  wake_();
}

void WebInput::OnMouseButton(int button, bool down, float x, float y) {
  queue_.MouseButton(button, down, x, y);
  wake_();
}

void WebInput::OnTouch(js::TouchPhase phase, float x, float y) {
  const float slop = ui::Px(kDragSlopCssPx);
  switch (phase) {
    case js::TouchPhase::kStart:
      touch_active_ = true;
      dragging_ = false;
      start_x_ = touch_x_ = x;
      start_y_ = touch_y_ = y;
      steps_.push_back({Step::kHover, x, y});
      break;
    case js::TouchPhase::kMove:
      if (!touch_active_) break;
      if (!dragging_ && std::hypot(x - start_x_, y - start_y_) > slop) dragging_ = true;
      if (dragging_) pending_scroll_ += y - touch_y_;
      touch_x_ = x;
      touch_y_ = y;
      break;
    case js::TouchPhase::kEnd:
      if (!touch_active_) break;
      if (!dragging_) {
        steps_.push_back({Step::kPress, x, y});
        steps_.push_back({Step::kRelease, x, y});
      }
      steps_.push_back({Step::kLeave, x, y});
      break;
    case js::TouchPhase::kCancel:
    default:  // Whatever else arrives ends the touch too.
      steps_.push_back({Step::kLeave, x, y});
      break;
  }
  wake_();
}

void WebInput::AfterBackendNewFrame() {
  ImGuiIO& io = ImGui::GetIO();
  queue_.Apply(io);
  if (queue_.pending()) wake_();
  // Over the queue's mouse state: a finger is where the pointer is.
  if (!steps_.empty() || touch_active_) ApplyTouch(io);
  if (pending_scroll_ != 0.0f) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (ImGuiWindow* window = ScrollableWindowAt(g.HoveredWindow)) {
      ImGui::SetScrollY(window, window->Scroll.y - pending_scroll_);
    }
    pending_scroll_ = 0.0f;
  }

  // Enter presses the focused button as Space does, as a button in a page
  // would; 1.86 maps Enter only to text input. A text field keeps its Enter.
  const bool want = io.WantTextInput;
  if (!want && (io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER])) {
    io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
  }
  if (want) {
    // Re-focus when a click on the canvas took focus away mid-edit.
    if (!proxy_focused_ || cg_js_text_proxy_focused() == 0) {
      cg_js_focus_text_proxy(1, g_ime_x, g_ime_y);
      proxy_focused_ = true;
    }
  } else if (proxy_focused_) {
    cg_js_focus_text_proxy(0, 0, 0);
    proxy_focused_ = false;
  }
}

void WebInput::ApplyTouch(ImGuiIO& io) {
  if (!steps_.empty()) {
    const QueuedStep s = steps_.front();
    steps_.pop_front();
    mouse_x_ = s.x;
    mouse_y_ = s.y;
    mouse_down_ = s.step == Step::kPress;
    if (s.step == Step::kLeave) touch_active_ = steps_.empty() ? false : touch_active_;
    io.MousePos = s.step == Step::kLeave ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(s.x, s.y);
    io.MouseDown[0] = mouse_down_;
    wake_();  // Each queued step needs a frame of its own.
  } else {
    io.MousePos = ImVec2(mouse_x_, mouse_y_);
    io.MouseDown[0] = mouse_down_;
  }
}

}  // namespace cloudgap
