// UUIDs for exported documents. OSCAL needs one on nearly every object, and
// re-exporting the same assessment must give the same ones, so they are
// name-based (RFC 4122 version 5: SHA-1 over a namespace UUID and a name)
// rather than random. The names CloudGap uses are listed in
// docs/report-format.md; change none of them, or every exported id changes.
#ifndef CLOUDGAP_CORE_TEXT_UUID_H_
#define CLOUDGAP_CORE_TEXT_UUID_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace cloudgap {

using Uuid = std::array<unsigned char, 16>;

// "6ba7b811-9dad-11d1-80b4-00c04fd430c8": lowercase, hyphenated.
std::string FormatUuid(const Uuid& uuid);
// The hyphenated form, either case; nullopt for anything else.
std::optional<Uuid> ParseUuid(std::string_view text);

// RFC 4122 version 5: the same namespace and name always give the same UUID.
Uuid NameBasedUuid(const Uuid& name_space, std::string_view name);

// RFC 4122's namespace for names that are URLs.
const Uuid& UrlNamespaceUuid();

// CloudGap's own namespace: version 5 of the URL namespace and
// "https://cloudgap.example/ns/oscal", 880f3d5e-3dd6-5cc9-9596-f8020ce680dd. Fixed
// forever, whatever URI the namespace is later published under.
const Uuid& CloudGapNamespaceUuid();

// FormatUuid(NameBasedUuid(CloudGapNamespaceUuid(), name)).
std::string CloudGapUuid(std::string_view name);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_UUID_H_
