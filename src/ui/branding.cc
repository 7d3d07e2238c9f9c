#include "ui/branding.h"

namespace cloudgap::ui {
namespace {

Branding& Current() {
  static Branding branding;  // Function-local: safe to read from other static initialisers.
  return branding;
}

}  // namespace

void SetBranding(const Branding& branding) {
  Current() = branding;
}
const Branding& GetBranding() {
  return Current();
}

}  // namespace cloudgap::ui
