// Code that runs without the GIL may not touch Python objects: Cython's
// rules, checked over typed code so that every violation is reported, each
// in Cython's words ("Indexing Python object not allowed without gil").
// What runs without the GIL: the bodies of `cdef ... nogil` functions,
// `with nogil:` blocks (and pure mode's `with cython.nogil:`), and loops
// over `prange(..., nogil=True)`; `with gil:` inside them holds it again.
#include "sema/nogil.h"

#include "frontend/ast_fields.h"
#include "sema/builtins.h"
#include "sema/loops.h"

#include <algorithm>
#include <set>

namespace pyxc::sema {

using namespace ast;

namespace {

class NogilChecker {
public:
  NogilChecker(const SourceFile &file, const ScopeTable &scopes, const Typing &typing, DiagnosticEngine &diags)
      : file_(file), scopes_(scopes), t_(typing), diags_(diags) {}

  void run(const Module *m) {
    scope_ = scopes_.module();
    statements(m->body);
  }

  void statements(std::span<Stmt *const> body) {
    for (const Stmt *s : body)
      statement(s);
  }

  void statement(const Stmt *s) {
    switch (s->kind) {
    case Kind::CFunctionDef: function(as<CFunctionDef>(s)); return;
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef:
    case Kind::ClassDef:
    case Kind::CClassDef:
    case Kind::Lambda:
      nestedBody(s);
      return;
    case Kind::CompileTimeIf: {
      auto *c = as<CompileTimeIf>(s);
      auto it = t_.compileTimeTests.find(c);
      if (it != t_.compileTimeTests.end())
        statements(it->second ? c->body : c->orelse);
      return;
    }
    case Kind::GilBlock: {
      auto *g = as<GilBlock>(s);
      gilStatement(g, g->nogil, g->condition, g->body);
      return;
    }
    default: break;
    }
    if (s->kind == Kind::With && s->kind != Kind::AsyncWith) {
      auto *w = as<With>(s);
      const Expr *context = w->items.size() == 1 ? w->items[0]->contextExpr : nullptr;
      const Call *call = context && context->kind == Kind::Call ? as<Call>(context) : nullptr;
      std::string path = context ? cythonPath(t_, call ? call->func : context) : std::string();
      if ((path == "nogil" || path == "gil") && (!call || call->args.size() == 1)) {
        gilStatement(w, path == "nogil", call ? call->args[0] : nullptr, w->body);
        return;
      }
      // `with nogil, parallel():` (in a .pyx, `nogil` and `gil` are keywords here).
      const Expr *first = w->items.size() > 1 ? w->items[0]->contextExpr : nullptr;
      if (first && first->kind == Kind::Name && (as<Name>(first)->id == "nogil" || as<Name>(first)->id == "gil") &&
          std::all_of(w->items.begin() + 1, w->items.end(), [&](const WithItem *item) {
            return parallelItem(item->contextExpr) || isDirectiveItem(item->contextExpr);
          })) {
        gilBlock(w, as<Name>(first)->id == "nogil", [&] { statements(w->body); });
        return;
      }
    }
    if (s->kind == Kind::For && releasesGil(as<For>(s))) {
      withGilState(Gil::Released, [&] { forLoop(as<For>(s)); });
      return;
    }
    if (!nogil_) {
      forEachChild(s, [&](const Node *c) {
        if (isStatement(c))
          statement(static_cast<const Stmt *>(c));
      });
      return;
    }
    checkStatement(s);
  }

private:
  const SourceFile &file_;
  const ScopeTable &scopes_;
  const Typing &t_;
  DiagnosticEngine &diags_;
  bool nogil_ = false;
  const Scope *scope_ = nullptr;                // the function (or module) whose code this is
  const Type *returns_ = nullptr;               // a C function's return type
  std::set<std::pair<uint32_t, std::string>> reported_; // (offset, what): each once

  static bool isStatement(const Node *n) {
    return n->kind < Kind::BoolOp || (n->kind >= Kind::CVarDecl && n->kind <= Kind::CDeclBlock);
  }
  static bool isExpression(const Node *n) {
    return (n->kind >= Kind::BoolOp && n->kind <= Kind::Slice) || (n->kind >= Kind::Cast && n->kind <= Kind::TypeExpr);
  }

