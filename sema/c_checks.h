// Cython's checks of assignments between C types: a value of one C type
// stored where another is wanted (an assignment, a declaration's value, an
// argument of a C function or a struct literal, a cdef function's return)
// must be assignable as Cython defines it; function pointers also need
// compatible exception values and nogil-ness.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"
#include "sema/typer.h"

namespace pyxc::sema {

void checkCCode(const ast::Module *m, const SourceFile &file, const Typing &typing, DiagnosticEngine &diags);

// Whether two C types are the same type (structurally: a pointer to the
// same type, a function of the same signature).
bool sameCType(const Type *a, const Type *b);

// Whether a function declared `source` may stand where one declared
// `target` is expected, as far as exceptions go: a narrower exception
// check is fine, a missing one is not (Cython's _is_exception_compatible_with).
bool exceptionCompatible(const Type *source, const Type *target);

// Whether a C value of type `t` becomes a Python object as Cython converts
// it (a C function: see functionConvertsToPython).
bool convertsToPython(const Type *t);
// Whether a Python object converts to the C type `t`.
bool convertsFromPython(const Type *t);
// `[a, b, c]` where a pointer is wanted (`cdef double *p = [1, 2, 3]`):
// a C array of the function holds the items, as Cython makes it.
bool listToPointer(const ast::Expr *e, const Type *want);
// Whether a C function becomes a Python function (Cython's cfunc.to_py):
// no optional arguments or `...`, and every parameter and the result
// convert.
bool functionConvertsToPython(const Type *f);

} // namespace pyxc::sema
