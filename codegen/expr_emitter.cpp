// Expressions. expr() yields a borrowed PyObject* for the rest of the
// enclosing block; owned() a Ref variable holding a new reference.
#include "codegen/emitter_impl.h"

#include "sema/cpp_types.h"

#include "frontend/ast_fields.h"
#include "frontend/unparse.h"
#include "sema/percent_format.h"
#include "sema/signatures.h"

#include <algorithm>
#include <tuple>

namespace pyxc::codegen {

using namespace ast;
using sema::Binding;
using sema::ObjectOperationKind;

std::string_view richCompareOf(CmpOpKind op) {
  switch (op) {
#define COMPARISON_OPERATOR(Name, Symbol, RichCompare)                                                                \
  case CmpOpKind::Name: return #RichCompare;
#include "frontend/operators.def"
#undef COMPARISON_OPERATOR
  }
  return "0";
}

const ObjectOperation &objectOperation(BinOpKind op) {
  // A switch, so that an operator missing from the table is a warning.
  switch (op) {
#define OBJECT_OPERATION(Op, Call, InplaceCall, ConstInt, Hint)                                                       \
  case BinOpKind::Op: {                                                                                              \
    static const ObjectOperation operation{Call, InplaceCall, ConstInt, Hint};                                       \
    return operation;                                                                                                \
  }
#include "codegen/object_operations.def"
#undef OBJECT_OPERATION
  }
  static const ObjectOperation none{};
  return none;
}

std::string FunctionEmitter::objectArithmetic(const ast::Node *at, const std::string &lhs, const std::string &rhs) {
  const ir::ObjectOperation *plan = m.ir.objectOperation(at);
  if (!plan) {
    internalError(at, "an operation on objects the lowering did not plan");
    return "nullptr";
  }
  const ObjectOperation &calls = objectOperation(plan->op);
  switch (plan->kind) {
  case ObjectOperationKind::Power:
    return fmt::format("{}({}, {}, Py_None)", plan->inplace ? calls.inplaceCall : calls.call, lhs, rhs);
  case ObjectOperationKind::SmallIntOperand:
    return fmt::format("pyxc::{}ConstInt({}, {}, {}, {})", calls.constInt, lhs, rhs, plan->smallInt,
                       plan->inplace ? "true" : "false");
  case ObjectOperationKind::StrLiteralAdd: return fmt::format("pyxc::addStr({}, {})", lhs, rhs);
  case ObjectOperationKind::Arithmetic:
    return fmt::format("{}({}, {})", plan->inplace ? calls.inplaceCall : calls.call, lhs, rhs);
  default: internalError(at, fmt::format("the '{}' operation here", sema::wordOf(plan->kind))); return "nullptr";
  }
}

const ir::ObjectOperation &FunctionEmitter::comparisonPlan(const Compare *c, size_t i) {
  static const ir::ObjectOperation unplanned{};
  const std::vector<ir::ObjectOperation> *plans = m.ir.objectComparison(c);
  if (!plans || i >= plans->size()) {
    internalError(c, "a comparison of objects the lowering did not plan");
    return unplanned;
  }
  return (*plans)[i];
}

sema::Container FunctionEmitter::containerOf(const Expr *e) const { return m.ir.knownObject(e).container; }

std::string FunctionEmitter::containsCall(const ir::ObjectOperation &plan, const std::string &c,
                                          const std::string &item) {
  switch (plan.kind) {
  case ObjectOperationKind::DictContains: return fmt::format("PyDict_Contains({}, {})", c, item);
  case ObjectOperationKind::SetContains: return fmt::format("PySet_Contains({}, {})", c, item);
  // A parameter or local typed `dict` (`cdef dict d`, `def f(dict d)`): a dict or None.
  case ObjectOperationKind::DictOrNoneContains: return fmt::format("pyxc::dictContains({}, {})", c, item);
  default: return fmt::format("pyxc::contains({}, {})", c, item);
  }
}

std::string FunctionEmitter::getItemCall(const Expr *obj, const std::string &o, const std::string &key) const {
  return fmt::format("{}({}, {})", containerOf(obj) == sema::Container::Dict ? "pyxc::dictGetItem" : "pyxc::getItem",
                     o, key);
}

std::string FunctionEmitter::setItemCall(const Expr *obj, const std::string &o, const std::string &key,
                                         const std::string &value) const {
  return fmt::format("{}({}, {}, {})", containerOf(obj) == sema::Container::Dict ? "PyDict_SetItem" : "pyxc::setItem",
                     o, key, value);
}

std::string FunctionEmitter::constant(const Constant *c) {
  switch (c->ck) {
  case ConstKind::None: return "Py_None";
  case ConstKind::True: return "Py_True";
  case ConstKind::False: return "Py_False";
  case ConstKind::Ellipsis: return "Py_Ellipsis";
  case ConstKind::Int: return m.constants.integer(c->value);
  case ConstKind::Float: return m.constants.floating(c->number);
  case ConstKind::Complex: return m.constants.imaginary(c->number);
  case ConstKind::Str: return m.constants.str(c->value);
  case ConstKind::Bytes: return m.constants.bytes(c->value);
  case ConstKind::Char:
    // c'a' is a C char; as an object it is the int of its code.
    if (c->value.size() == 1)
      return m.constants.integer(std::to_string(int(static_cast<signed char>(c->value[0]))));
    break;
  }
  internalError(c, "a C char literal of more than one byte");
  return "Py_None";
}

// A C-typed expression as a new Python object. A floating `**` used as an
// object is Python's power of the two values (complex for a negative base
// and a fractional exponent, as Cython's cpow=False gives).
std::string FunctionEmitter::boxedValue(const Expr *e) {
  if (e->kind == Kind::BinOp && as<BinOp>(e)->op == BinOpKind::Pow && typeOf(e)->kind == sema::TypeKind::Float) {
    auto *b = as<BinOp>(e);
    const sema::Type *t = typeOf(e);
    std::string base = box(cvalue(b->left, t), t, e), exponent = box(cvalue(b->right, t), t, e);
    std::string r = temp("power");
    w.line("Ref {} = own(PyNumber_Power({}.get(), {}.get(), Py_None));", r, base, exponent);
    check(r);
    return r;
  }
  return box(cexpr(e), typeOf(e), e);
}

std::string FunctionEmitter::expr(const Expr *e) {
  if (e->kind != Kind::Constant && isC(e))
    return boxedValue(e) + ".get()";
  if (e->kind == Kind::Constant)
    return constant(as<Constant>(e));
  if (e->kind == Kind::Name) {
    if (const sema::CompileTimeValue *v = compileTimeName(as<Name>(e)->id))
      return compileTimeConstant(*v);
    Binding b = isModule ? Binding::Global : binding(as<Name>(e)->id);
    if (b == Binding::Global || b == Binding::ClassLocal)
      requireGil(e, "Accessing Python global or builtin");
    return loadName(as<Name>(e)->id, as<Name>(e)); // borrowed from a local, or from a temporary Ref
  }
  return owned(e) + ".get()";
}

std::string FunctionEmitter::comprehensionVar(std::string_view id) const {
  for (auto it = comprehensionVars.rbegin(); it != comprehensionVars.rend(); ++it) {
    auto found = it->find(std::string(id));
    if (found != it->end())
      return found->second;
  }
  return {};
}

// An annotation's value for __annotations__: evaluated, or its source string.
std::string FunctionEmitter::annotation(const Expr *a) {
  return m.stringAnnotations ? m.constants.str(unparse(a, m.file)) : expr(a);
}

std::string FunctionEmitter::loadName(std::string_view id, const Name *node) {
  if (std::string cv = comprehensionVar(id); !cv.empty()) {
    if (!comprehensionCells.count(cv))
      return cv + ".get()";
    std::string t = temp("value");
    w.line("Ref {} = keep(PyCell_GET({}.get()));", t, cv);
    w.line("if (!{}) {{ pyxc::raiseUnboundFree({}); goto {}; }}", t, m.cString(id), targets.back().error);
    return t + ".get()";
  }
  Binding b = isModule ? Binding::Global : binding(id);
  if (b == Binding::Global)
    if (const sema::CSymbol *member = m.typing.symbol(id, scope); member && member->thisMember)
      return member->cname; // an object field of the class whose member function this is
  // A cimported cdef class (`from mod cimport Cls`) is its type object,
  // unless the module binds the name itself; so is an @cython.internal
  // class of the module, which is in no dict.
  if (b == Binding::Global || b == Binding::ClassLocal)
    if (const sema::Type *t = m.typing.types.byName(id); t && t->extension)
      if (const ir::ExtensionClass *c = m.ir.extensionClass(t->extension);
          c && ((c->imported && !m.scopes.module()->assigned.count(std::string(id))) || c->internal))
        return fmt::format("reinterpret_cast<PyObject *>({})", c->typeObject);
  std::string k = m.constants.str(id);
  std::string t;
  switch (b) {
  case Binding::Local:
  case Binding::Enclosing: {
    // A parameter is bound on entry and stays bound unless something unbinds it.
    const sema::Scope *owner = compScopes.empty() ? scope : nullptr;
    bool alwaysBound = owner && ((node && boundNames.contains(node)) ||
                                 (!owner->unbound.count(std::string(id)) &&
                                  std::find(owner->params.begin(), owner->params.end(), std::string(id)) !=
                                      owner->params.end()));
    if (!alwaysBound)
      w.line("if (PYXC_UNLIKELY(!{})) {{ pyxc::raiseUnboundLocal({}); goto {}; }}", var(id), m.cString(id), targets.back().error);
    return var(id) + ".get()";
  }
  case Binding::Cell:
  case Binding::Free: {
    t = temp(std::string("value_") + std::string(id.substr(0, 16)));
    std::string cell = b == Binding::Cell ? var(id) + ".get()" : var(id);
    w.line("Ref {} = keep(PyCell_GET({}));", t, cell);
    w.line("if (!{}) {{ pyxc::{}({}); goto {}; }}", t, b == Binding::Cell ? "raiseUnboundLocal" : "raiseUnboundFree",
           m.cString(id), targets.back().error);
    return t + ".get()";
  }
  case Binding::Global:
    // Cython's own builtins in .pyx code: getattr3(o, name, default), and
    // Python 2's names it keeps: unicode (str), xrange (range), intern
    // (sys.intern); and frozendict, which is dict before Python 3.15
    // (also in pure-Python mode: a .py that imports cython is Cython code).
    if (m.options.cythonSemantics && !m.scopes.module()->assigned.count(std::string(id)) && id == "__builtins__") {
      // Cython's `__builtins__` is the builtins module (CPython's is the
      // module's `__builtins__` global: a dict outside __main__).
      t = temp("builtins_module");
      w.line("Ref {} = own(PyImport_ImportModule(\"builtins\"));", t);
      check(t);
      return t + ".get()";
    }
    if ((m.options.cythonSemantics || !m.typing.cythonName.empty()) &&
        !m.scopes.module()->assigned.count(std::string(id)) && id == "frozendict")
      k = fmt::format("(PY_VERSION_HEX >= 0x030F00A6 ? {} : {})", k, m.constants.str("dict"));
    if (m.options.cythonSemantics && !m.scopes.module()->assigned.count(std::string(id)) &&
        (id == "getattr3" || id == "intern" || id == "unicode" || id == "xrange")) {
      if (id != "intern") {
        k = m.constants.str(id == "getattr3" ? "getattr" : id == "unicode" ? "str" : "range");
      } else {
        t = temp("sys_intern");
        std::string sys = temp("sys");
        w.line("Ref {} = own(pyxc::importName({}, globals, Py_None, 0));", sys, m.constants.str("sys"));
        check(sys);
        w.line("Ref {} = own(pyxc::getAttr({}.get(), {}));", t, sys, m.constants.str("intern"));
        check(t);
        return t + ".get()";
      }
    }
    t = temp(std::string("global_") + std::string(id.substr(0, 16)));
    w.line("static pyxc::GlobalCache {}_cache;", t);
    w.line("Ref {0} = own(pyxc::loadGlobal(globals, {1}, {0}_cache));", t, k);
    check(t);
    return t + ".get()";
  case Binding::ClassLocal:
    t = temp(std::string("name_") + std::string(id.substr(0, 16)));
    w.line("Ref {} = own(pyxc::loadClassName(ns, globals, {}));", t, k);
    check(t);
    return t + ".get()";
  case Binding::ClassFree:
    t = temp(std::string("name_") + std::string(id.substr(0, 16)));
    w.line("Ref {} = own(pyxc::loadClassFree(ns, {}, {}));", t, k, var(id));
    check(t);
    return t + ".get()";
  }
  return "nullptr";
}

std::string FunctionEmitter::truth(const Expr *e) {
  std::string t = temp("truth");
  if (isC(e)) {
    std::string v = cexpr(e);
    if (typeOf(e)->kind == sema::TypeKind::CppClass) // its `operator bool` (sema refused classes without)
      w.line("int {} = static_cast<bool>({});", t, v);
    else
      w.line("int {} = ({}) != 0;", t, v);
    return t;
  }
  if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::Not) {
    std::string inner = truth(as<UnaryOp>(e)->operand);
    w.line("int {} = !{};", t, inner);
    return t;
  }
  if (e->kind == Kind::BoolOp) {
    // `if a and b:` needs only the truth of each operand, in order.
    auto *b = as<BoolOp>(e);
    w.line("int {};", t);
    w.open("do {");
    for (size_t i = 0; i < b->values.size(); ++i) {
      std::string v = truth(b->values[i]);
      w.line("{} = {};", t, v);
      if (i + 1 < b->values.size())
        w.line("if ({}{}) break;", b->op == BoolOpKind::And ? "!" : "", t);
    }
    w.close("} while (false);");
    return t;
  }
  if (e->kind == Kind::Compare && as<Compare>(e)->ops.size() == 1 && int(as<Compare>(e)->ops[0]) <= int(CmpOpKind::GtE)) {
    // A single rich comparison tested for truth needs no bool object.
    auto *c = as<Compare>(e);
    const ir::ObjectOperation &plan = comparisonPlan(c, 0);
    std::string l = expr(c->left), r = expr(c->comparators[0]);
    if (plan.kind == ObjectOperationKind::SmallIntCompare)
      w.line("int {} = pyxc::compareTruthConstInt<{}>({}, {}, {});", t, richCompareOf(c->ops[0]), l, r, plan.smallInt);
    else
      w.line("int {} = pyxc::compareTruthOp<{}>({}, {});", t, richCompareOf(c->ops[0]), l, r);
    checkInt(t);
    return t;
  }
  if (e->kind == Kind::Compare && as<Compare>(e)->ops.size() == 1) {
    // `in` and `is` tested for truth: the C answer, no bool object.
    auto *c = as<Compare>(e);
    CmpOpKind op = c->ops[0];
    const ir::ObjectOperation &plan = comparisonPlan(c, 0);
    std::string l = expr(c->left), r = expr(c->comparators[0]);
    if (plan.kind == ObjectOperationKind::Identity) {
      w.line("int {} = {} {} {};", t, l, op == CmpOpKind::Is ? "==" : "!=", r);
      return t;
    }
    w.line("int {} = {};", t, containsCall(plan, r, l));
    checkInt(t);
    if (op == CmpOpKind::NotIn)
      w.line("{} = !{};", t, t);
    return t;
  }
  std::string v = expr(e);
  const sema::Type *declared = m.typing.staticPyType(scope, e);
  if (std::string_view sized = sema::sizedTruthTest(declared ? declared : typeOf(e)); !sized.empty()) {
    w.line("int {} = {}({});", t, sized, v);
    return t;
  }
  w.line("int {} = pyxc::isTrue({});", t, v);
  checkInt(t);
  return t;
}

