// Arithmetic on C numbers, specialised once (sema/c_operations.def): the
// exception analysis (sema/raises.cpp) asks what each may raise, the
// lowering puts the plans in the IR, the printers spell them; none of them
// decides the semantics again.
#pragma once

#include "frontend/ast.h"
#include "sema/directives.h"
#include "sema/typer.h"

#include <optional>
#include <string_view>
#include <vector>

namespace pyxc::sema {

enum class COperationKind : uint8_t {
#define C_OPERATION(Name, Word, Errors) Name,
#include "sema/c_operations.def"
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
  const Type *operand = nullptr, *result = nullptr;
  // It may raise (its errors, unless its divisor is a constant that rules
  // them out): without, the printers write no check.
  bool raises = false;
};

// `a op b` typed C (null for one typed as an object), under `d`.
std::optional<COperation> planBinaryOperation(const Typing &typing, const ast::BinOp *b, const Directives &d);
// `x op= v` to a C target x: computed in the wider of the two types (a
// pointer moved by a Py_ssize_t; a number literal as x's type); null for
// an object v that is no literal (computed on objects, as Cython does), and for an
// object target.
std::optional<COperation> planAugmentedOperation(const Typing &typing, const ast::AugAssign *a, const Directives &d);

// A chain of comparisons of C values (`a < b <= c`): per comparison, the
// type both operands are compared as when one is complex (== and != of a
// complex and a real), else null (C compares them as they are).
std::vector<const Type *> planComparison(const Typing &typing, const ast::Compare *c);

// Whether it may raise: its errors, unless a constant divisor rules them
// out (neither zero nor -1).
bool mayRaise(const COperation &plan, const ast::Expr *divisor);

// An operand's C type; a literal beside a C operand takes Cython's type
// for it (long, double, bint for True/False, double complex for 2j).
const Type *cOperandType(const Typing &typing, const ast::Expr *e);

// `left op right` on C operands of types `left` and `right` (a literal's:
// the type Cython gives it beside a C operand) with a result of type
// `result`, under the directives `d`.
COperation planCOperation(ast::BinOpKind op, const Type *left, const Type *right,
                          const Type *result, const Directives &d, const TypeTable &types);

} // namespace pyxc::sema
