// What every fuzz target asserts: a parser either returns a value or refuses with clerk::Error of
// the kind its callers map to a documented exit status; anything else is a finding.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <initializer_list>

#include "clerk/core/error.hpp"

namespace clerk::fuzz {

// Runs `body`; aborts (a libFuzzer crash, with the input saved) on an exception that is not a
// clerk::Error of one of `allowed` kinds.
template <typename Body>
void expect_value_or_error(Body&& body, std::initializer_list<ErrorKind> allowed) {
  try {
    body();
  } catch (const Error& e) {
    for (ErrorKind k : allowed)
      if (e.kind() == k) return;
    std::fprintf(stderr, "unexpected clerk::Error kind %d: %s\n", exit_status(e.kind()), e.what());
    std::abort();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "escaped exception: %s\n", e.what());
    std::abort();
  }
}

// A property the parser promises (a round trip); aborts with `what` when it does not hold.
inline void require(bool holds, const char* what) {
  if (!holds) {
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
  }
}

}  // namespace clerk::fuzz