  // Whether the code holds the GIL: held, released by a `with nogil:`, or
  // either (the body of a nogil function, which may be called both ways).
  enum class Gil : uint8_t { Held, Released, Either };
  Gil gil_ = Gil::Held;

  template <class Fn> void withGilState(Gil state, Fn &&fn) {
    Gil saved = gil_;
    bool savedNogil = nogil_;
    gil_ = state;
    nogil_ = state != Gil::Held;
    fn();
    gil_ = saved;
    nogil_ = savedNogil;
  }

  // `with nogil:` / `with gil:`, or with a compile-time condition
  // (`with nogil(flag):`), which must be a constant.
  void gilStatement(const Node *at, bool releases, const Expr *condition, std::span<Stmt *const> body) {
    if (condition) {
      std::optional<bool> value = gilCondition(condition, t_);
      if (!value) {
        diags_.report(DiagId::NonConstantGilCondition, file_, condition->range.begin, releases ? "nogil" : "gil");
        statements(body);
        return;
      }
      if (!*value) {
        statements(body); // `with nogil(False):` changes nothing
        return;
      }
    }
    gilBlock(at, releases, [&] { statements(body); });
  }

  // `with nogil:` / `with gil:` (`releases`: the former) at `at`: an error
  // where the GIL is already in that state.
  template <class Fn> void gilBlock(const Node *at, bool releases, Fn &&fn) {
    if (releases && gil_ == Gil::Released)
      diags_.report(DiagId::ReleaseGilTwice, file_, at->range.begin);
    else if (!releases && gil_ == Gil::Held)
      diags_.report(DiagId::AcquireGilTwice, file_, at->range.begin);
    withGilState(releases ? Gil::Released : Gil::Held, fn);
  }

  void report(const Node *at, const char *what) {
    if (reported_.emplace(at->range.begin.offset, what).second)
      diags_.report(DiagId::NotAllowedWithoutGil, file_, at->range.begin, what);
  }

  void reportCoercion(const Node *at) {
    if (reported_.emplace(at->range.begin.offset, "coercion").second)
      diags_.report(DiagId::CoercionWithoutGil, file_, at->range.begin);
  }

  bool isObject(const Expr *e) const { return t_.typeOf(e)->isObject(); }

  // A literal (`2`, `-2`, `'a'`): an object only where nothing coerces it,
  // and then a constant of the module, made once with the GIL.
  static bool isLiteral(const Expr *e) {
    if (e->kind == Kind::UnaryOp)
      e = as<UnaryOp>(e)->operand;
    return e->kind == Kind::Constant && as<Constant>(e)->ck != ConstKind::Complex;
  }

  // An operand that is a Python object at run time.
  bool objectOperand(const Expr *e) const { return isObject(e) && !isLiteral(e); }

  // A prange(..., nogil=True) loop: its body runs without the GIL.
  bool releasesGil(const For *f) const {
    auto range = rangeCallOf(f, scope_, scopes_, t_);
    if (!range || !range->prange)
      return false;
    for (const Keyword *k : range->call->keywords)
      if (k->arg == "nogil") {
        auto v = Typing::constantInt(k->value);
        return (v && *v != 0) ||
               (k->value->kind == Kind::Constant && as<Constant>(k->value)->ck == ConstKind::True);
      }
    return false;
  }

  // A cdef function: a nogil one may neither return an object nor declare
  // object locals (Cython's two function-level errors).
  void function(const CFunctionDef *f) {
    const Scope *savedScope = scope_;
    const Type *savedReturns = returns_;
    scope_ = scopes_.scopeOf(f) ? scopes_.scopeOf(f) : scope_;
    const CSymbol *symbol = t_.symbol(f->name);
    const Type *type = symbol && symbol->def == f ? symbol->type : nullptr;
    returns_ = type ? type->target : nullptr;
    bool nogil = f->type->nogil && !f->type->withGil;
    if (nogil && f->hasBody) {
      if (returns_ && returns_->isObject())
        diags_.report(DiagId::NogilReturnsObject, file_, f->range.begin);
      if (declaresObjectLocal(f->body))
        diags_.report(DiagId::NogilObjectLocals, file_, f->range.begin);
      // np.ndarray[double] parameters: their buffers are acquired on entry.
      for (size_t i = 0; type && i < type->params.size() && i < f->type->args.size(); ++i)
        if (type->params[i].type->buffer)
          diags_.report(DiagId::BufferWithoutGil, file_,
                        (f->type->args[i]->type ? f->type->args[i]->type : f->type->args[i])->range.begin);
    }
    withGilState(nogil ? Gil::Either : Gil::Held, [&] { statements(f->body); });
    scope_ = savedScope;
    returns_ = savedReturns;
  }

