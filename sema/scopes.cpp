#include "sema/scopes.h"

#include <functional>

#include "frontend/ast_fields.h"

#include <algorithm>
#include <set>
#include <unordered_set>
#include <utility>

namespace pyxc::sema {

using namespace ast;

Binding Scope::binding(std::string_view n) const {
  auto it = bindings.find(std::string(n));
  if (it != bindings.end())
    return it->second;
  switch (kind) {
  case ScopeKind::Module: return Binding::Global;
  case ScopeKind::Class: return Binding::ClassLocal;
  case ScopeKind::Comprehension: return Binding::Enclosing;
  case ScopeKind::Function: return Binding::Global;
  }
  return Binding::Global;
}

namespace {

// What the first pass records about one scope.
struct Facts {
  std::set<std::string> assigned, used, globals, nonlocals, unbound;
  std::set<std::string> rebound; // bound again after their first binding
  std::map<std::string, SourceLoc> declaredAt; // global/nonlocal statements
  std::vector<std::string> order;        // names in order of first mention
  std::unordered_set<std::string> noted; // the same, to look up (a module may have 100k names)
  void note(const std::string &n) {
    if (noted.insert(n).second)
      order.push_back(n);
  }
  void assign(const std::string &n) {
    if (!assigned.insert(n).second)
      rebound.insert(n);
    note(n);
  }
  void use(const std::string &n) {
    used.insert(n);
    note(n);
  }
};

class Builder {
public:
  Builder(ScopeTable &table, const SourceFile &file, DiagnosticEngine &diags, bool leakListCompTargets)
      : table_(table), file_(file), diags_(diags), leakListCompTargets_(leakListCompTargets) {}

  void run(const Module *m) {
    auto root = std::make_unique<Scope>();
    root->kind = ScopeKind::Module;
    root->node = m;
    root->name = "<module>";
    Scope *s = table_.add(std::move(root));
    facts_[s];
    // The features CPython's compiler knows (Python/future.c); braces gets
    // its famous answer.
    static const std::set<std::string_view> kFeatures = {
        "nested_scopes", "generators",     "division",       "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};
    for (const Stmt *st : m->body)
      if (st->kind == Kind::ImportFrom && as<ImportFrom>(st)->module == "__future__")
        for (const Alias *a : as<ImportFrom>(st)->names) {
          futureAnnotations_ |= a->name == "annotations";
          if (a->name == "braces")
            diags_.report(DiagId::FutureBraces, file_, st->range.begin);
          else if (!kFeatures.count(a->name))
            diags_.report(DiagId::UnknownFuture, file_, a->range.begin, a->name);
        }
    enter(s, [&] {
      for (Stmt *st : m->body)
        visit(st);
    });
    resolve(s);
  }

private:
  ScopeTable &table_;
  const SourceFile &file_;
  DiagnosticEngine &diags_;
  bool leakListCompTargets_; // language_level=2: list comprehensions' loop variables are the enclosing scope's
  std::map<Scope *, Facts> facts_;
  Scope *cur_ = nullptr;
  bool futureAnnotations_ = false; // PEP 563: annotations are strings, never evaluated
  bool inAnnotation_ = false;      // visiting one of those

  void visitAnnotation(const Expr *a) {
    bool saved = inAnnotation_;
    inAnnotation_ = futureAnnotations_;
    visit(a);
    inAnnotation_ = saved;
  }

  // What CPython refuses inside a PEP 563 annotation (true: reported).
  bool refusedInAnnotation(const Node *n, const char *what) {
    if (inAnnotation_)
      diags_.report(DiagId::NotAllowedInAnnotation, file_, n->range.begin, what);
    return inAnnotation_;
  }

  template <class Fn> void enter(Scope *s, Fn &&fn) {
    Scope *saved = cur_;
    cur_ = s;
    fn();
    cur_ = saved;
  }

  Facts &facts() { return facts_[cur_]; }

  Scope *newScope(ScopeKind kind, const Node *node, std::string name) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->node = node;
    s->parent = cur_;
    s->name = std::move(name);
    // __qualname__: functions add "<locals>" for their children.
    std::string prefix;
    for (Scope *p = cur_; p && p->kind != ScopeKind::Module; p = nullptr) {
      prefix = p->qualname + (p->kind == ScopeKind::Class ? "." : ".<locals>.");
    }
    s->qualname = prefix + s->name;
    Scope *added = table_.add(std::move(s));
    cur_->children.push_back(added);
    facts_[added];
    return added;
  }

