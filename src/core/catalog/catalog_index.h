// Identifier lookups over a catalog, for code that resolves many ids at once
// (the document parser, the edit functions, the roadmap's dependencies).
// Building one costs O(controls + questions); it holds pointers into the
// catalog, which must outlive it and stay unchanged.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_INDEX_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_INDEX_H_

#include <string>
#include <unordered_map>

#include "core/catalog/catalog.h"

namespace cloudgap {

class CatalogIndex {
 public:
  explicit CatalogIndex(const Catalog& catalog);

  // Position of the control in catalog.controls, or -1 when there is none.
  int ControlIndex(const std::string& control_id) const;
  const Control* FindControl(const std::string& control_id) const;

  // The full or quick-scan question with this id, and the control it belongs
  // to; nullptr when the catalog has no such question.
  const Question* FindQuestion(const std::string& question_id) const;
  const Control* ControlOfQuestion(const std::string& question_id) const;

 private:
  struct QuestionRef {
    const Question* question;
    const Control* control;
  };
  const Catalog& catalog_;
  std::unordered_map<std::string, int> controls_;
  std::unordered_map<std::string, QuestionRef> questions_;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_INDEX_H_
