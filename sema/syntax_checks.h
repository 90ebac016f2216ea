// CPython's compile-time checks that need no scopes or types: break and
// continue outside a loop, return outside a function, duplicate arguments,
// repeated keyword arguments, nonlocal at module level, duplicate keys of
// mapping patterns and repeated attributes of class patterns.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace pyxc::sema {

// Reports each violation in `m`; `cython` picks Cython's wording where it
// has its own (.pyx files), CPython's otherwise.
// CPython's "keyword argument repeated" for each keyword given twice.
void checkRepeatedKeywords(std::span<ast::Keyword *const> keywords, const SourceFile &file, DiagnosticEngine &diags);

void checkSyntax(const ast::Module *m, const SourceFile &file, bool cython, DiagnosticEngine &diags);

} // namespace pyxc::sema
