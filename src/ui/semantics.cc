#include "ui/semantics.h"

#include <cmath>
#include <cstdio>

namespace cloudgap::ui {
namespace {

constexpr char kGroupEndRecord[] =
    "0\x1f"
    "G\x1f"
    "\x1f\x1f\x1f"
    "0\x1f"
    "0\x1f"
    "0\x1f"
    "0\x1e";

char RoleLetter(SemanticRole role) {
  switch (role) {
    case SemanticRole::kButton: return 'b';
    case SemanticRole::kCheckbox: return 'c';
    case SemanticRole::kRadio: return 'r';
    case SemanticRole::kTab: return 't';
    case SemanticRole::kDisclosure: return 'd';
    case SemanticRole::kTextField: return 'f';
    case SemanticRole::kChartPart: return 'p';
    case SemanticRole::kTitle: return 'h';
    case SemanticRole::kHeading: return 'H';
    case SemanticRole::kText: return 'p';
    case SemanticRole::kGroup: return 'g';
    case SemanticRole::kGroupEnd: return 'G';
    case SemanticRole::kScrollDown:
    case SemanticRole::kScrollUp: return 'b';
  }
  return 'p';
}

// The separators may not appear inside a field.
void AppendField(std::string* out, const std::string& text) {
  for (char c : text) out->push_back(c == '\x1e' || c == '\x1f' ? ' ' : c);
  out->push_back('\x1f');
}

void AppendNumber(std::string* out, float value, char after) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%ld", std::lround(value));
  *out += buffer;
  out->push_back(after);
}

bool Reachable(const ItemRecord& item) {
  if (item.behind_modal) return false;
  if (item.role == SemanticRole::kGroup || item.role == SemanticRole::kGroupEnd) return true;
  return item.visible && !AccessibleName(item).empty();
}

}  // namespace

std::string AccessibleName(const ItemRecord& item) {
  // A chart's label is an id ("chart:radar"); only its spoken words are read.
  const bool by_name = !item.name.empty() || item.role == SemanticRole::kChartPart;
  const std::string& source = by_name ? item.name : item.label;
  std::string name;
  const size_t hidden = !by_name && item.role != SemanticRole::kText &&
                                item.role != SemanticRole::kHeading &&
                                item.role != SemanticRole::kTitle
                            ? source.find("##")
                            : std::string::npos;
  for (size_t i = 0; i < source.size() && i < hidden; ++i) {
    const char c = source[i];
    if (c == '\n' || c == '\t') {
      if (!name.empty() && name.back() != ' ') name.push_back(' ');
    } else {
      name.push_back(c);
    }
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return name;
}

std::string EncodeSemantics(const std::vector<ItemRecord>& items) {
  std::string out;
  std::vector<size_t> open_groups;  // Where each open group's record starts in `out`.
  for (const ItemRecord& item : items) {
    if (!Reachable(item)) continue;
    if (item.role == SemanticRole::kGroupEnd) {
      if (open_groups.empty()) continue;
      const size_t start = open_groups.back();
      open_groups.pop_back();
      // A group with no member left (all scrolled away) is left out.
      if (out.find('\x1e', start) == out.size() - 1) {
        out.resize(start);
      } else {
        out += kGroupEndRecord;
      }
      continue;
    }
    if (item.role == SemanticRole::kGroup) open_groups.push_back(out.size());
    char key[12];
    std::snprintf(key, sizeof key, "%x", item.id);
    out += key;
    out.push_back('\x1f');
    out.push_back(RoleLetter(item.role));
    out.push_back('\x1f');
    AppendField(&out, AccessibleName(item));
    const int state = item.checked >= 0 ? item.checked : item.expanded;
    if (state >= 0) out.push_back(state ? '1' : '0');
    out.push_back('\x1f');
    AppendField(&out, item.value);
    AppendNumber(&out, item.x, '\x1f');
    AppendNumber(&out, item.y, '\x1f');
    AppendNumber(&out, item.w, '\x1f');
    AppendNumber(&out, item.h, '\x1e');
  }
  // A group the frame never closed ends with the frame.
  while (!open_groups.empty()) {
    open_groups.pop_back();
    out += kGroupEndRecord;
  }
  return out;
}

bool SemanticsDiff::Changed(const std::vector<ItemRecord>& items, std::string* encoded) {
  std::string now = EncodeSemantics(items);
  if (!first_ && now == last_) return false;
  first_ = false;
  last_ = std::move(now);
  *encoded = last_;
  return true;
}

}  // namespace cloudgap::ui