  bool declaresObjectLocal(std::span<Stmt *const> body) const {
    for (const Stmt *s : body) {
      if (s->kind == Kind::CVarDecl)
        for (const CDeclarator *d : as<CVarDecl>(s)->declarators)
          if (const Type *t = t_.resolvedType(d->type); t && t->isObject() && !t->extension)
            return true;
    }
    return false;
  }

  // A def, class or lambda: its body runs when called, with the GIL.
  void nestedBody(const Node *n) {
    const Scope *saved = scope_;
    const Type *savedReturns = returns_;
    if (const Scope *s = scopes_.scopeOf(n))
      scope_ = s;
    returns_ = nullptr; // a def returns an object...
    if (n->kind == Kind::FunctionDef) { // ...unless pure mode's @cython.cfunc types it
      const CSymbol *symbol = t_.symbol(as<FunctionDef>(n)->name);
      if (symbol && symbol->pureDef == n)
        returns_ = symbol->type->target;
    }
    withGilState(Gil::Held, [&] {
      forEachChild(n, [&](const Node *c) {
        if (isStatement(c))
          statement(static_cast<const Stmt *>(c));
      });
    });
    scope_ = saved;
    returns_ = savedReturns;
  }

  // --- statements without the GIL ---------------------------------------------------------

  void checkStatement(const Stmt *s) {
    switch (s->kind) {
    case Kind::ExprStmt: {
      const Expr *e = as<ExprStmt>(s)->value;
      // A bare name or constant does nothing at run time.
      if (e->kind == Kind::Name || e->kind == Kind::Constant ||
          (e->kind == Kind::JoinedStr && !hasFormattedValue(as<JoinedStr>(e))))
        return;
      expr(e);
      if (isObject(e) && !isVoidCall(e) && !isPythonCall(e))
        report(e, "Discarding owned Python object");
      return;
    }
    case Kind::Assign: {
      auto *a = as<Assign>(s);
      for (const Expr *target : a->targets)
        assignTarget(target, a->value);
      if (a->value->kind == Kind::Tuple && isObject(a->value) && a->targets.size() == 1 &&
          a->targets[0]->kind == Kind::Tuple) {
        // `x, y = y, x`: each item is held in a temporary reference.
        for (const Expr *item : as<Sequence>(a->value)->elts)
          if (isObject(item))
            report(item, "Creating temporary Python reference");
        for (const Expr *item : as<Sequence>(a->value)->elts)
          expr(item);
        return;
      }
      valueFor(a->value, a->targets.empty() ? nullptr : t_.typeOf(a->targets[0]));
      return;
    }
    case Kind::AugAssign: {
      auto *a = as<AugAssign>(s);
      assignTarget(a->target, a->value);
      if (isObject(a->target) || objectOperand(a->value))
        report(s, "Operation");
      expr(a->value);
      return;
    }
    case Kind::AnnAssign:
      if (const Expr *v = as<AnnAssign>(s)->value) {
        assignTarget(as<AnnAssign>(s)->target, v);
        valueFor(v, t_.typeOf(as<AnnAssign>(s)->target));
      }
      return;
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(s)->declarators)
        if (d->value) {
          const Type *t = t_.resolvedType(d->type);
          if (t && t->isObject())
            report(d, "Assignment of Python object");
          valueFor(d->value, t);
        }
      return;
    case Kind::Return:
      if (const Expr *v = as<Return>(s)->value) {
        if (returns_ && returns_->kind == TypeKind::MemoryView && t_.typeOf(v)->kind == TypeKind::Array)
          report(v, "Operation"); // a memoryview of a C array is a new object
        else if (!returns_ || returns_->isObject())
          report(s, "Returning Python object");
        valueFor(v, returns_);
      }
      return;
    case Kind::Delete:
      for (const Expr *target : as<Delete>(s)->targets)
        if (isObject(target) || target->kind == Kind::Name)
          report(s, "Deleting Python object");
      return;
    case Kind::If:
      test(as<If>(s)->test);
      statements(as<If>(s)->body);
      statements(as<If>(s)->orelse);
      return;
    case Kind::While:
      test(as<While>(s)->test);
      statements(as<While>(s)->body);
      statements(as<While>(s)->orelse);
      return;
    case Kind::For:
      forLoop(as<For>(s));
      return;
    case Kind::ForFrom: {
      auto *f = as<ForFrom>(s);
      bool object = pythonTarget(f->target) || objectOperand(f->lower) || objectOperand(f->upper) ||
                    (f->step && objectOperand(f->step));
      if (object) {
        report(f, "For-loop using object bounds or target");
        for (const Expr *e : {f->target, f->lower, f->upper, f->step})
          if (e && objectOperand(e))
            reportCoercion(e);
      }
      statements(f->body);
      statements(f->orelse);
      return;
    }
    case Kind::AsyncFor:
    case Kind::AsyncWith:
      report(s, "Operation");
      return;
    case Kind::Try:
    case Kind::TryStar: {
      auto *t = as<Try>(s);
      if (!t->handlers.empty())
        diags_.report(DiagId::TryExceptWithoutGil, file_, s->range.begin);
      statements(t->body);
      for (const ExceptHandler *h : t->handlers)
        statements(h->body);
      statements(t->orelse);
      statements(t->finalbody);
      return;
    }
    case Kind::Import:
      for (const Alias *a : as<Import>(s)->names) {
        report(a, "Python import");
        report(a, "Assignment of Python object");
      }
      return;
    case Kind::ImportFrom:
      report(s, "Python import");
      return;
    case Kind::With: {
      auto *w = as<With>(s);
      for (const WithItem *item : w->items)
        if (!isDirectiveItem(item->contextExpr) && !parallelItem(item->contextExpr))
          report(item, "Operation");
      statements(w->body);
      return;
    }
    case Kind::Match:
      report(s, "Operation");
      return;
    case Kind::Assert:
      test(as<Assert>(s)->test);
      return;
    case Kind::Raise: // raising takes the GIL for the moment it is set
    case Kind::Pass:
    case Kind::Break:
    case Kind::Continue:
    case Kind::Global:
    case Kind::Nonlocal:
      return;
    default:
      forEachChild(s, [&](const Node *c) {
        if (isStatement(c))
          statement(static_cast<const Stmt *>(c));
      });
      return;
    }
  }

