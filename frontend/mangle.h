// Private name mangling, as CPython's compiler does it: inside a class
// body (and the functions, lambdas and comprehensions in it), an identifier
// `__spam` (two leading underscores, not ending in two) becomes
// `_Class__spam` (the class name without its leading underscores). Names,
// attributes, definitions, parameters, imports, global/nonlocal, except and
// match captures are mangled; keyword arguments are not. A cdef class's C
// attributes and methods are mangled too, as Cython does.
//
// The parser keeps the source's names (`pyxc parse` prints CPython's AST);
// the driver runs this before scopes are built.
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"

namespace pyxc {

void manglePrivateNames(ast::Module *module, Arena &arena);

} // namespace pyxc
