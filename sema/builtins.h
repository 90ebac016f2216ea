// The names a module can use without defining them: Python's builtins
// (those of CPython 3.9 to 3.13), the attributes every module has, and the
// Python 2 names Cython 3 still maps (unicode, long, xrange, ...).
#pragma once

#include <string_view>

namespace pyxc::sema {

bool isBuiltinName(std::string_view name);

} // namespace pyxc::sema
