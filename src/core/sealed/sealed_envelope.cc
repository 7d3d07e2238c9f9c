#include "core/sealed/sealed_envelope.h"

#include <iterator>

namespace cloudgap {

SealedScheme SchemeFor(KeyKind kind) {
  return kind == KeyKind::kEcP256 ? SealedScheme::kEcdhP256 : SealedScheme::kRsaOaep;
}

KeyKind KindOf(SealedScheme scheme) {
  return scheme == SealedScheme::kEcdhP256 ? KeyKind::kEcP256 : KeyKind::kRsa;
}

namespace {

// Each SealedError's sentence, in the enum's order; a table rather than a
// switch of lookups, for the bytes of the web page.
constexpr const char* kSealedErrorMessages[] = {
    "",
    TrLater("This is not a sealed CloudGap result."),
    TrLater("The sealed result is incomplete: part of it is missing, perhaps cut off when it was "
            "sent. Copy the whole link, or ask the sender to send it again."),
    TrLater("The sealed result is damaged: some of its characters were changed. Ask the sender to "
            "send it again."),
    TrLater("The sealed result was made by a newer version of CloudGap. Open it with that version, "
            "or update CloudGap."),
    TrLater("The sealed result is too large to be one that CloudGap made."),
    TrLater("The result was sealed for another key, not this private key's: perhaps for an "
            "earlier key of yours, or for another host. Ask the sender to send it again."),
    TrLater("The sealed result was changed or damaged after it was sealed: it was sealed for this "
            "key, but it does not open. Ask the sender to send it again."),
    TrLater("The private key cannot be read: give the PEM file 'openssl genpkey' wrote, which "
            "starts with -----BEGIN PRIVATE KEY-----."),
    TrLater("The private key is of the other kind: the result was sealed for an RSA key and this "
            "one is an elliptic-curve key, or the reverse. Give the private key whose public key "
            "the sender used."),
};
static_assert(std::size(kSealedErrorMessages) ==
              static_cast<size_t>(SealedError::kWrongKeyKind) + 1);

}  // namespace

std::string SealedErrorMessage(SealedError error, const MessageCatalog& words) {
  if (error == SealedError::kNone) return "";
  return std::string(words.Tr(kSealedErrorMessages[static_cast<size_t>(error)]));
}

std::string FormatSealedHeader(SealedScheme scheme, std::string_view key_id) {
  std::string bytes;
  bytes += static_cast<char>(kSealedVersion);
  bytes += static_cast<char>(scheme);
  bytes += key_id;
  return bytes;
}

std::string FormatSealedEnvelope(const SealedEnvelope& envelope) {
  std::string bytes = FormatSealedHeader(envelope.scheme, envelope.key_id);
  bytes.reserve(kSealedHeaderBytes + envelope.encapsulated_key.size() + kSealedIvBytes +
                envelope.ciphertext.size());
  bytes += envelope.encapsulated_key;
  bytes += envelope.iv;
  bytes += envelope.ciphertext;
  return bytes;
}

std::string_view SealedAad(std::string_view bytes) {
  return bytes.substr(0, kSealedHeaderBytes);
}

SealedHeaderParse ParseSealedHeader(std::string_view bytes) {
  SealedHeaderParse result;
  auto fail = [&result](SealedError error) {
    result.error = error;
    return result;
  };
  // Each byte is judged as soon as it is there: a version 2 cut short is still newer.
  if (bytes.empty()) return fail(SealedError::kIncomplete);
  const auto version = static_cast<unsigned char>(bytes[0]);
  if (version != kSealedVersion) {
    return fail(version == 0 ? SealedError::kDamaged : SealedError::kNewer);
  }
  if (bytes.size() < 2) return fail(SealedError::kIncomplete);
  const auto scheme = static_cast<unsigned char>(bytes[1]);
  if (scheme == 0) return fail(SealedError::kDamaged);
  if (scheme > static_cast<unsigned char>(SealedScheme::kRsaOaep)) {
    return fail(SealedError::kNewer);
  }
  if (bytes.size() < kSealedHeaderBytes) return fail(SealedError::kIncomplete);
  result.header =
      SealedHeader{static_cast<SealedScheme>(scheme), std::string(bytes.substr(2, kKeyIdBytes))};
  return result;
}

SealedEnvelopeParse ParseSealedEnvelope(std::string_view bytes, const PublicKey& key) {
  SealedEnvelopeParse result;
  auto fail = [&result](SealedError error) {
    result.error = error;
    return result;
  };
  SealedHeaderParse header = ParseSealedHeader(bytes);
  if (!header.header) return fail(header.error);
  const bool same_kind = KindOf(header.header->scheme) == key.kind;
  if (header.header->key_id != key.key_id) {
    return fail(same_kind ? SealedError::kOtherKey : SealedError::kWrongKeyKind);
  }
  if (!same_kind) return fail(SealedError::kDamaged);
  const size_t key_bytes = key.kind == KeyKind::kEcP256 ? kP256PointBytes : key.rsa_bytes();
  if (bytes.size() < kSealedHeaderBytes + key_bytes + kSealedIvBytes + kSealedTagBytes) {
    return fail(SealedError::kIncomplete);
  }
  SealedEnvelope envelope;
  envelope.scheme = header.header->scheme;
  envelope.key_id = std::move(header.header->key_id);
  size_t at = kSealedHeaderBytes;
  envelope.encapsulated_key = std::string(bytes.substr(at, key_bytes));
  at += key_bytes;
  envelope.iv = std::string(bytes.substr(at, kSealedIvBytes));
  at += kSealedIvBytes;
  envelope.ciphertext = std::string(bytes.substr(at));
  result.envelope = std::move(envelope);
  return result;
}

}  // namespace cloudgap
