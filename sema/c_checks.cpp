// Assignments between C types, checked as Cython checks them. Where a C
// value meets a C type (an assignment, a declaration's value, an argument
// of a C function or of a struct literal, a cdef function's return value):
// numbers and pointers do not mix, a complex number is not a real one, and
// a function pointer takes only a function of the same signature that is
// nogil where the pointer is, with compatible exception values (Cython's
// rules, with its suggestion to add 'noexcept').
#include "sema/c_checks.h"
#include "sema/cpp_types.h"

#include "frontend/ast_fields.h"
#include "sema/loops.h"
#include "sema/value_contexts.h"

#include <fmt/format.h>

#include <unordered_set>

namespace pyxc::sema {

using namespace ast;

bool sameCType(const Type *a, const Type *b) {
  if (a == b)
    return true;
  if (a->kind != b->kind)
    return false;
  switch (a->kind) {
  case TypeKind::Pointer: return sameCType(a->target, b->target);
  case TypeKind::Array: return a->length == b->length && sameCType(a->target, b->target);
  case TypeKind::Function:
    if (a->params.size() != b->params.size() || a->varargs != b->varargs || !sameCType(a->target, b->target))
      return false;
    for (size_t i = 0; i < a->params.size(); ++i)
      if (!sameCType(a->params[i].type, b->params[i].type))
        return false;
    return true;
  case TypeKind::Error: return true;
  case TypeKind::Object:
    return a->name == b->name && a->extension == b->extension && a->buffer == b->buffer &&
           (!a->buffer || (a->target == b->target && a->length == b->length && a->contiguous == b->contiguous));
  case TypeKind::MemoryView: // (views are all unnamed)
    return a->length == b->length && a->contiguous == b->contiguous && a->readonly == b->readonly &&
           sameCType(a->target, b->target);
  default: return a->name == b->name;
  }
}

bool convertsToPython(const Type *t) {
  switch (t->kind) {
  case TypeKind::Pointer: return t->isCharPointer();
  case TypeKind::Struct: return !t->isUnion || unionConvertsToPython(t);
  case TypeKind::Array:
    return (t->target->kind == TypeKind::Int && t->target->rank == 1) || convertsToPython(t->target);
  case TypeKind::CppClass: return cppConvertsToPython(t); // the standard containers and strings
  case TypeKind::TemplateParam: return false;
  default: return true;
  }
}

bool listToPointer(const Expr *e, const Type *want) {
  if (e->kind != Kind::List || want->kind != TypeKind::Pointer || want->target->kind == TypeKind::Void ||
      want->target->kind == TypeKind::Function || as<Sequence>(e)->elts.empty())
    return false;
  for (const Expr *item : as<Sequence>(e)->elts)
    if (item->kind == Kind::Starred)
      return false;
  return true;
}

bool convertsFromPython(const Type *t) {
  if (t->kind == TypeKind::CppClass)
    return cppConvertsFromPython(t);
  return t->kind != TypeKind::Function && t->kind != TypeKind::Void && t->kind != TypeKind::TemplateParam &&
         (t->kind != TypeKind::Pointer || t->isCharPointer());
}

bool functionConvertsToPython(const Type *f) {
  if (f->varargs)
    return false;
  for (const Param &p : f->params)
    if (p.hasDefault || (!p.type->isObject() && !convertsFromPython(p.type)))
      return false;
  const Type *result = f->target;
  return result->isObject() || result->kind == TypeKind::Void ||
         (result->kind != TypeKind::Function && !(result->kind == TypeKind::Pointer && result->target->kind == TypeKind::Function) &&
          convertsToPython(result));
}

namespace {

// Cython's view of a function's exception declaration: whether the caller
// checks for an exception after a call, and the value that signals one.
struct ExceptionSpec {
  bool check = false;
  std::string_view value; // empty: none
};

ExceptionSpec exceptionSpec(const Type *f) {
  switch (f->except) {
  case ExceptStyle::Value: return {false, f->exceptValue};
  case ExceptStyle::MaybeValue: return {true, f->exceptValue};
  case ExceptStyle::Star: return {true, {}};
  case ExceptStyle::Cpp: return {true, "+"};
  case ExceptStyle::NoExcept:
  case ExceptStyle::Object: return {false, {}};
  }
  return {};
}

// Whether a function declared `source` may be called through a pointer
// declared `target`: a narrower exception check is fine, a missing one is
// not (Cython's CFuncType._is_exception_compatible_with).
bool exceptionsFit(const Type *source, const Type *target) {
  ExceptionSpec s = exceptionSpec(source), t = exceptionSpec(target);
  if (!t.check || !t.value.empty()) {
    if (t.check && !(s.check || !s.value.empty()))
      return true; // the pointer's callers check; the function never raises
    if (s.value != t.value)
      return false;
    if (s.check && s.check != t.check)
      return false;
  }
  return true;
}

enum class Fit : uint8_t { Ok, Mismatch, ExceptionValues };

// A type built around one that failed to resolve (reported already).
bool hasErrorType(const Type *t) {
  if (t->kind == TypeKind::Error)
    return true;
  if (t->kind == TypeKind::Function)
    for (const Param &p : t->params)
      if (hasErrorType(p.type))
        return true;
  return t->target && t->kind != TypeKind::Complex && hasErrorType(t->target);
}

// A function stored in a pointer to functions of type `target`.
Fit functionFits(const Type *target, const Type *source) {
  if (!sameCType(target, source))
    return Fit::Mismatch;
  if (target->nogil && !source->nogil)
    return Fit::Mismatch; // a nogil pointer would call GIL-requiring code without it
  return exceptionsFit(source, target) ? Fit::Ok : Fit::ExceptionValues;
}

// Whether a C value of type `from` may be stored where `to` is wanted. The
// same order of cases as the conversions the printer writes.
Fit fits(const Type *to, const Type *from) {
  if (to == from || to->isObject() || from->isObject() || hasErrorType(to) || hasErrorType(from) ||
      to->kind == TypeKind::Array || to->kind == TypeKind::Bint)
    return Fit::Ok;
  if (to->kind == TypeKind::Pointer && to->target->kind == TypeKind::Function) {
    if (from->kind == TypeKind::Function)
      return functionFits(to->target, from);
    if (from->kind == TypeKind::Pointer && from->target->kind == TypeKind::Function)
      return functionFits(to->target, from->target);
  }
  if (to->kind == TypeKind::Pointer && (from->kind == TypeKind::Pointer || from->kind == TypeKind::Function))
    return Fit::Ok;
  // C++ classes: the same, a base of it, or one a constructor converts
  // from (iterator to const_iterator, not back).
  if (to->kind == TypeKind::CppClass || from->kind == TypeKind::CppClass)
    return cppArgumentMatch(from, to) > 0 ? Fit::Ok : Fit::Mismatch;
  if (to->kind == TypeKind::MemoryView && from->kind == TypeKind::MemoryView)
    return Fit::Ok;
  if (to->kind == TypeKind::MemoryView && from->kind == TypeKind::Array) { // a view of the array's items
    long long dims = 0;
    const Type *item = from;
    for (; item->kind == TypeKind::Array; item = item->target)
      ++dims;
    return dims == to->length && sameCType(item, to->target) ? Fit::Ok : Fit::Mismatch;
  }
  if (to->isNumeric() != from->isNumeric() || (from->kind == TypeKind::Complex && to->kind != TypeKind::Complex))
    return Fit::Mismatch;
  return Fit::Ok;
}

class CChecker {
public:
  CChecker(const SourceFile &file, const Typing &typing, DiagnosticEngine &diags)
      : file_(file), t_(typing), diags_(diags) {}