std::string FunctionEmitter::owned(const Expr *e) {
  if (e->kind != Kind::Constant && isC(e))
    return boxedValue(e);
  if (e->kind == Kind::Call)
    requireGil(e, "Calling gil-requiring function");
  else if (e->kind != Kind::Name && e->kind != Kind::Constant)
    requireGil(e, "Operation");
  switch (e->kind) {
  case Kind::Constant:
  case Kind::Name: {
    std::string v = expr(e);
    std::string t = temp(e->kind == Kind::Name ? "value" : "constant");
    w.line("Ref {} = keep({});", t, v);
    return t;
  }
  case Kind::BinOp: {
    auto *b = as<BinOp>(e);
    if (const ir::ObjectOperation *plan = m.ir.objectOperation(b);
        plan && plan->kind == ObjectOperationKind::PercentFormat)
      return percentFormat(b);
    std::string l = expr(b->left), r = expr(b->right);
    std::string t = temp(objectOperation(b->op).hint);
    w.line("Ref {} = own({});", t, objectArithmetic(b, l, r));
    check(t);
    return t;
  }
  case Kind::UnaryOp: {
    auto *u = as<UnaryOp>(e);
    std::string t;
    if (u->op == UnaryOpKind::Not) {
      std::string v = truth(u->operand);
      t = temp("negation");
      w.line("Ref {} = keep({} ? Py_False : Py_True);", t, v);
      return t;
    }
    std::string v = expr(u->operand);
    const char *fn = u->op == UnaryOpKind::USub ? "PyNumber_Negative"
                     : u->op == UnaryOpKind::UAdd ? "PyNumber_Positive"
                                                  : "PyNumber_Invert";
    t = temp(u->op == UnaryOpKind::USub ? "negative" : u->op == UnaryOpKind::UAdd ? "positive" : "inverted");
    w.line("Ref {} = own({}({}));", t, fn, v);
    check(t);
    return t;
  }
  case Kind::BoolOp: return boolOp(as<BoolOp>(e));
  case Kind::Compare: return compare(as<Compare>(e));
  case Kind::IfExp: return ifExp(as<IfExp>(e));
  case Kind::Call: return call(as<Call>(e));
  case Kind::Attribute: {
    auto *a = as<Attribute>(e);
    if (std::string v = cythonValue(a); !v.empty())
      return v;
    if (const sema::CSymbol *getter = m.typing.propertyGetter(a); getter && getter->type->target->isObject())
      return propertyCall(a, getter); // an extern type's property method returning an object
    if (const sema::Type *base = typeOf(a->value), *cls = base->kind == sema::TypeKind::Pointer ? base->target : base;
        cls->kind == sema::TypeKind::CppClass && sema::cppMember(cls, a->attr)) { // an object field of a C++ class
      std::string t = temp(std::string("attr_") + std::string(a->attr.substr(0, 20)));
      w.line("Ref {} = keep({});", t, cppField(a));
      return t;
    }
    if (extensionField(a)) { // an object attribute of a cdef class (C ones are C values)
      std::string t = temp(std::string("attr_") + std::string(a->attr.substr(0, 20)));
      w.line("Ref {} = keep({});", t, fieldLvalue(a));
      return t;
    }
    std::string obj = expr(a->value);
    std::string t = temp(std::string("attr_") + std::string(a->attr.substr(0, 20)));
    w.line("Ref {} = own(pyxc::getAttr({}, {}));", t, obj, m.constants.str(a->attr));
    check(t);
    return t;
  }
  case Kind::Subscript: {
    auto *s = as<Subscript>(e);
    if (const sema::Type *base = typeOf(s->value); (base->kind == sema::TypeKind::Pointer || base->kind == sema::TypeKind::Array) &&
                                              base->target->kind == sema::TypeKind::Int && base->target->rank == 1 &&
                                              s->slice->kind == Kind::Slice && !as<Slice>(s->slice)->step)
      return charSlice(s);
    std::string obj = expr(s->value);
    std::string key = expr(s->slice);
    std::string t = temp("item");
    w.line("Ref {} = own({});", t, getItemCall(s->value, obj, key));
    check(t);
    return t;
  }
  case Kind::Slice: return slice(as<Slice>(e));
  case Kind::Cast: return objectCast(as<Cast>(e));
  case Kind::Tuple:
  case Kind::List:
  case Kind::Set: return display(e);
  case Kind::Dict: return dict(as<Dict>(e));
  case Kind::ListComp:
  case Kind::SetComp:
  case Kind::DictComp: return comprehension(as<Comp>(e));
  case Kind::JoinedStr: return fstring(as<JoinedStr>(e));
  case Kind::Lambda: return lambda(as<Lambda>(e));
  case Kind::NamedExpr: return namedExpr(as<NamedExpr>(e));
  case Kind::Starred:
    internalError(e, "a starred expression here");
    break;
  case Kind::GeneratorExp: return genexp(as<Comp>(e));
  case Kind::Yield: return yieldValue(as<Yield>(e));
  case Kind::YieldFrom: return yieldFrom(e, as<Yield>(e)->value, false);
  case Kind::Await: return yieldFrom(e, as<Await>(e)->value, true);
  default: internalError(e, fmt::format("the '{}' expression", kindName(e->kind))); break;
  }
  std::string t = temp("unsupported");
  w.line("Ref {};", t);
  return t;
}

