#include "core/sealed/public_key.h"

#include <gtest/gtest.h>

#include <string>

#include "core/testing/test_keys.h"
#include "core/text/hex.h"

namespace cloudgap {
namespace {

std::string HexOf(std::string_view bytes) {
  std::string hex;
  for (char c : bytes) AppendHex(hex, static_cast<unsigned char>(c));
  return hex;
}

TEST(PublicKey, ReadsP256KeysWithTheKeyIdOpensslComputes) {
  const struct {
    const char* pem;
    const char* id;
  } kKeys[] = {{kEcPublicKey, kEcKeyIdHex}, {kOtherEcPublicKey, kOtherEcKeyIdHex}};
  for (const auto& [pem, id] : kKeys) {
    const PublicKeyRead read = ReadPublicKeyPem(pem);
    ASSERT_TRUE(read.key) << read.message;
    EXPECT_EQ(read.error, KeyError::kNone);
    EXPECT_EQ(read.message, "");
    EXPECT_EQ(read.key->kind, KeyKind::kEcP256);
    EXPECT_EQ(HexOf(read.key->key_id), id);
    ASSERT_EQ(read.key->ec_point.size(), kP256PointBytes);
    EXPECT_EQ(read.key->ec_point[0], '\x04');
    EXPECT_EQ(read.key->spki_der.size(), 91u);
  }
}

TEST(PublicKey, ReadsRsaKeysWithTheirModulusLength) {
  const PublicKeyRead rsa = ReadPublicKeyPem(kRsaPublicKey);
  ASSERT_TRUE(rsa.key) << rsa.message;
  EXPECT_EQ(rsa.key->kind, KeyKind::kRsa);
  EXPECT_EQ(rsa.key->rsa_bits, 2048);
  EXPECT_EQ(rsa.key->rsa_bytes(), 256u);
  EXPECT_EQ(HexOf(rsa.key->key_id), kRsaKeyIdHex);
  EXPECT_EQ(HexOf(ReadPublicKeyPem(kOtherRsaPublicKey).key->key_id), kOtherRsaKeyIdHex);

  const PublicKeyRead rsa3072 = ReadPublicKeyPem(kRsa3072PublicKey);
  ASSERT_TRUE(rsa3072.key) << rsa3072.message;
  EXPECT_EQ(rsa3072.key->rsa_bits, 3072);
  EXPECT_EQ(rsa3072.key->rsa_bytes(), 384u);
  EXPECT_EQ(HexOf(rsa3072.key->key_id), kRsa3072KeyIdHex);
}

TEST(PublicKey, TheKeyIdIsTheFirstEightBytesOfTheDersSha256) {
  const PublicKeyRead read = ReadPublicKeyPem(kEcPublicKey);
  ASSERT_TRUE(read.key);
  EXPECT_EQ(read.key->key_id, KeyId(read.key->spki_der));
  EXPECT_EQ(KeyId("").size(), kKeyIdBytes);
  EXPECT_EQ(HexOf(KeyId("abc")), "ba7816bf8f01cfea");  // FIPS 180-2's "abc".
}

TEST(PublicKey, RefusesOtherKindsOfKeyNamingThem) {
  const struct {
    const char* pem;
    KeyError error;
    const char* message;
  } kCases[] = {
      {kRsa1024PublicKey, KeyError::kRsaSize,
       "The public key is an RSA key of 1024 bits: CloudGap takes RSA keys of 2048 to 8192 "
       "bits."},
      {kP384PublicKey, KeyError::kUnsupportedKey,
       "The public key is an elliptic-curve key on P-384 (secp384r1): CloudGap seals for "
       "elliptic-curve P-256 keys and RSA keys of 2048 to 8192 bits."},
      {kEd25519PublicKey, KeyError::kUnsupportedKey,
       "The public key is an Ed25519 key: CloudGap seals for elliptic-curve P-256 keys and RSA "
       "keys of 2048 to 8192 bits."},
      {kEcPrivateKey, KeyError::kWrongLabel,
       "This is a private key, not a public key: give the public key ('openssl pkey -in "
       "private.pem -pubout'), and keep the private key to yourself."},
      {"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", KeyError::kWrongLabel,
       "This is a PEM 'CERTIFICATE', not a public key: give the file 'openssl pkey -pubout' "
       "writes, which starts with -----BEGIN PUBLIC KEY-----."},
      {"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", KeyError::kNotPem,
       "This is not a PEM public key: give the file 'openssl pkey -pubout' writes, which starts "
       "with -----BEGIN PUBLIC KEY-----."},
      {"-----BEGIN PUBLIC KEY-----\nMFkw*\n-----END PUBLIC KEY-----\n", KeyError::kDamaged,
       "The public key is damaged: it is not a valid SubjectPublicKeyInfo. Export it again with "
       "'openssl pkey -in private.pem -pubout'."},
  };
  for (const auto& c : kCases) {
    const PublicKeyRead read = ReadPublicKeyPem(c.pem);
    EXPECT_FALSE(read.key) << c.pem;
    EXPECT_EQ(read.error, c.error) << c.pem;
    EXPECT_EQ(read.message, c.message) << c.pem;
  }
}

TEST(PublicKey, PemMayHaveAnyLineEndsAndTextAround) {
  std::string pem = "Our key:\r\n" + std::string(kEcPublicKey) + "(end)";
  for (size_t at = pem.find('\n'); at != std::string::npos; at = pem.find('\n', at + 2)) {
    pem.replace(at, 1, "\r\n");
  }
  const PublicKeyRead read = ReadPublicKeyPem(pem);
  ASSERT_TRUE(read.key) << read.message;
  EXPECT_EQ(HexOf(read.key->key_id), kEcKeyIdHex);
  EXPECT_FALSE(DecodePem("-----BEGIN PUBLIC KEY-----\nAAAA\n", "PUBLIC KEY"));  // No end.
}

TEST(PublicKey, DecodePemNamesTheLabelFound) {
  std::string label;
  EXPECT_TRUE(DecodePem(kRsaPrivateKey, "PRIVATE KEY", &label));
  EXPECT_EQ(label, "PRIVATE KEY");
  EXPECT_FALSE(DecodePem(kRsaPrivateKey, "PUBLIC KEY", &label));
  EXPECT_EQ(label, "PRIVATE KEY");
  EXPECT_FALSE(DecodePem("no PEM here", "PUBLIC KEY", &label));
  EXPECT_EQ(label, "");
}

// Every proper prefix of a key's DER, and every DER with one byte changed,
// is refused or read as another valid key; never out of bounds (ASan).
TEST(PublicKey, AnyCutOrChangedDerIsRefusedOrAnotherKey) {
  for (const char* pem : {kEcPublicKey, kRsaPublicKey}) {
    const std::string der = *DecodePem(pem, "PUBLIC KEY");
    for (size_t n = 0; n < der.size(); ++n) {
      EXPECT_EQ(ReadPublicKeyDer(der.substr(0, n)).error, KeyError::kDamaged) << n;
    }
    EXPECT_EQ(ReadPublicKeyDer(der + '\0').error, KeyError::kDamaged);
    for (size_t i = 0; i < der.size(); ++i) {
      std::string changed = der;
      changed[i] = static_cast<char>(changed[i] ^ 0x01);
      const PublicKeyRead read = ReadPublicKeyDer(changed);
      if (read.key) {
        EXPECT_NE(read.key->key_id, KeyId(der)) << i;
      } else {
        EXPECT_NE(read.message, "") << i;
      }
    }
  }
}

TEST(PublicKey, RefusesDerLengthsThatAreNotMinimal) {
  std::string der = *DecodePem(kEcPublicKey, "PUBLIC KEY");
  ASSERT_EQ(der.substr(0, 2), "\x30\x59");
  // The same SEQUENCE, its length in the long form: BER, not DER.
  const std::string long_form = "\x30\x81\x59" + der.substr(2);
  EXPECT_EQ(ReadPublicKeyDer(long_form).error, KeyError::kDamaged);
}

TEST(PublicKey, KindsAreDescribedForPeople) {
  EXPECT_STREQ(KeyKindDescription(KeyKind::kEcP256), "an elliptic-curve (P-256) key");
  EXPECT_STREQ(KeyKindDescription(KeyKind::kRsa), "an RSA key");
}

}  // namespace
}  // namespace cloudgap
