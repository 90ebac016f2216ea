// Source text of an expression, spelled as CPython spells annotation strings.
//
// Annotations are stored this way: under `from __future__ import annotations`
// (PEP 563) CPython keeps each annotation as the unparsed string, and Cython
// does the same for every annotation of a compiled module.
#pragma once

#include "frontend/ast.h"

#include <string>

namespace pyxc {

class SourceFile;

// `file` supplies the source text of Cython-only nodes (C types, casts),
// which ast.unparse has no spelling for.
std::string unparse(const ast::Expr *e, const SourceFile &file);

} // namespace pyxc