  // `parallel(...)` of cython.parallel: a team of threads, no Python object.
  bool parallelItem(const Expr *e) const {
    return e->kind == Kind::Call && cythonPath(t_, as<Call>(e)->func) == "parallel.parallel";
  }

  bool isDirectiveItem(const Expr *e) const {
    std::string name, value;
    return directiveCall(e, t_.cythonName, name, value);
  }

  static bool hasFormattedValue(const JoinedStr *j) {
    for (const Expr *v : j->values)
      if (v->kind == Kind::FormattedValue)
        return true;
    return false;
  }

  bool isVoidCall(const Expr *e) const {
    if (e->kind != Kind::Call)
      return false;
    const CSymbol *f = t_.calledFunction(as<Call>(e));
    return f && f->type->target && f->type->target->kind == TypeKind::Void;
  }

  // A call of a Python object (reported as such already).
  bool isPythonCall(const Expr *e) const {
    if (e->kind != Kind::Call || !cythonPath(t_, as<Call>(e)->func).empty() || t_.calledFunction(as<Call>(e)))
      return false;
    const Type *fn = t_.typeOf(as<Call>(e)->func);
    return fn->isObject();
  }

  void test(const Expr *e) {
    // `a and not b` tested for truth: each operand is tested on its own.
    if (e->kind == Kind::BoolOp) {
      for (const Expr *v : as<BoolOp>(e)->values)
        test(v);
      return;
    }
    if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::Not) {
      test(as<UnaryOp>(e)->operand);
      return;
    }
    const Type *declared = t_.staticPyType(scope_, e);
    if (isObject(e) && sizedTruthTest(declared ? declared : t_.typeOf(e)).empty())
      report(e, "Truth-testing Python object");
    expr(e);
  }

