#include "core/office/comparison_request.h"

#include "core/json/json_parse.h"

namespace cloudgap {

std::string ComparisonRequestJson(const std::string& before_json, const std::string& after_json,
                                  const ComparedDocuments& documents) {
  // ordered_json: the app already has its serializer (documents are written
  // with it); a second json type would add its own.
  const nlohmann::ordered_json envelope = {{"before", before_json},
                                           {"after", after_json},
                                           {"documents",
                                            {{"before", documents.before},
                                             {"after", documents.after},
                                             {"not_compared", documents.not_compared}}}};
  return envelope.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::optional<ComparisonRequest> ParseComparisonRequest(std::string_view json) {
  const JsonParseResult parsed = ParseJson(json);
  if (!parsed.ok() || !parsed.value.is_object()) return std::nullopt;
  const nlohmann::json& v = parsed.value;
  const auto text = [](const nlohmann::json& object, const char* key, std::string* out) {
    auto it = object.find(key);
    if (it == object.end() || !it->is_string()) return false;
    *out = it->get<std::string>();
    return true;
  };
  ComparisonRequest request;
  auto docs = v.find("documents");
  if (!text(v, "before", &request.before_json) || !text(v, "after", &request.after_json) ||
      docs == v.end() || !docs->is_object() || !text(*docs, "before", &request.documents.before) ||
      !text(*docs, "after", &request.documents.after)) {
    return std::nullopt;
  }
  if (auto it = docs->find("not_compared"); it != docs->end() && it->is_array()) {
    for (const nlohmann::json& line : *it) {
      if (line.is_string()) request.documents.not_compared.push_back(line.get<std::string>());
    }
  }
  return request;
}

}  // namespace cloudgap
