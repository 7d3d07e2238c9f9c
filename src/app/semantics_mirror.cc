#include "app/semantics_mirror.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <string>

// Brings the mirror's elements in line with `records` (ui/semantics.h): an
// element per key, kept while its key is, so a screen reader's place survives
// frames; only what changed is written. Geometry follows the canvas's CSS box.
// The separators are written by code: a backslash escape in EM_JS text breaks
// 3.1.6's metadata JSON.
// clang-format off
EM_JS(void, cg_js_mirror_apply, (const char* records), {
  var m = Module.cgMirror;
  if (!m) {
    var root = document.getElementById("a11y");
    if (!root) return;
    m = Module.cgMirror = {root: root, els: {}, focused: "", box: null};
    // Measuring the canvas forces a layout; it is measured again only after a resize.
    window.addEventListener("resize", function() { m.box = null; });
    var key = function(e) { return e.target.getAttribute("data-k"); };
    root.addEventListener("focusin", function(e) {
      var k = key(e);
      if (k && k !== m.focused && "bcrtdf".indexOf(e.target.cgRole) >= 0) {
        m.focused = k;
        Module._cg_a11y_focus(parseInt(k, 16));
      }
    });
    // A table's row is clicked on one of its cells, which have no key.
    root.addEventListener("click", function(e) {
      var el = e.target.closest("[data-k]"), k = el && el.getAttribute("data-k");
      if (k) { m.focused = k; Module._cg_a11y_activate(parseInt(k, 16)); }
    });
  }
  var roles = {b: "button", c: "checkbox", r: "radio", t: "button", d: "button", f: "textbox",
               h: "heading", H: "heading", g: "group", T: "table", R: "row"};
  var canvas = Module.canvas;
  if (!m.box || m.box.w !== canvas.width) {
    var r = canvas.getBoundingClientRect();
    m.box = {w: canvas.width, k: canvas.width ? r.width / canvas.width : 1};
    m.root.style.left = r.left + "px";
    m.root.style.top = r.top + "px";
  }
  var k = m.box.k;
  var set = function(el, name, value) {
    if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  // A row's cells, side by side across it (for a finger exploring the screen).
  var cells = function(row, texts, first, rest) {
    var n = texts.length;
    while (row.children.length > n) row.removeChild(row.lastChild);
    for (var i = 0; i < n; i++) {
      var c = row.children[i] || row.appendChild(document.createElement("div"));
      if (row.cgN !== n) {
        set(c, "role", i ? rest : first);
        c.style.left = 100 * i / n + "%"; c.style.width = 100 / n + "%"; c.style.height = "100%";
      }
      if (c.textContent !== texts[i]) c.textContent = texts[i];
    }
    row.cgN = n;
  };
  // What a record says of its element: name, value, state and place. A
  // table's place is its header row's; its rows are its children.
  var update = function(el, f) {
    var role = f[1], name = f[2], state = f[3], placed = el;
    var texts = role === "T" || role === "R" ? f[4].split(String.fromCharCode(29)) : 0;
    if (role === "T") {
      set(el, "aria-label", name);
      cells(placed = el.firstChild, texts, "columnheader", "columnheader");
    } else if (role === "R") {
      cells(el, [name].concat(texts), "rowheader", "cell");
    } else if (role === "f" || role === "g") {
      set(el, "aria-label", name);
      if (role === "f" && el.textContent !== f[4]) el.textContent = f[4];
    } else if (el.textContent !== name) {
      el.textContent = name;
    }
    set(el, "aria-checked", role === "c" || role === "r" ? (state === "1" ? "true" : "false") : null);
    set(el, "aria-expanded", role === "d" ? (state === "1" ? "true" : "false") : null);
    set(el, "aria-current", role === "t" && state === "1" ? "page" : null);
    var at4 = f[5] + "," + f[6] + "," + f[7] + "," + f[8] + "," + k;
    if (role !== "g" && el.cgAt !== at4) {
      el.cgAt = at4;  // Written only when moved: each write invalidates style.
      var s = placed.style;
      var px = function(v) { return (+v * k).toFixed(1) + "px"; };
      s.left = px(f[5]); s.top = px(f[6]); s.width = px(f[7]); s.height = px(f[8]);
    }
  };
  // A record its element already shows is skipped whole: most of a new list's are.
  var US = String.fromCharCode(31);
  var show = function(el, rec) {
    if (el.cgRec === rec && el.cgK === k) return;
    update(el, rec.split(US));
    el.cgRec = rec;
    el.cgK = k;
  };
  var list = UTF8ToString(records).split(String.fromCharCode(30));
  if (list[0] === "~") {  // A patch: the same elements, some of them changed.
    for (var j = 1; j < list.length; j++) {
      var el0 = list[j] && m.els[list[j].slice(0, list[j].indexOf(US))];
      if (el0) show(el0, list[j]);
    }
    return;
  }
  // Which role each key wants: an element no longer wanted is removed where it
  // stands, not pushed down past everything after it.
  var keys = [], wanted = {};
  for (var i = 0; i < list.length; i++) {
    keys[i] = list[i].slice(0, list[i].indexOf(US));
    if (list[i]) wanted[keys[i]] = list[i].charAt(keys[i].length + 1);
  }
  // Each element goes after the one placed before it. Placing by index went
  // wrong when an element moved down its parent (taking it out shifted the
  // rest), and left one behind: the last control's heading among this one's.
  var stack = [m.root], prev = [null];
  var trim = function(parent, last) {
    for (var x; (x = last ? last.nextSibling : parent.firstChild);) parent.removeChild(x);
  };
  for (i = 0; i < list.length; i++) {
    var rec = list[i], id = keys[i], role = rec.charAt(id.length + 1);
    if (!rec) continue;
    var top = stack.length - 1;
    if (role === "G") {
      if (top > 0) { trim(stack.pop(), prev.pop()); }
      continue;
    }
    var el = m.els[id];
    if (!el || el.cgRole !== role) {
      el = document.createElement("div");
      el.cgRole = role;
      el.cgKey = id;
      el.setAttribute("data-k", id);
      if (roles[role]) el.setAttribute("role", roles[role]);
      if (role === "h" || role === "H") el.setAttribute("aria-level", role === "h" ? "1" : "2");
      if (role !== "g") el.tabIndex = -1;  // Focus can be put on text too, after a scroll.
      if (role === "T") {
        el.style.overflow = "visible";
        el.appendChild(document.createElement("div")).setAttribute("role", "row");
      }
      m.els[id] = el;
    }
    show(el, rec);
    var parent = stack[top], next = prev[top] ? prev[top].nextSibling : parent.firstChild;
    while (next && next !== el && wanted[next.cgKey] !== next.cgRole) {
      var stale = next;
      next = next.nextSibling;
      parent.removeChild(stale);
    }
    if (next !== el) parent.insertBefore(el, next);
    prev[top] = el;
    if (role === "g" || role === "T") { stack.push(el); prev.push(role === "T" ? el.firstChild : null); }
  }
  while (stack.length > 1) trim(stack.pop(), prev.pop());
  trim(m.root, prev[0]);
  for (var gone in m.els) if (wanted[gone] !== m.els[gone].cgRole) delete m.els[gone];
});
// clang-format on

// Gives DOM focus to the element of item `id`, unless text is being typed
// (the text proxy has focus) or nothing shows that item.
// clang-format off
EM_JS(void, cg_js_mirror_focus, (unsigned id), {
  var m = Module.cgMirror;
  var k = (id >>> 0).toString(16);
  var el = m && m.els[k];
  if (!el || document.activeElement === el) return;
  if (document.activeElement && document.activeElement.id === "text-proxy") return;
  m.focused = k;
  el.focus({preventScroll: true});
});
// clang-format on

// clang-format off
EM_JS(void, cg_js_page_language, (const char* tag), {
  document.documentElement.lang = UTF8ToString(tag);
});
// clang-format on

namespace cloudgap {

void SemanticsMirror::ApplyRequests(const ui::ItemRegistry& items) {
  if (focus_request_ == 0) return;
  const unsigned id = focus_request_;
  const bool activate = activate_request_ == id;
  focus_request_ = activate_request_ = 0;
  for (const ui::ItemRecord& item : items.LastFrame()) {
    if (item.id != id) continue;
    if (item.role == ui::SemanticRole::kScrollDown || item.role == ui::SemanticRole::kScrollUp) {
      if (activate) Scroll(item);
      return;
    }
    ImGuiWindow* window = ImGui::FindWindowByID(item.window);
    if (window == nullptr) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(id, window);
    // As if the keyboard had moved there: the focus ring shows, hover waits.
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    ImGui::ScrollToBringRectIntoView(window,
                                     ImRect(item.x, item.y, item.x + item.w, item.y + item.h));
    if (activate) ImGui::ActivateItem(id);
    shown_focus_ = id;
    return;
  }
}

void SemanticsMirror::Scroll(const ui::ItemRecord& button) {
  ImGuiWindow* window = ImGui::FindWindowByID(button.window);
  if (window == nullptr) return;
  const float page = window->InnerRect.GetHeight() * 0.8f;
  const bool down = button.role == ui::SemanticRole::kScrollDown;
  const float from = window->Scroll.y;
  const float to = ImClamp(from + (down ? page : -page), 0.0f, window->ScrollMax.y);
  ImGui::SetScrollY(window, to);
  reveal_window_ = window->ID;
  reveal_down_ = down;
  // The old bottom (top) edge, where it will be once the window scrolled.
  reveal_y_ = (down ? window->InnerRect.Max.y : window->InnerRect.Min.y) - (to - from);
}

void SemanticsMirror::Publish(const ui::ItemRegistry& items, const char* language) {
  if (std::strcmp(language, shown_language_) != 0) {
    shown_language_ = language;  // Static: a UiLanguage's tag (ui/languages.h).
    cg_js_page_language(language);
  }
  if (const std::string* records = diff_.Changed(items.LastFrame())) {
    cg_js_mirror_apply(records->c_str());
  }
  if (reveal_window_ != 0) {
    // Down: the first item that was below the old bottom edge; up: the first
    // item of the page, which was all above the old top.
    const ui::ItemRecord* first = nullptr;
    for (const ui::ItemRecord& item : items.LastFrame()) {
      if (item.window != reveal_window_ || !item.visible || item.role == ui::SemanticRole::kGroup ||
          item.role == ui::SemanticRole::kGroupEnd || item.role == ui::SemanticRole::kScrollDown ||
          item.role == ui::SemanticRole::kScrollUp) {
        continue;
      }
      if (!reveal_down_ || item.y + item.h > reveal_y_ + 1) {
        first = &item;
        break;
      }
    }
    reveal_window_ = 0;
    if (first != nullptr) {
      shown_focus_ = first->id;
      cg_js_mirror_focus(first->id);
      return;
    }
  }
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavId != 0 && g.NavId != shown_focus_ && !g.NavDisableHighlight &&
      !ImGui::GetIO().WantTextInput) {
    shown_focus_ = g.NavId;
    cg_js_mirror_focus(g.NavId);
  }
}

}  // namespace cloudgap