  void run(const Module *m) {
    for (const Expr *e : valueContexts(m, t_).toObjects)
      converted_.insert(e);
    for (const Stmt *s : m->body)
      visit(s);
  }

  // A C value the module converts to an object must convert (C functions
  // and pointers to them: the lowering, which makes their Python wrappers,
  // checks them).
  void conversion(const Expr *e) {
    const Type *t = t_.typeOf(e);
    bool function =
        t->kind == TypeKind::Function || (t->kind == TypeKind::Pointer && t->target->kind == TypeKind::Function);
    if (!function && !hasErrorType(t) && !convertsToPython(t))
      diags_.report(DiagId::CannotConvertToPython, file_, e->range.begin, describe(t));
  }

private:
  const SourceFile &file_;
  const Typing &t_;
  DiagnosticEngine &diags_;
  const Type *returns_ = nullptr; // the C function's return type; null in Python code
  bool classBody_ = false;         // in a cdef class's body (its attribute declarations)
  int functions_ = 0;              // the functions around the code being checked
  std::unordered_set<const Expr *> converted_; // C values converted to objects (sema/value_contexts.h)

  // `value` stored where `to` is wanted (an object where `to` is null).
  void store(const Type *to, const Expr *value) {
    if (!value)
      return;
    const Type *from = t_.typeOf(value);
    if (!to || to->isObject())
      return; // C values converted to objects: conversions() checks them all
    if (from->isObject() && listToPointer(value, to)) { // `cdef double *p = [1, 2, 3]`: each item as a double
      for (const Expr *item : as<Sequence>(value)->elts)
        store(to->target, item);
      return;
    }
    if (from->isObject()) {
      bool bytesToVoid = to->kind == TypeKind::Pointer && to->target->kind == TypeKind::Void &&
                         value->kind == Kind::Constant && as<Constant>(value)->ck == ConstKind::Bytes;
      if (!hasErrorType(to) && !convertsFromPython(to) && !isNone(value) && !invalidCOperation(value) && !bytesToVoid)
        diags_.report(DiagId::CannotConvertFromPython, file_, value->range.begin, describe(to));
      return;
    }
    Fit fit = fits(to, from);
    if (fit == Fit::Mismatch) {
      diags_.report(DiagId::CannotAssignType, file_, value->range.begin, describe(from), describe(to));
    } else if (fit == Fit::ExceptionValues) {
      std::string suggestion;
      ExceptionSpec target = exceptionSpec(to->target);
      if (!target.check && target.value.empty())
        suggestion = fmt::format(" Suggest adding 'noexcept' to the type of {}.",
                                 value->kind == Kind::Name ? fmt::format("'{}'", as<Name>(value)->id)
                                                           : std::string("the value being assigned"));
      diags_.report(DiagId::IncompatibleExceptionValues, file_, value->range.begin, describe(from), describe(to),
                    suggestion);
    }
  }

