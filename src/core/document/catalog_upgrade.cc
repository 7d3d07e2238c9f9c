#include "core/document/catalog_upgrade.h"

#include <algorithm>
#include <map>

#include "core/catalog/catalog_index.h"

namespace cloudgap {
namespace {

using nlohmann::json;

const json* Member(const json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

std::string StringAt(const json& doc, const char* object, const char* key) {
  const json* o = Member(doc, object);
  if (!o || !o->is_object()) return "";
  const json* v = Member(*o, key);
  return v && v->is_string() ? v->get<std::string>() : "";
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + ids[i];
  }
  return out;
}

}  // namespace

bool MadeWithEarlierVersion(const Catalog& catalog, const json& doc) {
  if (!doc.is_object() || StringAt(doc, "catalog", "id") != catalog.id) return false;
  const std::string version = StringAt(doc, "catalog", "version");
  const auto& earlier = catalog.earlier_versions;
  return std::find(earlier.begin(), earlier.end(), version) != earlier.end();
}

std::optional<CatalogUpgrade> UpgradeToCatalog(const Catalog& catalog, json* doc) {
  if (!MadeWithEarlierVersion(catalog, *doc)) return std::nullopt;
  const std::string version = StringAt(*doc, "catalog", "version");

  std::map<std::string, const RetiredQuestion*> retired;
  for (const RetiredQuestion& q : catalog.retired_questions) retired.emplace(q.id, &q);
  CatalogUpgrade upgrade;
  upgrade.from_version = version;
  auto answers = doc->find("answers");
  if (answers != doc->end() && answers->is_object()) {
    for (auto it = answers->begin(); it != answers->end();) {
      auto r = retired.find(it.key());
      if (r == retired.end()) {
        ++upgrade.kept;
        ++it;
        continue;
      }
      DroppedAnswer d;
      d.question_id = it.key();
      d.question_text = r->second->text;
      d.answer = it.value().is_string() ? it.value().get<std::string>() : "";
      d.successors = r->second->successors;
      upgrade.dropped.push_back(std::move(d));
      it = answers->erase(it);
    }
  }
  auto justifications = doc->find("na_justifications");
  if (justifications != doc->end() && justifications->is_object()) {
    for (auto it = justifications->begin(); it != justifications->end();) {
      it = retired.count(it.key()) ? justifications->erase(it) : std::next(it);
    }
  }
  (*doc)["catalog"]["version"] = catalog.version;
  (*doc)["catalog"]["sha256"] = catalog.sha256;
  return upgrade;
}

std::vector<std::string> DescribeUpgrade(const Catalog& catalog, const CatalogUpgrade& upgrade) {
  std::vector<std::string> lines;
  const size_t dropped = upgrade.dropped.size();
  const std::string answers =
      std::to_string(upgrade.kept) + " answer" + (upgrade.kept == 1 ? "" : "s");
  lines.push_back("made with catalog " + catalog.id + " " + upgrade.from_version +
                  " and opened with " + catalog.version + ": " +
                  (dropped == 0 ? "all " + answers + " kept"
                                : answers + " kept, " + std::to_string(dropped) +
                                      " dropped because their question is no longer asked") +
                  "; questions new in this version start unanswered");
  const CatalogIndex index(catalog);
  for (const DroppedAnswer& d : upgrade.dropped) {
    std::string line = "dropped " + d.question_id + " (answered " +
                       (d.answer.empty() ? std::string("?") : d.answer) + ")";
    if (!d.question_text.empty()) line += ": \"" + d.question_text + "\"";
    if (d.successors.empty()) {
      line += "; no longer asked";
    } else {
      // The successors' words: what the person answers next.
      std::vector<std::string> now;
      for (const std::string& id : d.successors) {
        const Question* q = index.FindQuestion(id);
        now.push_back(q ? id + " \"" + q->text + "\"" : id);
      }
      line += "; now asked as " + JoinIds(now);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace cloudgap
