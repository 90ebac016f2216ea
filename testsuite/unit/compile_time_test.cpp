// The one constant evaluator (sema/compile_time.h): DEF values, IF tests,
// array sizes and enum values, with Python's semantics.
#include "frontend/parser.h"
#include "sema/compile_time.h"

#include <catch2/catch.hpp>

#include <string>

using namespace pyxc;
using sema::CompileTimeValue;

namespace {

// Parses `DEF`s then one expression statement and evaluates it; "none"
// when it is not a constant. Ints print as digits, floats with %g, bools
// as True/False.
std::string eval(const std::string &defs, const std::string &expr, const sema::ConstantNames &names = {}) {
  SourceFile f("t.pyx", defs + expr + "\n");
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *m = parseModule(f, SourceMode::Pyx, arena, diags);
  REQUIRE(!diags.hasErrors());
  sema::CompileTimeEnv env;
  for (const ast::Stmt *s : m->body) {
    if (s->kind == ast::Kind::CompileTimeDef) {
      auto *d = ast::as<ast::CompileTimeDef>(s);
      auto v = env.eval(d->value, names);
      REQUIRE(v);
      env.define(d->name, *v);
      continue;
    }
    auto v = env.eval(ast::as<ast::ExprStmt>(s)->value, names);
    if (!v)
      return "none";
    switch (v->kind) {
    case CompileTimeValue::Kind::Int: return std::to_string(v->i);
    case CompileTimeValue::Kind::Bool: return v->i ? "True" : "False";
    case CompileTimeValue::Kind::Float: return fmt::format("{:g}", v->f);
    case CompileTimeValue::Kind::None: return "None";
    case CompileTimeValue::Kind::Tuple: return fmt::format("tuple of {}", v->items.size());
    default: return "'" + v->s + "'";
    }
  }
  return "no expression";
}

} // namespace

TEST_CASE("// and % floor as Python's do, for ints and floats", "[compile_time]") {
  CHECK(eval("", "(0 - 7) // 2 + 10") == "6");
  CHECK(eval("", "-7 // 2") == "-4");
  CHECK(eval("", "7 // -2") == "-4");
  CHECK(eval("", "-7 % 2") == "1");
  CHECK(eval("", "7 % -2") == "-1");
  CHECK(eval("", "-7.5 // 2") == "-4");
  CHECK(eval("", "-7.5 % 2") == "0.5");
  CHECK(eval("", "7 / 2") == "3.5");
  CHECK(eval("", "1 // 0") == "none");
  CHECK(eval("", "1.0 % 0") == "none");
}

TEST_CASE("DEF names, enum names and the same result everywhere", "[compile_time]") {
  CHECK(eval("DEF N = (0 - 7) // 2 + 10\n", "N * 2") == "12");
  auto enums = [](std::string_view n) -> std::optional<long long> {
    return n == "RED" ? std::optional(3LL) : std::nullopt;
  };
  CHECK(eval("", "RED << 2 | 1", enums) == "13");
  CHECK(eval("", "BLUE", enums) == "none");
  CHECK(eval("DEF RED = 10\n", "RED", enums) == "10"); // a DEF comes first
}

TEST_CASE("integers that do not fit 64 bits are not constants", "[compile_time]") {
  CHECK(eval("", "2 ** 62") == "4611686018427387904");
  CHECK(eval("", "2 ** 63") == "none");
  CHECK(eval("", "(-1) ** 1001") == "-1");
  CHECK(eval("", "1 << 63") == "none");
  CHECK(eval("", "9223372036854775807 + 1") == "none");
  CHECK(eval("", "-1 >> 100") == "-1");
  CHECK(eval("", "2 ** -1") == "0.5");
}

TEST_CASE("comparisons, boolean operators and strings", "[compile_time]") {
  CHECK(eval("", "1 < 2 < 3") == "True");
  CHECK(eval("", "1 < 2 > 3") == "False");
  CHECK(eval("", "0 or 5") == "5");
  CHECK(eval("", "not 0") == "True");
  CHECK(eval("", "'ab' + 'cd'") == "'abcd'");
  CHECK(eval("", "+True") == "1");
  CHECK(eval("", "x + 1") == "none");
}

TEST_CASE("tuples: displays, items, concatenation, repetition, membership", "[compile_time]") {
  CHECK(eval("DEF T = (1, 2, 'x')\n", "T") == "tuple of 3");
  CHECK(eval("DEF T = (1, 2, 'x')\n", "T[1]") == "2");
  CHECK(eval("DEF T = (1, 2, 'x')\n", "T[-1]") == "'x'");
  CHECK(eval("DEF T = (1, 2, 'x')\n", "T[3]") == "none");
  CHECK(eval("DEF T = (1, 2)\n", "T + (3,)") == "tuple of 3");
  CHECK(eval("DEF T = (1, 2)\n", "T * 3") == "tuple of 6");
  CHECK(eval("DEF T = (1, 2)\n", "2 in T") == "True");
  CHECK(eval("DEF T = (1, 2)\n", "'1' in T") == "False");
  CHECK(eval("", "(1, (2, 3)) == (1, (2, 3))") == "True");
  CHECK(eval("", "(1, 2) != (1, 2, 3)") == "True");
  CHECK(eval("", "(1, 2) < (1, 3)") == "none"); // ordering of tuples: not evaluated
  CHECK(eval("", "()") == "tuple of 0");
}

TEST_CASE("the builtins Cython evaluates in DEF", "[compile_time]") {
  CHECK(eval("", "float('nan') != float('nan')") == "True");
  CHECK(eval("", "float('-inf') < -1e308") == "True");
  CHECK(eval("", "float('+Infinity') > 1e308") == "True");
  CHECK(eval("", "float('2.5')") == "2.5");
  CHECK(eval("", "float('x')") == "none");
  CHECK(eval("", "int(-7.9)") == "-7");
  CHECK(eval("", "len((1, 2, 3))") == "3");
  CHECK(eval("", "abs(-4)") == "4");
  CHECK(eval("", "max(1, 5, 3)") == "5");
  CHECK(eval("", "min((4, -2))") == "-2");
  CHECK(eval("", "bool(())") == "False");
  CHECK(eval("", "unknown(1)") == "none");
}
