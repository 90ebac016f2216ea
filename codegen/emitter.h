// The C++ emitter: a typed AST and its scopes to one C++ translation unit
// that builds, with libpyxcrt, into an extension module.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "sema/scopes.h"
#include "ir/ir.h"
#include "sema/typer.h"

#include <string>

namespace pyxc::codegen {

struct EmitOptions {
  std::string moduleName; // the dotted module name (its last part names PyInit_)
  std::string sourceName; // the file name tracebacks show
  bool cythonSemantics = false; // a .pyx: Cython's wording where it differs from CPython's
  bool embed = false;           // --embed: also a main() that runs the module as __main__
  // Self-contained output: the runtime library's text (headers and
  // sources, runtime/amalgamate.py) written in place of its #includes.
  std::string_view runtimeText;
};

// Returns the C++ text; unsupported constructs are reported to `diags`.
std::string emitModule(const ast::Module *module, const SourceFile &file, const sema::ScopeTable &scopes,
                       const sema::Typing &typing, const ir::Module &ir, const EmitOptions &options,
                       DiagnosticEngine &diags);

} // namespace pyxc::codegen