  // Names bound by a walrus live in the nearest enclosing non-comprehension scope.
  // Generator expressions, functions of their own, pass such names on as
  // nonlocals (as CPython's symtable does).
  Scope *walrusScope(const std::string &name) {
    Scope *s = cur_;
    std::vector<Scope *> genexps;
    while (s->kind == ScopeKind::Comprehension || s->isGenexp) {
      if (s->isGenexp)
        genexps.push_back(s);
      s = s->parent;
    }
    for (Scope *g : genexps) {
      (s->kind == ScopeKind::Module ? facts_[g].globals : facts_[g].nonlocals).insert(name);
      facts_[g].note(name);
    }
    return s;
  }

  void visitAll(std::span<Node *const> nodes) {
    for (Node *n : nodes)
      if (n)
        visit(n);
  }
  template <class T> void visitList(std::span<T *> nodes) {
    for (T *n : nodes)
      if (n)
        visit(n);
  }

  // Visits every child of a node generically.
  void visitChildren(const Node *n) {
    forEachChild(n, [&](const Node *c) { visit(c); });
  }

  void visitArguments(const Arguments *a, Scope *inner) {
    // Defaults and annotations are evaluated where the def statement runs.
    visitList(a->defaults);
    visitList(a->kwDefaults);
    auto annotate = [&](const Arg *p) {
      if (p && p->annotation)
        visitAnnotation(p->annotation);
    };
    for (Arg *p : a->posonlyargs)
      annotate(p);
    for (Arg *p : a->args)
      annotate(p);
    annotate(a->vararg);
    for (Arg *p : a->kwonlyargs)
      annotate(p);
    annotate(a->kwarg);
    auto param = [&](const Arg *p) {
      if (!p)
        return;
      inner->params.emplace_back(p->arg);
      facts_[inner].assign(std::string(p->arg));
    };
    for (Arg *p : a->posonlyargs)
      param(p);
    for (Arg *p : a->args)
      param(p);
    param(a->vararg);
    for (Arg *p : a->kwonlyargs)
      param(p);
    param(a->kwarg);
  }

  void visitFunction(const Node *n, std::string_view name, const Arguments *args, std::span<Stmt *const> body,
                     const Expr *lambdaBody) {
    Scope *inner = newScope(ScopeKind::Function, n, std::string(name));
    inner->isCoroutine = n->kind == Kind::AsyncFunctionDef;
    visitArguments(args, inner);
    std::vector<const Node *> outerReturns = std::exchange(valueReturns_, {});
    enter(inner, [&] {
      if (lambdaBody)
        visit(lambdaBody);
      for (Stmt *st : body)
        visit(st);
    });
    // An async generator cannot return a value (there is no StopAsyncIteration value).
    if (inner->isCoroutine && inner->isGenerator)
      for (const Node *r : valueReturns_)
        diags_.report(DiagId::ReturnValueInAsyncGenerator, file_, r->range.begin);
    valueReturns_ = std::move(outerReturns);
  }

  void visitComprehension(const Comp *c) {
    // The first iterable is evaluated in the enclosing scope.
    visit(c->generators[0]->iter);
    const char *name = c->kind == Kind::ListComp ? "<listcomp>"
                       : c->kind == Kind::SetComp ? "<setcomp>"
                       : c->kind == Kind::DictComp ? "<dictcomp>"
                                                   : "<genexpr>";
    // A generator expression runs later, so it is a function of its own,
    // called with the first iterable's iterator as its parameter ".0"; the
    // other comprehensions run inline.
    bool genexp = c->kind == Kind::GeneratorExp;
    Scope *outer = cur_;
    Scope *inner = newScope(genexp ? ScopeKind::Function : ScopeKind::Comprehension, c, name);
    // Python 2 (Cython's language_level=2): a list comprehension's loop
    // variables are the enclosing scope's, left bound after it.
    bool leak = leakListCompTargets_ && c->kind == Kind::ListComp;
    if (genexp) {
      inner->isGenerator = inner->isGenexp = true;
      inner->params.emplace_back(".0");
      facts_[inner].assign(".0");
    }
    enter(inner, [&] {
      for (size_t i = 0; i < c->generators.size(); ++i) {
        const Comprehension *g = c->generators[i];
        if (g->isAsync)
          inner->isCoroutine = true;
        if (i)
          visit(g->iter);
        if (leak)
          enter(outer, [&] { visit(g->target); });
        else
          visit(g->target);
        visitList(g->ifs);
      }
      if (c->elt)
        visit(c->elt);
      if (c->value)
        visit(c->value);
    });
    // An asynchronous list, set or dict comprehension runs inline, so it
    // needs an async def around it (through other comprehensions, which
    // then become asynchronous too); an asynchronous generator expression
    // is an async generator and can appear anywhere.
    if (inner->isCoroutine && !genexp) {
      if (cur_->kind == ScopeKind::Comprehension || cur_->isGenexp)
        cur_->isCoroutine = true;
      else if (!cur_->isCoroutine)
        diags_.report(DiagId::AsyncComprehensionOutsideAsyncFunction, file_, c->range.begin);
    }
  }

