// Tree copies (frontend/ast_clone.h) and the specialisation of fused
// functions (sema/fused.h), on parsed modules.
#include "frontend/ast_clone.h"
#include "frontend/ast_dump.h"
#include "frontend/parser.h"
#include "sema/fused.h"

#include <catch2/catch.hpp>

using namespace pyxc;

namespace {

struct Parsed {
  SourceFile file;
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *module = nullptr;
  Parsed(const std::string &text, const char *path) : file(path, text) {
    module = parseModule(file, sourceModeFor(path), arena, diags);
  }
};

const char *kEveryKind = R"(
import a.b as c
from . import d
cimport cython
from libc.math cimport sin
DEF N = 3
cdef extern from "x.h":
    ctypedef struct S:
        int v
cdef struct P:
    double x, y
cdef enum E:
    A = 1
ctypedef fused number:
    int
    double
cdef class K:
    cdef public int f
    property p:
        def __get__(self): return self.f
cdef int g(int *p, double[:, ::1] m, object o=None) nogil except -1:
    cdef int i
    for i from 0 <= i < 3 by 1:
        p[i] = <int>sizeof(int)
    with gil:
        pass
    return 0
@dec
async def h(x, /, y=1, *a, z, **k) -> int:
    global q
    async with m as n:
        async for i in y:
            await z
    try:
        raise ValueError from None
    except (E, F) as e:
        del x[1:2, ::3]
    else:
        assert x, "m"
    finally:
        x += [i for i in y if i] + {k: v for k, v in z} + {*a} + (w := 1)
    match x:
        case [1, *r] | {"k": _, **kw} | C(a=1) if r:
            yield f"{x!r:>{y}}" + b"s" + (lambda v: v)(1 if x else 2)
    while not x:
        break
    else:
        continue
class Q(B, metaclass=M):
    x: int = 1
)";

} // namespace

TEST_CASE("a copy of a tree prints as the tree does", "[clone]") {
  Parsed p(kEveryKind, "t.pyx");
  REQUIRE_FALSE(p.diags.hasErrors());
  Arena copies;
  ast::Node *copy = ast::cloneTree(p.module, copies);
  CHECK(ast::dumpTree(copy) == ast::dumpTree(p.module));
  CHECK(copy != p.module);
  CHECK(ast::as<ast::Module>(copy)->body[0] != p.module->body[0]);
}

TEST_CASE("a clone hook replaces nodes, and a Module in a statement list splices", "[clone]") {
  Parsed p("x = 1\nif c:\n    y = 2\n    z = 3\n", "t.py");
  Arena copies;
  ast::Node *copy = ast::cloneTree(p.module, copies, [&](const ast::Node *n) -> ast::Node * {
    if (n->kind != ast::Kind::If)
      return nullptr;
    auto *spliced = copies.make<ast::Module>();
    spliced->kind = ast::Kind::Module;
    spliced->body = ast::as<ast::If>(n)->body;
    return spliced;
  });
  CHECK(ast::dumpPythonAst(copy) ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
        "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2)), "
        "Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=3))], type_ignores=[])");
}

TEST_CASE("a fused function becomes one copy per combination of members", "[fused]") {
  Parsed p("cimport cython\n"
           "ctypedef fused number:\n    int\n    double\n"
           "cdef number f(number x, cython.floating y):\n"
           "    if number is int:\n        return x\n    return y\n"
           "def g(number[:] v, unicode s):\n    return f[double, float](v[0], 1)\n",
           "t.pyx");
  REQUIRE_FALSE(p.diags.hasErrors());
  sema::FusedFunctions fused = sema::expandFusedFunctions(p.module, p.file, p.arena, p.diags);
  REQUIRE_FALSE(p.diags.hasErrors());
  const sema::FusedGroup *f = fused.group("f");
  REQUIRE(f);
  CHECK(f->cdef);
  std::vector<std::string> signatures;
  for (const sema::FusedSpecialisation &s : f->specialisations)
    signatures.push_back(s.name);
  CHECK(signatures ==
        std::vector<std::string>{"f[int|float]", "f[int|double]", "f[double|float]", "f[double|double]"});
  CHECK(f->fusedParams == std::vector<size_t>{0, 1});
  REQUIRE(f->deciding.size() == 2);
  CHECK(f->deciding[1].name == "y");
  CHECK(f->deciding[1].members == std::vector<std::string>{"float", "double"});
  const sema::FusedGroup *g = fused.group("g");
  REQUIRE(g);
  CHECK_FALSE(g->cdef);
  REQUIRE(g->specialisations.size() == 2);
  CHECK(g->specialisations[1].signature == "double");
  // The module: the fused definition, then the copies in place of each function.
  REQUIRE(p.module->body.size() == 2 + 4 + 2);
  std::string intCopy = ast::dumpTree(p.module->body[2]);
  CHECK(intCopy.find("CTypeName name='number'") == std::string::npos);
  CHECK(intCopy.find("Return") != std::string::npos);
  CHECK(intCopy.find("If") == std::string::npos); // `if number is int:` decided, its body spliced
  std::string doubleCopy = ast::dumpTree(p.module->body[4]);
  CHECK(doubleCopy.find("Name id='x'") == std::string::npos); // the int branch dropped
  // f[double, float] names its specialisation by signature.
  CHECK(ast::dumpTree(p.module->body[6]).find("Constant value='double|float'") != std::string::npos);
}

TEST_CASE("a module without fused functions is left as it is", "[fused]") {
  Parsed p("cimport cython\ncdef int f(int x):\n    return x\n", "t.pyx");
  std::string before = ast::dumpTree(p.module);
  sema::FusedFunctions fused = sema::expandFusedFunctions(p.module, p.file, p.arena, p.diags);
  CHECK(fused.groups.empty());
  CHECK(ast::dumpTree(p.module) == before);
}
