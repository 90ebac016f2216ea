#include "frontend/buffer_methods.h"

#include <vector>

namespace pyxc {

using namespace ast;

namespace {

CTypeName *typeName(Arena &arena, const Node *at, std::string_view name) {
  auto *t = arena.make<CTypeName>();
  t->kind = Kind::CTypeName;
  t->range = at->range;
  t->name = name;
  return t;
}

// The C method a buffer special method is: its parameters as written
// (self untyped), __getbuffer__ returning int with -1 for an exception,
// __releasebuffer__ returning nothing and raising nothing.
CFunctionDef *asCMethod(const FunctionDef *f, Arena &arena) {
  auto *fn = arena.make<CTypeFunction>();
  fn->kind = Kind::CTypeFunction;
  fn->range = f->range;
  bool get = f->name == "__getbuffer__";
  fn->returns = typeName(arena, f, get ? "int" : "void");
  fn->except.kind = get ? ExceptKind::Value : ExceptKind::NoExcept; // Value without a value: -1
  // Untyped parameters have the slot's types, as in Cython: the view is a
  // Py_buffer pointer, the flags an int (a wrong count is sema's error).
  std::vector<CArg *> args;
  for (size_t i = 0; i < f->args->args.size(); ++i) {
    const Arg *arg = f->args->args[i];
    auto *c = arena.make<CArg>();
    c->kind = Kind::CArg;
    c->range = arg->range;
    c->name = arg->arg;
    c->type = arg->ctype;
    if (!c->type && i == 1) {
      auto *view = arena.make<CTypeWrap>();
      view->kind = Kind::CTypePointer;
      view->range = arg->range;
      view->base = typeName(arena, arg, "Py_buffer");
      c->type = view;
    } else if (!c->type && i == 2) {
      c->type = typeName(arena, arg, "int");
    }
    args.push_back(c);
  }
  fn->args = arena.copy(args);
  auto *d = arena.make<CFunctionDef>();
  d->kind = Kind::CFunctionDef;
  d->range = f->range;
  d->name = f->name;
  d->type = fn;
  d->body = f->body;
  d->decorators = f->decorators;
  d->hasBody = true;
  return d;
}

void rewriteClass(CClassDef *c, Arena &arena) {
  std::vector<Stmt *> body(c->body.begin(), c->body.end());
  bool changed = false;
  for (Stmt *&s : body)
    if (s->kind == Kind::FunctionDef && isBufferMethod(as<FunctionDef>(s)->name)) {
      s = asCMethod(as<FunctionDef>(s), arena);
      changed = true;
    }
  if (changed)
    c->body = arena.copy(body);
}

void rewrite(List<Stmt> stmts, Arena &arena) {
  for (Stmt *s : stmts) {
    if (s->kind == Kind::CClassDef)
      rewriteClass(as<CClassDef>(s), arena);
    else if (s->kind == Kind::CDeclBlock)
      rewrite(as<CDeclBlock>(s)->body, arena);
  }
}

} // namespace

void desugarBufferMethods(Module *module, Arena &arena) { rewrite(module->body, arena); }

} // namespace pyxc
