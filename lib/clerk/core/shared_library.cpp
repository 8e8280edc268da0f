#include "clerk/core/shared_library.hpp"

#include <dlfcn.h>

namespace clerk {

SharedLibrary::SharedLibrary(const char* soname, const std::string& what, ErrorKind kind)
    : handle_(dlopen(soname, RTLD_NOW | RTLD_LOCAL)), soname_(soname) {
  if (!handle_) throw Error(kind, "cannot load " + what + ": " + dlerror());
}

void* SharedLibrary::symbol(const char* name) const {
  void* p = dlsym(handle_, name);
  if (!p) throw Error(ErrorKind::internal, soname_ + " lacks " + name);
  return p;
}

}  // namespace clerk
