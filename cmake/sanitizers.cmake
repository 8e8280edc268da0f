# -DCLERK_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
option(CLERK_SANITIZE "Build with ASan and UBSan" OFF)
if(CLERK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# -DCLERK_FUZZ=ON (clang): the same sanitizers plus libFuzzer's coverage instrumentation on
# every object; the targets in tests/fuzz link libFuzzer's main.
option(CLERK_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)
if(CLERK_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
