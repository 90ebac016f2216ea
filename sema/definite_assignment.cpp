#include "sema/definite_assignment.h"

#include "frontend/ast_fields.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace pyxc::sema {

using namespace ast;

namespace {


bool opensScope(Kind k) {
  switch (k) {
  case Kind::FunctionDef:
  case Kind::AsyncFunctionDef:
  case Kind::ClassDef:
  case Kind::Lambda:
  case Kind::ListComp:
  case Kind::SetComp:
  case Kind::DictComp:
  case Kind::GeneratorExp:
  case Kind::CFunctionDef:
  case Kind::CClassDef:
    return true;
  default:
    return false;
  }
}

// The names bound at one point: a bit per tracked local. An unreachable
// point (after return, raise, break, continue) is the meet's identity.
struct State {
  bool reachable = true;
  std::vector<bool> bound;
};

State unreachable() { return State{false, {}}; }

State meet(const State &a, const State &b) {
  if (!a.reachable)
    return b;
  if (!b.reachable)
    return a;
  State m = a;
  for (size_t i = 0; i < m.bound.size(); ++i)
    m.bound[i] = a.bound[i] && b.bound[i];
  return m;
}

class Analysis {
public:
  explicit Analysis(const Scope &scope) {
    for (const std::string &name : scope.order)
      if (scope.binding(name) == Binding::Local)
        index_.emplace(name, index_.size());
    entry_.bound.assign(index_.size(), false);
    for (const std::string &p : scope.params)
      set(entry_, p, true);
  }

  BoundNames run(std::span<const Stmt *const> body) {
    State s = entry_;
    for (const Stmt *st : body)
      if (s.reachable && !gaveUp_)
        statement(st, s);
    return gaveUp_ ? BoundNames() : std::move(result_);
  }

private:
  std::unordered_map<std::string_view, size_t> index_;
  State entry_;
  BoundNames result_;
  bool gaveUp_ = false;
  bool marking_ = true;       // off while re-walking a finally block for its effect only
  std::vector<State> breaks_; // per enclosing loop: the meet of the states at its breaks

  // --- state -------------------------------------------------------------------

  void set(State &s, std::string_view name, bool bound) {
    if (auto it = index_.find(name); it != index_.end() && s.reachable)
      s.bound[it->second] = bound;
  }
  bool isBound(const State &s, std::string_view name) const {
    auto it = index_.find(name);
    return it != index_.end() && s.reachable && s.bound[it->second];
  }
  // `s` less every name `deleted` marks.
  static State without(State s, const std::vector<bool> &deleted) {
    if (s.reachable)
      for (size_t i = 0; i < deleted.size(); ++i)
        if (deleted[i])
          s.bound[i] = false;
    return s;
  }

  // The tracked names a `del` or an `except ... as` anywhere in n can unbind.
  void collectDeleted(const Node *n, std::vector<bool> &out) const {
    if (n->kind == Kind::Name && as<Name>(n)->ctx == Ctx::Del) {
      if (auto it = index_.find(as<Name>(n)->id); it != index_.end())
        out[it->second] = true;
    } else if (n->kind == Kind::ExceptHandler && !as<ExceptHandler>(n)->name.empty()) {
      if (auto it = index_.find(as<ExceptHandler>(n)->name); it != index_.end())
        out[it->second] = true;
    }
    if (!opensScope(n->kind))
      forEachChild(n, [&](const Node *c) { collectDeleted(c, out); });
  }
  std::vector<bool> deletedIn(std::span<Stmt *const> body) const {
    std::vector<bool> out(index_.size(), false);
    for (const Stmt *s : body)
      collectDeleted(s, out);
    return out;
  }

  // --- expressions ---------------------------------------------------------------

  // Records the reads in `e` that find their name bound in `s`. An
  // expression binds nothing before its reads except through `:=`, which
  // only ever adds names, so reading against the state before it is sound.
  void reads(const Node *e, const State &s) {
    if (!e)
      return;
    switch (e->kind) {
    case Kind::Name:
      if (as<Name>(e)->ctx == Ctx::Load && marking_ && isBound(s, as<Name>(e)->id))
        result_.add(as<Name>(e));
      return;
    case Kind::Lambda: { // only the defaults run here
      const Arguments *a = as<Lambda>(e)->args;
      for (const Expr *d : a->defaults)
        reads(d, s);
      for (const Expr *d : a->kwDefaults)
        reads(d, s);
      return;
    }
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp: // the first iterable runs here; the rest in the comprehension's scope
      reads(as<Comp>(e)->generators[0]->iter, s);
      return;
    case Kind::NamedExpr:
      reads(as<NamedExpr>(e)->value, s);
      return;
    default:
      forEachChild(e, [&](const Node *c) { reads(c, s); });
    }
  }

