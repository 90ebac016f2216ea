#include "sema/raises.h"

#include "sema/c_operations.h"
#include "sema/loops.h"

#include <map>

namespace pyxc::sema {

using namespace ast;

namespace {

class RaiseAnalysis {
public:
  RaiseAnalysis(const Typing &t, const ScopeTable &scopes) : t_(t), scopes_(scopes) {}

  // Candidates: compiled functions with C results (an object result is
  // always tested for null) that are not noexcept already.
  std::set<const CSymbol *> candidates() const {
    std::set<const CSymbol *> found;
    for (const auto &[name, sym] : t_.module.symbols)
      if (sym.kind == CSymbol::Kind::Function && sym.compiled() && !sym.type->target->isObject() &&
          sym.type->except != ExceptStyle::NoExcept && sym.type->except != ExceptStyle::Object)
        found.insert(&sym);
    return found;
  }

  // After typing: statements of `scope` under `d` (the candidates that
  // typing found may raise, raise).
  bool cannotRaise(std::span<Stmt *const> body, const Scope *scope, const Directives &d) {
    raising_.clear();
    for (const CSymbol *f : candidates())
      if (!t_.nonRaising.count(f))
        raising_.insert(f);
    directives_ = &d;
    scope_ = scope;
    return statements(body);
  }

  std::set<const CSymbol *> run() {
    std::set<const CSymbol *> candidates = this->candidates();
    // Start from "none raises"; mark until nothing changes (each round only
    // adds marks, so this ends).
    raising_.clear();
    for (bool changed = true; changed;) {
      changed = false;
      for (const CSymbol *f : candidates)
        if (!raising_.count(f) && !bodyCannotRaise(f)) {
          raising_.insert(f);
          changed = true;
        }
    }
    std::set<const CSymbol *> safe;
    for (const CSymbol *f : candidates)
      if (!raising_.count(f))
        safe.insert(f);
    return safe;
  }

private:
  const Typing &t_;
  const ScopeTable &scopes_;
  std::set<const CSymbol *> raising_;
  const Directives *directives_ = nullptr; // of the function being looked at
  const Scope *scope_ = nullptr;            // of the function being looked at

  bool bodyCannotRaise(const CSymbol *f) {
    const Node *def = f->def ? static_cast<const Node *>(f->def) : f->pureDef;
    const Scope *scope = scopes_.scopeOf(def);
    if (!scope)
      return false;
    directives_ = &t_.directivesFor(scope);
    scope_ = scope;
    return statements(f->def ? f->def->body : f->pureDef->body);
  }

  bool isC(const Expr *e) const { return !t_.typeOf(e)->isObject(); }

  static bool numericLiteral(const Expr *e) {
    if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub)
      e = as<UnaryOp>(e)->operand;
    if (e->kind != Kind::Constant)
      return false;
    ConstKind k = as<Constant>(e)->ck;
    return k == ConstKind::Int || k == ConstKind::Float || k == ConstKind::True || k == ConstKind::False ||
           k == ConstKind::Char || k == ConstKind::Complex;
  }

  bool statements(std::span<Stmt *const> body) {
    for (const Stmt *s : body)
      if (!statement(s))
        return false;
    return true;
  }

  bool statement(const Stmt *s) {
    switch (s->kind) {
    case Kind::Pass:
    case Kind::Break:
    case Kind::Continue: return true;
    case Kind::ExprStmt: {
      const Expr *v = as<ExprStmt>(s)->value;
      if (v->kind == Kind::Constant && as<Constant>(v)->ck == ConstKind::Str)
        return true; // a docstring
      return expr(v);
    }
    case Kind::Return: return !as<Return>(s)->value || expr(as<Return>(s)->value);
    case Kind::Assign: {
      auto *a = as<Assign>(s);
      for (const Expr *target : a->targets)
        if (!target_(target))
          return false;
      return expr(a->value);
    }
    case Kind::AnnAssign: {
      auto *a = as<AnnAssign>(s);
      return target_(a->target) && (!a->value || expr(a->value));
    }
    case Kind::AugAssign: {
      auto *a = as<AugAssign>(s);
      return target_(a->target) && expr(a->value) && arithmetic(a);
    }
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(s)->declarators) {
        auto it = t_.ctypes.find(d->type);
        if (it == t_.ctypes.end() || it->second->isObject() || (d->value && !expr(d->value)))
          return false;
      }
      return true;
    case Kind::If: {
      auto *i = as<If>(s);
      return expr(i->test) && statements(i->body) && statements(i->orelse);
    }
    case Kind::While: {
      auto *w = as<While>(s);
      return expr(w->test) && statements(w->body) && statements(w->orelse);
    }
    case Kind::For: return rangeLoop(as<For>(s));
    case Kind::ForFrom: {
      auto *f = as<ForFrom>(s);
      return target_(f->target) && expr(f->lower) && expr(f->upper) && (!f->step || expr(f->step)) &&
             statements(f->body) && statements(f->orelse);
    }
    case Kind::GilBlock: return as<GilBlock>(s)->nogil && statements(as<GilBlock>(s)->body);
    default: return false; // raise, try, with, del, Python-level statements: assume the worst
    }
  }

