// Calls of C functions: their arguments matched to the parameters, as
// Cython matches them (ir::CCall).
#pragma once

#include "frontend/diagnostics.h"
#include "ir/ir.h"

#include <vector>

namespace pyxc::ir {

// Matches the arguments of `c` to the parameters of the C function type
// `fn`: positional ones in order after the `self` arguments `call.given`
// already holds (a method's receiver), keywords by name. Appends to
// `call.given`, marks `given`; false after Cython's error for a starred
// argument, an unknown or repeated keyword or a wrong count.
bool matchArguments(const ast::Call *c, const sema::Type *fn, size_t self, CCall &call, std::vector<bool> &given,
                    const SourceFile &file, DiagnosticEngine &diags);

} // namespace pyxc::ir
