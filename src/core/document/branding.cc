#include "core/document/branding.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/json/json_parse.h"
#include "core/text/input_limits.h"
#include "core/text/text_clean.h"
#include "core/text/utf8.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr size_t kMaxNameChars = 40;
constexpr size_t kMaxUrlBytes = 2048;
constexpr size_t kMaxPathBytes = 200;

bool HasControlCharacter(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7F) return true;
  }
  return false;
}

std::string Trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = s.find_last_not_of(" \t");
  return std::string(s.substr(first, last - first + 1));
}

// Field names come from the file; a pasted essay should not flood the console.
std::string FieldName(const std::string& key) {
  return key.size() <= 40 ? key : key.substr(0, 40) + "...";
}

// A short visible text: a product name or a button label.
std::optional<std::string> ReadLabel(const json& value, const std::string& field,
                                     std::vector<std::string>& warnings) {
  if (!value.is_string()) {
    warnings.push_back(field + ": must be text");
    return std::nullopt;
  }
  const std::string text = Trim(value.get<std::string>());
  if (text.empty() || HasControlCharacter(text)) {
    warnings.push_back(field + ": must be 1 to 40 characters of plain text");
    return std::nullopt;
  }
  if (Utf8Length(text) > kMaxNameChars) {
    warnings.push_back(field + ": is longer than 40 characters");
    return std::nullopt;
  }
  return text;
}

void ReadCta(const json& value, Branding& out, std::vector<std::string>& warnings) {
  if (!value.is_object()) {
    warnings.push_back(
        "cta: must be an object with \"label\" and \"url\"; no call-to-action shown");
    return;
  }
  for (const auto& item : value.items()) {
    if (item.key() != "label" && item.key() != "url") {
      warnings.push_back("cta." + FieldName(item.key()) + ": unknown field, ignored");
    }
  }
  std::optional<std::string> label;
  if (value.contains("label")) {
    label = ReadLabel(value["label"], "cta.label", warnings);
  } else {
    warnings.push_back("cta.label: missing");
  }
  std::optional<std::string> url;
  if (!value.contains("url")) {
    warnings.push_back("cta.url: missing");
  } else if (!value["url"].is_string() || !IsAllowedLinkUrl(value["url"].get<std::string>())) {
    warnings.push_back("cta.url: must be an https:, http: or mailto: link without spaces");
  } else {
    url = value["url"].get<std::string>();
  }
  if (label && url) {
    out.cta = CallToAction{*label, *url};
  } else {
    warnings.push_back("cta: no call-to-action shown");
  }
}

}  // namespace

bool IsAllowedLinkUrl(std::string_view url) {
  if (url.empty() || url.size() > kMaxUrlBytes) return false;
  // No whitespace or controls anywhere: browsers strip them, which is how
  // "java\tscript:" slips past naive checks. Spaces belong %20-encoded.
  for (unsigned char c : url) {
    if (c <= 0x20 || c == 0x7F || c == '\\') return false;
  }
  for (std::string_view scheme : {"https://", "http://"}) {
    if (StartsWithNoCase(url, scheme)) {
      return url.size() > scheme.size() && url[scheme.size()] != '/';
    }
  }
  return StartsWithNoCase(url, "mailto:") && url.size() > 7;
}

bool IsSafeRelativeImagePath(std::string_view path) {
  if (path.empty() || path.size() > kMaxPathBytes || path.front() == '/') return false;
  // A closed alphabet leaves no room for schemes (':'), queries, escapes or
  // backslashes that some servers treat as '/'.
  for (char c : path) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-' || c == '/';
    if (!ok) return false;
  }
  size_t start = 0;
  for (;;) {
    const size_t end = path.find('/', start);
    const std::string_view segment =
        path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const char* allowed : {"png", "svg", "jpg", "jpeg", "webp", "gif"}) {
    if (ext == allowed) return true;
  }
  return false;
}

std::optional<uint32_t> ParseHexColour(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  uint32_t rgb = 0;
  for (size_t i = 1; i < 7; ++i) {
    const char c = text[i];
    uint32_t digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      digit = static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
    rgb = rgb * 16 + digit;
  }
  return rgb;
}

BrandingResult ParseBranding(std::string_view json_text) {
  BrandingResult result;
  Branding& b = result.branding;
  std::vector<std::string>& warnings = result.warnings;

  if (json_text.size() > kMaxConfigBytes) {
    result.file_problem = InputProblem::kTooLarge;
    warnings.push_back("config.json is " + std::to_string(json_text.size()) +
                       " bytes, over the limit of " + std::to_string(kMaxConfigBytes) +
                       "; using the defaults");
    return result;
  }
  const JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok()) {
    result.file_problem = parsed.problem;
    warnings.push_back("config.json is not valid JSON (" + parsed.error + "); using the defaults");
    return result;
  }
  const json& config = parsed.value;
  if (!config.is_object()) {
    result.file_problem = InputProblem::kWrongType;
    warnings.push_back("config.json must hold one JSON object; using the defaults");
    return result;
  }

  for (const auto& [key, value] : config.items()) {
    if (key == "product_name") {
      if (auto name = ReadLabel(value, key, warnings)) b.product_name = *name;
    } else if (key == "logo") {
      if (value.is_string() && IsSafeRelativeImagePath(value.get<std::string>())) {
        b.logo = value.get<std::string>();
      } else {
        warnings.push_back(
            "logo: must be a relative path to a .png, .svg, .jpg, .webp or .gif file beside "
            "index.html (letters, digits, '.', '_', '-', '/'); no logo shown");
      }
    } else if (key == "accent_color") {
      auto rgb = value.is_string() ? ParseHexColour(value.get<std::string>()) : std::nullopt;
      if (rgb) {
        b.accent_rgb = rgb;
      } else {
        warnings.push_back("accent_color: must be \"#rrggbb\"; using the default colour");
      }
    } else if (key == "cta") {
      ReadCta(value, b, warnings);
    } else if (key == "default_mode") {
      if (value == "quick") {
        b.default_mode = StartMode::kQuick;
      } else if (value == "full") {
        b.default_mode = StartMode::kFull;
      } else {
        warnings.push_back("default_mode: must be \"quick\" or \"full\"; using \"quick\"");
      }
    } else if (key == "ask_organisation") {
      if (value.is_boolean()) {
        b.ask_organisation = value.get<bool>();
      } else {
        warnings.push_back("ask_organisation: must be true or false; using true");
      }
    } else {
      warnings.push_back(FieldName(key) + ": unknown field, ignored");
    }
  }
  return result;
}

std::string BrandingToJson(const Branding& branding) {
  json out = json::object();
  out["product_name"] = branding.product_name;
  if (!branding.logo.empty()) out["logo"] = branding.logo;
  if (branding.accent_rgb) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%06x", static_cast<unsigned>(*branding.accent_rgb & 0xFFFFFF));
    out["accent_color"] = hex;
  }
  if (branding.cta) out["cta"] = {{"label", branding.cta->label}, {"url", branding.cta->url}};
  out["default_mode"] = branding.default_mode == StartMode::kFull ? "full" : "quick";
  out["ask_organisation"] = branding.ask_organisation;
  // Fields passed ParseJson's UTF-8 check, but Branding can be built in code too.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace cloudgap
