#include "core/document/branding.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/json/json_parse.h"
#include "core/json/json_reader.h"
#include "core/text/input_limits.h"
#include "core/text/message_format.h"
#include "core/text/text_clean.h"
#include "core/text/utf8.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr size_t kMaxNameChars = 40;
constexpr size_t kMaxUrlBytes = 2048;
constexpr size_t kMaxPathBytes = 200;
constexpr size_t kMaxPublicKeyPemBytes = 4096;  // An RSA key of 8192 bits is about 1.5 KB.

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

// A short visible text, trimmed: a product name or a button label.
std::optional<std::string> ReadLabel(ObjectReader& object, std::string_view key,
                                     JsonErrors& errors) {
  const std::optional<std::string> raw = object.String(key, /*required=*/true, SIZE_MAX);
  if (!raw) return std::nullopt;
  std::string text = Trim(*raw);
  if (text.empty() || HasControlCharacter(text)) {
    errors.Add(object.At(key), errors.words().Tr("must be 1 to 40 characters of plain text", {}));
    return std::nullopt;
  }
  if (Utf8Length(text) > kMaxNameChars) {
    errors.Add(object.At(key), errors.words().Tr("is longer than 40 characters", {}),
               InputProblem::kTooLong);
    return std::nullopt;
  }
  return text;
}

// A string member that must pass `valid`; reports `rule`, a message marked with
// TrLater that quotes the {value}, when it does not.
std::optional<std::string> ReadChecked(ObjectReader& object, std::string_view key,
                                       JsonErrors& errors, bool (*valid)(std::string_view),
                                       const char* rule) {
  std::optional<std::string> text = object.String(key, /*required=*/true, SIZE_MAX);
  if (!text) return std::nullopt;
  if (!valid(*text)) {
    errors.Add(object.At(key), errors.words().Tr(rule, {{"value", QuotedValue(*text)}}));
    return std::nullopt;
  }
  return text;
}

void ReadProductName(ObjectReader& config, Branding& out, JsonErrors& errors) {
  if (auto name = ReadLabel(config, "product_name", errors)) out.product_name = *name;
}

void ReadLogo(ObjectReader& config, Branding& out, JsonErrors& errors) {
  if (auto logo = ReadChecked(config, "logo", errors, IsSafeRelativeImagePath,
                              TrLater("must be a relative path to a .png, .svg, .jpg, .webp or "
                                      ".gif file beside index.html (letters, digits, '.', '_', "
                                      "'-', '/'), not {value}"))) {
    out.logo = *logo;
  }
}

void ReadAccentColour(ObjectReader& config, Branding& out, JsonErrors& errors) {
  auto is_colour = [](std::string_view s) { return ParseHexColour(s).has_value(); };
  if (auto hex = ReadChecked(config, "accent_color", errors, is_colour,
                             TrLater("must be \"#rrggbb\", not {value}"))) {
    out.accent_rgb = ParseHexColour(*hex);
  }
}

void ReadCta(ObjectReader& config, Branding& out, JsonErrors& errors) {
  const json* value = config.Find("cta", /*required=*/true);
  if (!value) return;
  ObjectReader cta(*value, config.At("cta"), errors, {"label", "url"});
  if (!cta.ok()) return;
  std::optional<std::string> label = ReadLabel(cta, "label", errors);
  std::optional<std::string> url =
      ReadChecked(cta, "url", errors, IsAllowedLinkUrl,
                  TrLater("must be an https:, http: or mailto: link without spaces, not {value}"));
  if (label && url) out.cta = CallToAction{*label, *url};
}

bool LooksLikePublicKeyPem(std::string_view pem) {
  constexpr std::string_view kBegin = "-----BEGIN PUBLIC KEY-----";
  constexpr std::string_view kEnd = "-----END PUBLIC KEY-----";
  const size_t begin = pem.find(kBegin), end = pem.find(kEnd);
  if (pem.size() > kMaxPublicKeyPemBytes || begin == std::string_view::npos ||
      end == std::string_view::npos || end < begin) {
    return false;
  }
  for (char c : pem.substr(begin + kBegin.size(), end - begin - kBegin.size())) {
    const bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
    if (!base64 && c != '\n' && c != '\r' && c != ' ') return false;
  }
  return true;
}

void ReadSendResults(ObjectReader& config, Branding& out, JsonErrors& errors) {
  const json* value = config.Find("send_results", /*required=*/true);
  if (!value) return;
  ObjectReader send(*value, config.At("send_results"), errors, {"to", "email", "public_key"});
  if (!send.ok()) return;
  std::optional<std::string> to = ReadLabel(send, "to", errors);
  std::optional<std::string> email =
      ReadChecked(send, "email", errors, IsPlainEmailAddress,
                  TrLater("must be a plain e-mail address, not {value}"));
  std::optional<std::string> key = send.String("public_key", /*required=*/true, SIZE_MAX);
  if (key && !LooksLikePublicKeyPem(*key)) {
    errors.Add(send.At("public_key"),
               errors.words().Tr("must be a PEM public key, from -----BEGIN PUBLIC KEY----- to "
                                 "-----END PUBLIC KEY----- (docs/sealed-results.md says how to "
                                 "make one)",
                                 {}));
    key.reset();
  }
  if (to && email && key) out.send_results = SendResults{*to, *email, *key};
}

