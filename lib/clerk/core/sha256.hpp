// SHA-256 through OpenSSL's libcrypto (EVP), as lowercase hex so an auditor can recompute it
// with stock `sha256sum` or `openssl dgst -sha256`.
#pragma once

#include <array>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace clerk {

// A SHA-256 digest as its 32 bytes: how bulk hashes are stored and compared.
using Digest = std::array<unsigned char, 32>;
std::string to_hex(const Digest& digest);
// The digest written as 64 hex digits (either case), or nullopt for anything else.
std::optional<Digest> digest_from_hex(std::string_view hex);
// The digest held in a 32-byte blob, or nullopt for anything else.
std::optional<Digest> digest_from_bytes(std::string_view bytes);

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  Sha256& update(std::string_view bytes);
  // The digest; the hasher is reset and can be reused.
  Digest digest();
  std::string hex_digest() { return to_hex(digest()); }

 private:
  void* ctx_;  // EVP_MD_CTX*, kept opaque so callers need no OpenSSL headers
};

std::string sha256_hex(std::string_view bytes);
// Of everything left in `in` (an input file's digest, read in 64 KiB pieces).
std::string sha256_hex(std::istream& in);

// `n` cryptographically random bytes as hex (database ids, payload salts).
std::string random_hex(size_t n);

}  // namespace clerk
