// A shared library loaded when first needed (dlopen), for a dependency only some commands use:
// linked, it would cost every command its mapping and relocation at start-up. The caller keeps
// the library's header for the exact function types (decltype(&function)).
#pragma once

#include <string>

#include "clerk/core/error.hpp"

namespace clerk {

class SharedLibrary {
 public:
  // Error{kind} saying "cannot load <what>: <why>" when `soname` does not load.
  SharedLibrary(const char* soname, const std::string& what, ErrorKind kind = ErrorKind::internal);

  // Sets `out` to the library's `name`: Error{internal} when it lacks it.
  template <class F>
  void bind(const char* name, F& out) const {
    out = reinterpret_cast<F>(symbol(name));
  }

 private:
  void* symbol(const char* name) const;

  void* handle_;  // never closed: the functions are used until the process ends
  std::string soname_;
};

}  // namespace clerk
