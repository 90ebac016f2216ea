// Exception analysis (sema/raises.h): which cdef functions can never raise.
#include "frontend/parser.h"
#include "sema/raises.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace pyxc;

// The names of the module's cdef functions that cannot raise, sorted.
static std::string nonRaising(const std::string &text) {
  SourceFile f("t.pyx", text);
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *m = parseModule(f, SourceMode::Pyx, arena, diags);
  REQUIRE(!diags.hasErrors());
  auto scopes = sema::buildScopes(m, f, diags);
  sema::TypeOptions options;
  auto typing = sema::typeModule(m, f, *scopes, options, diags);
  REQUIRE(!diags.hasErrors());
  std::set<std::string> names;
  for (const sema::CSymbol *s : typing->nonRaising)
    names.insert(std::string(s->def->name));
  std::string out;
  for (const std::string &n : names)
    out += (out.empty() ? "" : " ") + n;
  return out;
}

TEST_CASE("C arithmetic and calls of non-raising functions cannot raise", "[raises]") {
  CHECK(nonRaising("cdef double f(double x):\n    return x * x - x\n") == "f");
  CHECK(nonRaising("cdef long fib(long n):\n"
                   "    if n < 2:\n        return n\n"
                   "    return fib(n - 1) + fib(n - 2)\n") == "fib");
  CHECK(nonRaising("cdef int g(int x):\n    return x + 1\n"
                   "cdef int h(int x):\n    cdef int i, s = 0\n"
                   "    for i in range(x):\n        s += g(i)\n    return s\n") == "g h");
}

TEST_CASE("division, objects, raise and raising callees can raise", "[raises]") {
  CHECK(nonRaising("cdef int f(int a, int b):\n    return a // b\n").empty());
  CHECK(nonRaising("cdef int f(int a):\n    return a // 2\n") == "f");
  CHECK(nonRaising("# cython: cdivision=True\ncdef int f(int a, int b):\n    return a // b\n") == "f");
  CHECK(nonRaising("cdef int f(int a):\n    if a < 0:\n        raise ValueError()\n    return a\n").empty());
  CHECK(nonRaising("cdef int f(x):\n    return len(x)\n").empty());
  // g raises, so f (which calls it) may too; mutual recursion with no source of errors is fine.
  CHECK(nonRaising("cdef int g(int a) except -1:\n    return 1 // a\n"
                   "cdef int f(int a):\n    return g(a) + 1\n").empty());
  CHECK(nonRaising("cdef int even(int n):\n    if n == 0:\n        return 1\n    return odd(n - 1)\n"
                   "cdef int odd(int n):\n    if n == 0:\n        return 0\n    return even(n - 1)\n") == "even odd");
}

TEST_CASE("what C arithmetic may raise comes from its specialised operation", "[raises]") {
  // Powers of C numbers never raise (a complex result of a float power is nan).
  CHECK(nonRaising("cdef double f(double x):\n    return x ** 2.5\n") == "f");
  CHECK(nonRaising("cdef long f(long x):\n    return x ** 3\n") == "f");
  // overflowcheck checks C integers only.
  CHECK(nonRaising("# cython: overflowcheck=True\ncdef double f(double x):\n    return x * x + 1\n") == "f");
  CHECK(nonRaising("# cython: overflowcheck=True\ncdef int f(int a):\n    return a + 1\n").empty());
  CHECK(nonRaising("# cython: overflowcheck=True\ncdef int f(int a):\n    a *= 2\n    return a\n").empty());
  // -1 as a divisor overflows INT_MIN; a constant float divisor that is not 0 is harmless.
  CHECK(nonRaising("cdef int f(int a):\n    return a // -1\n").empty());
  CHECK(nonRaising("cdef double f(double x):\n    return x / 2.0\n") == "f");
  CHECK(nonRaising("cdef double f(double x):\n    x /= 0.0\n    return x\n").empty());
}