std::string FunctionEmitter::slice(const Slice *s) {
  std::string lo = s->lower ? expr(s->lower) : "nullptr";
  std::string hi = s->upper ? expr(s->upper) : "nullptr";
  std::string st = s->step ? expr(s->step) : "nullptr";
  std::string t = temp("slice");
  w.line("Ref {} = own(PySlice_New({}, {}, {}));", t, lo, hi, st);
  check(t);
  return t;
}

std::string FunctionEmitter::boolOp(const BoolOp *b) {
  std::string result = temp(b->op == BoolOpKind::And ? "and_result" : "or_result");
  w.line("Ref {};", result);
  w.open("do {");
  for (size_t i = 0; i < b->values.size(); ++i) {
    std::string v = expr(b->values[i]);
    w.line("{} = keep({});", result, v);
    if (i + 1 < b->values.size()) {
      std::string t = temp("truth");
      w.line("int {} = pyxc::isTrue({});", t, v);
      checkInt(t);
      w.line("if ({}{}) break;", b->op == BoolOpKind::And ? "!" : "", t);
    }
  }
  w.close("} while (false);");
  return result;
}

// `x in p[a:b:s]` over a slice of a C pointer or array: a C loop over the
// items, each compared with x (as C values when x is one, else with == on
// the item's object), as Cython compiles it; no list is made.
// `p[a:b]` of a char pointer or array: the bytes a to b, NUL bytes
// included, as Cython slices them (no bounds check, no wraparound; b < a
// is CPython's SystemError). Without b, the C string from a: to the first
// NUL, which an array's slice never reads past the array's end for.
std::string FunctionEmitter::charSlice(const Subscript *s) {
  const sema::Type *base = typeOf(s->value);
  const Slice *slice = as<Slice>(s->slice);
  const sema::Type *ssize = m.typing.types.byName("Py_ssize_t");
  // `p[i:None]`: a None bound is a missing one.
  auto given = [](const Expr *bound) {
    return bound && !(bound->kind == Kind::Constant && as<Constant>(bound)->ck == ConstKind::None) ? bound : nullptr;
  };
  const Expr *lower = given(slice->lower), *upper = given(slice->upper);
  std::string chars = cexpr(s->value);
  std::string start = lower ? cvalue(lower, ssize) : "0";
  std::string r = temp("bytes");
  if (upper) {
    std::string stop = cvalue(upper, ssize);
    w.line("Ref {} = own(PyBytes_FromStringAndSize((const char *)({}) + {}, ({}) - ({})));", r, chars, start, stop,
           start);
  } else if (base->kind == sema::TypeKind::Array) {
    w.line("Ref {} = own(PyBytes_FromStringAndSize((const char *)({}) + {}, strnlen((const char *)({}) + {}, {} - {})));", r,
           chars, start, chars, start, base->length, start);
  } else {
    w.line("Ref {} = own(PyBytes_FromString((const char *)({}) + {}));", r, chars, start);
  }
  check(r);
  return r;
}

static bool pointerSliceMembership(const Compare *c, const sema::Type *sequence) {
  return c->ops.size() == 1 && (c->ops[0] == CmpOpKind::In || c->ops[0] == CmpOpKind::NotIn) &&
         c->comparators[0]->kind == Kind::Subscript && as<Subscript>(c->comparators[0])->slice->kind == Kind::Slice &&
         (sequence->kind == sema::TypeKind::Pointer || sequence->kind == sema::TypeKind::Array);
}

