# Every target of ours builds with the same strict warnings; -Werror keeps them at zero.
function(clerk_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror -Wshadow
                         -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wnull-dereference)
endfunction()
