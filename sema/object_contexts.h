// Where C values become Python objects: the one rule of which expressions
// a module converts from C to objects (an object variable's value, a
// Python call's argument, a display's item, a def's return value, an
// operand beside an object...). sema/c_checks.cpp reports the C values of
// types that do not convert; the lowering gives C functions used as
// objects their Python wrappers.
#pragma once

#include "frontend/ast.h"
#include "sema/typer.h"

#include <span>
#include <vector>

namespace pyxc::sema {

// The C-typed expressions whose values the module converts to Python
// objects, in source order.
std::vector<const ast::Expr *> valuesConvertedToObjects(const ast::Module *m, const Typing &typing);

// `a, b` as a statement: its items, each evaluated on its own (no tuple is
// made, and C items are not converted, as Cython does); empty for any other
// value, and for tuples with starred items.
std::span<ast::Expr *const> unusedTupleItems(const ast::Expr *statementValue);

} // namespace pyxc::sema