  // A value stored to a target of type `to` (null: unknown).
  void valueFor(const Expr *v, const Type *to) {
    if (!(to && to->kind == TypeKind::Array && (v->kind == Kind::List || v->kind == Kind::Tuple)))
      expr(v);
    if (!to)
      return;
    const Type *from = t_.typeOf(v);
    // Literals convert when compiled: `i = 42`, `cdef int a[2] = [1, 2]`.
    if (isLiteral(v) || (to->kind == TypeKind::Array && (v->kind == Kind::List || v->kind == Kind::Tuple)))
      return;
    if (from->isObject() && !to->isObject() && to->kind != TypeKind::Error && !isNoneForPointer(v, to))
      reportCoercion(v);
    else if (!from->isObject() && to->isObject() && from->kind != TypeKind::Error)
      report(v, "Converting to Python object");
  }

  static bool isNoneForPointer(const Expr *v, const Type *to) {
    return to->kind == TypeKind::Pointer && v->kind == Kind::Constant && as<Constant>(v)->ck == ConstKind::None;
  }

  void assignTarget(const Expr *target, const Expr *value) {
    switch (target->kind) {
    case Kind::Name:
      if (isObject(target) && !isCName(as<Name>(target)))
        report(target, "Assignment of Python object");
      return;
    case Kind::Tuple:
    case Kind::List:
      for (const Expr *item : as<Sequence>(target)->elts)
        assignTarget(item, nullptr);
      if (value && value->kind != Kind::Tuple && isObject(value))
        report(target, "Operation"); // unpacking an object
      return;
    case Kind::Attribute:
      if (pythonAttribute(as<Attribute>(target))) {
        report(target, "Accessing Python attribute");
        report(target, "Assignment of Python object");
      } else if (isObject(target)) {
        report(target, "Assignment of Python object");
      }
      expr(as<Attribute>(target)->value);
      return;
    case Kind::Subscript: {
      auto *sub = as<Subscript>(target);
      if (isObject(sub->value)) {
        report(target, "Indexing Python object");
        report(target, "Assignment of Python object");
      } else if (isObject(target)) {
        report(target, "Assignment of Python object");
      }
      expr(sub->value);
      expr(sub->slice);
      return;
    }
    case Kind::Starred:
      assignTarget(as<Starred>(target)->value, nullptr);
      return;
    default:
      expr(target);
      return;
    }
  }

  // A cdef variable or a C-typed local: no Python reference.
  bool isCName(const Name *n) const { return !t_.typeOf(n)->isObject(); }

  void forLoop(const For *f) {
    if (auto range = rangeCallOf(f, scope_, scopes_, t_)) {
      bool objectBounds = false;
      for (const Expr *a : range->call->args)
        objectBounds |= objectOperand(a);
      bool objectTarget = pythonTarget(f->target);
      if (objectBounds || objectTarget) {
        report(f, "For-loop using object bounds or target");
        for (const Expr *a : range->call->args)
          if (objectOperand(a))
            reportCoercion(a);
      }
    } else if (isObject(f->iter)) {
      report(f->iter, "Iterating over Python object");
    } else {
      expr(f->iter);
    }
    statements(f->body);
    statements(f->orelse);
  }

  // A loop's target that is a Python variable (not a C one).
  bool pythonTarget(const Expr *target) const {
    if (target->kind != Kind::Name)
      return true;
    const Type *t = cVariableType(as<Name>(target), scope_, t_);
    return !t || t->isObject();
  }

  // An attribute looked up on a Python object (not a C field of a typed
  // extension-type object, nor a member of a cimported module).
  bool pythonAttribute(const Attribute *a) const {
    if (t_.moduleMember(a) || t_.typeExpression(a))
      return false;
    const Type *of = t_.typeOf(a->value);
    if (!of->isObject())
      return false;
    if (of->extension && of->extension->attribute(a->attr))
      return false;
    return true;
  }

  // --- expressions without the GIL --------------------------------------------------------

