// libFuzzer target: arbitrary bytes through the whole compile pipeline, in
// every source mode, exactly as the pyxc command runs it (the driver:
// include splicing, scopes, typing, C++), plus both AST dumps. Nothing may
// crash or hang. scripts/fuzz.sh builds it (clang, with every stage
// instrumented and ASan/UBSan on) and runs it.
#include "driver/driver.h"
#include "frontend/ast_dump.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char *>(data), size);
  static const char *const kPaths[] = {"f.py", "f.pyx", "f.pxd"};
  for (const char *path : kPaths) {
    pyxc::driver::Options options;
    auto parsed = pyxc::driver::compileBytes(path, bytes, options, pyxc::driver::Stage::Parse);
    if (parsed->ok()) {
      (void)pyxc::ast::dumpPythonAst(parsed->module);
      (void)pyxc::ast::dumpTree(parsed->module);
    }
    auto c = pyxc::driver::compileBytes(path, bytes, options);
    for (const auto &d : c->diags.all())
      (void)pyxc::formatDiagnostic(d);
  }
  return 0;
}
