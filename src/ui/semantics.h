// The page's accessibility mirror, as data. Each frame, the widgets and text
// the item registry recorded become a list of records that web code turns
// into ARIA elements over the canvas (src/app/semantics_mirror.cc), the way
// Flutter's web engine mirrors its semantics tree.
//
// A record is one reachable, visible, named item: nothing under an open modal
// dialog, nothing scrolled out of view, no widget without a name. Fields are
// separated by '\x1f' and records by '\x1e':
//
//   key  role  name  state  value  x  y  w  h
//
// key is the item's id in hexadecimal (stable while it scrolls); role is one
// letter (b button, c checkbox, r radio, t tab, d disclosure, f text field,
// h title, H heading, p text, g group, T table, R table row, G end of group);
// state is "1" or "0" for checked, selected or open, empty otherwise; the
// rectangle is in whole framebuffer pixels. A group or table record opens one
// whose members follow up to its 'G'; empty ones are left out.
//
// A chart with parts is a table, its text alternative: the table's value is
// its column headers and each row's value its cells after the row's name
// (its first cell), separated by kCellSeparator ('\x1d'). A chart's cells
// are in its records, so they change in a patch only when its numbers do.
//
// A patch (SemanticsDiff) is kPatchMark followed by the records that changed
// since the last list, when the items are the same ones in the same order.
#ifndef CLOUDGAP_UI_SEMANTICS_H_
#define CLOUDGAP_UI_SEMANTICS_H_

#include <string>
#include <utility>
#include <vector>

#include "ui/item_registry.h"

namespace cloudgap::ui {

// What a person hears for `item`: its name if described, else the label up
// to "##", with line breaks (WrapLabel's) as spaces.
std::string AccessibleName(const ItemRecord& item);

std::string EncodeSemantics(const std::vector<ItemRecord>& items);
// The same into `out`, whose capacity is reused.
void EncodeSemantics(const std::vector<ItemRecord>& items, std::string* out);

inline constexpr char kPatchMark[] = "~\x1e";

// Remembers the last encoding sent, so the page is touched only on frames
// whose semantics changed (most frames after input change nothing a screen
// reader can tell), and then only with what changed when it can be.
class SemanticsDiff {
 public:
  // Null when `items` encode as the last call's did; else the new list, or a
  // patch of the records that changed when the keys are the same in the same
  // order. Valid until the next call.
  const std::string* Changed(const std::vector<ItemRecord>& items);

 private:
  std::string last_, scratch_, patch_;
  std::vector<std::pair<size_t, size_t>> last_spans_, scratch_spans_;
  bool first_ = true;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_SEMANTICS_H_