  // Binds the `:=` targets `e` always evaluates (not those behind a
  // short-circuit, a conditional branch or a comprehension).
  void walrusBindings(const Node *e, State &s) {
    if (!e)
      return;
    switch (e->kind) {
    case Kind::NamedExpr:
      walrusBindings(as<NamedExpr>(e)->value, s);
      set(s, as<Name>(as<NamedExpr>(e)->target)->id, true);
      return;
    case Kind::BoolOp:
      walrusBindings(as<BoolOp>(e)->values[0], s);
      return;
    case Kind::IfExp:
      walrusBindings(as<IfExp>(e)->test, s);
      return;
    case Kind::Lambda:
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp:
      return;
    default:
      forEachChild(e, [&](const Node *c) { walrusBindings(c, s); });
    }
  }

  void evaluate(const Node *e, State &s) {
    reads(e, s);
    walrusBindings(e, s);
  }

  // An assignment target: names bind; attribute and subscript targets read
  // their object and key.
  void assignTo(const Node *t, State &s) {
    switch (t->kind) {
    case Kind::Name:
      set(s, as<Name>(t)->id, true);
      return;
    case Kind::Tuple:
    case Kind::List:
      for (const Expr *elt : as<Sequence>(t)->elts)
        assignTo(elt, s);
      return;
    case Kind::Starred:
      assignTo(as<Starred>(t)->value, s);
      return;
    default:
      evaluate(t, s); // Attribute/Subscript: ctx Store, so only their operands count as reads
    }
  }

  void deleteTarget(const Node *t, State &s) {
    switch (t->kind) {
    case Kind::Name:
      if (marking_ && isBound(s, as<Name>(t)->id))
        result_.add(as<Name>(t));
      set(s, as<Name>(t)->id, false);
      return;
    case Kind::Tuple:
    case Kind::List:
      for (const Expr *elt : as<Sequence>(t)->elts)
        deleteTarget(elt, s);
      return;
    default:
      evaluate(t, s);
    }
  }

  // The capture names a pattern binds when it matches.
  void captures(const Node *p, State &s) {
    if (!p)
      return;
    switch (p->kind) {
    case Kind::MatchAs:
      captures(as<MatchAs>(p)->pattern, s);
      set(s, as<MatchAs>(p)->name, true);
      return;
    case Kind::MatchStar:
      set(s, as<MatchStar>(p)->name, true);
      return;
    case Kind::MatchMapping:
      for (const Node *q : as<MatchMapping>(p)->patterns)
        captures(q, s);
      set(s, as<MatchMapping>(p)->rest, true);
      return;
    case Kind::MatchSequence:
    case Kind::MatchOr: // every alternative binds the same names
      for (const Node *q : as<MatchSequence>(p)->patterns)
        captures(q, s);
      return;
    case Kind::MatchClass:
      for (const Node *q : as<MatchClass>(p)->patterns)
        captures(q, s);
      for (const Node *q : as<MatchClass>(p)->kwdPatterns)
        captures(q, s);
      return;
    default:
      return;
    }
  }

  // --- statements ----------------------------------------------------------------

  void block(std::span<Stmt *const> body, State &s) {
    for (const Stmt *st : body) {
      if (!s.reachable || gaveUp_)
        return; // dead code keeps its checks
      statement(st, s);
    }
  }

  // A loop: `head` is the state every iteration starts from (what the body
  // can never unbind), `target` binds the loop variable.
  template <class Target>
  void loop(std::span<Stmt *const> body, std::span<Stmt *const> orelse, State &s, const Node *test,
            Target target) {
    std::vector<bool> deleted = deletedIn(body);
    State head = without(s, deleted);
    if (test)
      evaluate(test, head);
    breaks_.push_back(unreachable());
    State inBody = head;
    target(inBody);
    block(body, inBody);
    State exhausted = head;
    State broken = without(breaks_.back(), deleted); // a finally may run between break and exit
    breaks_.pop_back();
    block(orelse, exhausted);
    s = meet(exhausted, broken);
  }

  void tryStatement(const Try *t, State &s) {
    State entry = s;
    State done = s;
    block(t->body, done);
    block(t->orelse, done);
    // A handler starts from any point of the body: what it cannot have unbound.
    State handlerEntry = without(entry, deletedIn(t->body));
    for (const ExceptHandler *h : t->handlers) {
      State hs = handlerEntry;
      evaluate(h->type, hs);
      set(hs, h->name, true);
      block(h->body, hs);
      set(hs, h->name, false); // `except E as e` deletes e at the end
      done = meet(done, hs);
    }
    if (t->finalbody.empty()) {
      s = done;
      return;
    }
    // The finally block runs after any point of the statement (an exception,
    // a return, a break): its reads are judged from what nothing unbound...
    std::vector<bool> deleted(index_.size(), false);
    collectDeleted(t, deleted);
    State anyExit = without(entry, deleted);
    block(t->finalbody, anyExit);
    // ...and the statement continues only after a normal completion.
    if (done.reachable) {
      bool was = marking_;
      marking_ = false;
      block(t->finalbody, done);
      marking_ = was;
    }
    s = done;
  }