  void expr(const Expr *e) {
    if (t_.typeExpression(e))
      return; // a type used as a value (cython.int, a ctypedef's name)
    switch (e->kind) {
    case Kind::Constant:
      if (as<Constant>(e)->ck == ConstKind::Complex && isObject(e))
        report(e, "Constructing complex number");
      return;
    case Kind::Name:
      if (isObject(e) && !t_.symbol(as<Name>(e)->id) && isGlobal(as<Name>(e)) && !isBuiltin(as<Name>(e)))
        report(e, "Accessing Python global or builtin");
      return;
    case Kind::Attribute:
      if (pythonAttribute(as<Attribute>(e)))
        report(e, "Accessing Python attribute");
      if (!t_.moduleMember(as<Attribute>(e)))
        expr(as<Attribute>(e)->value);
      return;
    case Kind::Subscript: subscript(as<Subscript>(e)); return;
    case Kind::Tuple:
    case Kind::List:
    case Kind::Set:
    case Kind::Dict:
      if (isObject(e)) {
        report(e, e->kind == Kind::Tuple ? "Constructing Python tuple"
                  : e->kind == Kind::List ? "Constructing Python list"
                  : e->kind == Kind::Set  ? "Constructing Python set"
                                          : "Constructing Python dict");
        std::vector<const Expr *> items;
        forEachChild(e, [&](const Node *c) {
          if (isExpression(c))
            items.push_back(static_cast<const Expr *>(c));
        });
        boxedOperands(items);
      }
      children(e);
      return;
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp:
    case Kind::Lambda:
    case Kind::Yield:
    case Kind::YieldFrom:
    case Kind::Await:
      report(e, "Operation");
      return;
    case Kind::BoolOp: {
      bool object = false;
      for (const Expr *v : as<BoolOp>(e)->values)
        object |= objectOperand(v);
      if (object) {
        report(e, "Truth-testing Python object");
        boxedOperands({as<BoolOp>(e)->values.begin(), as<BoolOp>(e)->values.end()});
      }
      children(e);
      return;
    }
    case Kind::IfExp:
      test(as<IfExp>(e)->test);
      expr(as<IfExp>(e)->body);
      expr(as<IfExp>(e)->orelse);
      return;
    case Kind::BinOp:
      if (objectOperand(as<BinOp>(e)->left) || objectOperand(as<BinOp>(e)->right)) {
        report(e, "Operation");
        boxedOperands({as<BinOp>(e)->left, as<BinOp>(e)->right});
      }
      children(e);
      return;
    case Kind::UnaryOp:
      if (as<UnaryOp>(e)->op == UnaryOpKind::Not) {
        test(as<UnaryOp>(e)->operand);
        return;
      }
      if (objectOperand(as<UnaryOp>(e)->operand))
        report(e, as<UnaryOp>(e)->op == UnaryOpKind::Not ? "Truth-testing Python object" : "Operation");
      children(e);
      return;
    case Kind::Compare: compare(as<Compare>(e)); return;
    case Kind::Call: call(as<Call>(e)); return;
    case Kind::JoinedStr:
      if (hasFormattedValue(as<JoinedStr>(e)))
        report(e, "String formatting");
      return;
    case Kind::NamedExpr:
      assignTarget(as<NamedExpr>(e)->target, as<NamedExpr>(e)->value);
      expr(as<NamedExpr>(e)->value);
      return;
    case Kind::Cast: {
      auto *c = as<Cast>(e);
      const Type *to = t_.typeOf(e), *from = t_.typeOf(c->operand);
      if (c->operand->kind == Kind::Constant && as<Constant>(c->operand)->ck == ConstKind::Complex && to->isObject())
        report(c->operand, "Constructing complex number");
      else if (to->isObject() && !from->isObject() && c->operand->kind != Kind::Constant)
        report(e, "Converting to Python object");
      else if (!to->isObject() && from->isObject() && to->kind != TypeKind::Pointer)
        reportCoercion(e);
      else if (c->checked && to->extension)
        report(e, "Python type test");
      expr(c->operand);
      return;
    }
    default:
      children(e);
      return;
    }
  }

  // C values that an operation on Python objects takes as objects.
  void boxedOperands(const std::vector<const Expr *> &operands) {
    for (const Expr *o : operands)
      if (!isObject(o) && !isLiteral(o) && t_.typeOf(o)->kind != TypeKind::Error)
        report(o, "Converting to Python object");
  }

  void children(const Expr *e) {
    forEachChild(e, [&](const Node *c) {
      if (isExpression(c))
        expr(static_cast<const Expr *>(c));
    });
  }

  // A builtin (not rebound by the module): looked up once, when the
  // module is imported.
  bool isBuiltin(const Name *n) const {
    return isBuiltinName(n->id) && scopes_.module()->bindings.find(std::string(n->id)) == scopes_.module()->bindings.end();
  }

