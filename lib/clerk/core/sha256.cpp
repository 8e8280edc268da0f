#include "clerk/core/sha256.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

#include "clerk/core/error.hpp"
#include "clerk/core/shared_library.hpp"

namespace clerk {
namespace {

// OpenSSL's libcrypto is loaded on first use rather than linked: mapping and relocating it
// costs every command over a millisecond at start-up, and most commands (listings, --version)
// never hash. The header declarations give the exact function types; the soname is OpenSSL 3's.
struct Crypto {
  decltype(&EVP_MD_fetch) md_fetch = nullptr;
  decltype(&EVP_MD_CTX_new) ctx_new = nullptr;
  decltype(&EVP_MD_CTX_free) ctx_free = nullptr;
  decltype(&EVP_DigestInit_ex2) init = nullptr;
  decltype(&EVP_DigestUpdate) update = nullptr;
  decltype(&EVP_DigestFinal_ex) final = nullptr;
  decltype(&RAND_bytes) rand_bytes = nullptr;
  // Fetched once: EVP_sha256() makes OpenSSL 3 look the algorithm up, under a lock, at every
  // initialisation, which costs more than hashing an audit entry.
  EVP_MD* sha256 = nullptr;
};

Crypto load() {
  const SharedLibrary library("libcrypto.so.3", "OpenSSL's libcrypto");
  Crypto c;
  library.bind("EVP_MD_fetch", c.md_fetch);
  library.bind("EVP_MD_CTX_new", c.ctx_new);
  library.bind("EVP_MD_CTX_free", c.ctx_free);
  library.bind("EVP_DigestInit_ex2", c.init);
  library.bind("EVP_DigestUpdate", c.update);
  library.bind("EVP_DigestFinal_ex", c.final);
  library.bind("RAND_bytes", c.rand_bytes);
  c.sha256 = c.md_fetch(nullptr, "SHA256", nullptr);
  if (!c.sha256) throw Error(ErrorKind::internal, "SHA-256 is not available from OpenSSL");
  return c;
}

// Loaded once per process: a cache of the library, not state a command depends on.
const Crypto& crypto() {
  static const Crypto c = load();
  return c;
}

EVP_MD_CTX* as_ctx(void* p) { return static_cast<EVP_MD_CTX*>(p); }

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

Sha256::Sha256() : ctx_(crypto().ctx_new()) {
  if (!ctx_ || crypto().init(as_ctx(ctx_), crypto().sha256, nullptr) != 1)
    throw Error(ErrorKind::internal, "cannot initialise SHA-256");
}

Sha256::~Sha256() { crypto().ctx_free(as_ctx(ctx_)); }

Sha256& Sha256::update(std::string_view bytes) {
  if (crypto().update(as_ctx(ctx_), bytes.data(), bytes.size()) != 1)
    throw Error(ErrorKind::internal, "SHA-256 update failed");
  return *this;
}

Digest Sha256::digest() {
  Digest out;
  unsigned int len = 0;
  if (crypto().final(as_ctx(ctx_), out.data(), &len) != 1 || len != out.size() ||
      crypto().init(as_ctx(ctx_), crypto().sha256, nullptr) != 1)
    throw Error(ErrorKind::internal, "SHA-256 final failed");
  return out;
}

std::string to_hex(const Digest& digest) { return to_hex(digest.data(), digest.size()); }

std::optional<Digest> digest_from_hex(std::string_view hex) {
  if (hex.size() != 64) return std::nullopt;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  Digest out;
  for (size_t i = 0; i < out.size(); ++i) {
    int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<unsigned char>(hi * 16 + lo);
  }
  return out;
}

std::optional<Digest> digest_from_bytes(std::string_view bytes) {
  if (bytes.size() != 32) return std::nullopt;
  Digest out;
  std::copy(bytes.begin(), bytes.end(), out.begin());
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  // One context per thread, reused: the trail hashes millions of short messages.
  thread_local Sha256 hasher;
  return hasher.update(bytes).hex_digest();
}

std::string sha256_hex(std::istream& in) {
  Sha256 hasher;
  std::string buf(1 << 16, '\0');
  while (in.read(buf.data(), std::streamsize(buf.size())) || in.gcount() > 0)
    hasher.update(std::string_view(buf.data(), size_t(in.gcount())));
  return hasher.hex_digest();
}

std::string random_hex(size_t n) {
  std::string buf(n, '\0');
  if (crypto().rand_bytes(reinterpret_cast<unsigned char*>(buf.data()), int(n)) != 1)
    throw Error(ErrorKind::internal, "no random bytes available");
  return to_hex(reinterpret_cast<const unsigned char*>(buf.data()), n);
}

}  // namespace clerk
