// Cython's control-flow warnings that need no types: "Unreachable code"
// (warn.unreachable, on by default) after a statement every path leaves
// by return, raise, break or continue, and "implicit declaration of 'x'"
// (warn.undeclared) for a function's locals that no cdef declares.
// With -Werror they are errors, as Cython's.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "sema/directives.h"
#include "sema/scopes.h"

namespace pyxc::sema {

void warnControlFlow(const ast::Module *m, const SourceFile &file, const ScopeTable &scopes,
                     const Directives &directives, DiagnosticEngine &diags);

} // namespace pyxc::sema
