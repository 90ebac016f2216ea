// Which values convert: a C value becomes an object when its parent wants
// an object, and a value becomes a C type when its parent wants that type. A parent that is a C operation takes C values:
// a call of a C function (its C parameters) or of a function value, `&x`,
// a cast to a C type, an operation typed C (or with C operands only), an
// item of a C pointer, array, memoryview or struct, a truth test, a
// C-typed assignment, return value or comparison, a value no one uses,
// Cython's compile-time functions. Other parents (a Python call, an object
// variable, a display or an operation typed as an object) take objects;
// where the parent is unknown the context of its own parent holds. The
// C type a parent wants is its target's (an assignment, a return value),
// its parameter's or field's (a struct literal), Py_ssize_t (an index of a
// pointer, array or memoryview, a bound of a pointer's slice), or the
// type of the C operation the value is an operand of (and/or, if/else).
#include "sema/value_contexts.h"

#include "frontend/ast_fields.h"
#include "sema/loops.h"

#include <map>
#include <set>

namespace pyxc::sema {

using namespace ast;

namespace {

bool isNone(const Expr *e) { return e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::None; }

class ContextWalker {
public:
  explicit ContextWalker(const Typing &typing) : t_(typing) {}

  ValueContexts found;

  void statements(std::span<Stmt *const> body) {
    for (const Stmt *s : body)
      node(s);
  }

