// White-label settings: what a host puts in config.json beside index.html to
// show CloudGap under its own name, colour and call-to-action.
//
// The file is written by people who are not web developers and is served to
// every visitor, so it is read defensively: each field that is missing or bad
// falls back to its default on its own, with a warning saying why, and a file
// that is not JSON at all gives the defaults. Nothing in it can make the page
// blank or run script: links are limited to https:, http: and mailto:, and the
// logo to a relative path on the page's own origin. README "White-label".
#ifndef CLOUDGAP_CORE_DOCUMENT_BRANDING_H_
#define CLOUDGAP_CORE_DOCUMENT_BRANDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/message_catalog.h"
#include "core/text/enum_text.h"
#include "core/text/input_problem.h"

namespace cloudgap {

// A button on the results screen that leads to the host ("Talk to our team").
struct CallToAction {
  std::string label;  // 1..40 characters.
  std::string url;    // https:, http: or mailto: only.
};

// Where results may be sent sealed (docs/sealed-results.md): the host's name,
// the address the user's mail program writes to, and the public key they are
// sealed for. The key's text is checked for its form here; what kind of key
// it is, by the reader of keys (core/sealed/public_key.h) where it is used.
struct SendResults {
  std::string to;          // 1..40 characters: "Acme Sales".
  std::string email;       // A plain address: "sales@acme.example".
  std::string public_key;  // PEM "PUBLIC KEY".
};

enum class StartMode { kQuick, kFull };
// As config.json spells them.
inline constexpr EnumText<StartMode> kStartModeNames[] = {{StartMode::kQuick, "quick"},
                                                          {StartMode::kFull, "full"}};
static_assert(InEnumOrder(kStartModeNames));

struct Branding {
  std::string product_name = "CloudGap";  // 1..40 characters.
  std::string logo;                       // Relative path of an image; empty: none.
  std::optional<uint32_t> accent_rgb;     // 0xRRGGBB; none: the built-in palette.
  std::optional<CallToAction> cta;        // None by default.
  StartMode default_mode = StartMode::kQuick;
  bool ask_organisation = true;
  std::optional<SendResults> send_results;  // None by default.
};

struct BrandingResult {
  Branding branding;
  // What made the whole file unusable (the defaults are used): kTooLarge (over
  // kMaxConfigBytes), kNotJson, kBadUtf8, kDuplicateKey, kTooDeep, kWrongType
  // (not an object). kNone when the file was read; its fields may still warn.
  InputProblem file_problem = InputProblem::kNone;
  // One sentence per problem: where (a JSON pointer, as every reader of JSON says it),
  // what is wrong, and what is used instead ("/accent_color: must be \"#rrggbb\", not
  // 'green'; using the default colour"). Empty when the file is clean.
  std::vector<std::string> warnings;
};

// Reads config.json text. Never fails: problems become warnings and defaults,
// in `words`' language (pointers, field names and quoted values as they are).
BrandingResult ParseBranding(std::string_view json_text,
                             const MessageCatalog& words = EnglishMessages());

// The settings as JSON, in config.json's own field names (accent_color as "#rrggbb",
// absent fields omitted), for the page's script and for tests.
std::string BrandingToJson(const Branding& branding);

// Checks used by ParseBranding, exposed for tests and for other readers of links.
bool IsAllowedLinkUrl(std::string_view url);
bool IsSafeRelativeImagePath(std::string_view path);
// "name@example.org": letters, digits and . _ + - before the @, a dotted
// domain after it, at most 254 characters; nothing a mailto: link would read
// as more than the address.
bool IsPlainEmailAddress(std::string_view address);
std::optional<uint32_t> ParseHexColour(std::string_view text);  // "#rrggbb" only.

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_BRANDING_H_