  // `for i in range(...)` compiled as a C loop (sema/loops.h), with a
  // step that cannot be zero. prange is left to raise (its keywords).
  bool rangeLoop(const For *f) {
    if (f->target->kind != Kind::Name || !cVariableType(as<Name>(f->target), scope_, t_))
      return false;
    auto range = rangeCallOf(f, scope_, scopes_, t_);
    if (!range || range->prange)
      return false;
    const Call *call = range->call;
    for (const Expr *a : call->args)
      if (!expr(a))
        return false;
    if (call->args.size() == 3) {
      auto step = Typing::constantInt(call->args[2]);
      if (!step || *step == 0)
        return false;
    }
    return statements(f->body) && statements(f->orelse);
  }

  bool target_(const Expr *e) {
    switch (e->kind) {
    case Kind::Name: return isC(e);
    case Kind::Subscript:
    case Kind::Attribute: return isC(e) && expr(e);
    default: return false;
    }
  }

  // C arithmetic that cannot fail (sema/c_operations.def: no division by
  // a value that may be zero, no overflow checks).
  bool arithmetic(const BinOp *b) {
    auto plan = planBinaryOperation(t_, b, *directives_);
    return plan && !plan->raises;
  }
  bool arithmetic(const AugAssign *a) {
    auto plan = planAugmentedOperation(t_, a, *directives_);
    return plan && !plan->raises;
  }

  bool expr(const Expr *e) {
    if (numericLiteral(e))
      return true;
    if (!isC(e))
      return false; // anything on Python objects may raise
    switch (e->kind) {
    case Kind::Name: return true;
    case Kind::Constant: return true;
    case Kind::BinOp: {
      auto *b = as<BinOp>(e);
      return expr(b->left) && expr(b->right) && arithmetic(b);
    }
    case Kind::UnaryOp: return expr(as<UnaryOp>(e)->operand);
    case Kind::Compare: {
      auto *c = as<Compare>(e);
      if (!expr(c->left))
        return false;
      for (const Expr *x : c->comparators)
        if (!expr(x))
          return false;
      return true;
    }
    case Kind::BoolOp:
      for (const Expr *v : as<BoolOp>(e)->values)
        if (!expr(v))
          return false;
      return true;
    case Kind::IfExp: {
      auto *i = as<IfExp>(e);
      return expr(i->test) && expr(i->body) && expr(i->orelse);
    }
    case Kind::Attribute: return expr(as<Attribute>(e)->value) || t_.moduleMember(as<Attribute>(e));
    case Kind::Subscript: {
      auto *s = as<Subscript>(e);
      const Type *base = t_.typeOf(s->value);
      if (base->kind == TypeKind::MemoryView && directives_->boundscheck)
        return false; // IndexError
      if (base->buffer)
        return false; // IndexError, or acquiring the buffer of an object held where it is not a local
      if (s->slice->kind == Kind::Tuple) {
        for (const Expr *i : as<Sequence>(s->slice)->elts)
          if (!expr(i))
            return false;
        return expr(s->value);
      }
      return expr(s->value) && expr(s->slice);
    }
    case Kind::Cast: return expr(as<Cast>(e)->operand);
    case Kind::AddressOf: return expr(as<AddressOf>(e)->operand);
    case Kind::SizeOf: return true;
    case Kind::Call: return call(as<Call>(e));
    default: return false;
    }
  }

  bool call(const Call *c) {
    if (c->args.empty() && c->keywords.empty() && cythonPath(t_, c->func) == "parallel.threadid")
      return true; // a thread's number
    const CSymbol *f = t_.calledFunction(c);
    if (!f)
      return false; // builtins, casts through the cython module, function pointers
    if (!c->keywords.empty() || c->args.size() > f->type->params.size())
      return false;
    for (size_t i = 0; i < c->args.size(); ++i)
      if (f->type->params[i].type->isObject() || !expr(c->args[i]))
        return false; // boxing an argument may fail
    for (size_t i = c->args.size(); i < f->type->params.size(); ++i)
      if (const Expr *d = Typing::defaultOf(f, i); !d || f->type->params[i].type->isObject() || !expr(d))
        return false;
    if (f->type->except == ExceptStyle::NoExcept)
      return true;
    return f->compiled() && !raising_.count(f); // an extern function with an except clause may raise
  }
};

} // namespace

std::set<const CSymbol *> nonRaisingFunctions(const Typing &typing, const ScopeTable &scopes) {
  return RaiseAnalysis(typing, scopes).run();
}

bool statementsCannotRaise(std::span<Stmt *const> body, const Scope *scope, const Directives &d,
                           const Typing &typing, const ScopeTable &scopes) {
  return RaiseAnalysis(typing, scopes).cannotRaise(body, scope, d);
}

} // namespace pyxc::sema