  void node(const Node *n) {
    switch (n->kind) {
    case Kind::Comprehension: {
      // A generator over a C++ container loops over its iterators in C.
      auto *g = as<Comprehension>(n);
      bool cpp = t_.cppComprehensionItem(g) != nullptr;
      value(g->target, false);
      value(g->iter, cpp);
      for (const Expr *cond : g->ifs)
        value(cond, false);
      return;
    }
    case Kind::CompileTimeIf: {
      auto *c = as<CompileTimeIf>(n);
      if (auto it = t_.compileTimeTests.find(c); it != t_.compileTimeTests.end())
        statements(it->second ? c->body : c->orelse);
      return;
    }
    case Kind::CFunctionDef: {
      auto *f = as<CFunctionDef>(n);
      const CSymbol *symbol = t_.symbol(f->name);
      // A method's return type is not looked up here: its return values
      // count as C values (the lowering gives the signatures).
      const Type *returns = symbol && symbol->def == f && symbol->type ? symbol->type->target : &unknownReturns_;
      withReturns(signatureOf(f) ? signatureOf(f)->target : returns, f->body);
      return;
    }
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef: {
      auto *f = as<FunctionDef>(n);
      const CSymbol *symbol = t_.symbol(f->name);
      for (const Expr *d : f->decorators)
        value(d, false);
      for (const Expr *d : f->args->defaults)
        value(d, false);
      for (const Expr *d : f->args->kwDefaults)
        if (d)
          value(d, false);
      const Type *returns = symbol && symbol->pureDef == n ? symbol->type->target : nullptr;
      withReturns(signatureOf(f) ? signatureOf(f)->target : returns, f->body);
      return;
    }
    // C declarations: their values are C (or compile-time) values.
    case Kind::CStructDef:
    case Kind::CEnumDef:
    case Kind::CTypedef:
    case Kind::CFusedDef:
    case Kind::CppClassDef:
    case Kind::CExternBlock:
    case Kind::CompileTimeDef:
    case Kind::CArg:
    case Kind::Import:
    case Kind::ImportFrom:
    case Kind::CImport:
    case Kind::FromCImport:
      return;
    case Kind::Assign: {
      auto *a = as<Assign>(n);
      if (Typing::parallelAssignment(a)) { // `a, b = b, a`: item by item
        List<Expr> targets = as<Sequence>(a->targets[0])->elts, values = as<Sequence>(a->value)->elts;
        for (size_t i = 0; i < targets.size(); ++i) {
          value(targets[i], false);
          value(values[i], !t_.typeOf(targets[i])->isObject(), t_.typeOf(targets[i]));
        }
        return;
      }
      if (t_.cppOperation(a)) { // through the class's templated operator=: the value as it is
        value(a->targets[0], false);
        value(a->value, !t_.typeOf(a->value)->isObject());
        return;
      }
      bool c = true;
      for (const Expr *target : a->targets) {
        c = c && !t_.typeOf(target)->isObject();
        value(target, false);
      }
      // One C target: the value as its type (several: the value as it is,
      // converted for each).
      value(a->value, c, a->targets.size() == 1 ? t_.typeOf(a->targets[0]) : nullptr);
      return;
    }
    case Kind::AnnAssign: {
      auto *a = as<AnnAssign>(n);
      value(a->target, false);
      if (a->value)
        value(a->value, !t_.typeOf(a->target)->isObject(), t_.typeOf(a->target));
      return;
    }
    case Kind::AugAssign: {
      auto *a = as<AugAssign>(n);
      value(a->target, false);
      // A pointer moved by a number (`p += n`): n as Py_ssize_t; an object
      // operand of a C target: as the target's type; a C one as it is.
      const Type *target = t_.typeOf(a->target), *operand = t_.typeOf(a->value);
      bool pointerStep = target->kind == TypeKind::Pointer && (a->op == BinOpKind::Add || a->op == BinOpKind::Sub) &&
                         (operand->isIntegral() || operand->isObject());
      value(a->value, !target->isObject(),
            pointerStep ? ssize() : operand->isObject() && target->isNumeric() ? target : nullptr);
      return;
    }
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators)
        if (d->value) {
          const Type *t = t_.resolvedType(d->type);
          value(d->value, t && !t->isObject(), t);
        }
      return;
    case Kind::Return:
      if (const Expr *v = as<Return>(n)->value)
        value(v, returns_ && !returns_->isObject(),
              returns_ && returns_ != &unknownReturns_ && returns_->kind != TypeKind::Void ? returns_ : nullptr);
      return;
    case Kind::ExprStmt: {
      // A value no one uses is not converted (`&f, &g` makes no tuple).
      const Expr *v = as<ExprStmt>(n)->value;
      if (std::span<Expr *const> items = unusedTupleItems(v); !items.empty())
        for (const Expr *item : items)
          value(item, true);
      else
        value(v, true);
      return;
    }
    case Kind::If:
      value(as<If>(n)->test, true);
      statements(as<If>(n)->body);
      statements(as<If>(n)->orelse);
      return;
    case Kind::While:
      value(as<While>(n)->test, true);
      statements(as<While>(n)->body);
      statements(as<While>(n)->orelse);
      return;
    case Kind::Assert:
      value(as<Assert>(n)->test, true);
      if (as<Assert>(n)->msg)
        value(as<Assert>(n)->msg, false);
      return;
    case Kind::For:
    case Kind::AsyncFor:
      // A loop over C values (a pointer's slice, a C array): the lowering
      // plans it, or says why it cannot.
      value(as<For>(n)->target, false);
      value(as<For>(n)->iter, true);
      statements(as<For>(n)->body);
      statements(as<For>(n)->orelse);
      return;
    case Kind::ForFrom:
    case Kind::GilBlock:
      forEachChild(n, [&](const Node *c) {
        if (isExpression(c))
          value(static_cast<const Expr *>(c), true); // C loop bounds, a compile-time condition
        else
          node(c);
      });
      return;
    default: break;
    }
    if (isExpression(n)) {
      value(static_cast<const Expr *>(n), false);
      return;
    }
    forEachChild(n, [&](const Node *c) { node(c); });
  }

private:
  const Typing &t_;
  const Type *returns_ = nullptr; // a C function's return type; null in Python code
  Type unknownReturns_{};         // one the typer gave no C function: taken as C

