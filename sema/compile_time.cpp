#include "sema/compile_time.h"

#include <cctype>
#include <climits>
#include <cmath>
#include <cstdlib>

namespace pyxc::sema {

using namespace ast;
using V = CompileTimeValue;

bool CompileTimeValue::truth() const {
  switch (kind) {
  case Kind::None: return false;
  case Kind::Bool:
  case Kind::Int: return i != 0;
  case Kind::Float: return f != 0;
  case Kind::Tuple: return !items.empty();
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

std::optional<bool> equal(const V &a, const V &b);

std::optional<bool> compare(CmpOpKind op, const V &a, const V &b) {
  if (a.kind == V::Kind::Tuple || b.kind == V::Kind::Tuple) {
    if (op == CmpOpKind::In || op == CmpOpKind::NotIn) { // x in (a, b, c)
      if (b.kind != V::Kind::Tuple)
        return std::nullopt;
      for (const V &item : b.items) {
        std::optional<bool> same = equal(a, item);
        if (!same)
          return std::nullopt;
        if (*same)
          return op == CmpOpKind::In;
      }
      return op == CmpOpKind::NotIn;
    }
    std::optional<bool> same = equal(a, b);
    if (!same || (op != CmpOpKind::Eq && op != CmpOpKind::NotEq))
      return std::nullopt;
    return *same == (op == CmpOpKind::Eq);
  }
  int c;
  if (numeric(a) && numeric(b)) {
    double x = asDouble(a), y = asDouble(b);
    if (std::isnan(x) || std::isnan(y)) // unordered: only != holds
      return op == CmpOpKind::NotEq ? std::optional(true)
             : op == CmpOpKind::Eq || op == CmpOpKind::Lt || op == CmpOpKind::LtE || op == CmpOpKind::Gt ||
                     op == CmpOpKind::GtE
                 ? std::optional(false)
                 : std::nullopt;
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

std::optional<bool> equal(const V &a, const V &b) {
  if (a.kind == V::Kind::Tuple || b.kind == V::Kind::Tuple) {
    if (a.kind != b.kind || a.items.size() != b.items.size())
      return false;
    for (size_t k = 0; k < a.items.size(); ++k) {
      std::optional<bool> same = equal(a.items[k], b.items[k]);
      if (!same || !*same)
        return same;
    }
    return true;
  }
  if (numeric(a) != numeric(b) || (!numeric(a) && a.kind != b.kind))
    return false; // 1 == "1" is False
  return compare(CmpOpKind::Eq, a, b);
}

// Tuples: concatenation and repetition; an item by its index.
std::optional<V> tupleArithmetic(BinOpKind op, const V &l, const V &r) {
  if (op == BinOpKind::Add && l.kind == V::Kind::Tuple && r.kind == V::Kind::Tuple) {
    V v = l;
    v.items.insert(v.items.end(), r.items.begin(), r.items.end());
    return v;
  }
  const V &t = l.kind == V::Kind::Tuple ? l : r, &n = l.kind == V::Kind::Tuple ? r : l;
  if (op == BinOpKind::Mult && (n.kind == V::Kind::Int || n.kind == V::Kind::Bool) && n.i < 4096) {
    V v;
    v.kind = V::Kind::Tuple;
    for (long long k = 0; k < n.i; ++k)
      v.items.insert(v.items.end(), t.items.begin(), t.items.end());
    return v;
  }
  return std::nullopt;
}

// float('nan'), float('-inf'), float(x): as Python parses them.
std::optional<V> toFloat(const V &v) {
  if (numeric(v))
    return makeFloat(asDouble(v));
  if (v.kind != V::Kind::Str)
    return std::nullopt;
  std::string s = v.s;
  for (char &ch : s)
    ch = char(std::tolower(static_cast<unsigned char>(ch)));
  bool negative = !s.empty() && s[0] == '-';
  std::string body = !s.empty() && (s[0] == '-' || s[0] == '+') ? s.substr(1) : s;
  if (body == "nan")
    return makeFloat(negative ? -NAN : NAN);
  if (body == "inf" || body == "infinity")
    return makeFloat(negative ? -INFINITY : INFINITY);
  char *end = nullptr;
  double d = std::strtod(v.s.c_str(), &end);
  if (v.s.empty() || *end)
    return std::nullopt;
  return makeFloat(d);
}

} // namespace

// The builtins Cython evaluates in DEF and IF expressions.
std::optional<V> CompileTimeEnv::call(const Call *c, const ConstantNames &names) const {
  if (c->func->kind != Kind::Name || !c->keywords.empty())
    return std::nullopt;
  std::vector<V> args;
  for (const Expr *a : c->args) {
    std::optional<V> v = a->kind == Kind::Starred ? std::nullopt : eval(a, names);
    if (!v)
      return std::nullopt;
    args.push_back(*v);
  }
  std::string_view fn = as<Name>(c->func)->id;
  if (args.size() == 1) {
    const V &x = args[0];
    if (fn == "float")
      return toFloat(x);
    if (fn == "int" && x.kind == V::Kind::Float && std::isfinite(x.f) && std::fabs(x.f) < 9.2e18)
      return makeInt((long long)std::trunc(x.f));
    if (fn == "int" && (x.kind == V::Kind::Int || x.kind == V::Kind::Bool))
      return makeInt(x.i);
    if (fn == "bool")
      return makeBool(x.truth());
    if (fn == "len" && x.kind == V::Kind::Tuple)
      return makeInt((long long)x.items.size());
    if (fn == "len" && x.kind == V::Kind::Bytes)
      return makeInt((long long)x.s.size());
    if (fn == "abs" && x.kind == V::Kind::Float)
      return makeFloat(std::fabs(x.f));
    if (fn == "abs" && (x.kind == V::Kind::Int || x.kind == V::Kind::Bool) && x.i != LLONG_MIN)
      return makeInt(x.i < 0 ? -x.i : x.i);
  }
  if ((fn == "min" || fn == "max") && !args.empty()) {
    std::vector<V> pool = args.size() == 1 && args[0].kind == V::Kind::Tuple ? args[0].items : args;
    if (pool.empty())
      return std::nullopt;
    V best = pool[0];
    for (const V &v : pool) {
      std::optional<bool> better = compare(fn == "min" ? CmpOpKind::Lt : CmpOpKind::Gt, v, best);
      if (!better)
        return std::nullopt;
      if (*better)
        best = v;
    }
    return best;
  }
  return std::nullopt;
}

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
    if (l && r && (l->kind == V::Kind::Tuple || r->kind == V::Kind::Tuple))
      return tupleArithmetic(b->op, *l, *r);
    return l && r ? arithmetic(b->op, *l, *r) : std::nullopt;
  }
  case Kind::Tuple: {
    V v;
    v.kind = V::Kind::Tuple;
    for (const Expr *item : as<Sequence>(e)->elts) {
      std::optional<V> x = item->kind == Kind::Starred ? std::nullopt : eval(item, names);
      if (!x)
        return std::nullopt;
      v.items.push_back(*x);
    }
    return v;
  }
  case Kind::Subscript: { // an item of a tuple constant
    auto *s = as<Subscript>(e);
    auto t = eval(s->value, names);
    auto k = s->slice->kind == Kind::Slice ? std::nullopt : evalInt(s->slice, names);
    if (!t || !k || t->kind != V::Kind::Tuple)
      return std::nullopt;
    long long n = (long long)t->items.size(), index = *k < 0 ? *k + n : *k;
    return index >= 0 && index < n ? std::optional(t->items[index]) : std::nullopt;
  }
  case Kind::Call: return call(as<Call>(e), names);
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
