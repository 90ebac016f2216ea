// The installed layout is found from the executable's own path
// (/proc/self/exe), not from the current folder or $PATH.
#include "driver/resources.h"

#include <cstdlib>
#include <system_error>

namespace fs = std::filesystem;

namespace pyxc::driver {

static Resources find() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path root = exe.parent_path().parent_path(); // pyxc/bin/pyxc -> pyxc/
    if (fs::is_directory(root / "pxd", ec) && fs::is_regular_file(root / "include" / "pyxc" / "runtime.h", ec))
      return {root / "pxd", root / "include", root / "lib" / "libpyxcrt.a", {}, root / "runtime" / "pyxc_runtime.cpp", PYXC_EXT_SUFFIX};
  }
  return {PYXC_PXD_DIR, PYXC_RUNTIME_INCLUDE, PYXC_RUNTIME_LIB, PYXC_RUNTIME_PCH_DIR, PYXC_RUNTIME_AMALGAMATION, PYXC_EXT_SUFFIX};
}

// $PYXC_RUNTIME_LIB names a runtime library built another way (the
// sanitizer tests build one with -fsanitize=address,undefined); the
// precompiled header, built with the usual flags, is then left out.
static Resources withOverrides(Resources r) {
  if (const char *lib = std::getenv("PYXC_RUNTIME_LIB"); lib && *lib) {
    r.runtimeLib = lib;
    r.pchDir.clear();
  }
  return r;
}

const Resources &resources() {
  static const Resources found = withOverrides(find());
  return found;
}

} // namespace pyxc::driver