  const Type *ssize() const { return t_.types.byName("Py_ssize_t"); }

public:
  // The compiled C functions (definition -> C function type), when the
  // lowering gives them; those walked.
  const std::map<const Node *, const Type *> *cFunctions = nullptr;
  std::set<const Node *> walked;

private:
  const Type *signatureOf(const Node *def) {
    walked.insert(def);
    if (!cFunctions)
      return nullptr;
    auto it = cFunctions->find(def);
    return it == cFunctions->end() ? nullptr : it->second;
  }

  static bool isExpression(const Node *n) {
    return (n->kind >= Kind::BoolOp && n->kind <= Kind::Slice) || (n->kind >= Kind::Cast && n->kind <= Kind::TypeExpr);
  }

  template <class Body> void withReturns(const Type *returns, const Body &body) {
    const Type *saved = returns_;
    returns_ = returns;
    statements(body);
    returns_ = saved;
  }

  void children(const Expr *e, bool c) {
    forEachChild(e, [&](const Node *k) {
      if (isExpression(k))
        value(static_cast<const Expr *>(k), c);
      else
        node(k);
    });
  }

  // An expression whose parent wants a C value (`c`: of type `want`, or as
  // it is when null) or an object.
  void value(const Expr *e, bool c, const Type *want = nullptr) {
    if (t_.typeExpression(e))
      return; // a type (`cython.int`, `int[:]`), not a value
    const Type *t = t_.typeOf(e);
    if (c && want && !want->isObject() && want->kind != TypeKind::Void && want->kind != TypeKind::Error &&
        t->kind != TypeKind::Error && t->kind != TypeKind::Void)
      found.toC.emplace_back(e, want);
    // A target (`fp = f`, `del x`) is stored to, not converted.
    bool target = (e->kind == Kind::Name && as<Name>(e)->ctx != Ctx::Load) ||
                  (e->kind == Kind::Attribute && as<Attribute>(e)->ctx != Ctx::Load) ||
                  (e->kind == Kind::Subscript && as<Subscript>(e)->ctx != Ctx::Load);
    if (!c && !target && !t->isObject() && t->kind != TypeKind::Error && t->kind != TypeKind::Void)
      found.toObjects.push_back(e);
    bool cValue = !t->isObject();
    if (const CSymbol *op = t_.cppOperation(e); op && e->kind != Kind::Call) {
      cppOperands(e, op->type);
      return;
    }
    switch (e->kind) {
    case Kind::Call: call(as<Call>(e), c); return;
    case Kind::AddressOf: value(as<AddressOf>(e)->operand, true); return;
    case Kind::IfExp: {
      auto *i = as<IfExp>(e);
      value(i->test, true);
      // Both values as the result's type (one of two C functions: as it is).
      const Type *wanted = cValue && t->kind != TypeKind::Function ? t : nullptr;
      value(i->body, cValue, wanted);
      value(i->orelse, cValue, wanted);
      return;
    }
    // A cast converts (or refuses: the lowering's "Python objects cannot be
    // cast from pointers") itself; a comparison of a C value with an object
    // converts numbers, and refuses pointers as "Invalid types" (c_checks).
    case Kind::Cast: {
      // An object cast to a pointer is its address (an integer literal: that
      // address); to other C types (and char *) it converts.
      const Expr *operand = as<Cast>(e)->operand;
      bool address = t->kind == TypeKind::Pointer && (Typing::constantInt(operand) || !t->isCharPointer());
      value(operand, true, t_.typeOf(operand)->isObject() && !address ? t : nullptr);
      return;
    }
    case Kind::Compare: children(e, true); return;
    case Kind::BinOp: {
      auto *b = as<BinOp>(e);
      // C operands that C cannot combine (`p + p`) are Cython's operand
      // error (c_checks), not conversions.
      bool c2 = cValue || (!t_.typeOf(b->left)->isObject() && !t_.typeOf(b->right)->isObject());
      // A floating `**` used as an object is Python's power of the operands
      // as the result's type.
      const Type *wanted = b->op == BinOpKind::Pow && t->kind == TypeKind::Float ? t : nullptr;
      value(b->left, c2, wanted);
      value(b->right, c2, wanted);
      return;
    }
    case Kind::UnaryOp: value(as<UnaryOp>(e)->operand, cValue || as<UnaryOp>(e)->op == UnaryOpKind::Not); return;
    case Kind::BoolOp:
      for (const Expr *v : as<BoolOp>(e)->values)
        value(v, cValue, cValue ? t : nullptr); // each as the result's type
      return;
    case Kind::Subscript: {
      auto *s = as<Subscript>(e);
      const Type *base = t_.typeOf(s->value);
      bool cBase = !base->isObject();
      value(s->value, cBase);
      // Indices and bounds of C pointers, arrays and memoryviews are
      // Py_ssize_t.
      bool element = base->buffer && !t_.typeOf(s)->isObject(); // an element of a buffer object
      bool indexed = base->kind == TypeKind::Pointer || base->kind == TypeKind::Array ||
                     base->kind == TypeKind::MemoryView || element;
      bool cIndex = cBase || element;
      if (s->slice->kind == Kind::Slice) {
        auto *slice = as<Slice>(s->slice);
        for (const Expr *bound : {slice->lower, slice->upper, slice->step})
          if (bound)
            value(bound, cBase, indexed && !isNone(bound) ? ssize() : nullptr);
      } else if (s->slice->kind == Kind::Tuple && (base->kind == TypeKind::MemoryView || element)) {
        for (const Expr *index : as<Sequence>(s->slice)->elts)
          if (index->kind == Kind::Slice)
            children(index, cBase);
          else
            value(index, cIndex, ssize());
      } else {
        value(s->slice, cIndex, indexed ? ssize() : nullptr);
      }
      return;
    }
    case Kind::Attribute: value(as<Attribute>(e)->value, !t_.typeOf(as<Attribute>(e)->value)->isObject()); return;
    case Kind::Lambda:
      withReturnsOf(as<Lambda>(e));
      return;
    case Kind::List:
    case Kind::Tuple:
    case Kind::Set:
    case Kind::Dict:
    case Kind::Starred:
    case Kind::NamedExpr:
      children(e, c); // a display of C values assigned to a C array is C
      return;
    default: children(e, false); return;
    }
  }

