// Where values convert: the one rule of which expressions a module
// converts from C to objects (an object variable's value, a Python call's
// argument, a display's item, a def's return value, an operand beside an
// object...) and which it converts to a C type (a C variable's value, a
// C function's return value, an index, a struct literal's field...).
// sema/c_checks.cpp reports the C values of types that do not convert;
// the lowering gives C functions used as objects their Python wrappers
// and plans every conversion to C (ir/conversions.h).
#pragma once

#include "frontend/ast.h"
#include "sema/typer.h"

#include <map>
#include <span>
#include <vector>

namespace pyxc::sema {

struct ValueContexts {
  // The C-typed expressions whose values the module converts to Python
  // objects, in source order.
  std::vector<const ast::Expr *> toObjects;
  // The expressions whose contexts want a value of a C type (an object or
  // a C value of another type converted to it), in source order; the
  // lowering adds those of the contexts it plans (C calls' arguments, C
  // loops' bounds).
  std::vector<std::pair<const ast::Expr *, const Type *>> toC;
};
// `cFunctions`: the compiled C functions (definition -> C function type),
// which give the C type return values convert to; without them (before
// the lowering) a C method's return values count as C values.
ValueContexts valueContexts(const ast::Module *m, const Typing &typing,
                            const std::map<const ast::Node *, const Type *> *cFunctions = nullptr);

// `a, b` as a statement: its items, each evaluated on its own (no tuple is
// made, and C items are not converted, as Cython does); empty for any other
// value, and for tuples with starred items.
std::span<ast::Expr *const> unusedTupleItems(const ast::Expr *statementValue);

} // namespace pyxc::sema
