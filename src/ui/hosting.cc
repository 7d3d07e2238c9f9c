#include "ui/hosting.h"

#include "ui/tr.h"

namespace cloudgap::ui {
namespace {

Hosting& Current() {
  static Hosting hosting;
  return hosting;
}

}  // namespace

void SetHosting(const Hosting& hosting) {
  Current() = hosting;
}
const Hosting& GetHosting() {
  return Current();
}

const char* KeepWorkNotice() {
  const Hosting& h = Current();
  if (h.storage == nullptr || h.storage->Available()) return nullptr;
  if (h.file_origin) {
    return Tr(
        "This browser does not keep work for pages opened from a file. "
        "Export your assessment to keep your work.");
  }
  return Tr(
      "This browser is not keeping data for this page (private mode or storage turned off). "
      "Export your assessment to keep your work.");
}

}  // namespace cloudgap::ui
