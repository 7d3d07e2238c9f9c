#include "core/catalog/catalog_translation.h"

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/catalog/catalog_text.h"
#include "core/json/json_parse.h"
#include "core/text/input_limits.h"
#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// A file with more wrong than this is reported by its first problems.
constexpr size_t kMaxReported = 20;

CatalogTranslation Fail(InputProblem problem, std::string message) {
  CatalogTranslation result;
  result.problem = problem;
  result.errors.push_back({"", std::move(message), problem});
  return result;
}

// ".../evidence/3/text" names the same text as ".../evidence/3".
std::string_view Canonical(std::string_view pointer) {
  constexpr std::string_view kText = "/text";
  if (pointer.size() <= kText.size() || pointer.substr(pointer.size() - kText.size()) != kText) {
    return pointer;
  }
  constexpr std::string_view kEvidence = "/evidence/";
  const std::string_view rest = pointer.substr(0, pointer.size() - kText.size());
  const size_t list = rest.rfind(kEvidence);
  const bool index_follows = list != std::string_view::npos &&
                             rest.find('/', list + kEvidence.size()) == std::string_view::npos;
  return index_follows ? rest : pointer;
}

// Reads "language" and checks "format" and "catalog" against `catalog`.
std::string ReadHeader(ObjectReader& top, const Catalog& catalog, JsonErrors& errors) {
  const std::string format = top.Text("format");
  if (format != kCatalogTranslationFormat) {
    errors.Add(top.At("format"), "not a catalog translation: the format is '" + format +
                                     "', not '" + std::string(kCatalogTranslationFormat) + "'");
  }
  const std::string language = top.Text("language");
  const bool tag = language.size() >= 2 && language.size() <= 8 &&
                   language.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
  if (!tag) errors.Add(top.At("language"), "the language is not a lower-case language tag");
  if (const json* of = top.Object("catalog")) {
    ObjectReader r(*of, top.At("catalog"), errors, {"id", "version"});
    const std::string id = r.Text("id");
    if (r.ok() && id != catalog.id) {
      errors.Add(top.At("catalog"),
                 "a translation of catalog '" + id + "', not of '" + catalog.id + "'");
    }
  }
  return language;
}

}  // namespace

void ForEachCatalogText(
    Catalog& c, const std::function<void(const std::string& pointer, std::string& text)>& visit) {
  auto text = [&](const std::string& pointer, std::string& words) {
    if (!IsBlank(words)) visit(pointer, words);
  };
  auto list = [&](const std::string& pointer, std::vector<std::string>& words) {
    for (size_t i = 0; i < words.size(); ++i) text(pointer + "/" + std::to_string(i), words[i]);
  };
  text("/title", c.title);
  for (size_t i = 0; i < c.answer_scale.size(); ++i) {
    const std::string at = "/answer_scale/" + std::to_string(i);
    text(at + "/label", c.answer_scale[i].label);
    text(at + "/description", c.answer_scale[i].description);
  }
  for (size_t i = 0; i < c.maturity_scale.size(); ++i) {
    const std::string at = "/maturity_scale/" + std::to_string(i);
    text(at + "/label", c.maturity_scale[i].label);
    text(at + "/description", c.maturity_scale[i].description);
  }
  for (size_t i = 0; i < c.clauses.size(); ++i) {
    const std::string at = "/clauses/" + std::to_string(i);
    text(at + "/title", c.clauses[i].title);
    text(at + "/summary", c.clauses[i].summary);
  }
  auto questions = [&](const std::string& at, std::vector<Question>& qs) {
    for (size_t i = 0; i < qs.size(); ++i) {
      text(at + "/" + std::to_string(i) + "/text", qs[i].text);
      text(at + "/" + std::to_string(i) + "/inherited_text", qs[i].inherited_text);
    }
  };
  for (size_t i = 0; i < c.controls.size(); ++i) {
    Control& k = c.controls[i];
    const std::string at = "/controls/" + std::to_string(i);
    text(at + "/title", k.title);
    for (size_t m = 0; m < k.iso27002_2022.size(); ++m) {
      text(at + "/iso27002_2022/" + std::to_string(m) + "/title", k.iso27002_2022[m].title);
    }
    text(at + "/objective", k.objective);
    text(at + "/csc", k.customer_guidance);
    text(at + "/csp", k.provider_guidance);
    questions(at + "/questions", k.questions);
    questions(at + "/quick_questions", k.quick_questions);
    for (size_t m = 0; m < k.maturity.size(); ++m) {
      text(at + "/maturity/" + std::to_string(m), k.maturity[m]);
    }
    for (size_t m = 0; m < k.evidence.size(); ++m) {
      text(at + "/evidence/" + std::to_string(m), k.evidence[m].text);
    }
    text(at + "/risk/rationale", k.risk_rationale);
    for (size_t m = 0; m < k.actions.size(); ++m) {
      text(at + "/actions/" + std::to_string(m) + "/text", k.actions[m].text);
    }
  }
  for (size_t i = 0; i < c.management_steps.size(); ++i) {
    ManagementStep& s = c.management_steps[i];
    const std::string at = "/management_steps/" + std::to_string(i);
    text(at + "/title", s.title);
    text(at + "/summary", s.summary);
    list(at + "/evidence", s.evidence);
    list(at + "/actions", s.actions);
    text(at + "/cloud_extension/summary", s.extension_summary);
    list(at + "/cloud_extension/actions", s.extension_actions);
  }
}