  void bindTarget(std::string_view name) { facts().assign(std::string(name)); }

public:
  void visit(const Node *n) {
    switch (n->kind) {
    case Kind::Name: {
      auto *name = as<Name>(n);
      if (name->ctx == Ctx::Load)
        facts().use(std::string(name->id));
      else
        bindTarget(name->id);
      if (name->ctx == Ctx::Del)
        facts().unbound.insert(std::string(name->id));
      return;
    }
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef: {
      auto *f = as<FunctionDef>(n);
      visitList(f->decorators);
      if (f->returns)
        visitAnnotation(f->returns);
      bindTarget(f->name);
      visitFunction(n, f->written.empty() ? f->name : f->written, f->args, f->body, nullptr);
      return;
    }
    case Kind::Lambda: {
      auto *l = as<Lambda>(n);
      visitFunction(n, "<lambda>", l->args, {}, l->body);
      return;
    }
    case Kind::ClassDef: {
      auto *c = as<ClassDef>(n);
      visitList(c->decorators);
      visitList(c->bases);
      visitList(c->keywords);
      bindTarget(c->name);
      Scope *inner = newScope(ScopeKind::Class, n, std::string(c->written.empty() ? c->name : c->written));
      enter(inner, [&] {
        for (Stmt *st : c->body)
          visit(st);
      });
      return;
    }
    case Kind::CClassDef: {
      // A cdef class's body runs as a class body; its `cdef` attribute
      // declarations are fields of the instances, not names of the body.
      auto *c = as<CClassDef>(n);
      visitList(c->decorators);
      visitList(c->bases);
      bindTarget(c->name);
      if (!c->hasBody)
        return;
      Scope *inner = newScope(ScopeKind::Class, n, std::string(c->name));
      std::function<void(std::span<Stmt *const>)> body = [&](std::span<Stmt *const> stmts) {
        for (Stmt *st : stmts) {
          if (st->kind == Kind::CDeclBlock)
            body(as<CDeclBlock>(st)->body);
          else if (st->kind != Kind::CVarDecl)
            visit(st);
        }
      };
      enter(inner, [&] { body(c->body); });
      return;
    }
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp:
      visitComprehension(as<Comp>(n));
      return;
    case Kind::AnnAssign: {
      auto *a = as<AnnAssign>(n);
      visit(a->target);
      visitAnnotation(a->annotation);
      if (a->value)
        visit(a->value);
      return;
    }
    case Kind::Await:
      if (refusedInAnnotation(n, "await expression"))
        return;
      // Inside a comprehension, await makes the comprehension asynchronous
      // (checked when it ends); elsewhere it needs an async def.
      if (cur_->kind == ScopeKind::Comprehension || cur_->isGenexp)
        cur_->isCoroutine = true;
      else if (!cur_->isCoroutine)
        diags_.report(DiagId::AwaitOutsideAsyncFunction, file_, n->range.begin);
      visitChildren(n);
      return;
    case Kind::Return:
      if (as<Return>(n)->value)
        valueReturns_.push_back(n);
      visitChildren(n);
      return;
    case Kind::Yield:
    case Kind::YieldFrom:
      if (refusedInAnnotation(n, "yield expression"))
        return;
      if (n->kind == Kind::YieldFrom && cur_->isCoroutine && cur_->kind == ScopeKind::Function && !cur_->isGenexp)
        diags_.report(DiagId::YieldFromInAsyncFunction, file_, n->range.begin);
      else if (cur_->kind == ScopeKind::Function && !cur_->isGenexp)
        cur_->isGenerator = true;
      else if (cur_->kind == ScopeKind::Comprehension || cur_->isGenexp)
        diags_.report(DiagId::YieldInsideComprehension, file_, n->range.begin,
                      cur_->isGenexp ? "generator expression"
                      : cur_->name == "<listcomp>" ? "list comprehension"
                      : cur_->name == "<setcomp>"  ? "set comprehension"
                                                   : "dict comprehension");
      else
        diags_.report(DiagId::YieldOutsideFunction, file_, n->range.begin,
                      n->kind == Kind::Yield ? "yield" : "yield from");
      visitChildren(n);
      return;
    case Kind::NamedExpr: {
      if (refusedInAnnotation(n, "named expression"))
        return;
      auto *w = as<NamedExpr>(n);
      visit(w->value);
      std::string target(as<Name>(w->target)->id);
      facts_[walrusScope(target)].assign(target);
      return;
    }
    case Kind::Global:
    case Kind::Nonlocal: {
      bool global = n->kind == Kind::Global;
      for (std::string_view name : as<Global>(n)->names) {
        std::string s(name);
        if (facts().assigned.count(s))
          diags_.report(DiagId::NameAssignedBeforeDeclaration, file_, n->range.begin, s,
                        global ? "global" : "nonlocal");
        else if (facts().used.count(s))
          diags_.report(DiagId::NameUsedBeforeDeclaration, file_, n->range.begin, s, global ? "global" : "nonlocal");
        (global ? facts().globals : facts().nonlocals).insert(s);
        facts().declaredAt.emplace(s, n->range.begin);
        facts().note(s);
      }
      return;
    }
    case Kind::Import:
      for (Alias *a : as<Import>(n)->names) {
        std::string_view bound = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
        bindTarget(bound);
      }
      return;
    case Kind::ImportFrom:
      for (Alias *a : as<ImportFrom>(n)->names) {
        if (a->name == "*")
          cur_->hasImportStar = true;
        else
          bindTarget(a->asname.empty() ? a->name : a->asname);
      }
      return;
    case Kind::ExceptHandler: {
      auto *h = as<ExceptHandler>(n);
      if (h->type)
        visit(h->type);
      if (!h->name.empty()) {
        bindTarget(h->name);
        facts().unbound.insert(std::string(h->name));
      }
      visitList(h->body);
      return;
    }
    case Kind::MatchAs:
      if (as<MatchAs>(n)->pattern)
        visit(as<MatchAs>(n)->pattern);
      if (!as<MatchAs>(n)->name.empty())
        bindTarget(as<MatchAs>(n)->name);
      return;
    case Kind::CVarDecl:
      // Cython: `cdef int x = 0` binds x where it is declared.
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators) {
        if (d->value)
          visit(d->value);
        bindTarget(d->name);
      }
      return;
    case Kind::CFunctionDef: {
      // cdef/cpdef functions: a function scope whose parameters are the C
      // arguments; only a cpdef binds a Python name.
      auto *f = as<CFunctionDef>(n);
      visitList(f->decorators);
      for (const CArg *a : f->type->args)
        if (a->defaultValue)
          visit(a->defaultValue);
      // A fused function's specialisation `f[double]` (sema/fused.h) binds
      // and is named `f` in Python, as its traceback entries are.
      std::string_view pythonName = f->name.substr(0, f->name.find('['));
      if (f->isCpdef)
        bindTarget(pythonName);
      if (!f->hasBody)
        return;
      Scope *inner = newScope(ScopeKind::Function, n, std::string(pythonName));
      for (const CArg *a : f->type->args) {
        std::string_view name = a->name.empty() ? loneName(a) : a->name; // a type's name is never used
        inner->params.emplace_back(name);
        facts_[inner].assign(std::string(name));
      }
      enter(inner, [&] {
        for (Stmt *st : f->body)
          visit(st);
      });
      return;
    }
    case Kind::CppClassDef: {
      // A C++ class the module defines: its methods' bodies are functions
      // (whose names the typer finds in the class first: `this`, members).
      auto *c = as<CppClassDef>(n);
      bool bodies = false;
      for (const Stmt *member : c->body)
        bodies = bodies || (member->kind == Kind::CFunctionDef && as<CFunctionDef>(member)->hasBody) ||
                 member->kind == Kind::CppClassDef;
      if (!bodies)
        return;
      Scope *inner = newScope(ScopeKind::Class, c, std::string(c->name));
      enter(inner, [&] {
        for (Stmt *member : c->body)
          if ((member->kind == Kind::CFunctionDef && as<CFunctionDef>(member)->hasBody) ||
              member->kind == Kind::CppClassDef)
            visit(member);
      });
      return;
    }
    case Kind::CExternBlock:
      // An extern class's `@property cdef inline` methods have bodies the
      // module may compile; the class binds no Python name.
      for (Stmt *st : as<CExternBlock>(n)->body)
        if (st->kind == Kind::CppClassDef)
          visit(st);
        else if (st->kind == Kind::CClassDef && as<CClassDef>(st)->hasBody) {
          auto *c = as<CClassDef>(st);
          Scope *inner = newScope(ScopeKind::Class, c, std::string(c->name));
          enter(inner, [&] {
            for (Stmt *member : c->body)
              if (member->kind == Kind::CFunctionDef && as<CFunctionDef>(member)->hasBody)
                visit(member);
          });
        }
      return;
    case Kind::CStructDef:
    case Kind::CEnumDef:
    case Kind::CTypedef:
    case Kind::CFusedDef:
    case Kind::CImport:
    case Kind::FromCImport:
      return; // C-level declarations bind no Python names
    case Kind::MatchStar:
      if (!as<MatchStar>(n)->name.empty())
        bindTarget(as<MatchStar>(n)->name);
      return;
    case Kind::MatchMapping:
      visitChildren(n);
      if (!as<MatchMapping>(n)->rest.empty())
        bindTarget(as<MatchMapping>(n)->rest);
      return;
    case Kind::Call: {
      auto *c = as<Call>(n);
      // super() with no arguments reads the __class__ cell and the first argument.
      if (c->func->kind == Kind::Name && as<Name>(c->func)->id == "super" && c->args.empty() &&
          c->keywords.empty()) {
        cur_->usesSuper = true;
        facts().use("__class__");
      }
      visitChildren(n);
      return;
    }
    case Kind::TryStar:
      for (const ExceptHandler *h : as<Try>(n)->handlers)
        checkExceptStarExits(h->body, false);
      visitChildren(n);
      return;
    default:
      visitChildren(n);
      return;
    }
  }

private:
  std::vector<const Node *> valueReturns_; // `return value` statements of the function being visited

