// Pure-Python mode's class-level declarations rewritten as the Cython
// syntax they spell, so that every later stage sees one language:
//
//   @cython.cclass class C:         ->  cdef class C:
//       x = cython.declare(T)       ->      cdef T x
//       y: T                        ->      cdef T y
//       @cython.cfunc def f(self)   ->      cdef f(self)
//       @cython.ccall def g(self)   ->      cpdef g(self)
//
// `with cython.cclass:` (and `with cython.cfunc:`/`ccall:`) blocks mark every
// class (function) directly inside them; the block itself goes. The names
// the module binds to the cython module (`import cython as cy`, `from
// cython import cclass`) are found at its top level. Module-level
// @cython.cfunc functions stay defs (sema types them as C functions).
#pragma once

#include <string_view>

#include "frontend/arena.h"
#include "frontend/ast.h"

namespace pyxc {

void desugarPureMode(ast::Module *module, Arena &arena);

// The C spelling of a type Cython's pure mode names by an attribute of the
// cython module, without pointer prefixes (`uint` -> "unsigned int",
// `doublecomplex` -> "double complex"); other names as they are.
std::string_view cythonTypeSpelling(std::string_view attr);

// The module imports cython at its top level (`import cython [as cy]`,
// `from cython import ...`): Cython's pure-Python mode.
bool importsCython(const ast::Module *module);

} // namespace pyxc