std::string FunctionEmitter::pointerSliceContains(const Compare *c) {
  auto *sub = as<Subscript>(c->comparators[0]);
  auto *slice = as<Slice>(sub->slice);
  const sema::Type *sequence = typeOf(sub->value), *item = sequence->target;
  const sema::Type *index = m.typing.types.byName("Py_ssize_t");
  if (!slice->upper && sequence->kind == sema::TypeKind::Pointer) {
    internalError(sub, "a pointer slice without an end");
    return "Py_False";
  }
  bool cLeft = isC(c->left);
  std::string left = cLeft ? cexpr(c->left) : expr(c->left);
  std::string base = cexpr(sub->value);
  std::string start = slice->lower ? cvalue(slice->lower, index) : "0";
  std::string stop = slice->upper ? cvalue(slice->upper, index) : std::to_string(sequence->length);
  std::string step = slice->step ? cvalue(slice->step, index) : "1";
  std::string found = temp("found"), i = temp("index");
  w.line("bool {} = false;", found);
  w.open(fmt::format("for (Py_ssize_t {0} = {1}; {2} > 0 ? {0} < {3} : {0} > {3}; {0} += {2}) {{", i, start, step, stop));
  std::string at = fmt::format("{}[{}]", base, i);
  if (cLeft) {
    w.line("if ({} == {}) {{ {} = true; break; }}", left, at, found);
  } else {
    std::string boxed = box(at, item, sub);
    std::string equal = temp("equal");
    w.line("int {} = PyObject_RichCompareBool({}, {}.get(), Py_EQ);", equal, left, boxed);
    checkInt(equal);
    w.line("if ({}) {{ {} = true; break; }}", equal, found);
  }
  w.close();
  std::string result = temp("comparison");
  w.line("Ref {} = keep({}{} ? Py_True : Py_False);", result, c->ops[0] == CmpOpKind::NotIn ? "!" : "", found);
  return result;
}

std::string FunctionEmitter::compare(const Compare *c) {
  if (c->comparators.size() == 1 && c->comparators[0]->kind == Kind::Subscript &&
      pointerSliceMembership(c, typeOf(as<Subscript>(c->comparators[0])->value)))
    return pointerSliceContains(c);
  std::string result = temp("comparison");
  w.line("Ref {};", result);
  w.open("do {");
  std::string left = expr(c->left);
  for (size_t i = 0; i < c->ops.size(); ++i) {
    std::string right = expr(c->comparators[i]);
    CmpOpKind op = c->ops[i];
    const ir::ObjectOperation &plan = comparisonPlan(c, i);
    switch (plan.kind) {
    case ObjectOperationKind::Identity:
      w.line("{} = keep(({} {} {}) ? Py_True : Py_False);", result, left, op == CmpOpKind::Is ? "==" : "!=", right);
      break;
    case ObjectOperationKind::Contains:
    case ObjectOperationKind::DictContains:
    case ObjectOperationKind::SetContains:
    case ObjectOperationKind::DictOrNoneContains: {
      std::string found = temp("found");
      w.line("int {} = {};", found, containsCall(plan, right, left));
      checkInt(found);
      w.line("{} = keep({}{} ? Py_True : Py_False);", result, op == CmpOpKind::NotIn ? "!" : "", found);
      break;
    }
    default:
      w.line("{} = own(pyxc::compare({}, {}, {}));", result, left, right, richCompareOf(op));
      check(result);
    }
    if (i + 1 < c->ops.size()) {
      std::string t = temp("truth");
      w.line("int {} = pyxc::isTrue({}.get());", t, result);
      checkInt(t);
      w.line("if (!{}) break;", t);
    }
    left = right;
  }
  w.close("} while (false);");
  return result;
}

std::string FunctionEmitter::ifExp(const IfExp *e) {
  std::string result = temp("conditional");
  w.line("Ref {};", result);
  w.open();
  std::string t = truth(e->test);
  w.open(fmt::format("if ({}) {{", t));
  w.line("{} = {};", result, "std::move(" + owned(e->body) + ")");
  w.middle("} else {");
  w.line("{} = {};", result, "std::move(" + owned(e->orelse) + ")");
  w.close();
  w.close();
  return result;
}

std::string FunctionEmitter::call(const Call *c) {
  const ir::ObjectCall *plan = m.ir.objectCall(c);
  if (!plan) {
    internalError(c, "a call the lowering did not resolve");
    return "Py_None";
  }
  using ir::ObjectCallKind;
  switch (plan->kind) {
  case ObjectCallKind::CFunction: return cObjectCall(c, m.typing.calledFunction(c));
  case ObjectCallKind::NewInstance: {
    std::string r = temp("instance");
    w.line("Ref {} = own(pyxc::newInstance({}));", r, plan->constructed->typeObject);
    check(r);
    return r;
  }
  case ObjectCallKind::CFunctionPointer: {
    // Through a C function pointer returning an object (a C API's table of
    // functions, as datetime's PyDateTimeAPI->Date_FromDate), or a
    // function-typed value (a struct member `GETF getitem`).
    std::string callee = cexpr(c->func);
    std::string args = cArguments(c);
    std::string r = temp("result");
    w.line("Ref {} = own(reinterpret_cast<PyObject *>(({})({})));", r, callee, args);
    check(r);
    return r;
  }
  case ObjectCallKind::CythonTypeof: {
    std::string t = temp("type_name");
    w.line("Ref {} = keep({});", t, m.constants.str(plan->typeName));
    return t;
  }
  default: break;
  }
  std::string result = temp("call_result");
  switch (plan->kind) {
  case ObjectCallKind::ZeroArgumentSuper: superCall(result); return result;
  case ObjectCallKind::Globals:
  case ObjectCallKind::Locals:
  case ObjectCallKind::Dir:
  case ObjectCallKind::SourceInFrame: frameIntrospection(c, *plan, result); return result;
  case ObjectCallKind::Builtin: builtinCall(c, *plan, result); return result;
  case ObjectCallKind::Unpacking: unpackingCall(c, result); return result;
  default: break;
  }
  std::vector<std::string> args;
  std::vector<std::string> kwnames;
  bool method = c->func->kind == Kind::Attribute;
  std::string callee;
  if (method)
    args.push_back(expr(as<Attribute>(c->func)->value));
  else
    callee = expr(c->func);
  for (const Expr *a : c->args) {
    std::optional<long> code = plan->characterCode ? sema::Typing::characterLiteral(a) : std::nullopt;
    args.push_back(code ? m.constants.integer(std::to_string(*code)) : expr(a));
  }
  for (const Keyword *k : c->keywords) {
    args.push_back(expr(k->value));
    kwnames.push_back(m.constants.str(k->arg));
  }
  if (method && !c->args.empty())
    unboundMethodNoneCheck(c, args[1]);
  std::string names = kwnames.empty() ? "nullptr" : m.constants.tuple(kwnames);
  size_t positional = args.size() - kwnames.size();
  // The argument vector, for the calls that take one.
  auto argVector = [&] {
    std::string argv = temp("args"), list;
    for (size_t i = 0; i < args.size(); ++i)
      list += (i ? ", " : "") + args[i];
    w.line("PyObject *{}[] = {{{}}};", argv, args.empty() ? "nullptr" : list);
    return argv;
  };
  const std::string &attr = plan->method;
  switch (plan->kind) {
  case ObjectCallKind::ListAppend:
    w.line("Ref {} = own(pyxc::listAppend({}, {}) < 0 ? nullptr : Py_NewRef(Py_None));", result, args[0], args[1]);
    break;
  case ObjectCallKind::Append:
  case ObjectCallKind::Method: {
    // Each method call site remembers the method it found (pyxc::MethodCache).
    bool plainName = std::all_of(attr.begin(), attr.end(), [](char ch) { return std::isalnum((unsigned char)ch); });
    std::string cache = temp(plainName ? attr + "_method" : std::string("method"));
    w.line("static pyxc::MethodCache {};", cache);
    if (plan->kind == ObjectCallKind::Append)
      w.line("Ref {} = own(pyxc::callAppend({}, {}, {}, {}));", result, cache, m.constants.str(attr), args[0],
             args[1]);
    else
      w.line("Ref {} = own(pyxc::callMethod({}, {}, {}, {}, {}));", result, cache, m.constants.str(attr),
             argVector(), positional, names);
    break;
  }
  case ObjectCallKind::SourceCompiler:
    // exec/eval/compile: a source string compiles with this module's
    // future flags, not those of whatever Python frame is running.
    w.line("Ref {} = own(pyxc::callSourceCompiler({}, {}, {}, {}, {}));", result, callee, argVector(), positional,
           names, m.futureFlags);
    break;
  default: w.line("Ref {} = own(pyxc::call({}, {}, {}, {}));", result, callee, argVector(), positional, names);
  }
  check(result);
  return result;
}

