#include "core/sealed/sealed_envelope.h"

#include <gtest/gtest.h>

#include <string>

#include "core/testing/test_keys.h"

namespace cloudgap {
namespace {

PublicKey Key(const char* pem) {
  return *ReadPublicKeyPem(pem).key;
}

// An envelope for `key`, its parts filled with recognisable bytes.
SealedEnvelope EnvelopeFor(const PublicKey& key, size_t ciphertext_bytes = 40) {
  SealedEnvelope e;
  e.scheme = SchemeFor(key.kind);
  e.key_id = key.key_id;
  e.encapsulated_key =
      key.kind == KeyKind::kEcP256 ? key.ec_point : std::string(key.rsa_bytes(), 'k');
  e.iv = std::string(kSealedIvBytes, 'i');
  e.ciphertext = std::string(ciphertext_bytes, 'c');
  return e;
}

void ExpectSame(const SealedEnvelope& a, const SealedEnvelope& b) {
  EXPECT_EQ(a.scheme, b.scheme);
  EXPECT_EQ(a.key_id, b.key_id);
  EXPECT_EQ(a.encapsulated_key, b.encapsulated_key);
  EXPECT_EQ(a.iv, b.iv);
  EXPECT_EQ(a.ciphertext, b.ciphertext);
}

TEST(SealedEnvelope, FormatsTheSpecsLayout) {
  const PublicKey ec = Key(kEcPublicKey);
  const std::string bytes = FormatSealedEnvelope(EnvelopeFor(ec));
  ASSERT_EQ(bytes.size(), 10u + 65 + 12 + 40);
  EXPECT_EQ(bytes[0], '\x01');
  EXPECT_EQ(bytes[1], '\x01');
  EXPECT_EQ(bytes.substr(2, 8), ec.key_id);
  EXPECT_EQ(bytes.substr(10, 65), ec.ec_point);
  EXPECT_EQ(bytes.substr(75, 12), std::string(12, 'i'));
  EXPECT_EQ(SealedAad(bytes), bytes.substr(0, 10));

  const PublicKey rsa = Key(kRsaPublicKey);
  const std::string rsa_bytes = FormatSealedEnvelope(EnvelopeFor(rsa));
  ASSERT_EQ(rsa_bytes.size(), 10u + 256 + 12 + 40);
  EXPECT_EQ(rsa_bytes[1], '\x02');
}

TEST(SealedEnvelope, RoundTripsForEitherKindOfKey) {
  for (const char* pem : {kEcPublicKey, kRsaPublicKey, kRsa3072PublicKey}) {
    const PublicKey key = Key(pem);
    for (size_t n : {size_t{16}, size_t{17}, size_t{5000}}) {
      const SealedEnvelope envelope = EnvelopeFor(key, n);
      const SealedEnvelopeParse parse = ParseSealedEnvelope(FormatSealedEnvelope(envelope), key);
      ASSERT_TRUE(parse.envelope) << static_cast<int>(parse.error);
      EXPECT_EQ(parse.error, SealedError::kNone);
      ExpectSame(*parse.envelope, envelope);
    }
  }
}

TEST(SealedEnvelope, AnEnvelopeCutShortIsIncompleteWhereverItIsCut) {
  for (const char* pem : {kEcPublicKey, kRsaPublicKey}) {
    const PublicKey key = Key(pem);
    // The shortest envelope: an empty plaintext, its tag alone.
    const std::string bytes = FormatSealedEnvelope(EnvelopeFor(key, kSealedTagBytes));
    for (size_t n = 0; n < bytes.size(); ++n) {
      EXPECT_EQ(ParseSealedEnvelope(bytes.substr(0, n), key).error, SealedError::kIncomplete) << n;
    }
    EXPECT_EQ(ParseSealedEnvelope(bytes, key).error, SealedError::kNone);
  }
}

// Each byte of the header, changed to every other value, is refused as what it
// then says; no change goes unnoticed.
TEST(SealedEnvelope, AnyChangedHeaderByteIsRefusedAsWhatItSays) {
  for (const char* pem : {kEcPublicKey, kRsaPublicKey}) {
    const PublicKey key = Key(pem);
    const std::string bytes = FormatSealedEnvelope(EnvelopeFor(key));
    for (size_t i = 0; i < kSealedHeaderBytes; ++i) {
      for (int v = 0; v < 256; ++v) {
        if (static_cast<char>(v) == bytes[i]) continue;
        std::string changed = bytes;
        changed[i] = static_cast<char>(v);
        SealedError expected = SealedError::kOtherKey;  // Bytes 2 to 9: the key id.
        if (i == 0) {
          expected = v == 0 ? SealedError::kDamaged : SealedError::kNewer;
        } else if (i == 1) {
          // The other scheme with this key's id: only a change does that.
          expected = v > 2 ? SealedError::kNewer : SealedError::kDamaged;
        }
        EXPECT_EQ(ParseSealedEnvelope(changed, key).error, expected)
            << pem << " byte " << i << " = " << v;
      }
    }
  }
}

TEST(SealedEnvelope, TellsAnotherKeyFromAnotherKindOfKey) {
  const std::string for_ec = FormatSealedEnvelope(EnvelopeFor(Key(kEcPublicKey)));
  const std::string for_rsa = FormatSealedEnvelope(EnvelopeFor(Key(kRsaPublicKey)));
  EXPECT_EQ(ParseSealedEnvelope(for_ec, Key(kOtherEcPublicKey)).error, SealedError::kOtherKey);
  EXPECT_EQ(ParseSealedEnvelope(for_rsa, Key(kOtherRsaPublicKey)).error, SealedError::kOtherKey);
  EXPECT_EQ(ParseSealedEnvelope(for_ec, Key(kRsaPublicKey)).error, SealedError::kWrongKeyKind);
  EXPECT_EQ(ParseSealedEnvelope(for_rsa, Key(kEcPublicKey)).error, SealedError::kWrongKeyKind);
  // An RSA key of another size is another key, whatever the envelope's length.
  EXPECT_EQ(ParseSealedEnvelope(for_rsa, Key(kRsa3072PublicKey)).error, SealedError::kOtherKey);
}

TEST(SealedEnvelope, ReadsTheHeaderAlone) {
  const PublicKey rsa = Key(kRsaPublicKey);
  const SealedHeaderParse header = ParseSealedHeader(FormatSealedEnvelope(EnvelopeFor(rsa)));
  ASSERT_TRUE(header.header);
  EXPECT_EQ(header.header->scheme, SealedScheme::kRsaOaep);
  EXPECT_EQ(header.header->key_id, rsa.key_id);
  EXPECT_EQ(ParseSealedHeader("").error, SealedError::kIncomplete);
  EXPECT_EQ(ParseSealedHeader("\x02").error, SealedError::kNewer);  // Newer, though cut short.
  EXPECT_EQ(ParseSealedHeader(std::string("\x01\x00", 2)).error, SealedError::kDamaged);
  EXPECT_EQ(ParseSealedHeader("\x01\x01"
                              "1234567")
                .error,
            SealedError::kIncomplete);
  EXPECT_EQ(ParseSealedHeader("\x01\x01"
                              "12345678")
                .error,
            SealedError::kNone);
}

TEST(SealedEnvelope, SchemesGoWithKindsOfKey) {
  EXPECT_EQ(SchemeFor(KeyKind::kEcP256), SealedScheme::kEcdhP256);
  EXPECT_EQ(SchemeFor(KeyKind::kRsa), SealedScheme::kRsaOaep);
  EXPECT_EQ(KindOf(SealedScheme::kEcdhP256), KeyKind::kEcP256);
  EXPECT_EQ(KindOf(SealedScheme::kRsaOaep), KeyKind::kRsa);
}

TEST(SealedEnvelope, EveryRefusalHasASentenceAndNoneIsEmpty) {
  EXPECT_EQ(SealedErrorMessage(SealedError::kNone), "");
  for (SealedError e :
       {SealedError::kNotSealed, SealedError::kIncomplete, SealedError::kDamaged,
        SealedError::kNewer, SealedError::kTooLarge, SealedError::kOtherKey, SealedError::kChanged,
        SealedError::kBadPrivateKey, SealedError::kWrongKeyKind}) {
    const std::string message = SealedErrorMessage(e);
    EXPECT_NE(message, "") << static_cast<int>(e);
    EXPECT_EQ(message.back(), '.') << message;
  }
  EXPECT_NE(SealedErrorMessage(SealedError::kOtherKey).find("Ask the sender to send it again"),
            std::string::npos);
}

}  // namespace
}  // namespace cloudgap
