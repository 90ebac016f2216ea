// Cython's checks of code that runs without the GIL: every operation on
// Python objects there is an error, reported in Cython's words.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"
#include "sema/scopes.h"
#include "sema/typer.h"

namespace pyxc::sema {

void checkNogil(const ast::Module *m, const SourceFile &file, const ScopeTable &scopes, const Typing &typing,
                DiagnosticEngine &diags);

} // namespace pyxc::sema
