// Locals of a function whose every binding is a list, dict or set display
// (or comprehension): wherever such a local is bound it holds exactly that
// type, so operations on it need no type test (Cython infers the same for
// Python builtin types).
#pragma once

#include "frontend/ast.h"
#include "sema/scopes.h"

#include <map>
#include <span>
#include <string>

namespace pyxc::sema {

// name -> "list", "dict" or "set", for the plain locals (not parameters,
// cells or free variables) of `scope` whose bindings in `body` are all
// `name = <display of that type>`.
std::map<std::string, std::string, std::less<>> containerLocals(const Scope &scope,
                                                                std::span<ast::Stmt *const> body);

} // namespace pyxc::sema
