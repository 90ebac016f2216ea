// Definite assignment (sema/definite_assignment.h): which reads of a
// function's locals keep their UnboundLocalError check.
#include "frontend/ast_fields.h"
#include "frontend/parser.h"
#include "sema/definite_assignment.h"
#include "sema/scopes.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

using namespace pyxc;

// The reads (and dels) of locals in the module's first function that still
// need a check, as "name@line" in source order.
static std::string checkedReads(const std::string &text) {
  SourceFile f("t.py", text);
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *m = parseModule(f, SourceMode::Python, arena, diags);
  REQUIRE(!diags.hasErrors());
  auto scopes = sema::buildScopes(m, f, diags);
  REQUIRE(!diags.hasErrors());
  const auto *def = ast::as<ast::FunctionDef>(m->body[0]);
  const sema::Scope *scope = scopes->scopeOf(def);
  std::vector<const ast::Stmt *> body(def->body.begin(), def->body.end());
  sema::BoundNames bound = sema::definitelyBound(*scope, body);
  std::string out;
  auto check = [&](const ast::Name *name) {
    if (scope->binding(name->id) == sema::Binding::Local && !bound.contains(name))
      out += (out.empty() ? "" : " ") + std::string(name->id) + "@" + std::to_string(f.lineCol(name->range.begin).line);
  };
  std::function<void(const ast::Node *)> walk = [&](const ast::Node *n) {
    if (!n)
      return;
    if (n->kind == ast::Kind::Name) {
      if (ast::as<ast::Name>(n)->ctx != ast::Ctx::Store)
        check(ast::as<ast::Name>(n));
      return;
    }
    if (n->kind == ast::Kind::AugAssign && ast::as<ast::AugAssign>(n)->target->kind == ast::Kind::Name)
      check(ast::as<ast::Name>(ast::as<ast::AugAssign>(n)->target)); // `q += 1` reads q first
    ast::forEachChild(n, walk);
  };
  for (const ast::Stmt *s : def->body)
    walk(s);
  return out;
}

TEST_CASE("straight-line code and parameters need no checks", "[definite]") {
  CHECK(checkedReads("def f(a):\n    x = a\n    y = x + a\n    return y\n") == "");
}

TEST_CASE("a name bound on one branch only keeps its check", "[definite]") {
  CHECK(checkedReads("def f(c):\n    if c:\n        x = 1\n    return x\n") == "x@4");
  CHECK(checkedReads("def f(c):\n    if c:\n        x = 1\n    else:\n        x = 2\n    return x\n") == "");
  CHECK(checkedReads("def f(c):\n    if c:\n        return 0\n    x = 1\n    return x\n") == "");
}

TEST_CASE("del unbinds, in loops from the first iteration on", "[definite]") {
  CHECK(checkedReads("def f():\n    x = 1\n    del x\n    return x\n") == "x@4");
  CHECK(checkedReads("def f(n):\n    x = 1\n    for i in n:\n        print(x)\n        del x\n") == "x@4 x@5");
}

TEST_CASE("loops: the body may not run, a break skips the rest", "[definite]") {
  CHECK(checkedReads("def f(n):\n    for i in n:\n        pass\n    return i\n") == "i@4");
  CHECK(checkedReads("def f(n):\n    for i in n:\n        y = i\n        print(y)\n") == "");
  CHECK(checkedReads("def f(n):\n    for i in n:\n        if i: break\n        z = i\n    else:\n        z = 0\n"
                     "    return z\n") == "z@7");
  CHECK(checkedReads("def f(n):\n    while n:\n        w = n\n    else:\n        w = 0\n    return w\n") == "");
}

TEST_CASE("handlers start from what the body cannot have bound", "[definite]") {
  CHECK(checkedReads("def f():\n    try:\n        a = g()\n    except E:\n        print(a)\n    return a\n") ==
        "a@5 a@6");
  CHECK(checkedReads("def f():\n    try:\n        a = g()\n    except E:\n        a = 0\n    return a\n") == "");
  CHECK(checkedReads("def f():\n    try:\n        pass\n    except E as e:\n        print(e)\n    return e\n") ==
        "e@6");
  CHECK(checkedReads("def f():\n    try:\n        a = g()\n    finally:\n        print(a)\n    return a\n") ==
        "a@5");
}

TEST_CASE("a with statement may swallow the body's exception", "[definite]") {
  CHECK(checkedReads("def f():\n    with m() as c:\n        s = c\n    return s, c\n") == "s@4");
}

TEST_CASE("walrus binds only where it always runs", "[definite]") {
  CHECK(checkedReads("def f(v):\n    if (m := v):\n        pass\n    return m\n") == "");
  CHECK(checkedReads("def f(v):\n    if v and (m := v):\n        pass\n    return m\n") == "m@4");
}

TEST_CASE("match captures bind in their case", "[definite]") {
  CHECK(checkedReads("def f(v):\n    match v:\n        case [a, *b]:\n            return a, b\n    return a\n") ==
        "a@5");
}

TEST_CASE("augmented assignment reads first", "[definite]") {
  CHECK(checkedReads("def f():\n    q += 1\n    return q\n") == "q@2");
}
