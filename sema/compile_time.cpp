#include "sema/compile_time.h"

#include <climits>
#include <cmath>

namespace pyxc::sema {

using namespace ast;
using V = CompileTimeValue;

bool CompileTimeValue::truth() const {
  switch (kind) {
  case Kind::None: return false;
  case Kind::Bool:
  case Kind::Int: return i != 0;
  case Kind::Float: return f != 0;
  default: return !s.empty();
  }
}

namespace {

V makeInt(long long i) {
  V v;
  v.kind = V::Kind::Int;
  v.i = i;
  return v;
}
V makeFloat(double f) {
  V v;
  v.kind = V::Kind::Float;
  v.f = f;
  return v;
}
V makeBool(bool b) {
  V v;
  v.kind = V::Kind::Bool;
  v.i = b;
  return v;
}
bool numeric(const V &v) { return v.kind == V::Kind::Int || v.kind == V::Kind::Bool || v.kind == V::Kind::Float; }
double asDouble(const V &v) { return v.kind == V::Kind::Float ? v.f : double(v.i); }

// Python's float divmod: the quotient floored, the remainder with the
// divisor's sign.
std::optional<std::pair<double, double>> floatDivmod(double x, double y) {
  if (y == 0)
    return std::nullopt;
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double floordiv = div != 0 ? std::floor(div) : std::copysign(0.0, x / y);
  if (div - floordiv > 0.5)
    floordiv += 1;
  return std::pair(floordiv, mod);
}

// x op y when it fits in 64 bits.
template <class Op> std::optional<V> checked(Op op, long long x, long long y) {
  long long r = 0;
  if (op(x, y, &r))
    return std::nullopt;
  return makeInt(r);
}

std::optional<V> intArithmetic(BinOpKind op, long long x, long long y) {
  switch (op) {
  case BinOpKind::Add:
    return checked([](long long a, long long b, long long *r) { return __builtin_add_overflow(a, b, r); }, x, y);
  case BinOpKind::Sub:
    return checked([](long long a, long long b, long long *r) { return __builtin_sub_overflow(a, b, r); }, x, y);
  case BinOpKind::Mult:
    return checked([](long long a, long long b, long long *r) { return __builtin_mul_overflow(a, b, r); }, x, y);
  case BinOpKind::FloorDiv:
  case BinOpKind::Mod: {
    if (y == 0 || (x == LLONG_MIN && y == -1))
      return std::nullopt;
    long long q = x / y, m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) { // C truncates; Python floors
      q -= 1;
      m += y;
    }
    return makeInt(op == BinOpKind::FloorDiv ? q : m);
  }
  case BinOpKind::LShift:
    if (y < 0 || y > 63 || (x != 0 && (y >= 63 || ((x << y) >> y) != x)))
      return y >= 0 && x == 0 ? std::optional(makeInt(0)) : std::nullopt;
    return makeInt(x << y);
  case BinOpKind::RShift:
    if (y < 0)
      return std::nullopt;
    return makeInt(y > 63 ? (x < 0 ? -1 : 0) : x >> y);
  case BinOpKind::BitAnd: return makeInt(x & y);
  case BinOpKind::BitOr: return makeInt(x | y);
  case BinOpKind::BitXor: return makeInt(x ^ y);
  case BinOpKind::Pow: {
    if (y < 0)
      return x == 0 ? std::nullopt : std::optional(makeFloat(std::pow(double(x), double(y))));
    if (x == 0 || x == 1)
      return makeInt(y == 0 ? 1 : x);
    if (x == -1)
      return makeInt(y % 2 ? -1 : 1);
    long long acc = 1; // |x| >= 2: at most 63 steps before it overflows
    for (long long k = 0; k < y; ++k)
      if (__builtin_mul_overflow(acc, x, &acc))
        return std::nullopt;
    return makeInt(acc);
  }
  default: return std::nullopt;
  }
}

std::optional<V> arithmetic(BinOpKind op, const V &a, const V &b) {
  if ((a.kind == V::Kind::Str || a.kind == V::Kind::Bytes) && a.kind == b.kind && op == BinOpKind::Add) {
    V r = a;
    r.s += b.s;
    return r;
  }
  if (!numeric(a) || !numeric(b))
    return std::nullopt;
  if (a.kind != V::Kind::Float && b.kind != V::Kind::Float && op != BinOpKind::Div)
    return intArithmetic(op, a.i, b.i);
  double x = asDouble(a), y = asDouble(b);
  switch (op) {
  case BinOpKind::Add: return makeFloat(x + y);
  case BinOpKind::Sub: return makeFloat(x - y);
  case BinOpKind::Mult: return makeFloat(x * y);
  case BinOpKind::Div: return y != 0 ? std::optional(makeFloat(x / y)) : std::nullopt;
  case BinOpKind::FloorDiv:
  case BinOpKind::Mod: {
    auto qr = floatDivmod(x, y);
    if (!qr)
      return std::nullopt;
    return makeFloat(op == BinOpKind::FloorDiv ? qr->first : qr->second);
  }
  case BinOpKind::Pow:
    if (x == 0 && y < 0)
      return std::nullopt;
    if (x < 0 && y != std::floor(y))
      return std::nullopt; // a complex result
    return makeFloat(std::pow(x, y));
  default: return std::nullopt;
  }
}

std::optional<bool> compare(CmpOpKind op, const V &a, const V &b) {
  int c;
  if (numeric(a) && numeric(b)) {
    double x = asDouble(a), y = asDouble(b);
    c = x < y ? -1 : x > y;
  } else if (a.kind == b.kind && (a.kind == V::Kind::Str || a.kind == V::Kind::Bytes)) {
    c = a.s.compare(b.s);
    c = c < 0 ? -1 : c > 0;
  } else if (a.kind == V::Kind::None && b.kind == V::Kind::None) {
    c = 0;
  } else {
    return std::nullopt;
  }
  switch (op) {
  case CmpOpKind::Eq: return c == 0;
  case CmpOpKind::NotEq: return c != 0;
  case CmpOpKind::Lt: return c < 0;
  case CmpOpKind::LtE: return c <= 0;
  case CmpOpKind::Gt: return c > 0;
  case CmpOpKind::GtE: return c >= 0;
  default: return std::nullopt;
  }
}

} // namespace