  void statement(const Stmt *st, State &s) {
    switch (st->kind) {
    case Kind::ExprStmt:
      evaluate(as<ExprStmt>(st)->value, s);
      return;
    case Kind::Assign: {
      const Assign *a = as<Assign>(st);
      evaluate(a->value, s);
      for (const Expr *t : a->targets)
        assignTo(t, s);
      return;
    }
    case Kind::AugAssign: {
      const AugAssign *a = as<AugAssign>(st);
      if (a->target->kind == Kind::Name) {
        const Name *n = as<Name>(a->target);
        if (marking_ && isBound(s, n->id))
          result_.add(n);
        evaluate(a->value, s);
        set(s, n->id, true);
      } else {
        evaluate(a->target, s);
        evaluate(a->value, s);
      }
      return;
    }
    case Kind::AnnAssign: {
      const AnnAssign *a = as<AnnAssign>(st);
      if (a->value) {
        evaluate(a->value, s);
        assignTo(a->target, s);
      }
      return;
    }
    case Kind::Delete:
      for (const Expr *t : as<Delete>(st)->targets)
        deleteTarget(t, s);
      return;
    case Kind::Return:
      evaluate(as<Return>(st)->value, s);
      s = unreachable();
      return;
    case Kind::Raise:
      evaluate(as<Raise>(st)->exc, s);
      evaluate(as<Raise>(st)->cause, s);
      s = unreachable();
      return;
    case Kind::Assert:
      evaluate(as<Assert>(st)->test, s);
      reads(as<Assert>(st)->msg, s);
      return;
    case Kind::Break:
      if (breaks_.empty()) {
        gaveUp_ = true;
        return;
      }
      breaks_.back() = meet(breaks_.back(), s);
      s = unreachable();
      return;
    case Kind::Continue:
      s = unreachable(); // the loop head already assumes what a continue can bring
      return;
    case Kind::Pass:
    case Kind::Global:
    case Kind::Nonlocal:
      return;
    case Kind::If: {
      const If *i = as<If>(st);
      evaluate(i->test, s);
      State other = s;
      block(i->body, s);
      block(i->orelse, other);
      s = meet(s, other);
      return;
    }
    case Kind::While: {
      const While *w = as<While>(st);
      loop(w->body, w->orelse, s, w->test, [](State &) {});
      return;
    }
    case Kind::For:
    case Kind::AsyncFor: {
      const For *f = as<For>(st);
      evaluate(f->iter, s);
      loop(f->body, f->orelse, s, nullptr, [&](State &in) { assignTo(f->target, in); });
      return;
    }
    case Kind::ForFrom: {
      const ForFrom *f = as<ForFrom>(st);
      evaluate(f->lower, s);
      evaluate(f->upper, s);
      evaluate(f->step, s);
      loop(f->body, f->orelse, s, nullptr, [&](State &in) { assignTo(f->target, in); });
      return;
    }
    case Kind::With:
    case Kind::AsyncWith: {
      const With *w = as<With>(st);
      for (const WithItem *item : w->items) {
        evaluate(item->contextExpr, s);
        if (item->optionalVars)
          assignTo(item->optionalVars, s);
      }
      // __exit__ may swallow an exception from any point of the body.
      State swallowed = without(s, deletedIn(w->body));
      block(w->body, s);
      s = meet(s, swallowed);
      return;
    }
    case Kind::Try:
    case Kind::TryStar:
      tryStatement(as<Try>(st), s);
      return;
    case Kind::Match: {
      const Match *m = as<Match>(st);
      evaluate(m->subject, s);
      State out = s; // no case matched
      for (const MatchCase *c : m->cases) {
        State cs = s;
        captures(c->pattern, cs);
        evaluate(c->guard, cs);
        block(c->body, cs);
        out = meet(out, cs);
      }
      s = out;
      return;
    }
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef:
      set(s, as<FunctionDef>(st)->name, true); // decorators and defaults keep their checks
      return;
    case Kind::ClassDef:
      set(s, as<ClassDef>(st)->name, true);
      return;
    case Kind::Import:
      for (const Alias *a : as<Import>(st)->names)
        set(s, a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname, true);
      return;
    case Kind::ImportFrom:
      for (const Alias *a : as<ImportFrom>(st)->names) {
        if (a->name == "*") {
          gaveUp_ = true;
          return;
        }
        set(s, a->asname.empty() ? a->name : a->asname, true);
      }
      return;
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(st)->declarators)
        if (d->value) {
          evaluate(d->value, s);
          set(s, d->name, true);
        }
      return;
    case Kind::GilBlock:
      evaluate(as<GilBlock>(st)->condition, s);
      block(as<GilBlock>(st)->body, s);
      return;
    default:
      gaveUp_ = true; // a statement this analysis does not model: keep every check
      return;
    }
  }
};

} // namespace

BoundNames definitelyBound(const Scope &scope, std::span<const Stmt *const> body) { return Analysis(scope).run(body); }

} // namespace pyxc::sema