  // An operation on C operands that C does not define (`p + p` on
  // pointers): typed as an object, reported by the lowering.
  bool invalidCOperation(const Expr *e) const {
    if (e->kind == Kind::BinOp)
      return !t_.typeOf(as<BinOp>(e)->left)->isObject() && !t_.typeOf(as<BinOp>(e)->right)->isObject();
    if (e->kind == Kind::UnaryOp)
      return !t_.typeOf(as<UnaryOp>(e)->operand)->isObject();
    return false;
  }

  static bool isNone(const Expr *e) { return e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::None; }

  // The type a target stores: null for a Python object.
  const Type *cTarget(const Expr *target) const {
    const Type *t = t_.typeOf(target);
    return t->isObject() ? nullptr : t;
  }

  void visit(const Node *n) {
    if (converted_.count(static_cast<const Expr *>(n)))
      conversion(static_cast<const Expr *>(n)); // (reported in source order, with the checks below)
    switch (n->kind) {
    case Kind::CompileTimeIf: {
      auto *c = as<CompileTimeIf>(n);
      auto it = t_.compileTimeTests.find(c);
      if (it != t_.compileTimeTests.end())
        for (const Stmt *s : it->second ? c->body : c->orelse)
          visit(s);
      return;
    }
    case Kind::CFunctionDef: {
      auto *f = as<CFunctionDef>(n);
      for (const CArg *a : f->type->args) // C callers pass anything: Cython refuses the clauses there
        if (a->notNone || a->orNone)
          diags_.report(DiagId::NoneClauseInCFunction, file_, a->range.begin, a->notNone ? "not None" : "or None");
      const CSymbol *symbol = t_.symbol(f->name);
      const Type *type = symbol && symbol->def == f ? symbol->type : nullptr; // (methods: not yet)
      withReturns(type ? type->target : nullptr, n);
      return;
    }
    case Kind::FunctionDef: {
      noneClauses(as<FunctionDef>(n)->args);
      const CSymbol *symbol = t_.symbol(as<FunctionDef>(n)->name);
      if (!(symbol && symbol->pureDef == n))
        pythonArguments(as<FunctionDef>(n)->args);
      withReturns(symbol && symbol->pureDef == n ? symbol->type->target : nullptr, n);
      return;
    }
    case Kind::AsyncFunctionDef:
    case Kind::Lambda:
      withReturns(nullptr, n);
      return;
    case Kind::Assign: {
      auto *a = as<Assign>(n);
      if (Typing::parallelAssignment(a)) { // item by item
        List<Expr> targets = as<Sequence>(a->targets[0])->elts, values = as<Sequence>(a->value)->elts;
        for (size_t i = 0; i < targets.size(); ++i)
          store(cTarget(targets[i]), values[i]);
        break;
      }
      if (!t_.cppOperation(a)) // (a templated operator= takes the value as it is)
        for (const Expr *target : a->targets)
          store(cTarget(target), a->value);
      // A pointer set to a list display: only a declaration's value in a
      // function (its array lives as long as the function), as in Cython.
      for (const Expr *target : a->targets)
        if (functions_ > 0 && target->kind == Kind::Name && listToPointer(a->value, t_.typeOf(target)))
          diags_.report(DiagId::LiteralListToPointer, file_, target->range.begin);
      break;
    }
    case Kind::AnnAssign:
      store(cTarget(as<AnnAssign>(n)->target), as<AnnAssign>(n)->value);
      break;
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators) {
        const Type *t = t_.resolvedType(d->type);
        if (d->value && t)
          store(t->isObject() ? nullptr : t, d->value);
        if (classBody_ && t && as<CVarDecl>(n)->visibility != Visibility::Private)
          pythonAttribute(d, t, as<CVarDecl>(n)->visibility == Visibility::Public);
      }
      break;
    case Kind::CClassDef: {
      bool saved = classBody_;
      classBody_ = true;
      forEachChild(n, [&](const Node *c) { visit(c); });
      classBody_ = saved;
      return;
    }
    case Kind::AddressOf: addressOf(as<AddressOf>(n)); break;
    case Kind::For: pointerLoop(as<For>(n)); break;
    case Kind::Subscript: index(as<Subscript>(n)); break;
    case Kind::Compare: compare(as<Compare>(n)); break;
    case Kind::Return:
      if (!returns_ || returns_->kind != TypeKind::Void)
        store(returns_, as<Return>(n)->value);
      break;
    case Kind::Call: call(as<Call>(n)); break;
    case Kind::BinOp: binaryOperands(as<BinOp>(n)); break;
    case Kind::UnaryOp: unaryOperand(as<UnaryOp>(n)); break;
    case Kind::Cast:
      if (const Type *t = t_.resolvedType(as<Cast>(n)->type); t && t->kind == TypeKind::Function)
        diags_.report(DiagId::CastToFunctionType, file_, n->range.begin);
      break;
    case Kind::SizeOf: {
      const Node *operand = as<SizeOf>(n)->operand;
      sizeOf(n, operand->kind == Kind::TypeExpr ? t_.resolvedType(as<TypeExpr>(operand)->type)
                      : operand->kind >= Kind::CTypeName ? t_.resolvedType(operand)
                                                         : t_.typeExpression(static_cast<const Expr *>(operand)));
      break;
    }
    default: break;
    }
    forEachChild(n, [&](const Node *c) { visit(c); });
  }

