#include "core/catalog/catalog_index.h"

namespace cloudgap {

CatalogIndex::CatalogIndex(const Catalog& catalog) : catalog_(catalog) {
  controls_.reserve(catalog.controls.size());
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    controls_.emplace(c.id, static_cast<int>(i));
    for (const Question& q : c.questions) questions_.emplace(q.id, QuestionRef{&q, &c});
    for (const Question& q : c.quick_questions) questions_.emplace(q.id, QuestionRef{&q, &c});
  }
}

int CatalogIndex::ControlIndex(const std::string& control_id) const {
  auto it = controls_.find(control_id);
  return it == controls_.end() ? -1 : it->second;
}

const Control* CatalogIndex::FindControl(const std::string& control_id) const {
  int i = ControlIndex(control_id);
  return i < 0 ? nullptr : &catalog_.controls[static_cast<size_t>(i)];
}

const Question* CatalogIndex::FindQuestion(const std::string& question_id) const {
  auto it = questions_.find(question_id);
  return it == questions_.end() ? nullptr : it->second.question;
}

const Control* CatalogIndex::ControlOfQuestion(const std::string& question_id) const {
  auto it = questions_.find(question_id);
  return it == questions_.end() ? nullptr : it->second.control;
}

}  // namespace cloudgap
