#include "frontend/mangle.h"

#include "frontend/ast_fields.h"

#include <string>

namespace pyxc {

using namespace ast;

namespace {

class Mangler {
public:
  explicit Mangler(Arena &arena) : arena_(arena) {}

  void visit(Node *n, std::string_view cls) {
    if (!n)
      return;
    auto mangle = [&](std::string_view &name) { name = mangled(name, cls); };
    switch (n->kind) {
    case Kind::Name: mangle(as<Name>(n)->id); break;
    case Kind::Attribute: mangle(as<Attribute>(n)->attr); break;
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef: {
      auto *f = as<FunctionDef>(n);
      std::string_view written = f->name;
      mangle(f->name);
      if (f->name != written)
        f->written = written;
      break;
    }
    case Kind::Arg: mangle(as<Arg>(n)->arg); break;
    case Kind::Alias: {
      // CPython mangles an import's names inside a class, both what it
      // reads and what it binds: `from m import __x` in class C reads
      // m._C__x into _C__x, `import __m` imports module _C__m. Dotted names
      // are left alone (`import __a.b` binding _C__a: not done yet).
      auto *a = as<Alias>(n);
      mangle(a->name);
      mangle(a->asname);
      break;
    }
    case Kind::ImportFrom: mangle(as<ImportFrom>(n)->module); break;
    case Kind::Global:
    case Kind::Nonlocal:
      for (std::string_view &name : as<Global>(n)->names)
        mangle(name);
      break;
    case Kind::ExceptHandler: mangle(as<ExceptHandler>(n)->name); break;
    case Kind::MatchAs: mangle(as<MatchAs>(n)->name); break;
    case Kind::MatchStar: mangle(as<MatchStar>(n)->name); break;
    case Kind::MatchMapping: mangle(as<MatchMapping>(n)->rest); break;
    case Kind::CDeclarator: mangle(as<CDeclarator>(n)->name); break;
    case Kind::CFunctionDef: mangle(as<CFunctionDef>(n)->name); break;
    case Kind::ClassDef: {
      // The class's own name is mangled in the enclosing class; its body by its own name.
      auto *c = as<ClassDef>(n);
      std::string_view written = c->name;
      mangle(c->name);
      if (c->name != written)
        c->written = written;
      for (Node *d : c->decorators)
        visit(d, cls);
      for (Node *b : c->bases)
        visit(b, cls);
      for (Node *k : c->keywords)
        visit(k, cls);
      for (Node *s : c->body)
        visit(s, written);
      return;
    }
    case Kind::CClassDef: {
      auto *c = as<CClassDef>(n);
      for (Node *s : c->body)
        visit(s, c->name);
      return;
    }
    default: break;
    }
    forEachChild(n, [&](const Node *child) { visit(const_cast<Node *>(child), cls); });
  }

private:
  Arena &arena_;

  std::string_view mangled(std::string_view name, std::string_view cls) {
    if (cls.empty() || name.size() < 3 || !name.starts_with("__") || name.ends_with("__") ||
        name.find('.') != std::string_view::npos)
      return name;
    size_t first = cls.find_first_not_of('_');
    if (first == std::string_view::npos)
      return name; // a class named only by underscores mangles nothing
    return arena_.str("_" + std::string(cls.substr(first)) + std::string(name));
  }
};

} // namespace

void manglePrivateNames(Module *module, Arena &arena) {
  Mangler m(arena);
  for (Node *s : module->body)
    m.visit(s, {});
}

} // namespace pyxc
