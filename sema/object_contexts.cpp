// Which C values become objects: an expression is converted when its
// parent wants an object. A parent that is a C operation takes C values:
// a call of a C function (its C parameters) or of a function value, `&x`,
// a cast to a C type, an operation typed C (or with C operands only), an
// item of a C pointer, array, memoryview or struct, a truth test, a
// C-typed assignment, return value or comparison, a value no one uses,
// Cython's compile-time functions. Other parents (a Python call, an object
// variable, a display or an operation typed as an object) take objects;
// where the parent is unknown the context of its own parent holds.
#include "sema/object_contexts.h"

#include "frontend/ast_fields.h"
#include "sema/loops.h"

namespace pyxc::sema {

using namespace ast;

namespace {

class ObjectContexts {
public:
  explicit ObjectContexts(const Typing &typing) : t_(typing) {}

  std::vector<const Expr *> found;

  void statements(std::span<Stmt *const> body) {
    for (const Stmt *s : body)
      node(s);
  }

  void node(const Node *n) {
    switch (n->kind) {
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
      // count as C values.
      withReturns(symbol && symbol->def == f && symbol->type ? symbol->type->target : &unknownReturns_, f->body);
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
      withReturns(symbol && symbol->pureDef == n ? symbol->type->target : nullptr, f->body);
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
          value(values[i], !t_.typeOf(targets[i])->isObject());
        }
        return;
      }
      bool c = true;
      for (const Expr *target : a->targets) {
        c = c && !t_.typeOf(target)->isObject();
        value(target, false);
      }
      value(a->value, c);
      return;
    }
    case Kind::AnnAssign: {
      auto *a = as<AnnAssign>(n);
      value(a->target, false);
      if (a->value)
        value(a->value, !t_.typeOf(a->target)->isObject());
      return;
    }
    case Kind::AugAssign: {
      auto *a = as<AugAssign>(n);
      value(a->target, false);
      value(a->value, !t_.typeOf(a->target)->isObject());
      return;
    }
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators)
        if (d->value) {
          const Type *t = t_.resolvedType(d->type);
          value(d->value, t && !t->isObject());
        }
      return;
    case Kind::Return:
      if (const Expr *v = as<Return>(n)->value)
        value(v, returns_ && !returns_->isObject());
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
  Type unknownReturns_{};         // a C method's: taken as C

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

  // An expression whose parent wants a C value (`c`) or an object.
  void value(const Expr *e, bool c) {
    if (t_.typeExpression(e))
      return; // a type (`cython.int`, `int[:]`), not a value
    const Type *t = t_.typeOf(e);
    // A target (`fp = f`, `del x`) is stored to, not converted.
    bool target = (e->kind == Kind::Name && as<Name>(e)->ctx != Ctx::Load) ||
                  (e->kind == Kind::Attribute && as<Attribute>(e)->ctx != Ctx::Load) ||
                  (e->kind == Kind::Subscript && as<Subscript>(e)->ctx != Ctx::Load);
    if (!c && !target && !t->isObject() && t->kind != TypeKind::Error && t->kind != TypeKind::Void)
      found.push_back(e);
    bool cValue = !t->isObject();
    switch (e->kind) {
    case Kind::Call: call(as<Call>(e), c); return;
    case Kind::AddressOf: value(as<AddressOf>(e)->operand, true); return;
    case Kind::IfExp: {
      auto *i = as<IfExp>(e);
      value(i->test, true);
      value(i->body, cValue);
      value(i->orelse, cValue);
      return;
    }
    // A cast converts (or refuses: the lowering's "Python objects cannot be
    // cast from pointers") itself; a comparison of a C value with an object
    // converts numbers, and refuses pointers as "Invalid types" (c_checks).
    case Kind::Cast: value(as<Cast>(e)->operand, true); return;
    case Kind::Compare: children(e, true); return;
    case Kind::BinOp: {
      auto *b = as<BinOp>(e);
      // C operands that C cannot combine (`p + p`) are Cython's operand
      // error (c_checks), not conversions.
      bool c2 = cValue || (!t_.typeOf(b->left)->isObject() && !t_.typeOf(b->right)->isObject());
      value(b->left, c2);
      value(b->right, c2);
      return;
    }
    case Kind::UnaryOp: value(as<UnaryOp>(e)->operand, cValue || as<UnaryOp>(e)->op == UnaryOpKind::Not); return;
    case Kind::BoolOp: children(e, cValue); return;
    case Kind::Subscript: {
      auto *s = as<Subscript>(e);
      bool cBase = !t_.typeOf(s->value)->isObject();
      value(s->value, cBase);
      if (s->slice->kind == Kind::Slice)
        children(s->slice, cBase);
      else
        value(s->slice, cBase);
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
    if (!cythonPath(t_, c->func).empty()) {
      for (const Expr *a : c->args)
        value(a, true);
      for (const Keyword *k : c->keywords)
        value(k->value, true);
      return;
    }
    const Type *callee = t_.typeOf(c->func);
    value(c->func, true); // a function value is called in C; an object's attribute is looked up
    std::span<const Param> params;
    bool cCall = false;
    if (const CSymbol *f = t_.calledFunction(c); f && f->type && f->type->kind == TypeKind::Function) {
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
      cCall = true;
    } else if (!callee->isObject()) {
      cCall = true; // a C builtin: C values
    }
    for (size_t i = 0; i < c->args.size(); ++i)
      value(c->args[i], cCall && (i >= params.size() || !params[i].type->isObject()));
    for (const Keyword *k : c->keywords) {
      bool cParam = cCall;
      for (const Param &p : params)
        if (!k->arg.empty() && p.name == k->arg)
          cParam = !p.type->isObject();
      value(k->value, cParam);
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

std::vector<const Expr *> valuesConvertedToObjects(const Module *m, const Typing &typing) {
  ObjectContexts contexts(typing);
  contexts.statements(m->body);
  return std::move(contexts.found);
}

} // namespace pyxc::sema
