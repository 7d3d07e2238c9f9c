# Shared by the scripts in shell/: paths and the one way to build.
# Sourced, not run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Debian's emscripten runs its JS tools with the machine's node, which does not
# search Debian's /usr/share/nodejs (where acorn lives) unless told to.
export NODE_PATH=/usr/share/nodejs
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
cd "$ROOT"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

# build PRESET: configure if needed, then build, with the presets in CMakePresets.json.
build() {
  local preset=$1 dir
  case $preset in
    native) dir=build/native ;; native-sanitize) dir=build/native-sanitize ;;
    native-release) dir=build/native-release ;; web) dir=build/web ;;
    *) echo "unknown preset $preset" >&2; return 2 ;;
  esac
  # One build per folder at a time: two ninjas linking at once can leave an
  # app.js and an app.wasm from different links, which then refuse each other.
  mkdir -p "$dir"
  (
    flock 9
    if [ ! -f "$dir/CMakeCache.txt" ]; then
      cmake --preset "$preset" >/dev/null
    fi
    cmake --build --preset "$preset"
  ) 9>"$dir/.build.lock"
}