  void withReturns(const Type *returns, const Node *body) {
    const Type *saved = returns_;
    bool savedClass = classBody_;
    returns_ = returns;
    classBody_ = false;
    ++functions_;
    forEachChild(body, [&](const Node *c) { visit(c); });
    --functions_;
    returns_ = saved;
    classBody_ = savedClass;
  }

  // `def f(Foo *p)`: a def's C parameter is converted from its argument.
  void pythonArguments(const Arguments *args) {
    for (List<Arg> list : {args->posonlyargs, args->args, args->kwonlyargs})
      for (const Arg *a : list)
        if (const Type *t = a->ctype ? t_.resolvedType(a->ctype) : nullptr;
            t && !t->isObject() && !hasErrorType(t) && !convertsFromPython(t))
          diags_.report(DiagId::ArgumentCannotConvert, file_, a->range.begin, describe(t));
  }

  // `cdef public T x` in a cdef class: a descriptor converts it both ways
  // (a readonly one to Python only).
  void pythonAttribute(const CDeclarator *d, const Type *t, bool writable) {
    if (t->isObject() || hasErrorType(t))
      return;
    bool toPython = convertsToPython(t), fromPython = !writable || convertsFromPython(t);
    if (toPython && fromPython)
      return;
    diags_.report(DiagId::AttributeNotFromPython, file_, d->range.begin, describe(t));
    if (!toPython)
      diags_.report(DiagId::CannotConvertToPython, file_, d->range.begin, describe(t));
    if (!fromPython)
      diags_.report(DiagId::CannotConvertFromPython, file_, d->range.begin, describe(t));
  }

