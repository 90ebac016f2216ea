// Arithmetic on C numbers as the lowering specialises it (ir/c_operations.def):
// the printers spell the operation; they never decide its semantics.
#pragma once

#include "frontend/ast.h"
#include "sema/directives.h"
#include "sema/typer.h"

#include <string_view>

namespace pyxc::ir {

enum class COperationKind : uint8_t {
#define C_OPERATION(Name, Word, Errors) Name,
#include "ir/c_operations.def"
#undef C_OPERATION
};
std::string_view wordOf(COperationKind k);
// The Python exceptions it may raise ("ZeroDivisionError, OverflowError"), or empty.
std::string_view errorsOf(COperationKind k);

struct COperation {
  COperationKind kind = COperationKind::Plain;
  ast::BinOpKind op = ast::BinOpKind::Add; // Plain: the operator C spells
  // The type the operands are computed in (a division's: the wider of the
  // two, or the result's for `/`), and the result's.
  const sema::Type *operand = nullptr, *result = nullptr;
};

// An operand's C type; a literal beside a C operand takes Cython's type
// for it (long, double, bint for True/False, double complex for 2j).
const sema::Type *cOperandType(const sema::Typing &typing, const ast::Expr *e);

// `left op right` on C operands of types `left` and `right` (a literal's:
// the type Cython gives it beside a C operand) with a result of type
// `result`, under the directives `d`.
COperation planCOperation(ast::BinOpKind op, const sema::Type *left, const sema::Type *right,
                          const sema::Type *result, const sema::Directives &d, const sema::TypeTable &types);

} // namespace pyxc::ir
