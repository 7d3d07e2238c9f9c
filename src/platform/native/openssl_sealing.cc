#include "platform/native/openssl_sealing.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <climits>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "core/text/message_format.h"

namespace cloudgap {
namespace {

struct Free {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
  void operator()(EVP_CIPHER_CTX* p) const { EVP_CIPHER_CTX_free(p); }
  void operator()(EVP_KDF* p) const { EVP_KDF_free(p); }
  void operator()(EVP_KDF_CTX* p) const { EVP_KDF_CTX_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Free>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Free>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Free>;
using Kdf = std::unique_ptr<EVP_KDF, Free>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, Free>;

const unsigned char* In(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
unsigned char* Out(std::string& s) {
  return reinterpret_cast<unsigned char*>(s.data());
}

std::optional<std::string> RandomBytes(size_t n) {
  std::string bytes(n, '\0');
  if (RAND_bytes(Out(bytes), static_cast<int>(n)) != 1) return std::nullopt;
  return bytes;
}

Pkey PublicKeyFromDer(std::string_view der) {
  const unsigned char* p = In(der);
  return Pkey(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
}

// The host's P-256 public key from the sender's uncompressed point. Only the
// uncompressed form is taken: OpenSSL would also read the "hybrid" form (06,
// 07), the same point spelled another way, and the point is not authenticated.
Pkey PointKey(std::string_view point) {
  if (point.size() != kP256PointBytes || point[0] != '\x04') return nullptr;
  PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>("P-256"), 0),
      OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char*>(point.data()),
                                        point.size()),
      OSSL_PARAM_construct_end()};
  EVP_PKEY* key = nullptr;
  if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
      EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) <= 0) {
    return nullptr;
  }
  return Pkey(key);
}

// ECDH: the shared point's X coordinate. The peer is checked (on the curve,
// not the point at infinity) before use.
std::optional<std::string> SharedSecret(EVP_PKEY* own, EVP_PKEY* peer) {
  PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
  size_t size = 0;
  if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 ||
      EVP_PKEY_derive_set_peer_ex(ctx.get(), peer, 1) <= 0 ||
      EVP_PKEY_derive(ctx.get(), nullptr, &size) <= 0) {
    return std::nullopt;
  }
  std::string secret(size, '\0');
  if (EVP_PKEY_derive(ctx.get(), Out(secret), &size) <= 0) return std::nullopt;
  secret.resize(size);
  return secret;
}

// Scheme 1's AES key: HKDF-SHA-256 of the secret, empty salt, info "cloudgap-sealed/1".
std::optional<std::string> SchemeOneKey(std::string_view secret) {
  return HkdfSha256(secret, kSealedFormat, kSealedAesKeyBytes);
}

// EVP_PKEY_CTX set up for RSA-OAEP with SHA-256 and MGF1-SHA-256, no label.
bool UseOaep(EVP_PKEY_CTX* ctx) {
  return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
         EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) > 0 &&
         EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0;
}

// RSA-OAEP one way or the other: Init and Apply are EVP_PKEY_encrypt_init and
// EVP_PKEY_encrypt, or their decrypt twins (the same signatures).
template <int (*Init)(EVP_PKEY_CTX*),
          int (*Apply)(EVP_PKEY_CTX*, unsigned char*, size_t*, const unsigned char*, size_t)>
std::optional<std::string> Oaep(EVP_PKEY* key, std::string_view data) {
  PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
  size_t size = 0;
  if (!ctx || Init(ctx.get()) <= 0 || !UseOaep(ctx.get()) ||
      Apply(ctx.get(), nullptr, &size, In(data), data.size()) <= 0) {
    return std::nullopt;
  }
  std::string out(size, '\0');
  if (Apply(ctx.get(), Out(out), &size, In(data), data.size()) <= 0) return std::nullopt;
  out.resize(size);
  return out;
}

std::optional<std::string> OaepEncrypt(EVP_PKEY* key, std::string_view data) {
  return Oaep<EVP_PKEY_encrypt_init, EVP_PKEY_encrypt>(key, data);
}

std::optional<std::string> OaepDecrypt(EVP_PKEY* key, std::string_view data) {
  return Oaep<EVP_PKEY_decrypt_init, EVP_PKEY_decrypt>(key, data);
}