  // `&x`: of a C lvalue only (a variable, a C attribute, an element, *p).
  void addressOf(const AddressOf *a) {
    const Expr *op = a->operand;
    const Type *t = t_.typeOf(op);
    switch (op->kind) {
    case Kind::Name:
      if (t->isObject() && !(t_.symbol(as<Name>(op)->id) && t_.symbol(as<Name>(op)->id)->kind == CSymbol::Kind::Function))
        diags_.report(DiagId::AddressOfPythonVariable, file_, a->range.begin, as<Name>(op)->id);
      return;
    case Kind::Attribute:
      if (t->isObject() && !t_.moduleMember(as<Attribute>(op)))
        diags_.report(DiagId::AddressOfPythonAttribute, file_, a->range.begin, as<Attribute>(op)->attr);
      return;
    case Kind::Call:
      if (cythonPath(t_, as<Call>(op)->func) == "operator.dereference")
        return;
      if (const CSymbol *f = t_.calledFunction(as<Call>(op)); f && f->type->referenceResult)
        return; // `&v.front()`: the element the reference is
      [[fallthrough]];
    case Kind::BinOp:
    case Kind::UnaryOp:
    case Kind::BoolOp:
    case Kind::Compare:
    case Kind::IfExp:
    case Kind::Constant:
      if (!hasErrorType(t))
        diags_.report(DiagId::AddressOfNonLvalue, file_, a->range.begin, describe(t));
      return;
    default: return;
    }
  }

  // `for x in p[a:b]` over a C pointer: Cython needs the end (and a
  // constant step) to run it as a C loop.
  void pointerLoop(const For *f) {
    PointerLoop loop = pointerLoopOf(f, t_);
    if (loop == PointerLoop::NeedsEnd || loop == PointerLoop::NeedsStepAndEnd)
      diags_.report(DiagId::PointerIterationEnd, file_, f->iter->range.begin,
                    loop == PointerLoop::NeedsEnd ? "end index" : "step size and end index");
  }