  // CPython's SyntaxError for leaving an except* clause other than by
  // falling through or raising (a break or continue of a loop inside the
  // clause is fine).
  void checkExceptStarExits(std::span<Stmt *const> body, bool inLoop) {
    for (const Stmt *s : body) {
      switch (s->kind) {
      case Kind::Return:
        diags_.report(DiagId::ExitFromExceptStar, file_, s->range.begin);
        break;
      case Kind::Break:
      case Kind::Continue:
        if (!inLoop)
          diags_.report(DiagId::ExitFromExceptStar, file_, s->range.begin);
        break;
      case Kind::For:
      case Kind::AsyncFor:
      case Kind::While:
        checkExceptStarExits(s->kind == Kind::While ? as<While>(s)->body : as<For>(s)->body, true);
        checkExceptStarExits(s->kind == Kind::While ? as<While>(s)->orelse : as<For>(s)->orelse, inLoop);
        break;
      case Kind::If:
        checkExceptStarExits(as<If>(s)->body, inLoop);
        checkExceptStarExits(as<If>(s)->orelse, inLoop);
        break;
      case Kind::With:
      case Kind::AsyncWith:
        checkExceptStarExits(as<With>(s)->body, inLoop);
        break;
      case Kind::Try:
      case Kind::TryStar: {
        auto *t = as<Try>(s);
        checkExceptStarExits(t->body, inLoop);
        checkExceptStarExits(t->orelse, inLoop);
        checkExceptStarExits(t->finalbody, inLoop);
        for (const ExceptHandler *h : t->handlers)
          checkExceptStarExits(h->body, inLoop);
        break;
      }
      case Kind::Match:
        for (const MatchCase *c : as<Match>(s)->cases)
          checkExceptStarExits(c->body, inLoop);
        break;
      default:
        break; // nested functions and classes have their own returns
      }
    }
  }

