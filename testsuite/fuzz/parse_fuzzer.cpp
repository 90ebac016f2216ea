// libFuzzer target: decoding, lexing, parsing, scope analysis and C++
// emission of arbitrary bytes in every source mode must never crash or hang.
// scripts/fuzz.sh builds it (clang, with every stage instrumented and
// ASan/UBSan on) and runs it.
#include "codegen/emitter.h"
#include "frontend/ast_dump.h"
#include "frontend/load.h"
#include "frontend/parser.h"
#include "sema/scopes.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char *>(data), size);
  static const char *const kPaths[] = {"f.py", "f.pyx", "f.pxd"};
  for (const char *path : kPaths) {
    pyxc::DiagnosticEngine diags;
    auto file = pyxc::loadSourceBytes(path, bytes, diags);
    if (!file)
      continue;
    pyxc::Arena arena;
    pyxc::ast::Module *m = pyxc::parseModule(*file, pyxc::sourceModeFor(path), arena, diags);
    if (!diags.hasErrors()) {
      (void)pyxc::ast::dumpPythonAst(m);
      (void)pyxc::ast::dumpTree(m);
      // Scopes and C++ emission must not crash either, whatever they report.
      auto scopes = pyxc::sema::buildScopes(m, *file, diags);
      if (!diags.hasErrors()) {
        auto typing = pyxc::sema::typeModule(m, *file, *scopes, {}, diags);
        if (!diags.hasErrors())
          (void)pyxc::codegen::emitModule(m, *file, *scopes, *typing, {"fuzz", path, false}, diags);
      }
    }
    for (const auto &d : diags.all())
      (void)pyxc::formatDiagnostic(d);
  }
  return 0;
}
