// Sealed results refused in German and French (issue 17): the envelope's and
// the carrier's sentences, a public key's, and what a sealed result holds, in
// the visitor's language, each with the same class as in English; commands,
// PEM labels and values as written.
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <string_view>

#include "core/catalog/catalog_loader.h"
#include "core/sealed/public_key.h"
#include "core/sealed/result_crypto.h"
#include "core/sealed/sealed_carrier.h"
#include "core/sealed/sealed_envelope.h"
#include "core/sealed/sealed_plaintext.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_keys.h"

namespace cloudgap {
namespace {

const MessageCatalog& German() {
  static const ShippedLanguage* german = new ShippedLanguage(LoadShippedLanguage("de"));
  return german->words;
}

const MessageCatalog& French() {
  static const ShippedLanguage* french = new ShippedLanguage(LoadShippedLanguage("fr"));
  return french->words;
}

TEST(SealedLanguage, EveryRefusalOfTheEnvelopeIsInTheLanguage) {
  EXPECT_EQ(SealedErrorMessage(SealedError::kDamaged, German()),
            "Das versiegelte Ergebnis ist beschädigt: Einige seiner Zeichen wurden verändert. "
            "Bitten Sie den Absender, es erneut zu senden.");
  EXPECT_EQ(SealedErrorMessage(SealedError::kOtherKey, French()),
            "Le résultat a été scellé pour une autre clé, et non pour cette clé privée\u00a0: "
            "peut-être pour l’une de vos anciennes clés, ou pour un autre destinataire. Demandez "
            "à l’expéditeur de le renvoyer.");
  for (SealedError error :
       {SealedError::kNotSealed, SealedError::kIncomplete, SealedError::kDamaged,
        SealedError::kNewer, SealedError::kTooLarge, SealedError::kOtherKey, SealedError::kChanged,
        SealedError::kBadPrivateKey, SealedError::kWrongKeyKind}) {
    const std::string english = SealedErrorMessage(error);
    ASSERT_FALSE(english.empty());
    for (const MessageCatalog* words : {&German(), &French()}) {
      const std::string worded = SealedErrorMessage(error, *words);
      EXPECT_NE(worded, english);
      EXPECT_EQ(worded.find("sealed"), std::string::npos) << worded;
    }
  }
  EXPECT_EQ(SealedErrorMessage(SealedError::kNone, German()), "");
}

TEST(SealedLanguage, APublicKeysRefusalNamesItsKindInTheLanguage) {
  const struct {
    const char* pem;
    KeyError error;
    const char* german;
    const char* french;
  } kCases[] = {
      {kP384PublicKey, KeyError::kUnsupportedKey,
       "Der öffentliche Schlüssel ist ein Schlüssel auf der elliptischen Kurve P-384 "
       "(secp384r1): CloudGap versiegelt für P-256-Schlüssel (elliptische Kurve) und "
       "RSA-Schlüssel mit 2048 bis 8192 Bit.",
       "La clé publique est une clé à courbe elliptique P-384 (secp384r1)\u00a0: CloudGap scelle "
       "pour des clés à courbe elliptique P-256 et des clés RSA de 2048 à 8192 bits."},
      {kRsa1024PublicKey, KeyError::kRsaSize,
       "Der öffentliche Schlüssel ist ein RSA-Schlüssel mit 1024 Bit: CloudGap akzeptiert "
       "RSA-Schlüssel mit 2048 bis 8192 Bit.",
       "La clé publique est une clé RSA de 1024 bits\u00a0: CloudGap accepte les clés RSA de "
       "2048 à 8192 bits."},
      {kEd25519PublicKey, KeyError::kUnsupportedKey,
       "Der öffentliche Schlüssel ist ein Ed25519-Schlüssel: CloudGap versiegelt für "
       "P-256-Schlüssel (elliptische Kurve) und RSA-Schlüssel mit 2048 bis 8192 Bit.",
       "La clé publique est une clé Ed25519\u00a0: CloudGap scelle pour des clés à courbe "
       "elliptique P-256 et des clés RSA de 2048 à 8192 bits."},
      {kEcPrivateKey, KeyError::kWrongLabel,
       "Das ist ein privater Schlüssel, kein öffentlicher: Geben Sie den öffentlichen Schlüssel "
       "an ('openssl pkey -in private.pem -pubout'), und behalten Sie den privaten Schlüssel für "
       "sich.",
       "C’est une clé privée, pas une clé publique\u00a0: fournissez la clé publique ('openssl "
       "pkey -in private.pem -pubout') et gardez la clé privée pour vous."},
      {"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", KeyError::kWrongLabel,
       "Das ist ein PEM-Block 'CERTIFICATE', kein öffentlicher Schlüssel: Geben Sie die Datei "
       "an, die 'openssl pkey -pubout' schreibt; sie beginnt mit -----BEGIN PUBLIC KEY-----.",
       "C’est un bloc PEM 'CERTIFICATE', pas une clé publique\u00a0: fournissez le fichier "
       "qu’écrit 'openssl pkey -pubout', qui commence par -----BEGIN PUBLIC KEY-----."},
      {"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", KeyError::kNotPem,
       "Das ist kein öffentlicher Schlüssel im PEM-Format: Geben Sie die Datei an, die 'openssl "
       "pkey -pubout' schreibt; sie beginnt mit -----BEGIN PUBLIC KEY-----.",
       "Ce n’est pas une clé publique PEM\u00a0: fournissez le fichier qu’écrit 'openssl pkey "
       "-pubout', qui commence par -----BEGIN PUBLIC KEY-----."},
      {"-----BEGIN PUBLIC KEY-----\nMFkw*\n-----END PUBLIC KEY-----\n", KeyError::kDamaged,
       "Der öffentliche Schlüssel ist beschädigt: Er ist keine gültige SubjectPublicKeyInfo. "
       "Exportieren Sie ihn erneut mit 'openssl pkey -in private.pem -pubout'.",
       "La clé publique est endommagée\u00a0: ce n’est pas une SubjectPublicKeyInfo valide. "
       "Exportez-la à nouveau avec 'openssl pkey -in private.pem -pubout'."},
  };
  for (const auto& c : kCases) {
    for (const MessageCatalog* words : {&German(), &French()}) {
      const PublicKeyRead read = ReadPublicKeyPem(c.pem, *words);
      EXPECT_FALSE(read.key) << c.pem;
      EXPECT_EQ(read.error, c.error) << c.pem;
      EXPECT_EQ(read.error, ReadPublicKeyPem(c.pem).error) << c.pem;
      EXPECT_EQ(read.message, words == &German() ? c.german : c.french);
    }
  }
  EXPECT_TRUE(ReadPublicKeyPem(kEcPublicKey, German()).key);
}

TEST(SealedLanguage, ASealedFilesDetailIsInTheLanguage) {
  const struct {
    std::string text;
    SealedError error;
    const char* german;
    const char* french;
  } kCases[] = {
      {R"({"format": "cloudgap-sealed/2", "sealed": "AQL7"})", SealedError::kNewer,
       "'format' ist 'cloudgap-sealed/2', nicht 'cloudgap-sealed/1'",
       "'format' vaut 'cloudgap-sealed/2', et non 'cloudgap-sealed/1'"},
      {R"({"format": "cloudgap-sealed/1", "to": "x"})", SealedError::kDamaged,
       "/sealed: fehlt (dieses Feld ist Pflicht)",
       "/sealed\u00a0: manquant (ce champ est obligatoire)"},
      {R"({"format": "cloudgap-sealed/1", "sealed": "AQL7="})", SealedError::kDamaged,
       "/sealed: kein base64url ohne Auffüllung",
       "/sealed\u00a0: pas du base64url sans remplissage"},
      {R"({"format": "cloudgap-sealed/1", "sealed": "AQL7", "format": "x"})", SealedError::kDamaged,
       "doppelter Schlüssel 'format'", "clé en double 'format'"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ParseSealedFile(c.text).error, c.error) << c.text;
    for (const MessageCatalog* words : {&German(), &French()}) {
      const SealedCarrierParse parse = ParseSealedFile(c.text, *words);
      EXPECT_FALSE(parse.envelope) << c.text;
      EXPECT_EQ(parse.error, c.error) << c.text;
      EXPECT_EQ(parse.detail, words == &German() ? c.german : c.french) << c.text;
    }
  }
}

// Opens every envelope as `plaintext`.
class FixedCrypto : public ResultCrypto {
 public:
  explicit FixedCrypto(std::string plaintext) : plaintext_(std::move(plaintext)) {}
  SealOutcome Seal(const PublicKey&, std::string_view) override { return {}; }
  OpenOutcome Open(std::string_view, std::string_view) override {
    OpenOutcome outcome;
    outcome.plaintext = plaintext_;
    return outcome;
  }

