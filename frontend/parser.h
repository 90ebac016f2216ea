// The parser: tokens to AST, for Python 3.11 and Cython 3 syntax.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"

#include <string_view>

namespace pyxc {

// What a file may contain follows its extension: .py is plain Python
// (Cython's keywords are ordinary names there); .pyx, .pxd and .pxi add
// Cython's syntax.
enum class SourceMode : uint8_t { Python, Pyx, Pxd, Pxi };

SourceMode sourceModeFor(std::string_view path);

// Parses a whole file. Always returns a module (possibly partial); errors are
// in `diags`.
// `languageLevel2`: Cython's language_level=2 set from outside the file (-X,
// cythonize's compiler_directives); the file's own header comment counts too.
ast::Module *parseModule(const SourceFile &file, SourceMode mode, Arena &arena, DiagnosticEngine &diags,
                         bool languageLevel2 = false);

} // namespace pyxc