// AES-256-GCM: the ciphertext, then the 16-byte tag.
std::optional<std::string> GcmSeal(std::string_view key, std::string_view iv, std::string_view aad,
                                   std::string_view plaintext) {
  if (plaintext.size() > INT_MAX - kSealedTagBytes) return std::nullopt;
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  std::string out(plaintext.size() + kSealedTagBytes, '\0');
  int n = 0, last = 0;
  if (!ctx || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), In(key), In(iv), nullptr) != 1 ||
      EVP_EncryptUpdate(ctx.get(), nullptr, &n, In(aad), static_cast<int>(aad.size())) != 1 ||
      EVP_EncryptUpdate(ctx.get(), Out(out), &n, In(plaintext),
                        static_cast<int>(plaintext.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), Out(out) + n, &last) != 1 ||
      static_cast<size_t>(n + last) != plaintext.size() ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kSealedTagBytes,
                          Out(out) + plaintext.size()) != 1) {
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> GcmOpen(std::string_view key, std::string_view iv, std::string_view aad,
                                   std::string_view sealed) {
  if (sealed.size() < kSealedTagBytes || sealed.size() > INT_MAX) return std::nullopt;
  const std::string_view ciphertext = sealed.substr(0, sealed.size() - kSealedTagBytes);
  std::string tag(sealed.substr(ciphertext.size()));
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  std::string out(ciphertext.size(), '\0');
  int n = 0, last = 0;
  if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), In(key), In(iv), nullptr) != 1 ||
      EVP_DecryptUpdate(ctx.get(), nullptr, &n, In(aad), static_cast<int>(aad.size())) != 1 ||
      EVP_DecryptUpdate(ctx.get(), Out(out), &n, In(ciphertext),
                        static_cast<int>(ciphertext.size())) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kSealedTagBytes, Out(tag)) != 1 ||
      EVP_DecryptFinal_ex(ctx.get(), Out(out) + n, &last) != 1) {
    return std::nullopt;
  }
  out.resize(static_cast<size_t>(n + last));
  return out;
}

OpenOutcome Refuse(SealedError error, std::string detail = {}) {
  OpenOutcome outcome;
  outcome.error = error;
  outcome.detail = std::move(detail);
  return outcome;
}

// Why PEM text is not a private key CloudGap reads, from the label it has, in `words`.
std::string PrivateKeyLabelProblem(const std::string& label, const MessageCatalog& words) {
  if (label.empty()) return std::string(words.Tr("it is not PEM text"));
  if (label == "PRIVATE KEY") return std::string(words.Tr("its base64 is damaged"));
  if (label == "ENCRYPTED PRIVATE KEY") {
    return std::string(
        words.Tr("it is protected by a passphrase; write a copy without one with 'openssl pkey "
                 "-in key.pem -out plain-key.pem'"));
  }
  const std::string quoted = "'" + label + "'";
  if (label == "EC PRIVATE KEY" || label == "RSA PRIVATE KEY") {
    return words.Tr(
        "it is in the older {label} format; convert it with 'openssl pkcs8 -topk8 "
        "-nocrypt -in key.pem -out key-pkcs8.pem'",
        {{"label", quoted}});
  }
  if (label == "PUBLIC KEY") {
    return std::string(words.Tr("it is a public key; opening needs the private key"));
  }
  return words.Tr("it is a PEM {label}, not a private key", {{"label", quoted}});
}

}  // namespace

std::optional<std::string> HkdfSha256(std::string_view secret, std::string_view info,
                                      size_t length) {
  Kdf kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
  if (!kdf) return std::nullopt;
  KdfCtx ctx(EVP_KDF_CTX_new(kdf.get()));
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>("SHA256"), 0),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char*>(secret.data()),
                                        secret.size()),
      // No salt: RFC 5869's default, HashLen zero bytes, as WebCrypto's empty salt.
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                        info.size()),
      OSSL_PARAM_construct_end()};
  std::string key(length, '\0');
  if (!ctx || EVP_KDF_derive(ctx.get(), Out(key), key.size(), params) <= 0) return std::nullopt;
  return key;
}