  bool isGlobal(const Name *n) const {
    if (!scope_ || scope_->kind == ScopeKind::Module)
      return true;
    Binding b = scope_->binding(n->id);
    return b == Binding::Global || b == Binding::ClassLocal;
  }

  void subscript(const Subscript *s) {
    expr(s->value);
    if (!isObject(s->value)) {
      expr(s->slice);
      return;
    }
    if (s->slice->kind == Kind::Slice) {
      auto *sl = as<Slice>(s->slice);
      if (sl->step) {
        report(s, "Constructing Python slice object");
        report(s, "Indexing Python object");
        for (const Expr *part : {sl->lower, sl->upper, sl->step})
          if (part && !isObject(part) && part->kind != Kind::Constant)
            report(part, "Converting to Python object");
      } else {
        report(s, "Slicing Python object");
      }
    } else {
      report(s, "Indexing Python object");
    }
    expr(s->slice);
  }

  void compare(const Compare *c) {
    bool object = objectOperand(c->left);
    for (const Expr *r : c->comparators)
      object |= objectOperand(r);
    bool identity = true; // `is` / `is not` compare addresses
    for (CmpOpKind op : c->ops)
      identity &= op == CmpOpKind::Is || op == CmpOpKind::IsNot;
    if (object && !identity)
      report(c, "Operation");
    children(c);
  }

  void call(const Call *c) {
    std::string path = cythonPath(t_, c->func);
    if (!path.empty()) {
      // cython.cast(T, x), cython.address(x), sizeof: C operations.
      for (const Expr *a : c->args)
        if (!t_.typeExpression(a))
          expr(a);
      return;
    }
    const CSymbol *f = t_.calledFunction(c);
    const Type *fn = f ? f->type : t_.typeOf(c->func);
    if (fn->kind == TypeKind::Pointer)
      fn = fn->target;
    if (fn->kind == TypeKind::Function) {
      if (!fn->nogil)
        report(c, "Calling gil-requiring function");
      size_t self = f && f->owner && !f->staticMethod && c->func->kind == Kind::Attribute ? 1 : 0;
      if (self)
        expr(as<Attribute>(c->func)->value);
      for (size_t i = 0; i < c->args.size(); ++i)
        argument(c->args[i], i + self < fn->params.size() ? fn->params[i + self].type : nullptr);
      for (const Keyword *k : c->keywords) {
        const Type *param = nullptr;
        for (const Param &p : fn->params)
          if (p.name == k->arg)
            param = p.type;
        argument(k->value, param);
      }
      return;
    }
    if (!isObject(c->func) || !isObject(c)) {
      // A struct literal, or a builtin the typer made a C operation:
      // on a Python value (len(a_list)) it still calls into Python.
      bool pythonArgument = false;
      for (const Expr *a : c->args)
        pythonArgument |= objectOperand(a);
      if (pythonArgument && t_.typeOf(c)->kind != TypeKind::Struct)
        report(c, "Calling gil-requiring function");
      for (const Expr *a : c->args)
        expr(a);
      for (const Keyword *k : c->keywords)
        expr(k->value);
      return;
    }
    report(c, "Calling gil-requiring function");
    expr(c->func);
    for (const Expr *a : c->args)
      valueFor(a, t_.types.object());
    for (const Keyword *k : c->keywords)
      valueFor(k->value, t_.types.object());
  }

  void argument(const Expr *a, const Type *param) {
    if (param && param->extension && isObject(a) && t_.typeOf(a)->extension != param->extension &&
        !(a->kind == Kind::Constant && as<Constant>(a)->ck == ConstKind::None)) {
      report(a, "Python type test");
      return;
    }
    valueFor(a, param);
  }
};

} // namespace

std::optional<bool> gilCondition(const Expr *condition, const Typing &typing) {
  std::optional<CompileTimeValue> v = typing.compileTime.eval(condition);
  if (!v || v->kind == CompileTimeValue::Kind::None)
    return std::nullopt;
  return v->truth();
}

void checkNogil(const Module *m, const SourceFile &file, const ScopeTable &scopes, const Typing &typing,
                DiagnosticEngine &diags) {
  NogilChecker checker(file, scopes, typing, diags);
  checker.run(m);
}

} // namespace pyxc::sema
