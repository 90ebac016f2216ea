// Planning parallel prange loops (ir/parallel.h), with Cython's rules: a
// variable assigned in the body is lastprivate, one only updated in place
// with + - * & | ^ is a reduction, the index is lastprivate; everything
// else is shared (read only).
#include "ir/parallel.h"

#include "frontend/ast_fields.h"
#include "sema/loops.h"
#include "sema/raises.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace pyxc::ir {

using namespace ast;
using sema::Type;
using sema::TypeKind;

namespace {

// The names a body assigns, updates in place and reads, and whether it
// leaves the region (break at its own level, return, and for a parallel()
// block continue) or does what a thread cannot (yield, await, defining
// functions or classes). For a parallel() block, the prange loops in it
// are collected instead of walked (each is planned on its own).
class BodyUses {
public:
  explicit BodyUses(std::function<bool(const For *)> isPrange = nullptr) : isPrange_(std::move(isPrange)) {}

  std::set<std::string> assigned, read;
  std::map<std::string, std::set<BinOpKind>> updated;
  std::vector<const For *> pranges;
  bool leaves = false;

  void statements(std::span<Stmt *const> body, int loopDepth) {
    for (const Stmt *s : body)
      statement(s, loopDepth);
  }

private:
  std::function<bool(const For *)> isPrange_;

  void statement(const Stmt *s, int loopDepth) {
    switch (s->kind) {
    case Kind::Break:
      leaves = leaves || loopDepth == 0;
      return;
    case Kind::Continue:
      leaves = leaves || (loopDepth == 0 && isPrange_); // a block's continue leaves it
      return;
    case Kind::Return:
    case Kind::FunctionDef:
    case Kind::ClassDef:
    case Kind::CFunctionDef:
    case Kind::AsyncFor:
    case Kind::AsyncWith:
      leaves = true;
      return;
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
      if (isPrange_ && isPrange_(as<For>(s))) {
        pranges.push_back(as<For>(s));
        return;
      }
      [[fallthrough]];
    case Kind::While:
    case Kind::ForFrom:
      forEachChild(s, [&](const Node *c) { node(c, loopDepth + 1); });
      return;
    default: break;
    }
    forEachChild(s, [&](const Node *c) { node(c, loopDepth); });
  }

  void node(const Node *n, int loopDepth) {
    if (isStatement(n)) {
      statement(static_cast<const Stmt *>(n), loopDepth);
    } else if (isExpression(n)) {
      expression(static_cast<const Expr *>(n));
    } else {
      if (n->kind == Kind::ExceptHandler && !as<ExceptHandler>(n)->name.empty())
        assigned.insert(std::string(as<ExceptHandler>(n)->name)); // `except E as e:` binds e
      forEachChild(n, [&](const Node *c) { node(c, loopDepth); });
    }
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

namespace {

// Every name the body stores to is a C local of the function: objects are
// shared (threads take the GIL to use them); globals and closures too.
bool cLocal(const std::string &name, const sema::Scope *scope, const sema::Typing &typing) {
  const Type *t = typing.localType(scope, name);
  return t && !t->isObject() && scope->binding(name) == sema::Binding::Local;
}

const Expr *keywordValue(const Call *call, std::string_view name) {
  for (const Keyword *k : call->keywords)
    if (k->arg == name)
      return k->value;
  return nullptr;
}

} // namespace

std::optional<ParallelLoop> planParallelLoop(const For *loop, const Call *call, const sema::Scope *scope,
                                             const sema::Directives &d, const sema::Typing &typing,
                                             const sema::ScopeTable &scopes, bool holdsGil) {
  // (a generator's body is a coroutine, which OpenMP's regions cannot be in)
  if (!loop->orelse.empty() || loop->target->kind != Kind::Name || scope->kind != sema::ScopeKind::Function ||
      scope->isGenerator || scope->isCoroutine)
    return std::nullopt;
  BodyUses uses;
  uses.statements(loop->body, 0);
  if (uses.leaves)
    return std::nullopt;
  ParallelLoop plan;
  std::string index(as<Name>(loop->target)->id);
  plan.lastPrivate.push_back(index);
  for (const std::string &name : uses.assigned) {
    if (!cLocal(name, scope, typing) || uses.updated.count(name))
      return std::nullopt;
    if (name != index)
      plan.lastPrivate.push_back(name);
  }
  for (const auto &[name, ops] : uses.updated) {
    // One operator, a C number, never read in the body (its value there
    // is a thread's partial result): a reduction, as Cython's.
    const Type *t = typing.localType(scope, name);
    if (ops.size() != 1 || !reductionOperator(*ops.begin()) || !cLocal(name, scope, typing) || uses.read.count(name) ||
        !(t->kind == TypeKind::Int || t->kind == TypeKind::Float || t->kind == TypeKind::Bint) || name == index)
      return std::nullopt;
    plan.reductions.emplace_back(name, *ops.begin());
  }
  if (const Expr *schedule = keywordValue(call, "schedule");
      schedule && schedule->kind == Kind::Constant && as<Constant>(schedule)->ck == ConstKind::Str)
    plan.schedule = std::string(as<Constant>(schedule)->value);
  plan.chunksize = keywordValue(call, "chunksize");
  plan.numThreads = keywordValue(call, "num_threads");
  plan.mayRaise = holdsGil || !sema::statementsCannotRaise(loop->body, scope, d, typing, scopes);
  return plan;
}

std::optional<ParallelBlock> planParallelBlock(const With *block, const Call *call, const sema::Scope *scope,
                                               const sema::Directives &d, const sema::Typing &typing,
                                               const sema::ScopeTable &scopes, bool holdsGil) {
  if (scope->kind != sema::ScopeKind::Function || scope->isGenerator || scope->isCoroutine)
    return std::nullopt;
  auto prangeOf = [&](const For *f) -> const Call * {
    auto range = sema::rangeCallOf(f, scope, scopes, typing);
    return range && range->prange ? range->call : nullptr;
  };
  BodyUses uses([&](const For *f) { return prangeOf(f) != nullptr; });
  uses.statements(block->body, 0);
  if (uses.leaves || !uses.updated.empty()) // (Cython: reductions only in prange loops)
    return std::nullopt;
  ParallelBlock plan;
  std::set<std::string> inLoops; // the prange loops' own variables (shared in the block)
  for (const For *f : uses.pranges) {
    // Each prange shares out its iterations among the threads: one that
    // cannot would run whole in every thread.
    auto loop = planParallelLoop(f, prangeOf(f), scope, d, typing, scopes, holdsGil);
    if (!loop)
      return std::nullopt;
    inLoops.insert(loop->lastPrivate.begin(), loop->lastPrivate.end());
    for (const auto &reduction : loop->reductions)
      inLoops.insert(reduction.first);
  }
  for (const std::string &name : uses.assigned) {
    if (!cLocal(name, scope, typing) || inLoops.count(name))
      return std::nullopt;
    plan.privates.push_back(name);
  }
  plan.numThreads = keywordValue(call, "num_threads");
  plan.mayRaise = holdsGil || !sema::statementsCannotRaise(block->body, scope, d, typing, scopes);
  return plan;
}

} // namespace pyxc::ir
