// Cython's checks of code that runs without the GIL: every operation on
// Python objects there is an error, reported in Cython's words.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <optional>

namespace pyxc::sema {

void checkNogil(const ast::Module *m, const SourceFile &file, const ScopeTable &scopes, const Typing &typing,
                DiagnosticEngine &diags);

// The compile-time condition of `with nogil(cond):` / `with gil(cond):`
// (a constant: literals, DEF names, `1 < 2`): whether the block changes
// the GIL's state; empty where it is not a constant (Cython's error).
std::optional<bool> gilCondition(const ast::Expr *condition, const Typing &typing);

} // namespace pyxc::sema
