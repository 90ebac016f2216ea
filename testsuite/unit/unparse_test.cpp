// frontend/unparse.h: expressions spelled as CPython spells PEP 563 strings.
#include "frontend/parser.h"
#include "frontend/unparse.h"

#include <catch2/catch.hpp>

#include <string>

using namespace pyxc;

// The annotation of `x: <text>` unparsed.
static std::string unparsed(const std::string &text) {
  SourceFile f("t.py", "x: " + text + "\n");
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *m = parseModule(f, SourceMode::Python, arena, diags);
  REQUIRE(!diags.hasErrors());
  return unparse(ast::as<ast::AnnAssign>(m->body[0])->annotation, f);
}

TEST_CASE("precedence decides the parentheses", "[unparse]") {
  CHECK(unparsed("(1 + 2) * 3") == "(1 + 2) * 3");
  CHECK(unparsed("1 + (2 * 3)") == "1 + 2 * 3");
  CHECK(unparsed("2 ** 3 ** 4") == "2 ** 3 ** 4");
  CHECK(unparsed("(2 ** 3) ** 4") == "(2 ** 3) ** 4");
  CHECK(unparsed("-x ** 2") == "-x ** 2");
  CHECK(unparsed("(-x) ** 2") == "(-x) ** 2");
  CHECK(unparsed("not a or b and c") == "not a or b and c");
  CHECK(unparsed("(a or b) and c") == "(a or b) and c");
  CHECK(unparsed("a if b else (c if d else e)") == "a if b else c if d else e");
  CHECK(unparsed("(a if b else c) if d else e") == "(a if b else c) if d else e");
}

TEST_CASE("spacing and literals follow repr()", "[unparse]") {
  CHECK(unparsed("List[ int ]") == "List[int]");
  CHECK(unparsed("x[1:2, ::3]") == "x[1:2, ::3]");
  CHECK(unparsed("x[(a, b)]") == "x[a, b]");
  CHECK(unparsed("\"dq\"") == "'dq'");
  CHECK(unparsed("1e400") == "1e309");
  CHECK(unparsed("0x1F") == "31");
  CHECK(unparsed("(1,)") == "(1,)");
  CHECK(unparsed("()") == "()");
  CHECK(unparsed("1 .real") == "1 .real");
  CHECK(unparsed("f(x for x in y)") == "f(x for x in y)");
  CHECK(unparsed("(lambda *a: 0)") == "lambda*a: 0");
  CHECK(unparsed("f\"a{b!r:>{w}}\"") == "f'a{b!r:>{w}}'");
}