  // A C++ operator's operands (`new`'s arguments): the instance as it is,
  // the other operand as the operator's parameter.
  void cppOperands(const Expr *e, const Type *fn) {
    auto param = [&](size_t i) { return i < fn->params.size() ? fn->params[i].type : nullptr; };
    auto operand = [&](const Expr *x, const Type *want) { value(x, !want || !want->isObject(), want); };
    switch (e->kind) {
    case Kind::New:
      for (size_t i = 0; i < as<New>(e)->args.size(); ++i)
        operand(as<New>(e)->args[i], param(i));
      return;
    case Kind::Subscript:
      value(as<Subscript>(e)->value, true);
      operand(as<Subscript>(e)->slice, param(0));
      return;
    case Kind::BinOp:
      if (t_.typeOf(as<BinOp>(e)->left)->kind != TypeKind::CppClass) { // `2.0 * z`
        operand(as<BinOp>(e)->left, param(0));
        value(as<BinOp>(e)->right, true);
        return;
      }
      value(as<BinOp>(e)->left, true);
      operand(as<BinOp>(e)->right, param(0));
      return;
    case Kind::Compare:
      value(as<Compare>(e)->left, true);
      operand(as<Compare>(e)->comparators[0], param(0));
      return;
    default: children(e, true); return;
    }
  }

  void withReturnsOf(const Lambda *l) {
    const Type *saved = returns_;
    returns_ = nullptr;
    children(l, false);
    returns_ = saved;
  }

