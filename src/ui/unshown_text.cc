#include "ui/unshown_text.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <vector>

#include "ui/fonts.h"
#include "ui/theme.h"

namespace cloudgap::ui {
namespace {

struct Script {
  char32_t first, last;
  const char* name;
};

// Ranges a person is likely to type, by block; the rest is "other scripts".
constexpr Script kScripts[] = {
    {0x0370, 0x03FF, "Greek"},
    {0x0400, 0x052F, "Cyrillic"},
    {0x0530, 0x058F, "Armenian"},
    {0x0590, 0x05FF, "Hebrew"},
    {0x0600, 0x06FF, "Arabic"},
    {0x0750, 0x077F, "Arabic"},
    {0x0900, 0x0DFF, "Indic scripts"},
    {0x0E00, 0x0E7F, "Thai"},
    {0x10A0, 0x10FF, "Georgian"},
    {0x1100, 0x11FF, "Chinese, Japanese or Korean"},
    {0x2E80, 0x9FFF, "Chinese, Japanese or Korean"},
    {0xAC00, 0xD7AF, "Chinese, Japanese or Korean"},
    {0xF900, 0xFAFF, "Chinese, Japanese or Korean"},
    {0xFB1D, 0xFB4F, "Hebrew"},
    {0xFB50, 0xFDFF, "Arabic"},
    {0xFE70, 0xFEFF, "Arabic"},
    {0xFF00, 0xFFEF, "Chinese, Japanese or Korean"},
    {0x2600, 0x27BF, "emoji"},
    {0x1F000, 0x1FAFF, "emoji"},
    {0x20000, 0x3FFFF, "Chinese, Japanese or Korean"},
};

const char* ScriptOf(char32_t c) {
  for (const Script& s : kScripts) {
    if (c >= s.first && c <= s.last) return s.name;
  }
  return "other scripts";
}

}  // namespace

std::string UnshownScripts(std::string_view utf8, const std::function<bool(char32_t)>& has_glyph) {
  std::vector<const char*> names;
  const char* at = utf8.data();
  const char* end = utf8.data() + utf8.size();
  while (at < end) {
    unsigned int c = 0;
    const int used = ImTextCharFromUtf8(&c, at, end);
    at += used > 0 ? used : 1;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || has_glyph(c)) continue;
    const char* name = ScriptOf(c);
    bool seen = false;
    for (const char* n : names) seen = seen || n == name;
    if (!seen) names.push_back(name);
  }
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

bool NoteUnshownCharacters(const std::string& text) {
  if (text.empty() || !FontsComplete()) return false;
  ImFont* font = ImGui::GetFont();
  const std::string scripts = UnshownScripts(text, [font](char32_t c) {
    // ImGui draws only the Basic Multilingual Plane (16-bit ImWchar).
    return c <= 0xFFFF && font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
  });
  if (scripts.empty()) return false;
  ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
  ImGui::TextWrapped(
      "This view cannot show some of these characters (%s). They are kept as typed, and your "
      "files, links and reports show them.",
      scripts.c_str());
  ImGui::PopStyleColor();
  return true;
}

}  // namespace cloudgap::ui
