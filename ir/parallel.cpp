// Planning parallel prange loops (ir/parallel.h), with Cython's rules: a
// variable assigned in the body is lastprivate, one only updated in place
// with + - * & | ^ is a reduction, the index is lastprivate; everything
// else is shared (read only).
#include "ir/parallel.h"

#include "frontend/ast_fields.h"
#include "sema/raises.h"

#include <algorithm>
#include <map>
#include <set>

namespace pyxc::ir {

using namespace ast;
using sema::Type;
using sema::TypeKind;

namespace {

// The names a body assigns, updates in place and reads, and whether it
// leaves the loop (break at its own level, return) or does what a thread
// cannot (yield, with gil).
class BodyUses {
public:
  std::set<std::string> assigned, read;
  std::map<std::string, std::set<BinOpKind>> updated;
  bool leaves = false;

  void statements(std::span<Stmt *const> body, int loopDepth) {
    for (const Stmt *s : body)
      statement(s, loopDepth);
  }

private:
  void statement(const Stmt *s, int loopDepth) {
    switch (s->kind) {
    case Kind::Break:
      leaves = leaves || loopDepth == 0;
      return;
    case Kind::Return:
    case Kind::Raise:
    case Kind::Try:
    case Kind::With:
    case Kind::AsyncWith:
    case Kind::FunctionDef:
    case Kind::ClassDef:
    case Kind::CFunctionDef:
      leaves = true;
      return;
    case Kind::GilBlock:
      leaves = leaves || !as<GilBlock>(s)->nogil;
      break;
    case Kind::AugAssign: {
      auto *a = as<AugAssign>(s);
      if (a->target->kind == Kind::Name)
        updated[std::string(as<Name>(a->target)->id)].insert(a->op);
      else
        expression(a->target);
      expression(a->value);
      return;
    }
    case Kind::For:
    case Kind::While:
    case Kind::ForFrom:
      forEachChild(s, [&](const Node *c) { node(c, loopDepth + 1); });
      return;
    default: break;
    }
    forEachChild(s, [&](const Node *c) { node(c, loopDepth); });
  }

  void node(const Node *n, int loopDepth) {
    if (isStatement(n))
      statement(static_cast<const Stmt *>(n), loopDepth);
    else if (isExpression(n))
      expression(static_cast<const Expr *>(n));
    else
      forEachChild(n, [&](const Node *c) { node(c, loopDepth); });
  }

  static bool isStatement(const Node *n) {
    return (n->kind >= Kind::FunctionDef && n->kind <= Kind::Continue) ||
           (n->kind >= Kind::CVarDecl && n->kind <= Kind::CDeclBlock);
  }
  static bool isExpression(const Node *n) {
    return (n->kind >= Kind::BoolOp && n->kind <= Kind::Slice) || (n->kind >= Kind::Cast && n->kind <= Kind::TypeExpr);
  }

  void expression(const Expr *e) {
    if (e->kind == Kind::Name) {
      (as<Name>(e)->ctx == Ctx::Load ? read : assigned).insert(std::string(as<Name>(e)->id));
      return;
    }
    if (e->kind == Kind::Yield || e->kind == Kind::YieldFrom || e->kind == Kind::Await || e->kind == Kind::Lambda ||
        e->kind == Kind::NamedExpr)
      leaves = true;
    forEachChild(e, [&](const Node *c) {
      if (isExpression(c))
        expression(static_cast<const Expr *>(c));
      else if (!isStatement(c))
        forEachChild(c, [&](const Node *k) {
          if (isExpression(k))
            expression(static_cast<const Expr *>(k));
        }); // a call's keywords, a comprehension's parts
    });
  }
};

// OpenMP's reductions for Python's in-place operators (Cython's set).
bool reductionOperator(BinOpKind op) {
  return op == BinOpKind::Add || op == BinOpKind::Sub || op == BinOpKind::Mult || op == BinOpKind::BitAnd ||
         op == BinOpKind::BitOr || op == BinOpKind::BitXor;
}

} // namespace

std::optional<ParallelLoop> planParallelLoop(const For *loop, const Call *call, const sema::Scope *scope,
                                             const sema::Directives &d, const sema::Typing &typing,
                                             const sema::ScopeTable &scopes) {
  if (!loop->orelse.empty() || loop->target->kind != Kind::Name || scope->kind != sema::ScopeKind::Function ||
      !sema::statementsCannotRaise(loop->body, scope, d, typing, scopes))
    return std::nullopt;
  BodyUses uses;
  uses.statements(loop->body, 0);
  if (uses.leaves)
    return std::nullopt;
  // Every name the body stores to is a C local of the function (objects
  // need the GIL; globals and closures are shared).
  auto cLocal = [&](const std::string &name) {
    const Type *t = typing.localType(scope, name);
    return t && !t->isObject() && scope->binding(name) == sema::Binding::Local;
  };
  ParallelLoop plan;
  std::string index(as<Name>(loop->target)->id);
  plan.lastPrivate.push_back(index);
  for (const std::string &name : uses.assigned) {
    if (!cLocal(name) || uses.updated.count(name))
      return std::nullopt;
    if (name != index)
      plan.lastPrivate.push_back(name);
  }
  for (const auto &[name, ops] : uses.updated) {
    // One operator, a C number, never read in the body (its value there
    // is a thread's partial result): a reduction, as Cython's.
    const Type *t = typing.localType(scope, name);
    if (ops.size() != 1 || !reductionOperator(*ops.begin()) || !cLocal(name) || uses.read.count(name) ||
        !(t->kind == TypeKind::Int || t->kind == TypeKind::Float || t->kind == TypeKind::Bint) || name == index)
      return std::nullopt;
    plan.reductions.emplace_back(name, *ops.begin());
  }
  for (const Keyword *k : call->keywords) {
    if (k->arg == "schedule" && k->value->kind == Kind::Constant && as<Constant>(k->value)->ck == ConstKind::Str)
      plan.schedule = std::string(as<Constant>(k->value)->value);
    else if (k->arg == "chunksize")
      plan.chunksize = k->value;
    else if (k->arg == "num_threads")
      plan.numThreads = k->value;
  }
  return plan;
}

} // namespace pyxc::ir
