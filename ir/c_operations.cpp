// Specialising arithmetic on C numbers (ir/c_operations.h): the operator,
// the operands' types and the directives decide the operation once.
#include "ir/c_operations.h"

#include <cmath>

namespace pyxc::ir {

using ast::BinOpKind;
using sema::Type;
using sema::TypeKind;

std::string_view wordOf(COperationKind k) {
  static constexpr std::string_view words[] = {
#define C_OPERATION(Name, Word, Errors) Word,
#include "ir/c_operations.def"
#undef C_OPERATION
  };
  return words[size_t(k)];
}

std::string_view errorsOf(COperationKind k) {
  static constexpr std::string_view errors[] = {
#define C_OPERATION(Name, Word, Errors) Errors,
#include "ir/c_operations.def"
#undef C_OPERATION
  };
  return errors[size_t(k)];
}

const Type *cOperandType(const sema::Typing &typing, const ast::Expr *e) {
  using namespace ast;
  const Type *t = typing.typeOf(e);
  if (!t->isObject())
    return t;
  const Expr *imaginary = e->kind == Kind::UnaryOp ? as<UnaryOp>(e)->operand : e;
  if (imaginary->kind == Kind::Constant && as<Constant>(imaginary)->ck == ConstKind::Complex)
    return typing.types.complexOf(typing.types.cDouble()); // 2j
  const Expr *literal = e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub ? as<UnaryOp>(e)->operand : e;
  if (literal->kind == Kind::Constant) {
    auto *c = as<Constant>(literal);
    if (c->ck == ConstKind::Float && std::isfinite(c->number))
      return typing.types.cDouble();
    if (literal == e && (c->ck == ConstKind::True || c->ck == ConstKind::False))
      return typing.types.bint();
  }
  return typing.types.cLong();
}

COperation planCOperation(BinOpKind op, const Type *left, const Type *right, const Type *result,
                          const sema::Directives &d, const sema::TypeTable &types) {
  using K = COperationKind;
  COperation plan;
  plan.op = op;
  plan.operand = plan.result = result;
  auto is = [&](K k) {
    plan.kind = k;
    return plan;
  };
  if (result->kind == TypeKind::Complex) {
    switch (op) {
    case BinOpKind::Add: return is(K::ComplexAdd);
    case BinOpKind::Sub: return is(K::ComplexSubtract);
    case BinOpKind::Mult: return is(K::ComplexMultiply);
    default: return is(d.cdivision ? K::ComplexDivide : K::CheckedComplexDivide);
    }
  }
  if (d.overflowcheck && result->kind == TypeKind::Int) {
    if (op == BinOpKind::Add)
      return is(K::CheckedAdd);
    if (op == BinOpKind::Sub)
      return is(K::CheckedSubtract);
    if (op == BinOpKind::Mult)
      return is(K::CheckedMultiply);
  }
  if (op == BinOpKind::Pow)
    return is(result->kind == TypeKind::Float ? K::FloatPower : K::IntegerPower);
  if (op != BinOpKind::Div && op != BinOpKind::FloorDiv && op != BinOpKind::Mod)
    return is(K::Plain); // C spells these as Python does
  if (op == BinOpKind::Div && result->kind != TypeKind::Float)
    op = BinOpKind::FloorDiv; // language_level=2: the typer gave `/` on C integers an integer type
  plan.operand = op == BinOpKind::Div ? result : types.widest(left, right);
  bool floating = plan.operand->kind == TypeKind::Float;
  if (d.cdivision) {
    if (op == BinOpKind::Div)
      return is(K::CDivide);
    if (floating)
      return is(op == BinOpKind::Mod ? K::CFloatModulo : K::CFloatFloorDivide);
    return is(op == BinOpKind::Mod ? K::CModulo : K::CIntegerDivide);
  }
  return is(op == BinOpKind::Div ? K::Divide : op == BinOpKind::Mod ? K::Modulo : K::FloorDivide);
}

} // namespace pyxc::ir
