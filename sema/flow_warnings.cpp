#include "sema/flow_warnings.h"

#include "frontend/ast_fields.h"

#include <functional>
#include <set>
#include <string>

namespace pyxc::sema {

using namespace ast;

namespace {

// Whether a loop body can leave its loop by `break` (not one of an inner loop's).
bool breaks(std::span<Stmt *const> body) {
  bool found = false;
  std::function<void(const Node *)> visit = [&](const Node *n) {
    if (found)
      return;
    switch (n->kind) {
    case Kind::Break: found = true; return;
    case Kind::For:
    case Kind::AsyncFor:
    case Kind::While:
    case Kind::ForFrom:
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef:
    case Kind::ClassDef:
    case Kind::CFunctionDef:
    case Kind::CClassDef:
    case Kind::Lambda: return; // their breaks are their own
    default: forEachChild(n, visit);
    }
  };
  for (const Stmt *s : body)
    visit(s);
  return found;
}

bool leaves(const Node *s);

// A block every path leaves: one of its statements does (the rest are unreachable).
bool leaves(std::span<Stmt *const> block) {
  for (const Stmt *s : block)
    if (leaves(s))
      return true;
  return false;
}

bool constantTrue(const Expr *e) {
  if (e->kind != Kind::Constant)
    return false;
  auto *c = as<Constant>(e);
  return c->ck == ConstKind::True || (c->ck == ConstKind::Int && c->value != "0");
}

// Whether every path through statement `s` leaves the block it is in
// (return, raise, break, continue). Constructs whose exits depend on run
// time (with blocks, whose __exit__ may swallow an exception; match) are
// taken to fall through.
bool leaves(const Node *s) {
  switch (s->kind) {
  case Kind::Return:
  case Kind::Raise:
  case Kind::Break:
  case Kind::Continue: return true;
  case Kind::If: {
    auto *i = as<If>(s);
    return !i->orelse.empty() && leaves(i->body) && leaves(i->orelse);
  }
  case Kind::For:
  case Kind::AsyncFor: {
    auto *f = as<For>(s);
    return !f->orelse.empty() && leaves(f->orelse) && !breaks(f->body);
  }
  case Kind::ForFrom: {
    auto *f = as<ForFrom>(s);
    return !f->orelse.empty() && leaves(f->orelse) && !breaks(f->body);
  }
  case Kind::While: {
    auto *w = as<While>(s);
    if (breaks(w->body))
      return false;
    return constantTrue(w->test) || (!w->orelse.empty() && leaves(w->orelse));
  }
  case Kind::Try:
  case Kind::TryStar: {
    auto *t = as<Try>(s);
    if (leaves(t->finalbody))
      return true;
    if (!leaves(t->body) && !(t->orelse.size() && leaves(t->orelse)))
      return false;
    for (const ExceptHandler *h : t->handlers)
      if (!leaves(h->body))
        return false;
    return true;
  }
  case Kind::GilBlock: return leaves(as<GilBlock>(s)->body);
  default: return false;
  }
}

class Checker {
public:
  Checker(const SourceFile &file, const ScopeTable &scopes, const Directives &directives, DiagnosticEngine &diags)
      : file_(file), scopes_(scopes), directives_(directives), diags_(diags) {}

  void block(std::span<Stmt *const> stmts) {
    for (size_t i = 0; i < stmts.size(); ++i) {
      visit(stmts[i]);
      if (i + 1 < stmts.size() && leaves(stmts[i])) {
        unreachable(stmts[i + 1]);
        return; // what follows is not analysed further, as Cython's flow analysis drops it
      }
    }
  }

  void visit(const Node *n) {
    if (n->kind == Kind::Try || n->kind == Kind::TryStar) {
      // `else:` runs only when the body falls through.
      auto *t = as<Try>(n);
      block(t->body);
      for (const ExceptHandler *h : t->handlers)
        block(h->body);
      if (!t->orelse.empty() && leaves(t->body))
        unreachable(t->orelse[0]);
      else
        block(t->orelse);
      block(t->finalbody);
      return;
    }
    if (directives_.warnUndeclared && (n->kind == Kind::FunctionDef || n->kind == Kind::CFunctionDef))
      if (const Scope *s = scopes_.scopeOf(n))
        implicitDeclarations(n, *s);
    struct Fields final : FieldVisitor {
      Checker &c;
      explicit Fields(Checker &c) : c(c) {}
      void child(std::string_view, const Node *k, bool) override {
        if (k)
          c.visit(k);
      }
      void children(std::string_view field, std::span<Node *const> nodes) override {
        if (field == "body" || field == "orelse" || field == "finalbody") {
          c.block({reinterpret_cast<Stmt *const *>(nodes.data()), nodes.size()});
          return;
        }
        for (const Node *k : nodes)
          if (k)
            c.visit(k);
      }
      void identifier(std::string_view, std::string_view, bool) override {}
      void identifiers(std::string_view, std::span<const std::string_view>) override {}
      void tag(std::string_view, std::string_view) override {}
      void value(std::string_view, std::string) override {}
      void flag(std::string_view, bool) override {}
    } fields(*this);
    visitFields(n, fields);
  }

private:
  void unreachable(const Node *at) {
    if (directives_.warnUnreachable)
      diags_.report(DiagId::UnreachableCode, file_, at->range.begin);
  }

  // warn.undeclared: each local of a function that an assignment (not a
  // cdef, a parameter or an annotation) declares, at its first binding.
  void implicitDeclarations(const Node *fn, const Scope &s) {
    std::set<std::string, std::less<>> declared(s.params.begin(), s.params.end());
    std::function<void(const Node *)> walk = [&](const Node *n) {
      switch (n->kind) {
      case Kind::FunctionDef:
      case Kind::AsyncFunctionDef:
      case Kind::ClassDef:
      case Kind::CFunctionDef:
      case Kind::CClassDef:
      case Kind::Lambda:
      case Kind::ListComp:
      case Kind::SetComp:
      case Kind::DictComp:
      case Kind::GeneratorExp:
        if (n != fn)
          return; // another scope
        break;
      case Kind::CVarDecl:
        for (const CDeclarator *d : as<CVarDecl>(n)->declarators)
          declared.insert(std::string(d->name));
        return;
      case Kind::AnnAssign:
        if (as<AnnAssign>(n)->target->kind == Kind::Name)
          declared.insert(std::string(as<Name>(as<AnnAssign>(n)->target)->id));
        break;
      case Kind::Name: {
        auto *name = as<Name>(n);
        if (name->ctx == Ctx::Store && s.binding(name->id) == Binding::Local &&
            declared.insert(std::string(name->id)).second)
          diags_.report(DiagId::ImplicitDeclaration, file_, n->range.begin, name->id);
        return;
      }
      default: break;
      }
      forEachChild(n, walk);
    };
    walk(fn);
  }

  const SourceFile &file_;
  const ScopeTable &scopes_;
  const Directives &directives_;
  DiagnosticEngine &diags_;
};

} // namespace

void warnControlFlow(const Module *m, const SourceFile &file, const ScopeTable &scopes, const Directives &directives,
                     DiagnosticEngine &diags) {
  Checker(file, scopes, directives, diags).block(m->body);
}

} // namespace pyxc::sema