  // Finds `name` as a local of an enclosing function (skipping classes);
  // marks it a cell there and free in every function in between.
  bool captureFromEnclosing(Scope *s, const std::string &name) {
    std::vector<Scope *> path{s};
    for (Scope *p = s->parent; p; p = p->parent) {
      if (p->kind == ScopeKind::Module)
        return false;
      if (p->kind == ScopeKind::Class) {
        if (name == "__class__") {
          p->needsClassCell = true;
          for (Scope *q : path)
            addFree(q, name);
          return true;
        }
        // A class between the capture and the binding passes the cell on.
        path.push_back(p);
        continue;
      }
      Facts &f = facts_[p];
      bool local = f.assigned.count(name) && !f.globals.count(name) && !f.nonlocals.count(name);
      if (local) {
        if (p->kind == ScopeKind::Comprehension || p->kind == ScopeKind::Function)
          p->bindings[name] = Binding::Cell;
        for (Scope *q : path)
          addFree(q, name);
        return true;
      }
      if (f.globals.count(name))
        return false;
      path.push_back(p);
    }
    return false;
  }

  void addFree(Scope *s, const std::string &name) {
    if (s->kind == ScopeKind::Class) {
      s->bindings[name] = Binding::ClassFree;
    } else if (s->bindings.count(name) == 0 || s->bindings[name] != Binding::Cell) {
      s->bindings[name] = Binding::Free;
    }
    if (std::find(s->frees.begin(), s->frees.end(), name) == s->frees.end())
      s->frees.push_back(name);
  }