SealOutcome OpenSslSealing::Seal(const PublicKey& key, std::string_view plaintext) {
  auto fail = [this](std::string_view what) {
    return SealOutcome{std::nullopt, std::string(words_.Tr(what))};
  };
  const Pkey host = PublicKeyFromDer(key.spki_der);
  if (!host) return fail(TrLater("OpenSSL cannot read the public key"));
  SealedEnvelope envelope;
  envelope.scheme = SchemeFor(key.kind);
  envelope.key_id = key.key_id;
  std::optional<std::string> aes_key;
  if (key.kind == KeyKind::kEcP256) {
    const Pkey own(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!own) return fail(TrLater("OpenSSL could not make a one-time P-256 key"));
    std::string point(kP256PointBytes, '\0');
    size_t size = 0;
    if (EVP_PKEY_get_octet_string_param(own.get(), OSSL_PKEY_PARAM_PUB_KEY, Out(point),
                                        point.size(), &size) != 1 ||
        size != kP256PointBytes || point[0] != '\x04') {
      return fail(TrLater("OpenSSL did not give the one-time key's point uncompressed"));
    }
    const std::optional<std::string> secret = SharedSecret(own.get(), host.get());
    if (!secret) return fail(TrLater("OpenSSL could not derive the shared secret (ECDH)"));
    aes_key = SchemeOneKey(*secret);
    OPENSSL_cleanse(const_cast<char*>(secret->data()), secret->size());
    envelope.encapsulated_key = std::move(point);
  } else {
    aes_key = RandomBytes(kSealedAesKeyBytes);
    if (!aes_key) return fail(TrLater("OpenSSL could not draw random bytes"));
    std::optional<std::string> wrapped = OaepEncrypt(host.get(), *aes_key);
    if (!wrapped || wrapped->size() != key.rsa_bytes()) {
      return fail(TrLater("OpenSSL could not encrypt with RSA-OAEP"));
    }
    envelope.encapsulated_key = std::move(*wrapped);
  }
  if (!aes_key) return fail(TrLater("OpenSSL could not derive the AES key (HKDF)"));
  std::optional<std::string> iv = RandomBytes(kSealedIvBytes);
  if (!iv) return fail(TrLater("OpenSSL could not draw random bytes"));
  envelope.iv = std::move(*iv);
  // The header is the AAD: format it first, with an empty body.
  const std::string header = FormatSealedEnvelope(envelope).substr(0, kSealedHeaderBytes);
  std::optional<std::string> sealed = GcmSeal(*aes_key, envelope.iv, header, plaintext);
  OPENSSL_cleanse(aes_key->data(), aes_key->size());
  if (!sealed) return fail(TrLater("OpenSSL could not encrypt with AES-256-GCM"));
  envelope.ciphertext = std::move(*sealed);
  return {FormatSealedEnvelope(envelope), ""};
}

OpenOutcome OpenSslSealing::Open(std::string_view private_key_pem, std::string_view bytes) {
  std::string label;
  const std::optional<std::string> der = DecodePem(private_key_pem, "PRIVATE KEY", &label);
  if (!der) return Refuse(SealedError::kBadPrivateKey, PrivateKeyLabelProblem(label, words_));
  const unsigned char* p = In(*der);
  const Pkey own(
      d2i_AutoPrivateKey_ex(nullptr, &p, static_cast<long>(der->size()), nullptr, nullptr));
  if (!own) {
    return Refuse(SealedError::kBadPrivateKey, words_.Tr("OpenSSL cannot read it as PKCS #8", {}));
  }
  unsigned char* spki = nullptr;
  const int spki_size = i2d_PUBKEY(own.get(), &spki);
  if (spki_size <= 0) {
    return Refuse(SealedError::kBadPrivateKey, std::string(words_.Tr("it has no public half")));
  }
  const PublicKeyRead public_half =
      ReadPublicKeyDer(std::string_view(reinterpret_cast<char*>(spki), spki_size), words_);
  OPENSSL_free(spki);
  if (!public_half.key) {
    // English speaks of the private key ("it is an Ed25519 key: ..."); another
    // language keeps the public key's sentence, which is as true of its half.
    std::string why = public_half.message;
    if (why.rfind("The public key is ", 0) == 0) why = "it is " + why.substr(18);
    return Refuse(SealedError::kBadPrivateKey, why);
  }
  const PublicKey& key = *public_half.key;

  SealedEnvelopeParse parse = ParseSealedEnvelope(bytes, key);
  if (!parse.envelope) return Refuse(parse.error);
  const SealedEnvelope& envelope = *parse.envelope;
  std::optional<std::string> aes_key;
  if (key.kind == KeyKind::kEcP256) {
    const Pkey sender = PointKey(envelope.encapsulated_key);
    if (!sender) return Refuse(SealedError::kChanged);
    const std::optional<std::string> secret = SharedSecret(own.get(), sender.get());
    if (!secret) return Refuse(SealedError::kChanged);
    aes_key = SchemeOneKey(*secret);
    OPENSSL_cleanse(const_cast<char*>(secret->data()), secret->size());
  } else {
    aes_key = OaepDecrypt(own.get(), envelope.encapsulated_key);
  }
  if (!aes_key || aes_key->size() != kSealedAesKeyBytes) return Refuse(SealedError::kChanged);
  std::optional<std::string> plaintext =
      GcmOpen(*aes_key, envelope.iv, SealedAad(bytes), envelope.ciphertext);
  OPENSSL_cleanse(aes_key->data(), aes_key->size());
  if (!plaintext) return Refuse(SealedError::kChanged);
  OpenOutcome outcome;
  outcome.plaintext = std::move(plaintext);
  return outcome;
}

}  // namespace cloudgap
