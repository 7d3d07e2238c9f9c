#include "core/sealed/public_key.h"

#include <array>
#include <cstdint>

#include "core/text/base64.h"
#include "core/text/sha.h"

namespace cloudgap {
namespace {

using namespace std::string_view_literals;

// Object identifiers' DER contents.
constexpr std::string_view kIdEcPublicKey = "\x2a\x86\x48\xce\x3d\x02\x01"sv;
constexpr std::string_view kPrime256v1 = "\x2a\x86\x48\xce\x3d\x03\x01\x07"sv;
constexpr std::string_view kRsaEncryption = "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"sv;

struct KnownOid {
  std::string_view oid;
  const char* what;
};
// What the refusals name, beyond the two kinds taken.
constexpr KnownOid kOtherCurves[] = {
    {"\x2b\x81\x04\x00\x22"sv, TrLater("an elliptic-curve key on P-384 (secp384r1)")},
    {"\x2b\x81\x04\x00\x23"sv, TrLater("an elliptic-curve key on P-521 (secp521r1)")},
    {"\x2b\x24\x03\x03\x02\x08\x01\x01\x07"sv, TrLater("an elliptic-curve key on brainpoolP256r1")},
    {"\x2b\x81\x04\x00\x0a"sv, TrLater("an elliptic-curve key on secp256k1")},
};
constexpr KnownOid kOtherAlgorithms[] = {
    {"\x2b\x65\x70"sv, TrLater("an Ed25519 key")},
    {"\x2b\x65\x71"sv, TrLater("an Ed448 key")},
    {"\x2b\x65\x6e"sv, TrLater("an X25519 key")},
    {"\x2b\x65\x6f"sv, TrLater("an X448 key")},
    {"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0a"sv, TrLater("an RSA-PSS key")},
    {"\x2a\x86\x48\xce\x38\x04\x01"sv, TrLater("a DSA key")},
};

template <size_t N>
const char* Name(const KnownOid (&table)[N], std::string_view oid, const char* otherwise) {
  for (const KnownOid& k : table) {
    if (k.oid == oid) return k.what;
  }
  return otherwise;
}

constexpr unsigned char kSequence = 0x30, kInteger = 0x02, kBitString = 0x03, kNull = 0x05,
                        kOid = 0x06;

// Reads DER TLVs one after the other; lengths must be definite and minimal.
class DerReader {
 public:
  explicit DerReader(std::string_view der) : rest_(der) {}

  bool empty() const { return rest_.empty(); }

  // The contents of the next element when its tag is `tag`; nullopt (and
  // nothing read) otherwise.
  std::optional<std::string_view> Read(unsigned char tag) {
    if (rest_.size() < 2 || static_cast<unsigned char>(rest_[0]) != tag) return std::nullopt;
    const auto first = static_cast<unsigned char>(rest_[1]);
    size_t length = first, header = 2;
    if (first >= 0x80) {
      const size_t count = first & 0x7f;
      if (count == 0 || count > 4 || rest_.size() < 2 + count) return std::nullopt;
      if (rest_[2] == 0) return std::nullopt;  // Not minimal.
      length = 0;
      for (size_t i = 0; i < count; ++i) {
        length = length << 8 | static_cast<unsigned char>(rest_[2 + i]);
      }
      if (length < 0x80) return std::nullopt;  // Fits the short form.
      header += count;
    }
    if (rest_.size() - header < length) return std::nullopt;
    const std::string_view contents = rest_.substr(header, length);
    rest_.remove_prefix(header + length);
    return contents;
  }

