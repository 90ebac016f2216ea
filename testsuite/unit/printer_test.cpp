// The C++ printer reports no user diagnostics: sema and the lowering refuse
// everything it cannot print first. What reaches it anyway is pyxc's bug,
// reported as an internal error: here by skipping sema's checks of C values
// (sema/c_checks.cpp), which the driver always runs.
#include "codegen/emitter.h"
#include "frontend/parser.h"
#include "ir/ir.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <catch2/catch.hpp>

#include <string>

using namespace pyxc;

// The diagnostics of printing `text`, typed and lowered without c_checks.
static std::string printerDiagnostics(const std::string &text) {
  SourceFile f("t.pyx", text);
  DiagnosticEngine diags;
  Arena arena;
  ast::Module *m = parseModule(f, SourceMode::Pyx, arena, diags);
  REQUIRE(!diags.hasErrors());
  auto scopes = sema::buildScopes(m, f, diags);
  sema::TypeOptions options;
  auto typing = sema::typeModule(m, f, *scopes, options, diags);
  auto module = ir::lower(m, f, *scopes, *typing, "t", true, diags);
  REQUIRE(!diags.hasErrors());
  codegen::EmitOptions emit{"t", "t.pyx", true, false};
  codegen::emitModule(m, f, *scopes, *typing, *module, emit, diags);
  std::string out;
  for (const Diagnostic &d : diags.all())
    out += formatDiagnostic(d) + "\n";
  return out;
}

TEST_CASE("what reaches the printer unchecked is an internal error", "[printer]") {
  std::string out = printerDiagnostics("def f():\n    cdef int *p = NULL\n    return p\n");
  CHECK(out.find("t.pyx:3:12: error: internal error: the C++ printer met a conversion of 'int *' to a Python "
                 "object, which sema or the lowering should have refused or lowered; please report it") !=
        std::string::npos);
}

TEST_CASE("checked programs print without diagnostics", "[printer]") {
  CHECK(printerDiagnostics("cdef double sq(double x):\n    return x * x\n"
                           "def f(double v):\n    return sq(v), [sq(v)]\n") == "");
}
