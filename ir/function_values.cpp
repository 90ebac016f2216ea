// Which C function values become Python objects: every expression of a
// function type (or a pointer to one) except where its parent wants a C
// value. The rule mirrors the printer's conversions: a parent that is a
// C operation (a call of the value, `&f`, a cast to a C type, a C-typed
// assignment, argument, return value or comparison) takes the C value;
// any other parent (a Python call's argument, a container display, an
// object variable, an expression statement) takes an object.
#include "ir/function_values.h"

#include "frontend/ast_fields.h"
#include "sema/c_checks.h"
#include "sema/loops.h"

#include <fmt/format.h>

namespace pyxc::ir {

using namespace ast;
using sema::Type;
using sema::TypeKind;

namespace {

class FunctionValues {
public:
  explicit FunctionValues(const sema::Typing &typing) : t_(typing) {}

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
      const sema::CSymbol *symbol = t_.symbol(f->name);
      // A method's return type is not looked up here: its return values
      // count as C values (no wrapper made for them).
      withReturns(symbol && symbol->def == f && symbol->type ? symbol->type->target : &unknownReturns_, n);
      return;
    }
    case Kind::FunctionDef: {
      const sema::CSymbol *symbol = t_.symbol(as<FunctionDef>(n)->name);
      withReturns(symbol && symbol->pureDef == n ? symbol->type->target : nullptr, n);
      return;
    }
    case Kind::AsyncFunctionDef:
    case Kind::Lambda:
      withReturns(nullptr, n);
      return;
    case Kind::Assign: {
      auto *a = as<Assign>(n);
      bool c = true;
      for (const Expr *target : a->targets)
        c = c && !t_.typeOf(target)->isObject();
      for (const Expr *target : a->targets)
        node(target);
      value(a->value, c);
      return;
    }
    case Kind::AnnAssign: {
      auto *a = as<AnnAssign>(n);
      node(a->target);
      if (a->value)
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
    case Kind::Return:
      if (const Expr *v = as<Return>(n)->value)
        value(v, returns_ && !returns_->isObject());
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
  const sema::Typing &t_;
  const Type *returns_ = nullptr; // a C function's return type; null in Python code
  Type unknownReturns_{};         // a C method's: taken as C

  static bool isExpression(const Node *n) {
    return (n->kind >= Kind::BoolOp && n->kind <= Kind::Slice) || (n->kind >= Kind::Cast && n->kind <= Kind::TypeExpr);
  }

  static bool isFunction(const Type *t) {
    return t && (t->kind == TypeKind::Function || (t->kind == TypeKind::Pointer && t->target->kind == TypeKind::Function));
  }

  void withReturns(const Type *returns, const Node *body) {
    const Type *saved = returns_;
    returns_ = returns;
    forEachChild(body, [&](const Node *c) { node(c); });
    returns_ = saved;
  }

  // An expression whose parent wants a C value (`c`) or an object.
  void value(const Expr *e, bool c) {
    const Type *t = t_.typeOf(e);
    // A target (`fp = f`, `del x`) is stored to, not converted.
    bool target = (e->kind == Kind::Name && as<Name>(e)->ctx != Ctx::Load) ||
                  (e->kind == Kind::Attribute && as<Attribute>(e)->ctx != Ctx::Load) ||
                  (e->kind == Kind::Subscript && as<Subscript>(e)->ctx != Ctx::Load);
    if (isFunction(t) && !c && !target) {
      found.push_back(e);
      c = true; // its parts (an IfExp's branches, `&f`'s operand) are C
    }
    switch (e->kind) {
    case Kind::Call: call(as<Call>(e)); return;
    case Kind::AddressOf: value(as<AddressOf>(e)->operand, true); return;
    case Kind::IfExp: {
      auto *i = as<IfExp>(e);
      value(i->test, true);
      value(i->body, !t->isObject());
      value(i->orelse, !t->isObject());
      return;
    }
    case Kind::Cast: {
      const Type *to = t_.resolvedType(as<Cast>(e)->type);
      value(as<Cast>(e)->operand, !to || !to->isObject());
      return;
    }
    case Kind::Compare: {
      // C operands compare in C when every operand is C (pointers to functions).
      auto *cmp = as<Compare>(e);
      bool allC = !t_.typeOf(cmp->left)->isObject();
      for (const Expr *r : cmp->comparators)
        allC = allC && !t_.typeOf(r)->isObject();
      value(cmp->left, allC);
      for (const Expr *r : cmp->comparators)
        value(r, allC);
      return;
    }
    case Kind::Lambda: withReturns(nullptr, e); return;
    default: break;
    }
    forEachChild(e, [&](const Node *k) { node(k); });
  }

  // A call: the callee is called in C when it is a C value; the arguments
  // of a C function's C parameters are C values.
  void call(const Call *c) {
    std::string path = sema::cythonPath(t_, c->func);
    if (path == "typeof" || path == "sizeof")
      return; // not evaluated
    const Type *callee = t_.typeOf(c->func);
    value(c->func, true); // a function value is called in C
    std::span<const sema::Param> params;
    if (const sema::CSymbol *f = t_.calledFunction(c); f && f->type && f->type->kind == TypeKind::Function) {
      params = f->type->params;
      if (f->owner && !f->staticMethod && c->func->kind == Kind::Attribute && !params.empty())
        params = params.subspan(1); // obj.method(...): self is the receiver
    } else if (isFunction(callee)) {
      params = (callee->kind == TypeKind::Function ? callee : callee->target)->params;
    }
    for (size_t i = 0; i < c->args.size(); ++i)
      value(c->args[i], i < params.size() && !params[i].type->isObject());
    for (const Keyword *k : c->keywords) {
      bool cParam = false;
      for (const sema::Param &p : params)
        cParam = cParam || (!k->arg.empty() && p.name == k->arg && !p.type->isObject());
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

std::vector<std::string> wrapperParamNames(const Type *fn) {
  std::vector<std::string> names;
  for (size_t i = 0; i < fn->params.size(); ++i)
    names.push_back(fn->params[i].name.empty() ? fmt::format("arg{}", i) : fn->params[i].name);
  return names;
}

// Python's repr() of a string without quotes or backslashes in it.
static std::string quoted(const std::string &s) { return "'" + s + "'"; }

static std::string annotationOf(const Type *t) {
  if (t->isObject())
    return t->extension ? quoted(t->name) : t->name == "object" ? "" : t->name;
  if (t->kind == TypeKind::Bint)
    return "bool";
  if (t->kind == TypeKind::Float && t->name == "double")
    return "float";
  return quoted(sema::describe(t));
}

std::string functionObjectDoc(const Type *fn) {
  std::vector<std::string> names = wrapperParamNames(fn);
  std::string doc = "wrap(";
  for (size_t i = 0; i < names.size(); ++i) {
    std::string annotation = annotationOf(fn->params[i].type);
    doc += (i ? ", " : "") + names[i] + (annotation.empty() ? "" : ": " + annotation);
  }
  doc += ")";
  if (std::string result = annotationOf(fn->target); !result.empty())
    doc += " -> " + result;
  return doc;
}

bool sameFunctionObject(const Type *a, const Type *b) {
  return sema::sameCType(a, b) && a->except == b->except && a->exceptValue == b->exceptValue &&
         wrapperParamNames(a) == wrapperParamNames(b);
}

std::vector<const Expr *> functionValuesAsObjects(const Module *m, const sema::Typing &typing) {
  FunctionValues values(typing);
  values.statements(m->body);
  return std::move(values.found);
}

} // namespace pyxc::ir
