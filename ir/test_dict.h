// autotestdict: the `__test__` dict Cython adds to a module, mapping
// "name (line N)" to the docstrings of its functions and methods that hold
// doctests, so that doctest finds examples in functions it cannot see.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontend/ast.h"
#include "frontend/source.h"
#include "sema/scopes.h"
#include "sema/typer.h"

namespace pyxc::ir {

using TestDict = std::vector<std::pair<std::string, std::string>>;

// The entries, in source order; empty optional when the module gets no
// `__test__` (the directive is off, or the module assigns `__test__` itself).
std::optional<TestDict> testDict(const ast::Module *module, const SourceFile &file, const sema::ScopeTable &scopes,
                                 const sema::Typing &typing);

} // namespace pyxc::ir
