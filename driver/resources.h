// Where pyxc finds what it ships beside the compiler: the declaration
// library (.pxd), the runtime's headers and library, its precompiled header
// and the runtime as one C++ text (for self-contained modules).
//
// Two layouts: the build tree (paths compiled in by meson), and an installed
// pyxc package (pip install .), where the executable sits in pyxc/bin and the
// rest beside it: pyxc/pxd, pyxc/include, pyxc/lib, pyxc/runtime. The
// installed layout wins when it is there, so a copied or installed compiler
// never reaches back into the tree it was built in.
#pragma once

#include <filesystem>
#include <string>

namespace pyxc::driver {

struct Resources {
  std::filesystem::path pxdDir;         // libc/, posix/, cpython/ ...
  std::filesystem::path runtimeInclude; // holds pyxc/runtime.h
  std::filesystem::path runtimeLib;     // libpyxcrt.a
  std::filesystem::path pchDir;         // holds pyxc/runtime.h.gch; empty when not shipped
  std::filesystem::path amalgamation;   // the runtime's headers and sources as one file
  std::string extSuffix;                // the Python this pyxc targets: its extension modules' suffix
};

const Resources &resources();

} // namespace pyxc::driver
