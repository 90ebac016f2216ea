// Specialising operations on Python objects (sema/object_operations.h).
#include "sema/object_operations.h"

#include "sema/percent_format.h"

namespace pyxc::sema {

using namespace ast;

std::string_view wordOf(ObjectOperationKind k) {
  static constexpr std::string_view words[] = {
#define OBJECT_OPERATION(Name, Word, Raises) Word,
#include "sema/object_operations.def"
#undef OBJECT_OPERATION
  };
  return words[size_t(k)];
}

bool mayRaise(ObjectOperationKind k) {
  static constexpr bool raises[] = {
#define OBJECT_OPERATION(Name, Word, Raises) Raises,
#include "sema/object_operations.def"
#undef OBJECT_OPERATION
  };
  return raises[size_t(k)];
}

std::string_view smallIntLiteral(const Expr *e) {
  if (e->kind != Kind::Constant)
    return {};
  auto *c = as<Constant>(e);
  // One 30-bit digit: at most 1073741823, nine decimal digits always fit.
  if (c->ck != ConstKind::Int || c->value.size() > 9)
    return {};
  return c->value;
}

static bool isStrLiteral(const Expr *e) {
  return e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::Str;
}

// Cython's optimiser formats a str literal with a tuple display of as many
// plain values as its specifiers take, without the % operator.
static bool formatsAsFString(const Expr *left, const Expr *right) {
  if (!isStrLiteral(left) || right->kind != Kind::Tuple)
    return false;
  List<Expr> args = as<Sequence>(right)->elts;
  for (const Expr *a : args)
    if (a->kind == Kind::Starred)
      return false;
  return percentFormat(as<Constant>(left)->value, args.size()).has_value();
}

// The operators with a runtime helper for a small int operand.
static bool hasSmallIntHelper(BinOpKind op) {
  return op == BinOpKind::Add || op == BinOpKind::Sub || op == BinOpKind::Mult || op == BinOpKind::Mod ||
         op == BinOpKind::FloorDiv;
}

ObjectOperation planObjectArithmetic(BinOpKind op, const Expr *left, const Expr *right, bool inplace, bool cython) {
  using K = ObjectOperationKind;
  ObjectOperation plan;
  plan.op = op;
  plan.inplace = inplace;
  auto is = [&](K k) {
    plan.kind = k;
    return plan;
  };
  if (op == BinOpKind::Pow)
    return is(K::Power);
  if (!inplace && cython && op == BinOpKind::Mod && formatsAsFString(left, right))
    return is(K::PercentFormat);
  std::string_view digits = smallIntLiteral(right);
  // `x % 0` and `x // 0`: ZeroDivisionError comes from the protocol.
  bool zeroDivisor = (op == BinOpKind::Mod || op == BinOpKind::FloorDiv) && digits == "0";
  if (!digits.empty() && hasSmallIntHelper(op) && !zeroDivisor) {
    plan.smallInt = digits;
    return is(K::SmallIntOperand);
  }
  if (!inplace && op == BinOpKind::Add && (isStrLiteral(left) || isStrLiteral(right)))
    return is(K::StrLiteralAdd);
  return is(K::Arithmetic);
}

ObjectOperation planObjectComparison(CmpOpKind op, const Expr *right, KnownObject known, bool typedDictKnown) {
  using K = ObjectOperationKind;
  ObjectOperation plan;
  plan.cmp = op;
  auto is = [&](K k) {
    plan.kind = k;
    return plan;
  };
  switch (op) {
  case CmpOpKind::Is:
  case CmpOpKind::IsNot: return is(K::Identity);
  case CmpOpKind::In:
  case CmpOpKind::NotIn:
    if (known.container == Container::Dict)
      return is(K::DictContains);
    if (known.container == Container::Set)
      return is(K::SetContains);
    if (known.container == Container::Unknown && known.declaredDict && typedDictKnown)
      return is(K::DictOrNoneContains);
    return is(K::Contains);
  default:
    plan.smallInt = smallIntLiteral(right);
    return is(plan.smallInt.empty() ? K::RichCompare : K::SmallIntCompare);
  }
}

} // namespace pyxc::sema
