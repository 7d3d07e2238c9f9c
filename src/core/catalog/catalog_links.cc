#include "core/catalog/catalog_links.h"

namespace cloudgap {
namespace {

// Every control's position by its id; the first of an id wins.
void IndexIds(const Catalog& catalog, std::unordered_map<std::string_view, size_t>* by_id) {
  by_id->reserve(catalog.controls.size());
  for (size_t i = 0; i < catalog.controls.size(); ++i) by_id->emplace(catalog.controls[i].id, i);
}

std::uint32_t Find(const std::unordered_map<std::string_view, size_t>& by_id,
                   const std::string& id) {
  auto it = by_id.find(id);
  return it == by_id.end() ? kNoLinkedControl : static_cast<std::uint32_t>(it->second);
}

// Appends the positions `ids` name to `at` and closes the control's range in `first`.
void AddLinks(const std::unordered_map<std::string_view, size_t>& by_id,
              const std::vector<std::string>& ids, std::vector<std::uint32_t>* first,
              std::vector<std::uint32_t>* at) {
  for (const std::string& id : ids) at->push_back(Find(by_id, id));
  first->push_back(static_cast<std::uint32_t>(at->size()));
}

}  // namespace

void IndexLinks(Catalog* catalog) {
  std::unordered_map<std::string_view, size_t> by_id;
  IndexIds(*catalog, &by_id);
  ControlLinks links;
  links.hard_first.reserve(catalog->controls.size() + 1);
  links.soft_first.reserve(catalog->controls.size() + 1);
  links.hard_first.push_back(0);
  links.soft_first.push_back(0);
  for (const Control& c : catalog->controls) {
    AddLinks(by_id, c.depends_on, &links.hard_first, &links.hard);
    AddLinks(by_id, c.informed_by, &links.soft_first, &links.soft);
  }
  catalog->links = std::move(links);
}

std::uint32_t LinkResolver::Lookup(const std::string& id) {
  if (by_id_.empty()) IndexIds(catalog_, &by_id_);
  return Find(by_id_, id);
}

}  // namespace cloudgap