// super() with no arguments: super(__class__, <first argument>).
void FunctionEmitter::superCall(const std::string &result) {
  if (scope->params.empty()) {
    w.line("PyErr_SetString(PyExc_RuntimeError, \"super(): no arguments\");");
    fail();
  }
  std::string cls;
  if (binding("__class__") == Binding::Free) {
    // The class statement has not set the cell yet (a metaclass calling
    // the method while the class is made): CPython's RuntimeError.
    cls = temp("class_cell");
    w.line("PyObject *{} = PyCell_GET({});", cls, var("__class__"));
    w.open(fmt::format("if (PYXC_UNLIKELY(!{})) {{", cls));
    w.line("PyErr_SetString(PyExc_RuntimeError, \"super(): empty __class__ cell\");");
    fail();
    w.close();
  } else {
    cls = loadName("__class__");
  }
  std::string self = loadName(scope->params[0]);
  w.line("Ref {} = own(PyObject_CallFunctionObjArgs(reinterpret_cast<PyObject *>(&PySuper_Type), {}, {}, nullptr));",
         result, cls, self);
  check(result);
}

// *args / **kwargs: collect, then call.
void FunctionEmitter::unpackingCall(const Call *c, const std::string &result) {
  std::string callee = expr(c->func);
  std::string list = temp("call_args");
  w.line("Ref {} = own(PyList_New(0));", list);
  check(list);
  for (const Expr *a : c->args) {
    if (a->kind == Kind::Starred)
      checkInt(fmt::format("pyxc::extendStarArgs({}, {}.get(), {})", callee, list, expr(as<Starred>(a)->value)));
    else
      checkInt(fmt::format("PyList_Append({}.get(), {})", list, expr(a)));
  }
  std::string tuple = temp("call_tuple");
  w.line("Ref {} = own(PyList_AsTuple({}.get()));", tuple, list);
  check(tuple);
  std::string kwargs = "nullptr";
  if (!c->keywords.empty()) {
    kwargs = temp("call_kwargs");
    w.line("Ref {} = own(PyDict_New());", kwargs);
    check(kwargs);
    for (const Keyword *k : c->keywords) {
      std::string v = expr(k->value);
      if (k->arg.empty())
        checkInt(fmt::format("pyxc::mergeKwargs({}, {}.get(), {})", callee, kwargs, v));
      else
        checkInt(fmt::format("pyxc::setKeyword({}, {}.get(), {}, {})", callee, kwargs, m.constants.str(k->arg), v));
    }
    kwargs += ".get()";
  }
  w.line("Ref {} = own(PyObject_Call({}, {}.get(), {}));", result, callee, tuple, kwargs);
  check(result);
}

std::string FunctionEmitter::localsDict() {
  if (isModule)
    return "globals";
  if (isClass)
    return "ns";
  std::string d = temp("locals");
  w.line("Ref {} = own(PyDict_New());", d);
  check(d);
  for (const std::string &n : scope->order) {
    Binding b = binding(n);
    if (const sema::Type *t = b == Binding::Local ? m.typing.localType(scope, n) : nullptr) {
      if (!t->coercesToObject() && t->kind != sema::TypeKind::Struct)
        continue; // a pointer or array has no Python value (Cython leaves it out too)
      w.open(); // a C local: its value converted, as Cython's locals() gives it
      std::string v = box(var(n), t, scope->node);
      checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {}.get())", d, m.constants.str(n), v));
      w.close();
    } else if (b == Binding::Local) {
      w.line("if ({0} && PyDict_SetItem({1}.get(), {2}, {0}.get()) < 0) goto {3};", var(n), d, m.constants.str(n),
             targets.back().error);
    } else if (const sema::Type *t = m.typing.capturedType(scope, n); t && (b == Binding::Cell || b == Binding::Free)) {
      if (!t->coercesToObject() && t->kind != sema::TypeKind::Struct)
        continue;
      w.open(); // a C variable in a cell: its value converted
      std::string v = box(cCellValue(n), t, scope->node);
      checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {}.get())", d, m.constants.str(n), v));
      w.close();
    }
    else if (b == Binding::Cell || b == Binding::Free)
      w.line("if (PyCell_GET({0}) && PyDict_SetItem({1}.get(), {2}, PyCell_GET({0})) < 0) goto {3};",
             b == Binding::Cell ? var(n) + ".get()" : var(n), d, m.constants.str(n), targets.back().error);
  }
  return d + ".get()";
}

// globals(), locals(), vars(), dir(), eval() and exec() read the caller's
// frame, which compiled code has not: they are compiled against this scope.
void FunctionEmitter::frameIntrospection(const Call *c, const ir::ObjectCall &plan, const std::string &result) {
  switch (plan.kind) {
  case ir::ObjectCallKind::Globals: w.line("Ref {} = keep(globals);", result); return;
  case ir::ObjectCallKind::Locals: w.line("Ref {} = keep({});", result, localsDict()); return;
  case ir::ObjectCallKind::Dir: {
    std::string names = localsDict();
    w.line("Ref {} = own(PySequence_List({}));", result, names);
    check(result);
    checkInt(fmt::format("PyList_Sort({}.get())", result));
    return;
  }
  default: { // eval(s), exec(s)
    std::string fn = loadName(as<Name>(c->func)->id);
    std::string source = expr(c->args[0]);
    std::string locals = localsDict();
    std::string argv = temp("args");
    w.line("PyObject *{}[] = {{{}, globals, {}}};", argv, source, locals);
    w.line("Ref {} = own(pyxc::callSourceCompiler({}, {}, 3, nullptr, {}));", result, fn, argv, m.futureFlags);
    check(result);
  }
  }
}

// str(x), len(x), isinstance(a, b), ... straight to the C API.
void FunctionEmitter::builtinCall(const Call *c, const ir::ObjectCall &plan, const std::string &result) {
  struct OneArg {
    std::string_view name;
    const char *call; // an expression of one PyObject* argument giving a new reference
  };
  static const OneArg kOneArg[] = {
      {"str", "pyxc::toStr({})"},         {"repr", "PyObject_Repr({})"},
      {"abs", "PyNumber_Absolute({})"},      {"list", "PySequence_List({})"},
      {"tuple", "PySequence_Tuple({})"},     {"iter", "PyObject_GetIter({})"},
      {"ascii", "PyObject_ASCII({})"},       {"hash", "pyxc::hashObject({})"},
      {"len", "pyxc::length({})"},
  };
  if (plan.builtin == "isinstance") {
    std::string obj = expr(c->args[0]), cls = expr(c->args[1]);
    std::string t = temp("is_instance");
    w.line("int {} = PyObject_IsInstance({}, {});", t, obj, cls);
    checkInt(t);
    w.line("Ref {} = keep({} ? Py_True : Py_False);", result, t);
    return;
  }
  for (const OneArg &b : kOneArg) {
    if (b.name != plan.builtin)
      continue;
    std::string arg = expr(c->args[0]);
    w.line("Ref {} = own({});", result, fmt::format(fmt::runtime(b.call), arg));
    check(result);
    return;
  }
  internalError(c, fmt::format("the builtin '{}' called directly", plan.builtin));
}

std::string FunctionEmitter::display(const Expr *e) {
  std::span<Expr *const> elts = e->kind == Kind::Set ? as<Set>(e)->elts : as<Sequence>(e)->elts;
  bool starred = false;
  for (const Expr *x : elts)
    starred |= x->kind == Kind::Starred;
  std::string t = temp(e->kind == Kind::Tuple ? "tuple" : e->kind == Kind::List ? "list" : "set");
  if (e->kind == Kind::Set) {
    // BUILD_SET: without unpacking, every element is evaluated before any is added.
    std::vector<std::string> items;
    if (!starred)
      for (const Expr *x : elts)
        items.push_back(expr(x));
    w.line("Ref {} = own(PySet_New(nullptr));", t);
    check(t);
    for (size_t i = 0; i < elts.size(); ++i) {
      const Expr *x = elts[i];
      if (x->kind == Kind::Starred)
        checkInt(fmt::format("pyxc::setUpdate({}.get(), {})", t, expr(as<Starred>(x)->value)));
      else
        checkInt(fmt::format("PySet_Add({}.get(), {})", t, starred ? expr(x) : items[i]));
    }
    return t;
  }
  if (!starred) {
    std::vector<std::string> items;
    for (const Expr *x : elts)
      items.push_back(expr(x));
    if (e->kind == Kind::Tuple) {
      std::string list;
      for (auto &i : items)
        list += ", " + i;
      w.line("Ref {} = own(PyTuple_Pack({}{}));", t, items.size(), list);
      check(t);
    } else {
      w.line("Ref {} = own(PyList_New({}));", t, items.size());
      check(t);
      for (size_t i = 0; i < items.size(); ++i)
        w.line("PyList_SET_ITEM({}.get(), {}, Py_NewRef({}));", t, i, items[i]);
    }
    return t;
  }
  std::string list = e->kind == Kind::List ? t : temp("items");
  w.line("Ref {} = own(PyList_New(0));", list);
  check(list);
  for (const Expr *x : elts) {
    if (x->kind == Kind::Starred)
      checkInt(fmt::format("pyxc::extendStarArgs(nullptr, {}.get(), {})", list, expr(as<Starred>(x)->value)));
    else
      checkInt(fmt::format("PyList_Append({}.get(), {})", list, expr(x)));
  }
  if (e->kind == Kind::Tuple) {
    w.line("Ref {} = own(PyList_AsTuple({}.get()));", t, list);
    check(t);
  }
  return t;
}

