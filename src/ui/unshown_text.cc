#include "ui/unshown_text.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <vector>

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

enum class ScriptName {
  kGreek,
  kCyrillic,
  kArmenian,
  kHebrew,
  kArabic,
  kIndic,
  kThai,
  kGeorgian,
  kCjk,
  kEmoji,
  kOther,
};

struct Script {
  char32_t first, last;
  ScriptName name;
};

// Ranges a person is likely to type, by block; the rest is "other scripts".
constexpr Script kScripts[] = {
    {0x0370, 0x03FF, ScriptName::kGreek},    {0x0400, 0x052F, ScriptName::kCyrillic},
    {0x0530, 0x058F, ScriptName::kArmenian}, {0x0590, 0x05FF, ScriptName::kHebrew},
    {0x0600, 0x06FF, ScriptName::kArabic},   {0x0750, 0x077F, ScriptName::kArabic},
    {0x0900, 0x0DFF, ScriptName::kIndic},    {0x0E00, 0x0E7F, ScriptName::kThai},
    {0x10A0, 0x10FF, ScriptName::kGeorgian}, {0x1100, 0x11FF, ScriptName::kCjk},
    {0x2E80, 0x9FFF, ScriptName::kCjk},      {0xAC00, 0xD7AF, ScriptName::kCjk},
    {0xF900, 0xFAFF, ScriptName::kCjk},      {0xFB1D, 0xFB4F, ScriptName::kHebrew},
    {0xFB50, 0xFDFF, ScriptName::kArabic},   {0xFE70, 0xFEFF, ScriptName::kArabic},
    {0xFF00, 0xFFEF, ScriptName::kCjk},      {0x2600, 0x27BF, ScriptName::kEmoji},
    {0x1F000, 0x1FAFF, ScriptName::kEmoji},  {0x20000, 0x3FFFF, ScriptName::kCjk},
};

ScriptName ScriptOf(char32_t c) {
  for (const Script& s : kScripts) {
    if (c >= s.first && c <= s.last) return s.name;
  }
  return ScriptName::kOther;
}

// As it reads inside the note's parentheses, in the user's language.
const char* ScriptText(ScriptName name) {
  switch (name) {
    case ScriptName::kGreek: return Tr("Greek");
    case ScriptName::kCyrillic: return Tr("Cyrillic");
    case ScriptName::kArmenian: return Tr("Armenian");
    case ScriptName::kHebrew: return Tr("Hebrew");
    case ScriptName::kArabic: return Tr("Arabic");
    case ScriptName::kIndic: return Tr("Indic scripts");
    case ScriptName::kThai: return Tr("Thai");
    case ScriptName::kGeorgian: return Tr("Georgian");
    case ScriptName::kCjk: return Tr("Chinese, Japanese or Korean");
    case ScriptName::kEmoji: return Tr("emoji");
    case ScriptName::kOther: return Tr("other scripts");
  }
  return "";
}

}  // namespace

std::string UnshownScripts(std::string_view utf8, const std::function<bool(char32_t)>& has_glyph) {
  std::vector<ScriptName> names;
  const char* at = utf8.data();
  const char* end = utf8.data() + utf8.size();
  while (at < end) {
    unsigned int c = 0;
    const int used = ImTextCharFromUtf8(&c, at, end);
    at += used > 0 ? used : 1;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || has_glyph(c)) continue;
    const ScriptName name = ScriptOf(c);
    bool seen = false;
    for (const ScriptName n : names) seen = seen || n == name;
    if (!seen) names.push_back(name);
  }
  if (names.empty()) return "";
  // "A, B and C": all but the last joined by commas, then the last.
  std::string out;
  for (size_t i = 0; i + 1 < names.size(); ++i) {
    if (i > 0) out += ", ";
    out += ScriptText(names[i]);
  }
  const char* last = ScriptText(names.back());
  if (names.size() == 1) return last;
  return Tr("{items} and {last}", {{"items", out}, {"last", last}});
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
  const std::string note =
      Tr("This view cannot show some of these characters ({scripts}). They are kept as typed, "
         "and your files, links and reports show them.",
         {{"scripts", scripts}});
  Paragraph(note.c_str());
  ImGui::PopStyleColor();
  return true;
}

}  // namespace cloudgap::ui
