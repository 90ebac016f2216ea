// Specialising arithmetic on C numbers (sema/c_operations.h): the operator,
// the operands' types and the directives decide the operation once.
#include "sema/c_operations.h"

#include <cmath>

namespace pyxc::sema {

using ast::BinOpKind;

std::string_view wordOf(COperationKind k) {
  static constexpr std::string_view words[] = {
#define C_OPERATION(Name, Word, Errors) Word,
#include "sema/c_operations.def"
#undef C_OPERATION
  };
  return words[size_t(k)];
}

std::string_view errorsOf(COperationKind k) {
  static constexpr std::string_view errors[] = {
#define C_OPERATION(Name, Word, Errors) Errors,
#include "sema/c_operations.def"
#undef C_OPERATION
  };
  return errors[size_t(k)];
}

const Type *cOperandType(const Typing &typing, const ast::Expr *e) {
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
                          const Directives &d, const TypeTable &types) {
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

std::optional<COperation> planBinaryOperation(const Typing &typing, const ast::BinOp *b, const Directives &d) {
  const Type *t = typing.typeOf(b);
  if (t->isObject() || t->kind == TypeKind::Error || t->kind == TypeKind::Void)
    return std::nullopt;
  COperation plan = planCOperation(b->op, cOperandType(typing, b->left), cOperandType(typing, b->right), t, d, typing.types);
  plan.raises = mayRaise(plan, b->right);
  return plan;
}

// A number literal (`1`, `-2.5`, `2j`, True): C computes with it.
static bool numericLiteral(const ast::Expr *e) {
  using namespace ast;
  if (e->kind == Kind::UnaryOp && (as<UnaryOp>(e)->op == UnaryOpKind::USub || as<UnaryOp>(e)->op == UnaryOpKind::UAdd))
    e = as<UnaryOp>(e)->operand;
  if (e->kind != Kind::Constant)
    return false;
  ConstKind k = as<Constant>(e)->ck;
  return k == ConstKind::Int || k == ConstKind::Float || k == ConstKind::Complex || k == ConstKind::True ||
         k == ConstKind::False;
}

std::optional<COperation> planAugmentedOperation(const Typing &typing, const ast::AugAssign *a, const Directives &d) {
  const Type *t = typing.typeOf(a->target), *vt = typing.typeOf(a->value);
  if (t->isObject() || t->kind == TypeKind::Error)
    return std::nullopt;
  bool pointerStep = t->kind == TypeKind::Pointer && (a->op == BinOpKind::Add || a->op == BinOpKind::Sub) &&
                     (vt->isIntegral() || vt->isObject());
  if (pointerStep)
    vt = typing.types.byName("Py_ssize_t");
  else if (vt->isObject() && !numericLiteral(a->value))
    return std::nullopt; // computed on objects, as Cython does: `x = x op v`, then converted back
  else if (vt->isObject())
    vt = t; // a literal, as the target's type
  const Type *result = t->isNumeric() && vt->isNumeric() ? typing.types.widest(t, vt) : t;
  if (a->op == BinOpKind::Div && result->kind != TypeKind::Float)
    result = typing.types.cDouble();
  COperation plan = planCOperation(a->op, t, vt, result, d, typing.types);
  plan.raises = mayRaise(plan, a->value);
  return plan;
}

std::vector<const Type *> planComparison(const Typing &typing, const ast::Compare *c) {
  std::vector<const Type *> common;
  const Type *left = cOperandType(typing, c->left);
  for (const ast::Expr *operand : c->comparators) {
    const Type *right = cOperandType(typing, operand);
    bool complex = left->kind == TypeKind::Complex || right->kind == TypeKind::Complex;
    common.push_back(complex ? typing.types.widest(left, right) : nullptr);
    left = right;
  }
  return common;
}

bool mayRaise(const COperation &plan, const ast::Expr *divisor) {
  using K = COperationKind;
  if (errorsOf(plan.kind).empty())
    return false;
  if (plan.kind != K::Divide && plan.kind != K::FloorDivide && plan.kind != K::Modulo &&
      plan.kind != K::CheckedComplexDivide)
    return true;
  // A divisor that can be neither zero nor -1 (the overflow of INT_MIN / -1).
  using namespace ast;
  if (divisor->kind == Kind::Constant && as<Constant>(divisor)->ck == ConstKind::Float)
    return as<Constant>(divisor)->number == 0;
  auto v = Typing::constantInt(divisor);
  return !v || *v == 0 || *v == -1;
}

} // namespace pyxc::sema