std::string FunctionEmitter::dict(const Dict *d) {
  // CPython's BUILD_MAP evaluates every key and value first (without **
  // unpacking); Cython (.pyx) inserts each item as it is evaluated.
  bool unpacking = m.options.cythonSemantics;
  for (const Expr *k : d->keys)
    unpacking |= k == nullptr;
  std::vector<std::pair<std::string, std::string>> items;
  if (!unpacking)
    for (size_t i = 0; i < d->values.size(); ++i) {
      std::string k = expr(d->keys[i]);
      items.emplace_back(k, expr(d->values[i]));
    }
  std::string t = temp("dict");
  w.line("Ref {} = own(PyDict_New());", t);
  check(t);
  for (size_t i = 0; i < d->values.size(); ++i) {
    std::string k, v;
    if (!unpacking) {
      std::tie(k, v) = items[i];
    } else if (!d->keys[i]) {
      checkInt(fmt::format("pyxc::dictUpdate({}.get(), {})", t, expr(d->values[i])));
      continue;
    } else {
      k = expr(d->keys[i]);
      v = expr(d->values[i]);
    }
    checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {})", t, k, v));
  }
  return t;
}

// Opens the nested loops of a comprehension's `for` and `if` clauses, the
// first over `first`; returns how many blocks to close after the element.
int FunctionEmitter::comprehensionLoops(const Comp *c, const std::string &first, bool firstIsList) {
  int opened = 0;
  for (size_t g = 0; g < c->generators.size(); ++g) {
    const Comprehension *gen = c->generators[g];
    if (const sema::Type *item = m.typing.cppComprehensionItem(gen)) {
      // Over a C++ container: its iterators, as a for statement loops (a
      // generator expression's first: the copy its ".0" cell holds).
      const sema::Type *container = typeOf(gen->iter);
      std::string it = g == 0 && c->kind == Kind::GeneratorExp
                           ? openCppLoopOver(fmt::format("pyxc::cellValue<{}>({})", cDeclaration(container, ""), first),
                                             container->kind == sema::TypeKind::Pointer)
                           : openCppLoop(gen->iter);
      ++opened;
      storeC(gen->target, item, "*" + it);
      for (const Expr *cond : gen->ifs) {
        std::string t = truth(cond);
        w.line("if (!{}) continue;", t);
      }
      continue;
    }
    std::string iterable = g == 0 ? first : expr(gen->iter);
    // A generator expression's ".0" is aiter() of its first iterable already.
    std::string item = gen->isAsync ? openAsyncForLoop(iterable, g == 0 && c->kind == Kind::GeneratorExp)
                                    : openForLoop(iterable, g == 0 && firstIsList);
    ++opened;
    assignOwned(gen->target, item, nullptr);
    for (const Expr *cond : gen->ifs) {
      std::string t = truth(cond);
      w.line("if (!{}) continue;", t);
    }
  }
  return opened;
}

// A generator expression's body: the loops, yielding each element.
void FunctionEmitter::genexpLoops(const Comp *c) {
  lineMark(c);
  w.open();
  int opened = comprehensionLoops(c, var(".0") + ".get()");
  std::string v = yieldedValue(c->elt);
  std::string sent = temp("sent");
  w.line("Ref {} = own(co_yield {}.release());", sent, v);
  check(sent);
  while (opened--)
    w.close();
  w.close();
}

// Comprehensions run inline: their variables are C++ locals of this block.
std::string FunctionEmitter::comprehension(const Comp *c) {
  const sema::Scope *cs = m.scopes.scopeOf(c);
  std::string result = temp(c->kind == Kind::ListComp ? "listcomp" : c->kind == Kind::SetComp ? "setcomp" : "dictcomp");
  w.line("Ref {} = own({});", result, c->kind == Kind::ListComp ? "PyList_New(0)"
                                      : c->kind == Kind::SetComp ? "PySet_New(nullptr)"
                                                                 : "PyDict_New()");
  check(result);
  std::string first = m.typing.cppComprehensionItem(c->generators[0]) ? "" : expr(c->generators[0]->iter);
  bool firstIsList = containerOf(c->generators[0]->iter) == sema::Container::List; // judged in the enclosing scope
  // Up to 3.11 a comprehension is a function of its own: errors inside it
  // show a <listcomp> frame in tracebacks (PEP 709 inlined them in 3.12).
  std::string compError = label("comprehension_error"), compDone = label("comprehension_done");
  Targets compTargets = targets.back();
  compTargets.error = compError;
  targets.push_back(compTargets);
  w.open();
  std::map<std::string, std::string> vars;
  for (const std::string &n : cs->order) {
    Binding b = cs->binding(n);
    if (const sema::Type *ct = m.typing.localType(cs, n); b == Binding::Local && ct && !ct->isObject()) {
      // The item of a C++ container (`[p.first for p in m]`): a C value.
      std::string v = temp("comp_" + n.substr(0, 16));
      w.line("{}{{}};", cDeclaration(ct, v));
      vars[n] = v;
      comprehensionCVars.insert(v);
    } else if (b == Binding::Local) {
      std::string v = temp("comp_" + n.substr(0, 16));
      w.line("Ref {};", v);
      vars[n] = v;
    } else if (b == Binding::Cell) {
      // Captured by a lambda inside: one cell for the whole comprehension,
      // as CPython's comprehension function has.
      std::string v = temp("comp_cell_" + n.substr(0, 16));
      w.line("Ref {} = own(PyCell_New(nullptr));", v);
      check(v);
      vars[n] = v;
      comprehensionCells.insert(v);
    }
  }
  comprehensionVars.push_back(vars);
  compScopes.push_back(cs);
  int opened = comprehensionLoops(c, first, firstIsList);
  if (c->kind == Kind::DictComp && !c->elt) { // {**d for d in ds}
    checkInt(fmt::format("pyxc::dictUpdate({}.get(), {})", result, expr(c->value)));
  } else if (c->kind == Kind::DictComp) {
    std::string k = expr(c->elt), v = expr(c->value);
    checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {})", result, k, v));
  } else if (c->elt->kind == Kind::Starred) { // [*x for x in xs]
    std::string v = expr(as<Starred>(c->elt)->value);
    if (c->kind == Kind::ListComp)
      checkInt(fmt::format("pyxc::extendStarArgs(nullptr, {}.get(), {})", result, v));
    else
      checkInt(fmt::format("pyxc::setUpdate({}.get(), {})", result, v));
  } else {
    std::string v = expr(c->elt);
    checkInt(fmt::format("{}({}.get(), {})", c->kind == Kind::ListComp ? "pyxc::listAppend" : "PySet_Add", result, v));
  }
  while (opened--)
    w.close();
  compScopes.pop_back();
  comprehensionVars.pop_back();
  w.close();
  targets.pop_back();
  w.line("goto {};", compDone);
  w.label(compError);
  if (!m.options.cythonSemantics) { // CPython before 3.12 gives a comprehension a frame; Cython never does
    w.raw("#if PY_VERSION_HEX < 0x030C0000\n");
    w.line("pyxc::addTraceback(\"{}\", {}, line);", cs->name, m.sourceNameOf(cs->node));
    w.raw("#endif\n");
  }
  w.line("goto {};", targets.back().error);
  w.label(compDone);
  return result;
}

// A formatted value of an f-string (or of a `%` format Cython rewrites):
// its string, from the value's expression, conversion and format spec.
std::string FunctionEmitter::formattedPart(const Expr *value, int conversion, const std::string &spec) {
  std::string v = expr(value);
  std::string part = temp("formatted");
  w.line("Ref {} = own(pyxc::formatValue({}, {}, {}));", part, v, conversion, spec);
  check(part);
  return part + ".get()";
}