CatalogTranslation TranslateCatalog(const Catalog& catalog, std::string_view translation_json) {
  if (translation_json.size() > kMaxCatalogBytes) {
    return Fail(InputProblem::kTooLarge,
                "the translation is " + std::to_string(translation_json.size()) +
                    " bytes, over the limit of " + std::to_string(kMaxCatalogBytes));
  }
  JsonParseResult parsed = ParseJson(translation_json);
  if (!parsed.ok()) return Fail(parsed.problem, "the translation: " + JsonProblemMessage(parsed));

  CatalogTranslation result;
  Catalog translated = catalog;
  std::unordered_map<std::string, std::string*> texts;
  ForEachCatalogText(translated, [&](const std::string& pointer, std::string& words) {
    texts.emplace(pointer, &words);
  });
  std::unordered_set<std::string_view> done;
  JsonErrors errors(kMaxReported);
  ObjectReader top(parsed.value, JsonPlace{}, errors, {"format", "language", "catalog", "texts"});
  if (top.ok()) result.language = ReadHeader(top, catalog, errors);
  const json* entries = errors.empty() ? top.Object("texts") : nullptr;
  if (entries) {
    for (auto it = entries->begin(); it != entries->end(); ++it) {
      const JsonPlace at = top.At("texts") / it.key();
      auto target = texts.find(std::string(Canonical(it.key())));
      if (target == texts.end()) {
        errors.Add(at, "names no text of the catalog");
        continue;
      }
      const json* words = &*it;
      const json* english = nullptr;
      if (it->is_object()) {
        ObjectReader entry(*it, at, errors, {"en", "text"});
        words = entry.Find("text", true);
        english = entry.Find("en", false);
        if (!words) continue;
      }
      if (!words->is_string()) {
        ExpectType(errors, *words, at, false, "a string");
        continue;
      }
      std::string& text = *target->second;
      const bool stale = english && english->is_string() && !(text == kTextPlaceholder) &&
                         english->get_ref<const std::string&>() != text;
      if (IsBlank(words->get_ref<const std::string&>()) || stale) continue;
      text = words->get_ref<const std::string&>();
      done.insert(target->first);
    }
  }
  if (!errors.empty()) {
    result.errors = errors.Take();
    result.problem = InputProblem::kBadValue;
    return result;
  }
  // In catalog order, which the map does not keep.
  bool placeholders = false;
  ForEachCatalogText(translated, [&](const std::string& pointer, std::string& words) {
    if (done.count(pointer)) {
      ++result.translated;
      return;
    }
    result.untranslated.push_back(pointer);
    placeholders = placeholders || words == kTextPlaceholder;
  });
  if (!placeholders) translated.text_file.clear();
  result.catalog = std::move(translated);
  return result;
}

}  // namespace cloudgap
