// Loops over range() and cython.parallel.prange() that run as C loops when
// their target is a C integer: one rule for the typer's inference, the
// exception analysis and the lowering, so the three never disagree.
#pragma once

#include "sema/scopes.h"
#include "sema/typer.h"

#include <optional>
#include <string>

namespace pyxc::sema {

// The dotted name an expression has in the cython module (`cython.cast` ->
// "cast", `cython.parallel.prange` or an alias of it -> "parallel.prange"),
// or empty when it names nothing of cython's.
std::string cythonPath(const Typing &typing, const ast::Expr *e);
// NAME for `cython.NAME` or a name imported from cython (`from cython
// import typeof`), else empty.
std::string_view cythonAttribute(const Typing &typing, const ast::Expr *e);

struct RangeCall {
  const ast::Call *call = nullptr;
  bool prange = false;
};

// The call of a `for` loop in scope `s` that can run as a C loop, whatever
// the target's type: range() (the builtin, rebound neither in the module
// nor in `s`, no keywords) or prange(), with 1 to 3 positional arguments,
// none starred.
std::optional<RangeCall> rangeCallOf(const ast::For *f, const Scope *s, const ScopeTable &scopes,
                                     const Typing &typing);

// `for x in p` over a C pointer (or a slice of one): Cython runs a slice
// with a known end (and a constant step) as a C loop; anything else is its
// error ("C array iteration requires known end index").
enum class PointerLoop : uint8_t { NotPointer, NeedsEnd, NeedsStepAndEnd, Slice };
PointerLoop pointerLoopOf(const ast::For *f, const Typing &typing);

// The C type of the variable a Name target in scope `s` stores to: a
// C-typed local (declared or inferred) or a cdef variable of the module;
// null for a Python variable.
const Type *cVariableType(const ast::Name *target, const Scope *s, const Typing &typing);

} // namespace pyxc::sema
