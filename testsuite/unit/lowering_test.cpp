// The lowering's plans (ir/lower.cpp): conversions to C types
// (ir/conversions.def) and specialised C arithmetic (sema/c_operations.def).
#include "frontend/parser.h"
#include "ir/ir.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <catch2/catch.hpp>

#include <string>

using namespace pyxc;

namespace {

// A module lowered, with what it needs alive.
struct Lowered {
  SourceFile file;
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *module = nullptr;
  std::unique_ptr<sema::ScopeTable> scopes;
  std::unique_ptr<sema::Typing> typing;
  std::unique_ptr<ir::Module> ir;

  explicit Lowered(const std::string &text) : file("t.pyx", text) {
    module = parseModule(file, SourceMode::Pyx, arena, diags);
    REQUIRE(!diags.hasErrors());
    scopes = sema::buildScopes(module, file, diags);
    sema::TypeOptions options;
    typing = sema::typeModule(module, file, *scopes, options, diags);
    REQUIRE(!diags.hasErrors());
    ir = ir::lower(module, file, *scopes, *typing, "t", true, diags);
    REQUIRE(!diags.hasErrors());
  }

  // The words of the conversions planned for expressions starting at
  // `line`:`col` (1-based), joined.
  std::string conversionsAt(int line, int col) const {
    std::string out;
    for (const auto &[key, c] : ir->conversions) {
      LineCol lc = file.lineCol(key.first->range.begin);
      if (int(lc.line) == line && int(lc.col) == col)
        out += (out.empty() ? "" : " ") + std::string(ir::wordOf(c.kind)) + ":" + sema::describe(c.to);
    }
    return out;
  }

  // The word of the C operation of the binary operation or augmented
  // assignment starting at `line`:`col`.
  std::string operationAt(int line, int col) const {
    for (const auto &[n, op] : ir->cOperations) {
      LineCol lc = file.lineCol(n->range.begin);
      if (int(lc.line) == line && int(lc.col) == col)
        return std::string(sema::wordOf(op.kind)) + ":" + sema::describe(op.operand);
    }
    return "";
  }
};

} // namespace

TEST_CASE("values convert to the C types their contexts want", "[lowering]") {
  Lowered l("cdef struct P:\n"                 // 1
            "    int x\n"                      // 2
            "cdef int f(double d, bytes b):\n" // 3
            "    cdef char c = 'a'\n"          // 4
            "    cdef P p = {'x': 1}\n"        // 5
            "    cdef char *s = b\n"           // 6
            "    cdef long n = c\n"            // 7
            "    cdef int i = d\n"             // 8
            "    return 2\n");                 // 9
  CHECK(l.conversionsAt(4, 19) == "char-literal:char");
  CHECK(l.conversionsAt(5, 16) == "dict-struct:P");
  CHECK(l.conversionsAt(5, 22) == "number-literal:int");
  CHECK(l.conversionsAt(6, 20) == "char-buffer:char *");
  CHECK(l.conversionsAt(7, 19) == "numeric:long");
  CHECK(l.conversionsAt(8, 18) == "numeric:int");
  CHECK(l.conversionsAt(9, 12) == "number-literal:int");
}

TEST_CASE("indices, arguments and loop bounds are planned where the lowering plans them", "[lowering]") {
  Lowered l("cdef int g(long a, double b=1.5):\n" // 1
            "    return 0\n"                      // 2
            "def h(x, int n):\n"                  // 3
            "    cdef int *p = NULL\n"            // 4
            "    cdef int i\n"                    // 5
            "    for i in range(x, n):\n"         // 6
            "        p[x] = g(x)\n");             // 7
  CHECK(l.conversionsAt(6, 20) == "unbox:int");
  CHECK(l.conversionsAt(6, 23) == "same:int");
  CHECK(l.conversionsAt(7, 11) == "unbox:Py_ssize_t");
  CHECK(l.conversionsAt(7, 18) == "unbox:long");
  CHECK(l.conversionsAt(1, 29) == "number-literal:double"); // the default, where a call leaves it out
}

TEST_CASE("C arithmetic is specialised by types and directives", "[lowering]") {
  Lowered l("cimport cython\n"                              // 1
            "def f(int a, int b, double x, unsigned u):\n"  // 2
            "    return a // b, x / x, a + b, a ** 2, u % u\n" // 3
            "@cython.cdivision(True)\n"                     // 4
            "def g(int a, int b, double x):\n"              // 5
            "    return a // b, x % x, a / b\n"             // 6
            "@cython.overflowcheck(True)\n"                 // 7
            "def k(int a, long b):\n"                       // 8
            "    a += 1\n"                                  // 9
            "    return a * b\n");                          // 10
  CHECK(l.operationAt(3, 12) == "floor-divide:int");
  CHECK(l.operationAt(3, 20) == "divide:double");
  CHECK(l.operationAt(3, 27) == "c-operator:int");
  CHECK(l.operationAt(3, 34) == "integer-power:long");
  CHECK(l.operationAt(3, 42) == "modulo:unsigned int");
  CHECK(l.operationAt(6, 12) == "c-integer-divide:int");
  CHECK(l.operationAt(6, 20) == "c-float-modulo:double");
  CHECK(l.operationAt(6, 27) == "c-divide:double");
  CHECK(l.operationAt(9, 5) == "checked-add:int");
  CHECK(l.operationAt(10, 12) == "checked-multiply:long");
}
