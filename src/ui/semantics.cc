#include "ui/semantics.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

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
    case SemanticRole::kChartPart: return 'R';
    case SemanticRole::kChart: return 'T';
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

// Appends `text` as a field: the separators may not appear inside one.
void AppendField(std::string* out, const std::string& text) {
  for (char c : text) out->push_back(c == '\x1e' || c == '\x1f' ? ' ' : c);
  out->push_back('\x1f');
}

void AppendNumber(std::string* out, float value, char after) {
  char buffer[16];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, std::lround(value)).ptr;
  out->append(buffer, end);
  out->push_back(after);
}

// Appends what a person hears for `item` (see AccessibleName); returns its length.
size_t AppendName(std::string* out, const ItemRecord& item) {
  // A chart's label is an id ("chart:radar"); only its spoken words are read.
  const bool by_name = !item.name.empty() || item.role == SemanticRole::kChartPart ||
                       item.role == SemanticRole::kChart;
  const std::string& source = by_name ? item.name : item.label;
  const bool text = item.role == SemanticRole::kText || item.role == SemanticRole::kHeading ||
                    item.role == SemanticRole::kTitle;
  const size_t end = by_name || text ? source.size() : std::min(source.find("##"), source.size());
  const size_t start = out->size();
  for (size_t i = 0; i < end; ++i) {
    char c = source[i];
    if (c == '\n' || c == '\t' || c == '\x1e' || c == '\x1f') c = ' ';
    // Line breaks (WrapLabel's) read as one space; none at the start.
    if (c == ' ' && (out->size() == start || out->back() == ' ')) continue;
    out->push_back(c);
  }
  while (out->size() > start && out->back() == ' ') out->pop_back();
  return out->size() - start;
}

void AppendRecord(std::string* out, const ItemRecord& item, char role) {
  const size_t start = out->size();
  char key[12];
  out->append(key, std::to_chars(key, key + sizeof key, item.id, 16).ptr);
  out->push_back('\x1f');
  out->push_back(role);
  out->push_back('\x1f');
  if (AppendName(out, item) == 0 && role != 'g' && role != 'T') {
    out->resize(start);  // Nothing to call it by: unreachable.
    return;
  }
  out->push_back('\x1f');
  const int state = item.checked >= 0 ? item.checked : item.expanded;
  if (state >= 0) out->push_back(state ? '1' : '0');
  out->push_back('\x1f');
  AppendField(out, item.value);
  AppendNumber(out, item.x, '\x1f');
  AppendNumber(out, item.y, '\x1f');
  AppendNumber(out, item.w, '\x1f');
  AppendNumber(out, item.h, '\x1e');
}

}  // namespace

std::string AccessibleName(const ItemRecord& item) {
  std::string name;
  AppendName(&name, item);
  return name;
}

void EncodeSemantics(const std::vector<ItemRecord>& items, std::string* out) {
  out->clear();
  std::vector<size_t> open_groups;  // Where each open group's record starts in `out`.
  const auto close = [&] {
    const size_t start = open_groups.back();
    open_groups.pop_back();
    // A group with no member left (all scrolled away) is left out.
    if (out->find('\x1e', start) == out->size() - 1) {
      out->resize(start);
    } else {
      *out += kGroupEndRecord;
    }
  };
  bool table = false;  // A chart's table is open: its parts, its rows, follow it.
  for (size_t i = 0; i < items.size(); ++i) {
    const ItemRecord& item = items[i];
    if (item.behind_modal) continue;
    if (table && item.role != SemanticRole::kChartPart) {
      close();
      table = false;
    }
    if (item.role == SemanticRole::kGroupEnd) {
      if (!open_groups.empty()) close();
      continue;
    }
    const bool chart = item.role == SemanticRole::kChart;
    if (item.role == SemanticRole::kGroup ||
        (chart && i + 1 < items.size() && items[i + 1].role == SemanticRole::kChartPart)) {
      open_groups.push_back(out->size());
      table = chart;
    } else if (!item.visible) {
      continue;
    }
    // A chart without parts (a score ring) is read as text, by its name.
    const bool text = (chart || item.role == SemanticRole::kChartPart) && !table;
    AppendRecord(out, item, text ? 'p' : RoleLetter(item.role));
  }
  // A group the frame never closed ends with the frame.
  while (!open_groups.empty()) close();
}

std::string EncodeSemantics(const std::vector<ItemRecord>& items) {
  std::string out;
  EncodeSemantics(items, &out);
  return out;
}

namespace {

// Where each record of `encoded` starts and ends (its '\x1e' included).
void FindRecords(const std::string& encoded, std::vector<std::pair<size_t, size_t>>* spans) {
  spans->clear();
  for (size_t start = 0, end; (end = encoded.find('\x1e', start)) != std::string::npos;
       start = end + 1) {
    spans->emplace_back(start, end + 1);
  }
}

std::string_view Record(const std::string& encoded, const std::pair<size_t, size_t>& span) {
  return std::string_view(encoded).substr(span.first, span.second - span.first);
}

// The record's key and role: an element keeps both for its life.
std::string_view KeyAndRole(std::string_view record) {
  return record.substr(0, record.find('\x1f', record.find('\x1f') + 1));
}

}  // namespace

const std::string* SemanticsDiff::Changed(const std::vector<ItemRecord>& items) {
  // Encoded into kept buffers: no allocation on the frames that change nothing.
  EncodeSemantics(items, &scratch_);
  if (!first_ && scratch_ == last_) return nullptr;
  FindRecords(scratch_, &scratch_spans_);
  bool same_keys = !first_ && scratch_spans_.size() == last_spans_.size();
  for (size_t i = 0; same_keys && i < scratch_spans_.size(); ++i) {
    same_keys = KeyAndRole(Record(scratch_, scratch_spans_[i])) ==
                KeyAndRole(Record(last_, last_spans_[i]));
  }
  first_ = false;
  const std::string* out = &scratch_;
  if (same_keys) {
    patch_ = kPatchMark;
    for (size_t i = 0; i < scratch_spans_.size(); ++i) {
      const std::string_view now = Record(scratch_, scratch_spans_[i]);
      if (now != Record(last_, last_spans_[i])) patch_ += now;
    }
    out = &patch_;
  }
  last_.swap(scratch_);
  last_spans_.swap(scratch_spans_);
  return out == &scratch_ ? &last_ : out;
}

}  // namespace cloudgap::ui
