#include "sema/container_locals.h"

#include "frontend/ast_fields.h"

#include <algorithm>
#include <set>

namespace pyxc::sema {

using namespace ast;

namespace {


// The exact type a display or comprehension makes, or empty.
const char *displayType(const Expr *e) {
  switch (e->kind) {
  case Kind::List:
  case Kind::ListComp: return "list";
  case Kind::Dict:
  case Kind::DictComp: return "dict";
  case Kind::Set:
  case Kind::SetComp: return "set";
  default: return "";
  }
}

class Collector {
public:
  std::map<std::string, std::string, std::less<>> types; // candidates seen bound to one display type
  std::set<std::string, std::less<>> excluded;            // bound some other way

  void bind(std::string_view name, std::string_view type) {
    std::string key(name);
    if (excluded.count(key))
      return;
    auto [it, fresh] = types.emplace(key, std::string(type));
    if (type.empty() || (!fresh && it->second != type)) {
      types.erase(it);
      excluded.insert(key);
    }
  }

  void statement(const Node *n) {
    if (n->kind == Kind::Assign) {
      const auto *a = as<Assign>(n);
      walk(a->value);
      for (const Expr *t : a->targets) {
        if (t->kind == Kind::Name)
          bind(as<Name>(t)->id, displayType(a->value));
        else
          walk(t);
      }
      return;
    }
    walk(n);
  }

  // Any other binding of a name excludes it.
  void walk(const Node *n) {
    switch (n->kind) {
    case Kind::Assign: // in a nested block
      statement(n);
      return;
    case Kind::Name:
      if (as<Name>(n)->ctx == Ctx::Store)
        bind(as<Name>(n)->id, "");
      return;
    case Kind::NamedExpr: // also inside comprehensions: it binds here
      bind(as<Name>(as<NamedExpr>(n)->target)->id, "");
      walk(as<NamedExpr>(n)->value);
      return;
    case Kind::ExceptHandler:
      if (!as<ExceptHandler>(n)->name.empty())
        bind(as<ExceptHandler>(n)->name, "");
      break;
    case Kind::Import:
      for (const Alias *a : as<Import>(n)->names)
        bind(a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname, "");
      return;
    case Kind::ImportFrom:
      for (const Alias *a : as<ImportFrom>(n)->names)
        bind(a->asname.empty() ? a->name : a->asname, "");
      return;
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef:
      bind(as<FunctionDef>(n)->name, "");
      return; // its body is another scope (decorators and defaults bind nothing)
    case Kind::ClassDef:
      bind(as<ClassDef>(n)->name, "");
      return;
    case Kind::Lambda:
      return;
    case Kind::MatchAs:
      bind(as<MatchAs>(n)->name, "");
      break;
    case Kind::MatchStar:
      bind(as<MatchStar>(n)->name, "");
      break;
    case Kind::MatchMapping:
      bind(as<MatchMapping>(n)->rest, "");
      break;
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators)
        bind(d->name, "");
      break;
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp:
      // Their own targets are their scope's; only a walrus inside binds here.
      walkWalrus(n);
      return;
    default:
      break;
    }
    forEachChild(n, [&](const Node *c) { walk(c); });
  }

  void walkWalrus(const Node *n) {
    if (n->kind == Kind::NamedExpr)
      bind(as<Name>(as<NamedExpr>(n)->target)->id, "");
    if (n->kind == Kind::Lambda)
      return;
    forEachChild(n, [&](const Node *c) { walkWalrus(c); });
  }
};

} // namespace

std::map<std::string, std::string, std::less<>> containerLocals(const Scope &scope, std::span<Stmt *const> body) {
  Collector c;
  for (const Stmt *s : body)
    c.statement(s);
  std::map<std::string, std::string, std::less<>> out;
  for (auto &[name, type] : c.types) {
    bool param = std::find(scope.params.begin(), scope.params.end(), name) != scope.params.end();
    if (!param && scope.binding(name) == Binding::Local)
      out.emplace(name, type);
  }
  return out;
}

} // namespace pyxc::sema
