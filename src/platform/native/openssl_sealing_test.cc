#include "platform/native/openssl_sealing.h"

#include <gtest/gtest.h>

#include <string>

#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/document/share_link.h"
#include "core/sealed/sealed_plaintext.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_keys.h"
#include "core/text/hex.h"

namespace cloudgap {
namespace {

PublicKey Key(const char* pem) {
  return *ReadPublicKeyPem(pem).key;
}

std::string HexOf(std::string_view bytes) {
  std::string hex;
  for (char c : bytes) AppendHex(hex, static_cast<unsigned char>(c));
  return hex;
}

struct KeyPair {
  const char* private_pem;
  const char* public_pem;
};
constexpr KeyPair kPairs[] = {{kEcPrivateKey, kEcPublicKey}, {kRsaPrivateKey, kRsaPublicKey}};

std::string Seal(const char* public_pem, std::string_view plaintext) {
  OpenSslSealing crypto;
  SealOutcome sealed = crypto.Seal(Key(public_pem), plaintext);
  EXPECT_TRUE(sealed.envelope) << sealed.problem;
  return sealed.envelope.value_or("");
}

OpenOutcome Open(const char* private_pem, std::string_view envelope) {
  OpenSslSealing crypto;
  return crypto.Open(private_pem, envelope);
}

TEST(OpenSslSealing, HkdfMatchesRfc5869TestCase3) {
  // Zero-length salt and info.
  EXPECT_EQ(HexOf(HkdfSha256(std::string(22, '\x0b'), "", 42).value_or("")),
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

TEST(OpenSslSealing, RoundTripsWithEitherKindOfKey) {
  for (const KeyPair& pair : kPairs) {
    for (const std::string& plaintext :
         {std::string(), std::string("x"), std::string(70000, 'p')}) {
      const std::string envelope = Seal(pair.public_pem, plaintext);
      const PublicKey key = Key(pair.public_pem);
      const size_t key_bytes = key.kind == KeyKind::kEcP256 ? 65 : 256;
      EXPECT_EQ(envelope.size(), 10 + key_bytes + 12 + plaintext.size() + 16);
      EXPECT_EQ(envelope[0], '\x01');
      EXPECT_EQ(envelope[1], static_cast<char>(SchemeFor(key.kind)));
      EXPECT_EQ(envelope.substr(2, 8), key.key_id);
      const OpenOutcome opened = Open(pair.private_pem, envelope);
      ASSERT_TRUE(opened.plaintext) << SealedErrorMessage(opened.error) << opened.detail;
      EXPECT_EQ(*opened.plaintext, plaintext);
    }
  }
}

TEST(OpenSslSealing, EverySealingIsFresh) {
  for (const KeyPair& pair : kPairs) {
    const std::string a = Seal(pair.public_pem, "the same");
    const std::string b = Seal(pair.public_pem, "the same");
    EXPECT_EQ(a.substr(0, 10), b.substr(0, 10));
    EXPECT_NE(a.substr(10, 65), b.substr(10, 65));  // One-time key or wrapped AES key.
    EXPECT_NE(a.substr(a.size() - 40), b.substr(b.size() - 40));  // IV, ciphertext, tag.
  }
}

TEST(OpenSslSealing, AnotherKeyOfTheSameKindIsTold) {
  const OpenOutcome ec = Open(kOtherEcPrivateKey, Seal(kEcPublicKey, "x"));
  EXPECT_FALSE(ec.plaintext);
  EXPECT_EQ(ec.error, SealedError::kOtherKey);
  const OpenOutcome rsa = Open(kOtherRsaPrivateKey, Seal(kRsaPublicKey, "x"));
  EXPECT_FALSE(rsa.plaintext);
  EXPECT_EQ(rsa.error, SealedError::kOtherKey);
}

TEST(OpenSslSealing, AKeyOfTheOtherKindIsTold) {
  EXPECT_EQ(Open(kRsaPrivateKey, Seal(kEcPublicKey, "x")).error, SealedError::kWrongKeyKind);
  EXPECT_EQ(Open(kEcPrivateKey, Seal(kRsaPublicKey, "x")).error, SealedError::kWrongKeyKind);
}

TEST(OpenSslSealing, APrivateKeyThatCannotBeReadIsTold) {
  const std::string envelope = Seal(kEcPublicKey, "x");
  const struct {
    std::string pem;
    const char* detail;
  } kCases[] = {
      {"", "it is not PEM text"},
      {kEcPublicKey, "it is a public key; opening needs the private key"},
      {"-----BEGIN PRIVATE KEY-----\nAAA*\n-----END PRIVATE KEY-----\n", "its base64 is damaged"},
      {"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
       "OpenSSL cannot read it as PKCS #8"},
      {"-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
       "it is protected by a passphrase; write a copy without one with 'openssl pkey -in key.pem "
       "-out plain-key.pem'"},
      {"-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n",
       "it is in the older 'EC PRIVATE KEY' format; convert it with 'openssl pkcs8 -topk8 -nocrypt "
       "-in key.pem -out key-pkcs8.pem'"},
      {kP384PrivateKey,
       "it is an elliptic-curve key on P-384 (secp384r1): CloudGap seals for elliptic-curve P-256 "
       "keys and RSA keys of 2048 to 8192 bits."},
      {kEd25519PrivateKey,
       "it is an Ed25519 key: CloudGap seals for elliptic-curve P-256 keys and RSA keys of 2048 "
       "to 8192 bits."},
  };
  for (const auto& c : kCases) {
    const OpenOutcome opened = Open(c.pem.c_str(), envelope);
    EXPECT_FALSE(opened.plaintext);
    EXPECT_EQ(opened.error, SealedError::kBadPrivateKey) << c.pem;
    EXPECT_EQ(opened.detail, c.detail);
  }
}

// The same refusals in German and French (`--language`), and a sealing that
// OpenSSL refuses: CloudGap's own words about what OpenSSL did, in the language.
TEST(OpenSslSealing, WhatItSaysIsInTheLanguage) {
  const std::string envelope = Seal(kEcPublicKey, "x");
  const std::string n = "\u00a0";
  const struct {
    std::string pem;
    std::string german, french;
  } kCases[] = {
      {"", "er ist kein PEM-Text", "ce n’est pas du texte PEM"},
      {kEcPublicKey,
       "er ist ein öffentlicher Schlüssel; zum Öffnen braucht es den privaten Schlüssel",
       "c’est une clé publique" + n + "; l’ouverture demande la clé privée"},
      {"-----BEGIN PRIVATE KEY-----\nAAA*\n-----END PRIVATE KEY-----\n",
       "sein Base64 ist beschädigt", "son base64 est endommagé"},
      {"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
       "OpenSSL kann ihn nicht als PKCS #8 lesen",
       "OpenSSL ne parvient pas à la lire en tant que PKCS #8"},
      {"-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
       "er ist durch eine Passphrase geschützt; schreiben Sie mit 'openssl pkey -in key.pem -out "
       "plain-key.pem' eine Kopie ohne Passphrase",
       "elle est protégée par une phrase secrète" + n +
           "; écrivez-en une copie sans phrase secrète avec 'openssl pkey -in key.pem -out "
           "plain-key.pem'"},
      {"-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n",
       "er ist im älteren Format 'RSA PRIVATE KEY'; wandeln Sie ihn mit 'openssl pkcs8 -topk8 "
       "-nocrypt -in key.pem -out key-pkcs8.pem' um",
       "elle est dans l’ancien format 'RSA PRIVATE KEY'" + n +
           "; convertissez-la avec 'openssl pkcs8 -topk8 -nocrypt -in key.pem -out "
           "key-pkcs8.pem'"},
      {"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
       "er ist ein PEM-Block 'CERTIFICATE', kein privater Schlüssel",
       "c’est un bloc PEM 'CERTIFICATE', pas une clé privée"},
  };
  const ShippedLanguage german = LoadShippedLanguage("de"), french = LoadShippedLanguage("fr");
  ASSERT_EQ(german.problem, "");
  ASSERT_EQ(french.problem, "");
  for (const auto& c : kCases) {
    const OpenOutcome english = Open(c.pem.c_str(), envelope);
    for (const ShippedLanguage* shipped : {&german, &french}) {
      OpenSslSealing crypto(shipped->words);
      const OpenOutcome opened = crypto.Open(c.pem, envelope);
      EXPECT_FALSE(opened.plaintext);
      EXPECT_EQ(opened.error, english.error);
      EXPECT_EQ(opened.detail, shipped == &german ? c.german : c.french);
    }
  }
  EXPECT_EQ(Open("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", envelope).detail,
            "it is a PEM 'CERTIFICATE', not a private key");
  PublicKey unreadable = Key(kEcPublicKey);
  unreadable.spki_der = "not DER";
  EXPECT_EQ(OpenSslSealing().Seal(unreadable, "x").problem, "OpenSSL cannot read the public key");
  EXPECT_EQ(OpenSslSealing(german.words).Seal(unreadable, "x").problem,
            "OpenSSL kann den öffentlichen Schlüssel nicht lesen");
  EXPECT_EQ(OpenSslSealing(french.words).Seal(unreadable, "x").problem,
            "OpenSSL ne parvient pas à lire la clé publique");
}

// The property: change any one byte of an envelope, in any of several ways,
// and it never opens; it is refused as what the change made of it.
TEST(OpenSslSealing, AnyChangedByteIsRefusedAndClassified) {
  for (const KeyPair& pair : kPairs) {
    const std::string envelope = Seal(pair.public_pem, "a small plaintext");
    for (size_t i = 0; i < envelope.size(); ++i) {
      for (int mask : {0x01, 0x02, 0x80, 0xff}) {
        std::string changed = envelope;
        changed[i] = static_cast<char>(changed[i] ^ mask);
        const auto value = static_cast<unsigned char>(changed[i]);
        SealedError expected = SealedError::kChanged;
        if (i == 0) {
          expected = value == 0 ? SealedError::kDamaged : SealedError::kNewer;
        } else if (i == 1) {
          expected = value > 2 ? SealedError::kNewer : SealedError::kDamaged;
        } else if (i < kSealedHeaderBytes) {
          expected = SealedError::kOtherKey;
        }
        const OpenOutcome opened = Open(pair.private_pem, changed);
        EXPECT_FALSE(opened.plaintext) << "byte " << i << " ^ " << mask;
        EXPECT_EQ(opened.error, expected) << "byte " << i << " ^ " << mask;
      }
    }
  }
}

TEST(OpenSslSealing, ACutOrLengthenedEnvelopeNeverOpens) {
  for (const KeyPair& pair : kPairs) {
    const std::string envelope = Seal(pair.public_pem, "a small plaintext");
    const PublicKey key = Key(pair.public_pem);
    const size_t shortest = 10 + (key.kind == KeyKind::kEcP256 ? 65 : 256) + 12 + 16;
    for (size_t n = 0; n < envelope.size(); ++n) {
      const OpenOutcome opened = Open(pair.private_pem, envelope.substr(0, n));
      EXPECT_FALSE(opened.plaintext) << n;
      EXPECT_EQ(opened.error, n < shortest ? SealedError::kIncomplete : SealedError::kChanged) << n;
    }
    EXPECT_EQ(Open(pair.private_pem, envelope + '\0').error, SealedError::kChanged);
  }
}

TEST(OpenSslSealing, ADocumentSealedThenOpenedIsTheSameDocument) {
  const Assessment a = ExampleAssessment();
  for (const KeyPair& pair : kPairs) {
    for (bool notes : {true, false}) {
      OpenSslSealing crypto;
      const SealOutcome sealed = SealDocument(crypto, Key(pair.public_pem), a, notes);
      ASSERT_TRUE(sealed.envelope) << sealed.problem;
      const OpenOutcome opened = OpenSealedDocumentJson(crypto, pair.private_pem, *sealed.envelope);
      ASSERT_TRUE(opened.plaintext) << SealedErrorMessage(opened.error) << opened.detail;
      EXPECT_EQ(*opened.plaintext, ShareDocumentJson(a, notes));
      const DocumentParseResult loaded = LoadAssessmentDocument(TestCatalog(), *opened.plaintext);
      ASSERT_TRUE(loaded.assessment);
      if (notes) {
        EXPECT_EQ(*loaded.assessment, a);
      } else {
        EXPECT_EQ(SerializeAssessmentDocument(*loaded.assessment, JsonStyle::kCompact),
                  ShareDocumentJson(a, false));
      }
    }
  }
}

TEST(OpenSslSealing, WhatOpensButIsNotADocumentIsDamaged) {
  OpenSslSealing crypto;
  const OpenOutcome opened =
      OpenSealedDocumentJson(crypto, kEcPrivateKey, Seal(kEcPublicKey, "not zlib"));
  EXPECT_FALSE(opened.plaintext);
  EXPECT_EQ(opened.error, SealedError::kDamaged);
  EXPECT_EQ(opened.detail, "it opened, but what it holds is not a compressed document");
}

}  // namespace
}  // namespace cloudgap