// The parts joined into one str (a single formatted value is itself).
std::string FunctionEmitter::joinParts(const std::vector<std::string> &parts, bool singleValue) {
  std::string t = temp("fstring");
  if (parts.size() == 1 && singleValue) {
    w.line("Ref {} = keep({});", t, parts[0]);
    return t;
  }
  std::string list;
  for (size_t i = 0; i < parts.size(); ++i)
    list += (i ? ", " : "") + parts[i];
  std::string arr = temp("fstring_parts");
  w.line("PyObject *{}[] = {{{}}};", arr, parts.empty() ? "nullptr" : list);
  w.line("Ref {} = own(pyxc::joinStrings({}, {}));", t, arr, parts.size());
  check(t);
  return t;
}

std::string FunctionEmitter::fstring(const JoinedStr *j) {
  std::vector<std::string> parts;
  for (const Expr *v : j->values) {
    if (v->kind == Kind::Constant) {
      parts.push_back(expr(v));
      continue;
    }
    auto *fv = as<FormattedValue>(v);
    std::string value = expr(fv->value);
    std::string spec = fv->formatSpec ? expr(fv->formatSpec) : "nullptr";
    std::string part = temp("formatted");
    w.line("Ref {} = own(pyxc::formatValue({}, {}, {}));", part, value, fv->conversion, spec);
    check(part);
    parts.push_back(part + ".get()");
  }
  return joinParts(parts, j->values.size() == 1 && j->values[0]->kind == Kind::FormattedValue);
}

// `"%s: %d" % (a, b)` in Cython code, which the lowering planned as an
// f-string (ObjectOperationKind::PercentFormat): its parts, no % operator,
// as Cython's optimiser compiles it (sema/percent_format.h).
std::string FunctionEmitter::percentFormat(const BinOp *b) {
  List<Expr> args = as<Sequence>(b->right)->elts;
  auto pieces = sema::percentFormat(as<Constant>(b->left)->value, args.size());
  std::vector<std::string> parts;
  size_t next = 0;
  for (const sema::FormatPiece &p : *pieces) {
    if (!p.value) {
      parts.push_back(m.constants.str(p.text));
      continue;
    }
    parts.push_back(formattedPart(args[next++], p.conversion, p.text.empty() ? "nullptr" : m.constants.str(p.text)));
  }
  return joinParts(parts, pieces->size() == 1 && (*pieces)[0].value);
}

std::string FunctionEmitter::namedExpr(const NamedExpr *n) {
  std::string v = owned(n->value);
  assign(n->target, v + ".get()");
  return v;
}

std::string FunctionEmitter::lambda(const Lambda *l) {
  const sema::Scope *inner = m.scopes.scopeOf(l);
  std::string cppName = m.functionName(l, ir::FunctionKind::Lambda);
  {
    FunctionEmitter body(m, inner, this);
    body.emitDef(cppName, {}, l->body);
  }
  return makeFunction(inner, l->args, "", cppName, nullptr);
}

// A generator expression: a generator function of its own, called at once
// with the iterator of its first iterable (evaluated here).
std::string FunctionEmitter::genexp(const Comp *c) {
  const sema::Scope *inner = m.scopes.scopeOf(c);
  std::string cppName = m.functionName(c, ir::FunctionKind::GeneratorExpression);
  {
    FunctionEmitter body(m, inner, this);
    body.emitDef(cppName, {}, nullptr, c);
  }
  Arg iteratorParam{};
  iteratorParam.kind = Kind::Arg;
  iteratorParam.arg = ".0";
  Arg *params[] = {&iteratorParam};
  Arguments args{};
  args.kind = Kind::Arguments;
  args.args = List<Arg>(params, 1);
  std::string fn = makeFunction(inner, &args, "", cppName, nullptr);
  std::string it = temp("genexpr_iter");
  if (m.typing.cppComprehensionItem(c->generators[0])) {
    // A C++ container: a copy of it in a cell, which the body loops over.
    std::string type = cDeclaration(typeOf(c->generators[0]->iter), "");
    std::string value = cexpr(c->generators[0]->iter);
    w.line("Ref {} = own(pyxc::newCCell<{}>());", it, type);
    check(it);
    w.line("pyxc::cellValue<{}>({}.get()) = {};", type, it, value);
  } else {
    std::string iterable = expr(c->generators[0]->iter);
    // An asynchronous generator expression starts from aiter() of it.
    w.line("Ref {} = own({}({}));", it, c->generators[0]->isAsync ? "pyxc::asyncIter" : "PyObject_GetIter", iterable);
    check(it);
  }
  std::string result = temp("genexpr");
  w.line("PyObject *{}_args[] = {{{}.get()}};", result, it);
  w.line("Ref {} = own(pyxc::call({}.get(), {}_args, 1, nullptr));", result, fn, result);
  check(result);
  return result;
}

// `yield v`: suspends the body; the value sent in is the expression's.
std::string FunctionEmitter::yieldValue(const Yield *y) {
  if (!generator) {
    internalError(y, "'yield' here");
    return "Py_None";
  }
  std::string v = y->value ? yieldedValue(y->value) : "";
  std::string sent = temp("sent");
  w.line("Ref {} = own(co_yield {});", sent, v.empty() ? "Py_NewRef(Py_None)" : v + ".release()");
  check(sent);
  return sent;
}

// The value to yield, computed in a block of its own: the temporaries it
// needs end before the body suspends, so the suspended frame holds no
// references the garbage collector cannot see (only what CPython's frame
// would hold on its value stack).
std::string FunctionEmitter::yieldedValue(const Expr *e) {
  std::string v = temp("yielded");
  w.line("Ref {};", v);
  w.open();
  std::string inner = owned(e);
  w.line("{} = std::move({});", v, inner);
  w.close();
  return v;
}

// `yield from x` (PEP 380): yields what the delegate yields, passes sent
// values and thrown exceptions on to it, and is the value it returns.
// `await x` is the same with x's awaitable iterator as the delegate.
std::string FunctionEmitter::yieldFrom(const Expr *at, const Expr *value, bool await) {
  if (!generator) {
    internalError(at, await ? "'await' here" : "'yield from' here");
    return "Py_None";
  }
  std::string delegate = temp("delegate");
  {
    // As for yield: only the delegate stays referenced while suspended.
    w.line("Ref {};", delegate);
    w.open();
    std::string iterable = expr(value);
    w.line("{} = own(pyxc::{}({}));", delegate, await ? "awaitableIter" : "yieldFromIter", iterable);
    w.close();
  }
  check(delegate);
  return delegateTo(delegate);
}

// `await` on an awaitable the runtime made (async with, async for).
std::string FunctionEmitter::awaitRef(const std::string &awaitable, const std::string &onError) {
  std::string delegate = temp("delegate");
  w.line("Ref {} = own(pyxc::awaitableIter({}.get()));", delegate, awaitable);
  check(delegate);
  return delegateTo(delegate, onError);
}

// The loop of `yield from` / `await`: suspends with each value the
// delegate (a Ref) yields; its return value is the result (a Ref).
std::string FunctionEmitter::delegateTo(const std::string &delegate, const std::string &onError) {
  std::string result = temp("yield_from_result");
  w.line("Ref {};", result);
  w.open();
  std::string sent = temp("sent"), out = temp("delegated"), status = temp("status");
  w.line("PyObject *{} = Py_NewRef(Py_None);", sent);
  w.open("for (;;) {");
  w.line("PyObject *{};", out);
  w.line("int {} = pyxc::yieldFromStep({}.get(), {}, &{});", status, delegate, sent, out);
  w.line("if (PYXC_UNLIKELY({} < 0)) goto {};", status, onError.empty() ? targets.back().error : onError);
  w.open(fmt::format("if ({} == 0) {{", status));
  w.line("{} = own({});", result, out);
  w.line("break;");
  w.close();
  w.line("{} = co_yield pyxc::Delegated{{{}, {}.get()}};", sent, out, delegate);
  w.close();
  w.close();
  return result;
}

std::string FunctionEmitter::closureTuple(const sema::Scope *inner) {
  if (inner->frees.empty())
    return "nullptr";
  std::string list;
  for (const std::string &n : inner->frees) {
    std::string cell;
    if (std::string cv = comprehensionVar(n); !cv.empty())
      cell = cv + ".get()";
    else if (n == "__class__" && isClass)
      cell = "classcell";
    else if (binding(n) == Binding::Cell)
      cell = var(n) + ".get()";
    else
      cell = var(n);
    list += ", " + cell;
  }
  std::string t = temp("closure");
  w.line("Ref {} = own(PyTuple_Pack({}{}));", t, inner->frees.size(), list);
  check(t);
  return t + ".get()";
}