  // A call: the callee is called in C when it is a C value; the arguments
  // of a C function's C parameters are C values, as are those of Cython's
  // compile-time functions (sizeof, cast, address, declare, typeof).
  void call(const Call *c, bool) {
    if (std::string path = cythonPath(t_, c->func); !path.empty()) {
      // cython.declare(T, x) and cython.cast(T, x) of an object (not to a
      // pointer, which takes its address): x as T.
      const Type *t = t_.typeOf(c);
      bool address = t->kind == TypeKind::Pointer && !t->isCharPointer();
      bool converts = c->args.size() == 2 && !t->isObject() &&
                      (path == "declare" || (path == "cast" && t_.typeOf(c->args[1])->isObject() && !address));
      for (size_t i = 0; i < c->args.size(); ++i)
        value(c->args[i], true, converts && i == 1 ? t : nullptr);
      for (const Keyword *k : c->keywords)
        value(k->value, true);
      return;
    }
    const Type *callee = t_.typeOf(c->func);
    value(c->func, true); // a function value is called in C; an object's attribute is looked up
    std::span<const Param> params;
    bool cCall = false, structLiteral = false;
    if (const CSymbol *op = t_.cppOperation(c); op && op->cname == "operator()") {
      params = op->type->params; // `obj(...)`: its class's operator()
      cCall = true;
    } else if (const CSymbol *f = t_.calledFunction(c); f && f->type && f->type->kind == TypeKind::Function) {
      params = f->type->params;
      cCall = true;
      if (f->owner && !f->staticMethod && c->func->kind == Kind::Attribute && !params.empty())
        params = params.subspan(1); // obj.method(...): self is the receiver
    } else if (callee->kind == TypeKind::Function ||
               (callee->kind == TypeKind::Pointer && callee->target->kind == TypeKind::Function)) {
      params = (callee->kind == TypeKind::Function ? callee : callee->target)->params;
      cCall = true;
    } else if (const Type *result = t_.typeOf(c); result->kind == TypeKind::Struct && c->func->kind == Kind::Name &&
                                                   t_.types.byName(as<Name>(c->func)->id) == result) {
      params = result->params; // a struct literal: Point(1, 2), Point(x=1, y=2)
      cCall = structLiteral = true;
    } else if (!callee->isObject()) {
      cCall = true; // a C builtin: C values
    }
    // A struct literal's values as its fields' types (a C function's
    // arguments: the lowering, which matches them to the parameters).
    for (size_t i = 0; i < c->args.size(); ++i)
      value(c->args[i], cCall && (i >= params.size() || !params[i].type->isObject()),
            structLiteral && i < params.size() ? params[i].type : nullptr);
    for (const Keyword *k : c->keywords) {
      bool cParam = cCall;
      const Type *wanted = nullptr;
      for (const Param &p : params)
        if (!k->arg.empty() && p.name == k->arg) {
          cParam = !p.type->isObject();
          wanted = structLiteral ? p.type : nullptr;
        }
      value(k->value, cParam, wanted);
    }
  }
};

} // namespace

std::span<Expr *const> unusedTupleItems(const Expr *statementValue) {
  if (statementValue->kind != Kind::Tuple)
    return {};
  for (const Expr *item : as<Sequence>(statementValue)->elts)
    if (item->kind == Kind::Starred)
      return {}; // `*it, x` iterates
  return as<Sequence>(statementValue)->elts;
}

ValueContexts valueContexts(const Module *m, const Typing &typing,
                            const std::map<const Node *, const Type *> *cFunctions) {
  ContextWalker contexts(typing);
  contexts.cFunctions = cFunctions;
  contexts.statements(m->body);
  // The C functions outside the module's statements (the inline functions
  // of cimported .pxd files and of extern classes the module compiles):
  // their conversions to C (their conversions to objects are not the
  // module's code).
  if (cFunctions) {
    size_t objects = contexts.found.toObjects.size();
    for (const auto &[def, signature] : *cFunctions)
      if (!contexts.walked.count(def))
        contexts.node(def);
    contexts.found.toObjects.resize(objects);
  }
  return std::move(contexts.found);
}

} // namespace pyxc::sema
