// Which compiled cdef functions can never raise: bodies of C operations
// only, none of which can fail (no Python objects, no checked division, no
// bounds checks, no calls that may raise). A caller of such a function need
// not test its result for an exception (`r == -1 && PyErr_Occurred()`): the
// test could never succeed. Recursion is fine: a function that raises only
// if it raises never does (the analysis starts from "cannot raise" and marks
// functions until nothing changes).
#pragma once

#include "sema/scopes.h"
#include "sema/typer.h"

#include <set>
#include <span>

namespace pyxc::sema {

std::set<const CSymbol *> nonRaisingFunctions(const Typing &typing, const ScopeTable &scopes);

// After typing (`typing.nonRaising` known): whether statements of `scope`
// can never raise under the directives `d` (a prange body that may run in
// parallel).
bool statementsCannotRaise(std::span<ast::Stmt *const> body, const Scope *scope, const Directives &d,
                           const Typing &typing, const ScopeTable &scopes);

} // namespace pyxc::sema