void ReadDefaultMode(ObjectReader& config, Branding& out, JsonErrors& errors) {
  auto is_mode = [](std::string_view s) { return ValueOf(kStartModeNames, s).has_value(); };
  if (auto mode = ReadChecked(config, "default_mode", errors, is_mode,
                              TrLater("must be \"quick\" or \"full\", not {value}"))) {
    out.default_mode = *ValueOf(kStartModeNames, *mode);
  }
}

void ReadAskOrganisation(ObjectReader& config, Branding& out, JsonErrors&) {
  if (auto ask = config.OptionalBool("ask_organisation")) out.ask_organisation = *ask;
}

// config.json's fields: how each is read and what a problem with it leads to.
struct BrandingField {
  const char* name;
  void (*read)(ObjectReader& config, Branding& out, JsonErrors& errors);
  const char* when_bad;  // Ends each warning about the field; marked with TrLater.
};

constexpr BrandingField kFields[] = {
    {"product_name", ReadProductName, TrLater("using \"CloudGap\"")},
    {"logo", ReadLogo, TrLater("no logo shown")},
    {"accent_color", ReadAccentColour, TrLater("using the default colour")},
    {"cta", ReadCta, TrLater("no call-to-action shown")},
    {"default_mode", ReadDefaultMode, TrLater("using \"quick\"")},
    {"ask_organisation", ReadAskOrganisation, TrLater("using true")},
    {"send_results", ReadSendResults, TrLater("results cannot be sent")},
};

void Warn(std::vector<JsonError> problems, const char* when_bad, const MessageCatalog& words,
          std::vector<std::string>& warnings) {
  for (const JsonError& problem : problems) {
    const bool ignored = problem.problem == InputProblem::kUnknownField;
    warnings.push_back(
        words.Tr("{problem}; {consequence}",
                 {{"problem", problem.ToString(words.json_words())},
                  {"consequence", ignored ? words.Tr("ignored") : words.Tr(when_bad)}}));
  }
}

}  // namespace

bool IsPlainEmailAddress(std::string_view address) {
  const size_t at = address.find('@');
  if (address.size() > 254 || at == 0 || at == std::string_view::npos ||
      address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view local = address.substr(0, at), domain = address.substr(at + 1);
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  for (char c : local) {
    if (!alnum(c) && c != '.' && c != '_' && c != '+' && c != '-') return false;
  }
  const size_t dot = domain.find('.');
  if (domain.empty() || dot == 0 || dot == std::string_view::npos || domain.back() == '.') {
    return false;
  }
  for (char c : domain) {
    if (!alnum(c) && c != '.' && c != '-') return false;
  }
  return true;
}

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

BrandingResult ParseBranding(std::string_view json_text, const MessageCatalog& words) {
  BrandingResult result;
  Branding& b = result.branding;
  std::vector<std::string>& warnings = result.warnings;

  if (json_text.size() > kMaxConfigBytes) {
    result.file_problem = InputProblem::kTooLarge;
    warnings.push_back(words.Tr(
        "config.json is {bytes} bytes, over the limit of {limit}; using the defaults",
        {{"bytes", std::to_string(json_text.size())}, {"limit", std::to_string(kMaxConfigBytes)}}));
    return result;
  }
  const JsonParseResult parsed = ParseJson(json_text);
  if (!parsed.ok()) {
    result.file_problem = parsed.problem;
    warnings.push_back(words.Tr("config.json is not valid JSON ({problem}); using the defaults",
                                {{"problem", JsonParseError(parsed, words.json_words())}}));
    return result;
  }
  const json& config = parsed.value;
  if (!config.is_object()) {
    result.file_problem = InputProblem::kWrongType;
    warnings.emplace_back(words.Tr("config.json must hold one JSON object; using the defaults"));
    return result;
  }

  // Each field on its own, so a warning can say what its problem leads to.
  for (const auto& item : config.items()) {
    const std::string& key = item.key();
    JsonErrors errors(SIZE_MAX, words.json_words());
    ObjectReader reader(config, JsonPlace{}, errors);
    const BrandingField* field = nullptr;
    for (const BrandingField& f : kFields) {
      if (key == f.name) field = &f;
    }
    if (field) {
      field->read(reader, b, errors);
    } else {
      errors.Add(reader.At(key), words.Tr("unknown field {field}", {{"field", QuotedValue(key)}}),
                 InputProblem::kUnknownField);
    }
    Warn(errors.Take(), field ? field->when_bad : "", words, warnings);
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
  out["default_mode"] = TextOf(kStartModeNames, branding.default_mode);
  out["ask_organisation"] = branding.ask_organisation;
  if (const std::optional<SendResults>& send = branding.send_results) {
    out["send_results"] = {
        {"to", send->to}, {"email", send->email}, {"public_key", send->public_key}};
  }
  // Fields passed ParseJson's UTF-8 check, but Branding can be built in code too.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace cloudgap
