#include "frontend/ast_dump.h"
#include "frontend/parser.h"

#include <catch2/catch.hpp>

using namespace pyxc;

static std::string dump(const std::string &text, const char *path = "t.py") {
  SourceFile f(path, text);
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *m = parseModule(f, sourceModeFor(path), arena, diags);
  if (diags.hasErrors())
    return "error: " + diags.all()[0].message;
  return ast::dumpPythonAst(m);
}

TEST_CASE("source mode follows the extension", "[parser]") {
  CHECK(sourceModeFor("a/b.py") == SourceMode::Python);
  CHECK(sourceModeFor("b.pyx") == SourceMode::Pyx);
  CHECK(sourceModeFor("b.pxd") == SourceMode::Pxd);
  CHECK(sourceModeFor("b.pxi") == SourceMode::Pxi);
}

TEST_CASE("assignment targets get Store context", "[parser]") {
  CHECK(dump("a, *b = c\n") ==
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', "
        "ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])");
}

TEST_CASE("Cython keywords are plain names in .py files", "[parser]") {
  CHECK(dump("cdef = 1\n") ==
        "Module(body=[Assign(targets=[Name(id='cdef', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  CHECK(dump("cdef int x\n") == "error: the 'cdef' keyword is only allowed in Cython files (.pyx, .pxd, .pxi)");
  CHECK(dump("cdef int x\n", "t.pyx").rfind("Module(body=[CVarDecl(", 0) == 0);
}

TEST_CASE("match is a soft keyword", "[parser]") {
  CHECK(dump("match = 1\nmatch(x)\n").find("Assign") != std::string::npos);
  CHECK(dump("match x:\n    case 1: pass\n").find("Match(subject=") != std::string::npos);
}

TEST_CASE("the parser reports several errors and recovers at statements", "[parser]") {
  SourceFile f("t.py", "x = )\ny = 1\nz = (]\n");
  DiagnosticEngine diags;
  Arena arena;
  parseModule(f, SourceMode::Python, arena, diags);
  REQUIRE(diags.errorCount() >= 1);
  CHECK(diags.all()[0].message == "unmatched ')'");
}
