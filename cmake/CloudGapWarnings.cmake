# Warnings are errors for our own code; third-party sources get none of this.
function(cloudgap_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Wnon-virtual-dtor -Werror)
endfunction()