 private:
  std::string plaintext_;
};

std::string Zlib(const std::string& text) {
  uLongf size = compressBound(static_cast<uLong>(text.size()));
  std::string out(size, '\0');
  compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(text.data()),
           static_cast<uLong>(text.size()));
  out.resize(size);
  return out;
}

TEST(SealedLanguage, WhatASealedResultHoldsIsRefusedInTheLanguage) {
  FixedCrypto not_zlib("not zlib");
  const OpenOutcome damaged = OpenSealedDocumentJson(not_zlib, "", "", German());
  EXPECT_EQ(damaged.error, SealedError::kDamaged);
  EXPECT_EQ(damaged.detail, "es ließ sich öffnen, enthält aber kein komprimiertes Dokument");
  EXPECT_EQ(OpenSealedDocumentJson(not_zlib, "", "", French()).detail,
            "il s’est ouvert, mais son contenu n’est pas un document compressé");

  FixedCrypto bomb(Zlib(std::string(kMaxDocumentBytes + 1, ' ')));
  const OpenOutcome large = OpenSealedDocumentJson(bomb, "", "", French());
  EXPECT_EQ(large.error, SealedError::kTooLarge);
  EXPECT_EQ(large.detail,
            "le document qu’il contient dépasse 5,0\u00a0Mo une fois décompressé, plus que ce "
            "qu’ouvre CloudGap");
  EXPECT_EQ(OpenSealedDocumentJson(bomb, "", "").detail,
            "the document inside is over 5.0 MB once unpacked, more than CloudGap opens");

  const DocumentParseResult plain = LoadSealedPlaintext(BuiltinCatalog(), "not zlib", German());
  ASSERT_EQ(plain.errors.size(), 1u);
  EXPECT_EQ(plain.errors[0].problem, InputProblem::kNotJson);
  EXPECT_EQ(plain.errors[0].message,
            "der Inhalt des versiegelten Ergebnisses ist kein komprimiertes Dokument");
  const DocumentParseResult inside =
      LoadSealedPlaintext(BuiltinCatalog(), Zlib(R"({"a": 1, "a": 2})"), German());
  ASSERT_EQ(inside.errors.size(), 1u);
  EXPECT_EQ(inside.errors[0].problem, InputProblem::kDuplicateKey);
  EXPECT_EQ(inside.errors[0].message, "doppelter Schlüssel 'a'");
}

}  // namespace
}  // namespace cloudgap
