#include "core/document/catalog_upgrade.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
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

// "a, b and c", joined as `words`' language joins a list.
std::string JoinList(const std::vector<std::string>& items, const MessageCatalog& words) {
  if (items.empty()) return "";
  std::string all_but_last;
  for (size_t i = 0; i + 1 < items.size(); ++i) all_but_last += (i == 0 ? "" : ", ") + items[i];
  if (items.size() == 1) return items[0];
  return words.Tr("{items} and {last}", {{"items", all_but_last}, {"last", items.back()}});
}

// The answer as the catalog's scale labels it ("Teilweise" in German); English
// keeps the document's name ("partly"), as it always did.
std::string AnswerWords(const Catalog& catalog, const std::string& answer,
                        const MessageCatalog& words) {
  if (answer.empty()) return "?";
  if (words.language() == "en") return answer;
  for (const AnswerLevel& level : catalog.answer_scale) {
    if (level.value == answer && !level.label.empty()) return level.label;
  }
  return answer;
}

std::string DroppedLine(const Catalog& catalog, const CatalogIndex& index, const DroppedAnswer& d,
                        const MessageCatalog& words) {
  const std::string answer = AnswerWords(catalog, d.answer, words);
  const bool quoted = !d.question_text.empty();
  if (d.successors.empty()) {
    return quoted
               ? words.Tr(
                     "dropped {question} (answered {answer}): \"{text}\"; no longer asked",
                     {{"question", d.question_id}, {"answer", answer}, {"text", d.question_text}})
               : words.Tr("dropped {question} (answered {answer}); no longer asked",
                          {{"question", d.question_id}, {"answer", answer}});
  }
  // The successors' words: what the person answers next.
  std::vector<std::string> now;
  for (const std::string& id : d.successors) {
    const Question* q = index.FindQuestion(id);
    now.push_back(q ? words.Tr("{question} \"{text}\"", {{"question", id}, {"text", q->text}})
                    : id);
  }
  const std::string successors = JoinList(now, words);
  return quoted
             ? words.Tr(
                   "dropped {question} (answered {answer}): \"{text}\"; now asked as "
                   "{successors}",
                   {{"question", d.question_id},
                    {"answer", answer},
                    {"text", d.question_text},
                    {"successors", successors}})
             : words.Tr(
                   "dropped {question} (answered {answer}); now asked as {successors}",
                   {{"question", d.question_id}, {"answer", answer}, {"successors", successors}});
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

std::vector<std::string> DescribeUpgrade(const Catalog& catalog, const CatalogUpgrade& upgrade,
                                         const MessageCatalog& words) {
  std::vector<std::string> lines;
  const std::initializer_list<MessageArg> summary = {{"catalog", catalog.id},
                                                     {"from", upgrade.from_version},
                                                     {"to", catalog.version},
                                                     {"kept", upgrade.kept},
                                                     {"dropped", upgrade.dropped.size()}};
  lines.push_back(
      upgrade.dropped.empty()
          ? words.Tr("made with catalog {catalog} {from} and opened with {to}: all {kept, plural, "
                     "one {# answer} other {# answers}} kept; questions new in this version start "
                     "unanswered",
                     summary)
          : words.Tr("made with catalog {catalog} {from} and opened with {to}: {kept, plural, one "
                     "{# answer} other {# answers}} kept, {dropped} dropped because their "
                     "question is no longer asked; questions new in this version start unanswered",
                     summary));
  if (upgrade.dropped.empty()) return lines;
  const CatalogIndex index(catalog);  // The app words it each frame its notice is up.
  for (const DroppedAnswer& d : upgrade.dropped) {
    lines.push_back(DroppedLine(catalog, index, d, words));
  }
  return lines;
}

}  // namespace cloudgap
