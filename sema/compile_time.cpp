#include "sema/compile_time.h"

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

std::optional<V> arithmetic(BinOpKind op, const V &a, const V &b) {
  if ((a.kind == V::Kind::Str || a.kind == V::Kind::Bytes) && a.kind == b.kind && op == BinOpKind::Add) {
    V r = a;
    r.s += b.s;
    return r;
  }
  if (!numeric(a) || !numeric(b))
    return std::nullopt;
  if (a.kind == V::Kind::Float || b.kind == V::Kind::Float || op == BinOpKind::Div) {
    double x = asDouble(a), y = asDouble(b);
    switch (op) {
    case BinOpKind::Add: return makeFloat(x + y);
    case BinOpKind::Sub: return makeFloat(x - y);
    case BinOpKind::Mult: return makeFloat(x * y);
    case BinOpKind::Div: return y != 0 ? std::optional(makeFloat(x / y)) : std::nullopt;
    case BinOpKind::Pow: return makeFloat(std::pow(x, y));
    default: return std::nullopt;
    }
  }
  long long x = a.i, y = b.i;
  switch (op) {
  case BinOpKind::Add: return makeInt(x + y);
  case BinOpKind::Sub: return makeInt(x - y);
  case BinOpKind::Mult: return makeInt(x * y);
  case BinOpKind::FloorDiv: {
    if (!y)
      return std::nullopt;
    long long q = x / y;
    return makeInt(q - ((x % y != 0) && ((x < 0) != (y < 0))));
  }
  case BinOpKind::Mod: {
    if (!y)
      return std::nullopt;
    long long r = x % y;
    return makeInt(r != 0 && ((r < 0) != (y < 0)) ? r + y : r);
  }
  case BinOpKind::LShift: return y >= 0 && y < 63 ? std::optional(makeInt(x << y)) : std::nullopt;
  case BinOpKind::RShift: return y >= 0 && y < 63 ? std::optional(makeInt(x >> y)) : std::nullopt;
  case BinOpKind::BitAnd: return makeInt(x & y);
  case BinOpKind::BitOr: return makeInt(x | y);
  case BinOpKind::BitXor: return makeInt(x ^ y);
  case BinOpKind::Pow: {
    if (y < 0)
      return makeFloat(std::pow(double(x), double(y)));
    long long r = 1;
    for (long long k = 0; k < y && k < 64; ++k)
      r *= x;
    return makeInt(r);
  }
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

std::optional<V> CompileTimeEnv::eval(const Expr *e) const {
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
    const V *v = lookup(as<Name>(e)->id);
    return v ? std::optional(*v) : std::nullopt;
  }
  case Kind::UnaryOp: {
    auto *u = as<UnaryOp>(e);
    auto v = eval(u->operand);
    if (!v)
      return std::nullopt;
    if (u->op == UnaryOpKind::Not)
      return makeBool(!v->truth());
    if (!numeric(*v))
      return std::nullopt;
    if (u->op == UnaryOpKind::USub)
      return v->kind == V::Kind::Float ? makeFloat(-v->f) : makeInt(-v->i);
    if (u->op == UnaryOpKind::Invert && v->kind != V::Kind::Float)
      return makeInt(~v->i);
    return v;
  }
  case Kind::BinOp: {
    auto *b = as<BinOp>(e);
    auto l = eval(b->left), r = eval(b->right);
    return l && r ? arithmetic(b->op, *l, *r) : std::nullopt;
  }
  case Kind::Compare: {
    auto *c = as<Compare>(e);
    auto left = eval(c->left);
    if (!left)
      return std::nullopt;
    for (size_t i = 0; i < c->comparators.size(); ++i) {
      auto right = eval(c->comparators[i]);
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
      last = eval(operand);
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

} // namespace pyxc::sema
