// C function values that a module uses as Python objects (Cython's
// cfunc.to_py): `cdef object f = square`, `return libc.math.sqrt`,
// `{"f": cfunc}`, `(<object>cfunc)(x)`. The lowering gives each such
// signature a Python wrapper (ir::FunctionKind::FunctionObject); these
// are the facts it is made from.
#pragma once

#include "sema/typer.h"

#include <vector>

namespace pyxc::ir {

// The parameter names of the Python function of a C function type: the C
// parameters' names, `arg<i>` for unnamed ones (as Cython names them).
std::vector<std::string> wrapperParamNames(const sema::Type *fn);

// The docstring Cython gives that Python function: "wrap(x: float) -> float",
// each C type as its annotation (quoted, but double as float and bint as
// bool; builtin types bare; plain objects without one).
std::string functionObjectDoc(const sema::Type *fn);

// Whether C functions of the types `a` and `b` share one Python wrapper:
// the same signature, exception declaration and parameter names.
bool sameFunctionObject(const sema::Type *a, const sema::Type *b);

} // namespace pyxc::ir