 private:
  std::string_view rest_;
};

PublicKeyRead Fail(KeyError error, std::string message) {
  PublicKeyRead read;
  read.error = error;
  read.message = std::move(message);
  return read;
}

PublicKeyRead Damaged(const MessageCatalog& words) {
  return Fail(KeyError::kDamaged,
              words.Tr("The public key is damaged: it is not a valid SubjectPublicKeyInfo. Export "
                       "it again with 'openssl pkey -in private.pem -pubout'.",
                       {}));
}

// `what` is English, marked with TrLater.
PublicKeyRead Unsupported(const MessageCatalog& words, const char* what) {
  return Fail(KeyError::kUnsupportedKey,
              words.Tr("The public key is {what}: CloudGap seals for elliptic-curve P-256 keys "
                       "and RSA keys of 2048 to 8192 bits.",
                       {{"what", words.Tr(what)}}));
}

// The number of bits of a positive DER INTEGER's contents; 0 when it is not a
// minimal positive integer.
int PositiveIntegerBits(std::string_view n) {
  if (n.empty() || static_cast<unsigned char>(n[0]) >= 0x80) return 0;
  if (n.size() > 1 && n[0] == 0 && static_cast<unsigned char>(n[1]) < 0x80) return 0;
  while (!n.empty() && n[0] == 0) n.remove_prefix(1);
  if (n.empty()) return 0;
  int bits = static_cast<int>(n.size() - 1) * 8;
  for (auto top = static_cast<unsigned char>(n[0]); top != 0; top >>= 1) ++bits;
  return bits;
}

bool IsPemSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

const char* KeyKindDescription(KeyKind kind) {
  return kind == KeyKind::kEcP256 ? "an elliptic-curve (P-256) key" : "an RSA key";
}

std::optional<std::string> DecodePem(std::string_view text, std::string_view label,
                                     std::string* found_label) {
  const std::string begin = "-----BEGIN " + std::string(label) + "-----";
  const std::string end = "-----END " + std::string(label) + "-----";
  const size_t at = text.find(begin);
  if (found_label) {
    found_label->clear();
    if (at != std::string_view::npos) {
      *found_label = std::string(label);
    } else if (size_t other = text.find("-----BEGIN "); other != std::string_view::npos) {
      const size_t from = other + 11;
      const size_t to = text.find("-----", from);
      if (to != std::string_view::npos && to - from <= 40) {
        *found_label = std::string(text.substr(from, to - from));
      }
    }
  }
  if (at == std::string_view::npos) return std::nullopt;
  const size_t body = at + begin.size();
  const size_t stop = text.find(end, body);
  if (stop == std::string_view::npos) return std::nullopt;
  std::string base64;
  for (char c : text.substr(body, stop - body)) {
    if (!IsPemSpace(c)) base64 += c;
  }
  return Base64Decode(base64);
}

PublicKeyRead ReadPublicKeyPem(std::string_view pem, const MessageCatalog& words) {
  std::string label;
  std::optional<std::string> der = DecodePem(pem, "PUBLIC KEY", &label);
  if (der) return ReadPublicKeyDer(*der, words);
  if (label == "PUBLIC KEY") return Damaged(words);
  if (label.find("PRIVATE KEY") != std::string::npos) {
    return Fail(KeyError::kWrongLabel,
                words.Tr("This is a private key, not a public key: give the public key ('openssl "
                         "pkey -in private.pem -pubout'), and keep the private key to yourself.",
                         {}));
  }
  if (!label.empty()) {
    return Fail(KeyError::kWrongLabel,
                words.Tr("This is a PEM {label}, not a public key: give the file 'openssl pkey "
                         "-pubout' writes, which starts with -----BEGIN PUBLIC KEY-----.",
                         {{"label", "'" + label + "'"}}));
  }
  return Fail(KeyError::kNotPem,
              words.Tr("This is not a PEM public key: give the file 'openssl pkey -pubout' "
                       "writes, which starts with -----BEGIN PUBLIC KEY-----.",
                       {}));
}

PublicKeyRead ReadPublicKeyDer(std::string_view der, const MessageCatalog& words) {
  DerReader outer(der);
  const std::optional<std::string_view> spki = outer.Read(kSequence);
  if (!spki || !outer.empty()) return Damaged(words);
  DerReader fields(*spki);
  const std::optional<std::string_view> algorithm = fields.Read(kSequence);
  const std::optional<std::string_view> bits = fields.Read(kBitString);
  if (!algorithm || !bits || !fields.empty()) return Damaged(words);
  DerReader alg(*algorithm);
  const std::optional<std::string_view> oid = alg.Read(kOid);
  if (!oid) return Damaged(words);
  // A BIT STRING's first byte counts the unused bits of its last: none here.
  if (bits->empty() || (*bits)[0] != 0) return Damaged(words);
  const std::string_view key_bits = bits->substr(1);

  PublicKey key;
  key.spki_der = std::string(der);
  key.key_id = KeyId(der);
  if (*oid == kIdEcPublicKey) {
    const std::optional<std::string_view> curve = alg.Read(kOid);
    if (!curve) {
      return Unsupported(words,
                         TrLater("an elliptic-curve key given with explicit curve parameters"));
    }
    if (!alg.empty()) return Damaged(words);
    if (*curve != kPrime256v1) {
      return Unsupported(
          words, Name(kOtherCurves, *curve, TrLater("an elliptic-curve key on another curve")));
    }
    if (key_bits.size() == 33 && (key_bits[0] == 2 || key_bits[0] == 3)) {
      return Unsupported(words, TrLater("a P-256 key written with a compressed point"));
    }
    if (key_bits.size() != kP256PointBytes || key_bits[0] != 4) return Damaged(words);
    key.kind = KeyKind::kEcP256;
    key.ec_point = std::string(key_bits);
  } else if (*oid == kRsaEncryption) {
    const std::optional<std::string_view> null = alg.Read(kNull);
    if (!null || !null->empty() || !alg.empty()) return Damaged(words);
    DerReader rsa_outer(key_bits);
    const std::optional<std::string_view> rsa = rsa_outer.Read(kSequence);
    if (!rsa || !rsa_outer.empty()) return Damaged(words);
    DerReader numbers(*rsa);
    const std::optional<std::string_view> modulus = numbers.Read(kInteger);
    const std::optional<std::string_view> exponent = numbers.Read(kInteger);
    if (!modulus || !exponent || !numbers.empty()) return Damaged(words);
    const int modulus_bits = PositiveIntegerBits(*modulus);
    if (modulus_bits == 0 || PositiveIntegerBits(*exponent) == 0) return Damaged(words);
    if (modulus_bits < kMinRsaBits || modulus_bits > kMaxRsaBits) {
      return Fail(KeyError::kRsaSize,
                  words.Tr("The public key is an RSA key of {bits} bits: CloudGap takes RSA keys "
                           "of 2048 to 8192 bits.",
                           {{"bits", std::to_string(modulus_bits)}}));
    }
    key.kind = KeyKind::kRsa;
    key.rsa_bits = modulus_bits;
  } else {
    return Unsupported(words, Name(kOtherAlgorithms, *oid, TrLater("a key of another kind")));
  }
  PublicKeyRead read;
  read.key = std::move(key);
  return read;
}

std::string KeyId(std::string_view spki_der) {
  const std::array<unsigned char, 32> hash = Sha256(spki_der);
  return std::string(reinterpret_cast<const char*>(hash.data()), kKeyIdBytes);
}

}  // namespace cloudgap
