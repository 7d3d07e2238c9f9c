// Entry point for web/boot.js: tells the UI how the page was opened (ui/hosting.h),
// before main() runs. boot.js probes localStorage itself because the answer
// decides what the first screen says about keeping work.
#include <emscripten.h>

#include "ui/hosting.h"

extern "C" {

// Each argument is 0 or 1: the single-file edition; opened from file://;
// localStorage accepted a write and read it back.
EMSCRIPTEN_KEEPALIVE void cg_set_hosting(int single_file, int file_origin, int storage_available) {
  cloudgap::ui::SetHosting({single_file != 0, file_origin != 0, storage_available != 0});
}

}  // extern "C"