  // `p[i]` of a C pointer or array takes a C integer; C numbers have no
  // items; a C index of an object converts.
  void index(const Subscript *s) {
    if (s->slice->kind == Kind::Slice || s->slice->kind == Kind::Tuple || t_.typeExpression(s->value) ||
        t_.typeExpression(s))
      return;
    const Type *base = t_.typeOf(s->value), *at = t_.typeOf(s->slice);
    if (hasErrorType(base) || hasErrorType(at))
      return;
    if (base->kind == TypeKind::Pointer || base->kind == TypeKind::Array) {
      if (!at->isObject() && !at->isIntegral())
        diags_.report(DiagId::InvalidIndexType, file_, s->range.begin, describe(at));
    } else if (base->isNumeric() || base->kind == TypeKind::Struct) {
      diags_.report(DiagId::IndexNonArray, file_, s->range.begin, describe(base));
    } else if (base->isObject()) {
      store(nullptr, s->slice);
    }
  }

  // C operands of a comparison: pointers compare with pointers to the same
  // type (or void *), not with numbers; an object compares with C values
  // that convert to objects.
  void compare(const Compare *c) {
    const Expr *left = c->left;
    for (size_t i = 0; i < c->ops.size(); ++i) {
      const Expr *right = c->comparators[i];
      CmpOpKind op = c->ops[i];
      if (op != CmpOpKind::Is && op != CmpOpKind::IsNot && op != CmpOpKind::In && op != CmpOpKind::NotIn &&
          !comparable(left, right))
        diags_.report(DiagId::InvalidComparisonTypes, file_, c->range.begin, symbolOf(op), describe(t_.typeOf(left)),
                      describe(t_.typeOf(right)));
      else if ((op == CmpOpKind::Lt || op == CmpOpKind::LtE || op == CmpOpKind::Gt || op == CmpOpKind::GtE) &&
               orderedAsComplex(left, right))
        diags_.report(DiagId::ComplexUnordered, file_, c->range.begin);
      left = right;
    }
  }
  // C complex numbers have no order: a C comparison with one is an error
  // (an object operand makes it a Python comparison, which raises).
  bool orderedAsComplex(const Expr *a, const Expr *b) const {
    const Type *l = t_.typeOf(a), *r = t_.typeOf(b);
    if (l->isObject() || r->isObject())
      return false;
    return l->kind == TypeKind::Complex || r->kind == TypeKind::Complex;
  }

  bool comparable(const Expr *a, const Expr *b) const {
    const Type *l = t_.typeOf(a), *r = t_.typeOf(b);
    if (hasErrorType(l) || hasErrorType(r) || l->kind == TypeKind::Function || r->kind == TypeKind::Function)
      return true;
    auto literal = [](const Expr *e) { return e->kind == Kind::Constant; };
    auto pointer = [](const Type *t) { return t->kind == TypeKind::Pointer || t->kind == TypeKind::Array; };
    if (l->isObject() != r->isObject()) {
      const Expr *objectSide = l->isObject() ? a : b;
      const Type *cSide = l->isObject() ? r : l;
      return literal(objectSide) || !pointer(cSide) || convertsToPython(cSide);
    }
    if (l->isObject())
      return true;
    if (pointer(l) != pointer(r))
      return literal(pointer(l) ? b : a) || !(pointer(l) ? r : l)->isNumeric();
    if (!pointer(l))
      return true;
    return l->target->kind == TypeKind::Void || r->target->kind == TypeKind::Void || sameCType(l->target, r->target);
  }