std::optional<V> CompileTimeEnv::eval(const Expr *e, const ConstantNames &names) const {
  switch (e->kind) {
  case Kind::Constant: {
    auto *c = as<Constant>(e);
    switch (c->ck) {
    case ConstKind::None: return V{};
    case ConstKind::True: return makeBool(true);
    case ConstKind::False: return makeBool(false);
    case ConstKind::Int:
      if (c->value.size() > 18)
        return std::nullopt;
      return makeInt(std::stoll(std::string(c->value)));
    case ConstKind::Float: return makeFloat(c->number);
    case ConstKind::Char: // c'x': the character's code, as C has it
      if (c->value.size() != 1)
        return std::nullopt;
      return makeInt(static_cast<signed char>(c->value[0]));
    case ConstKind::Str:
    case ConstKind::Bytes: {
      V v;
      v.kind = c->ck == ConstKind::Str ? V::Kind::Str : V::Kind::Bytes;
      v.s = std::string(c->value);
      return v;
    }
    default: return std::nullopt;
    }
  }
  case Kind::Name: {
    if (const V *v = lookup(as<Name>(e)->id))
      return *v;
    if (names)
      if (std::optional<long long> i = names(as<Name>(e)->id))
        return makeInt(*i);
    return std::nullopt;
  }
  case Kind::UnaryOp: {
    auto *u = as<UnaryOp>(e);
    auto v = eval(u->operand, names);
    if (!v)
      return std::nullopt;
    if (u->op == UnaryOpKind::Not)
      return makeBool(!v->truth());
    if (!numeric(*v))
      return std::nullopt;
    if (u->op == UnaryOpKind::USub) {
      if (v->kind == V::Kind::Float)
        return makeFloat(-v->f);
      return v->i == LLONG_MIN ? std::nullopt : std::optional(makeInt(-v->i));
    }
    if (u->op == UnaryOpKind::Invert && v->kind != V::Kind::Float)
      return makeInt(~v->i);
    return v->kind == V::Kind::Bool ? makeInt(v->i) : *v; // +True is 1
  }
  case Kind::BinOp: {
    auto *b = as<BinOp>(e);
    auto l = eval(b->left, names), r = eval(b->right, names);
    return l && r ? arithmetic(b->op, *l, *r) : std::nullopt;
  }
  case Kind::Compare: {
    auto *c = as<Compare>(e);
    auto left = eval(c->left, names);
    if (!left)
      return std::nullopt;
    for (size_t i = 0; i < c->comparators.size(); ++i) {
      auto right = eval(c->comparators[i], names);
      if (!right)
        return std::nullopt;
      auto holds = compare(c->ops[i], *left, *right);
      if (!holds)
        return std::nullopt;
      if (!*holds)
        return makeBool(false);
      left = right;
    }
    return makeBool(true);
  }
  case Kind::BoolOp: {
    auto *b = as<BoolOp>(e);
    std::optional<V> last;
    for (const Expr *operand : b->values) {
      last = eval(operand, names);
      if (!last)
        return std::nullopt;
      if (last->truth() == (b->op == BoolOpKind::Or))
        return last;
    }
    return last;
  }
  default: return std::nullopt;
  }
}

std::optional<long long> CompileTimeEnv::evalInt(const Expr *e, const ConstantNames &names) const {
  std::optional<V> v = eval(e, names);
  if (!v || (v->kind != V::Kind::Int && v->kind != V::Kind::Bool))
    return std::nullopt;
  return v->i;
}

} // namespace pyxc::sema
