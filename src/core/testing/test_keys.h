// For tests only: keys made once with openssl (docs/sealed-results.md, "The
// host's key") for the sealed results' tests, as PEM text, and the key ids
// openssl computes for them:
//   openssl pkey -pubin -in public.pem -outform DER | sha256sum | cut -c1-16
// Never use them for anything real: their private halves are public here.
#ifndef CLOUDGAP_CORE_TESTING_TEST_KEYS_H_
#define CLOUDGAP_CORE_TESTING_TEST_KEYS_H_

namespace cloudgap {

// A P-256 key pair: the host's key in most tests.
extern const char kEcPrivateKey[];
extern const char kEcPublicKey[];

// Another P-256 key pair.
extern const char kOtherEcPrivateKey[];
extern const char kOtherEcPublicKey[];

// A 2048-bit RSA key pair.
extern const char kRsaPrivateKey[];
extern const char kRsaPublicKey[];

// Another 2048-bit RSA key pair.
extern const char kOtherRsaPrivateKey[];
extern const char kOtherRsaPublicKey[];

// Public keys only, for reading them: RSA of 3072 bits (taken) and 1024 bits
// (refused), P-384 and Ed25519 (refused).
extern const char kRsa3072PublicKey[];
extern const char kRsa1024PublicKey[];
extern const char kP384PublicKey[];
extern const char kEd25519PublicKey[];

// Private keys CloudGap refuses: P-384 and Ed25519.
extern const char kP384PrivateKey[];
extern const char kEd25519PrivateKey[];

// Key ids (hex) of the public keys above.
inline constexpr char kEcKeyIdHex[] = "fe22471c03c750dc";
inline constexpr char kOtherEcKeyIdHex[] = "4bb56bbdb6cf2059";
inline constexpr char kRsaKeyIdHex[] = "9e64c3a0370ee1a8";
inline constexpr char kOtherRsaKeyIdHex[] = "b1d00b48614be0c9";
inline constexpr char kRsa3072KeyIdHex[] = "2db750c953747cb7";

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_TEST_KEYS_H_
