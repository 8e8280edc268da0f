#include "clerk/audit/sha256.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "clerk/core/error.hpp"

namespace clerk::audit {
namespace {

EVP_MD_CTX* as_ctx(void* p) { return static_cast<EVP_MD_CTX*>(p); }

// Fetched once: EVP_sha256() makes OpenSSL 3 look the algorithm up, under a lock, at every
// initialisation, which costs more than hashing an audit entry.
const EVP_MD* sha256_md() {
  static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (!md) throw Error(ErrorKind::internal, "SHA-256 is not available from OpenSSL");
  return md;
}

std::string to_hex(const unsigned char* bytes, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = digits[bytes[i] >> 4];
    out[2 * i + 1] = digits[bytes[i] & 0xF];
  }
  return out;
}

}  // namespace

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_ || EVP_DigestInit_ex2(as_ctx(ctx_), sha256_md(), nullptr) != 1)
    throw Error(ErrorKind::internal, "cannot initialise SHA-256");
}

Sha256::~Sha256() { EVP_MD_CTX_free(as_ctx(ctx_)); }

Sha256& Sha256::update(std::string_view bytes) {
  if (EVP_DigestUpdate(as_ctx(ctx_), bytes.data(), bytes.size()) != 1)
    throw Error(ErrorKind::internal, "SHA-256 update failed");
  return *this;
}

std::string Sha256::hex_digest() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(as_ctx(ctx_), digest, &len) != 1 ||
      EVP_DigestInit_ex2(as_ctx(ctx_), sha256_md(), nullptr) != 1)
    throw Error(ErrorKind::internal, "SHA-256 final failed");
  return to_hex(digest, len);
}

std::string sha256_hex(std::string_view bytes) {
  // One context per thread, reused: the trail hashes millions of short messages.
  thread_local Sha256 hasher;
  return hasher.update(bytes).hex_digest();
}

std::string random_hex(size_t n) {
  std::string buf(n, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(buf.data()), int(n)) != 1)
    throw Error(ErrorKind::internal, "no random bytes available");
  return to_hex(reinterpret_cast<const unsigned char*>(buf.data()), n);
}

}  // namespace clerk::audit