  void resolve(Scope *s) {
    Facts &f = facts_[s];
    s->order = f.order;
    s->assigned = f.assigned;
    s->unbound = f.unbound;
    s->rebound = f.rebound;
    switch (s->kind) {
    case ScopeKind::Module:
      for (auto &n : f.order)
        s->bindings.emplace(n, Binding::Global);
      break;
    case ScopeKind::Class:
      for (auto &n : f.order)
        s->bindings.emplace(n, f.globals.count(n) ? Binding::Global : Binding::ClassLocal);
      break;
    case ScopeKind::Function:
    case ScopeKind::Comprehension:
      for (auto &n : f.order) {
        if (f.globals.count(n))
          s->bindings.emplace(n, Binding::Global);
        else if (f.nonlocals.count(n))
          continue; // resolved below
        else if (f.assigned.count(n))
          s->bindings.emplace(n, Binding::Local);
      }
      break;
    }
    for (Scope *c : s->children)
      resolve(c);
    // Uses not bound here: an enclosing function's local, or a global.
    for (auto &n : f.order) {
      bool boundHere = s->bindings.count(n) && s->bindings[n] != Binding::ClassLocal;
      if (s->kind == ScopeKind::Class && f.assigned.count(n))
        continue;
      if (s->kind == ScopeKind::Module || (boundHere && s->bindings[n] != Binding::Free))
        continue;
      if (f.nonlocals.count(n)) {
        if (!captureFromEnclosing(s, n))
          diags_.report(DiagId::NoBindingForNonlocal, file_, f.declaredAt[n], n);
        continue;
      }
      if (s->kind == ScopeKind::Comprehension && !f.assigned.count(n)) {
        // Transparent: resolved like the enclosing scope, classes skipped.
        Scope *p = s->parent;
        while (p->kind == ScopeKind::Comprehension)
          p = p->parent;
        if (p->kind == ScopeKind::Class && !captureFromEnclosing(p, n)) {
          s->bindings[n] = Binding::Global;
        } else if (p->kind == ScopeKind::Class) {
          s->bindings[n] = Binding::Free;
        } else {
          // The comprehension runs inline in the enclosing function, which
          // therefore uses the name itself (resolved after its children).
          s->bindings[n] = Binding::Enclosing;
          if (p->kind == ScopeKind::Function)
            facts_[p].use(n);
        }
        continue;
      }
      if (!captureFromEnclosing(s, n) && !s->bindings.count(n))
        s->bindings[n] = s->kind == ScopeKind::Class ? Binding::ClassLocal : Binding::Global;
    }
  }
};

} // namespace

std::unique_ptr<ScopeTable> buildScopes(const Module *module, const SourceFile &file, DiagnosticEngine &diags,
                                        bool leakListCompTargets) {
  auto table = std::make_unique<ScopeTable>();
  Builder(*table, file, diags, leakListCompTargets).run(module);
  return table;
}

} // namespace pyxc::sema
