# Every target of ours builds with the same strict warnings. CI turns them into errors
# (CLERK_WERROR=ON from .ci/run) to keep them at zero; a packager's newer compiler with new
# warnings still builds.
option(CLERK_WERROR "Treat compiler warnings as errors" OFF)
function(clerk_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                         -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wnull-dereference)
  if(CLERK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # GCC 12 at -O2/-O3 reports -Wrestrict falsely on `"literal" + std::string` (GCC bug 105651)
  # and -Wmaybe-uninitialized falsely inside std::variant (GCC bug 107138); real uses of
  # uninitialised memory are caught by the sanitizer and valgrind runs instead.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-maybe-uninitialized)
  endif()
endfunction()