  // C operands an operator cannot take: pointers (and arrays, structs,
  // functions) are operands of + and - only, as C pointer arithmetic has
  // them (p + i, i + p, p - i, p - q), and C strings of the bytes
  // operations Cython maps them to.
  static bool cNonNumeric(const Type *t) {
    return t->kind == TypeKind::Pointer || t->kind == TypeKind::Array || t->kind == TypeKind::Struct ||
           t->kind == TypeKind::Function;
  }
  void binaryOperands(const BinOp *b) {
    const Type *l = t_.typeOf(b->left), *r = t_.typeOf(b->right);
    if (!l->isObject() && !r->isObject() && (l->scopedEnum || r->scopedEnum)) { // a C++ enum class has no arithmetic
      diags_.report(DiagId::InvalidOperandTypes, file_, b->range.begin, symbolOf(b->op), describe(l), describe(r));
      return;
    }
    if (l->isObject() || r->isObject() || (!cNonNumeric(l) && !cNonNumeric(r)))
      return;
    bool lp = l->kind == TypeKind::Pointer || l->kind == TypeKind::Array;
    bool rp = r->kind == TypeKind::Pointer || r->kind == TypeKind::Array;
    // C strings are also Python operands, as Cython has them: s + t and
    // s % t on bytes, s * n repeats.
    auto string = [](const Type *t) {
      return t->kind == TypeKind::Pointer && t->target->kind == TypeKind::Int && t->target->rank == 1;
    };
    bool strings = ((b->op == BinOpKind::Add || b->op == BinOpKind::Mod) && string(l) && string(r)) ||
                   (b->op == BinOpKind::Mult && ((string(l) && r->isIntegral()) || (string(r) && l->isIntegral())));
    bool ok = strings || (b->op == BinOpKind::Add && ((lp && r->isIntegral()) || (rp && l->isIntegral()))) ||
              (b->op == BinOpKind::Sub && lp && (r->isIntegral() || rp));
    if (!ok)
      diags_.report(DiagId::InvalidOperandTypes, file_, b->range.begin, symbolOf(b->op), describe(l), describe(r));
  }
  void unaryOperand(const UnaryOp *u) {
    const Type *t = t_.typeOf(u->operand);
    if (u->op != UnaryOpKind::Not && !t->isObject() && cNonNumeric(t))
      diags_.report(DiagId::InvalidOperandType, file_, u->range.begin,
                    u->op == UnaryOpKind::USub ? "-" : u->op == UnaryOpKind::UAdd ? "+" : "~", describe(t));
  }

  // `int x not None`: only parameters of Python types can take (or refuse) None.
  void noneClauses(const Arguments *args) {
    if (!args)
      return;
    for (List<Arg> list : {args->posonlyargs, args->args, args->kwonlyargs})
      for (const Arg *a : list)
        if (a->ctype && (a->notNone || a->orNone))
          if (const Type *t = t_.resolvedType(a->ctype); t && !t->isObject() && !hasErrorType(t))
            diags_.report(DiagId::NoneClauseOnCType, file_, a->range.begin, a->notNone ? "not None" : "or None");
  }

  // sizeof of a struct declared without its fields: C cannot size it.
  void sizeOf(const Node *at, const Type *t) {
    if (t && t->kind == TypeKind::Struct && t->incomplete)
      diags_.report(DiagId::SizeofIncompleteType, file_, at->range.begin, describe(t));
  }

  // The arguments of a C function or of a struct literal.
  void call(const Call *c) {
    if (cythonPath(t_, c->func) == "sizeof" && c->args.size() == 1)
      sizeOf(c, t_.typeExpression(c->args[0]));
    std::span<const Param> params;
    if (const CSymbol *f = t_.calledFunction(c); f && f->type && f->type->kind == TypeKind::Function) {
      params = f->type->params;
      if (f->owner && !f->staticMethod && c->func->kind == Kind::Attribute && !params.empty())
        params = params.subspan(1); // obj.method(...): self is the receiver
    } else if (c->func->kind == Kind::Name) {
      const Type *st = t_.types.byName(as<Name>(c->func)->id);
      if (!st || st->kind != TypeKind::Struct || t_.typeOf(c) != st)
        return;
      params = st->params;
    } else {
      return;
    }
    for (size_t i = 0; i < c->args.size() && i < params.size(); ++i)
      if (c->args[i]->kind != Kind::Starred)
        store(params[i].type, c->args[i]);
    for (const Keyword *k : c->keywords)
      for (const Param &p : params)
        if (!k->arg.empty() && p.name == k->arg)
          store(p.type, k->value);
  }
};

} // namespace

bool exceptionCompatible(const Type *source, const Type *target) { return exceptionsFit(source, target); }

void checkCCode(const Module *m, const SourceFile &file, const Typing &typing, DiagnosticEngine &diags) {
  CChecker(file, typing, diags).run(m);
}

} // namespace pyxc::sema
