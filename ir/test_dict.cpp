// autotestdict, as Cython builds it: module-level functions and the
// methods of classes (Python classes and cdef classes, property accessors
// too), never the functions nested in functions or lambdas.
#include "ir/test_dict.h"

#include <fmt/format.h>

namespace pyxc::ir {

using namespace ast;

namespace {

class TestDictBuilder {
public:
  TestDictBuilder(const SourceFile &file, const sema::Directives &d) : file_(file), d_(d) {}

  void statements(List<Stmt> body, std::string_view cls, bool cdefClass) {
    for (const Stmt *s : body)
      statement(s, cls, cdefClass);
  }

  TestDict entries;

private:
  const SourceFile &file_;
  const sema::Directives &d_;

  static const Constant *docstring(List<Stmt> body) {
    if (body.empty() || body[0]->kind != Kind::ExprStmt)
      return nullptr;
    const Expr *v = as<ExprStmt>(body[0])->value;
    return v->kind == Kind::Constant && as<Constant>(v)->ck == ConstKind::Str ? as<Constant>(v) : nullptr;
  }

  // Special methods of cdef classes that are no attributes doctest could
  // look up (slots only): Cython leaves them out.
  static bool slotOnly(std::string_view name) {
    for (std::string_view n : {"__cinit__", "__dealloc__", "__richcmp__", "__nonzero__", "__bool__", "__len__",
                               "__contains__"})
      if (name == n)
        return true;
    return false;
  }

  void add(const Node *def, std::string_view name, List<Stmt> body, std::string_view cls, bool cdefClass,
           std::string_view property = {}) {
    const Constant *doc = docstring(body);
    if (!doc || (!d_.autotestdictAll && doc->value.find(">>>") == std::string_view::npos))
      return;
    if (cdefClass && property.empty() && slotOnly(name))
      return;
    std::string path = cls.empty()        ? std::string(name)
                       : property.empty() ? fmt::format("{}.{}", cls, name)
                                          : fmt::format("{}.{}.{}", cls, property, name);
    entries.emplace_back(fmt::format("{} (line {})", path, file_.lineCol(def->range.begin).line),
                         std::string(doc->value));
  }

  void statement(const Stmt *s, std::string_view cls, bool cdefClass) {
    switch (s->kind) {
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef: {
      auto *f = as<FunctionDef>(s);
      add(f, f->written.empty() ? f->name : f->written, f->body, cls, cdefClass);
      return;
    }
    case Kind::CFunctionDef: {
      auto *f = as<CFunctionDef>(s);
      if (f->hasBody && (f->isCpdef || d_.autotestdictCdef))
        add(f, f->name, f->body, cls, cdefClass);
      return;
    }
    case Kind::ClassDef: {
      auto *c = as<ClassDef>(s);
      statements(c->body, c->written.empty() ? c->name : c->written, false);
      return;
    }
    case Kind::CClassDef: statements(as<CClassDef>(s)->body, as<CClassDef>(s)->name, true); return;
    case Kind::CPropertyDef: {
      auto *p = as<CPropertyDef>(s);
      for (const Stmt *accessor : p->body)
        if (accessor->kind == Kind::FunctionDef)
          add(accessor, as<FunctionDef>(accessor)->name, as<FunctionDef>(accessor)->body, cls, cdefClass, p->name);
      return;
    }
    // Compound statements at module or class level: their definitions count.
    case Kind::If: statements(as<If>(s)->body, cls, cdefClass), statements(as<If>(s)->orelse, cls, cdefClass); return;
    case Kind::For:
    case Kind::AsyncFor: statements(as<For>(s)->body, cls, cdefClass), statements(as<For>(s)->orelse, cls, cdefClass); return;
    case Kind::While:
      statements(as<While>(s)->body, cls, cdefClass), statements(as<While>(s)->orelse, cls, cdefClass);
      return;
    case Kind::With:
    case Kind::AsyncWith: statements(as<With>(s)->body, cls, cdefClass); return;
    case Kind::Try:
    case Kind::TryStar: {
      auto *t = as<Try>(s);
      statements(t->body, cls, cdefClass);
      for (const ExceptHandler *h : t->handlers)
        statements(h->body, cls, cdefClass);
      statements(t->orelse, cls, cdefClass);
      statements(t->finalbody, cls, cdefClass);
      return;
    }
    case Kind::CDeclBlock: statements(as<CDeclBlock>(s)->body, cls, cdefClass); return;
    default: return;
    }
  }
};

} // namespace

std::optional<TestDict> testDict(const Module *module, const SourceFile &file, const sema::ScopeTable &scopes,
                                 const sema::Typing &typing) {
  const sema::Directives &d = typing.directivesFor(scopes.module());
  if (!d.autotestdict || scopes.module()->assigned.count("__test__"))
    return std::nullopt;
  TestDictBuilder builder(file, d);
  builder.statements(module->body, {}, false);
  return std::move(builder.entries);
}

} // namespace pyxc::ir