// `bytearray.decode(b, ...)`: an unbound method of a builtin type that
// Cython compiles to a C call, with b statically of that type. Cython
// refuses None there in its own words (CPython's descriptor words it
// differently).
void FunctionEmitter::unboundMethodNoneCheck(const Call *c, const std::string &self) {
  static const std::set<std::pair<std::string_view, std::string_view>> optimized = {
      {"bytearray", "append"}, {"bytearray", "decode"},   {"bytearray", "endswith"},  {"bytearray", "extend"},
      {"bytearray", "startswith"}, {"bytes", "decode"},    {"bytes", "endswith"},      {"bytes", "startswith"},
      {"dict", "get"},         {"dict", "pop"},           {"dict", "setdefault"},     {"list", "extend"},
      {"list", "pop"},         {"list", "sort"},          {"list", "append"},         {"str", "count"},
      {"str", "encode"},       {"str", "endswith"},       {"str", "find"},            {"str", "join"},
      {"str", "lower"},        {"str", "replace"},        {"str", "rfind"},           {"str", "split"},
      {"str", "splitlines"},   {"str", "startswith"},     {"str", "title"},           {"str", "upper"}};
  auto *attr = as<Attribute>(c->func);
  if (attr->value->kind != Kind::Name || binding(as<Name>(attr->value)->id) != Binding::Global ||
      m.scopes.module()->assigned.count(std::string(as<Name>(attr->value)->id)))
    return;
  std::string type(as<Name>(attr->value)->id);
  if (type == "unicode")
    type = "str";
  const sema::Type *t = m.typing.staticPyType(scope, c->args[0]);
  if (!t || (t->name == "unicode" ? "str" : t->name) != type || !optimized.count({type, attr->attr}))
    return;
  w.open(fmt::format("if (PYXC_UNLIKELY({} == Py_None)) {{", self));
  w.line("PyErr_SetString(PyExc_TypeError, \"descriptor '{}' requires a '{}' object but received a 'NoneType'\");",
         attr->attr, type);
  fail();
  w.close();
}

// A method of a cdef class that takes its instance first (not a
// staticmethod or classmethod).
static bool isExtensionMethod(const sema::Scope *inner) {
  if (!inner->parent || inner->parent->kind != sema::ScopeKind::Class || inner->parent->node->kind != Kind::CClassDef ||
      inner->params.empty() || inner->node->kind != Kind::FunctionDef)
    return false;
  for (const Expr *d : as<FunctionDef>(inner->node)->decorators)
    if (d->kind == Kind::Name && (as<Name>(d)->id == "staticmethod" || as<Name>(d)->id == "classmethod"))
      return false;
  return true;
}

// A function's parameters in CPython's order: positional-only, the others,
// *args, keyword-only, **kwargs.
static std::vector<const Arg *> parameterList(const Arguments *args) {
  std::vector<const Arg *> params(args->posonlyargs.begin(), args->posonlyargs.end());
  params.insert(params.end(), args->args.begin(), args->args.end());
  if (args->vararg)
    params.push_back(args->vararg);
  params.insert(params.end(), args->kwonlyargs.begin(), args->kwonlyargs.end());
  if (args->kwarg)
    params.push_back(args->kwarg);
  return params;
}

std::string FunctionEmitter::functionSpec(const sema::Scope *inner, const Arguments *args, const std::string &body_doc,
                                          const std::string &cppBody, const Expr *returns, const sema::Type *cResult) {
  std::string doc = body_doc;
  // Special methods Cython keeps out of sight (slots only, no attribute):
  // their docstrings are not documentation doctest could find.
  bool hidden = false;
  if (isExtensionMethod(inner))
    for (std::string_view name : {"__cinit__", "__dealloc__", "__richcmp__", "__nonzero__", "__bool__"})
      hidden = hidden || inner->name == name;
  if (hidden)
    doc.clear();
  // Cython embeds signatures in module-level functions and methods, not in
  // lambdas or functions nested in functions.
  bool embeds = inner->name != "<lambda>" && !inPropertyBlock && !hidden && inner->parent &&
                (inner->parent->kind == sema::ScopeKind::Module || inner->parent->kind == sema::ScopeKind::Class);
  const sema::Directives &directives = m.typing.directivesFor(inner);
  std::string textSignature;
  if (embeds && directives.embedsignature && directives.signatureFormat == sema::Directives::SignatureFormat::Clinic) {
    textSignature = sema::textSignature(m.file, inner, args);
    doc = sema::cleanDoc(doc);
  } else if (embeds && directives.embedsignature) {
    doc = sema::withSignature(sema::functionSignature(m.typing, m.file, inner, args, returns, cResult), doc);
  }
  // The static description of the function.
  std::vector<const Arg *> params = parameterList(args);
  std::string specName = "spec_" + cppBody;
  CppWriter spec;
  std::string names;
  for (const Arg *a : params)
    names += m.cString(a->arg) + ", ";
  spec.line("const char *const params_{}[] = {{{}nullptr}};", cppBody, names);
  LineCol lc = m.file.lineCol(inner->node->range.begin);
  const char *codeFlags = inner->isCoroutine && inner->isGenerator ? "CO_ASYNC_GENERATOR"
                          : inner->isCoroutine                     ? "CO_COROUTINE"
                          : inner->isGenerator                     ? "CO_GENERATOR"
                                                                   : "0";
  spec.line("const pyxc::FunctionSpec {} = {{{}, {}, {}, params_{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}};",
            specName, m.cString(inner->name), m.cString(inner->qualname), doc.empty() ? "nullptr" : m.cString(doc),
            cppBody, args->posonlyargs.size(), args->posonlyargs.size() + args->args.size(), args->kwonlyargs.size(),
            args->vararg ? "true" : "false", args->kwarg ? "true" : "false", cppBody, m.sourceNameOf(inner->node), lc.line,
            m.options.cythonSemantics ? "true" : "false", codeFlags,
            textSignature.empty() ? "nullptr" : m.cString(textSignature), isExtensionMethod(inner) ? "true" : "false");
  m.functions.push_back(spec.take());
  return specName;
}

std::string FunctionEmitter::makeFunction(const sema::Scope *inner, const Arguments *args, const std::string &doc,
                                          const std::string &cppBody, const Expr *returns, const sema::Type *cResult) {
  std::string specName = functionSpec(inner, args, doc, cppBody, returns, cResult);
  std::vector<const Arg *> params = parameterList(args);
  std::string defaults = "nullptr", kwdefaults = "nullptr", annotations = "nullptr";
  if (!args->defaults.empty()) {
    std::string list;
    for (const Expr *d : args->defaults)
      list += ", " + expr(d);
    std::string t = temp("defaults");
    w.line("Ref {} = own(PyTuple_Pack({}{}));", t, args->defaults.size(), list);
    check(t);
    defaults = t + ".get()";
  }
  bool anyKwDefault = false;
  for (const Expr *d : args->kwDefaults)
    anyKwDefault |= d != nullptr;
  if (anyKwDefault) {
    std::string t = temp("kwdefaults");
    w.line("Ref {} = own(PyDict_New());", t);
    check(t);
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i)
      if (args->kwDefaults[i])
        checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {})", t, m.constants.str(args->kwonlyargs[i]->arg),
                             expr(args->kwDefaults[i])));
    kwdefaults = t + ".get()";
  }
  bool anyAnnotation = returns != nullptr;
  for (const Arg *a : params)
    anyAnnotation |= a->annotation != nullptr;
  if (anyAnnotation) {
    std::string t = temp("annotations");
    w.line("Ref {} = own(PyDict_New());", t);
    check(t);
    for (const Arg *a : params)
      if (a->annotation)
        checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {})", t, m.constants.str(a->arg), annotation(a->annotation)));
    if (returns)
      checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {})", t, m.constants.str("return"), annotation(returns)));
    annotations = t + ".get()";
  }
  std::string closure = closureTuple(inner);
  std::string fn = temp("function");
  w.line("Ref {} = own(pyxc::newFunction(&{}, globals, pyxc::moduleNameOf(globals), {}, {}, {}, {}));", fn, specName,
         defaults, kwdefaults, annotations, closure);
  check(fn);
  return fn;
}

} // namespace pyxc::codegen
